//! The words around a match: the prefix and suffix a selector gives, compared
//! at every place its words occur ([`Squashed`]), and the sentence a quote card
//! shows around its quote ([`QuoteContext`], cut at [`CONTEXT_BYTES`]).

use super::normalize::normalize;
use super::span::{Span, TextQuoteSelector};

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

/// Byte offsets just past each sentence end (". ", "? ", "! ", optionally with a
/// closing quote) in `text`, where the next sentence begins.
///
/// Lazy and allocation-free: the context of a quote needs only the breaks next
/// to it, and this runs for every quote and passage when a page loads.
pub(super) fn sentence_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
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
pub(super) struct Context {
    pub(super) prefix: Option<String>,
    pub(super) suffix: Option<String>,
}

/// The normalized offsets a selector's context is compared at: the starts of
/// its occurrences when it has a prefix, their ends when it has a suffix.
pub(super) fn context_offsets<'s>(
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
pub(super) struct Squashed {
    text: String,
    /// Sorted normalized offsets, and where each lands in `text`: just after
    /// what precedes it, trailing space not counted.
    offsets: Vec<usize>,
    positions: Vec<usize>,
}

impl Squashed {
    /// Squashes `normalized`, noting where each of the `wanted` offsets
    /// (character boundaries) lands; nothing at all when none is wanted.
    pub(super) fn new(normalized: &str, mut wanted: Vec<usize>) -> Squashed {
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
    pub(super) fn position(&self, offset: usize) -> usize {
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
    pub(super) fn fits(&self, context: &Context, start: usize, end: usize) -> bool {
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
pub(super) fn squash(text: &str) -> String {
    normalize(&normalize(text).replace('"', " "))
}
