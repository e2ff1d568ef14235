//! Prints, as JSON, the share of quotes whose speaker the draft scaffold guesses
//! right, per language, over the corpus of fictional articles in
//! `tests/data/drafts/` (or the folder given): what the benchmark reports
//! (`bench/run.mjs`) and what `tests/draft_speakers.rs` holds to the bar.
//!
//! ```text
//! cargo run -q -p news-explainer --features scaffold --example draft_speakers [-- [--misses] [CORPUS]]
//! ```
//!
//! With `--misses`, each language also lists the quotes it got wrong. Native
//! only: it reads files (a wasm32 build of the examples gets an empty `main`).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use news_explainer::scaffold::speaker_score::score_corpus;

    let mut misses = false;
    let mut corpus = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/drafts"));
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--misses" => misses = true,
            _ => corpus = PathBuf::from(arg),
        }
    }
    let scores = match score_corpus(&corpus) {
        Ok(scores) => scores,
        Err(problem) => {
            eprintln!("draft_speakers: {problem}");
            return ExitCode::FAILURE;
        }
    };
    let languages: Vec<serde_json::Value> = scores
        .iter()
        .map(|language| {
            let mut entry = serde_json::json!({
                "language": language.language,
                "articles": language.articles,
                "quotes": language.score.quotes,
                "right": language.score.right,
                "share": language.score.share(),
            });
            if misses {
                entry["misses"] = serde_json::json!(language.score.misses);
            }
            entry
        })
        .collect();
    println!(
        "{}",
        serde_json::to_string_pretty(&serde_json::json!({ "languages": languages }))
            .unwrap_or_default()
    );
    ExitCode::SUCCESS
}
