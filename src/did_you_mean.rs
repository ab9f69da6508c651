//! Near misses: the one name a mistyped word was most likely meant to be, so a config error
//! can say "did you mean `down`?" instead of leaving the user to read a list.

/// The candidate closest to `word` by edit distance (ignoring case), when it is close enough
/// to be a typo: at most one edit for short words, a third of the word's length for longer
/// ones. Ties go to the earlier candidate; an exact match is no suggestion.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let distance = edit_distance(&word, &candidate.to_lowercase());
        if distance == 0 {
            return None;
        }
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance with adjacent swaps counted as one edit ("dwon" is one edit from
/// "down"), over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j]; three rows are enough for swaps.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
        }
        before = std::mem::replace(&mut last, row);
    }
    last[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTIONS: &[&str] = &["quit", "help", "down", "up", "page_down", "toggle_claims"];

    #[test]
    fn typos_find_the_name_meant() {
        assert_eq!(nearest("dwn", ACTIONS.iter().copied()), Some("down"));
        assert_eq!(nearest("dwon", ACTIONS.iter().copied()), Some("down"));
        assert_eq!(
            nearest("pagedown", ACTIONS.iter().copied()),
            Some("page_down")
        );
        assert_eq!(
            nearest("Toggle_Claim", ACTIONS.iter().copied()),
            Some("toggle_claims")
        );
    }

    #[test]
    fn far_words_and_exact_names_get_no_suggestion() {
        assert_eq!(nearest("colours", ACTIONS.iter().copied()), None);
        assert_eq!(nearest("zzz", ACTIONS.iter().copied()), None);
        assert_eq!(nearest("down", ACTIONS.iter().copied()), None);
    }
}
