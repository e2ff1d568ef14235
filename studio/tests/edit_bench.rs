//! The Studio's cost of one keystroke in a big draft (issue #32: with 10,000
//! later reports, a headline edit took 18.5 s in the browser): the work the
//! Studio does natively for each edit, step by step, on a draft of the default
//! explainer with [`REPORTS`] later reports, each with a paragraph, two in
//! five with a quote of their own (4,000: the quotes' limit is 5,000). The steps are the root's: Yew's reducer copies the state and
//! applies the edit ([`Studio::apply`]), the autosave serialises the draft, and
//! the check validates and anchors it ([`problems::check`]). Native code, not
//! the Wasm: the browser's figure is a few times this, and the rendering comes
//! on top.
//!
//! Ignored by `cargo test`; run it on a release build:
//!
//! ```sh
//! cargo test --release -p explainer-studio --test edit_bench -- --ignored --nocapture
//! ```
//!
//! With `EDIT_BENCH_WRITE=1` it writes its table to `bench/studio-edit.md`.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use explainer_studio::draft::{Action, ArticleField, Studio};
use explainer_studio::problems;
use news_explainer::model::{Explainer, Quote, Report, Section};

/// Later reports in the draft.
const REPORTS: usize = 10_000;
/// Headline edits timed (after as many steps of undo as a morning's work).
const EDITS: usize = 10;
/// Other edits made first, each a step of undo.
const EARLIER_STEPS: usize = 50;

/// The default explainer with `reports` later reports, a quote in two of five.
fn big_draft(reports: usize) -> String {
    let mut explainer =
        Explainer::from_json(news_explainer::content::ANCHORAGE_SUMMIT).expect("the default");
    let speaker = explainer.quotes[0].speaker.clone();
    let published = explainer.article.published.clone();
    for n in 0..reports {
        let id = format!("report-{n}");
        let words = format!("Officials said on day {n} that the talks would go on.");
        explainer.reports.push(Report {
            id: id.clone(),
            headline: format!("Talks, day {n}"),
            published: published.clone(),
            publisher: None,
            url: None,
            source: vec![Section {
                heading: None,
                paragraphs: vec![format!("{words} The delegations met again in the morning.")],
            }],
        });
        if n % 5 >= 2 {
            continue;
        }
        let mut quote: Quote = explainer.quotes[0].clone();
        quote.id = format!("day-{n}");
        quote.speaker = speaker.clone();
        quote.text = words;
        quote.prefix = None;
        quote.suffix = None;
        quote.report = Some(id);
        explainer.quotes.push(quote);
    }
    serde_json::to_string(&explainer).expect("serialisable")
}

fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| text.split(' ').take(3).collect::<Vec<_>>().join(", "))
        .unwrap_or_else(|_| "n/a".into())
}

#[test]
#[ignore = "a benchmark: run it on a release build, see the file's doc"]
fn edit_bench() {
    let load_before = load_average();
    let text = big_draft(REPORTS);
    let mut studio = Studio::resumed("bench", Some(&text));
    let quotes = studio
        .explainer()
        .expect("the big draft opens")
        .quotes
        .len();
    for n in 0..EARLIER_STEPS {
        studio.apply(Action::EditArticle {
            field: if n % 2 == 0 {
                ArticleField::Dek
            } else {
                ArticleField::Dateline
            },
            value: format!("step {n}"),
        });
    }
    let (mut reduce, mut save, mut check) = (Vec::new(), Vec::new(), Vec::new());
    for n in 0..EDITS {
        let start = Instant::now();
        // Yew's reducer: the state copied, the edit applied to the copy.
        let mut next = studio.clone();
        next.apply(Action::EditArticle {
            field: ArticleField::Headline,
            value: format!("Talks go on, edit {n}"),
        });
        reduce.push(start.elapsed());
        let start = Instant::now();
        let saved = next.saved_text().expect("a draft");
        save.push(start.elapsed());
        let start = Instant::now();
        let checked = problems::check(next.explainer().expect("a draft"));
        check.push(start.elapsed());
        assert_eq!(checked.errors(), 0, "{:?}", checked.problems.first());
        assert!(saved.len() > 1_000_000);
        studio = next;
    }
    let [reduce, save, check] = [reduce, save, check].map(median);
    let rows = [
        (
            "draft",
            format!(
                "{REPORTS} later reports, {quotes} quotes, {} bytes saved",
                text.len()
            ),
        ),
        (
            "undo steps before the timed edits",
            EARLIER_STEPS.to_string(),
        ),
        (
            "state copied and the edit applied (median of 10)",
            ms(reduce),
        ),
        ("draft serialised for the autosave", ms(save)),
        (
            "draft validated and anchored (`problems::check`)",
            ms(check),
        ),
        ("all three", ms(reduce + save + check)),
        (
            "load average (1, 5, 15 min) at the start, at the end",
            format!("{load_before}; {}", load_average()),
        ),
    ];
    let mut table = String::from("| measure | value |\n|---|---|\n");
    for (measure, value) in rows {
        table += &format!("| {measure} | {value} |\n");
    }
    println!("{table}");
    if std::env::var_os("EDIT_BENCH_WRITE").is_some() {
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../bench/studio-edit.md");
        let text = format!(
            "# The Studio: one keystroke in a big draft\n\nWritten by `EDIT_BENCH_WRITE=1 cargo test \
             --release -p explainer-studio --test edit_bench -- --ignored --nocapture` \
             (`studio/tests/edit_bench.rs`); do not edit by hand, run it again. Native code, one \
             headline edit at a time, as the Studio's root does for each keystroke; the Wasm in \
             the browser is slower, and drawing comes on top. Machine: 2 cores, shared.\n\n{table}"
        );
        std::fs::write(file, text).expect("bench/studio-edit.md written");
    }
}
