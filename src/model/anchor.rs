//! Quote anchoring: locating quoted words in the source text as character ranges.
//!
//! Newsrooms copy quotes from CMSs, wires and chat, so the same words arrive with
//! curly or straight quotes, typographic or typewriter apostrophes and stray line
//! breaks. Matching therefore runs over a *normalized* copy of the text that folds
//! those differences away, and every match is mapped back to a byte range of the
//! verbatim source, so highlights always land on the article's own characters.
//!
//! A [`TextQuoteSelector`] (after the W3C Web Annotation model: exact text plus an
//! optional prefix and suffix) tells apart words that occur more than once.
//!
//! Accents typed as combining marks (NFD, as text copied on some systems
//! arrives) are composed with their letter before matching, for Latin, Greek
//! and Cyrillic ([`composition`]), so `résumé` matches whichever way either side
//! spells it, and the highlight covers the letter and its mark.
//!
//! One file per part: [`span`] the types, [`normalize`] the folded copy,
//! [`matching`] every occurrence at once, [`context`] prefixes, suffixes and a
//! card's sentence, [`closest`] the passage nearest a misquote.

mod closest;
mod composition;
mod context;
mod matching;
mod normalize;
mod span;

use std::collections::HashMap;

use super::explainer::Section;
use closest::SourceWords;
use context::{context_offsets, sentence_breaks, squash, Context, Squashed};
use matching::Matcher;
use normalize::Normalized;

pub use closest::CLOSEST_SEARCH_WORK;
pub use context::{QuoteContext, CONTEXT_BYTES};
pub use normalize::normalize;
pub use span::{AnchorError, Block, BlockKind, Span, TextQuoteSelector, PLACES_KEPT};

/// The most places of quoted words one file's quotes and passages are
/// compared at, all together: each costs a prefix and suffix comparison.
/// Far above any story (a quote of three common words in a long article
/// occurs a few hundred times), and it keeps a hostile file's anchoring to
/// about a second in a reader's browser (issue #32). Past it, quotes are
/// [`AnchorError::TooManyPlaces`].
pub const MATCH_WORK: usize = 1_000_000;

/// What is left of [`MATCH_WORK`] while a file is anchored, and how much was
/// spent: the work counter the bounded-work tests read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchBudget {
    left: usize,
    spent: usize,
}

impl Default for MatchBudget {
    fn default() -> MatchBudget {
        MatchBudget::new(MATCH_WORK)
    }
}

impl MatchBudget {
    /// A budget of `limit` places compared.
    pub fn new(limit: usize) -> MatchBudget {
        MatchBudget {
            left: limit,
            spent: 0,
        }
    }

    /// How many places were compared so far.
    pub fn spent(&self) -> usize {
        self.spent
    }

    /// Takes `places` from the budget if it has them; false (and nothing
    /// taken) if not.
    fn spend(&mut self, places: usize) -> bool {
        let affordable = places <= self.left;
        if affordable {
            self.left -= places;
            self.spent += places;
        }
        affordable
    }
}

/// The article's text as one string, with the blocks it was built from.
///
/// Blocks are joined by a blank line; a match may not cross from one block into
/// another, since a quote never runs across a heading or a paragraph break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceText {
    /// The verbatim text of every block, joined by `"\n\n"`.
    pub text: String,
    /// Headings and paragraphs in reading order.
    pub blocks: Vec<Block>,
    normalized: Normalized,
}

impl SourceText {
    /// Joins the sections' headings and paragraphs into one text.
    pub fn new(sections: &[Section]) -> SourceText {
        let mut text = String::new();
        let mut blocks = Vec::new();
        for (section_index, section) in sections.iter().enumerate() {
            let heading = section.heading.iter().map(|h| (BlockKind::Heading, h));
            let paragraphs = section.paragraphs.iter().map(|p| (BlockKind::Paragraph, p));
            for (kind, block_text) in heading.chain(paragraphs) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                let start = text.len();
                text.push_str(block_text);
                blocks.push(Block {
                    kind,
                    section: section_index,
                    span: Span {
                        start,
                        end: text.len(),
                    },
                });
            }
        }
        let normalized = Normalized::new(&text);
        SourceText {
            text,
            blocks,
            normalized,
        }
    }

    /// The verbatim text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The block that wholly contains `span`, if any.
    pub fn block_containing(&self, span: Span) -> Option<&Block> {
        let index = self
            .blocks
            .partition_point(|block| block.span.end < span.end);
        self.blocks
            .get(index)
            .filter(|block| block.span.contains(span))
    }

    /// Locates a selector in the source: exactly one place, or why not.
    ///
    /// The same outcome as [`SourceText::anchor_all`] gives it alone.
    pub fn anchor(&self, selector: TextQuoteSelector<'_>) -> Result<Span, AnchorError> {
        let [outcome] =
            <[_; 1]>::try_from(self.anchor_all(&[selector])).expect("one outcome for one selector");
        outcome
    }

    /// Every place in the text where `words` occur (normalized, within one
    /// block), in order: for an editor looking for them, not for validation,
    /// which keeps only a few ([`PLACES_KEPT`]).
    pub fn occurrences(&self, words: &str) -> Vec<Span> {
        let exact = normalize(words);
        if exact.is_empty() {
            return Vec::new();
        }
        let haystack = &self.normalized.text;
        // Step one character at a time so overlapping repeats ("aa" in "aaa") all count.
        std::iter::successors(haystack.find(&exact), |&start| {
            let from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
            haystack[from..].find(&exact).map(|found| from + found)
        })
        .map(|start| self.normalized.original_span(start, start + exact.len()))
        .filter(|&span| self.block_containing(span).is_some())
        .collect()
    }

    /// Locates many selectors at once, with the same outcome for each as
    /// [`SourceText::anchor`], in the same order, within a budget of
    /// [`MATCH_WORK`] places compared.
    pub fn anchor_all(
        &self,
        selectors: &[TextQuoteSelector<'_>],
    ) -> Vec<Result<Span, AnchorError>> {
        self.anchor_all_within(selectors, &mut MatchBudget::default())
    }

    /// [`SourceText::anchor_all`], drawing on `budget` (shared by every
    /// report of a file).
    ///
    /// Searching for each selector in turn would read the whole text once per
    /// selector; an explainer with thousands of quotes over a long article made
    /// that the slowest part of validation. Here one Aho–Corasick automaton over
    /// every normalized `exact` finds all their occurrences, overlapping ones
    /// included, in a single pass. Each distinct selector (words, prefix and
    /// suffix) is decided once and its outcome shared: 1,000 copies of one
    /// quote found at 100,000 places once compared their prefix 100 million
    /// times (issue #32). Each place compared is one unit of `budget`; a
    /// selector whose places would overdraw it is [`AnchorError::TooManyPlaces`].
    pub fn anchor_all_within(
        &self,
        selectors: &[TextQuoteSelector<'_>],
        budget: &mut MatchBudget,
    ) -> Vec<Result<Span, AnchorError>> {
        let exacts: Vec<String> = selectors.iter().map(|s| normalize(s.exact)).collect();
        // The distinct selectors, and for each selector the index of its own.
        let mut index_of: HashMap<(&str, Option<&str>, Option<&str>), usize> = HashMap::new();
        let mut distinct: Vec<usize> = Vec::new();
        let shared: Vec<usize> = selectors
            .iter()
            .zip(&exacts)
            .enumerate()
            .map(|(index, (selector, exact))| {
                let key = (exact.as_str(), selector.prefix, selector.suffix);
                *index_of.entry(key).or_insert_with(|| {
                    distinct.push(index);
                    distinct.len() - 1
                })
            })
            .collect();
        let matcher = Matcher::new(distinct.iter().map(|&index| exacts[index].as_str()));
        let found = matcher.find_overlapping(&self.normalized.text, budget.left);
        // Which selectors the budget can compare, in order: the others are
        // decided without reading their places.
        let affordable: Vec<bool> = distinct
            .iter()
            .enumerate()
            .map(|(slot, _)| match matcher.starts(&found, slot) {
                None => false,
                Some(starts) => budget.spend(starts.len()),
            })
            .collect();
        let wanted = distinct
            .iter()
            .enumerate()
            .filter(|&(slot, _)| affordable[slot])
            .flat_map(|(slot, &index)| {
                let starts = matcher.starts(&found, slot).unwrap_or_default();
                context_offsets(selectors[index], &exacts[index], starts)
            })
            .collect();
        let squashed = Squashed::new(&self.normalized.text, wanted);
        let mut outcomes: Vec<_> = distinct
            .iter()
            .enumerate()
            .map(|(slot, &index)| {
                let exact = &exacts[index];
                if exact.is_empty() {
                    return Err(AnchorError::Empty);
                }
                match matcher.starts(&found, slot) {
                    Some(starts) if affordable[slot] => {
                        self.resolve(selectors[index], exact, starts, &squashed)
                    }
                    _ => Err(AnchorError::TooManyPlaces),
                }
            })
            .collect();
        let distinct_exacts: Vec<String> = distinct
            .iter()
            .map(|&index| exacts[index].clone())
            .collect();
        self.find_closest(&mut outcomes, &distinct_exacts);
        shared
            .into_iter()
            .map(|slot| outcomes[slot].clone())
            .collect()
    }

    /// Fills in the closest passage of every selector not found (`exacts` are
    /// their normalized texts, parallel to `outcomes`), within one budget of
    /// [`CLOSEST_SEARCH_WORK`] for them all, so no number or length of
    /// misquotes makes validation slow. The source's words are read once for
    /// all of them, and only when some selector is not found.
    fn find_closest(&self, outcomes: &mut [Result<Span, AnchorError>], exacts: &[String]) {
        let mut words = None;
        let mut budget = CLOSEST_SEARCH_WORK;
        for (outcome, exact) in outcomes.iter_mut().zip(exacts) {
            if let Err(AnchorError::NotFound { closest, bounded }) = outcome {
                let words = words.get_or_insert_with(|| SourceWords::new(&self.normalized.text));
                let found = words.closest(exact, &mut budget);
                *closest = found
                    .span
                    .map(|(start, end)| self.normalized.original_span(start, end));
                *bounded = found.bounded;
            }
        }
    }

    /// Decides a selector's outcome from the normalized start offsets of its
    /// (non-empty, normalized) `exact`, in increasing order, keeping only the
    /// first [`PLACES_KEPT`] places of each kind and counting the rest.
    fn resolve(
        &self,
        selector: TextQuoteSelector<'_>,
        exact: &str,
        starts: &[usize],
        squashed: &Squashed,
    ) -> Result<Span, AnchorError> {
        // Squashed once here rather than at each occurrence: a short quote may
        // occur hundreds of times.
        let context = Context {
            prefix: selector.prefix.map(squash),
            suffix: selector.suffix.map(squash),
        };
        let (mut occurrences, mut count) = (Vec::new(), 0);
        let (mut in_context, mut fitting) = (Vec::new(), 0);
        for &start in starts {
            let end = start + exact.len();
            let span = self.normalized.original_span(start, end);
            if self.block_containing(span).is_some() {
                count += 1;
                if occurrences.len() < PLACES_KEPT {
                    occurrences.push(span);
                }
                if squashed.fits(&context, start, end) {
                    fitting += 1;
                    if in_context.len() < PLACES_KEPT {
                        in_context.push(span);
                    }
                }
            }
        }
        match (fitting, count) {
            (1, _) => Ok(in_context[0]),
            // The closest passage is filled in by `find_closest`.
            (0, 0) => Err(AnchorError::NotFound {
                closest: None,
                bounded: false,
            }),
            (0, _) => Err(AnchorError::ContextMismatch { occurrences, count }),
            _ => Err(AnchorError::Ambiguous {
                occurrences: in_context,
                count: fitting,
            }),
        }
    }

    /// The sentence or sentences around `span`, within its block, so a reader sees
    /// a quote in the words that surround it: [`SourceText::context_around`]
    /// without saying where it was cut.
    pub fn sentence_around(&self, span: Span) -> Span {
        self.context_around(span).span
    }

    /// The sentence around `span`, within its block, but never more than
    /// [`CONTEXT_BYTES`] on either side of it: past that, it is cut at a word.
    ///
    /// A quote card shows this, so a paragraph without sentence breaks cannot
    /// make each card repeat the whole paragraph (1,000 quotes in one 248 KB
    /// paragraph once wrote a 182 MB page, issue #17); and only the window is
    /// read, so finding it costs the same in any paragraph.
    pub fn context_around(&self, span: Span) -> QuoteContext {
        let Some(block) = self.block_containing(span) else {
            return QuoteContext {
                span,
                cut_before: false,
                cut_after: false,
            };
        };
        let text = &self.text;
        let mut window_start = span
            .start
            .saturating_sub(CONTEXT_BYTES)
            .max(block.span.start);
        while !text.is_char_boundary(window_start) {
            window_start += 1;
        }
        let before = &text[window_start..span.start];
        let (start, cut_before) = match sentence_breaks(before).last() {
            Some(offset) => (window_start + offset, false),
            None if window_start == block.span.start => (window_start, false),
            // Cut: begin at the first word that starts inside the window.
            None => {
                let word = before.find(char::is_whitespace).map_or(0, |space| {
                    space + (before[space..].len() - before[space..].trim_start().len())
                });
                (window_start + word, true)
            }
        };
        let mut window_end = (span.end + CONTEXT_BYTES).min(block.span.end);
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        // Search from the quote's start, so a quote that ends its own sentence
        // ("…a deal.” He pledged") ends the context there too.
        let tail = &text[span.start..window_end];
        let quote_len = span.end - span.start;
        let (end, cut_after) = match sentence_breaks(tail).find(|&offset| offset > quote_len) {
            Some(offset) => (span.start + tail[..offset].trim_end().len(), false),
            None if window_end == block.span.end => (window_end, false),
            // Cut: end with the last word that ends inside the window.
            None => {
                let after = &tail[quote_len..];
                let word = after
                    .rfind(char::is_whitespace)
                    .map_or(after.len(), |space| after[..space].trim_end().len());
                (span.end + word, true)
            }
        };
        QuoteContext {
            span: Span { start, end },
            cut_before,
            cut_after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::closest::word_distance;
    use super::context::sentence_breaks;
    use super::*;

    fn source(paragraphs: &[&str]) -> SourceText {
        SourceText::new(&[Section {
            heading: Some("A “Heading”".into()),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        }])
    }

    fn exact(text: &str) -> TextQuoteSelector<'_> {
        TextQuoteSelector {
            exact: text,
            prefix: None,
            suffix: None,
        }
    }

    #[test]
    fn normalize_folds_quotes_apostrophes_and_white_space() {
        assert_eq!(
            normalize("  “There’s  no\n deal”\u{00A0}now "),
            "\"There's no deal\" now"
        );
        assert_eq!(
            normalize("‘single’ ‚low‘ «guillemets»"),
            "'single' 'low' \"guillemets\""
        );
        assert_eq!(normalize(" \n\t "), "");
    }

    #[test]
    fn blocks_are_joined_and_located() {
        let text = source(&["First para.", "Second para."]);
        assert_eq!(text.text, "A “Heading”\n\nFirst para.\n\nSecond para.");
        assert_eq!(text.blocks.len(), 3);
        assert_eq!(text.blocks[0].kind, BlockKind::Heading);
        assert_eq!(text.slice(text.blocks[2].span), "Second para.");
    }

    #[test]
    fn anchors_across_typographic_differences_onto_verbatim_bytes() {
        let text = source(&["He said: “There’s no deal until there’s a deal.” Then left."]);
        let span = text
            .anchor(exact("There's no deal until\nthere's a deal."))
            .unwrap();
        assert_eq!(text.slice(span), "There’s no deal until there’s a deal.");
    }

    #[test]
    fn multi_byte_characters_map_back_exactly() {
        let text = source(&["Zelenskyy — “Kyiv’s résumé” — ends."]);
        let span = text.anchor(exact("Kyiv's résumé")).unwrap();
        assert_eq!(text.slice(span), "Kyiv’s résumé");
    }

    #[test]
    fn decomposed_accents_match_composed_ones_and_highlight_the_article_s_own() {
        // A quote typed in NFD (e + U+0301) finds the NFC article; the highlight
        // is the article's own characters.
        let text = source(&["Zelenskyy — “Kyiv’s résumé” — Київ, ἀ, Việt Nam."]);
        let nfd = "Kyiv's re\u{301}sume\u{301}";
        let span = text.anchor(exact(nfd)).unwrap();
        assert_eq!(text.slice(span), "Kyiv’s résumé");
        // Cyrillic and Vietnamese (two marks, one after the other).
        let span = text.anchor(exact("Ки\u{456}\u{308}в")).unwrap();
        assert_eq!(text.slice(span), "Київ");
        let span = text.anchor(exact("Vie\u{323}\u{302}t Nam")).unwrap();
        assert_eq!(text.slice(span), "Việt Nam");
        // And the other way round: an NFD article, an NFC quote; the highlight
        // takes in the letter and its mark.
        let text = source(&["Her re\u{301}sume\u{301}, in full."]);
        let span = text.anchor(exact("résumé")).unwrap();
        assert_eq!(text.slice(span), "re\u{301}sume\u{301}");
        assert_eq!(text.anchor_all(&[exact("résumé")])[0], Ok(span));
        // A mark that composes with nothing stays as it is.
        let text = source(&["x\u{301} and y"]);
        assert!(text.anchor(exact("x\u{301}")).is_ok());
        assert!(text.anchor(exact("x")).is_ok());
    }

    #[test]
    fn collapsed_white_space_maps_to_the_whole_run() {
        let text = source(&["a  \n b   c"]);
        let span = text.anchor(exact("a b c")).unwrap();
        assert_eq!(text.slice(span), "a  \n b   c");
    }

    #[test]
    fn a_misquote_is_not_found_and_names_the_closest_passage() {
        let text = source(&["Relations are at their lowest point since the Cold War, he said."]);
        let error = text
            .anchor(exact("at their worst point since the Cold War"))
            .unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            ..
        } = error
        else {
            panic!("expected NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(
            text.slice(closest),
            "at their lowest point since the Cold War"
        );
    }

    #[test]
    fn a_near_miss_with_other_hyphens_and_punctuation_still_finds_its_passage() {
        let text = source(&["He thanked Trump for his “well-wishing tone,” adding more."]);
        let error = text.anchor(exact("well wishing tones")).unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            ..
        } = error
        else {
            panic!("expected NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(text.slice(closest), "well-wishing tone");
        let error = text.anchor(exact("adding nothing.")).unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            ..
        } = error
        else {
            panic!("expected NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(text.slice(closest), "adding more.");
    }

    #[test]
    fn a_long_misquote_in_a_long_source_gets_a_bounded_search_that_still_finds_it() {
        // Issue #17: 400 words against 40,000 took 108 s, comparing them all.
        let vocabulary = [
            "talks", "deal", "border", "said", "the", "of", "envoy", "trade",
        ];
        let mut state = 17_usize;
        let words: Vec<&str> = (0..40_000)
            .map(|_| {
                state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
                vocabulary[state % vocabulary.len()]
            })
            .collect();
        let text = source(&[&words.join(" ")]);
        let original = words[20_000..20_400].join(" ");
        let misquote: Vec<&str> = words[20_000..20_400]
            .iter()
            .enumerate()
            .map(|(i, &word)| if i % 10 == 5 { "zzz" } else { word })
            .collect();
        let error = text.anchor(exact(&misquote.join(" "))).unwrap_err();
        let AnchorError::NotFound {
            closest: Some(closest),
            bounded: true,
        } = error
        else {
            panic!("expected a bounded NotFound with a closest passage, got {error:?}");
        };
        assert_eq!(text.slice(closest), original);
    }

    #[test]
    fn a_short_misquote_gets_a_full_search() {
        let text = source(&["Relations are at their lowest point since the Cold War."]);
        assert!(matches!(
            text.anchor(exact("at their worst point")),
            Err(AnchorError::NotFound {
                closest: Some(_),
                bounded: false
            })
        ));
    }

    #[test]
    fn a_spent_budget_leaves_the_rest_unsearched() {
        let words = SourceWords::new("a b c d e f");
        let mut budget = 3;
        let found = words.closest("x y z", &mut budget);
        assert_eq!((found.span, found.bounded), (None, true));
        let mut budget = 6 + 9;
        let found = words.closest("c x e", &mut budget);
        assert!(found.bounded);
        assert_eq!(found.span, Some((4, 9)));
    }

    #[test]
    fn a_hundred_thousand_occurrences_are_told_apart_by_a_long_prefix() {
        // Issue #17: this anchored in 73.6 s, squashing 44 KB of text around
        // each occurrence to compare the prefix.
        let prefix = (0..1_700)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let paragraph = format!("{prefix} “{}”", vec!["y"; 100_000].join(" "));
        let text = source(&[&paragraph]);
        let selector = TextQuoteSelector {
            exact: "y",
            prefix: Some(&prefix),
            suffix: Some("y y"),
        };
        let span = text.anchor(selector).unwrap();
        assert_eq!(
            span.start,
            paragraph.find('y').unwrap() + text.blocks[1].span.start
        );
        let results = anchor_both(&text, &[selector, exact("y")]);
        assert_eq!(results[0], Ok(span));
        assert_eq!(occurrences(&results[1]), 100_000);
    }

    #[test]
    fn contexts_skip_quote_marks_and_spaces_at_either_end() {
        let text = source(&["He said “no” — then: “yes,” quietly. “Yes” she said."]);
        for (prefix, suffix, found) in [
            (Some("then:"), None, true),
            (Some("then: \""), Some(", quietly"), true),
            (Some("then"), Some("quietly"), false),
            (None, Some(", quietly."), true),
            (Some("He said no — then:"), None, true),
            (Some("said no"), None, false),
        ] {
            let selector = TextQuoteSelector {
                exact: "yes",
                prefix,
                suffix,
            };
            assert_eq!(
                text.anchor(selector).is_ok(),
                found,
                "{prefix:?} {suffix:?}"
            );
        }
    }

    #[test]
    fn word_distance_counts_edits() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(word_distance(&words("a b c"), &words("a b c")), 0);
        assert_eq!(word_distance(&words("a b c"), &words("a x c")), 1);
        assert_eq!(word_distance(&words("a b c"), &words("a c")), 1);
        assert_eq!(word_distance(&words("a b"), &words("c d e")), 3);
    }

    #[test]
    fn repeats_are_ambiguous_without_context() {
        let text = source(&["“Yes,” he said. Later: “Yes,” she said."]);
        let error = text.anchor(exact("Yes")).unwrap_err();
        assert!(
            matches!(error, AnchorError::Ambiguous { ref occurrences, count: 2 } if occurrences.len() == 2)
        );
    }

    #[test]
    fn prefix_and_suffix_tell_repeats_apart() {
        let text = source(&["“Yes,” he said. Later: “Yes,” she said."]);
        let by_suffix = TextQuoteSelector {
            exact: "Yes",
            prefix: None,
            suffix: Some(", she"),
        };
        let span = text.anchor(by_suffix).unwrap();
        assert_eq!(span.start, text.text.rfind("Yes").unwrap());
        let by_prefix = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Later:"),
            suffix: None,
        };
        assert_eq!(text.anchor(by_prefix).unwrap(), span);
    }

    #[test]
    fn context_that_fits_nowhere_is_reported() {
        let text = source(&["“Yes,” he said."]);
        let selector = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Never"),
            suffix: None,
        };
        assert!(matches!(
            text.anchor(selector),
            Err(AnchorError::ContextMismatch { .. })
        ));
    }

    #[test]
    fn overlapping_repeats_are_all_counted() {
        let text = source(&["aaa"]);
        let error = text.anchor(exact("aa")).unwrap_err();
        assert!(
            matches!(error, AnchorError::Ambiguous { ref occurrences, count: 2 } if occurrences.len() == 2)
        );
    }

    #[test]
    fn a_match_may_not_cross_blocks() {
        let text = source(&["ends here.", "Starts here."]);
        assert!(matches!(
            text.anchor(exact("here. Starts")),
            Err(AnchorError::NotFound { .. })
        ));
    }

    #[test]
    fn headings_are_searched_too() {
        let text = source(&["Body."]);
        let span = text.anchor(exact("\"Heading\"")).unwrap();
        assert_eq!(text.slice(span), "“Heading”");
    }

    #[test]
    fn empty_selectors_are_rejected() {
        let text = source(&["Body."]);
        assert_eq!(text.anchor(exact(" \n ")), Err(AnchorError::Empty));
    }

    /// Anchors each selector alone and all together, asserts both agree and
    /// returns the batch's outcomes.
    fn anchor_both(
        text: &SourceText,
        selectors: &[TextQuoteSelector<'_>],
    ) -> Vec<Result<Span, AnchorError>> {
        let batch = text.anchor_all(selectors);
        let one_by_one: Vec<_> = selectors.iter().map(|&s| text.anchor(s)).collect();
        assert_eq!(batch, one_by_one);
        batch
    }

    fn occurrences(result: &Result<Span, AnchorError>) -> usize {
        match result {
            Err(AnchorError::Ambiguous { count, .. })
            | Err(AnchorError::ContextMismatch { count, .. }) => *count,
            Ok(_) => 1,
            Err(_) => 0,
        }
    }

    #[test]
    fn the_matcher_finds_every_occurrence_of_every_pattern() {
        let matcher = Matcher::new(["he", "she", "his", "hers", "", "she", "e"]);
        let found = matcher.find_overlapping("ushers she", usize::MAX);
        let starts = |i| matcher.starts(&found, i).unwrap().to_vec();
        assert_eq!(starts(0), [2, 8]);
        assert_eq!(starts(1), [1, 7]);
        assert_eq!(starts(2), Vec::<usize>::new());
        assert_eq!(starts(3), [2]);
        assert_eq!(starts(4), Vec::<usize>::new());
        assert_eq!(starts(5), starts(1));
        assert_eq!(starts(6), [3, 9]);
    }

    #[test]
    fn the_matcher_follows_failure_links_past_a_partial_match() {
        // "abcd" fails after "abc" at the "x"; "bcx" must still be found, and
        // "c" inside both, and the long pattern once the text has it.
        let matcher = Matcher::new(["abcd", "bcx", "c", "abcabcd"]);
        let found = matcher.find_overlapping("abcxabcabcd", usize::MAX);
        let starts = |i| matcher.starts(&found, i).unwrap().to_vec();
        assert_eq!(starts(0), [7]);
        assert_eq!(starts(1), [1]);
        assert_eq!(starts(2), [2, 6, 9]);
        assert_eq!(starts(3), [4]);
    }

    #[test]
    fn a_batch_counts_overlapping_repeats() {
        let text = source(&["aaaa"]);
        let results = anchor_both(&text, &[exact("aa"), exact("aaa"), exact("aaaa")]);
        assert_eq!(occurrences(&results[0]), 3);
        assert_eq!(occurrences(&results[1]), 2);
        assert_eq!(text.slice(results[2].clone().unwrap()), "aaaa");
    }

    #[test]
    fn a_batch_finds_a_quote_inside_another_and_a_suffix_of_another() {
        let text = source(&["There is no deal until there is a deal, he said."]);
        let results = anchor_both(
            &text,
            &[
                exact("no deal until there is a deal"),
                exact("until there"),
                exact("a deal"),
                exact("deal"),
                exact("he said."),
            ],
        );
        assert_eq!(
            text.slice(results[0].clone().unwrap()),
            "no deal until there is a deal"
        );
        assert_eq!(text.slice(results[1].clone().unwrap()), "until there");
        assert_eq!(text.slice(results[2].clone().unwrap()), "a deal");
        assert_eq!(occurrences(&results[3]), 2);
        assert_eq!(text.slice(results[4].clone().unwrap()), "he said.");
    }

    #[test]
    fn a_batch_gives_identical_exacts_their_own_outcomes() {
        let text = source(&["“Yes,” he said. Later: “Yes,” she said."]);
        let he = TextQuoteSelector {
            exact: "Yes",
            prefix: None,
            suffix: Some(", he"),
        };
        let she = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Later:"),
            suffix: None,
        };
        let nobody = TextQuoteSelector {
            exact: "Yes",
            prefix: Some("Never"),
            suffix: None,
        };
        let results = anchor_both(&text, &[he, she, exact("Yes"), nobody]);
        let first = text.text.find("Yes").unwrap();
        assert_eq!(
            results[0],
            Ok(Span {
                start: first,
                end: first + 3
            })
        );
        let she_span = results[1].clone().unwrap();
        assert_eq!(she_span.start, text.text.rfind("Yes").unwrap());
        assert!(matches!(
            results[2],
            Err(AnchorError::Ambiguous { ref occurrences, count: 2 }) if occurrences.len() == 2
        ));
        assert!(matches!(
            results[3],
            Err(AnchorError::ContextMismatch { ref occurrences, count: 2 }) if occurrences.len() == 2
        ));
    }

    #[test]
    fn a_batch_matches_curly_and_straight_quotes_alike() {
        let text = source(&["She called it “the ‘final’ offer” and left."]);
        let results = anchor_both(
            &text,
            &[
                exact("\"the 'final' offer\""),
                exact("“the ’final’ offer”"),
                exact("«the ‘final‘ offer»"),
            ],
        );
        for result in &results {
            assert_eq!(text.slice(result.clone().unwrap()), "“the ‘final’ offer”");
        }
    }

    #[test]
    fn a_batch_match_may_not_cross_blocks() {
        let text = source(&["ends here.", "here. Starts here."]);
        let results = anchor_both(&text, &[exact("here. Starts"), exact("here. Starts here")]);
        // "here. Starts" also runs from the first paragraph into the second,
        // which does not count, so it is found once, inside the second.
        assert_eq!(
            results[0],
            Ok(Span {
                start: text.text.find("here. Starts").unwrap(),
                end: text.text.find("here. Starts").unwrap() + "here. Starts".len(),
            })
        );
        let across = source(&["ends here.", "Starts here."]);
        let results = anchor_both(&across, &[exact("here. Starts"), exact("Heading” ends")]);
        assert!(matches!(results[0], Err(AnchorError::NotFound { .. })));
        assert!(matches!(results[1], Err(AnchorError::NotFound { .. })));
    }

    #[test]
    fn a_batch_maps_non_ascii_matches_back_exactly() {
        let text = source(&["Зеленський — “Kyiv’s résumé” — سلام 🇺🇦 résumé."]);
        let results = anchor_both(
            &text,
            &[
                exact("Kyiv's résumé"),
                exact("résumé"),
                exact("سلام 🇺🇦"),
                exact("Зеленський"),
                exact("ленс"),
                exact("🇺"),
            ],
        );
        assert_eq!(text.slice(results[0].clone().unwrap()), "Kyiv’s résumé");
        assert_eq!(occurrences(&results[1]), 2);
        assert_eq!(text.slice(results[2].clone().unwrap()), "سلام 🇺🇦");
        assert_eq!(text.slice(results[3].clone().unwrap()), "Зеленський");
        assert_eq!(text.slice(results[4].clone().unwrap()), "ленс");
        assert_eq!(text.slice(results[5].clone().unwrap()), "🇺");
    }

    #[test]
    fn a_batch_reports_empty_and_missing_selectors_in_place() {
        let text = source(&["Relations are at their lowest point since the Cold War."]);
        let results = anchor_both(
            &text,
            &[
                exact(" \n "),
                exact("at their worst point since the Cold War"),
                exact("lowest point"),
            ],
        );
        assert_eq!(results[0], Err(AnchorError::Empty));
        let Err(AnchorError::NotFound {
            closest: Some(closest),
            ..
        }) = results[1]
        else {
            panic!(
                "expected NotFound with a closest passage, got {:?}",
                results[1]
            );
        };
        assert_eq!(
            text.slice(closest),
            "at their lowest point since the Cold War"
        );
        assert_eq!(text.slice(results[2].clone().unwrap()), "lowest point");
        assert_eq!(text.anchor_all(&[]), Vec::new());
    }

    #[test]
    fn sentence_breaks_fall_after_the_end_mark_its_closers_and_the_spaces() {
        let text = "One. “Two?” Three!  Four... (Five.) e.g.x End.";
        let starts: Vec<&str> = sentence_breaks(text).map(|at| &text[at..]).collect();
        assert_eq!(
            starts,
            [
                "“Two?” Three!  Four... (Five.) e.g.x End.",
                "Three!  Four... (Five.) e.g.x End.",
                "Four... (Five.) e.g.x End.",
                "(Five.) e.g.x End.",
                "e.g.x End."
            ]
        );
    }

    #[test]
    fn sentence_around_a_quote_stays_in_its_block() {
        let text = source(&[
            "First sentence. He called it “long overdue” and left. Third one.",
            "Next paragraph.",
        ]);
        let span = text.anchor(exact("long overdue")).unwrap();
        assert_eq!(
            text.slice(text.sentence_around(span)),
            "He called it “long overdue” and left."
        );
    }

    #[test]
    fn the_context_of_a_quote_in_an_endless_sentence_is_a_window_cut_at_words() {
        let paragraph = format!(
            "{} “needle” {}",
            "wordy ".repeat(1_000),
            "tail ".repeat(1_000)
        );
        let text = source(&[&paragraph]);
        let span = text.anchor(exact("needle")).unwrap();
        let context = text.context_around(span);
        assert!(context.cut_before && context.cut_after, "{context:?}");
        assert!(context.span.contains(span));
        assert!(span.start - context.span.start <= CONTEXT_BYTES);
        assert!(context.span.end - span.end <= CONTEXT_BYTES);
        let shown = text.slice(context.span);
        assert!(
            shown.starts_with("wordy ") && shown.ends_with(" tail"),
            "{shown}"
        );
        assert!(shown.len() > CONTEXT_BYTES, "{shown}");
        // A sentence that fits is whole and not cut.
        let text = source(&["First. He said “needle” and left. Last."]);
        let span = text.anchor(exact("needle")).unwrap();
        let context = text.context_around(span);
        assert_eq!(text.slice(context.span), "He said “needle” and left.");
        assert!(!context.cut_before && !context.cut_after);
    }

    #[test]
    fn a_cut_context_never_splits_a_character() {
        let paragraph = format!("{}needle{}", "ä".repeat(500), "ß".repeat(500));
        let text = source(&[&paragraph]);
        let span = text.anchor(exact("needle")).unwrap();
        let context = text.context_around(span);
        assert!(context.cut_before && context.cut_after);
        assert!(text.slice(context.span).contains("needle"));
    }

    #[test]
    fn sentence_around_keeps_a_quote_that_ends_its_sentence() {
        let text =
            source(&["Trump said: “There’s no deal until there’s a deal.” He pledged more."]);
        let span = text
            .anchor(exact("There's no deal until there's a deal."))
            .unwrap();
        assert_eq!(
            text.slice(text.sentence_around(span)),
            "Trump said: “There’s no deal until there’s a deal.”"
        );
    }
}
