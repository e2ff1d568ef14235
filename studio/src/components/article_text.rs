//! The article's text, where quotes are made: select words with the mouse (or
//! touch), or type them into "Find in article", which selects them. Quotes
//! already made are marked; the selected passage is highlighted.

use news_explainer::model::anchor::{BlockKind, TextQuoteSelector};
use news_explainer::model::Span;
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
    let quotes = &draft.explainer.quotes;
    let article = use_node_ref();
    let source = &source;
    let quoted: Vec<Span> = {
        // Only the article's own quotes: a later report's are in its text.
        let selectors: Vec<TextQuoteSelector<'_>> = quotes
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
    };

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

    let blocks = source.blocks.iter().map(|block| {
        let content = runs(block.span, &quoted, props.selection)
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
                { for blocks }
            </div>
        </section>
    }
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
