//! Where an article's quotation marks stand, counted once, so that whether a place stands
//! inside a quote is two binary searches rather than a new read of its paragraph: the speaker
//! resolver asks it for many mentions of a paragraph, and a long paragraph of quotes made
//! those reads quadratic.

/// The quotation marks of a text in order, with running counts of each kind.
pub struct QuoteMarks {
    at: Vec<usize>,
    /// Counts of opening (“), closing (”) and straight (") marks before each mark, and after
    /// the last one.
    before: Vec<[u32; 3]>,
}

/// How many marks of each kind a stretch of text holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// “
    pub opening: u32,
    /// ”
    pub closing: u32,
    /// "
    pub straight: u32,
}

impl Counts {
    /// Whether a stretch that starts outside quotes ends inside one.
    pub fn leaves_open(self) -> bool {
        self.opening > self.closing || self.straight % 2 == 1
    }
}

impl QuoteMarks {
    /// Finds the marks of `text`. Runs of 16 bytes without a straight quote or the lead byte
    /// of a curly one, most of any text, are passed over whole (a test the compiler makes
    /// many bytes at a time): this reads every article once.
    pub fn new(text: &str) -> QuoteMarks {
        const RUN: usize = 16;
        let bytes = text.as_bytes();
        let mut at = Vec::new();
        let mut run = [0u32; 3];
        let mut before = vec![run];
        let may_hold_marks = |(_, chunk): &(usize, &[u8])| {
            chunk
                .iter()
                .fold(false, |found, &b| found | (b == b'"') | (b == 0xE2))
        };
        let candidates = bytes
            .chunks(RUN)
            .enumerate()
            .filter(may_hold_marks)
            .flat_map(|(n, chunk)| (n * RUN..).zip(chunk));
        for (i, &b) in candidates {
            let kind = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
                (b'"', _, _) => 2,
                (0xE2, Some(0x80), Some(0x9C)) => 0,
                (0xE2, Some(0x80), Some(0x9D)) => 1,
                _ => continue,
            };
            at.push(i);
            run[kind] += 1;
            before.push(run);
        }
        QuoteMarks { at, before }
    }

    /// The marks that start in `from..to`.
    pub fn count(&self, from: usize, to: usize) -> Counts {
        let lo = self.at.partition_point(|&p| p < from);
        let hi = self.at.partition_point(|&p| p < to).max(lo);
        let zero = [0; 3];
        let a = self.before.get(lo).unwrap_or(&zero);
        let b = self.before.get(hi).unwrap_or(&zero);
        Counts {
            opening: b[0].saturating_sub(a[0]),
            closing: b[1].saturating_sub(a[1]),
            straight: b[2].saturating_sub(a[2]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_kind_in_a_stretch() {
        let text = "He said “yes” and \"no\" and “maybe";
        let marks = QuoteMarks::new(text);
        let all = marks.count(0, text.len());
        assert_eq!((all.opening, all.closing, all.straight), (2, 1, 2));
        let yes = text.find("yes").unwrap_or(0);
        assert!(marks.count(0, yes).leaves_open());
        let and = text.find("and").unwrap_or(0);
        assert!(!marks.count(0, and).leaves_open());
        assert_eq!(marks.count(5, 5), marks.count(0, 0));
    }

    #[test]
    fn marks_are_found_at_every_offset() {
        // Runs of bytes are skipped whole: a mark must be found on either side of a run's
        // edge and across it.
        for mark in ["\"", "“", "”"] {
            for at in 0..40 {
                let text = format!("{}{mark}{}", "a".repeat(at), "b".repeat(20));
                let marks = QuoteMarks::new(&text);
                assert_eq!(marks.at, [at], "{mark} at {at}");
            }
        }
        let text = "“One,” “two” and \"three\" — ‘four’ … “five";
        let all = QuoteMarks::new(text).count(0, text.len());
        assert_eq!((all.opening, all.closing, all.straight), (3, 2, 2));
    }
}
