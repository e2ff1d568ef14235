//! Normalisation: the copy of the text matching runs over, with curly and
//! straight quotes, apostrophes, white space and decomposed accents folded
//! together, bidi controls left out, and the way back from it to the verbatim
//! source's bytes.

use super::composition;
use super::span::Span;
use crate::model::bidi::is_bidi_control;

/// True for white space that folds to a plain space. U+1680 OGHAM SPACE MARK
/// is white space to Unicode but a visible dash in most fonts: folding it
/// would let `a b` match a text that shows `a—b` (issue #32).
fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{1680}'
}

/// Folds one character for matching: typographic quotes and apostrophes become
/// their typewriter forms; any white space becomes a plain space. (A letter has
/// been composed with the accents after it first: [`composition`].)
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        c if is_space(c) => ' ',
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
pub(super) struct Normalized {
    pub(super) text: String,
    /// `origin[i]` is the verbatim `(start, end)` of the character or white-space
    /// run that normalized byte `i` belongs to.
    origin: Vec<(usize, usize)>,
}

impl Normalized {
    pub(super) fn new(source: &str) -> Normalized {
        let mut text = String::with_capacity(source.len());
        let mut origin: Vec<(usize, usize)> = Vec::with_capacity(source.len());
        let mut chars = source.char_indices().peekable();
        while let Some((offset, mut c)) = chars.next() {
            // Invisible direction marks are not words: a quote copied without
            // them still matches the article that has them (the validator
            // warns of them there, and refuses them in quotes).
            if is_bidi_control(c) {
                continue;
            }
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
                    if !(is_space(next) || is_bidi_control(next)) {
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
    pub(super) fn original_span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.origin[start].0,
            end: self.origin[end - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ogham_space_mark_is_not_folded_as_a_space() {
        assert_eq!(normalize("a\u{1680}b"), "a\u{1680}b");
        assert_eq!(normalize("a\u{2003}b"), "a b");
    }

    #[test]
    fn bidi_controls_are_left_out_and_spans_keep_them() {
        let normalized = Normalized::new("\u{200F}Russia\u{200F} \u{200F} will");
        assert_eq!(normalized.text, "Russia will");
        let span = normalized.original_span(0, normalized.text.len());
        assert_eq!(span.start, 3);
        assert_eq!(span.end, "\u{200F}Russia\u{200F} \u{200F} will".len());
    }
}
