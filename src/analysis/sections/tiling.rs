//! Where topics change: TextTiling over paragraphs.
//!
//! Each gap between neighbouring paragraphs gets a cohesion score, the cosine of the term
//! vectors of a few paragraphs on either side; a gap whose score sits in a deep valley between
//! higher neighbours is where one topic ends and the next begins. How many boundaries to keep
//! follows from the article's length, so a short story is not cut into crumbs and a long report
//! is not left as one block.

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
    // scores[g] is the cohesion across the gap before paragraph g, for g in 1..n.
    let scores: Vec<f32> = (0..n)
        .map(|g| {
            if g == 0 {
                return 0.0;
            }
            let left = sum(&vectors[g.saturating_sub(width)..g]);
            let right = sum(&vectors[g..(g + width).min(n)]);
            cosine(&left, &right)
        })
        .collect();
    let depths: Vec<f32> = (0..n)
        .map(|g| {
            let back = terms.continues.get(g).copied().unwrap_or(false);
            depth(&scores, g) * if back { BACK_POINTER_DAMPING } else { 1.0 }
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
    let mut chosen: Vec<usize> = Vec::new();
    for gap in order {
        let sections = chosen.len() + 1;
        if sections >= most || (sections >= fewest && depths[gap] <= cutoff.max(0.0)) {
            break;
        }
        if fits(&chosen, gap, n) {
            chosen.push(gap);
            chosen.sort_unstable();
        }
    }
    chosen
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
fn fits(chosen: &[usize], gap: usize, n: usize) -> bool {
    let before = chosen
        .iter()
        .rev()
        .find(|&&b| b < gap)
        .copied()
        .unwrap_or(0);
    let after = chosen.iter().find(|&&b| b > gap).copied().unwrap_or(n);
    gap - before >= MIN_PARAGRAPHS && after - gap >= MIN_PARAGRAPHS
}

/// How far the score at `gap` lies below the nearest peaks on each side.
fn depth(scores: &[f32], gap: usize) -> f32 {
    let Some(&here) = scores.get(gap) else {
        return 0.0;
    };
    if gap == 0 {
        return 0.0;
    }
    let mut left = here;
    for &s in scores[1..gap].iter().rev() {
        if s < left {
            break;
        }
        left = s;
    }
    let mut right = here;
    for &s in &scores[gap + 1..] {
        if s < right {
            break;
        }
        right = s;
    }
    (left - here) + (right - here)
}

type Vector = HashMap<TermId, f32>;

/// Each paragraph's weighted term counts: words and name parts, weighted by how few paragraphs
/// share them and by how rare they are in general.
fn vectors(terms: &Terms) -> Vec<Vector> {
    let n = terms.paragraphs.len() as f32;
    let mut spread = vec![0usize; terms.len()];
    let mut counts: Vec<Vector> = Vec::with_capacity(terms.paragraphs.len());
    for occurrences in &terms.paragraphs {
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
    for vector in &mut counts {
        for (term, weight) in vector.iter_mut() {
            let idf = ((n + 1.0) / spread[*term] as f32).ln();
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

fn sum(vectors: &[Vector]) -> Vector {
    let mut total = Vector::default();
    for v in vectors {
        for (term, w) in v {
            *total.entry(*term).or_default() += w;
        }
    }
    total
}

fn cosine(a: &Vector, b: &Vector) -> f32 {
    let dot: f32 = a.iter().filter_map(|(t, w)| b.get(t).map(|v| w * v)).sum();
    let norm = |v: &Vector| v.values().map(|w| w * w).sum::<f32>().sqrt();
    let denominator = norm(a) * norm(b);
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
        assert!((depth(&scores, 3) - (0.7 + 0.6)).abs() < 1e-6);
        assert!(depth(&scores, 1).abs() < 1e-6);
    }

    #[test]
    fn boundaries_keep_sections_at_least_two_paragraphs_long() {
        assert!(fits(&[], 2, 10));
        assert!(!fits(&[], 1, 10));
        assert!(!fits(&[4], 5, 10));
        assert!(!fits(&[4], 9, 10));
        assert!(fits(&[4], 6, 10));
    }
}
