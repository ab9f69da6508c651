//! Where topics change: TextTiling over paragraphs.
//!
//! Each gap between neighbouring paragraphs gets a cohesion score, the cosine of the term
//! vectors of a few paragraphs on either side; a gap whose score sits in a deep valley between
//! higher neighbours is where one topic ends and the next begins. How many boundaries to keep
//! follows from the article's length, so a short story is not cut into crumbs and a long report
//! is not left as one block.

use std::collections::BTreeSet;

use super::terms::{Kind, TermId, Terms};

/// Below this many words an article is one section whatever its paragraphs.
const MIN_WORDS_TO_SPLIT: usize = 120;
/// How many paragraphs sections grow by in the longest articles: a book-length text still gets
/// sections a reader can take in.
const MAX_GROWTH: f32 = 4.0;
/// Fewest paragraphs a section holds when the article is split.
const MIN_PARAGRAPHS: usize = 2;
/// How much of its depth a gap keeps when the paragraph after it opens with "He…" or a quote
/// attributed to "she": such a paragraph rarely starts a new topic.
const BACK_POINTER_DAMPING: f32 = 0.4;
/// How much more a shared name counts than a shared word.
const NAME_WEIGHT: f32 = 1.5;

/// The indices of the paragraphs that start a new section, in order (never 0).
pub(super) fn boundaries(terms: &Terms) -> Vec<usize> {
    let n = terms.paragraphs.len();
    let (fewest, most) = section_count(n);
    if most <= 1 || terms.words.iter().sum::<usize>() < MIN_WORDS_TO_SPLIT {
        return Vec::new();
    }
    let vectors = vectors(terms);
    let width = if n >= 16 { 3 } else { 2 };
    // The window right of gap g, from paragraph g: summed once, since it is also the window
    // left of gap g + width.
    let mut merger = Merger::default();
    let windows: Vec<Window> = (0..n)
        .map(|g| Window::new(&vectors[g..(g + width).min(n)], &mut merger))
        .collect();
    // scores[g] is the cohesion across the gap before paragraph g, for g in 1..n.
    let scores: Vec<f32> = (0..n)
        .map(|g| {
            if g == 0 {
                return 0.0;
            }
            let near_start;
            let left = match g.checked_sub(width) {
                Some(start) => &windows[start],
                None => {
                    near_start = Window::new(&vectors[..g], &mut merger);
                    &near_start
                }
            };
            cosine(left, &windows[g])
        })
        .collect();
    let peaks = Peaks::new(&scores);
    let depths: Vec<f32> = (0..n)
        .map(|g| {
            let back = terms.continues.get(g).copied().unwrap_or(false);
            peaks.depth(&scores, g) * if back { BACK_POINTER_DAMPING } else { 1.0 }
        })
        .collect();

    let usable: Vec<f32> = depths.get(1..).unwrap_or(&[]).to_vec();
    let mean = usable.iter().sum::<f32>() / usable.len().max(1) as f32;
    let spread = (usable.iter().map(|d| (d - mean).powi(2)).sum::<f32>()
        / usable.len().max(1) as f32)
        .sqrt();
    let cutoff = mean - spread / 2.0;

    let mut order: Vec<usize> = (1..n).collect();
    order.sort_by(|&a, &b| depths[b].total_cmp(&depths[a]).then(a.cmp(&b)));
    // Kept ordered, so each gap finds its neighbouring boundaries without a scan.
    let mut chosen: BTreeSet<usize> = BTreeSet::new();
    for gap in order {
        let sections = chosen.len() + 1;
        if sections >= most || (sections >= fewest && depths[gap] <= cutoff.max(0.0)) {
            break;
        }
        if fits(&chosen, gap, n) {
            chosen.insert(gap);
        }
    }
    chosen.into_iter().collect()
}

/// The fewest and most sections an article of `n` paragraphs should get: one per three or four
/// paragraphs in a story, sections growing slowly longer in long reports (up to about one per
/// seven or eight paragraphs).
pub(super) fn section_count(n: usize) -> (usize, usize) {
    let n_f = n as f32;
    let growth = (n_f / 40.0).min(MAX_GROWTH);
    let fewest = (n_f / (4.0 + growth)).ceil() as usize;
    let most = (n_f / (2.5 + growth)).ceil() as usize;
    let most = most.min(n / MIN_PARAGRAPHS).max(1);
    (fewest.clamp(1, most), most)
}

/// Whether a boundary at `gap` keeps every section at least [`MIN_PARAGRAPHS`] long.
fn fits(chosen: &BTreeSet<usize>, gap: usize, n: usize) -> bool {
    let before = chosen.range(..gap).next_back().copied().unwrap_or(0);
    let after = chosen
        .range(gap.saturating_add(1)..)
        .next()
        .copied()
        .unwrap_or(n);
    gap - before >= MIN_PARAGRAPHS && after - gap >= MIN_PARAGRAPHS
}

/// Whether a walk away from a gap goes on from score `from` to the next score `next`: it
/// stops only where the scores fall (an incomparable score does not stop it).
fn keeps_climbing(next: f32, from: f32) -> bool {
    next.partial_cmp(&from) != Some(std::cmp::Ordering::Less)
}

/// For every gap, the nearest peak on each side: where the scores stop rising as one walks
/// away from it. Found for all gaps in one pass each way; walking from every gap made a long
/// article of even scores (the same paragraph repeated) quadratic.
struct Peaks {
    left: Vec<f32>,
    right: Vec<f32>,
}

impl Peaks {
    fn new(scores: &[f32]) -> Peaks {
        let n = scores.len();
        let mut left = scores.to_vec();
        // Gap 0 has no score of its own: walks to the left stop before it.
        for g in 2..n {
            if keeps_climbing(scores[g - 1], scores[g]) {
                left[g] = left[g - 1];
            }
        }
        let mut right = scores.to_vec();
        for g in (0..n.saturating_sub(1)).rev() {
            if keeps_climbing(scores[g + 1], scores[g]) {
                right[g] = right[g + 1];
            }
        }
        Peaks { left, right }
    }

    /// How far the score at `gap` lies below the nearest peaks on each side.
    fn depth(&self, scores: &[f32], gap: usize) -> f32 {
        let Some(&here) = scores.get(gap) else {
            return 0.0;
        };
        if gap == 0 {
            return 0.0;
        }
        let left = self.left.get(gap).copied().unwrap_or(here);
        let right = self.right.get(gap).copied().unwrap_or(here);
        (left - here) + (right - here)
    }
}

/// A paragraph's or a window's weighted terms, sorted by term: the sums over them run in
/// that order, so a cosine is the same wherever and however often it is worked out. (Hash
/// maps held them before, and their summing order was the maps' own.)
type Vector = Vec<(TermId, f32)>;

/// Sums of weights per term over a paragraph's occurrences, which come in text order rather
/// than by term, in a table as long as the article's terms that is reset after each use.
/// (Windows are summed by merging their paragraphs' sorted vectors instead.)
struct Sums {
    by_term: Vec<f32>,
    /// Whether a term has a sum under way, and those terms in the order they came.
    used: Vec<bool>,
    touched: Vec<TermId>,
}

impl Sums {
    fn new(terms: usize) -> Sums {
        Sums {
            by_term: vec![0.0; terms],
            used: vec![false; terms],
            touched: Vec::new(),
        }
    }

    fn add(&mut self, term: TermId, weight: f32) {
        if let (Some(sum), Some(used)) = (self.by_term.get_mut(term), self.used.get_mut(term)) {
            if !*used {
                *used = true;
                self.touched.push(term);
            }
            *sum += weight;
        }
    }

    /// The sums as a sorted vector; the table is left empty.
    fn take(&mut self) -> Vector {
        self.touched.sort_unstable();
        let mut vector = Vector::with_capacity(self.touched.len());
        for &term in &self.touched {
            if let (Some(sum), Some(used)) = (self.by_term.get_mut(term), self.used.get_mut(term)) {
                vector.push((term, std::mem::take(sum)));
                *used = false;
            }
        }
        self.touched.clear();
        vector
    }
}

/// Each paragraph's weighted term counts: words and name parts, weighted by how few paragraphs
/// share them and by how rare they are in general.
fn vectors(terms: &Terms) -> Vec<Vector> {
    let n = terms.paragraphs.len() as f32;
    let mut spread = vec![0usize; terms.len()];
    let mut sums = Sums::new(terms.len());
    let mut counts: Vec<Vector> = Vec::with_capacity(terms.paragraphs.len());
    for range in &terms.paragraphs {
        let occurrences = terms.occurrences.get(range.clone()).unwrap_or(&[]);
        for o in occurrences {
            if matches!(terms.kinds[o.term], Kind::Word | Kind::NamePart) {
                sums.add(o.term, 1.0);
            }
        }
        let vector = sums.take();
        for (term, _) in &vector {
            spread[*term] += 1;
        }
        counts.push(vector);
    }
    // A term's idf follows from how many paragraphs share it: worked out once per count.
    let mut idf_by_spread: Vec<Option<f32>> = vec![None; terms.paragraphs.len() + 1];
    for vector in &mut counts {
        for (term, weight) in vector.iter_mut() {
            let shared = spread[*term];
            let idf = match idf_by_spread.get_mut(shared) {
                Some(Some(idf)) => *idf,
                Some(slot) => *slot.insert(((n + 1.0) / shared as f32).ln()),
                None => ((n + 1.0) / shared as f32).ln(),
            };
            let kind = if terms.kinds[*term] == Kind::NamePart {
                NAME_WEIGHT
            } else {
                1.0
            };
            *weight *= idf * kind * terms.rarity[*term];
        }
    }
    counts
}

/// The summed vector of a few neighbouring paragraphs, with its length.
struct Window {
    vector: Vector,
    norm: f32,
}

impl Window {
    /// The sum of neighbouring paragraphs' sorted vectors, merged list by list: each term's
    /// weights are added in paragraph order, so the sums are those a table of sums gives (a
    /// weight is never zero), without sorting the terms again. `merger` holds the partial
    /// sums from window to window.
    fn new(vectors: &[Vector], merger: &mut Merger) -> Window {
        let Merger { sum, next } = merger;
        sum.clear();
        let Some((last, before)) = vectors.split_last() else {
            return Window {
                vector: Vector::new(),
                norm: 0.0,
            };
        };
        for v in before {
            next.clear();
            merge(sum, v, next);
            std::mem::swap(sum, next);
        }
        // The last list is merged straight into the window's own, sized to hold every term.
        let mut vector = Vector::with_capacity(sum.len() + last.len());
        merge(sum, last, &mut vector);
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        Window { vector, norm }
    }
}

/// Two lists reused by [`Window::new`] for its partial sums.
#[derive(Default)]
struct Merger {
    sum: Vector,
    next: Vector,
}

/// Appends to `out` the sum of two vectors sorted by term, `a`'s weight first where both
/// hold a term.
fn merge(a: &[(TermId, f32)], b: &[(TermId, f32)], out: &mut Vector) {
    let (mut i, mut j) = (0, 0);
    while let (Some(&(ta, wa)), Some(&(tb, wb))) = (a.get(i), b.get(j)) {
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => {
                out.push((ta, wa));
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push((tb, wb));
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((ta, wa + wb));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(a.get(i..).unwrap_or(&[]));
    out.extend_from_slice(b.get(j..).unwrap_or(&[]));
}

/// The cosine of two windows, their shared terms found by walking both sorted lists.
fn cosine(a: &Window, b: &Window) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0_f32);
    while let (Some(&(ta, wa)), Some(&(tb, wb))) = (a.vector.get(i), b.vector.get(j)) {
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += wa * wb;
                i += 1;
                j += 1;
            }
        }
    }
    let denominator = a.norm * b.norm;
    if denominator > 0.0 {
        dot / denominator
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_counts_grow_with_length() {
        assert_eq!(section_count(1), (1, 1));
        assert_eq!(section_count(2), (1, 1));
        assert_eq!(section_count(3), (1, 1));
        let (few, most) = section_count(10);
        assert!(few >= 3 && most <= 5, "{few}..{most}");
        let (few, most) = section_count(25);
        assert!(few >= 5 && most <= 9, "{few}..{most}");
    }

    #[test]
    fn depth_measures_a_valley_between_peaks() {
        let scores = [0.0, 0.8, 0.6, 0.1, 0.5, 0.7];
        let peaks = Peaks::new(&scores);
        assert!((peaks.depth(&scores, 3) - (0.7 + 0.6)).abs() < 1e-6);
        assert!(peaks.depth(&scores, 1).abs() < 1e-6);
        // Even scores: every gap is level with its neighbours, however long the run.
        let flat = [0.0, 0.5, 0.5, 0.5, 0.5];
        let peaks = Peaks::new(&flat);
        assert!((1..flat.len()).all(|g| peaks.depth(&flat, g).abs() < 1e-6));
    }

    #[test]
    fn peaks_are_those_a_walk_from_each_gap_finds() {
        let scores = [0.0, 0.2, 0.9, 0.9, 0.3, 0.4, 0.4, 0.1, 0.6, 0.5];
        let peaks = Peaks::new(&scores);
        for gap in 1..scores.len() {
            let mut left = scores[gap];
            for &s in scores[1..gap].iter().rev() {
                if s < left {
                    break;
                }
                left = s;
            }
            let mut right = scores[gap];
            for &s in &scores[gap + 1..] {
                if s < right {
                    break;
                }
                right = s;
            }
            assert_eq!(
                (peaks.left[gap], peaks.right[gap]),
                (left, right),
                "gap {gap}"
            );
        }
    }

    /// Sums come out sorted by term, in the order each term's weights were added, and the
    /// table is empty again for the next window.
    #[test]
    fn sums_come_out_sorted_and_leave_the_table_empty() {
        let mut sums = Sums::new(10);
        for (term, weight) in [(7, 0.5), (2, 1.0), (7, 0.25), (0, 2.0), (2, 0.0)] {
            sums.add(term, weight);
        }
        sums.add(99, 1.0); // no such term: ignored
        assert_eq!(sums.take(), vec![(0, 2.0), (2, 1.0), (7, 0.75)]);
        sums.add(7, 1.0);
        assert_eq!(sums.take(), vec![(7, 1.0)]);
        assert_eq!(sums.take(), Vec::new());
    }

    proptest::proptest! {
        /// A window merged from sorted vectors holds, to the bit, the sums a table of sums
        /// gives when fed the same vectors in the same order.
        #[test]
        fn merged_windows_are_the_table_sums(
            vectors in proptest::collection::vec(
                proptest::collection::btree_map(0usize..40, 0.01f32..50.0, 0..20),
                0..4,
            )
        ) {
            let vectors: Vec<Vector> = vectors.into_iter().map(|v| v.into_iter().collect()).collect();
            let mut sums = Sums::new(40);
            for v in &vectors {
                for &(term, w) in v {
                    sums.add(term, w);
                }
            }
            let expected = sums.take();
            let window = Window::new(&vectors, &mut Merger::default());
            let bits = |v: &Vector| v.iter().map(|(t, w)| (*t, w.to_bits())).collect::<Vec<_>>();
            proptest::prop_assert_eq!(bits(&window.vector), bits(&expected));
        }
    }

    /// The cosine pairs the shared terms of two sorted windows, whatever else each holds.
    #[test]
    fn cosine_pairs_shared_terms() {
        let window = |vector: Vector| {
            let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            Window { vector, norm }
        };
        let a = window(vec![(1, 3.0), (4, 4.0)]);
        let b = window(vec![(0, 1.0), (4, 1.0), (9, 5.0)]);
        let expected = 4.0 / (5.0 * 27.0_f32.sqrt());
        assert!((cosine(&a, &b) - expected).abs() < 1e-6);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&a, &window(vec![(2, 1.0)])), 0.0);
        assert_eq!(cosine(&a, &window(Vec::new())), 0.0);
    }

    #[test]
    fn boundaries_keep_sections_at_least_two_paragraphs_long() {
        let none = BTreeSet::new();
        let four = BTreeSet::from([4]);
        assert!(fits(&none, 2, 10));
        assert!(!fits(&none, 1, 10));
        assert!(!fits(&four, 5, 10));
        assert!(!fits(&four, 9, 10));
        assert!(fits(&four, 6, 10));
    }
}
