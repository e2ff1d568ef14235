//! The Studio's root: owns the [`Studio`] state, saves it on every change, and
//! lays out the start panel, the editors, the problems and the preview.

use std::rc::Rc;

use news_explainer::model::anchor::SourceText;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::article_form::ArticleForm;
use crate::components::article_text::ArticleText;
use crate::components::deal_editor::DealEditor;
use crate::components::people_editor::PeopleEditor;
use crate::components::preview_pane::PreviewPane;
use crate::components::problem_list::ProblemList;
use crate::components::publish_panel::PublishPanel;
use crate::components::quote_editor::QuoteEditor;
use crate::components::quote_maker::QuoteMaker;
use crate::components::repair_panel::RepairPanel;
use crate::components::report_adder::ReportAdder;
use crate::components::section_nav::SectionNav;
use crate::components::start_panel::StartPanel;
use crate::draft::{Action, Document, Studio};
use crate::problems;
use crate::publishing::site_folder;
use crate::shelf;

/// Yew's reducer over the plain-Rust [`Studio`]: each action makes a new state.
#[derive(Clone, Debug, PartialEq)]
pub struct StudioState(pub Studio);

impl Reducible for StudioState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(StudioState(next))
    }
}

/// The Studio.
#[function_component(StudioApp)]
pub fn studio_app() -> Html {
    // The shelf as it was saved; the newest draft on it reopens.
    let shelf = use_state(browser::load_shelf);
    let state = {
        let newest = shelf
            .newest()
            .map(|draft| (draft.id.clone(), draft.site_url.clone()));
        use_reducer(move || {
            let studio = match newest {
                Some((id, site_url)) => {
                    let mut studio = Studio::resumed(&id, browser::saved_draft(&id).as_deref());
                    studio.site_url = site_url;
                    studio
                }
                None => Studio::resumed(&browser::new_draft_id(), None),
            };
            StudioState(studio)
        })
    };
    let studio = &state.0;
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    // Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z redoes, except in a text field,
    // where the browser's own undo of the typing comes first.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "keydown",
                move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let in_text_field = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|element| {
                            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if in_text_field
                        || !(event.ctrl_key() || event.meta_key())
                        || !event.key().eq_ignore_ascii_case("z")
                    {
                        return;
                    }
                    event.prevent_default();
                    dispatcher.dispatch(if event.shift_key() {
                        Action::Redo
                    } else {
                        Action::Undo
                    });
                },
            );
            move || drop(listener)
        });
    }

    // Every change is saved as it happens, so a reload or a crash reopens it.
    // When the browser refuses (its storage full or blocked), the journalist is
    // told at once, while exporting can still save the work.
    let unsaved = use_state(|| false);
    {
        let saved = (
            studio.draft_id.clone(),
            studio.saved_text(),
            shelf::headline_of(&studio.document),
            studio.site_url.clone(),
        );
        let (shelf, unsaved) = (shelf.clone(), unsaved.clone());
        use_effect_with(saved, move |(id, text, headline, site_url)| {
            let saved =
                browser::save_draft(id, text.as_deref(), headline.clone(), site_url.clone());
            shelf.set(saved.shelf);
            unsaved.set(!saved.kept);
        });
    }
    let on_delete_draft = {
        let shelf = shelf.clone();
        let on_action = on_action.clone();
        let current = studio.draft_id.clone();
        Callback::from(move |id: String| {
            shelf.set(browser::delete_draft(&id));
            if id == current {
                on_action.emit(Action::NewDraft {
                    id: browser::new_draft_id(),
                });
            }
        })
    };
    let new_draft = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::NewDraft {
                id: browser::new_draft_id(),
            })
        })
    };

    let explainer = studio.explainer().cloned();
    // Checked once per change of the draft; the problems by field go to every
    // form through a context, so each field shows its own.
    let checked = use_memo(explainer.clone(), |explainer| {
        explainer.as_ref().map(|explainer| {
            let checked = problems::check(explainer);
            let by_field = Rc::new(problems::FieldProblems::new(&checked.problems));
            (checked, by_field)
        })
    });
    let source = use_memo(explainer.as_ref().map(|e| e.source.clone()), |sections| {
        sections.as_ref().map(|s| Rc::new(SourceText::new(s)))
    });
    // Each later report's text, for the quotes that name it.
    let report_sources = use_memo(
        explainer
            .as_ref()
            .map(|e| e.reports.clone())
            .unwrap_or_default(),
        |reports| {
            Rc::new(
                reports
                    .iter()
                    .map(|report| (report.id.clone(), Rc::new(SourceText::new(&report.source))))
                    .collect::<Vec<_>>(),
            )
        },
    );

    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(json) = state.0.export() {
                browser::download(&state.0.export_file_name(), &json);
            }
        })
    };

    let undo = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Undo))
    };
    let redo = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Redo))
    };

    let body = match (
        &studio.document,
        explainer.as_ref(),
        (*source).clone(),
        (*checked).clone(),
    ) {
        (Document::Draft(_), Some(explainer), Some(source), Some((checked, field_problems))) => {
            let selected_text = studio
                .selection
                .filter(|s| s.end <= source.text.len())
                .map(|span| source.slice(span).to_string());
            html! {
                <ContextProvider<Rc<problems::FieldProblems>> context={field_problems}>
                <SectionNav errors={checked.errors()} />
                <div class="studio__workspace">
                    <div class="studio__editor">
                        <ArticleForm article={explainer.article.clone()} on_action={on_action.clone()} />
                        <ArticleText source={source.clone()} quotes={explainer.quotes.clone()}
                            selection={studio.selection} find={studio.find.clone()} on_action={on_action.clone()} />
                        <QuoteMaker selected={selected_text} people={explainer.people.clone()}
                            items={explainer.tracker.iter().map(|item| item.title.clone()).collect::<Vec<_>>()}
                            on_action={on_action.clone()} />
                        <QuoteEditor quotes={explainer.quotes.clone()} people={explainer.people.clone()}
                            source={source.clone()} reports={(*report_sources).clone()}
                            tracker={explainer.tracker.clone()} on_action={on_action.clone()} />
                        <PeopleEditor people={explainer.people.clone()} on_action={on_action.clone()} />
                        <DealEditor tracker={explainer.tracker.clone()}
                            quote_ids={explainer.quotes.iter().map(|q| q.id.clone()).collect::<Vec<_>>()}
                            has_selection={studio.selection.is_some()} on_action={on_action.clone()} />
                        <ReportAdder reports={explainer.reports.clone()} on_action={on_action.clone()} />
                        <PublishPanel site_url={studio.site_url.clone()} file_name={studio.export_file_name()}
                            headline={explainer.article.headline.clone()} errors={checked.errors()}
                            on_action={on_action.clone()} on_export={export.clone()} />
                    </div>
                    <div class="studio__side">
                        <ProblemList problems={checked.problems.clone()} />
                        <PreviewPane anchored={checked.anchored.clone().map(Rc::new)} errors={checked.errors()}
                            widget_url={site_folder(&studio.site_url).ok().map(AttrValue::from)} />
                    </div>
                </div>
                </ContextProvider<Rc<problems::FieldProblems>>>
            }
        }
        (Document::Unparsed { text, problem }, ..) => html! {
            <RepairPanel text={text.clone()} problem={problem.clone()} on_action={on_action.clone()} />
        },
        _ => html! {},
    };

    let has_document = studio.document != Document::Empty;
    html! {
        <div class="studio">
            <header class="studio__bar">
                <h1 class="studio__title">{ "Explainer Studio" }</h1>
                <div class="studio-actions">
                    <button type="button" onclick={undo} disabled={!studio.can_undo()}
                        aria-keyshortcuts="Control+Z Meta+Z">{ "Undo" }</button>
                    <button type="button" onclick={redo} disabled={!studio.can_redo()}
                        aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z">{ "Redo" }</button>
                    if has_document {
                        <button type="button" onclick={new_draft}>{ "New explainer" }</button>
                    }
                    if studio.explainer().is_some() {
                        <button type="button" class="studio__export" onclick={export}>
                            { "Export JSON" }
                        </button>
                    }
                </div>
            </header>
            <p class="studio__message" role="status" aria-live="polite">
                { studio.message.clone().unwrap_or_default() }
            </p>
            if *unsaved {
                <p class="studio__unsaved" role="alert">
                    { "This browser is not keeping the draft (its storage is full or blocked): a reload would lose \
                       your changes. Export the file now, or delete old drafts under “Start an explainer, or open a draft”." }
                </p>
            }
            <StartPanel open={!has_document} shelf={(*shelf).clone()} current={studio.draft_id.clone()}
                on_action={on_action.clone()} on_delete={on_delete_draft} />
            { body }
        </div>
    }
}
