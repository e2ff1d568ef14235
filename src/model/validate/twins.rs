//! Quotes of one passage (issue #28): two quotes whose words anchor on the same
//! place of the same report give readers two cards of one passage. With one
//! speaker that is a warning ([`ProblemKind::DuplicateQuote`]); with two, the
//! same words are given to two people, an error
//! ([`ProblemKind::ConflictingSpeakers`]).
//!
//! The places are sorted, not compared pairwise, so 10,000 quotes cost a sort,
//! not fifty million comparisons.

use crate::model::anchor::Span;
use crate::model::explainer::Quote;
use crate::model::problem::{Problem, ProblemKind};

/// For every quote whose place an earlier quote already has, a problem at its
/// `text`, naming the first quote of that place. `spans` are the quotes'
/// places, parallel to `quotes`; an empty span (words that did not anchor) is
/// no place and is skipped. Errors and warnings come out separately, each in
/// the quotes' order.
pub(super) fn twins(quotes: &[Quote], spans: &[Span]) -> (Vec<Problem>, Vec<Problem>) {
    let mut order: Vec<usize> = (0..spans.len().min(quotes.len()))
        .filter(|&index| spans[index].start < spans[index].end)
        .collect();
    order.sort_unstable_by_key(|&index| (spans[index].start, spans[index].end, index));
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut first = None;
    for &index in &order {
        match first {
            Some(earlier) if spans[earlier] == spans[index] => found.push((index, earlier)),
            _ => first = Some(index),
        }
    }
    found.sort_unstable();
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for (index, earlier) in found {
        let (quote, first) = (&quotes[index], &quotes[earlier]);
        let path = format!("$.quotes[{index}].text");
        if quote.speaker == first.speaker {
            let kind = ProblemKind::DuplicateQuote {
                id: quote.id.clone(),
                first: first.id.clone(),
            };
            warnings.push(Problem::new(kind, path));
        } else {
            let kind = ProblemKind::ConflictingSpeakers {
                id: quote.id.clone(),
                speaker: quote.speaker.clone(),
                first: first.id.clone(),
                first_speaker: first.speaker.clone(),
            };
            errors.push(Problem::new(kind, path));
        }
    }
    (errors, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(id: &str, speaker: &str) -> Quote {
        serde_json::from_value(serde_json::json!({
            "id": id, "speaker": speaker, "text": "words", "context": "C"
        }))
        .unwrap()
    }

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn one_passage_twice_is_a_warning_naming_both() {
        let quotes = [quote("a", "p"), quote("b", "q"), quote("a-2", "p")];
        let spans = [span(0, 5), span(10, 15), span(0, 5)];
        let (errors, warnings) = twins(&quotes, &spans);
        assert_eq!(errors, []);
        assert_eq!(
            warnings,
            [Problem::new(
                ProblemKind::DuplicateQuote {
                    id: "a-2".into(),
                    first: "a".into()
                },
                "$.quotes[2].text"
            )]
        );
    }

    #[test]
    fn one_passage_given_to_two_speakers_is_an_error() {
        let quotes = [quote("x", "p"), quote("y", "q")];
        let (errors, warnings) = twins(&quotes, &[span(3, 9), span(3, 9)]);
        assert_eq!(warnings, []);
        assert_eq!(
            errors,
            [Problem::new(
                ProblemKind::ConflictingSpeakers {
                    id: "y".into(),
                    speaker: "q".into(),
                    first: "x".into(),
                    first_speaker: "p".into()
                },
                "$.quotes[1].text"
            )]
        );
    }

    #[test]
    fn overlapping_places_and_unanchored_words_are_not_twins() {
        let quotes = [
            quote("a", "p"),
            quote("b", "q"),
            quote("c", "p"),
            quote("d", "q"),
        ];
        // A phrase inside a longer quote, and two quotes that did not anchor.
        let spans = [span(0, 20), span(5, 10), span(0, 0), span(0, 0)];
        assert_eq!(twins(&quotes, &spans), (vec![], vec![]));
    }

    #[test]
    fn ten_thousand_quotes_of_one_passage_are_checked_in_one_sort() {
        let quotes: Vec<Quote> = (0..10_000).map(|i| quote(&format!("q-{i}"), "p")).collect();
        let spans = vec![span(1, 4); quotes.len()];
        let (errors, warnings) = twins(&quotes, &spans);
        assert!(errors.is_empty());
        assert_eq!(warnings.len(), 9_999);
        // Each names the first quote of the place, in the quotes' order.
        assert_eq!(warnings[0].path, "$.quotes[1].text");
        assert!(warnings.iter().all(|w| matches!(
            &w.kind,
            ProblemKind::DuplicateQuote { first, .. } if first == "q-0"
        )));
    }
}
