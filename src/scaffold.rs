//! A first draft of an explainer from a plain-text article: what `explainer new`
//! writes and what the Studio starts from when a journalist pastes an article.
//!
//! The article is one paragraph per line (blank lines are ignored). The draft has
//! the article verbatim in sections, every quoted passage of the body as a quote
//! with a slug id and a guessed speaker, the speakers as people, an empty tracker,
//! and `TODO: …` wherever only an editor can know the answer. It passes
//! validation as it stands, and `explainer check` warns about each TODO left.
//!
//! Plain Rust with no web imports, in the library so that the command-line tool
//! and the Studio share one reading of an article. Nothing in the reader's widget
//! calls it, so link-time optimisation leaves it out of the widget's Wasm.

mod dates;
mod people;
mod quotes;
mod reporting;
mod slugs;
pub mod speaker_score;

use std::collections::{HashMap, HashSet};

use crate::model::anchor::{AnchorError, SourceText, TextQuoteSelector};
use crate::model::{Article, Explainer, Person, Quote, Section};

pub use dates::publication_date;
pub use slugs::{slug_words, unique_slug, UniqueSlugs};

use people::{attribute, find_people, Named, Sentence};
use quotes::{quotations, sentences, Quotation};

/// A line this long or longer is a paragraph, never a heading.
pub const MAX_HEADING_CHARS: usize = 80;

/// The role given to every person found: only an editor can say.
pub const ROLE_TODO: &str = "TODO: confirm role";

/// The context of a quote whose speaker only the draft guessed: a TODO like
/// every other, which `explainer check` warns about, and by which the Studio
/// marks the speaker as a guess until the journalist confirms or changes it
/// ([`speaker_is_guess`]).
pub const GUESSED_SPEAKER_CONTEXT: &str =
    "TODO: confirm the speaker (the draft guessed it), then say what this quote is about and why it matters.";

/// The context of a quote whose speaker is confirmed, until it is written.
pub const CONTEXT_TODO: &str = "TODO: what this quote is about and why it matters.";

/// True while `quote`'s speaker is the draft's guess, not yet confirmed.
pub fn speaker_is_guess(quote: &Quote) -> bool {
    quote.context == GUESSED_SPEAKER_CONTEXT
}

/// What `new` cannot find in the text.
#[derive(Clone, Debug)]
pub struct Options {
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// BCP 47 language tag of the article.
    pub language: String,
}

/// True when `line` ends a sentence: `.`, `?`, `!` or `…` (or the Arabic `؟`
/// and `۔`, or the full-width `。`, `？`, `！`), possibly followed by closing
/// quote marks or brackets. A line ending in `:`, `;` or `,` (or the Arabic `،`
/// and `؛`, or the full-width `：`, `；`, `，`, `、`) does not end a sentence but
/// leads on into the next one, so it counts here too.
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(|c| quotes::CLOSING_MARKS.contains(c))
        .ends_with(|c| ".?!…:;,؟۔،؛。？！：；，、".contains(c))
}

/// A line that could be a heading: shorter than [`MAX_HEADING_CHARS`] and not
/// ending like a sentence.
fn looks_like_heading(line: &str) -> bool {
    line.chars().count() <= MAX_HEADING_CHARS && !ends_sentence(line)
}

/// The heading heuristic: a line is a section heading when it is short (at most
/// [`MAX_HEADING_CHARS`] characters), does not end like a sentence (`.`, `?`, `!`,
/// `…`, `:`, `;`, `,`, possibly followed by a closing quote or bracket) and is
/// followed by a paragraph, that is a line that is not itself heading-like. So a
/// headline-like last line, or the first of two short lines in a row, stays a
/// paragraph.
pub fn is_heading(line: &str, next: Option<&str>) -> bool {
    looks_like_heading(line) && next.is_some_and(|next| !looks_like_heading(next))
}

/// The article's non-blank lines, trimmed, grouped into sections at headings.
/// Text before the first heading is a section without one.
pub fn sections(article: &str) -> Vec<Section> {
    let lines: Vec<&str> = article
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let mut sections: Vec<Section> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if is_heading(line, lines.get(index + 1).copied()) {
            sections.push(Section {
                heading: Some(line.to_string()),
                paragraphs: Vec::new(),
            });
        } else {
            match sections.last_mut() {
                Some(section) => section.paragraphs.push(line.to_string()),
                None => sections.push(Section {
                    heading: None,
                    paragraphs: vec![line.to_string()],
                }),
            }
        }
    }
    sections
}

/// How many quoted passages a line of an article holds, found as [`scaffold`]
/// finds them: the Studio counts a pasted article's quotes this way, line by
/// line between other work, to refuse one over the limit of quotes before
/// drafting it.
pub fn quotation_count(line: &str) -> usize {
    quotations(line).len()
}

/// The place in a leading "Place — " of the first paragraph ("Anchorage, Alaska
/// — A high-stakes…"), if it has one: at most 60 characters before an em or en
/// dash (or `--`), with no sentence inside.
pub fn dateline(paragraph: &str) -> Option<String> {
    let (place, _) = [" — ", " – ", " -- "]
        .iter()
        .filter_map(|dash| paragraph.split_once(dash))
        .min_by_key(|(place, _)| place.len())?;
    let place = place.trim();
    let plausible = !place.is_empty()
        && place.chars().count() <= 60
        && place.chars().next().is_some_and(char::is_uppercase)
        && !place.contains(['.', '?', '!', '“', '"']);
    plausible.then(|| place.to_string())
}

/// The UTC date of a time in seconds since 1970-01-01 as `YYYY-MM-DD`. The caller
/// reads the clock (the CLI from the system, the Studio from the browser), since
/// `std::time::SystemTime` has no clock on `wasm32-unknown-unknown`.
pub fn date_from_unix_seconds(seconds: u64) -> String {
    let (year, month, day) = civil_from_days((seconds / 86_400) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock (native builds only:
/// wasm32 has none).
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_unix_seconds(seconds)
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A quotation with where it was found.
struct Found<'a> {
    paragraph: &'a str,
    quotation: &'a Quotation,
    /// Index into the flat list of body sentences.
    sentence: usize,
}

/// Drafts an explainer from a plain-text article.
pub fn scaffold(article: &str, options: &Options) -> Explainer {
    let source = sections(article);
    let body: Vec<(&str, Vec<Quotation>)> = source
        .iter()
        .flat_map(|section| &section.paragraphs)
        .map(|paragraph| (paragraph.as_str(), quotations(paragraph)))
        .collect();

    let mut all_sentences = Vec::new();
    let mut found = Vec::new();
    for (paragraph, paragraph_quotes) in &body {
        for range in sentences(paragraph, paragraph_quotes) {
            for quotation in paragraph_quotes
                .iter()
                .filter(|q| range.contains(&q.outer.start))
            {
                found.push(Found {
                    paragraph,
                    quotation,
                    sentence: all_sentences.len(),
                });
            }
            all_sentences.push(Sentence {
                paragraph,
                range,
                quotations: paragraph_quotes,
            });
        }
    }

    let named = find_people(&body);
    let located: Vec<(usize, &Quotation)> =
        found.iter().map(|f| (f.sentence, f.quotation)).collect();
    let speakers = attribute(&all_sentences, &located, &named);

    let (people, speaker_ids) = speakers_as_people(&speakers, &named);

    let mut slugs = UniqueSlugs::default();
    let mut quotes: Vec<Quote> = found
        .iter()
        .zip(speaker_ids)
        .map(|(found, speaker)| {
            let text = &found.paragraph[found.quotation.inner.clone()];
            // Words in a script with no Latin spelling here (Chinese, Hebrew…)
            // give no slug: name the quote by its speaker instead.
            let id = if slug_words(text).is_empty() {
                slugs.claim(&format!("{speaker} quote"))
            } else {
                slugs.claim(text)
            };
            Quote {
                id,
                speaker,
                text: text.to_string(),
                prefix: None,
                suffix: None,
                context: GUESSED_SPEAKER_CONTEXT.into(),
                // The language spoken is not in the words: the editor says it.
                language: None,
                spoken_in: None,
                original: None,
                translator: None,
                report: None,
            }
        })
        .collect();
    disambiguate(&source, &found, &mut quotes);

    let dateline = source
        .first()
        .filter(|section| section.heading.is_none())
        .and_then(|section| section.paragraphs.first())
        .and_then(|paragraph| dateline(paragraph));
    Explainer {
        schema: None,
        article: Article {
            headline: "TODO: headline".into(),
            dek: "TODO: one or two sentences under the headline".into(),
            dateline: dateline.unwrap_or_else(|| "TODO: dateline".into()),
            published: options.published.clone(),
            publisher: None,
            url: None,
            language: options.language.clone(),
            live_coverage: None,
        },
        source,
        reports: Vec::new(),
        people,
        quotes,
        tracker: Vec::new(),
    }
}

/// A later report to add to an explainer: what [`add_report`] cannot find in
/// its text.
#[derive(Clone, Debug)]
pub struct NewReport {
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// The headline; without one, a `TODO` for an editor.
    pub headline: Option<String>,
    /// The report's URL, if it has one.
    pub url: Option<String>,
    /// The publishing newsroom, if known.
    pub publisher: Option<String>,
}

/// What [`add_report`] added, for the tool to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddedReport {
    /// The new report's id.
    pub id: String,
    /// Its sections.
    pub sections: usize,
    /// Quotes drafted from it.
    pub quotes: usize,
    /// People added (speakers the explainer did not have yet).
    pub people: usize,
}

/// Appends a later report to `explainer`: its text verbatim, every quoted
/// passage drafted as a quote the way [`scaffold`] drafts them (each naming
/// the report), and speakers the explainer does not know yet as people.
/// Quote and report ids never collide with existing ones: a repeated slug
/// gets `-2`, `-3`, …; a speaker whose id the explainer has is taken to be
/// that person.
pub fn add_report(explainer: &mut Explainer, text: &str, report: NewReport) -> AddedReport {
    let draft = scaffold(
        text,
        &Options {
            published: report.published.clone(),
            language: explainer.article.language.clone(),
        },
    );
    let taken_reports: HashSet<String> = explainer.reports.iter().map(|r| r.id.clone()).collect();
    let id = unique_slug(&format!("report {}", report.published), &taken_reports);
    let mut taken_quotes: HashSet<String> = explainer.quotes.iter().map(|q| q.id.clone()).collect();
    let mut added_people = 0;
    for person in draft.people {
        if explainer.person(&person.id).is_none() {
            explainer.people.push(person);
            added_people += 1;
        }
    }
    let drafted = draft.quotes.len();
    for mut quote in draft.quotes {
        let base = quote.id.clone();
        let mut n = 2;
        while taken_quotes.contains(&quote.id) {
            quote.id = format!("{base}-{n}");
            n += 1;
        }
        taken_quotes.insert(quote.id.clone());
        quote.report = Some(id.clone());
        explainer.quotes.push(quote);
    }
    let sections = draft.source.len();
    explainer.reports.push(crate::model::Report {
        id: id.clone(),
        headline: report
            .headline
            .unwrap_or_else(|| "TODO: the report's headline".into()),
        published: report.published,
        publisher: report.publisher,
        url: report.url,
        source: draft.source,
    });
    AddedReport {
        id,
        sections,
        quotes: drafted,
        people: added_people,
    }
}

/// The id of the stand-in person for quotes whose speaker was not found.
const UNKNOWN_SPEAKER: &str = "unknown-speaker";

/// The people entries for the speakers, in order of their first quote, and each
/// quote's speaker id. Ids come from surnames (`putin`), or from the full name
/// when two people share one; a quote with no speaker found gets a stand-in.
fn speakers_as_people(speakers: &[Option<usize>], named: &[Named]) -> (Vec<Person>, Vec<String>) {
    let mut people: Vec<Person> = Vec::new();
    let mut ids: HashMap<Option<usize>, String> = HashMap::new();
    let speaker_ids = speakers
        .iter()
        .map(|&speaker| {
            ids.entry(speaker)
                .or_insert_with(|| {
                    let taken: HashSet<String> = people.iter().map(|p| p.id.clone()).collect();
                    let (id, name) = match speaker {
                        Some(index) => {
                            let person = &named[index];
                            let id = slug_words(&person.surname).join("-");
                            let id = if id.is_empty() || taken.contains(&id) {
                                unique_slug(&person.name, &taken)
                            } else {
                                id
                            };
                            (id, person.name.clone())
                        }
                        None => (
                            unique_slug(UNKNOWN_SPEAKER, &taken),
                            "TODO: who said this".to_string(),
                        ),
                    };
                    people.push(Person {
                        id: id.clone(),
                        name,
                        role: ROLE_TODO.into(),
                    });
                    id
                })
                .clone()
        })
        .collect();
    (people, speaker_ids)
}

/// The most words of text around a repeated quote that a prefix or suffix takes.
const MAX_CONTEXT_WORDS: usize = 12;

/// Gives a quote whose words occur more than once in the source the shortest
/// prefix (words just before it, opening mark included) that tells it apart, or
/// failing that the shortest such suffix (the text just after it).
fn disambiguate(source: &[Section], found: &[Found<'_>], quotes: &mut [Quote]) {
    let text = SourceText::new(source);
    let contexts = {
        let wanted: Vec<QuoteInBlock<'_>> = quotes
            .iter()
            .zip(found)
            .map(|(quote, found)| QuoteInBlock {
                exact: &quote.text,
                before: &found.paragraph[..found.quotation.inner.start],
                after: &found.paragraph[found.quotation.inner.end..],
            })
            .collect();
        tell_apart_all(&text, &wanted)
    };
    for (quote, context) in quotes.iter_mut().zip(contexts) {
        quote.prefix = context.prefix;
        quote.suffix = context.suffix;
    }
}

/// What [`tell_apart`] adds to a selector: nothing, when the words occur once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// Text just before the words, when they need one.
    pub prefix: Option<String>,
    /// Text just after the words, when no prefix tells them apart.
    pub suffix: Option<String>,
}

/// One occurrence of a quote's words for [`tell_apart_all`]: the words, and the
/// text of their block before and after them.
#[derive(Clone, Copy, Debug)]
pub struct QuoteInBlock<'a> {
    /// The quote's words.
    pub exact: &'a str,
    /// The block's text before this occurrence.
    pub before: &'a str,
    /// The block's text after it.
    pub after: &'a str,
}

/// The prefix or suffix that picks out one occurrence of `exact` in `text`, where
/// `before` and `after` are the text of its block before and after that
/// occurrence. When the words occur only once, neither: a selector carries context
/// only where it must. Otherwise the shortest prefix of up to
/// [`MAX_CONTEXT_WORDS`] words that tells it apart, or failing that (at the start
/// of a paragraph) the shortest such suffix.
pub fn tell_apart(text: &SourceText, exact: &str, before: &str, after: &str) -> Context {
    tell_apart_all(
        text,
        &[QuoteInBlock {
            exact,
            before,
            after,
        }],
    )
    .pop()
    .unwrap_or_default()
}

/// [`tell_apart`] for many quotes at once, in two passes over the text whatever
/// their number: one finds the words that repeat, one tries every candidate
/// context of every repeated quote (each distinct selector once). Trying them
/// quote by quote read the whole text up to 25 times a quote, so a long article
/// with many repeats took minutes.
pub fn tell_apart_all(text: &SourceText, quotes: &[QuoteInBlock<'_>]) -> Vec<Context> {
    // Each distinct set of words once: a repeated article repeats its quotes, and
    // each answer lists every place the words occur.
    let mut distinct: HashMap<&str, usize> = HashMap::new();
    let mut bare = Vec::new();
    for quote in quotes {
        distinct.entry(quote.exact).or_insert_with(|| {
            bare.push(TextQuoteSelector {
                exact: quote.exact,
                prefix: None,
                suffix: None,
            });
            bare.len() - 1
        });
    }
    let repeated: Vec<bool> = text
        .anchor_all(&bare)
        .iter()
        .map(|outcome| matches!(outcome, Err(AnchorError::Ambiguous { .. })))
        .collect();
    let candidates: Vec<Vec<Context>> = quotes
        .iter()
        .map(|quote| {
            if repeated[distinct[quote.exact]] {
                candidate_contexts(quote)
            } else {
                Vec::new()
            }
        })
        .collect();
    type Key<'k> = (&'k str, Option<&'k str>, Option<&'k str>);
    let mut slots: HashMap<Key<'_>, usize> = HashMap::new();
    let mut selectors = Vec::new();
    for (quote, contexts) in quotes.iter().zip(&candidates) {
        for context in contexts {
            let selector = TextQuoteSelector {
                exact: quote.exact,
                prefix: context.prefix.as_deref(),
                suffix: context.suffix.as_deref(),
            };
            slots
                .entry((selector.exact, selector.prefix, selector.suffix))
                .or_insert_with(|| {
                    selectors.push(selector);
                    selectors.len() - 1
                });
        }
    }
    let outcomes = text.anchor_all(&selectors);
    quotes
        .iter()
        .zip(&candidates)
        .map(|(quote, contexts)| {
            contexts
                .iter()
                .find(|context| {
                    let slot = slots[&(
                        quote.exact,
                        context.prefix.as_deref(),
                        context.suffix.as_deref(),
                    )];
                    outcomes[slot].is_ok()
                })
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

/// The contexts [`tell_apart`] tries for one occurrence, in its order: prefixes
/// of 1 to [`MAX_CONTEXT_WORDS`] words, then suffixes of as many.
fn candidate_contexts(quote: &QuoteInBlock<'_>) -> Vec<Context> {
    let before: Vec<&str> = quote.before.split_whitespace().collect();
    let after: Vec<&str> = quote.after.split_whitespace().collect();
    let prefixes = (1..=before.len().min(MAX_CONTEXT_WORDS)).map(|count| Context {
        prefix: Some(before[before.len() - count..].join(" ")),
        suffix: None,
    });
    let suffixes = (1..=after.len().min(MAX_CONTEXT_WORDS)).map(|count| Context {
        prefix: None,
        suffix: Some(after[..count].join(" ")),
    });
    prefixes.chain(suffixes).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate;

    #[test]
    fn headings_are_short_unpunctuated_lines_before_a_paragraph() {
        let paragraph = "He spoke at length about the summit and what it meant for both countries.";
        assert!(is_heading("The Road Ahead", Some(paragraph)));
        assert!(is_heading(
            "Putin: “A Long-Overdue Dialogue”",
            Some(paragraph)
        ));
        assert!(is_heading("“Next Time in Moscow”", Some(paragraph)));
        // Sentence endings, even inside a closing quote, make a paragraph.
        assert!(!is_heading("It ended.", Some(paragraph)));
        assert!(!is_heading("“Next time in Moscow.”", Some(paragraph)));
        assert!(!is_heading("Was it worth it?", Some(paragraph)));
        assert!(!is_heading("He said:", Some(paragraph)));
        // Too long.
        assert!(!is_heading(&"word ".repeat(17), Some(paragraph)));
        // Not followed by a paragraph: last line, or followed by another short line.
        assert!(!is_heading("The Road Ahead", None));
        assert!(!is_heading("By Jane Doe", Some("The Road Ahead")));
        assert!(is_heading(
            "Short but last before a long line",
            Some(&"long ".repeat(17))
        ));
    }

    #[test]
    fn sections_split_at_headings() {
        let article = "Lead paragraph.\n\nFirst Heading\nOne.\nTwo.\n\n\nSecond Heading\nThree.\n";
        let found = sections(article);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].heading, None);
        assert_eq!(found[0].paragraphs, ["Lead paragraph."]);
        assert_eq!(found[1].heading.as_deref(), Some("First Heading"));
        assert_eq!(found[1].paragraphs, ["One.", "Two."]);
        assert_eq!(found[2].paragraphs, ["Three."]);
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("Anchorage, Alaska — A high-stakes meeting…").as_deref(),
            Some("Anchorage, Alaska")
        );
        assert_eq!(dateline("KYIV -- Sirens sounded.").as_deref(), Some("KYIV"));
        assert_eq!(dateline("No dash here."), None);
        assert_eq!(dateline("It ended. Then — nothing."), None);
        assert_eq!(dateline("“Quote” — said someone."), None);
    }

    #[test]
    fn dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_315), (2025, 8, 15));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(date_from_unix_seconds(1_755_216_000), "2025-08-15");
        assert_eq!(date_from_unix_seconds(1_755_302_399), "2025-08-15");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn today_is_a_date() {
        assert_eq!(today().len(), 10);
    }

    fn options() -> Options {
        Options {
            published: "2025-08-15".into(),
            language: "en".into(),
        }
    }

    #[test]
    fn a_repeated_quote_gets_a_prefix_and_validates() {
        let article = "Lead — He said “yes” on Monday. Later she said “yes” again.";
        let explainer = scaffold(article, &options());
        let prefixes: Vec<Option<&str>> = explainer
            .quotes
            .iter()
            .map(|q| q.prefix.as_deref())
            .collect();
        assert_eq!(prefixes, [Some("He said “"), Some("she said “")]);
        let json = serde_json::to_string(&explainer).unwrap();
        validate::load(&json).unwrap();
    }

    #[test]
    fn telling_many_quotes_apart_at_once_agrees_with_one_at_a_time() {
        let sections = sections(
            "“yes” was the first word.\n\
             He said “yes” on Monday. Later she said “yes” again, and “no” once.\n\
             Then “yes” and “yes” closed it.",
        );
        let text = SourceText::new(&sections);
        let mut wanted = Vec::new();
        for section in &sections {
            for paragraph in &section.paragraphs {
                for (start, exact) in paragraph
                    .match_indices("yes")
                    .chain(paragraph.match_indices("no"))
                {
                    wanted.push(QuoteInBlock {
                        exact,
                        before: &paragraph[..start],
                        after: &paragraph[start + exact.len()..],
                    });
                }
            }
        }
        let one_by_one: Vec<Context> = wanted
            .iter()
            .map(|q| tell_apart(&text, q.exact, q.before, q.after))
            .collect();
        assert_eq!(tell_apart_all(&text, &wanted), one_by_one);
        // Some need a prefix, the one at a paragraph's start a suffix, and the
        // word said once needs neither.
        assert!(one_by_one.iter().any(|c| c.prefix.is_some()));
        assert!(one_by_one.iter().any(|c| c.suffix.is_some()));
        assert!(one_by_one.contains(&Context::default()));
    }

    #[test]
    fn a_repeat_at_a_paragraph_start_gets_a_suffix() {
        let article = "Lead.\n“Yes,” he said. “Yes,” she said.";
        let explainer = scaffold(article, &options());
        let context: Vec<(Option<&str>, Option<&str>)> = explainer
            .quotes
            .iter()
            .map(|q| (q.prefix.as_deref(), q.suffix.as_deref()))
            .collect();
        assert_eq!(context, [(None, Some(",” he")), (Some("said. “"), None)]);
        let json = serde_json::to_string(&explainer).unwrap();
        validate::load(&json).unwrap();
    }

    #[test]
    fn quotes_in_headings_are_not_quotes() {
        let article =
            "Putin: “A Long Dialogue”\nPresident Putin called it “long overdue” on Friday.";
        let explainer = scaffold(article, &options());
        let texts: Vec<&str> = explainer.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["long overdue"]);
        assert_eq!(explainer.people[0].id, "putin");
        assert_eq!(explainer.article.dateline, "TODO: dateline");
    }

    #[test]
    fn quotes_in_other_scripts_get_ids_from_their_words_or_their_speaker() {
        let article = "Foreign Minister Sergei Lavrov said: «Следующий раз — в Москве». \
            Lavrov added: “اتفقنا.” Then Lavrov said: 「下次在莫斯科」 and left.";
        let explainer = scaffold(article, &options());
        let ids: Vec<&str> = explainer.quotes.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            ids,
            ["sleduyushchiy-raz-v-moskve", "atfqna", "lavrov-quote"]
        );
        assert_eq!(explainer.quotes[0].text, "Следующий раз — в Москве");
        let json = serde_json::to_string(&explainer).unwrap();
        validate::load(&json).unwrap();
    }

    #[test]
    fn an_unattributed_quote_gets_a_placeholder_speaker_and_validates() {
        let explainer = scaffold("“Nobody said this” in the text.", &options());
        assert_eq!(explainer.quotes[0].speaker, "unknown-speaker");
        assert_eq!(explainer.people[0].name, "TODO: who said this");
        let json = serde_json::to_string(&explainer).unwrap();
        validate::load(&json).unwrap();
    }
}
