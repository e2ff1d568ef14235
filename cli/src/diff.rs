//! A word diff of a misquote against the closest passage of the source, so an
//! editor sees at a glance which words differ ("worst" where the article says
//! "lowest").
//!
//! Words are compared the way anchoring compares them (curly and straight quotes
//! and apostrophes alike), and punctuation at the edge of a word is a token of its
//! own, so "War" against "War." shows as an added period, not a changed word.

use anstyle::{AnsiColor, Effects, Style};
use news_explainer::model::anchor::normalize;
use similar::{capture_diff_slices, Algorithm, DiffTag};

/// A deleted run: red and struck through (and `[-…-]` when plain).
const DELETED: Style = AnsiColor::Red.on_default().effects(Effects::STRIKETHROUGH);
/// An inserted run: green and underlined (and `{+…+}` when plain).
const INSERTED: Style = AnsiColor::Green.on_default().effects(Effects::UNDERLINE);

/// One token of a text: a word or a run of punctuation at a word's edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Token<'a> {
    text: &'a str,
    /// True when white space comes before it in the text.
    spaced: bool,
}

/// What a run of tokens is in the diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// In both.
    Same,
    /// Only in the quote.
    Deleted,
    /// Only in the source.
    Inserted,
}

/// A run of text with its change and whether white space comes before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Same, deleted or inserted.
    pub change: Change,
    /// The run's text, tokens joined by their own spacing.
    pub text: String,
    /// True when white space comes before the run.
    pub spaced: bool,
}

/// The changes that turn `quote` into `passage`, run by run. Runs that are the
/// same show the passage's characters (the article's own quote marks).
pub fn word_diff(quote: &str, passage: &str) -> Vec<Run> {
    let old = tokens(quote);
    let new = tokens(passage);
    let key = |tokens: &[Token<'_>]| -> Vec<String> {
        tokens.iter().map(|token| normalize(token.text)).collect()
    };
    let (old_keys, new_keys) = (key(&old), key(&new));
    let mut runs: Vec<Run> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let mut push = |change, tokens: &[Token<'_>]| {
            if let Some(run) = join(change, tokens) {
                runs.push(run);
            }
        };
        match tag {
            DiffTag::Equal => push(Change::Same, &new[new_range]),
            DiffTag::Delete => push(Change::Deleted, &old[old_range]),
            DiffTag::Insert => push(Change::Inserted, &new[new_range]),
            DiffTag::Replace => {
                push(Change::Deleted, &old[old_range]);
                push(Change::Inserted, &new[new_range]);
            }
        }
    }
    // The closest passage is a window of whole words, so it may end on the
    // article's punctuation ("War."); a period the quote leaves out is no error.
    if runs.last().is_some_and(|run| {
        run.change == Change::Inserted && !run.spaced && is_punctuation(&run.text)
    }) {
        runs.pop();
    }
    runs
}

/// Renders runs on one line: with colour (deleted red and struck, inserted green
/// and underlined), or plain with git's word-diff markers `[-old-]{+new+}`.
pub fn render(runs: &[Run], color: bool) -> String {
    let mut line = String::new();
    for (index, run) in runs.iter().enumerate() {
        // A plain replacement reads as one unit: `[-worst-]{+lowest+}`.
        let replaces = !color
            && index > 0
            && run.change == Change::Inserted
            && runs[index - 1].change == Change::Deleted;
        if index > 0 && run.spaced && !replaces {
            line.push(' ');
        }
        match (run.change, color) {
            (Change::Same, _) => line.push_str(&run.text),
            (Change::Deleted, true) => line.push_str(&format!("{DELETED}{}{DELETED:#}", run.text)),
            (Change::Inserted, true) => {
                line.push_str(&format!("{INSERTED}{}{INSERTED:#}", run.text));
            }
            (Change::Deleted, false) => line.push_str(&format!("[-{}-]", run.text)),
            (Change::Inserted, false) => line.push_str(&format!("{{+{}+}}", run.text)),
        }
    }
    line
}

fn join(change: Change, tokens: &[Token<'_>]) -> Option<Run> {
    let first = tokens.first()?;
    let mut text = first.text.to_string();
    for token in &tokens[1..] {
        if token.spaced {
            text.push(' ');
        }
        text.push_str(token.text);
    }
    Some(Run {
        change,
        text,
        spaced: first.spaced,
    })
}

fn is_punctuation(text: &str) -> bool {
    !text.is_empty() && !text.chars().any(char::is_alphanumeric)
}

/// Splits a text at white space, then splits leading and trailing punctuation
/// off each word: `“Cold War.”` → `“` `Cold` `War` `.”`.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    for word in text.split_whitespace() {
        let core_start = word.find(char::is_alphanumeric).unwrap_or(word.len());
        let core_end = word.rfind(char::is_alphanumeric).map_or(core_start, |i| {
            i + word[i..].chars().next().map_or(1, char::len_utf8)
        });
        let parts = [
            &word[..core_start],
            &word[core_start..core_end.max(core_start)],
            &word[core_end.max(core_start)..],
        ];
        let mut spaced = true;
        for part in parts.into_iter().filter(|part| !part.is_empty()) {
            tokens.push(Token { text: part, spaced });
            spaced = false;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(quote: &str, passage: &str) -> String {
        render(&word_diff(quote, passage), false)
    }

    #[test]
    fn a_changed_word_is_deleted_and_inserted() {
        assert_eq!(
            plain(
                "at their worst point since the Cold War",
                "at their lowest point since the Cold War."
            ),
            "at their [-worst-]{+lowest+} point since the Cold War"
        );
    }

    #[test]
    fn missing_and_extra_words_show() {
        assert_eq!(
            plain("a deal until a deal", "no deal until there's a deal"),
            "[-a-]{+no+} deal until {+there's+} a deal"
        );
        assert_eq!(
            plain("very very productive", "very productive"),
            "very [-very-] productive"
        );
    }

    #[test]
    fn quotes_and_apostrophes_compare_alike_and_show_as_in_the_article() {
        assert_eq!(
            plain(
                "There's no deal until there's a deal.",
                "There’s no deal until there’s a deal."
            ),
            "There’s no deal until there’s a deal."
        );
    }

    #[test]
    fn inner_punctuation_counts() {
        assert_eq!(plain("Yes he said", "Yes, he said"), "Yes{+,+} he said");
    }

    #[test]
    fn tokens_split_edge_punctuation() {
        let texts: Vec<&str> = tokens("“Cold War.” well-wishing")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(texts, ["“", "Cold", "War", ".”", "well-wishing"]);
        let spaced: Vec<bool> = tokens("“Cold War.”").iter().map(|t| t.spaced).collect();
        assert_eq!(spaced, [true, false, true, false]);
        assert!(tokens(" \n ").is_empty());
        assert_eq!(tokens("—").len(), 1);
    }

    #[test]
    fn colour_marks_runs_without_brackets() {
        let coloured = render(&word_diff("a worst b", "a lowest b"), true);
        assert!(coloured.contains("\u{1b}["), "{coloured:?}");
        assert!(!coloured.contains("[-"), "{coloured:?}");
        assert!(coloured.contains("worst") && coloured.contains("lowest"));
    }
}
