//! The Studio's root: owns the [`Studio`] state, shares one dispatcher and the
//! draft through contexts ([`crate::context`]), keeps its effects in hooks
//! ([`crate::hooks`]), and lays out the start panel, the editors, the problems
//! and the preview.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::article_form::ArticleForm;
use crate::components::article_text::ArticleText;
use crate::components::audit_log::AuditLog;
use crate::components::conflict_dialog::ConflictDialog;
use crate::components::deal_editor::DealEditor;
use crate::components::desk_account::DeskAccount;
use crate::components::desk_list::DeskList;
use crate::components::desk_login::DeskLogin;
use crate::components::desk_publish_panel::DeskPublishPanel;
use crate::components::drafting_progress::DraftingProgress;
use crate::components::people_editor::PeopleEditor;
use crate::components::preview_pane::PreviewPane;
use crate::components::problem_list::ProblemList;
use crate::components::publish_panel::PublishPanel;
use crate::components::quote_editor::QuoteEditor;
use crate::components::quote_maker::QuoteMaker;
use crate::components::repair_panel::RepairPanel;
use crate::components::report_adder::ReportAdder;
use crate::components::revisions_panel::RevisionsPanel;
use crate::components::section_nav::SectionNav;
use crate::components::start_panel::StartPanel;
use crate::components::studio_bar::StudioBar;
use crate::context::{DeskDispatch, Dispatch, DraftContext};
use crate::desk::{status_name, status_words, DeskState, Mode, Role, SyncStatus};
use crate::draft::{existing_quote, guess_speaker, Action, Document, Studio};
use crate::hooks::{
    use_after_draw, use_autosave, use_derived_draft, use_desk, use_drafting, use_undo_keys,
    DerivedDraft,
};
use crate::problems;
use crate::publishing::site_folder;
use crate::shelf::Shelf;

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

/// The state the Studio opens with: the newest draft on the shelf, or a new one;
/// but when the last start never finished (a draft or a paste that hung or
/// killed the tab), nothing is opened: the drafts list shows, and says why.
fn reopened(shelf: &Shelf) -> StudioState {
    if let Some(what) = browser::take_unfinished_start() {
        let mut studio = Studio::resumed(&browser::new_draft_id(), None);
        studio.message = Some(format!(
            "The Studio did not finish opening {what} last time (the tab was closed or stopped \
             answering), so it shows your drafts instead of opening it again: open, export or \
             delete any of them below."
        ));
        return StudioState(studio);
    }
    let studio = match shelf.newest() {
        Some(draft) => {
            browser::mark_opening(&format!("the draft “{}”", draft.headline));
            let mut studio = Studio::resumed(&draft.id, browser::saved_draft(&draft.id).as_deref());
            studio.site_url = draft.site_url.clone();
            // Undo does not reach back past a reload: say so, rather than let a
            // disabled Undo be found out later.
            studio.message = Some(format!(
                "Reopened “{}” as it was saved. Undo starts afresh: changes made before the reload \
                 cannot be undone.",
                draft.headline
            ));
            studio
        }
        None => Studio::resumed(&browser::new_draft_id(), None),
    };
    StudioState(studio)
}

/// The draft's editors, problems and preview, with the draft shared through a
/// [`DraftContext`] and the problems by field through their own context, so
/// each field shows its own.
fn draft_view(
    studio: &Studio,
    draft: Rc<DraftContext>,
    checked: &problems::Checked,
    field_problems: Rc<problems::FieldProblems>,
    export: Callback<MouseEvent>,
) -> Html {
    let selected_text = studio
        .selection
        .filter(|s| s.end <= draft.source.text.len())
        .map(|span| draft.source.slice(span).to_string());
    let existing = studio
        .selection
        .and_then(|span| existing_quote(&draft.explainer, &draft.source, span));
    let guess = studio
        .selection
        .filter(|s| s.end <= draft.source.text.len())
        .and_then(|span| guess_speaker(&draft.explainer, &draft.source, span));
    let headline = draft.explainer.article.headline.clone();
    html! {
        <ContextProvider<Rc<DraftContext>> context={draft}>
        <ContextProvider<Rc<problems::FieldProblems>> context={field_problems}>
        <SectionNav errors={checked.errors()} />
        <div class="studio__workspace">
            <div class="studio__editor">
                <div class="studio-part" data-part="article"><ArticleForm /></div>
                <div class="studio-part" data-part="text">
                    // Keyed by draft: another draft's text and forms are drawn afresh, a part at a time.
                    <ArticleText key={studio.draft_id.clone()} selection={studio.selection} find={studio.find.clone()} />
                    <QuoteMaker selected={selected_text} {existing} {guess} />
                </div>
                <div class="studio-part" data-part="quotes"><QuoteEditor key={studio.draft_id.clone()} /></div>
                <div class="studio-part" data-part="people"><PeopleEditor /></div>
                <div class="studio-part" data-part="tracker">
                    <DealEditor has_selection={studio.selection.is_some()} />
                    <ReportAdder />
                </div>
                <div class="studio-part" data-part="publish">
                    <PublishPanel site_url={studio.site_url.clone()} file_name={studio.export_file_name()}
                        {headline} errors={checked.errors()} on_export={export} />
                </div>
            </div>
            <div class="studio__side">
                <div class="studio-part" data-part="problems"><ProblemList problems={checked.problems.clone()} checking={checked.checking} /></div>
                <div class="studio-part" data-part="preview">
                    <PreviewPane anchored={checked.anchored.clone().map(Rc::new)} errors={checked.errors()}
                        widget_url={site_folder(&studio.site_url).ok().map(AttrValue::from)} />
                </div>
            </div>
        </div>
        </ContextProvider<Rc<problems::FieldProblems>>>
        </ContextProvider<Rc<DraftContext>>>
    }
}

/// What the Studio shows of the desk above the start panel: who is logged
/// in, the save status, the last notice and the newsroom's list.
fn desk_top(desk: &DeskState, studio: &Studio) -> Html {
    let Some(user) = desk.mode.user() else {
        return html! {};
    };
    html! {
        <>
        <DeskAccount name={user.name.clone()} role={user.role} />
        <p class="desk-status" role="status" aria-live="polite" data-status={status_name(&desk.status)}
            data-revision={match desk.status { SyncStatus::Saved(revision) => Some(revision.to_string()), _ => None }}>
            { status_words(&desk.status).unwrap_or_default() }
        </p>
        if let Some(notice) = &desk.notice {
            <p class="desk-notice" role="status">{ notice }</p>
        }
        <DeskList list={desk.list.clone()} query={desk.query.clone()}
            open={studio.document == Document::Empty} current={studio.draft_id.clone()} />
        </>
    }
}

/// The desk's login form (or the one-time password's replacement), while
/// nobody is logged in: the Studio shows nothing else.
fn login_view(desk: &DeskState, dispatch: DeskDispatch) -> Option<Html> {
    let changing_for = match &desk.mode {
        Mode::Unreachable => {
            return Some(html! {
                <div class="studio">
                    <header class="studio__bar"><h1 class="studio__title">{ "Explainer Studio" }</h1></header>
                    <p class="desk-status" role="status" data-status="unreachable">
                        { "The desk cannot be reached (it is down, or this computer is offline): trying again. \
                           Changes this browser kept are safe here and will be sent when it is back." }
                    </p>
                </div>
            })
        }
        Mode::LoggedOut => None,
        Mode::ChangePassword(user) => Some(AttrValue::from(user.name.clone())),
        _ => return None,
    };
    Some(html! {
        <ContextProvider<DeskDispatch> context={dispatch}>
        <div class="studio">
            <header class="studio__bar"><h1 class="studio__title">{ "Explainer Studio" }</h1></header>
            <DeskLogin problem={desk.login_problem.clone().map(AttrValue::from)} {changing_for} />
        </div>
        </ContextProvider<DeskDispatch>>
    })
}

/// What the Studio shows of the desk below the draft: publishing, the
/// revisions of the open explainer, the audit log for admins, and a
/// conflict's choice.
fn desk_bottom(desk: &DeskState, studio: &Studio, checked: Option<&problems::Checked>) -> Html {
    let Some(user) = desk.mode.user() else {
        return html! {};
    };
    // On the desk once it has a revision of the draft.
    let saved = match desk.status {
        SyncStatus::Saved(revision) => Some(revision),
        SyncStatus::Idle => desk
            .list
            .iter()
            .find(|s| s.id == studio.draft_id)
            .map(|s| s.revision),
        _ => None,
    };
    let on_desk = saved.is_some() || desk.list.iter().any(|s| s.id == studio.draft_id);
    let (errors, warnings) =
        checked.map_or((0, 0), |c| (c.errors(), c.problems.len() - c.errors()));
    html! {
        <>
        if let (Some(explainer), true) = (studio.explainer(), on_desk) {
            <DeskPublishPanel id={studio.draft_id.clone()} role={user.role}
                headline={explainer.article.headline.clone()} {errors} {warnings} {saved} />
        }
        if studio.explainer().is_some() {
            <RevisionsPanel revisions={desk.revisions.clone()} comparison={desk.comparison.clone()} />
        }
        if user.role == Role::Admin {
            <AuditLog entries={desk.audit.clone()} before={desk.audit_before()} />
        }
        if let Some(conflict) = &desk.conflict {
            <ConflictDialog author={conflict.theirs.meta.author.clone()} revision={conflict.theirs.meta.revision}
                can_merge={conflict.merged().is_some()} clashes={conflict.clashes()} />
        }
        </>
    }
}

/// The Studio: its state, one dispatcher shared through a context, its effects
/// as hooks ([`use_undo_keys`], [`use_autosave`]), and the layout.
#[function_component(StudioApp)]
pub fn studio_app() -> Html {
    // The shelf as it was saved; the newest draft on it reopens.
    let shelf = use_state(browser::load_shelf);
    let state = {
        let shelf = shelf.clone();
        use_reducer(move || reopened(&shelf))
    };
    let studio = &state.0;
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    use_undo_keys(dispatch.clone());
    let (desk, desk_dispatch) = use_desk(studio, dispatch.clone());
    let alone = matches!(desk.0.mode, Mode::Checking | Mode::Alone);
    let unsaved = use_autosave(studio, shelf.clone(), alone, dispatch.clone());
    let drafting = use_drafting(dispatch.clone());
    use_after_draw(studio);

    let DerivedDraft {
        explainer,
        checked,
        source,
        report_sources,
    } = use_derived_draft(studio);

    let on_delete_draft = {
        let (shelf, dispatch) = (shelf.clone(), dispatch.clone());
        let current = studio.draft_id.clone();
        Callback::from(move |id: String| {
            shelf.set(browser::delete_draft(&id));
            if id == current {
                dispatch.emit(Action::NewDraft {
                    id: browser::new_draft_id(),
                });
            }
        })
    };
    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(json) = state.0.export() {
                browser::download(&state.0.export_file_name(), &json);
            }
        })
    };

    let body = match (
        &studio.document,
        (*explainer).clone(),
        (*source).clone(),
        (*checked).clone(),
    ) {
        (Document::Draft(_), Some(explainer), Some(source), Some((checked, field_problems))) => {
            let draft = Rc::new(DraftContext {
                explainer,
                source,
                report_sources: (*report_sources).clone(),
            });
            draft_view(studio, draft, &checked, field_problems, export.clone())
        }
        (Document::Unparsed { text, problem }, ..) => html! {
            <RepairPanel text={text.clone()} problem={problem.clone()} />
        },
        _ => html! {},
    };

    let has_document = studio.document != Document::Empty;
    let desk_dispatch = DeskDispatch(desk_dispatch);
    if let Some(login) = login_view(&desk.0, desk_dispatch.clone()) {
        return login;
    }
    let shelf = if alone {
        (*shelf).clone()
    } else {
        Shelf::default()
    };
    html! {
        <ContextProvider<Dispatch> context={Dispatch(dispatch.clone())}>
        <ContextProvider<DeskDispatch> context={desk_dispatch}>
        <div class="studio">
            <StudioBar can_undo={studio.can_undo()} can_redo={studio.can_redo()} {has_document}
                can_export={studio.explainer().is_some()} on_export={export} />
            <p class="studio__message" role="status" aria-live="polite">
                { studio.message.clone().unwrap_or_default() }
            </p>
            if unsaved {
                <p class="studio__unsaved" role="alert">
                    { "This browser is not keeping the draft (its storage is full or blocked): a reload would lose \
                       your changes. Export the file now, or delete old drafts under “Start an explainer, or open a draft”." }
                </p>
            }
            if let Some(progress) = drafting.progress.clone() {
                <DraftingProgress {progress} on_cancel={drafting.cancel.clone()} />
            }
            { desk_top(&desk.0, studio) }
            <StartPanel open={!has_document} {shelf} current={studio.draft_id.clone()}
                on_delete={on_delete_draft} on_draft={drafting.start.clone()} />
            { body }
            { desk_bottom(&desk.0, studio, (*checked).as_ref().map(|(checked, _)| checked)) }
        </div>
        </ContextProvider<DeskDispatch>>
        </ContextProvider<Dispatch>>
    }
}
