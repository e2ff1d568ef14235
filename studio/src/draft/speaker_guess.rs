//! Who the selected words are likely said by: the guess the draft logic (the
//! library's `scaffold`, as `explainer new` and a pasted article use it) makes
//! for the sentence they stand in, so the quote maker proposes the person the
//! article gives them to rather than the first on the list (issue 28). A
//! guess, shown as one until the journalist confirms it.

use news_explainer::model::anchor::{BlockKind, SourceText};
use news_explainer::model::{Explainer, Span};
use news_explainer::scaffold::{scaffold, Options};

/// How many paragraphs before the selected one the guess reads too: "He
/// said …" names the speaker of the paragraph before.
const PARAGRAPHS_BEFORE: usize = 2;

/// The speaker guessed for a selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerGuess {
    /// The person of the explainer it is, by id, when they are there already.
    pub person: Option<String>,
    /// The name the article gives them.
    pub name: String,
}

/// The speaker the draft logic guesses for the words at `span` of the
/// article: the speaker of the quotation they are part of, or, for words not
/// in quotation marks, of those words put in marks. `None` when the article
/// names nobody for them.
pub fn guess_speaker(
    explainer: &Explainer,
    source: &SourceText,
    span: Span,
) -> Option<SpeakerGuess> {
    let index = source
        .blocks
        .iter()
        .position(|block| block.span.contains(span))?;
    let block = &source.blocks[index];
    if block.kind != BlockKind::Paragraph {
        return None;
    }
    let earlier: Vec<&str> = source.blocks[index.saturating_sub(PARAGRAPHS_BEFORE)..index]
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && b.section == block.section)
        .map(|b| source.slice(b.span))
        .collect();
    let paragraph = source.slice(block.span);
    let selected = (span.start - block.span.start)..(span.end - block.span.start);
    let guessed = speaker_in(&earlier, paragraph, selected.clone()).or_else(|| {
        // Words outside quotation marks: the same paragraph with them in marks.
        let marked = format!(
            "{}“{}”{}",
            &paragraph[..selected.start],
            &paragraph[selected.clone()],
            &paragraph[selected.end..]
        );
        let words = selected.start + "“".len()..selected.end + "“".len();
        speaker_in(&earlier, &marked, words)
    })?;
    Some(SpeakerGuess {
        person: person_named(explainer, &guessed),
        name: guessed,
    })
}

/// The name of the speaker the scaffold gives the quotation of `paragraph`
/// (read after `earlier`) that overlaps the bytes `words`, if it names one.
fn speaker_in(earlier: &[&str], paragraph: &str, words: std::ops::Range<usize>) -> Option<String> {
    let mut text = earlier.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(paragraph);
    let options = Options {
        published: String::new(),
        language: "en".into(),
    };
    let draft = scaffold(&text, &options);
    // The last paragraph's quotes are the last drafted, in the order of the text.
    let mut from = 0;
    let mut found = None;
    for quote in &draft.quotes {
        let Some(at) = paragraph[from..].find(&quote.text).map(|at| at + from) else {
            continue;
        };
        let end = at + quote.text.len();
        from = at + 1;
        if at < words.end && words.start < end {
            found = Some(quote.speaker.clone());
        }
    }
    let person = draft.person(&found?)?;
    (!person.name.starts_with("TODO")).then(|| person.name.clone())
}

/// The id of the explainer's person called `name`: by the whole name, or by
/// the last word of it (the surname the article uses).
fn person_named(explainer: &Explainer, name: &str) -> Option<String> {
    let surname = |name: &str| name.split_whitespace().last().map(str::to_lowercase);
    explainer
        .people
        .iter()
        .find(|p| p.name == name)
        .or_else(|| {
            explainer
                .people
                .iter()
                .find(|p| surname(&p.name).is_some() && surname(&p.name) == surname(name))
        })
        .map(|p| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Geneva — Negotiators met for six hours on Tuesday.\n\
        Minister Olena Bondar said: “We will not retreat from the grain corridor.” She called the session “frank and long.”\n\
        Envoy Mark Hale said “We will not retreat” was his government’s line as well, and added that talks would go on.";

    fn guess(words: &str, nth: usize) -> Option<SpeakerGuess> {
        let options = Options {
            published: "2026-11-29".into(),
            language: "en".into(),
        };
        let explainer = scaffold(ARTICLE, &options);
        let source = SourceText::new(&explainer.source);
        let start = source
            .text
            .match_indices(words)
            .nth(nth)
            .map(|(at, _)| at)
            .unwrap();
        let span = Span {
            start,
            end: start + words.len(),
        };
        guess_speaker(&explainer, &source, span)
    }

    #[test]
    fn the_speaker_the_sentence_names_is_guessed_not_the_first_person() {
        let hale = guess("We will not retreat", 1).unwrap();
        assert_eq!(hale.name, "Mark Hale");
        assert_eq!(hale.person.as_deref(), Some("hale"));
        let bondar = guess("frank and long", 0).unwrap();
        assert_eq!(bondar.person.as_deref(), Some("bondar"));
    }

    #[test]
    fn words_outside_quotation_marks_are_guessed_as_if_quoted() {
        let hale = guess("talks would go on", 0).unwrap();
        assert_eq!(hale.person.as_deref(), Some("hale"));
    }

    #[test]
    fn a_sentence_naming_nobody_guesses_nobody() {
        assert_eq!(guess("Negotiators met for six hours", 0), None);
    }
}
