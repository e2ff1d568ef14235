//! The closest passage to a misquote: the source's words compared word by
//! word with the quote's, within one budget of work for a whole file
//! ([`CLOSEST_SEARCH_WORK`]), so no misquote makes validation slow.

/// How much work finding the closest passages of the misquotes of one file
/// may take, all together: cells of word edit-distance tables plus source
/// words read. About a tenth of a second natively. Without a bound, a 400-word
/// misquote against a 40,000-word paragraph took 108 seconds (issue #17).
pub const CLOSEST_SEARCH_WORK: usize = 50_000_000;

/// How many passages, at most, a bounded search compares word by word.
const ROUGH_CANDIDATES: usize = 16;

/// The normalized source's words, lowercased, read once for every misquote.
pub(super) struct SourceWords<'t> {
    text: &'t str,
    spans: Vec<(usize, usize)>,
    lowercase: Vec<String>,
}

/// The outcome of one closest-passage search.
pub(super) struct Closest {
    /// Normalized `[start, end)` of the passage, if one was found.
    pub(super) span: Option<(usize, usize)>,
    /// True when the budget cut the search short.
    pub(super) bounded: bool,
}

impl<'t> SourceWords<'t> {
    pub(super) fn new(text: &'t str) -> SourceWords<'t> {
        let spans = word_spans(text);
        let lowercase = spans
            .iter()
            .map(|&(start, end)| text[start..end].to_lowercase())
            .collect();
        SourceWords {
            text,
            spans,
            lowercase,
        }
    }

    /// The run of source words most like `phrase` (a normalized phrase), by word
    /// edit distance over windows of the same word count. Words are runs of
    /// letters and digits compared without case, so hyphens, quote marks and
    /// punctuation do not hide a near miss ("well wishing tones" finds
    /// "well-wishing tone").
    ///
    /// Comparing every window costs windows × width × words of the phrase; when
    /// that is more than the `budget` left, only the [`ROUGH_CANDIDATES`]
    /// windows sharing the most words with the phrase are compared (and none
    /// when even one would overspend), and the outcome says it was bounded.
    pub(super) fn closest(&self, phrase: &str, budget: &mut usize) -> Closest {
        let wanted: Vec<String> = word_spans(phrase)
            .into_iter()
            .map(|(start, end)| phrase[start..end].to_lowercase())
            .collect();
        let not_found = |bounded| Closest {
            span: None,
            bounded,
        };
        if self.spans.is_empty() || wanted.is_empty() {
            return not_found(false);
        }
        let width = wanted.len().min(self.spans.len());
        let windows = self.spans.len() - width + 1;
        let cells = width.saturating_mul(wanted.len());
        let exhaustive = windows.saturating_mul(cells);
        let (best, bounded) = if exhaustive <= *budget {
            *budget -= exhaustive;
            let best = (0..windows)
                .min_by_key(|&first| word_distance(&wanted, &self.lowercase[first..first + width]));
            (best, false)
        } else if self.spans.len() <= *budget {
            *budget -= self.spans.len();
            let mut candidates = self.most_shared(&wanted, width);
            let affordable = (*budget / cells.max(1)).min(ROUGH_CANDIDATES);
            let best = if affordable == 0 {
                candidates.first().copied()
            } else {
                candidates.truncate(affordable);
                *budget -= candidates.len() * cells;
                candidates.into_iter().min_by_key(|&first| {
                    (
                        word_distance(&wanted, &self.lowercase[first..first + width]),
                        first,
                    )
                })
            };
            (best, true)
        } else {
            return not_found(true);
        };
        let Some(best) = best else {
            return not_found(bounded);
        };
        let text = self.text;
        let start = self.spans[best].0;
        let mut end = self.spans[best + width - 1].1;
        // Keep the source's closing punctuation when the phrase ends with some,
        // so "…in Moscow." is compared with "…in Moscow.", not "…in Moscow".
        if phrase.ends_with(['.', ',', ';', ':', '!', '?']) {
            end += text[end..].len()
                - text[end..]
                    .trim_start_matches(['.', ',', ';', ':', '!', '?'])
                    .len();
        }
        Closest {
            span: Some((start, end)),
            bounded,
        }
    }

    /// The first word of the [`ROUGH_CANDIDATES`] windows of `width` words
    /// that share the most words with `wanted` (counted with repeats), most
    /// first, then by position: one pass, sliding the window a word at a time.
    /// (Kept in order as they come rather than sorted at the end: no list of
    /// every window, and no sort routine in the Wasm.)
    pub(super) fn most_shared(&self, wanted: &[String], width: usize) -> Vec<usize> {
        let mut ids: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let mut needed: Vec<usize> = Vec::new();
        for word in wanted {
            let next = ids.len();
            let id = *ids.entry(word.as_str()).or_insert(next);
            if id == needed.len() {
                needed.push(0);
            }
            needed[id] += 1;
        }
        let source_ids: Vec<Option<usize>> = self
            .lowercase
            .iter()
            .map(|word| ids.get(word.as_str()).copied())
            .collect();
        let mut held = vec![0; needed.len()];
        let mut shared = 0;
        let mut best: Vec<(usize, usize)> = Vec::with_capacity(ROUGH_CANDIDATES + 1);
        for (index, &id) in source_ids.iter().enumerate() {
            if let Some(id) = id {
                if held[id] < needed[id] {
                    shared += 1;
                }
                held[id] += 1;
            }
            if index + 1 < width {
                continue;
            }
            let first = index + 1 - width;
            let at = best.partition_point(|&(more, _)| more >= shared);
            if at < ROUGH_CANDIDATES {
                best.insert(at, (shared, first));
                best.truncate(ROUGH_CANDIDATES);
            }
            if let Some(id) = source_ids[first] {
                held[id] -= 1;
                if held[id] < needed[id] {
                    shared -= 1;
                }
            }
        }
        best.into_iter().map(|(_, first)| first).collect()
    }
}

/// Levenshtein distance counted in words: how many words to insert, delete or
/// replace to turn `a` into `b`. (strsim's generic version takes owned
/// collections, which would mean one allocation per window of the source.)
pub(super) fn word_distance(a: &[String], b: &[String]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, word_a) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, word_b) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(word_a != word_b);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Byte ranges of the words of a text: runs of letters and digits.
pub(super) fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (offset, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (false, Some(s)) => {
                spans.push((s, offset));
                start = None;
            }
            (true, None) => start = Some(offset),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}
