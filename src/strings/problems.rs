//! The content problems in words: the one place a [`ProblemKind`] becomes
//! text, for the widget's error box, `explainer check` and the Studio alike.
//!
//! Beside the other strings rather than in the model, so the model names what
//! is wrong and never imports the interface's words (`model/problem.rs` says
//! what, this file says how it reads, in every locale).

use std::fmt;

use super::{english, ProblemText, Strings};
use crate::model::bidi::code_point;
use crate::model::limits::MAX_ID_LEN;
use crate::model::problem::{ListItem, Listing, Problem, ProblemKind, Referent, Subject};
use crate::model::Status;

impl Strings {
    /// A content problem in words: the one place a [`ProblemKind`] becomes text,
    /// for the widget's error box, `explainer check` and the Studio alike.
    pub fn problem(&self, kind: &ProblemKind) -> ProblemText {
        let (message, hint) = match kind {
            ProblemKind::InvalidJson {
                reason,
                line,
                column,
            }
            | ProblemKind::WrongShape {
                reason,
                line,
                column,
            } => (
                self.fill(
                    "problem_invalid_json",
                    &[
                        ("reason", reason),
                        ("line", &line.to_string()),
                        ("column", &column.to_string()),
                    ],
                ),
                None,
            ),
            ProblemKind::EmptyField { field } => {
                (self.fill("problem_empty_field", &[("field", field)]), None)
            }
            ProblemKind::EmptyList { item } => (
                self.text(match item {
                    ListItem::Section => "problem_empty_sections",
                    ListItem::Paragraph => "problem_empty_paragraphs",
                    ListItem::Evidence => "problem_empty_evidence",
                    ListItem::HistoryEntry => "problem_empty_history",
                })
                .into(),
                None,
            ),
            ProblemKind::EmptyParagraph => (self.text("problem_empty_paragraph").into(), None),
            ProblemKind::NotADate { value } => (
                self.fill("problem_not_a_date", &[("value", value)]),
                Some(self.text("problem_not_a_date_hint").into()),
            ),
            ProblemKind::NotALanguageTag { value } => (
                self.fill("problem_not_a_language_tag", &[("value", value)]),
                Some(self.text("problem_not_a_language_tag_hint").into()),
            ),
            ProblemKind::NotAnAbsoluteUrl { value } => (
                self.fill("problem_not_an_absolute_url", &[("value", value)]),
                None,
            ),
            ProblemKind::NotASlug { id } => (
                self.fill("problem_not_a_slug", &[("id", id)]),
                Some(self.text("problem_not_a_slug_hint").into()),
            ),
            ProblemKind::IdTooLong { start, length } => (
                self.fill(
                    "problem_id_too_long",
                    &[
                        ("start", start),
                        ("length", &length.to_string()),
                        ("limit", &MAX_ID_LEN.to_string()),
                    ],
                ),
                Some(self.text("problem_id_too_long_hint").into()),
            ),
            ProblemKind::IdClash { id, element, other } => (
                self.fill("problem_id_clash", &[("id", id), ("element", element)]),
                Some(match other {
                    Some(other) => self.fill("problem_id_clash_hint", &[("other", other)]),
                    None => self.text("problem_id_clash_widget_hint").into(),
                }),
            ),
            ProblemKind::DuplicateId { id, first } => (
                self.fill("problem_duplicate_id", &[("id", id)]),
                Some(self.fill("problem_duplicate_id_hint", &[("first", first)])),
            ),
            ProblemKind::UnknownStatus { value } => {
                let known: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
                let known = known.join(self.text("list_separator"));
                (
                    self.fill("problem_unknown_status", &[("value", value)]),
                    Some(self.fill("problem_unknown_status_hint", &[("known", &known)])),
                )
            }
            ProblemKind::UnknownReference {
                referent,
                id,
                known,
            } => {
                let (message, hint, none) = match referent {
                    Referent::Person => (
                        "problem_unknown_person",
                        "problem_unknown_person_hint",
                        "problem_no_person_ids",
                    ),
                    Referent::Quote => (
                        "problem_unknown_quote",
                        "problem_unknown_quote_hint",
                        "problem_no_quote_ids",
                    ),
                    Referent::Report => (
                        "problem_unknown_report",
                        "problem_unknown_report_hint",
                        "problem_no_report_ids",
                    ),
                };
                (
                    self.fill(message, &[("id", id)]),
                    Some(if known.total() == 0 {
                        self.text(none).into()
                    } else {
                        let listed = self.listed(known, self.text("list_separator"));
                        self.fill(hint, &[("known", &listed)])
                    }),
                )
            }
            ProblemKind::NoText { subject } => (
                self.fill("problem_no_text", &[("subject", &self.subject(subject))]),
                None,
            ),
            ProblemKind::NotInSource {
                subject,
                text,
                closest,
                bounded,
            } => (
                self.fill(
                    "problem_not_in_source",
                    &[("subject", &self.subject(subject)), ("text", text)],
                ),
                match (closest, bounded) {
                    (Some(closest), false) => {
                        Some(self.fill("problem_closest", &[("closest", closest)]))
                    }
                    (Some(closest), true) => {
                        Some(self.fill("problem_closest_bounded", &[("closest", closest)]))
                    }
                    (None, true) => Some(self.text("problem_closest_not_searched").into()),
                    (None, false) => None,
                },
            ),
            ProblemKind::Ambiguous {
                subject,
                text,
                places,
            } => (
                self.count(
                    "problem_ambiguous",
                    places.total(),
                    &[("subject", &self.subject(subject)), ("text", text)],
                ),
                Some(self.fill(
                    "problem_ambiguous_hint",
                    &[("places", &self.quoted_places(places))],
                )),
            ),
            ProblemKind::ContextMismatch { subject, places } => (
                self.count(
                    "problem_context_mismatch",
                    places.total(),
                    &[("subject", &self.subject(subject))],
                ),
                Some(self.fill(
                    "problem_context_mismatch_hint",
                    &[("places", &self.quoted_places(places))],
                )),
            ),
            ProblemKind::HistoryOutOfOrder => {
                (self.text("problem_history_out_of_order").into(), None)
            }
            ProblemKind::OriginalLanguageDiffers {
                spoken_in,
                original,
            } => (
                self.fill(
                    "problem_original_language_differs",
                    &[("spoken_in", spoken_in), ("original", original)],
                ),
                Some(self.text("problem_original_language_differs_hint").into()),
            ),
            ProblemKind::NotATranslation { field, language } => (
                self.fill(
                    "problem_not_a_translation",
                    &[("field", field), ("language", language)],
                ),
                Some(self.text("problem_not_a_translation_hint").into()),
            ),
            ProblemKind::ReportOutOfOrder {
                published,
                previous,
            } => (
                self.fill(
                    "problem_report_out_of_order",
                    &[("published", published), ("previous", previous)],
                ),
                Some(self.text("problem_report_out_of_order_hint").into()),
            ),
            ProblemKind::CoverageEndsBeforeStart { end, start } => (
                self.fill(
                    "problem_coverage_ends_before_start",
                    &[("end", end), ("start", start)],
                ),
                Some(self.text("problem_coverage_ends_before_start_hint").into()),
            ),
            ProblemKind::HistoryBeforeReport {
                date,
                report,
                published,
            } => (
                self.fill(
                    "problem_history_before_report",
                    &[("date", date), ("report", report), ("published", published)],
                ),
                Some(self.text("problem_history_before_report_hint").into()),
            ),
            ProblemKind::StatusDisagreesWithHistory { status, latest } => (
                self.fill(
                    "problem_status_disagrees",
                    &[("status", status), ("latest", latest)],
                ),
                Some(self.text("problem_status_disagrees_hint").into()),
            ),
            ProblemKind::DuplicateQuote { id, first } => (
                self.fill("problem_duplicate_quote", &[("id", id), ("first", first)]),
                Some(self.fill(
                    "problem_duplicate_quote_hint",
                    &[("id", id), ("first", first)],
                )),
            ),
            ProblemKind::ConflictingSpeakers {
                id,
                speaker,
                first,
                first_speaker,
            } => (
                self.fill(
                    "problem_conflicting_speakers",
                    &[
                        ("id", id),
                        ("speaker", speaker),
                        ("first", first),
                        ("first_speaker", first_speaker),
                    ],
                ),
                Some(self.text("problem_conflicting_speakers_hint").into()),
            ),
            ProblemKind::Placeholder { text } => (
                self.fill("problem_placeholder", &[("text", text)]),
                Some(self.text("problem_placeholder_hint").into()),
            ),
            ProblemKind::ContentTooLarge { bytes, limit } => (
                self.fill(
                    "problem_content_too_large",
                    &[
                        ("size", &self.megabytes(*bytes)),
                        ("limit", &self.megabytes(*limit)),
                    ],
                ),
                Some(self.text("problem_content_too_large_hint").into()),
            ),
            ProblemKind::TooManyQuotes { count, limit } => (
                self.fill(
                    "problem_too_many_quotes",
                    &[("count", &count.to_string()), ("limit", &limit.to_string())],
                ),
                Some(self.text("problem_too_many_quotes_hint").into()),
            ),
            ProblemKind::PrefixOrSuffixTooLong {
                field,
                chars,
                limit,
            } => (
                self.fill(
                    "problem_prefix_or_suffix_too_long",
                    &[
                        ("field", field),
                        ("chars", &chars.to_string()),
                        ("limit", &limit.to_string()),
                    ],
                ),
                Some(self.text("problem_prefix_or_suffix_too_long_hint").into()),
            ),
            ProblemKind::TooManyPlaces { subject, limit } => (
                self.fill(
                    "problem_too_many_places",
                    &[
                        ("subject", &self.subject(subject)),
                        ("limit", &limit.to_string()),
                    ],
                ),
                Some(self.text("problem_too_many_places_hint").into()),
            ),
            ProblemKind::TooManyTrackerItems { count, limit } => (
                self.fill(
                    "problem_too_many_tracker_items",
                    &[("count", &count.to_string()), ("limit", &limit.to_string())],
                ),
                Some(self.text("problem_too_many_tracker_items_hint").into()),
            ),
            ProblemKind::BidiControlInQuote {
                subject,
                field,
                character,
                at,
            } => self.character_in_quote(
                (
                    "problem_bidi_control_in_quote",
                    "problem_bidi_control_in_quote_hint",
                ),
                subject,
                field,
                *character,
                *at,
            ),
            ProblemKind::HiddenCharacterInQuote {
                subject,
                field,
                character,
                at,
            } => self.character_in_quote(
                (
                    "problem_hidden_character_in_quote",
                    "problem_hidden_character_in_quote_hint",
                ),
                subject,
                field,
                *character,
                *at,
            ),
            ProblemKind::BidiControlInText {
                character,
                at,
                excerpt,
            } => (
                self.fill(
                    "problem_bidi_control_in_text",
                    &[
                        ("character", &code_point(*character)),
                        ("at", &at.to_string()),
                        ("excerpt", excerpt),
                    ],
                ),
                Some(self.text("problem_bidi_control_in_text_hint").into()),
            ),
        };
        ProblemText { message, hint }
    }

    /// A character a quote may not hold (a direction control, or another
    /// invisible one): the two kinds differ only in their words, `keys`
    /// (message, hint).
    fn character_in_quote(
        &self,
        (message, hint): (&'static str, &'static str),
        subject: &Subject,
        field: &str,
        character: char,
        at: usize,
    ) -> (String, Option<String>) {
        (
            self.fill(
                message,
                &[
                    ("subject", &self.subject(subject)),
                    ("field", field),
                    ("character", &code_point(character)),
                    ("at", &at.to_string()),
                ],
            ),
            Some(self.text(hint).into()),
        )
    }

    /// The quote or passage a problem is about, to open its message.
    fn subject(&self, subject: &Subject) -> String {
        match subject {
            Subject::Quote { id } => self.fill("subject_quote", &[("id", id)]),
            Subject::Evidence { deal, index } => self.fill(
                "subject_evidence",
                &[("index", &index.to_string()), ("deal", deal)],
            ),
        }
    }

    /// The items joined, then "and N more" when some were left out.
    fn listed(&self, listing: &Listing, separator: &str) -> String {
        let mut text = listing.shown.join(separator);
        if listing.more > 0 {
            text.push_str(separator);
            text.push_str(&self.fill("list_more", &[("count", &listing.more.to_string())]));
        }
        text
    }

    /// Places in the source, each in quotation marks.
    fn quoted_places(&self, places: &Listing) -> String {
        let quoted = Listing {
            shown: places
                .shown
                .iter()
                .map(|place| self.quoted(place))
                .collect(),
            more: places.more,
        };
        self.listed(&quoted, self.text("places_separator"))
    }

    /// A size in bytes as megabytes for people: `16000000` → `16 MB`,
    /// `16500000` → `16.5 MB` (`16,5 МБ` in Russian).
    fn megabytes(&self, bytes: usize) -> String {
        let tenths = (bytes + 50_000) / 100_000;
        let value = match tenths % 10 {
            0 => format!("{}", tenths / 10),
            fraction => format!(
                "{}{}{fraction}",
                tenths / 10,
                self.text("decimal_separator")
            ),
        };
        self.fill("megabytes", &[("value", &value)])
    }
}

impl fmt::Display for Problem {
    /// The path, the message and the hint in English, for logs and terminals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = english().problem(&self.kind);
        write!(f, "{}: {}", self.path, text.message)?;
        if let Some(hint) = &text.hint {
            write!(f, "\n  {hint}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::Locale;

    #[test]
    fn problems_read_in_the_locale() {
        let kind = ProblemKind::Ambiguous {
            subject: Subject::Quote { id: "q".into() },
            text: "да".into(),
            places: Listing {
                shown: vec!["Да.".into(), "да!".into()],
                more: 0,
            },
        };
        let text = Locale::Ru.strings().problem(&kind);
        assert_eq!(
            text.message,
            "Цитата «q»: встречается в источнике 2 раза: «да»."
        );
        assert_eq!(
            text.hint.as_deref(),
            Some("Добавьте `prefix` или `suffix`, чтобы указать, какое вхождение имеется в виду. Вхождения: «Да.»; «да!».")
        );
        let size = ProblemKind::ContentTooLarge {
            bytes: 16_540_000,
            limit: 16_000_000,
        };
        assert!(Locale::Ru
            .strings()
            .problem(&size)
            .message
            .contains("16,5 МБ"));
    }

    #[test]
    fn long_lists_in_problems_end_with_how_many_more() {
        let kind = ProblemKind::UnknownReference {
            referent: Referent::Person,
            id: "biden".into(),
            known: Listing {
                shown: vec!["putin".into(), "trump".into()],
                more: 5,
            },
        };
        let text = english().problem(&kind);
        assert_eq!(text.message, "No person has the id “biden”.");
        assert_eq!(
            text.hint.as_deref(),
            Some("Known person ids: putin, trump, and 5 more.")
        );
        let kind = ProblemKind::ContextMismatch {
            subject: Subject::Evidence {
                deal: "moscow".into(),
                index: 1,
            },
            places: Listing {
                shown: vec!["One.".into()],
                more: 2,
            },
        };
        let text = english().problem(&kind);
        assert_eq!(
            text.message,
            "Evidence 1 of “moscow” occurs 3 time(s), but never with the given prefix/suffix."
        );
        assert_eq!(
            text.hint.as_deref(),
            Some("It occurs at: “One.”; and 2 more.")
        );
    }

    #[test]
    fn a_reference_with_nothing_to_refer_to_says_so() {
        let kind = ProblemKind::UnknownReference {
            referent: Referent::Quote,
            id: "q".into(),
            known: Listing::default(),
        };
        assert_eq!(
            english().problem(&kind).hint.as_deref(),
            Some("There are no quote ids to refer to yet.")
        );
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(english().megabytes(16_000_000), "16 MB");
        assert_eq!(english().megabytes(16_540_000), "16.5 MB");
        assert_eq!(english().megabytes(999), "0 MB");
    }
}
