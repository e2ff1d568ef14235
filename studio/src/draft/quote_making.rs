//! Making a quote from a selected passage, and how a quote anchors as it is
//! edited: the two places the Studio keeps a journalist from misquoting.

use std::collections::HashSet;

use news_explainer::model::anchor::{normalize, AnchorError, SourceText, TextQuoteSelector};
use news_explainer::model::{Explainer, Person, Quote, Span};
use news_explainer::scaffold::{tell_apart, unique_slug, Context, ROLE_TODO};

/// The context a new quote gets when the journalist writes none.
pub use news_explainer::scaffold::CONTEXT_TODO;

/// Who said a new quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// A person already in the explainer, by id.
    Existing(String),
    /// A new person, by full name (an id is made from it).
    New(String),
}

/// What making a quote did, for the message the Studio shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadeQuote {
    /// The new quote's id.
    pub id: String,
    /// The quoted words.
    pub text: String,
    /// How many times the words stand in the article.
    pub occurrences: usize,
    /// The prefix or suffix added to tell this place apart, if any.
    pub context: Context,
}

impl MadeQuote {
    /// Says what was made, and why a prefix or suffix was (or was not) added.
    pub fn describe(&self) -> String {
        let made = format!("Made the quote “{}”.", self.id);
        match (&self.context, self.occurrences) {
            (_, 1) => format!("{made} Its words occur once in the article, so it needs no prefix or suffix."),
            (Context { prefix: Some(prefix), .. }, count) => format!(
                "{made} Its words occur {count} times in the article, so the prefix “{prefix}” says which."
            ),
            (Context { suffix: Some(suffix), .. }, count) => format!(
                "{made} Its words occur {count} times in the article, so the suffix “{suffix}” says which."
            ),
            (_, count) => format!(
                "{made} Its words occur {count} times in the article and nothing nearby tells this place apart: add a prefix or suffix by hand."
            ),
        }
    }
}

/// Narrows a selection to the words: no surrounding white space and no opening
/// or closing quotation marks (the quote is what was said, not the marks).
pub(super) fn words_of(text: &str, span: Span) -> Span {
    let selected = &text[span.start..span.end];
    let leading = |c: char| c.is_whitespace() || ['“', '"', '‘', '«'].contains(&c);
    let trailing = |c: char| c.is_whitespace() || ['”', '"', '»'].contains(&c);
    let start = span.start + (selected.len() - selected.trim_start_matches(leading).len());
    let end = span.end - (selected.len() - selected.trim_end_matches(trailing).len());
    Span {
        start,
        end: end.max(start),
    }
}

/// A new quote's id, from its words; when another quote has that id already
/// (the same words said elsewhere), from its words led by the word of its
/// prefix (or suffix) that tells it apart: a name if the prefix has one
/// ("hale-want-peace"), so the public address says whose words they are,
/// rather than a bare `-2`. A numbered id only when that is taken too.
fn id_from_words(text: &str, context: &Context, taken: &HashSet<String>) -> String {
    let plain = unique_slug(text, taken);
    if !taken.contains(&unique_slug(text, &HashSet::new())) {
        return plain;
    }
    let words: Vec<&str> = match (&context.prefix, &context.suffix) {
        (Some(prefix), _) => prefix.split_whitespace().rev().collect(),
        (None, Some(suffix)) => suffix.split_whitespace().collect(),
        (None, None) => return plain,
    };
    let words: Vec<&str> = words
        .into_iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // Names first, then the other words nearest the quote; a word the slug
    // leaves out ("we", "the") tells nothing apart.
    let base = unique_slug(text, &HashSet::new());
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let names = words.iter().copied().filter(|w| capitalised(w));
    let others = words.iter().copied().filter(|w| !capitalised(w));
    names
        .chain(others)
        .map(|word| unique_slug(&format!("{word} {text}"), &HashSet::new()))
        .find(|led| *led != base && !taken.contains(led))
        .unwrap_or(plain)
}

/// Makes a quote of the passage `span` of the explainer's source text: its id
/// from its words, its speaker (a new person is added), a prefix or suffix only
/// when the words occur more than once, and a place in article order. Refuses,
/// with a reason, a passage that is empty or runs across paragraphs.
pub fn make_quote(
    explainer: &mut Explainer,
    span: Span,
    speaker: Speaker,
    context: &str,
) -> Result<MadeQuote, String> {
    let source = SourceText::new(&explainer.source);
    if span.end > source.text.len() || span.start >= span.end {
        return Err("Select words in the article first.".into());
    }
    if !source.text.is_char_boundary(span.start) || !source.text.is_char_boundary(span.end) {
        return Err("Select words in the article first.".into());
    }
    let span = words_of(&source.text, span);
    if span.start >= span.end {
        return Err("The selection has no words: select what was said.".into());
    }
    let Some(block) = source.block_containing(span).cloned() else {
        return Err("A quote cannot run across paragraphs: select words within one.".into());
    };
    let text = source.slice(span).to_string();
    let occurrences = occurrences(&source, &text).len().max(1);
    let found = tell_apart(
        &source,
        &text,
        &source.text[block.span.start..span.start],
        &source.text[span.end..block.span.end],
    );

    let speaker = match speaker {
        Speaker::Existing(id) => id,
        Speaker::New(name) => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err("Name the new speaker.".into());
            }
            let taken: HashSet<String> = explainer.people.iter().map(|p| p.id.clone()).collect();
            let id = unique_slug(&name, &taken);
            explainer.people.push(Person {
                id: id.clone(),
                name,
                role: ROLE_TODO.into(),
            });
            id
        }
    };

    let taken: HashSet<String> = explainer.quotes.iter().map(|q| q.id.clone()).collect();
    let id = id_from_words(&text, &found, &taken);
    let context = context.trim();
    let quote = Quote {
        id: id.clone(),
        speaker,
        text: text.clone(),
        prefix: found.prefix.clone(),
        suffix: found.suffix.clone(),
        context: if context.is_empty() {
            CONTEXT_TODO.into()
        } else {
            context.into()
        },
        // The journalist says the language, in the quote's form.
        language: None,
        spoken_in: None,
        original: None,
        translator: None,
        report: None,
    };
    // Quotes are kept in article order: before the first one that starts later.
    let selectors: Vec<TextQuoteSelector<'_>> = explainer.quotes.iter().map(selector).collect();
    let at = source
        .anchor_all(&selectors)
        .iter()
        .position(|anchored| anchored.as_ref().is_ok_and(|s| s.start > span.start))
        .unwrap_or(explainer.quotes.len());
    explainer.quotes.insert(at, quote);
    Ok(MadeQuote {
        id,
        text,
        occurrences,
        context: found,
    })
}

fn selector(quote: &Quote) -> TextQuoteSelector<'_> {
    TextQuoteSelector {
        exact: &quote.text,
        prefix: quote.prefix.as_deref(),
        suffix: quote.suffix.as_deref(),
    }
}

/// One word of a word-by-word comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordChange {
    /// In both.
    Same(String),
    /// In the quote, not in the article.
    Removed(String),
    /// In the article, not in the quote.
    Added(String),
}

/// Where a quote stands in the article as it is now written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteAnchoring {
    /// Found at exactly one place.
    Anchored {
        /// Where.
        span: Span,
        /// How many times the words occur (more than one: the prefix or suffix chose).
        occurrences: usize,
    },
    /// No words to look for.
    Empty,
    /// Not in the article: the closest passage and the word difference.
    NotFound {
        /// The most similar passage, if the article has words.
        closest: Option<String>,
        /// Quote → passage, word by word.
        changes: Vec<WordChange>,
    },
    /// The words occur, but never with this prefix and suffix.
    ContextMismatch {
        /// How many times the words occur.
        occurrences: usize,
    },
    /// The words occur more than once and nothing says which.
    Ambiguous {
        /// How many times.
        occurrences: usize,
    },
}

impl QuoteAnchoring {
    /// Anchors a quote in the source, as validation does.
    pub fn of(source: &SourceText, quote: &Quote) -> QuoteAnchoring {
        match source.anchor(selector(quote)) {
            Ok(span) => QuoteAnchoring::Anchored {
                span,
                // Found without a prefix or suffix, the words are there once
                // (twice would be ambiguous): no second pass over the text.
                occurrences: if quote.prefix.is_none() && quote.suffix.is_none() {
                    1
                } else {
                    occurrences(source, &quote.text).len()
                },
            },
            Err(AnchorError::Empty) => QuoteAnchoring::Empty,
            Err(AnchorError::NotFound { closest, .. }) => {
                let closest = closest.map(|span| source.slice(span).to_string());
                let changes = closest
                    .as_deref()
                    .map(|passage| word_changes(&quote.text, passage))
                    .unwrap_or_default();
                QuoteAnchoring::NotFound { closest, changes }
            }
            Err(AnchorError::ContextMismatch { count, .. }) => {
                QuoteAnchoring::ContextMismatch { occurrences: count }
            }
            Err(AnchorError::Ambiguous { count, .. }) => {
                QuoteAnchoring::Ambiguous { occurrences: count }
            }
            Err(AnchorError::TooManyPlaces) => QuoteAnchoring::Ambiguous {
                occurrences: occurrences(source, &quote.text).len(),
            },
        }
    }
}

/// The word-by-word difference from `quote` to `passage` (a longest common
/// subsequence of words; quotes are short, so the quadratic table is small).
pub fn word_changes(quote: &str, passage: &str) -> Vec<WordChange> {
    let from: Vec<&str> = quote.split_whitespace().collect();
    let to: Vec<&str> = passage.split_whitespace().collect();
    let (n, m) = (from.len(), to.len());
    // common[i][j]: the longest common run of from[i..] and to[j..].
    let mut common = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            common[i][j] = if from[i] == to[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut changes = Vec::new();
    while i < n || j < m {
        if i < n && j < m && from[i] == to[j] {
            changes.push(WordChange::Same(from[i].into()));
            i += 1;
            j += 1;
        } else if i < n && (j == m || common[i + 1][j] >= common[i][j + 1]) {
            changes.push(WordChange::Removed(from[i].into()));
            i += 1;
        } else {
            changes.push(WordChange::Added(to[j].into()));
            j += 1;
        }
    }
    changes
}

/// The quote of the article whose words stand exactly at the selected passage
/// (quotation marks and spaces around the selection left out, as making a
/// quote leaves them out), by index: making another would be a twin (issue
/// #28), so the Studio offers this one. Only quotes with the same words are
/// anchored, so a selection costs one pass over a few of them.
pub fn existing_quote(
    explainer: &Explainer,
    source: &SourceText,
    selection: Span,
) -> Option<usize> {
    if selection.end > source.text.len() || selection.start >= selection.end {
        return None;
    }
    let span = words_of(&source.text, selection);
    let words = normalize(source.text.get(span.start..span.end)?);
    if words.is_empty() {
        return None;
    }
    explainer.quotes.iter().position(|quote| {
        quote.report.is_none()
            && normalize(&quote.text) == words
            && source.anchor(selector(quote)) == Ok(span)
    })
}

/// Every place of the source where `words` stand, matched as anchoring matches
/// (quote marks, apostrophes and white space alike).
pub fn occurrences(source: &SourceText, words: &str) -> Vec<Span> {
    source.occurrences(words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::test_support::span_of;
    use crate::problems;
    use news_explainer::model::ProblemKind;
    use news_explainer::scaffold::{scaffold, Options};

    const ARTICLE: &str = "Lead — The talks opened on Monday.\nMinister Olena Bondar said: “We want peace.” Envoy Mark Hale said “we want peace” too, and added that talks would go on.\nThe envoy called it “a good start” and left.";

    fn draft() -> Explainer {
        let options = Options {
            published: "2026-11-29".into(),
            language: "en".into(),
        };
        scaffold(ARTICLE, &options)
    }

    #[test]
    fn a_twin_of_words_is_named_by_the_word_that_tells_it_apart() {
        let mut explainer = draft();
        explainer.quotes.clear();
        let first = span_of(&explainer, "want peace", 0);
        let second = span_of(&explainer, "want peace", 1);
        let one = make_quote(
            &mut explainer,
            first,
            Speaker::Existing("bondar".into()),
            "",
        );
        let two = make_quote(&mut explainer, second, Speaker::Existing("hale".into()), "");
        assert_eq!(one.unwrap().id, "want-peace");
        let two = two.unwrap();
        let prefix = two.context.prefix.clone().unwrap();
        // Led by a word of its prefix (not "we": the slug leaves it out).
        let (lead, rest) = two.id.split_once('-').unwrap();
        assert_eq!(rest, "want-peace", "{}", two.id);
        assert!(
            prefix.to_lowercase().contains(lead),
            "{} / {prefix}",
            two.id
        );
    }

    #[test]
    fn a_selection_that_is_a_quote_already_finds_that_quote() {
        let mut explainer = draft();
        let source = SourceText::new(&explainer.source);
        let good_start = explainer
            .quotes
            .iter()
            .position(|q| q.text == "a good start")
            .unwrap();
        // The words alone, or with their quotation marks and a space.
        let span = span_of(&explainer, "a good start", 0);
        assert_eq!(existing_quote(&explainer, &source, span), Some(good_start));
        let wider = Span {
            start: span.start - "“".len(),
            end: span.end + "” ".len(),
        };
        assert_eq!(existing_quote(&explainer, &source, wider), Some(good_start));
        // Fewer words, or the same words at another place, are not that quote.
        let part = span_of(&explainer, "good start", 0);
        assert_eq!(existing_quote(&explainer, &source, part), None);
        let said_twice = span_of(&explainer, "want peace", 1);
        let first = span_of(&explainer, "want peace", 0);
        make_quote(
            &mut explainer,
            first,
            Speaker::Existing("bondar".into()),
            "",
        )
        .unwrap();
        let made = explainer
            .quotes
            .iter()
            .position(|q| q.text == "want peace")
            .unwrap();
        assert_eq!(existing_quote(&explainer, &source, first), Some(made));
        assert_eq!(existing_quote(&explainer, &source, said_twice), None);
    }

    #[test]
    fn a_twin_made_anyway_is_a_warning_and_another_speaker_an_error() {
        let mut explainer = draft();
        let span = span_of(&explainer, "a good start", 0);
        let first = explainer
            .quotes
            .iter()
            .find(|q| q.text == "a good start")
            .unwrap()
            .clone();
        let made = make_quote(
            &mut explainer,
            span,
            Speaker::Existing(first.speaker.clone()),
            "",
        )
        .unwrap();
        let checked = problems::check(&explainer);
        assert_eq!(checked.errors(), 0);
        let twin = checked
            .problems
            .iter()
            .find(|p| matches!(*p.kind, ProblemKind::DuplicateQuote { .. }))
            .unwrap();
        assert_eq!(twin.severity(), problems::Severity::Warning);
        assert_eq!(
            *twin.kind,
            ProblemKind::DuplicateQuote {
                id: made.id.clone(),
                first: first.id.clone()
            }
        );
        assert!(twin.text().message.contains("quotes the same words"));
        let other = explainer
            .people
            .iter()
            .find(|p| p.id != first.speaker)
            .unwrap()
            .id
            .clone();
        let index = explainer
            .quotes
            .iter()
            .position(|q| q.id == made.id)
            .unwrap();
        explainer.quotes[index].speaker = other;
        let checked = problems::check(&explainer);
        assert_eq!(checked.errors(), 1);
        assert!(matches!(
            *checked.problems[0].kind,
            ProblemKind::ConflictingSpeakers { .. }
        ));
        assert!(checked.problems[0]
            .text()
            .message
            .contains("gives the words of quote"));
    }

    #[test]
    fn words_said_once_get_no_prefix_or_suffix() {
        let mut explainer = draft();
        let span = span_of(&explainer, "talks would go on", 0);
        let made = make_quote(&mut explainer, span, Speaker::Existing("hale".into()), "").unwrap();
        assert_eq!(made.occurrences, 1);
        assert_eq!(made.context, Context::default());
        let quote = explainer.quotes.iter().find(|q| q.id == made.id).unwrap();
        assert_eq!((quote.prefix.as_ref(), quote.suffix.as_ref()), (None, None));
        assert_eq!(quote.context, CONTEXT_TODO);
        assert!(made.describe().contains("occur once"));
    }

    #[test]
    fn words_said_twice_get_the_prefix_that_picks_the_selected_place() {
        let mut explainer = draft();
        let span = span_of(&explainer, "want peace", 1);
        let made = make_quote(
            &mut explainer,
            span,
            Speaker::Existing("hale".into()),
            "Echoes her.",
        )
        .unwrap();
        assert_eq!(made.occurrences, 2);
        let prefix = made.context.prefix.clone().unwrap();
        assert!(
            made.describe().contains("occur 2 times"),
            "{}",
            made.describe()
        );
        let source = SourceText::new(&explainer.source);
        let quote = explainer.quotes.iter().find(|q| q.id == made.id).unwrap();
        assert_eq!(quote.prefix.as_deref(), Some(prefix.as_str()));
        assert_eq!(source.anchor(selector(quote)), Ok(span));
        assert_eq!(problems::check(&explainer).errors(), 0);
    }

    #[test]
    fn quotation_marks_and_spaces_around_a_selection_are_left_out() {
        let mut explainer = draft();
        let marked = span_of(&explainer, " “a good start” ", 0);
        let made =
            make_quote(&mut explainer, marked, Speaker::Existing("hale".into()), "").unwrap();
        assert_eq!(made.text, "a good start");
    }

    #[test]
    fn a_new_speaker_becomes_a_person_and_the_quote_keeps_article_order() {
        let mut explainer = draft();
        let span = span_of(&explainer, "The talks opened", 0);
        let made = make_quote(
            &mut explainer,
            span,
            Speaker::New("Ivan Petrenko".into()),
            "",
        )
        .unwrap();
        let person = explainer.people.last().unwrap();
        assert_eq!(
            (person.id.as_str(), person.name.as_str()),
            ("ivan-petrenko", "Ivan Petrenko")
        );
        assert_eq!(explainer.quotes[0].id, made.id);
        assert_eq!(explainer.quotes[0].speaker, "ivan-petrenko");
    }

    #[test]
    fn a_selection_across_paragraphs_is_refused() {
        let mut explainer = draft();
        let from = span_of(&explainer, "Monday", 0);
        let to = span_of(&explainer, "Minister", 0);
        let span = Span {
            start: from.start,
            end: to.end,
        };
        let before = explainer.quotes.len();
        assert!(make_quote(&mut explainer, span, Speaker::Existing("hale".into()), "").is_err());
        assert_eq!(explainer.quotes.len(), before);
    }

    #[test]
    fn editing_a_quote_re_anchors_it_and_shows_the_closest_passage() {
        let mut explainer = draft();
        let source = SourceText::new(&explainer.source);
        let quote = &mut explainer.quotes[0];
        quote.text = "a good start".into();
        quote.prefix = None;
        assert!(matches!(
            QuoteAnchoring::of(&source, quote),
            QuoteAnchoring::Anchored { occurrences: 1, .. }
        ));
        quote.text = "a fine start".into();
        let QuoteAnchoring::NotFound { closest, changes } = QuoteAnchoring::of(&source, quote)
        else {
            panic!();
        };
        assert_eq!(closest.as_deref(), Some("a good start"));
        assert_eq!(
            changes,
            [
                WordChange::Same("a".into()),
                WordChange::Removed("fine".into()),
                WordChange::Added("good".into()),
                WordChange::Same("start".into()),
            ]
        );
        quote.text = "want peace".into();
        assert_eq!(
            QuoteAnchoring::of(&source, quote),
            QuoteAnchoring::Ambiguous { occurrences: 2 }
        );
        quote.text = String::new();
        assert_eq!(QuoteAnchoring::of(&source, quote), QuoteAnchoring::Empty);
    }
}
