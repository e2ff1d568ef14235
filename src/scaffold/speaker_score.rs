//! How well drafts guess speakers: a draft's quotes set against the speakers an
//! article's author recorded, and the share right per language over a corpus
//! of such articles (`tests/data/drafts/<language>/`). The corpus test holds
//! each language to a bar, and the benchmark prints the shares
//! (`examples/draft_speakers.rs`).

use serde::{Deserialize, Serialize};

use crate::model::Explainer;

/// A quoted passage and who said it, as the article's author knows it: one
/// entry of an `<article>.expected.json`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct KnownSpeaker {
    /// The quoted words as the draft takes them (inside the marks, without a
    /// trailing comma).
    pub quote: String,
    /// The speaker's full name.
    pub speaker: String,
}

/// A quote whose speaker the draft got wrong, or which it did not find.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Miss {
    /// The quoted words.
    pub quote: String,
    /// Who said them.
    pub expected: String,
    /// The draft's speaker: `None` when it left the quote to the editor, or
    /// did not find the quote at all ([`Miss::found`]).
    pub drafted: Option<String>,
    /// Whether the draft has the quote.
    pub found: bool,
}

/// The draft's speakers against the known ones.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct SpeakerScore {
    /// Quotes with a known speaker.
    pub quotes: usize,
    /// Of them, quotes the draft found and gave the right speaker.
    pub right: usize,
    /// The others.
    pub misses: Vec<Miss>,
}

impl SpeakerScore {
    /// The share right, 0 to 1 (1 when there is nothing to guess).
    pub fn share(&self) -> f64 {
        if self.quotes == 0 {
            1.0
        } else {
            self.right as f64 / self.quotes as f64
        }
    }

    /// Adds another article's score to this one.
    pub fn add(&mut self, other: SpeakerScore) {
        self.quotes += other.quotes;
        self.right += other.right;
        self.misses.extend(other.misses);
    }
}

/// True when the draft's name for a speaker is the known one: the full name,
/// or its last words alone (the surname: an article that never gives the full
/// name still names the right person).
fn same_person(drafted: &str, known: &str) -> bool {
    drafted == known
        || known
            .strip_suffix(drafted)
            .is_some_and(|first| first.ends_with(' '))
}

/// Scores a draft: each known quote is looked for among the draft's quotes in
/// article order (so a repeated passage is matched to its own occurrence),
/// and is right when the draft's speaker is the same person.
pub fn score_speakers(draft: &Explainer, known: &[KnownSpeaker]) -> SpeakerScore {
    let mut score = SpeakerScore::default();
    let mut next = 0;
    for wanted in known {
        score.quotes += 1;
        let at = draft.quotes[next..]
            .iter()
            .position(|quote| quote.text == wanted.quote)
            .map(|offset| next + offset);
        let drafted = at.and_then(|at| {
            next = at + 1;
            draft
                .person(&draft.quotes[at].speaker)
                .map(|person| person.name.clone())
                .filter(|name| !name.starts_with("TODO"))
        });
        if drafted
            .as_deref()
            .is_some_and(|name| same_person(name, &wanted.speaker))
        {
            score.right += 1;
        } else {
            score.misses.push(Miss {
                quote: wanted.quote.clone(),
                expected: wanted.speaker.clone(),
                drafted,
                found: at.is_some(),
            });
        }
    }
    score
}

/// One language's score over its articles in the corpus.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LanguageScore {
    /// The language's folder name, a BCP 47 tag (`ru`).
    pub language: String,
    /// Articles read.
    pub articles: usize,
    /// Their quotes, right ones and misses together.
    #[serde(flatten)]
    pub score: SpeakerScore,
}

/// Drafts every article of a corpus and scores its speakers, per language: the
/// corpus holds a folder per language (`en/`, `ru/`…), each with articles as
/// `<name>.txt` (plain text, one paragraph per line, as `explainer new` takes
/// them) beside `<name>.expected.json` ([`KnownSpeaker`]s). Languages come in
/// the order of their folder names.
#[cfg(not(target_arch = "wasm32"))]
pub fn score_corpus(corpus: &std::path::Path) -> Result<Vec<LanguageScore>, String> {
    use std::fs;
    let listed = |dir: &std::path::Path| -> Result<Vec<std::path::PathBuf>, String> {
        let mut paths: Vec<_> = fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        Ok(paths)
    };
    let mut languages = Vec::new();
    for folder in listed(corpus)?.into_iter().filter(|p| p.is_dir()) {
        let language = folder
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut scored = LanguageScore {
            language: language.clone(),
            articles: 0,
            score: SpeakerScore::default(),
        };
        for article in listed(&folder)?
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            let expected = article.with_extension("expected.json");
            let read = |path: &std::path::Path| {
                fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
            };
            let known: Vec<KnownSpeaker> = serde_json::from_str(&read(&expected)?)
                .map_err(|e| format!("{}: {e}", expected.display()))?;
            let draft = super::scaffold(
                &read(&article)?,
                &super::Options {
                    published: "2026-01-01".into(),
                    language: language.clone(),
                },
            );
            scored.articles += 1;
            scored.score.add(score_speakers(&draft, &known));
        }
        languages.push(scored);
    }
    Ok(languages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scaffold::{scaffold, Options};

    fn draft(article: &str) -> Explainer {
        scaffold(
            article,
            &Options {
                published: "2026-01-01".into(),
                language: "en".into(),
            },
        )
    }

    fn known(pairs: &[(&str, &str)]) -> Vec<KnownSpeaker> {
        pairs
            .iter()
            .map(|(quote, speaker)| KnownSpeaker {
                quote: quote.to_string(),
                speaker: speaker.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_surname_alone_is_the_same_person_but_a_shared_ending_is_not() {
        assert!(same_person("Ana Ruiz", "Ana Ruiz"));
        assert!(same_person("Ruiz", "Ana Ruiz"));
        assert!(!same_person("Iz", "Ana Ruiz"));
        assert!(!same_person("Ana", "Ana Ruiz"));
    }

    #[test]
    fn wrong_unknown_and_missing_speakers_are_misses() {
        let article = "“Nobody knows” was the headline.\n\
            Mayor Ana Ruiz said: “Yes.” Judge Tom Berg said: “No.”";
        let score = score_speakers(
            &draft(article),
            &known(&[
                ("Nobody knows", "Ana Ruiz"),
                ("Yes.", "Ana Ruiz"),
                ("No.", "Ana Ruiz"),
                ("Never said.", "Tom Berg"),
            ]),
        );
        assert_eq!((score.quotes, score.right), (4, 1), "{score:?}");
        let missed: Vec<(&str, Option<&str>, bool)> = score
            .misses
            .iter()
            .map(|m| (m.quote.as_str(), m.drafted.as_deref(), m.found))
            .collect();
        assert_eq!(
            missed,
            [
                ("Nobody knows", None, true),
                ("No.", Some("Tom Berg"), true),
                ("Never said.", None, false)
            ]
        );
        assert!((score.share() - 0.25).abs() < 1e-9);
    }

    #[test]
    fn a_repeated_passage_is_matched_to_its_own_occurrence() {
        let article = "Lead — Mayor Ana Ruiz said: “Yes.” Judge Tom Berg said: “Yes.”";
        let score = score_speakers(
            &draft(article),
            &known(&[("Yes.", "Ana Ruiz"), ("Yes.", "Tom Berg")]),
        );
        assert_eq!(score.right, 2, "{score:?}");
    }
}
