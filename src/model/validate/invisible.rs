//! Invisible characters (issue #32): bidi controls and control or format
//! characters in what a quote or passage says are errors, since the words an
//! editor checked could show on screen in another order, or carry ESC and
//! NUL into pages; bidi controls in the article's own text are a warning,
//! with the place shown.

use super::Checker;
use crate::model::anchor::TextQuoteSelector;
use crate::model::bidi::{is_bidi_control, is_hidden_control, made_visible};
use crate::model::explainer::{Explainer, Section};
use crate::model::problem::{Problem, ProblemKind, Subject};

/// How many characters of text a warning shows on either side of the
/// character it is about.
const EXCERPT_CHARS: usize = 30;

impl Checker {
    /// Reports the first bidi control or hidden character in each of a
    /// selector's fields: its words (`words_field`: `text` or `passage`),
    /// `prefix` and `suffix`.
    pub(super) fn invisible_characters(
        &mut self,
        parent: &str,
        words_field: &'static str,
        subject: &Subject,
        selector: TextQuoteSelector<'_>,
    ) {
        let fields = [
            (words_field, Some(selector.exact)),
            ("prefix", selector.prefix),
            ("suffix", selector.suffix),
        ];
        for (field, value) in fields {
            let first = value.and_then(|value| {
                value
                    .chars()
                    .enumerate()
                    .find(|&(_, c)| is_bidi_control(c) || is_hidden_control(c))
            });
            let Some((index, character)) = first else {
                continue;
            };
            let (subject, at) = (subject.clone(), index + 1);
            let kind = if is_bidi_control(character) {
                ProblemKind::BidiControlInQuote {
                    subject,
                    field,
                    character,
                    at,
                }
            } else {
                ProblemKind::HiddenCharacterInQuote {
                    subject,
                    field,
                    character,
                    at,
                }
            };
            self.report(format!("{parent}.{field}"), kind);
        }
    }
}

/// A warning for each headline, dek, heading and paragraph of the article
/// and its reports that holds a bidi control, at its first one.
pub(super) fn bidi_controls_in_text(explainer: &Explainer) -> Vec<Problem> {
    let article = &explainer.article;
    let mut found: Vec<Problem> = [
        ("$.article.headline", &article.headline),
        ("$.article.dek", &article.dek),
    ]
    .into_iter()
    .filter_map(|(path, text)| bidi_control_in(text).map(|kind| Problem::new(kind, path)))
    .collect();
    let reports = explainer
        .reports
        .iter()
        .enumerate()
        .map(|(index, report)| (format!("$.reports[{index}].source"), &report.source));
    for (at, sections) in
        std::iter::once(("$.source".to_string(), &explainer.source)).chain(reports)
    {
        sections_warnings(&at, sections, &mut found);
    }
    found
}

fn sections_warnings(at: &str, sections: &[Section], found: &mut Vec<Problem>) {
    for (s, section) in sections.iter().enumerate() {
        if let Some(kind) = section.heading.as_deref().and_then(bidi_control_in) {
            found.push(Problem::new(kind, format!("{at}[{s}].heading")));
        }
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            if let Some(kind) = bidi_control_in(paragraph) {
                found.push(Problem::new(kind, format!("{at}[{s}].paragraphs[{p}]")));
            }
        }
    }
}

/// The warning for `text`'s first bidi control, if it has one: where it is,
/// and the words around it with every invisible character shown as its code.
fn bidi_control_in(text: &str) -> Option<ProblemKind> {
    let (index, character) = text
        .chars()
        .enumerate()
        .find(|&(_, c)| is_bidi_control(c))?;
    let around: String = text
        .chars()
        .skip(index.saturating_sub(EXCERPT_CHARS))
        .take(EXCERPT_CHARS * 2 + 1)
        .collect();
    Some(ProblemKind::BidiControlInText {
        character,
        at: index + 1,
        excerpt: made_visible(&around),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_shows_the_place_and_the_character() {
        let text = format!("{}Russia\u{200F} will attack", "x".repeat(40));
        let Some(ProblemKind::BidiControlInText {
            character,
            at,
            excerpt,
        }) = bidi_control_in(&text)
        else {
            panic!("no warning");
        };
        assert_eq!((character, at), ('\u{200F}', 47));
        assert_eq!(
            excerpt,
            format!("{}Russia[U+200F] will attack", "x".repeat(24))
        );
        assert!(bidi_control_in("Russia will attack").is_none());
    }
}
