//! The bar for drafts: in every language of the corpus of fictional articles
//! (`tests/data/drafts/<language>/`, each quote's speaker recorded by the
//! article's author), the draft scaffold guesses the right speaker for at least
//! 90 % of the quotes. A miss list is printed when a language falls short.
//! Native only: it reads the corpus from disk.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use news_explainer::scaffold::speaker_score::score_corpus;

/// The share of quotes whose speaker a draft must get right, per language.
const BAR: f64 = 0.90;

/// The languages the corpus must hold, each with at least this many quotes.
const LANGUAGES: &[&str] = &["ar", "en", "fr", "ru", "uk"];
const MIN_QUOTES: usize = 40;

#[test]
fn drafts_guess_the_right_speaker_in_every_language() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/drafts");
    let scores = score_corpus(&corpus).unwrap();
    let languages: Vec<&str> = scores.iter().map(|s| s.language.as_str()).collect();
    assert_eq!(languages, LANGUAGES);
    let mut short = Vec::new();
    for language in &scores {
        let score = &language.score;
        assert!(
            score.quotes >= MIN_QUOTES,
            "{}: {} quotes, fewer than {MIN_QUOTES}",
            language.language,
            score.quotes
        );
        println!(
            "{}: {} of {} speakers right ({:.1} %)",
            language.language,
            score.right,
            score.quotes,
            100.0 * score.share()
        );
        if score.share() < BAR {
            short.push(format!(
                "{}: {:.1} % < {:.0} %; misses:\n{:#?}",
                language.language,
                100.0 * score.share(),
                100.0 * BAR,
                score.misses
            ));
        }
    }
    assert!(short.is_empty(), "{}", short.join("\n"));
}
