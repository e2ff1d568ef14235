//! A quote card: the WAI-ARIA disclosure pattern around one quote.
//!
//! Collapsed, it shows the quote, the speaker and a one-line hint; expanded, the
//! sentence around the quote with the quote marked in place, the language it
//! was spoken in (where the content says), the context note,
//! the tracker items it is evidence for, and the actions: show in article, copy
//! link and (where the browser has one) share.

use yew::prelude::*;

use crate::components::fragment_link::fragment_link;
use crate::components::highlighted_text::HighlightedText;
use crate::components::quote_language::quote_language;
use crate::context::{use_view_context, ReaderAction, ViewContext};
use crate::fragment::Fragment;
use crate::ids::ElementId;
use crate::model::bidi::quote_direction;
use crate::model::Person;

/// Props of [`QuoteCard`]: the card's own data. The content, whether the widget
/// is live and where actions go come from the views' context
/// ([`crate::context::ViewContext`]).
///
/// The card gets its quote's index, not copies of the quote, speaker and
/// highlighted sentence: with a thousand cards, the list's render then costs a
/// few integer comparisons per unchanged card, and only the card that changed
/// renders again.
#[derive(Properties, Clone, PartialEq)]
pub struct QuoteCardProps {
    /// Which quote, by index in the content's quotes.
    pub index: usize,
    /// Whether the details are shown.
    pub expanded: bool,
    /// The quote is new since the reader's last visit, and they have not opened it yet.
    #[prop_or_default]
    pub unseen: bool,
    /// The link to show for copying by hand, when the clipboard failed.
    #[prop_or_default]
    pub link_fallback: Option<String>,
}

/// One quote.
#[function_component(QuoteCard)]
pub fn quote_card(props: &QuoteCardProps) -> Html {
    let context = use_view_context();
    let strings = context.strings;
    let (explainer, live, dispatch) = (&context.explainer, context.live, &context.dispatch);
    // The journalist's words (names, the hint, the note) keep the content's
    // language and direction under an interface in another (issue 31).
    let (lang, dir) = (context.content_lang.clone(), context.content_dir);
    let index = props.index;
    let quote = &explainer.explainer.quotes[index];
    // Validation guarantees the speaker exists; a bare name is the safe fallback.
    let person = explainer
        .explainer
        .person(&quote.speaker)
        .cloned()
        .unwrap_or_else(|| Person {
            id: quote.speaker.clone(),
            name: quote.speaker.clone(),
            role: String::new(),
        });
    // Only an explainer of several reports names them: one of one report
    // renders as it always did.
    let from_report = explainer
        .has_several_reports()
        .then(|| explainer.explainer.report(explainer.quotes[index].report))
        .flatten()
        .map(|report| {
            html! {
                <>{ strings.from_report(report.published) }{ " " }<bdi lang={lang.clone()} {dir}>{ report.headline }</bdi></>
            }
        });
    let details_id = ElementId::QuoteDetails(&quote.id).id();
    let link = Fragment::Quote(quote.id.clone());
    // A <button> gets Enter and Space from the browser, so no key handler is needed.
    let ontoggle = dispatch.reform(move |_: MouseEvent| ReaderAction::ToggleQuote(index));
    // Words and names from the content are isolated (`<bdi>`): an Arabic quote in
    // an English card keeps its quotation marks at the ends the card reads from
    // and to, and does not turn the card's title to the right. A quote without
    // right-to-left letters reads in the article's direction, whatever
    // invisible marks it holds (`quote_direction`).
    let quote_dir = quote_direction(&quote.text, explainer.explainer.article.direction());
    let text = html! {
        <span class="quote-card__text">{ strings.quote_open }<bdi lang={quote.language.clone().map(AttrValue::from).or(lang.clone())} dir={quote_dir}>{ &quote.text }</bdi>{ strings.quote_close }</span>
    };
    let speaker = html! { <span class="quote-card__speaker"><bdi lang={lang.clone()} {dir}>{ &person.name }</bdi></span> };
    let chevron = html! { <span class="quote-card__chevron" aria-hidden="true"></span> };
    // A word, not only a colour; in the toggle, so the button's name says it too.
    let mark = props.unseen.then(|| {
        html! {
            <span class="since-mark">
                { strings.new_mark }<span class="visually-hidden">{ strings.since_your_visit }{ strings.label_separator }</span>
            </span>
        }
    });
    let details = quote_details(&context, props, &person);
    let class = classes!(
        "quote-card",
        props.expanded.then_some("is-expanded"),
        props.unseen.then_some("is-unseen")
    );
    if !live {
        return html! {
            <li {class} id={link.id()} data-quote={quote.id.clone()} tabindex="-1">
                <details class="quote-card__disclosure" open={props.expanded}>
                    <summary class="quote-card__toggle">
                        { text }{ speaker }
                        <span class="quote-card__hint" lang={lang.clone()} {dir}>{ &quote.context }</span>
                        if let Some(from_report) = from_report.clone() {
                            <span class="quote-card__report">{ from_report }</span>
                        }
                        { chevron }
                    </summary>
                    { details }
                </details>
            </li>
        };
    }
    html! {
        <li {class} id={link.id()} data-quote={quote.id.clone()} tabindex="-1">
            <button type="button" class="quote-card__toggle"
                    aria-expanded={props.expanded.to_string()} aria-controls={details_id}
                    onclick={ontoggle}>
                { mark }{ text }{ speaker }{ chevron }
            </button>
            if !props.expanded {
                <p class="quote-card__hint" lang={lang.clone()} {dir}>{ &quote.context }</p>
            }
            if let Some(from_report) = from_report {
                <p class="quote-card__report">{ from_report }</p>
            }
            { details }
        </li>
    }
}

/// The part of a card its toggle shows and hides: the sentence around the
/// quote, its language, the note, the items it is evidence for and the actions.
fn quote_details(context: &ViewContext, props: &QuoteCardProps, person: &Person) -> Html {
    let strings = context.strings;
    let (explainer, live, dispatch) = (&context.explainer, context.live, &context.dispatch);
    let (lang, dir) = (context.content_lang.clone(), context.content_dir);
    let index = props.index;
    let quote = &explainer.explainer.quotes[index];
    let details_id = ElementId::QuoteDetails(&quote.id).id();
    let link = Fragment::Quote(quote.id.clone());
    let in_article = Fragment::Source(Some(quote.id.clone()));
    let evidence_for: Vec<(&str, &str)> = explainer
        .deals_citing(index)
        .map(|deal| {
            let deal = &explainer.explainer.tracker[deal];
            (deal.id.as_str(), deal.title.as_str())
        })
        .collect();
    let onshowinarticle = {
        let to = in_article.clone();
        dispatch.reform(move |_: MouseEvent| ReaderAction::Follow(to.clone()))
    };
    let oncopylink = {
        let link = link.clone();
        dispatch.reform(move |_: MouseEvent| ReaderAction::CopyLink(link.clone()))
    };
    let onshare = {
        let link = link.clone();
        dispatch.reform(move |_: MouseEvent| ReaderAction::Share(link.clone()))
    };
    html! {
            <div class="quote-card__details" id={details_id.clone()} hidden={live && !props.expanded}>
            <p class="quote-card__label">{ strings.in_context }</p>
            <blockquote class="quote-card__context-text" lang={lang.clone()} {dir}>
                <p><HighlightedText segments={explainer.quote_in_context(index)} article_direction={explainer.explainer.article.direction()} /></p>
            </blockquote>
            { quote_language(quote, &explainer.explainer.article.language, strings) }
            <p class="quote-card__label">{ strings.why_it_matters }</p>
            <p class="quote-card__note" lang={lang.clone()} {dir}>{ &quote.context }</p>
            <p class="quote-card__role"><bdi lang={lang.clone()} {dir}>{ &person.name }</bdi>{ strings.list_separator }<bdi lang={lang.clone()} {dir}>{ &person.role }</bdi></p>
            if !evidence_for.is_empty() {
                <p class="quote-card__evidence-for">
                    { strings.evidence_for }{ strings.label_separator }
                    { for evidence_for.iter().enumerate().map(|(i, &(id, title))| html! {
                        <>
                            if i > 0 { { strings.list_separator } }
                            { fragment_link(Fragment::Deal(id.to_string()), dispatch, html! { <bdi lang={lang.clone()} {dir}>{ title }</bdi> }) }
                        </>
                    }) }
                </p>
            }
            <div class="quote-card__actions">
                if live {
                    <button type="button" class="button" onclick={onshowinarticle}>{ strings.show_in_article }</button>
                    <button type="button" class="button" onclick={oncopylink}>{ strings.copy_link }</button>
                    if context.can_share {
                        <button type="button" class="button" onclick={onshare}>{ strings.share }</button>
                    }
                } else {
                    <a class="button" href={in_article.href()}>{ strings.show_in_article }</a>
                    <a class="button" href={link.href()}>{ strings.link_to_quote }</a>
                }
            </div>
            if let Some(url) = &props.link_fallback {
                <p class="quote-card__fallback">
                    <label>
                        { strings.copy_fallback }
                        <input type="text" readonly=true value={url.clone()} aria-label={strings.link_field_label}
                               onfocus={Callback::from(|event: FocusEvent| {
                                   if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                                       input.select();
                                   }
                               })} />
                    </label>
                </p>
            }
        </div>
    }
}
