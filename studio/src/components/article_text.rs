//! The article's text, where quotes are made: select words with the mouse (or
//! touch), or type them into "Find in article", which selects them. Quotes
//! already made are marked; the selected passage is highlighted.
//!
//! The text is drawn in chunks of [`BLOCKS_PER_CHUNK`] blocks, each a
//! component of its own given only its quotes and its part of the selection,
//! so a new selection redraws one chunk, not a megabyte of article; and a long
//! article's chunks are added a few at a time, a turn of the browser apart
//! ([`CHUNKS_PER_TURN`]), so its first drawing never holds the page (issue 28).

use std::ops::Range;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use news_explainer::model::anchor::{BlockKind, SourceText, TextQuoteSelector};
use news_explainer::model::{Explainer, Span};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::context::{use_dispatch, use_draft};
use crate::draft::Action;

/// Props of [`ArticleText`].
#[derive(Properties, Clone, PartialEq)]
pub struct ArticleTextProps {
    /// The selected passage.
    pub selection: Option<Span>,
    /// The words of the last search.
    pub find: String,
}

/// How many blocks (headings and paragraphs) one [`ArticleChunk`] draws.
pub const BLOCKS_PER_CHUNK: usize = 40;

/// How many chunks are drawn at first, and added at each turn after.
pub const CHUNKS_PER_TURN: usize = 3;

/// A draft with more quotes than this has its quotes marked a turn after its
/// text is first drawn: anchoring them all is a pass of its own.
pub const MARKS_LATER_QUOTES: usize = 150;

/// Where the article's own quotes are (a later report's are in its text).
fn quoted_spans(explainer: &Explainer, source: &SourceText) -> Vec<Span> {
    let selectors: Vec<TextQuoteSelector<'_>> = explainer
        .quotes
        .iter()
        .filter(|q| q.report.is_none())
        .map(|q| TextQuoteSelector {
            exact: &q.text,
            prefix: q.prefix.as_deref(),
            suffix: q.suffix.as_deref(),
        })
        .collect();
    source
        .anchor_all(&selectors)
        .into_iter()
        .filter_map(Result::ok)
        .collect()
}

/// One run of a block: text with the same marks throughout.
struct Run {
    start: usize,
    end: usize,
    quoted: bool,
    selected: bool,
}

/// Splits `block` at every edge of the quotes' spans and the selection.
fn runs(block: Span, quoted: &[Span], selection: Option<Span>) -> Vec<Run> {
    let mut edges = vec![block.start, block.end];
    for span in quoted.iter().chain(selection.iter()) {
        for edge in [span.start, span.end] {
            if block.start < edge && edge < block.end {
                edges.push(edge);
            }
        }
    }
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .map(|pair| {
            let run = Span {
                start: pair[0],
                end: pair[1],
            };
            Run {
                start: run.start,
                end: run.end,
                quoted: quoted.iter().any(|q| q.contains(run)),
                selected: selection.is_some_and(|s| s.contains(run)),
            }
        })
        .collect()
}

/// The article view.
#[function_component(ArticleText)]
pub fn article_text(props: &ArticleTextProps) -> Html {
    let on_action = use_dispatch();
    let draft = use_draft();
    let source = &draft.source;
    let article = use_node_ref();
    // Anchored once per change of the draft, not at each chunk added; for a
    // long draft a turn after its first drawing, which then has no marks.
    let quoted = use_state(|| Rc::new(Vec::<Span>::new()));
    {
        let quoted = quoted.clone();
        let long = draft.explainer.quotes.len() > MARKS_LATER_QUOTES;
        use_effect_with(
            (Rc::clone(&draft.explainer), Rc::clone(source)),
            move |(explainer, source)| {
                let (explainer, source) = (Rc::clone(explainer), Rc::clone(source));
                let mark = move || quoted.set(Rc::new(quoted_spans(&explainer, &source)));
                let later = if long {
                    Some(Timeout::new(0, mark))
                } else {
                    mark();
                    None
                };
                move || drop(later)
            },
        );
    }

    let read_selection = {
        let article = article.clone();
        let on_action = on_action.clone();
        Callback::from(move |_: ()| {
            if let Some(element) = article.cast::<web_sys::Element>() {
                if let Some(span) = browser::selected_span(&element) {
                    on_action.emit(Action::Select(Some(span)));
                }
            }
        })
    };
    let on_find = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::Find(input.value()));
        })
    };
    let on_next = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::FindNext))
    };

    // Chunks drawn so far: more each turn until all are.
    let chunk_count = source.blocks.len().div_ceil(BLOCKS_PER_CHUNK);
    let drawn = use_state(|| CHUNKS_PER_TURN);
    {
        let drawn = drawn.clone();
        use_effect_with((*drawn, chunk_count), move |&(now, all)| {
            // Once all are drawn, blocks added later are drawn at once.
            if now >= all && now != usize::MAX {
                drawn.set(usize::MAX);
            }
            let more =
                (now < all).then(|| Timeout::new(0, move || drawn.set(now + CHUNKS_PER_TURN)));
            move || drop(more)
        });
    }
    let chunks = (0..chunk_count.min(*drawn)).map(|chunk| {
        let blocks =
            chunk * BLOCKS_PER_CHUNK..((chunk + 1) * BLOCKS_PER_CHUNK).min(source.blocks.len());
        let within = Span {
            start: source.blocks[blocks.start].span.start,
            end: source.blocks[blocks.end - 1].span.end,
        };
        let overlaps = |span: &Span| span.start < within.end && within.start < span.end;
        html! {
            <ArticleChunk key={chunk} source={Rc::clone(source)} {blocks}
                quoted={quoted.iter().copied().filter(overlaps).collect::<Vec<_>>()}
                selection={props.selection.filter(overlaps)} />
        }
    });

    let onmouseup = {
        let read = read_selection.clone();
        Callback::from(move |_: MouseEvent| read.emit(()))
    };
    let onkeyup = {
        let read = read_selection.clone();
        Callback::from(move |_: KeyboardEvent| read.emit(()))
    };
    let ontouchend = Callback::from(move |_: TouchEvent| read_selection.emit(()));

    html! {
        <section class="studio-section" aria-labelledby="studio-text-title">
            <h2 id="studio-text-title">{ "Article text" }</h2>
            <p class="studio-hint" id="studio-text-hint">
                { "Select the words of a quote, or find them below, then make the quote." }
            </p>
            <div class="studio-find">
                <label for="studio-find">{ "Find in article" }</label>
                <input id="studio-find" type="search" value={props.find.clone()} oninput={on_find}
                    aria-describedby="studio-text-hint" />
                <button type="button" onclick={on_next}>{ "Next match" }</button>
            </div>
            <div class="studio-text" ref={article} {onmouseup} {onkeyup} {ontouchend}
                tabindex="0" role="region" aria-label="Article text to select quotes from">
                { for chunks }
            </div>
        </section>
    }
}

/// Props of [`ArticleChunk`].
#[derive(Properties, Clone, PartialEq)]
pub struct ArticleChunkProps {
    /// The article's text (compared by pointer: the same text draws the same).
    pub source: Rc<SourceText>,
    /// Which of its blocks this chunk draws.
    pub blocks: Range<usize>,
    /// The spans of the quotes in these blocks.
    pub quoted: Vec<Span>,
    /// The selection, where it reaches into these blocks.
    pub selection: Option<Span>,
}

/// A chunk of the article's blocks, with its quotes and selection marked.
#[function_component(ArticleChunk)]
pub fn article_chunk(props: &ArticleChunkProps) -> Html {
    let source = &props.source;
    source.blocks[props.blocks.clone()]
        .iter()
        .map(|block| {
            let content = runs(block.span, &props.quoted, props.selection)
                .into_iter()
                .map(|run| {
                    let text = source.slice(Span {
                        start: run.start,
                        end: run.end,
                    });
                    let class = classes!(
                        run.quoted.then_some("studio-text__quote"),
                        run.selected.then_some("studio-text__selected")
                    );
                    if run.quoted || run.selected {
                        html! { <mark class={class} data-start={run.start.to_string()}>{ text }</mark> }
                    } else {
                        html! { <span data-start={run.start.to_string()}>{ text }</span> }
                    }
                })
                .collect::<Html>();
            match block.kind {
                BlockKind::Heading => html! { <h3 class="studio-text__heading">{ content }</h3> },
                BlockKind::Paragraph => html! { <p>{ content }</p> },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_at_quotes_and_the_selection() {
        let block = Span { start: 10, end: 30 };
        let quoted = [Span { start: 12, end: 15 }, Span { start: 40, end: 45 }];
        let selection = Some(Span { start: 14, end: 20 });
        let found: Vec<(usize, usize, bool, bool)> = runs(block, &quoted, selection)
            .into_iter()
            .map(|r| (r.start, r.end, r.quoted, r.selected))
            .collect();
        assert_eq!(
            found,
            [
                (10, 12, false, false),
                (12, 14, true, false),
                (14, 15, true, true),
                (15, 20, false, true),
                (20, 30, false, false),
            ]
        );
    }
}
