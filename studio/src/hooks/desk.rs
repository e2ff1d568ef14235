//! The Studio's desk, as one hook: it asks `GET /api/me` on start (200: desk
//! mode; 401: the login form; anything else: alone, as on a static host),
//! answers the views' [`DeskAction`]s with requests, and keeps the open
//! explainer in step with the desk: each change saved (debounced) over the
//! revision it started from, kept in the browser first and until the desk
//! acknowledges it, tried again with a growing wait while the desk cannot take
//! it, and a conflict handed to the journalist. The decisions are plain Rust
//! in [`crate::desk`]; this is their wiring to Yew, `fetch` and timers.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use news_explainer::model::Explainer;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::browser;
use crate::desk::{
    self, call, login_problem, Comparison, Conflict, DeskAction, DeskError, DeskEvent, DeskRequest,
    DeskState, Link, Mode, PendingSave, Send, Sync, AUDIT_PAGE,
};
use crate::draft::{Action, Studio};

/// How long typing pauses before a change goes to the desk.
const DEBOUNCE_MS: u32 = 600;

/// Yew's reducer over the plain-Rust [`DeskState`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeskStore(pub DeskState);

impl Reducible for DeskStore {
    type Action = DeskEvent;

    fn reduce(self: Rc<Self>, event: DeskEvent) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(event);
        Rc::new(DeskStore(next))
    }
}

/// What the Studio's latest render knew: the callbacks of timers and answers
/// read it, never a stale copy.
#[derive(Default)]
struct Latest {
    content: Option<String>,
    site_url: String,
}

/// Everything an answer or a timer needs, cheap to clone.
#[derive(Clone)]
struct Desk {
    events: UseReducerDispatcher<DeskStore>,
    studio: Callback<Action>,
    sync: Rc<RefCell<Sync>>,
    retry: Rc<RefCell<Option<Timeout>>>,
    latest: Rc<RefCell<Latest>>,
    conflict: Rc<RefCell<Option<Conflict>>>,
}

/// The explainer's JSON as the Studio writes it, so that content from the desk
/// compares equal to the same explainer opened in the Studio.
fn normalised(content: &str) -> Option<String> {
    Explainer::from_json(content)
        .ok()
        .and_then(|explainer| serde_json::to_string(&explainer).ok())
}

fn parsed(content: &str) -> Option<Explainer> {
    Explainer::from_json(content).ok()
}

impl Desk {
    fn event(&self, event: DeskEvent) {
        self.events.dispatch(event);
    }

    fn status(&self) {
        let status = self.sync.borrow().status.clone();
        self.event(DeskEvent::Status(status));
    }

    /// Opens `content` in the Studio as the draft `id`.
    fn resume(&self, id: &str, content: String) {
        let site_url = self.latest.borrow().site_url.clone();
        self.latest.borrow_mut().content = Some(content.clone());
        self.studio.emit(Action::Resume {
            id: id.to_string(),
            text: content,
            site_url,
        });
    }

    /// Sends what the desk does not have yet, if nothing is in flight.
    fn pump(&self) {
        let (send, epoch, keeping) = {
            let mut sync = self.sync.borrow_mut();
            let send = sync.to_send();
            (send, sync.epoch, sync.keeping_id().to_string())
        };
        let Some(send) = send else { return };
        self.status();
        let desk = self.clone();
        spawn_local(async move {
            let (request, content) = match &send {
                Send::Create(content) => (DeskRequest::create(content), content.clone()),
                Send::Save { id, base, content } => {
                    (DeskRequest::save(id, *base, content), content.clone())
                }
            };
            let answer = call(request, desk::read_saved).await;
            if desk.sync.borrow().epoch != epoch {
                return;
            }
            match answer {
                Ok(saved) => desk.saved(saved, content, &keeping),
                Err(error) => desk.not_saved(error, content),
            }
        });
    }

    fn saved(&self, saved: desk::Saved, content: String, keeping: &str) {
        let created = keeping != saved.id;
        self.sync
            .borrow_mut()
            .acknowledged(saved.id.clone(), saved.revision, content.clone());
        browser::forget_pending(keeping, &content);
        if created {
            // A change typed while the create was on its way is now kept under
            // the desk's id, over the revision just made.
            if let Some(kept) = browser::pending(keeping) {
                browser::forget_pending(keeping, &kept.content);
                browser::keep_pending(&PendingSave {
                    id: saved.id.clone(),
                    base: saved.revision,
                    content: kept.content,
                });
            }
            browser::remember_desk_open(Some(&saved.id));
            self.studio.emit(Action::Linked { id: saved.id });
        }
        self.status();
        self.pump();
    }

    fn not_saved(&self, error: DeskError, mine: String) {
        let retry = self.sync.borrow_mut().failed(&error);
        self.status();
        if let Some(wait) = retry {
            let desk = self.clone();
            *self.retry.borrow_mut() = Some(Timeout::new(wait, move || desk.pump()));
        }
        match error {
            DeskError::Conflict(theirs) => self.open_conflict(*theirs, mine),
            DeskError::Refused { status: 401, .. } => {
                self.event(DeskEvent::Mode(Mode::LoggedOut));
            }
            _ => {}
        }
    }

    /// Fetches the revision both started from and offers the choice.
    fn open_conflict(&self, theirs: desk::Revision, mine: String) {
        let base = self.sync.borrow().base();
        let desk = self.clone();
        spawn_local(async move {
            let base = call(DeskRequest::revision(&theirs.id, base), desk::read_revision)
                .await
                .ok()
                .map(|revision| revision.content);
            let merge = match (
                base.as_deref().and_then(parsed),
                parsed(&mine),
                parsed(&theirs.content),
            ) {
                (Some(base), Some(mine), Some(theirs)) => Some(desk::merge(&base, &mine, &theirs)),
                _ => None,
            };
            let conflict = Conflict {
                theirs,
                mine,
                base,
                merge,
            };
            *desk.conflict.borrow_mut() = Some(conflict.clone());
            desk.event(DeskEvent::Conflict(Some(Box::new(conflict))));
        });
    }
}

impl Desk {
    /// The journalist's choice for a conflict.
    fn resolve(&self, action: &DeskAction) {
        let Some(conflict) = self.conflict.borrow_mut().take() else {
            return;
        };
        let theirs = normalised(&conflict.theirs.content).unwrap_or(conflict.theirs.content);
        let id = conflict.theirs.id.clone();
        let their_link = Link {
            id: id.clone(),
            revision: conflict.theirs.meta.revision,
            content: theirs.clone(),
        };
        // What I have now, typing since the refusal included.
        let mine = self
            .latest
            .borrow()
            .content
            .clone()
            .unwrap_or(conflict.mine);
        let notice = match action {
            DeskAction::Merge => {
                let merged = match (
                    conflict.base.as_deref().and_then(parsed),
                    parsed(&mine),
                    parsed(&theirs),
                ) {
                    (Some(base), Some(mine), Some(theirs)) => {
                        match desk::merge(&base, &mine, &theirs) {
                            desk::Merge::Merged(explainer) => {
                                serde_json::to_string(&explainer).ok()
                            }
                            desk::Merge::Clashes(_) => None,
                        }
                    }
                    _ => None,
                };
                let Some(merged) = merged else {
                    // Both changed the same field since the dialog opened: ask again.
                    *self.conflict.borrow_mut() = None;
                    self.event(DeskEvent::Notice(
                        "Your changes and theirs now touch the same field: keep yours as a copy, or take theirs."
                            .into(),
                    ));
                    return;
                };
                self.sync
                    .borrow_mut()
                    .resolved(Some(their_link), merged.clone());
                self.resume(&id, merged);
                "Merged your changes into theirs; saving the merge to the desk."
            }
            DeskAction::TakeTheirs => {
                self.sync
                    .borrow_mut()
                    .resolved(Some(their_link), theirs.clone());
                browser::forget_pending(&id, &mine);
                self.resume(&id, theirs);
                "Took their version; yours was not saved."
            }
            _ => {
                let copy = browser::new_draft_id();
                self.sync.borrow_mut().reset(None, &copy);
                browser::forget_pending(&id, &mine);
                self.resume(&copy, mine);
                "Kept yours as a new explainer on the desk; theirs is unchanged."
            }
        };
        self.event(DeskEvent::Conflict(None));
        self.event(DeskEvent::Notice(notice.into()));
        self.status();
        self.pump();
    }

    /// Opens the explainer `id`: what this browser kept of it, when there is
    /// something the desk has not taken, or else the desk's current revision.
    fn open(&self, id: String) {
        let desk = self.clone();
        spawn_local(async move {
            match call(DeskRequest::get(&id), desk::read_revision).await {
                Ok(revision) => {
                    let content = normalised(&revision.content).unwrap_or(revision.content);
                    let link = Link {
                        id: id.clone(),
                        revision: revision.meta.revision,
                        content: content.clone(),
                    };
                    desk.sync.borrow_mut().reset(Some(link), &id);
                    browser::remember_desk_open(Some(&id));
                    desk.event(DeskEvent::Revisions(Vec::new()));
                    match browser::pending(&id).filter(|kept| kept.content != content) {
                        Some(kept) => desk.reopen_kept(kept),
                        None => desk.resume(&id, content),
                    }
                    desk.status();
                }
                Err(error) => desk.event(DeskEvent::Notice(format!(
                    "Could not open that explainer: {}",
                    error.message()
                ))),
            }
        });
    }

    /// Reopens a change the desk has not taken, over the revision it started
    /// from, and sends it.
    fn reopen_kept(&self, kept: PendingSave) {
        let link = (kept.base > 0).then(|| Link {
            id: kept.id.clone(),
            revision: kept.base,
            content: String::new(),
        });
        self.sync.borrow_mut().reset(link, &kept.id);
        self.resume(&kept.id, kept.content);
        self.event(DeskEvent::Notice(
            "Reopened changes this browser kept; sending them to the desk.".into(),
        ));
        self.pump();
    }

    /// Logged in: the list, and the explainer open last (with what was kept).
    fn start(&self) {
        self.act(DeskAction::Search(String::new()));
        match browser::desk_open() {
            Some(id) => match browser::pending(&id) {
                Some(kept) if kept.base == 0 => self.reopen_kept(kept),
                _ => self.open(id),
            },
            None => self.studio.emit(Action::NewDraft {
                id: browser::new_draft_id(),
            }),
        }
    }

    fn logged_in(&self, user: Result<desk::User, DeskError>) {
        match user {
            Ok(user) => self.event(DeskEvent::Mode(Mode::from_me(Ok(user)))),
            Err(error) => self.event(DeskEvent::LoginProblem(Some(login_problem(&error)))),
        }
    }

    fn logged_out(&self, answer: Result<(), DeskError>) {
        match answer {
            Ok(()) => {
                self.sync.borrow_mut().reset(None, "");
                self.studio.emit(Action::NewDraft {
                    id: browser::new_draft_id(),
                });
                self.event(DeskEvent::Mode(Mode::LoggedOut));
            }
            Err(error) => self.event(DeskEvent::Notice(error.message())),
        }
    }

    /// Answers a view's request.
    fn act(&self, action: DeskAction) {
        let desk = self.clone();
        let open_id = self.sync.borrow().link.as_ref().map(|link| link.id.clone());
        let base = self.sync.borrow().base();
        match action {
            DeskAction::Merge | DeskAction::KeepMineAsCopy | DeskAction::TakeTheirs => {
                self.resolve(&action)
            }
            DeskAction::Open(id) => self.open(id),
            DeskAction::Login { name, password } => spawn_local(async move {
                desk.logged_in(call(DeskRequest::login(&name, &password), desk::read_user).await)
            }),
            DeskAction::ChangePassword { current, new } => spawn_local(async move {
                let changed = call(
                    DeskRequest::change_password(&current, &new),
                    desk::read_done,
                )
                .await;
                match changed {
                    Ok(()) => desk.logged_in(call(DeskRequest::me(), desk::read_user).await),
                    Err(error) => desk.event(DeskEvent::LoginProblem(Some(login_problem(&error)))),
                }
            }),
            DeskAction::Logout => spawn_local(async move {
                desk.logged_out(call(DeskRequest::logout(), desk::read_done).await)
            }),
            DeskAction::LogoutAll => spawn_local(async move {
                desk.logged_out(call(DeskRequest::logout_all(), desk::read_done).await)
            }),
            DeskAction::Search(query) => spawn_local(async move {
                match call(DeskRequest::list(&query), desk::read_list).await {
                    Ok(list) => desk.event(DeskEvent::Listed(query, list)),
                    Err(error) => desk.event(DeskEvent::Notice(format!(
                        "The list could not be read: {}",
                        error.message()
                    ))),
                }
            }),
            DeskAction::ShowRevisions => {
                let Some(id) = open_id else { return };
                spawn_local(async move {
                    match call(DeskRequest::revisions(&id), desk::read_revisions).await {
                        Ok(list) => desk.event(DeskEvent::Revisions(list)),
                        Err(error) => desk.event(DeskEvent::Notice(error.message())),
                    }
                })
            }
            DeskAction::Compare { from, to } => {
                let Some(id) = open_id else { return };
                spawn_local(async move {
                    match call(DeskRequest::diff(&id, from, to), desk::read_diff).await {
                        Ok(diff) => desk.event(DeskEvent::Compared(Comparison {
                            from,
                            to,
                            lines: diff.changes.described(),
                        })),
                        Err(error) => desk.event(DeskEvent::Notice(error.message())),
                    }
                })
            }
            DeskAction::Restore(revision) => {
                let Some(id) = open_id else { return };
                spawn_local(async move {
                    match call(
                        DeskRequest::restore(&id, revision, base),
                        desk::read_restored,
                    )
                    .await
                    {
                        Ok(restored) => {
                            desk.event(DeskEvent::Notice(format!(
                                "Restored revision {revision} as revision {}.",
                                restored.revision
                            )));
                            desk.open(id);
                            desk.act(DeskAction::ShowRevisions);
                        }
                        Err(error) => desk.event(DeskEvent::Notice(format!(
                            "Revision {revision} was not restored: {}",
                            error.message()
                        ))),
                    }
                })
            }
            DeskAction::Audit(before) => spawn_local(async move {
                match call(DeskRequest::audit(before, AUDIT_PAGE), desk::read_audit).await {
                    Ok(entries) => desk.event(DeskEvent::Audit(entries, before.is_some())),
                    Err(error) => desk.event(DeskEvent::Notice(error.message())),
                }
            }),
        }
    }
}

/// The desk's state and its dispatcher, for the Studio's root: asks who is
/// logged in on start, and saves `studio` to the desk as it changes while
/// someone is.
#[hook]
pub fn use_desk(
    studio: &Studio,
    studio_dispatch: Callback<Action>,
) -> (UseReducerHandle<DeskStore>, Callback<DeskAction>) {
    let store = use_reducer(DeskStore::default);
    let sync = use_mut_ref(Sync::default);
    let retry = use_mut_ref(|| None::<Timeout>);
    let latest = use_mut_ref(Latest::default);
    let conflict = use_mut_ref(|| None::<Conflict>);
    let debounce = use_mut_ref(|| None::<Timeout>);
    // Whether the sync effect last ran with someone logged in: its first run
    // after a login sees what the Studio held before (a draft of this
    // browser), which is not the desk's to keep; `Desk::start` opens the desk's.
    let was_on = use_mut_ref(|| false);
    let content = studio
        .explainer()
        .and_then(|e| serde_json::to_string(e).ok());
    {
        let mut latest = latest.borrow_mut();
        latest.content = content.clone();
        latest.site_url = studio.site_url.clone();
    }
    let desk = Desk {
        events: store.dispatcher(),
        studio: studio_dispatch,
        sync,
        retry,
        latest,
        conflict,
    };
    {
        let desk = desk.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let mode = Mode::from_me(call(DeskRequest::me(), desk::read_user).await);
                desk.event(DeskEvent::Mode(mode));
            });
        });
    }
    let user = store.0.mode.user().cloned();
    {
        let desk = desk.clone();
        use_effect_with(user.clone(), move |user| {
            if user.is_some() {
                desk.start();
            }
        });
    }
    {
        let desk = desk.clone();
        let draft_id = studio.draft_id.clone();
        use_effect_with(
            (user.is_some(), draft_id, content),
            move |(on, draft_id, content)| {
                let first = !std::mem::replace(&mut *was_on.borrow_mut(), *on);
                if !*on || first {
                    return;
                }
                let keep = {
                    let mut sync = desk.sync.borrow_mut();
                    if !sync.is_for(draft_id) {
                        sync.reset(None, draft_id);
                        desk.event(DeskEvent::Status(sync.status.clone()));
                    }
                    sync.want(content.clone());
                    let unsent = sync
                        .link
                        .as_ref()
                        .is_none_or(|link| Some(&link.content) != content.as_ref());
                    content
                        .clone()
                        .filter(|_| unsent)
                        .map(|content| PendingSave {
                            id: sync.keeping_id().to_string(),
                            base: sync.base(),
                            content,
                        })
                };
                // Kept in the browser before it is sent: a crash, a reload or the
                // desk going down loses nothing.
                if let Some(keep) = keep {
                    if !browser::keep_pending(&keep) {
                        desk.event(DeskEvent::Notice(
                            "This browser's storage is full or blocked: changes the desk has not \
                             taken yet are only in this tab. Keep it open until the status says \
                             they are saved, or export the file."
                                .into(),
                        ));
                    }
                    browser::remember_desk_open(Some(&keep.id));
                }
                let pump = desk.clone();
                *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || pump.pump()));
            },
        );
    }
    let dispatch = use_callback((), move |action: DeskAction, _| desk.act(action));
    (store, dispatch)
}
