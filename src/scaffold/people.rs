//! Who is speaking: people named in the article, and the likely speaker of each
//! quote. A first guess for an editor to confirm, never more.
//!
//! A person is a run of one to three capitalised words that follows a title
//! ("U.S. President Donald Trump", "President Putin", "Foreign Minister Sergei
//! Lavrov") or stands next to a verb of speech ("Trump said:", "said Putin").
//! After that any mention of their surname counts ("Putin underscored…").
//!
//! The speaker of a quote, in order of preference:
//! 1. a person next to a verb of speech in the quote's sentence ("Trump said: “…”");
//! 2. when a *he* or *she* comes before the quote and before any name in its
//!    sentence ("He called the meeting “…”"; "He thanked Trump for his “…”"), the
//!    first person named in the previous sentence, else the previous quote's speaker;
//! 3. the first person named in the sentence before the quote (usually its subject);
//! 4. the first person named after the quote in the sentence;
//! 5. the first person named in the previous sentence.
//!
//! Words inside quotation marks are never taken for names.

use std::collections::HashMap;
use std::ops::Range;

use super::quotes::Quotation;
use crate::strings::MONTHS;

/// Titles that come before a name (compared without a trailing period, and
/// case-insensitively, so "spokesman Dmitry Peskov" counts too).
const TITLES: &[&str] = &[
    "president",
    "minister",
    "chancellor",
    "secretary",
    "senator",
    "sen",
    "representative",
    "rep",
    "governor",
    "gov",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen",
    "admiral",
    "colonel",
    "mr",
    "mrs",
    "ms",
    "dr",
    "professor",
    "prof",
    "judge",
    "justice",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "commissioner",
    "premier",
    "leader",
];

/// Verbs of speech: a name next to one is speaking.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "replied",
    "wrote",
    "writes",
    "declared",
    "stated",
    "insisted",
    "warned",
    "noted",
    "explained",
    "argued",
    "remarked",
    "tweeted",
    "posted",
    "announced",
    "acknowledged",
    "claimed",
];

/// Verbs of speech that also come before their speaker ("…,” said Putin).
const INVERTED_SPEECH_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "asked", "replied", "wrote", "writes",
];

/// Capitalised words that are never names (and months: [`is_month`]).
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "And",
    "But",
    "Yet",
    "Or",
    "For",
    "So",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "While",
    "After",
    "Before",
    "When",
    "If",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// True for a month's name, which is never a person's. "May" is left out: it is a
/// surname too ("Theresa May said…").
fn is_month(word: &str) -> bool {
    word != "May" && MONTHS.contains(&word)
}

/// A person found in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The fullest form of the name found ("Donald Trump").
    pub name: String,
    /// The surname, particles included ("Trump", "von der Leyen"): the id's source.
    pub surname: String,
    /// The name's last word, by which later mentions are recognised ("Leyen").
    pub key: String,
}

/// A word of a paragraph: its core (edge punctuation and a possessive *’s*
/// removed) and what follows the core directly.
#[derive(Clone, Debug)]
struct Word<'a> {
    start: usize,
    core: &'a str,
    /// Punctuation right after the core ("," in "Putin,"), possessive excluded.
    trailing: &'a str,
    possessive: bool,
}

fn words(paragraph: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut offset = 0;
    for raw in paragraph.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += raw.len();
        let raw = raw.trim_end();
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let body = &raw[lead..];
        let core_len = body.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let (full, trailing) = body.split_at(core_len);
        let stem = full.strip_suffix("’s").or_else(|| full.strip_suffix("'s"));
        let (core, possessive) = stem.map_or((full, false), |stem| (stem, true));
        if !core.is_empty() {
            words.push(Word {
                start: start + lead,
                core,
                trailing,
                possessive,
            });
        }
    }
    words
}

/// Words of a text that lie outside every quotation. The quotations come in
/// the order of the text and do not overlap, so each word is looked up by a
/// binary search, not against every quotation: a long paragraph of many quotes
/// stays linear.
fn words_outside<'a>(paragraph: &'a str, quotations: &[Quotation]) -> Vec<Word<'a>> {
    words(paragraph)
        .into_iter()
        .filter(|word| {
            let after = quotations.partition_point(|q| q.outer.start <= word.start);
            !after
                .checked_sub(1)
                .is_some_and(|last| quotations[last].outer.contains(&word.start))
        })
        .collect()
}

/// The words outside quotations of each sentence, each paragraph's words found
/// once: attribution looks at a sentence and the one before it for every
/// quote, and reading the whole paragraph again each time made a long article
/// quadratic (a 1 MB article took seconds).
fn words_by_sentence<'a>(sentences: &[Sentence<'a>]) -> Vec<Vec<Word<'a>>> {
    let mut result = Vec::with_capacity(sentences.len());
    let mut paragraph_words: (Option<*const u8>, Vec<Word<'a>>) = (None, Vec::new());
    for sentence in sentences {
        let key = Some(sentence.paragraph.as_ptr());
        if paragraph_words.0 != key {
            paragraph_words = (key, words_outside(sentence.paragraph, sentence.quotations));
        }
        let words = &paragraph_words.1;
        let from = words.partition_point(|w| w.start < sentence.range.start);
        let to = words.partition_point(|w| w.start < sentence.range.end);
        result.push(words[from..to].to_vec());
    }
    result
}

fn is_name_word(word: &Word<'_>) -> bool {
    let mut chars = word.core.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let all_upper = word
        .core
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    first_upper
        && !all_upper
        && word.core.chars().count() >= 2
        && word
            .core
            .chars()
            .all(|c| c.is_alphabetic() || "-’'.".contains(c))
        && !NOT_NAMES.contains(&word.core)
        && !is_month(word.core)
        && !is_title(word)
}

fn is_title(word: &Word<'_>) -> bool {
    let core = word.core.trim_end_matches('.').to_lowercase();
    TITLES.contains(&core.as_str())
}

fn is_speech_verb(word: &Word<'_>, verbs: &[&str]) -> bool {
    verbs.contains(&word.core.to_lowercase().as_str())
}

/// Lowercase words that stand inside names ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
    "al", "ter", "dos", "das",
];

/// The most capitalised words a name takes (particles not counted).
const MAX_NAME_WORDS: usize = 3;

fn is_particle(word: &Word<'_>) -> bool {
    PARTICLES.contains(&word.core) && word.trailing.is_empty() && !word.possessive
}

/// Joins name words, leaving out particles at either end.
fn join_name(mut parts: Vec<&str>) -> Option<String> {
    while parts.last().is_some_and(|p| PARTICLES.contains(p)) {
        parts.pop();
    }
    let first = parts.iter().position(|p| !PARTICLES.contains(p))?;
    Some(parts[first..].join(" "))
}

/// The name that starts at `words[from]`: capitalised words (and particles
/// between them), stopping after a word followed by punctuation.
fn name_after(words: &[Word<'_>], from: usize) -> Option<String> {
    let mut parts = Vec::new();
    let mut names = 0;
    for word in words.iter().skip(from) {
        if is_name_word(word) {
            parts.push(word.core);
            names += 1;
            if word.possessive || !word.trailing.is_empty() || names == MAX_NAME_WORDS {
                break;
            }
        } else if is_particle(word) && !parts.is_empty() {
            parts.push(word.core);
        } else {
            break;
        }
    }
    join_name(parts)
}

/// The name that ends just before `words[to]`: capitalised words (and particles
/// between them), none followed by punctuation or possessive.
fn name_before(words: &[Word<'_>], to: usize) -> Option<String> {
    let mut parts = Vec::new();
    let mut names = 0;
    for word in words[..to].iter().rev() {
        let plain = !word.possessive && word.trailing.is_empty();
        if is_name_word(word) && plain && names < MAX_NAME_WORDS {
            parts.push(word.core);
            names += 1;
        } else if is_particle(word) && !parts.is_empty() {
            parts.push(word.core);
        } else {
            break;
        }
    }
    parts.reverse();
    join_name(parts)
}

/// Everyone the body paragraphs name, by title or by a verb of speech, merged
/// by surname and in order of first mention.
pub fn find_people(paragraphs: &[(&str, Vec<Quotation>)]) -> Vec<Named> {
    let mut people: Vec<Named> = Vec::new();
    let mut add = |name: String| {
        let words: Vec<&str> = name.split(' ').collect();
        let key = words.last().copied().unwrap_or_default().to_string();
        // The surname takes the particles before the last word: "von der Leyen".
        let particles = words[..words.len() - 1]
            .iter()
            .rev()
            .take_while(|w| PARTICLES.contains(w) || PARTICLES.contains(&w.to_lowercase().as_str()))
            .count();
        let surname = words[words.len() - 1 - particles..].join(" ");
        match people.iter_mut().find(|p| p.key == key) {
            Some(known) if name.len() > known.name.len() => {
                known.name = name;
                known.surname = surname;
            }
            Some(_) => {}
            None => people.push(Named { name, surname, key }),
        }
    };
    // Each paragraph's words found once, for both passes.
    let paragraph_words: Vec<Vec<Word<'_>>> = paragraphs
        .iter()
        .map(|(paragraph, quotations)| words_outside(paragraph, quotations))
        .collect();
    for words in &paragraph_words {
        for (index, word) in words.iter().enumerate() {
            let title_ends_cleanly = word.trailing.is_empty() || word.trailing == ".";
            if is_title(word) && title_ends_cleanly && !word.possessive {
                if let Some(name) = name_after(words, index + 1) {
                    add(name);
                }
            } else if is_speech_verb(word, SPEECH_VERBS) {
                if let Some(name) = name_before(words, index) {
                    add(name);
                }
                // "…,” said Putin." but not "said Kremlin spokesman Dmitry Peskov",
                // whose name the title finds.
                if is_speech_verb(word, INVERTED_SPEECH_VERBS) && word.trailing.is_empty() {
                    if let Some(name) = name_after(words, index + 1) {
                        let next = index + 1 + name.split(' ').count();
                        if !words.get(next).is_some_and(is_title) {
                            add(name);
                        }
                    }
                }
            }
        }
    }
    let fullest = fullest_names(&paragraph_words, &people);
    for (person, full) in people.iter_mut().zip(fullest) {
        if let Some(full) = full {
            if full.split(' ').count() > person.name.split(' ').count() {
                person.name = full;
            }
        }
    }
    people
}

/// The longest form of each person's name the article gives, by their last
/// word (`key`): the capitalised words just before a mention ("Maria Ivanova,
/// the negotiator, arrived"), so a person found by a surname alone ("Ivanova
/// said") is named in full. `None` for one with no mention that has a word
/// before it. One pass over the words for everyone: a long article names many
/// people.
fn fullest_names(paragraph_words: &[Vec<Word<'_>>], people: &[Named]) -> Vec<Option<String>> {
    let by_key: HashMap<&str, usize> = people
        .iter()
        .enumerate()
        .rev()
        .map(|(index, person)| (person.key.as_str(), index))
        .collect();
    let mut fullest: Vec<Option<String>> = vec![None; people.len()];
    for words in paragraph_words {
        for (index, word) in words.iter().enumerate() {
            let Some(&person) = by_key.get(word.core) else {
                continue;
            };
            let Some(before) = name_before(words, index) else {
                continue;
            };
            let key = word.core;
            let before: Vec<&str> = before.split(' ').collect();
            let keep = before.len().min(MAX_NAME_WORDS - 1);
            let name = format!("{} {key}", before[before.len() - keep..].join(" "));
            let longer = fullest[person]
                .as_ref()
                .is_none_or(|f| name.split(' ').count() > f.split(' ').count());
            if longer {
                fullest[person] = Some(name);
            }
        }
    }
    fullest
}

/// A mention of a known person in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mention {
    at: usize,
    person: usize,
    /// Next to a verb of speech.
    speaking: bool,
}

/// One sentence of the body, for attribution.
pub struct Sentence<'a> {
    /// The paragraph it belongs to.
    pub paragraph: &'a str,
    /// Its range in the paragraph.
    pub range: Range<usize>,
    /// The paragraph's quotations.
    pub quotations: &'a [Quotation],
}

/// The known people a sentence names, given its words ([`words_by_sentence`]).
fn mentions(words: &[Word<'_>], people: &[Named]) -> Vec<Mention> {
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let Some(person) = people.iter().position(|p| p.key == word.core) else {
            continue;
        };
        let speaks_after = !word.possessive
            && (word.trailing.is_empty() || word.trailing == ":")
            && words
                .get(index + 1)
                .is_some_and(|next| is_speech_verb(next, SPEECH_VERBS));
        let spoken_before = index.checked_sub(1).is_some_and(|p| {
            is_speech_verb(&words[p], INVERTED_SPEECH_VERBS) && words[p].trailing.is_empty()
        });
        found.push(Mention {
            at: word.start,
            person,
            speaking: (speaks_after || spoken_before) && !word.possessive,
        });
    }
    found
}

/// The first "he" or "she" of a sentence's words before the byte `before`.
fn pronoun_before(words: &[Word<'_>], before: usize) -> Option<usize> {
    words
        .iter()
        .take_while(|w| w.start < before)
        .find(|w| matches!(w.core, "he" | "He" | "she" | "She"))
        .map(|w| w.start)
}

/// The likely speaker (an index into `people`) of each quotation, given as
/// (sentence index, quotation) in article order.
pub fn attribute(
    sentences: &[Sentence<'_>],
    quotes: &[(usize, &Quotation)],
    people: &[Named],
) -> Vec<Option<usize>> {
    let words = words_by_sentence(sentences);
    let first_named = |index: Option<usize>| {
        index
            .and_then(|i| mentions(&words[i], people).first().copied())
            .map(|m| m.person)
    };
    let mut previous_speaker = None;
    let mut speakers = Vec::new();
    for &(index, quotation) in quotes {
        let named = mentions(&words[index], people);
        let quote_at = quotation.outer.start;
        let previous = index.checked_sub(1);
        let speaking = named
            .iter()
            .filter(|m| m.speaking)
            .min_by_key(|m| m.at.abs_diff(quote_at))
            .map(|m| m.person);
        let before: Vec<&Mention> = named.iter().filter(|m| m.at < quote_at).collect();
        let pronoun = pronoun_before(&words[index], quote_at)
            .filter(|&at| before.first().is_none_or(|m| at < m.at));
        let speaker = speaking
            .or_else(|| {
                pronoun
                    .is_some()
                    .then(|| first_named(previous).or(previous_speaker))
                    .flatten()
            })
            .or_else(|| before.first().map(|m| m.person))
            .or_else(|| named.first().map(|m| m.person))
            .or_else(|| first_named(previous));
        if speaker.is_some() {
            previous_speaker = speaker;
        }
        speakers.push(speaker);
    }
    speakers
}

#[cfg(test)]
mod tests {
    use super::super::quotes::{quotations, sentences};
    use super::*;

    /// (speaker name or "?", quoted words) for each quotation of the paragraphs.
    fn who_said(paragraphs: &[&str]) -> Vec<(String, String)> {
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let people = find_people(&parsed);
        let mut all_sentences = Vec::new();
        let mut quotes = Vec::new();
        for (paragraph, found) in &parsed {
            for range in sentences(paragraph, found) {
                for q in found.iter().filter(|q| range.contains(&q.outer.start)) {
                    quotes.push((all_sentences.len(), q));
                }
                all_sentences.push(Sentence {
                    paragraph,
                    range,
                    quotations: found,
                });
            }
        }
        let speakers = attribute(&all_sentences, &quotes, &people);
        quotes
            .iter()
            .zip(speakers)
            .map(|(&(index, q), speaker)| {
                let paragraph = all_sentences[index].paragraph;
                (
                    speaker.map_or("?".into(), |s| people[s].name.clone()),
                    paragraph[q.inner.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn people_are_found_by_title_and_by_speech_and_merged_by_surname() {
        let paragraphs = [
            "A meeting between U.S. President Donald Trump and Russian President Vladimir Putin ended.",
            "President Putin spoke first. Trump said: “Fine.” Later, “yes,” said Kremlin spokesman Dmitry Peskov.",
            "NATO said nothing. The President of France was absent.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let names: Vec<String> = find_people(&parsed).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Donald Trump", "Vladimir Putin", "Dmitry Peskov"]);
    }

    #[test]
    fn a_speaker_found_by_surname_takes_the_full_name_given_earlier() {
        let paragraphs = [
            "Maria Ivanova, the country’s trade negotiator, arrived late.",
            "Ivanova said: “We are close.” Ivanova’s team agreed.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let people = find_people(&parsed);
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].name, "Maria Ivanova");
        assert_eq!(people[0].surname, "Ivanova");
        // Words in quotation marks are not names, and a title is not part of one.
        let paragraphs = [
            "They chanted “Free Ivanova” at Minister Ivanova.",
            "Ivanova said no.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        assert_eq!(find_people(&parsed)[0].name, "Ivanova");
    }

    #[test]
    fn names_keep_their_particles() {
        let paragraphs = [
            "“We will see,” said Commission President Ursula von der Leyen. Von der Leyen left.",
            "Ursula von der Leyen said so. Later, de Gaulle spoke.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let people = find_people(&parsed);
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].name, "Ursula von der Leyen");
        assert_eq!(people[0].surname, "von der Leyen");
        assert_eq!(people[0].key, "Leyen");
    }

    #[test]
    fn months_are_not_names_but_may_is() {
        let paragraphs =
            ["August said nothing. Theresa May said: “Yes.” In June, Boris Johnson said “no.”"];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let names: Vec<String> = find_people(&parsed).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Theresa May", "Boris Johnson"]);
    }

    #[test]
    fn words_inside_quotes_are_not_names() {
        let paragraphs = ["He said “President Biden was right.”"];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        assert!(find_people(&parsed).is_empty());
    }

    #[test]
    fn speakers_by_subject_pronoun_and_verb_of_speech() {
        let said = who_said(&[
            "“Unattributed words” open the story.",
            "Breaking protocol, President Putin described relations as “at their lowest point.” He called the meeting “long overdue” and left.",
            "Putin underscored Ukraine, expressing hope that “they choose well.” He thanked Trump for his “well-wishing tone,” adding that “respect” was essential.",
            "President Trump described the summit as “very productive.” Yet he acknowledged that “a couple big ones” remained.",
            "Reiterating his mantra, Trump said: “There’s no deal until there’s a deal.”",
            "“We will see,” said Putin. As the summit ended, Putin offered a remark: “Next time in Moscow.”",
        ]);
        let expected = [
            ("?", "Unattributed words"),
            ("Putin", "at their lowest point."),
            ("Putin", "long overdue"),
            ("Putin", "they choose well."),
            ("Putin", "well-wishing tone"),
            ("Putin", "respect"),
            ("Trump", "very productive."),
            ("Trump", "a couple big ones"),
            ("Trump", "There’s no deal until there’s a deal."),
            ("Putin", "We will see"),
            ("Putin", "Next time in Moscow."),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(said, expected);
    }

    #[test]
    fn a_possessive_is_not_a_speaker() {
        let said = who_said(&["President Putin spoke. Trump’s aide Jim Smith said “no comment.”"]);
        assert_eq!(said, [("Jim Smith".to_string(), "no comment.".to_string())]);
    }

    #[test]
    fn words_keep_their_offsets_and_punctuation() {
        let text = "Trump’s aide, “Putin,” said:";
        let found = words(text);
        let cores: Vec<&str> = found.iter().map(|w| w.core).collect();
        assert_eq!(cores, ["Trump", "aide", "Putin", "said"]);
        assert!(found[0].possessive);
        assert_eq!(found[1].trailing, ",");
        assert_eq!(found[2].start, text.find("Putin").unwrap());
        assert_eq!(found[3].trailing, ":");
    }
}
