//! Where topics change: TextTiling over paragraphs.
//!
//! Each gap between neighbouring paragraphs gets a cohesion score, the cosine of the term
//! vectors of a few paragraphs on either side; a gap whose score sits in a deep valley between
//! higher neighbours is where one topic ends and the next begins. How many boundaries to keep
//! follows from the article's length, so a short story is not cut into crumbs and a long report
//! is not left as one block.

use std::collections::BTreeSet;

use super::FastMap as HashMap;

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
    let windows: Vec<Window> = (0..n)
        .map(|g| Window::new(&vectors[g..(g + width).min(n)]))
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
                    near_start = Window::new(&vectors[..g]);
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

type Vector = HashMap<TermId, f32>;

/// Each paragraph's weighted term counts: words and name parts, weighted by how few paragraphs
/// share them and by how rare they are in general.
fn vectors(terms: &Terms) -> Vec<Vector> {
    let n = terms.paragraphs.len() as f32;
    let mut spread = vec![0usize; terms.len()];
    let mut counts: Vec<Vector> = Vec::with_capacity(terms.paragraphs.len());
    for range in &terms.paragraphs {
        let occurrences = terms.occurrences.get(range.clone()).unwrap_or(&[]);
        let mut vector = Vector::default();
        for o in occurrences {
            if matches!(terms.kinds[o.term], Kind::Word | Kind::NamePart) {
                *vector.entry(o.term).or_default() += 1.0;
            }
        }
        for term in vector.keys() {
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

/// The summed vector of a few neighbouring paragraphs, with its length. The same paragraphs
/// always give the same map, whose own order the float sums follow, so a window's cosine with
/// another is the same wherever it is worked out.
struct Window {
    vector: Vector,
    norm: f32,
}

impl Window {
    fn new(vectors: &[Vector]) -> Window {
        let mut vector = Vector::default();
        for v in vectors {
            for (term, w) in v {
                *vector.entry(*term).or_default() += w;
            }
        }
        let norm = vector.values().map(|w| w * w).sum::<f32>().sqrt();
        Window { vector, norm }
    }
}

fn cosine(a: &Window, b: &Window) -> f32 {
    let dot: f32 = a
        .vector
        .iter()
        .filter_map(|(t, w)| b.vector.get(t).map(|v| w * v))
        .sum();
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
