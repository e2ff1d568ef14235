//! Drafting a pasted article in slices, so a long paste never freezes the tab:
//! the limits a content file must keep (README, "Limits") are applied first,
//! before any other work, then the quoted passages are counted a slice of lines
//! at a time (a paste of more quotes than an explainer may hold is refused
//! there, with the count), and only then is the article drafted by the
//! library's `scaffold`, as `explainer new` drafts it ([`draft`]): in the
//! browser, by a worker running this same Wasm ([`crate::draft_worker`]),
//! since the scaffold of a long article is one piece of work longer than a
//! page may be held. The browser's side (the timer between slices, the worker,
//! the progress shown, Cancel) is [`crate::hooks::use_drafting`]'s; this is
//! plain Rust, tested natively.

use news_explainer::model::limits::{MAX_CONTENT_BYTES, MAX_QUOTES};
use news_explainer::model::Explainer;
use news_explainer::scaffold;
use serde::{Deserialize, Serialize};

/// How many bytes of lines one slice counts the quotes of: about a
/// millisecond's work, far under the 50 ms a slice may take, so the count of
/// even the largest paste allowed shows its progress smoothly.
pub const COUNT_SLICE_BYTES: usize = 64 * 1024;

/// Where a drafting job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Counting quoted passages, from this byte of the article on.
    Counting(usize),
    /// Counted: the next step drafts.
    Drafting,
    /// Done, refused or cancelled: no more steps.
    Finished,
}

/// How far a job is, for the progress bar and its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// What it is doing, in words.
    pub doing: String,
    /// How much of it is done, out of [`Progress::total`].
    pub done: usize,
    /// The whole of it.
    pub total: usize,
}

/// What one step of a job came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// More to do; this far.
    Working(Progress),
    /// The draft, with what to tell the journalist about it.
    Drafted(Box<Explainer>, String),
    /// The paste was refused: why, in words.
    Refused(String),
}

/// Drafting one pasted article, a slice of work per [`DraftJob::step`].
#[derive(Clone, Debug)]
pub struct DraftJob {
    article: String,
    published: String,
    stage: Stage,
    quotes: usize,
}

/// `n` with its thousands grouped: "12,345".
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// `n` with the noun for one or for more: "1,204 quoted passages".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", grouped(n), if n == 1 { one } else { many })
}

impl DraftJob {
    /// A job for `article`, to be published on `published` (`YYYY-MM-DD`), or
    /// why it is refused before any work: an empty paste, or one larger than a
    /// content file may be.
    pub fn new(article: String, published: String) -> Result<DraftJob, String> {
        if article.trim().is_empty() {
            return Err(
                "The pasted text is empty: paste the article, one paragraph per line.".into(),
            );
        }
        if article.len() > MAX_CONTENT_BYTES {
            return Err(format!(
                "This article is {} long; an explainer file may be at most {} (README, “Limits”), \
                 and its article is only part of it. Paste a shorter article: nothing was drafted.",
                megabytes(article.len()),
                megabytes(MAX_CONTENT_BYTES)
            ));
        }
        Ok(DraftJob {
            article,
            published,
            stage: Stage::Counting(0),
            quotes: 0,
        })
    }

    /// True once the quoted passages are counted and within the limit: what
    /// is left is [`draft`] of [`DraftJob::article`], which a worker may do.
    pub fn is_counted(&self) -> bool {
        self.stage == Stage::Drafting
    }

    /// The pasted article.
    pub fn article(&self) -> &str {
        &self.article
    }

    /// The date the draft is published on, until the article says otherwise.
    pub fn published(&self) -> &str {
        &self.published
    }

    /// Where a job stands before its first slice.
    pub fn started(&self) -> Progress {
        Progress {
            doing: "Counting the quoted passages".into(),
            done: 0,
            total: self.article.len(),
        }
    }

    /// Does every slice at once: the draft and its message, or why the
    /// article was refused (for a caller with no event loop to yield to).
    pub fn finish(mut self) -> Result<(Explainer, String), String> {
        loop {
            match self.step() {
                Step::Working(_) => {}
                Step::Drafted(explainer, message) => return Ok((*explainer, message)),
                Step::Refused(why) => return Err(why),
            }
        }
    }

    /// Does the next slice of work and says where that leaves the job. Once it
    /// has drafted or refused, further steps refuse.
    pub fn step(&mut self) -> Step {
        match self.stage {
            Stage::Counting(from) => self.count_from(from),
            Stage::Drafting => {
                self.stage = Stage::Finished;
                let Drafted { explainer, message } = draft(&self.article, &self.published);
                Step::Drafted(Box::new(explainer), message)
            }
            Stage::Finished => Step::Refused("This article has been drafted already.".into()),
        }
    }

    /// Counts the quoted passages of the lines from byte `from` on, a slice's
    /// worth, and refuses the article once they are more than an explainer may
    /// hold.
    fn count_from(&mut self, from: usize) -> Step {
        let rest = &self.article[from..];
        let mut read = 0;
        for line in rest.split_inclusive('\n') {
            self.quotes += scaffold::quotation_count(line);
            read += line.len();
            if read >= COUNT_SLICE_BYTES {
                break;
            }
        }
        if self.quotes > MAX_QUOTES {
            self.stage = Stage::Finished;
            return Step::Refused(format!(
                "This article has more than {} (the first {} had {}): an explainer may hold at \
                 most {} (README, “Limits”), each a card on the page. Paste a shorter part of it: \
                 nothing was drafted.",
                counted(MAX_QUOTES, "quoted passage", "quoted passages"),
                megabytes(from + read),
                grouped(self.quotes),
                counted(MAX_QUOTES, "quote", "quotes"),
            ));
        }
        let at = from + read;
        if at >= self.article.len() {
            self.stage = Stage::Drafting;
            return Step::Working(Progress {
                doing: format!(
                    "Drafting: finding the people and the speakers of {}",
                    counted(self.quotes, "quoted passage", "quoted passages")
                ),
                done: self.article.len(),
                total: self.article.len(),
            });
        }
        self.stage = Stage::Counting(at);
        Step::Working(Progress {
            doing: format!(
                "Counting the quoted passages: {} so far",
                grouped(self.quotes)
            ),
            done: at,
            total: self.article.len(),
        })
    }
}

/// A drafted article and what to tell the journalist about it: what
/// [`draft`] makes, and what the drafting worker sends back as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Drafted {
    /// The draft.
    pub explainer: Explainer,
    /// "Drafted from the article: 3 sections, …".
    pub message: String,
}

/// Drafts `article` (counted and within the limits) as `explainer new` does:
/// the library's scaffold, in one piece, dated as the article dates itself
/// near its top, else `today` (and then the message says to check it).
pub fn draft(article: &str, today: &str) -> Drafted {
    let found = scaffold::publication_date(article);
    let options = scaffold::Options {
        published: found.clone().unwrap_or_else(|| today.to_string()),
        language: "en".into(),
    };
    let explainer = scaffold::scaffold(article, &options);
    let dated = match found {
        Some(date) => format!("Published {date}, as the article says"),
        None => format!("The article gives no date: Published is today's ({today}), check it"),
    };
    let message = format!(
        "Drafted from the article: {}, {}, {}. {dated}. Fill in the TODOs.",
        counted(explainer.source.len(), "section", "sections"),
        counted(explainer.quotes.len(), "quote", "quotes"),
        counted(explainer.people.len(), "person", "people")
    );
    Drafted { explainer, message }
}

/// Bytes as megabytes with one decimal, or kilobytes under one: "1.2 MB", "310 KB".
fn megabytes(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Anchorage, Alaska — The leaders met.\n\
        Putin said the talks were “long overdue.” Trump called them “very productive.”\n";

    fn run(mut job: DraftJob) -> (Vec<Progress>, Step) {
        let mut progress = Vec::new();
        loop {
            match job.step() {
                Step::Working(p) => progress.push(p),
                done => return (progress, done),
            }
        }
    }

    #[test]
    fn a_job_counts_then_drafts_what_explainer_new_drafts() {
        let job = DraftJob::new(ARTICLE.into(), "2025-08-15".into()).unwrap();
        let (progress, done) = run(job);
        assert_eq!(progress.last().unwrap().done, ARTICLE.len());
        let Step::Drafted(explainer, message) = done else {
            panic!("not drafted: {done:?}");
        };
        let options = scaffold::Options {
            published: "2025-08-15".into(),
            language: "en".into(),
        };
        assert_eq!(*explainer, scaffold::scaffold(ARTICLE, &options));
        assert!(message.contains("2 quotes"), "{message}");
    }

    #[test]
    fn a_draft_is_dated_as_the_article_says_or_today_with_a_word() {
        let dated = draft(
            &format!("Published 14 August 2025\n{ARTICLE}"),
            "2026-12-08",
        );
        assert_eq!(dated.explainer.article.published, "2025-08-14");
        assert!(
            dated
                .message
                .contains("Published 2025-08-14, as the article says"),
            "{}",
            dated.message
        );
        let undated = draft(ARTICLE, "2026-12-08");
        assert_eq!(undated.explainer.article.published, "2026-12-08");
        assert!(
            undated.message.contains("gives no date"),
            "{}",
            undated.message
        );
    }

    #[test]
    fn a_draft_survives_its_trip_from_the_worker_as_json() {
        let drafted = draft(ARTICLE, "2025-08-15");
        let json = serde_json::to_string(&drafted).unwrap();
        assert_eq!(serde_json::from_str::<Drafted>(&json).unwrap(), drafted);
        let mut job = DraftJob::new(ARTICLE.into(), "2025-08-15".into()).unwrap();
        while !job.is_counted() {
            assert!(matches!(job.step(), Step::Working(_)));
        }
        assert_eq!(draft(job.article(), job.published()), drafted);
    }

    #[test]
    fn a_long_article_is_counted_in_slices_that_move_forward() {
        let article = ARTICLE.repeat(4 * COUNT_SLICE_BYTES / ARTICLE.len());
        let (progress, done) = run(DraftJob::new(article.clone(), "2025-08-15".into()).unwrap());
        assert!(progress.len() >= 4, "{} steps", progress.len());
        assert!(progress.windows(2).all(|w| w[0].done <= w[1].done));
        assert!(matches!(done, Step::Drafted(..)));
    }

    #[test]
    fn an_empty_or_too_large_paste_is_refused_before_any_work() {
        assert!(DraftJob::new("  \n ".into(), String::new()).is_err());
        let huge = "a".repeat(MAX_CONTENT_BYTES + 1);
        let refused = DraftJob::new(huge, String::new()).unwrap_err();
        assert!(refused.contains("16.0 MB"), "{refused}");
    }

    #[test]
    fn more_quotes_than_an_explainer_holds_are_refused_with_the_count() {
        let line = "He said “yes” and “no” and “maybe” and “later.”\n";
        let article = line.repeat(MAX_QUOTES / 4 + 10);
        let (_, done) = run(DraftJob::new(article, String::new()).unwrap());
        let Step::Refused(why) = done else {
            panic!("not refused: {done:?}");
        };
        assert!(why.contains("more than 5,000 quoted passages"), "{why}");
    }

    #[test]
    fn counts_read_in_words() {
        assert_eq!(counted(1, "quote", "quotes"), "1 quote");
        assert_eq!(counted(12_345, "quote", "quotes"), "12,345 quotes");
        assert_eq!(megabytes(1_200_000), "1.2 MB");
        assert_eq!(megabytes(310_000), "310 KB");
    }
}
