//! Quote anchoring: locating quoted words in the source text as character ranges.
//!
//! Newsrooms copy quotes from CMSs, wires and chat, so the same words arrive with
//! curly or straight quotes, typographic or typewriter apostrophes and stray line
//! breaks. Matching therefore runs over a *normalized* copy of the text that folds
//! those differences away, and every match is mapped back to a byte range of the
//! verbatim source, so highlights always land on the article's own characters.
//!
//! A [`TextQuoteSelector`] (after the W3C Web Annotation model: exact text plus an
//! optional prefix and suffix) tells apart words that occur more than once.
//!
//! Accents typed as combining marks (NFD, as text copied on some systems
//! arrives) are composed with their letter before matching, for Latin, Greek
//! and Cyrillic ([`composition`]), so `résumé` matches whichever way either side
//! spells it, and the highlight covers the letter and its mark.

mod composition;

use super::explainer::Section;

/// A byte range `[start, end)` in [`SourceText::text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// True when `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Whether a block of the source text is a section heading or a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A section heading.
    Heading,
    /// A paragraph of body text.
    Paragraph,
}

/// One heading or paragraph of the source, with where it sits in the full text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// Index of the section the block belongs to.
    pub section: usize,
    /// Where the block's text sits in [`SourceText::text`].
    pub span: Span,
}

/// The article's text as one string, with the blocks it was built from.
///
/// Blocks are joined by a blank line; a match may not cross from one block into
/// another, since a quote never runs across a heading or a paragraph break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceText {
    /// The verbatim text of every block, joined by `"\n\n"`.
    pub text: String,
    /// Headings and paragraphs in reading order.
    pub blocks: Vec<Block>,
    normalized: Normalized,
}

/// Exact words plus optional neighbouring text, as in the W3C TextQuoteSelector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextQuoteSelector<'a> {
    /// The words to find.
    pub exact: &'a str,
    /// Text that must stand just before them, if given.
    pub prefix: Option<&'a str>,
    /// Text that must stand just after them, if given.
    pub suffix: Option<&'a str>,
}

/// Why a selector could not be anchored to exactly one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorError {
    /// The selector's exact text is empty once normalized.
    Empty,
    /// The words are nowhere in the source. `closest` is the most similar
    /// passage of the same length, if the source has any words at all.
    NotFound {
        /// The closest passage of the verbatim source.
        closest: Option<Span>,
        /// True when the search for it hit [`CLOSEST_SEARCH_WORK`]: `closest` is
        /// then the best of the passages sharing the most words with the quote,
        /// or `None` when the budget was spent before this search began.
        bounded: bool,
    },
    /// The words occur, but never with the given prefix and suffix.
    ContextMismatch {
        /// Where the words do occur.
        occurrences: Vec<Span>,
    },
    /// The words occur more than once and nothing tells the places apart.
    Ambiguous {
        /// Every place they occur.
        occurrences: Vec<Span>,
    },
}

impl SourceText {
    /// Joins the sections' headings and paragraphs into one text.
    pub fn new(sections: &[Section]) -> SourceText {
        let mut text = String::new();
        let mut blocks = Vec::new();
        for (section_index, section) in sections.iter().enumerate() {
            let heading = section.heading.iter().map(|h| (BlockKind::Heading, h));
            let paragraphs = section.paragraphs.iter().map(|p| (BlockKind::Paragraph, p));
            for (kind, block_text) in heading.chain(paragraphs) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                let start = text.len();
                text.push_str(block_text);
                blocks.push(Block {
                    kind,
                    section: section_index,
                    span: Span {
                        start,
                        end: text.len(),
                    },
                });
            }
        }
        let normalized = Normalized::new(&text);
        SourceText {
            text,
            blocks,
            normalized,
        }
    }

    /// The verbatim text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The block that wholly contains `span`, if any.
    pub fn block_containing(&self, span: Span) -> Option<&Block> {
        let index = self
            .blocks
            .partition_point(|block| block.span.end < span.end);
        self.blocks
            .get(index)
            .filter(|block| block.span.contains(span))
    }

    /// Locates a selector in the source: exactly one place, or why not.
    ///
    /// A plain substring search, fine for one selector; to anchor many, use
    /// [`SourceText::anchor_all`], which reads the text once for all of them.
    pub fn anchor(&self, selector: TextQuoteSelector<'_>) -> Result<Span, AnchorError> {
        let exact = normalize(selector.exact);
        if exact.is_empty() {
            return Err(AnchorError::Empty);
        }
        let haystack = &self.normalized.text;
        // Step one character at a time so overlapping repeats ("aa" in "aaa") all count.
        let starts: Vec<usize> = std::iter::successors(haystack.find(&exact), |&start| {
            let from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
            haystack[from..].find(&exact).map(|found| from + found)
        })
        .collect();
        let squashed = Squashed::new(
            &self.normalized.text,
            context_offsets(selector, &exact, &starts).collect(),
        );
        let mut outcome = [self.resolve(selector, &exact, &starts, &squashed)];
        self.find_closest(&mut outcome, std::slice::from_ref(&exact));
        let [outcome] = outcome;
        outcome
    }

    /// Locates many selectors at once, with the same outcome for each as
    /// [`SourceText::anchor`], in the same order.
    ///
    /// Searching for each selector in turn would read the whole text once per
    /// selector; an explainer with thousands of quotes over a long article made
    /// that the slowest part of validation. Here one Aho–Corasick automaton over
    /// every normalized `exact` finds all their occurrences, overlapping ones
    /// included, in a single pass.
    pub fn anchor_all(
        &self,
        selectors: &[TextQuoteSelector<'_>],
    ) -> Vec<Result<Span, AnchorError>> {
        let exacts: Vec<String> = selectors.iter().map(|s| normalize(s.exact)).collect();
        let matcher = Matcher::new(exacts.iter().map(String::as_str));
        let found = matcher.find_overlapping(&self.normalized.text);
        let wanted = selectors
            .iter()
            .zip(&exacts)
            .enumerate()
            .flat_map(|(index, (&selector, exact))| {
                context_offsets(selector, exact, matcher.starts(&found, index))
            })
            .collect();
        let squashed = Squashed::new(&self.normalized.text, wanted);
        let mut outcomes: Vec<_> = selectors
            .iter()
            .zip(&exacts)
            .enumerate()
            .map(|(index, (&selector, exact))| {
                if exact.is_empty() {
                    return Err(AnchorError::Empty);
                }
                self.resolve(selector, exact, matcher.starts(&found, index), &squashed)
            })
            .collect();
        self.find_closest(&mut outcomes, &exacts);
        outcomes
    }

    /// Fills in the closest passage of every selector not found (`exacts` are
    /// their normalized texts, parallel to `outcomes`), within one budget of
    /// [`CLOSEST_SEARCH_WORK`] for them all, so no number or length of
    /// misquotes makes validation slow. The source's words are read once for
    /// all of them, and only when some selector is not found.
    fn find_closest(&self, outcomes: &mut [Result<Span, AnchorError>], exacts: &[String]) {
        let mut words = None;
        let mut budget = CLOSEST_SEARCH_WORK;
        for (outcome, exact) in outcomes.iter_mut().zip(exacts) {
            if let Err(AnchorError::NotFound { closest, bounded }) = outcome {
                let words = words.get_or_insert_with(|| SourceWords::new(&self.normalized.text));
                let found = words.closest(exact, &mut budget);
                *closest = found
                    .span
                    .map(|(start, end)| self.normalized.original_span(start, end));
                *bounded = found.bounded;
            }
        }
    }

    /// Decides a selector's outcome from the normalized start offsets of its
    /// (non-empty, normalized) `exact`, in increasing order.
    fn resolve(
        &self,
        selector: TextQuoteSelector<'_>,
        exact: &str,
        starts: &[usize],
        squashed: &Squashed,
    ) -> Result<Span, AnchorError> {
        // Squashed once here rather than at each occurrence: a short quote may
        // occur hundreds of times.
        let context = Context {
            prefix: selector.prefix.map(squash),
            suffix: selector.suffix.map(squash),
        };
        let mut occurrences = Vec::new();
        let mut in_context = Vec::new();
        for &start in starts {
            let end = start + exact.len();
            let span = self.normalized.original_span(start, end);
            if self.block_containing(span).is_some() {
                occurrences.push(span);
                if squashed.fits(&context, start, end) {
                    in_context.push(span);
                }
            }
        }
        match (in_context.len(), occurrences.is_empty()) {
            (1, _) => Ok(in_context[0]),
            // The closest passage is filled in by `find_closest`.
            (0, true) => Err(AnchorError::NotFound {
                closest: None,
                bounded: false,
            }),
            (0, false) => Err(AnchorError::ContextMismatch { occurrences }),
            _ => Err(AnchorError::Ambiguous {
                occurrences: in_context,
            }),
        }
    }

    /// The sentence or sentences around `span`, within its block, so a reader sees
    /// a quote in the words that surround it: [`SourceText::context_around`]
    /// without saying where it was cut.
    pub fn sentence_around(&self, span: Span) -> Span {
        self.context_around(span).span
    }

    /// The sentence around `span`, within its block, but never more than
    /// [`CONTEXT_BYTES`] on either side of it: past that, it is cut at a word.
    ///
    /// A quote card shows this, so a paragraph without sentence breaks cannot
    /// make each card repeat the whole paragraph (1,000 quotes in one 248 KB
    /// paragraph once wrote a 182 MB page, issue #17); and only the window is
    /// read, so finding it costs the same in any paragraph.
    pub fn context_around(&self, span: Span) -> QuoteContext {
        let Some(block) = self.block_containing(span) else {
            return QuoteContext {
                span,
                cut_before: false,
                cut_after: false,
            };
        };
        let text = &self.text;
        let mut window_start = span
            .start
            .saturating_sub(CONTEXT_BYTES)
            .max(block.span.start);
        while !text.is_char_boundary(window_start) {
            window_start += 1;
        }
        let before = &text[window_start..span.start];
        let (start, cut_before) = match sentence_breaks(before).last() {
            Some(offset) => (window_start + offset, false),
            None if window_start == block.span.start => (window_start, false),
            // Cut: begin at the first word that starts inside the window.
            None => {
                let word = before.find(char::is_whitespace).map_or(0, |space| {
                    space + (before[space..].len() - before[space..].trim_start().len())
                });
                (window_start + word, true)
            }
        };
        let mut window_end = (span.end + CONTEXT_BYTES).min(block.span.end);
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        // Search from the quote's start, so a quote that ends its own sentence
        // ("…a deal.” He pledged") ends the context there too.
        let tail = &text[span.start..window_end];
        let quote_len = span.end - span.start;
        let (end, cut_after) = match sentence_breaks(tail).find(|&offset| offset > quote_len) {
            Some(offset) => (span.start + tail[..offset].trim_end().len(), false),
            None if window_end == block.span.end => (window_end, false),
            // Cut: end with the last word that ends inside the window.
            None => {
                let after = &tail[quote_len..];
                let word = after
                    .rfind(char::is_whitespace)
                    .map_or(after.len(), |space| after[..space].trim_end().len());
                (span.end + word, true)
            }
        };
        QuoteContext {
            span: Span { start, end },
            cut_before,
            cut_after,
        }
    }
}

/// The most bytes of context a quote card shows on either side of its quote
/// (about three lines of text): a longer sentence is cut at a word.
pub const CONTEXT_BYTES: usize = 300;

/// The words around a quote, as a card shows them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuoteContext {
    /// The sentence, or the part of it within [`CONTEXT_BYTES`] of the quote.
    pub span: Span,
    /// True when the sentence goes on before `span` (it was cut there).
    pub cut_before: bool,
    /// True when the sentence goes on after `span`.
    pub cut_after: bool,
}

/// How much work finding the closest passages of the misquotes of one file
/// may take, all together: cells of word edit-distance tables plus source
/// words read. About a tenth of a second natively. Without a bound, a 400-word
/// misquote against a 40,000-word paragraph took 108 seconds (issue #17).
pub const CLOSEST_SEARCH_WORK: usize = 50_000_000;

/// How many passages, at most, a bounded search compares word by word.
const ROUGH_CANDIDATES: usize = 16;

/// The normalized source's words, lowercased, read once for every misquote.
struct SourceWords<'t> {
    text: &'t str,
    spans: Vec<(usize, usize)>,
    lowercase: Vec<String>,
}

/// The outcome of one closest-passage search.
struct Closest {
    /// Normalized `[start, end)` of the passage, if one was found.
    span: Option<(usize, usize)>,
    /// True when the budget cut the search short.
    bounded: bool,
}

impl<'t> SourceWords<'t> {
    fn new(text: &'t str) -> SourceWords<'t> {
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
    fn closest(&self, phrase: &str, budget: &mut usize) -> Closest {
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
    fn most_shared(&self, wanted: &[String], width: usize) -> Vec<usize> {
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

/// Byte offsets just past each sentence end (". ", "? ", "! ", optionally with a
/// closing quote) in `text`, where the next sentence begins.
///
/// Lazy and allocation-free: the context of a quote needs only the breaks next
/// to it, and this runs for every quote and passage when a page loads.
fn sentence_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((_, c)) = chars.next() {
            if !matches!(c, '.' | '?' | '!') {
                continue;
            }
            while chars
                .next_if(|&(_, c)| matches!(c, '"' | '\u{201D}' | '\'' | '\u{2019}' | ')'))
                .is_some()
            {}
            if chars.next_if(|&(_, c)| c.is_whitespace()).is_some() {
                while chars.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
                return Some(chars.peek().map_or(text.len(), |&(offset, _)| offset));
            }
        }
        None
    })
}

/// A selector's prefix and suffix in the form they are compared in ([`squash`]).
struct Context {
    prefix: Option<String>,
    suffix: Option<String>,
}

/// The normalized offsets a selector's context is compared at: the starts of
/// its occurrences when it has a prefix, their ends when it has a suffix.
fn context_offsets<'s>(
    selector: TextQuoteSelector<'_>,
    exact: &str,
    starts: &'s [usize],
) -> impl Iterator<Item = usize> + 's {
    let (prefix, suffix) = (selector.prefix.is_some(), selector.suffix.is_some());
    let length = exact.len();
    starts.iter().flat_map(move |&start| {
        let before = prefix.then_some(start);
        let after = suffix.then_some(start + length);
        before.into_iter().chain(after)
    })
}

/// The whole normalized text in the form contexts are compared in ([`squash`]),
/// with where some normalized offsets land in it.
///
/// Squashing a window of text at each occurrence, as this once did, costs the
/// prefix's length at every one: a quote found 100,000 times with an 11 KB
/// prefix took over a minute (issue #17). Squashed once, each comparison is one
/// slice comparison, which stops at the first byte that differs.
struct Squashed {
    text: String,
    /// Sorted normalized offsets, and where each lands in `text`: just after
    /// what precedes it, trailing space not counted.
    offsets: Vec<usize>,
    positions: Vec<usize>,
}

impl Squashed {
    /// Squashes `normalized`, noting where each of the `wanted` offsets
    /// (character boundaries) lands; nothing at all when none is wanted.
    fn new(normalized: &str, mut wanted: Vec<usize>) -> Squashed {
        wanted.sort_unstable();
        wanted.dedup();
        let mut squashed = Squashed {
            text: String::new(),
            positions: Vec::with_capacity(wanted.len()),
            offsets: wanted,
        };
        if squashed.offsets.is_empty() {
            return squashed;
        }
        let text = &mut squashed.text;
        text.reserve(normalized.len());
        let mut next = squashed.offsets.iter().peekable();
        let mut space_pending = false;
        for (offset, c) in normalized.char_indices() {
            while next.next_if(|&&wanted| wanted <= offset).is_some() {
                squashed.positions.push(text.len());
            }
            if c == ' ' || c == '"' {
                space_pending = !text.is_empty();
            } else {
                if space_pending {
                    text.push(' ');
                    space_pending = false;
                }
                text.push(c);
            }
        }
        squashed.positions.extend(next.map(|_| squashed.text.len()));
        squashed
    }

    /// Where normalized `offset`, one of those asked for, lands in the text.
    fn position(&self, offset: usize) -> usize {
        let index = self
            .offsets
            .binary_search(&offset)
            .expect("Squashed::new was asked for every offset compared at");
        self.positions[index]
    }

    /// True when the prefix and suffix, if any, stand next to the match at
    /// normalized `[start, end)`. Double quote marks and spaces do not count, so
    /// `prefix: "relations as"` fits `relations as “at their lowest…` and
    /// `suffix: ", she"` fits `“Yes,” she`.
    fn fits(&self, context: &Context, start: usize, end: usize) -> bool {
        let prefix_fits = context
            .prefix
            .as_ref()
            .is_none_or(|prefix| self.text[..self.position(start)].ends_with(prefix.as_str()));
        let suffix_fits = context.suffix.as_ref().is_none_or(|suffix| {
            self.text[self.position(end)..]
                .trim_start_matches(' ')
                .starts_with(suffix.as_str())
        });
        prefix_fits && suffix_fits
    }
}

/// A normalized phrase without double quote marks, re-collapsed and trimmed:
/// the form in which prefixes and suffixes are compared.
fn squash(text: &str) -> String {
    normalize(&normalize(text).replace('"', " "))
}

/// Levenshtein distance counted in words: how many words to insert, delete or
/// replace to turn `a` into `b`. (strsim's generic version takes owned
/// collections, which would mean one allocation per window of the source.)
fn word_distance(a: &[String], b: &[String]) -> usize {
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
fn word_spans(text: &str) -> Vec<(usize, usize)> {
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

/// Folds one character for matching: typographic quotes and apostrophes become
/// their typewriter forms; any white space becomes a plain space. (A letter has
/// been composed with the accents after it first: [`composition`].)
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// The normalized form of a phrase: folded characters, white space collapsed to
/// single spaces and trimmed.
pub fn normalize(text: &str) -> String {
    Normalized::new(text).text
}

/// A normalized text with, for each of its bytes, the verbatim byte range it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Normalized {
    text: String,
    /// `origin[i]` is the verbatim `(start, end)` of the character or white-space
    /// run that normalized byte `i` belongs to.
    origin: Vec<(usize, usize)>,
}

impl Normalized {
    fn new(source: &str) -> Normalized {
        let mut text = String::with_capacity(source.len());
        let mut origin: Vec<(usize, usize)> = Vec::with_capacity(source.len());
        let mut chars = source.char_indices().peekable();
        while let Some((offset, mut c)) = chars.next() {
            let mut end = offset + c.len_utf8();
            // A letter and the accents typed after it, as one character.
            while let Some(&(mark_offset, mark)) = chars.peek() {
                let Some(composed) = composition::is_composable_mark(mark)
                    .then(|| composition::compose(c, mark))
                    .flatten()
                else {
                    break;
                };
                c = composed;
                end = mark_offset + mark.len_utf8();
                chars.next();
            }
            let folded = fold(c);
            if folded == ' ' {
                while let Some(&(next_offset, next)) = chars.peek() {
                    if !next.is_whitespace() {
                        break;
                    }
                    end = next_offset + next.len_utf8();
                    chars.next();
                }
                // Leading white space is dropped; trailing white space is trimmed below.
                if text.is_empty() {
                    continue;
                }
            }
            text.push(folded);
            origin.extend(std::iter::repeat_n((offset, end), folded.len_utf8()));
        }
        if text.ends_with(' ') {
            text.pop();
            origin.pop();
        }
        Normalized { text, origin }
    }

    /// The verbatim span behind normalized bytes `[start, end)`; `end > start`.
    fn original_span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.origin[start].0,
            end: self.origin[end - 1].1,
        }
    }
}

/// "No node": the root is node 0, so 0 cannot mark an absent link.
const NONE: u32 = u32::MAX;

/// An Aho–Corasick automaton over the bytes of many patterns, reporting every
/// occurrence of every pattern, overlapping ones and ones inside others too.
///
/// Written out here rather than taken from the `aho-corasick` crate: measured
/// after wasm-opt, the crate adds about 30 KB gzip to the Wasm (17 KB using
/// only its NFA), these lines about 1 KB. Edges are sorted per node and
/// binary-searched: slower than a full transition table, but a table of 256
/// links per node would cost megabytes for a long explainer.
struct Matcher {
    nodes: Vec<Node>,
    /// For each pattern, its slot in [`Matcher::find_overlapping`]'s answer;
    /// identical patterns share a slot, an empty pattern has none.
    slots: Vec<u32>,
    /// How many distinct non-empty patterns there are.
    distinct: usize,
}

/// One trie node: the bytes read so far spell a prefix of some pattern.
struct Node {
    /// `(byte, child)`, sorted by byte.
    edges: Vec<(u8, u32)>,
    /// The node for the longest proper suffix of this node's bytes that is in
    /// the trie, where the search goes on when no edge fits the next byte.
    fail: u32,
    /// The nearest node along the `fail` chain (this node excluded) that ends a
    /// pattern, or `NONE`: how a pattern that is a suffix of another is found
    /// without walking the whole chain.
    output: u32,
    /// The slot of the pattern ending here, or `NONE`.
    slot: u32,
    /// The number of bytes this node spells.
    depth: u32,
}

impl Node {
    fn new(depth: u32) -> Node {
        Node {
            edges: Vec::new(),
            fail: 0,
            output: NONE,
            slot: NONE,
            depth,
        }
    }

    fn child(&self, byte: u8) -> Option<u32> {
        self.edges
            .binary_search_by_key(&byte, |&(b, _)| b)
            .ok()
            .map(|i| self.edges[i].1)
    }
}

impl Matcher {
    fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Matcher {
        let mut nodes = vec![Node::new(0)];
        let mut distinct = 0;
        let mut slots = Vec::new();
        for pattern in patterns {
            if pattern.is_empty() {
                slots.push(NONE);
                continue;
            }
            let mut node = 0;
            for &byte in pattern.as_bytes() {
                let edges = &nodes[node as usize].edges;
                node = match edges.binary_search_by_key(&byte, |&(b, _)| b) {
                    Ok(i) => edges[i].1,
                    Err(i) => {
                        let child = nodes.len() as u32;
                        let depth = nodes[node as usize].depth + 1;
                        nodes[node as usize].edges.insert(i, (byte, child));
                        nodes.push(Node::new(depth));
                        child
                    }
                };
            }
            let end = &mut nodes[node as usize];
            if end.slot == NONE {
                end.slot = distinct;
                distinct += 1;
            }
            slots.push(end.slot);
        }
        // Breadth first: a node's failure link points at a shallower node, whose
        // own links are then already set.
        let mut queue = vec![0u32];
        let mut next = 0;
        while let Some(&parent) = queue.get(next) {
            next += 1;
            for e in 0..nodes[parent as usize].edges.len() {
                let (byte, child) = nodes[parent as usize].edges[e];
                let fail = if parent == 0 {
                    0
                } else {
                    Self::next(&nodes, nodes[parent as usize].fail, byte)
                };
                let output = match nodes[fail as usize].slot {
                    NONE => nodes[fail as usize].output,
                    _ => fail,
                };
                nodes[child as usize].fail = fail;
                nodes[child as usize].output = output;
                queue.push(child);
            }
        }
        Matcher {
            nodes,
            slots,
            distinct: distinct as usize,
        }
    }

    /// The node reached from `node` on `byte`, following failure links until
    /// some node has an edge for it (or the root, which needs none).
    fn next(nodes: &[Node], mut node: u32, byte: u8) -> u32 {
        loop {
            if let Some(child) = nodes[node as usize].child(byte) {
                return child;
            }
            if node == 0 {
                return 0;
            }
            node = nodes[node as usize].fail;
        }
    }

    /// The byte offsets in `haystack` where each distinct pattern starts, in
    /// increasing order, indexed by slot; read them with [`Matcher::starts`].
    fn find_overlapping(&self, haystack: &str) -> Vec<Vec<usize>> {
        let mut found = vec![Vec::new(); self.distinct];
        let mut node = 0;
        for (offset, &byte) in haystack.as_bytes().iter().enumerate() {
            node = Self::next(&self.nodes, node, byte);
            // Every pattern ending here: this node's own, then each shorter one
            // that is a suffix of it ("deal" inside "no deal").
            let mut hit = match self.nodes[node as usize].slot {
                NONE => self.nodes[node as usize].output,
                _ => node,
            };
            while hit != NONE {
                let hit_node = &self.nodes[hit as usize];
                found[hit_node.slot as usize].push(offset + 1 - hit_node.depth as usize);
                hit = hit_node.output;
            }
        }
        found
    }

    /// Where pattern `index` (in the order given to [`Matcher::new`]) starts,
    /// from `found`, the answer of [`Matcher::find_overlapping`].
    fn starts<'f>(&self, found: &'f [Vec<usize>], index: usize) -> &'f [usize] {
        match self.slots[index] {
            NONE => &[],
            slot => &found[slot as usize],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(paragraphs: &[&str]) -> SourceText {
        SourceText::new(&[Section {
            heading: Some("A “Heading”".into()),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        }])
    }

    fn exact(text: &str) -> TextQuoteSelector<'_> {
        TextQuoteSelector {
            exact: text,
            prefix: None,
            suffix: None,
        }
    }

    #[test]
    fn normalize_folds_quotes_apostrophes_and_white_space() {
        assert_eq!(
            normalize("  “There’s  no\n deal”\u{00A0}now "),
            "\"There's no deal\" now"
        );
        assert_eq!(
            normalize("‘single’ ‚low‘ «guillemets»"),
            "'single' 'low' \"guillemets\""
        );
        assert_eq!(normalize(" \n\t "), "");
    }

    #[test]
    fn blocks_are_joined_and_located() {
        let text = source(&["First para.", "Second para."]);
        assert_eq!(text.text, "A “Heading”\n\nFirst para.\n\nSecond para.");
        assert_eq!(text.blocks.len(), 3);
        assert_eq!(text.blocks[0].kind, BlockKind::Heading);
        assert_eq!(text.slice(text.blocks[2].span), "Second para.");
    }

    #[test]
    fn anchors_across_typographic_differences_onto_verbatim_bytes() {
        let text = source(&["He said: “There’s no deal until there’s a deal.” Then left."]);
        let span = text
            .anchor(exact("There's no deal until\nthere's a deal."))
            .unwrap();
        assert_eq!(text.slice(span), "There’s no deal until there’s a deal.");
    }

    #[test]
    fn multi_byte_characters_map_back_exactly() {
        let text = source(&["Zelenskyy — “Kyiv’s résumé” — ends."]);
        let span = text.anchor(exact("Kyiv's résumé")).unwrap();
        assert_eq!(text.slice(span), "Kyiv’s résumé");
    }

    #[test]
    fn decomposed_accents_match_composed_ones_and_highlight_the_article_s_own() {
        // A quote typed in NFD (e + U+0301) finds the NFC article; the highlight
        // is the article's own characters.
        let text = source(&["Zelenskyy — “Kyiv’s résumé” — Київ, ἀ, Việt Nam."]);
        let nfd = "Kyiv's re\u{301}sume\u{301}";
        let span = text.anchor(exact(nfd)).unwrap();
        assert_eq!(text.slice(span), "Kyiv’s résumé");
        // Cyrillic and Vietnamese (two marks, one after the other).
        let span = text.anchor(exact("Ки\u{456}\u{308}в")).unwrap();
        assert_eq!(text.slice(span), "Київ");
        let span = text.anchor(exact("Vie\u{323}\u{302}t Nam")).unwrap();
        assert_eq!(text.slice(span), "Việt Nam");
        // And the other way round: an NFD article, an NFC quote; the highlight
        // takes in the letter and its mark.
        let text = source(&["Her re\u{301}sume\u{301}, in full."]);
        let span = text.anchor(exact("résumé")).unwrap();
        assert_eq!(text.slice(span), "re\u{301}sume\u{301}");
        assert_eq!(text.anchor_all(&[exact("résumé")])[0], Ok(span));
        // A mark that composes with nothing stays as it is.
        let text = source(&["x\u{301} and y"]);
        assert!(text.anchor(exact("x\u{301}")).is_ok());
        assert!(text.anchor(exact("x")).is_ok());
    }

    #[test]
    fn collapsed_white_space_maps_to_the_whole_run() {
        let text = source(&["a  \n b   c"]);
        let span = text.anchor(exact("a b c")).unwrap();
        assert_eq!(text.slice(span), "a  \n b   c");
    }

    #[test]
    fn a_misquote_is_not_found_and_names_the_closest_passage() {
        let text = source(&["Relations are at their lowest point since the Cold War, he said."]);
        let error = text
            .anchor(exact("at their worst point since the Cold War"))
            .unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            ..
        } = error
        else {
            panic!("expected NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(
            text.slice(closest),
            "at their lowest point since the Cold War"
        );
    }

    #[test]
    fn a_near_miss_with_other_hyphens_and_punctuation_still_finds_its_passage() {
        let text = source(&["He thanked Trump for his “well-wishing tone,” adding more."]);
        let error = text.anchor(exact("well wishing tones")).unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            ..
        } = error
        else {
            panic!("expected NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(text.slice(closest), "well-wishing tone");
        let error = text.anchor(exact("adding nothing.")).unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            ..
        } = error
        else {
            panic!("expected NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(text.slice(closest), "adding more.");
    }

    #[test]
    fn a_long_misquote_in_a_long_source_gets_a_bounded_search_that_still_finds_it() {
        // Issue #17: 400 words against 40,000 took 108 s, comparing them all.
        let vocabulary = [
            "talks", "deal", "border", "said", "the", "of", "envoy", "trade",
        ];
        let mut state = 17_usize;
        let words: Vec<&str> = (0..40_000)
            .map(|_| {
                state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
                vocabulary[state % vocabulary.len()]
            })
            .collect();
        let text = source(&[&words.join(" ")]);
        let original = words[20_000..20_400].join(" ");
        let misquote: Vec<&str> = words[20_000..20_400]
            .iter()
            .enumerate()
            .map(|(i, &word)| if i % 10 == 5 { "zzz" } else { word })
            .collect();
        let error = text.anchor(exact(&misquote.join(" "))).unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            bounded: true,
        } = error
        else {
            panic!("expected a bounded NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(text.slice(closest), original);
    }

    #[test]
    fn a_short_misquote_gets_a_full_search() {
        let text = source(&["Relations are at their lowest point since the Cold War."]);
        assert!(matches!(
            text.anchor(exact("at their worst point")),
            Err(AnchorError::NotFound {
                closest: Some(_),
                bounded: false
            })
        ));
    }

    #[test]
    fn a_spent_budget_leaves_the_rest_unsearched() {
        let words = SourceWords::new("a b c d e f");
        let mut budget = 3;
        let found = words.closest("x y z", &mut budget);
        assert_eq!((found.span, found.bounded), (None, true));
        let mut budget = 6 + 9;
        let found = words.closest("c x e", &mut budget);
        assert!(found.bounded);
        assert_eq!(found.span, Some((4, 9)));
    }

    #[test]
    fn a_hundred_thousand_occurrences_are_told_apart_by_a_long_prefix() {
        // Issue #17: this anchored in 73.6 s, squashing 44 KB of text around
        // each occurrence to compare the prefix.
        let prefix = (0..1_700)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let paragraph = format!("{prefix} “{}”", vec!["y"; 100_000].join(" "));
        let text = source(&[&paragraph]);
        let selector = TextQuoteSelector {
            exact: "y",
            prefix: Some(&prefix),
            suffix: Some("y y"),
        };
        let span = text.anchor(selector).unwrap();
        assert_eq!(
            span.start,
            paragraph.find('y').unwrap() + text.blocks[1].span.start
        );
        let results = anchor_both(&text, &[selector, exact("y")]);
        assert_eq!(results[0], Ok(span));
        assert_eq!(occurrences(&results[1]), 100_000);
    }

    #[test]
    fn contexts_skip_quote_marks_and_spaces_at_either_end() {
        let text = source(&["He said “no” — then: “yes,” quietly. “Yes” she said."]);
        for (prefix, suffix, found) in [
            (Some("then:"), None, true),
            (Some("then: \""), Some(", quietly"), true),
            (Some("then"), Some("quietly"), false),
            (None, Some(", quietly."), true),
            (Some("He said no — then:"), None, true),
            (Some("said no"), None, false),
        ] {
            let selector = TextQuoteSelector {
                exact: "yes",
                prefix,
                suffix,
            };
            assert_eq!(
                text.anchor(selector).is_ok(),
                found,
                "{prefix:?} {suffix:?}"
            );
        }
    }

    #[test]
    fn word_distance_counts_edits() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(word_distance(&words("a b c"), &words("a b c")), 0);
        assert_eq!(word_distance(&words("a b c"), &words("a x c")), 1);
        assert_eq!(word_distance(&words("a b c"), &words("a c")), 1);
        assert_eq!(word_distance(&words("a b"), &words("c d e")), 3);
    }

    #[test]
    fn repeats_are_ambiguous_without_context() {
        let text = source(&["“Yes,” he said. Later: “Yes,” she said."]);
        let error = text.anchor(exact("Yes")).unwrap_err();
        assert!(
            matches!(error, AnchorError::Ambiguous { ref occurrences } if occurrences.len() == 2)
        );
    }

    #[test]
    fn prefix_and_suffix_tell_repeats_apart() {
        let text = source(&["“Yes,” he said. Later: “Yes,” she said."]);
        let by_suffix = TextQuoteSelector {
            exact: "Yes",
            prefix: None,
            suffix: Some(", she"),
        };
        let span = text.anchor(by_suffix).unwrap();
        assert_eq!(span.start, text.text.rfind("Yes").unwrap());
        let by_prefix = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Later:"),
            suffix: None,
        };
        assert_eq!(text.anchor(by_prefix).unwrap(), span);
    }

    #[test]
    fn context_that_fits_nowhere_is_reported() {
        let text = source(&["“Yes,” he said."]);
        let selector = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Never"),
            suffix: None,
        };
        assert!(matches!(
            text.anchor(selector),
            Err(AnchorError::ContextMismatch { .. })
        ));
    }

    #[test]
    fn overlapping_repeats_are_all_counted() {
        let text = source(&["aaa"]);
        let error = text.anchor(exact("aa")).unwrap_err();
        assert!(
            matches!(error, AnchorError::Ambiguous { ref occurrences } if occurrences.len() == 2)
        );
    }

    #[test]
    fn a_match_may_not_cross_blocks() {
        let text = source(&["ends here.", "Starts here."]);
        assert!(matches!(
            text.anchor(exact("here. Starts")),
            Err(AnchorError::NotFound { .. })
        ));
    }

    #[test]
    fn headings_are_searched_too() {
        let text = source(&["Body."]);
        let span = text.anchor(exact("\"Heading\"")).unwrap();
        assert_eq!(text.slice(span), "“Heading”");
    }

    #[test]
    fn empty_selectors_are_rejected() {
        let text = source(&["Body."]);
        assert_eq!(text.anchor(exact(" \n ")), Err(AnchorError::Empty));
    }

    /// Anchors each selector alone and all together, asserts both agree and
    /// returns the batch's outcomes.
    fn anchor_both(
        text: &SourceText,
        selectors: &[TextQuoteSelector<'_>],
    ) -> Vec<Result<Span, AnchorError>> {
        let batch = text.anchor_all(selectors);
        let one_by_one: Vec<_> = selectors.iter().map(|&s| text.anchor(s)).collect();
        assert_eq!(batch, one_by_one);
        batch
    }

    fn occurrences(result: &Result<Span, AnchorError>) -> usize {
        match result {
            Err(AnchorError::Ambiguous { occurrences })
            | Err(AnchorError::ContextMismatch { occurrences }) => occurrences.len(),
            Ok(_) => 1,
            Err(_) => 0,
        }
    }

    #[test]
    fn the_matcher_finds_every_occurrence_of_every_pattern() {
        let matcher = Matcher::new(["he", "she", "his", "hers", "", "she", "e"]);
        let found = matcher.find_overlapping("ushers she");
        let starts = |i| matcher.starts(&found, i).to_vec();
        assert_eq!(starts(0), [2, 8]);
        assert_eq!(starts(1), [1, 7]);
        assert_eq!(starts(2), Vec::<usize>::new());
        assert_eq!(starts(3), [2]);
        assert_eq!(starts(4), Vec::<usize>::new());
        assert_eq!(starts(5), starts(1));
        assert_eq!(starts(6), [3, 9]);
    }

    #[test]
    fn the_matcher_follows_failure_links_past_a_partial_match() {
        // "abcd" fails after "abc" at the "x"; "bcx" must still be found, and
        // "c" inside both, and the long pattern once the text has it.
        let matcher = Matcher::new(["abcd", "bcx", "c", "abcabcd"]);
        let found = matcher.find_overlapping("abcxabcabcd");
        let starts = |i| matcher.starts(&found, i).to_vec();
        assert_eq!(starts(0), [7]);
        assert_eq!(starts(1), [1]);
        assert_eq!(starts(2), [2, 6, 9]);
        assert_eq!(starts(3), [4]);
    }

    #[test]
    fn a_batch_counts_overlapping_repeats() {
        let text = source(&["aaaa"]);
        let results = anchor_both(&text, &[exact("aa"), exact("aaa"), exact("aaaa")]);
        assert_eq!(occurrences(&results[0]), 3);
        assert_eq!(occurrences(&results[1]), 2);
        assert_eq!(text.slice(results[2].clone().unwrap()), "aaaa");
    }

    #[test]
    fn a_batch_finds_a_quote_inside_another_and_a_suffix_of_another() {
        let text = source(&["There is no deal until there is a deal, he said."]);
        let results = anchor_both(
            &text,
            &[
                exact("no deal until there is a deal"),
                exact("until there"),
                exact("a deal"),
                exact("deal"),
                exact("he said."),
            ],
        );
        assert_eq!(
            text.slice(results[0].clone().unwrap()),
            "no deal until there is a deal"
        );
        assert_eq!(text.slice(results[1].clone().unwrap()), "until there");
        assert_eq!(text.slice(results[2].clone().unwrap()), "a deal");
        assert_eq!(occurrences(&results[3]), 2);
        assert_eq!(text.slice(results[4].clone().unwrap()), "he said.");
    }

    #[test]
    fn a_batch_gives_identical_exacts_their_own_outcomes() {
        let text = source(&["“Yes,” he said. Later: “Yes,” she said."]);
        let he = TextQuoteSelector {
            exact: "Yes",
            prefix: None,
            suffix: Some(", he"),
        };
        let she = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Later:"),
            suffix: None,
        };
        let nobody = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Never"),
            suffix: None,
        };
        let results = anchor_both(&text, &[he, she, exact("Yes"), nobody]);
        let first = text.text.find("Yes").unwrap();
        assert_eq!(
            results[0],
            Ok(Span {
                start: first,
                end: first + 3
            })
        );
        let she_span = results[1].clone().unwrap();
        assert_eq!(she_span.start, text.text.rfind("Yes").unwrap());
        assert!(matches!(
            results[2],
            Err(AnchorError::Ambiguous { ref occurrences }) if occurrences.len() == 2
        ));
        assert!(matches!(
            results[3],
            Err(AnchorError::ContextMismatch { ref occurrences }) if occurrences.len() == 2
        ));
    }

    #[test]
    fn a_batch_matches_curly_and_straight_quotes_alike() {
        let text = source(&["She called it “the ‘final’ offer” and left."]);
        let results = anchor_both(
            &text,
            &[
                exact("\"the 'final' offer\""),
                exact("“the ’final’ offer”"),
                exact("«the ‘final‘ offer»"),
            ],
        );
        for result in &results {
            assert_eq!(text.slice(result.clone().unwrap()), "“the ‘final’ offer”");
        }
    }

    #[test]
    fn a_batch_match_may_not_cross_blocks() {
        let text = source(&["ends here.", "here. Starts here."]);
        let results = anchor_both(&text, &[exact("here. Starts"), exact("here. Starts here")]);
        // "here. Starts" also runs from the first paragraph into the second,
        // which does not count, so it is found once, inside the second.
        assert_eq!(
            results[0],
            Ok(Span {
                start: text.text.find("here. Starts").unwrap(),
                end: text.text.find("here. Starts").unwrap() + "here. Starts".len(),
            })
        );
        let across = source(&["ends here.", "Starts here."]);
        let results = anchor_both(&across, &[exact("here. Starts"), exact("Heading” ends")]);
        assert!(matches!(results[0], Err(AnchorError::NotFound { .. })));
        assert!(matches!(results[1], Err(AnchorError::NotFound { .. })));
    }

    #[test]
    fn a_batch_maps_non_ascii_matches_back_exactly() {
        let text = source(&["Зеленський — “Kyiv’s résumé” — سلام 🇺🇦 résumé."]);
        let results = anchor_both(
            &text,
            &[
                exact("Kyiv's résumé"),
                exact("résumé"),
                exact("سلام 🇺🇦"),
                exact("Зеленський"),
                exact("ленс"),
                exact("🇺"),
            ],
        );
        assert_eq!(text.slice(results[0].clone().unwrap()), "Kyiv’s résumé");
        assert_eq!(occurrences(&results[1]), 2);
        assert_eq!(text.slice(results[2].clone().unwrap()), "سلام 🇺🇦");
        assert_eq!(text.slice(results[3].clone().unwrap()), "Зеленський");
        assert_eq!(text.slice(results[4].clone().unwrap()), "ленс");
        assert_eq!(text.slice(results[5].clone().unwrap()), "🇺");
    }

    #[test]
    fn a_batch_reports_empty_and_missing_selectors_in_place() {
        let text = source(&["Relations are at their lowest point since the Cold War."]);
        let results = anchor_both(
            &text,
            &[
                exact(" \n "),
                exact("at their worst point since the Cold War"),
                exact("lowest point"),
            ],
        );
        assert_eq!(results[0], Err(AnchorError::Empty));
        let Err(AnchorError::NotFound {
            closest: Some(closest),
            ..
        }) = results[1]
        else {
            panic!(
                "expected NotFound with a closest passage, got {:?}",
                results[1]
            );
        };
        assert_eq!(
            text.slice(closest),
            "at their lowest point since the Cold War"
        );
        assert_eq!(text.slice(results[2].clone().unwrap()), "lowest point");
        assert_eq!(text.anchor_all(&[]), Vec::new());
    }

    #[test]
    fn sentence_breaks_fall_after_the_end_mark_its_closers_and_the_spaces() {
        let text = "One. “Two?” Three!  Four... (Five.) e.g.x End.";
        let starts: Vec<&str> = sentence_breaks(text).map(|at| &text[at..]).collect();
        assert_eq!(
            starts,
            [
                "“Two?” Three!  Four... (Five.) e.g.x End.",
                "Three!  Four... (Five.) e.g.x End.",
                "Four... (Five.) e.g.x End.",
                "(Five.) e.g.x End.",
                "e.g.x End."
            ]
        );
    }

    #[test]
    fn sentence_around_a_quote_stays_in_its_block() {
        let text = source(&[
            "First sentence. He called it “long overdue” and left. Third one.",
            "Next paragraph.",
        ]);
        let span = text.anchor(exact("long overdue")).unwrap();
        assert_eq!(
            text.slice(text.sentence_around(span)),
            "He called it “long overdue” and left."
        );
    }

    #[test]
    fn the_context_of_a_quote_in_an_endless_sentence_is_a_window_cut_at_words() {
        let paragraph = format!(
            "{} “needle” {}",
            "wordy ".repeat(1_000),
            "tail ".repeat(1_000)
        );
        let text = source(&[&paragraph]);
        let span = text.anchor(exact("needle")).unwrap();
        let context = text.context_around(span);
        assert!(context.cut_before && context.cut_after, "{context:?}");
        assert!(context.span.contains(span));
        assert!(span.start - context.span.start <= CONTEXT_BYTES);
        assert!(context.span.end - span.end <= CONTEXT_BYTES);
        let shown = text.slice(context.span);
        assert!(
            shown.starts_with("wordy ") && shown.ends_with(" tail"),
            "{shown}"
        );
        assert!(shown.len() > CONTEXT_BYTES, "{shown}");
        // A sentence that fits is whole and not cut.
        let text = source(&["First. He said “needle” and left. Last."]);
        let span = text.anchor(exact("needle")).unwrap();
        let context = text.context_around(span);
        assert_eq!(text.slice(context.span), "He said “needle” and left.");
        assert!(!context.cut_before && !context.cut_after);
    }

    #[test]
    fn a_cut_context_never_splits_a_character() {
        let paragraph = format!("{}needle{}", "ä".repeat(500), "ß".repeat(500));
        let text = source(&[&paragraph]);
        let span = text.anchor(exact("needle")).unwrap();
        let context = text.context_around(span);
        assert!(context.cut_before && context.cut_after);
        assert!(text.slice(context.span).contains("needle"));
    }

    #[test]
    fn sentence_around_keeps_a_quote_that_ends_its_sentence() {
        let text =
            source(&["Trump said: “There’s no deal until there’s a deal.” He pledged more."]);
        let span = text
            .anchor(exact("There's no deal until there's a deal."))
            .unwrap();
        assert_eq!(
            text.slice(text.sentence_around(span)),
            "Trump said: “There’s no deal until there’s a deal.”"
        );
    }
}
