//! Saving the draft on every change, so a reload or a crash reopens it; and
//! keeping two tabs of one browser on one draft from writing over each other.
//!
//! Both tabs keep the draft in the one copy the browser holds. Each tab
//! remembers the text it last read or wrote there (its *base*); before it
//! saves, and whenever the browser says another tab wrote (the `storage`
//! event, which only other tabs receive), it compares: a draft saved by
//! another tab since is followed as [`shelf::other_tab`] decides (taken as it
//! is, merged, or this tab's version kept as a draft of its own), and the
//! journalist is told. Never written over unseen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::draft::{Action, Document, Studio};
use crate::shelf::{self, OtherTab, Shelf};

/// The document compared by identity: an unchanged draft is the same `Rc`,
/// so a draw that changed nothing costs no serialising of the whole draft.
#[derive(Clone)]
struct SameDocument(Document);

impl PartialEq for SameDocument {
    fn eq(&self, other: &SameDocument) -> bool {
        self.0.is(&other.0)
    }
}

/// What this tab last read or wrote of its draft: the draft's id and text.
type Base = Rc<RefCell<Option<(String, Option<String>)>>>;

/// The open draft as last drawn, for the `storage` listener: its id, its
/// saved text, its headline and where it will be published.
type Open = Rc<RefCell<(String, Rc<Option<String>>, String, String)>>;

/// Saves `studio` whenever what is saved of it changes, and keeps `shelf` (the
/// drafts in this browser) up to date; only while `enabled` (the Studio alone:
/// with a desk, the desk keeps the drafts, and this browser only what the desk
/// has not taken yet). Another tab's save of the same draft is followed through
/// `dispatch`. Returns true while the browser refuses to keep the draft (its
/// storage full or blocked), so the journalist is told at once, while
/// exporting can still save the work.
#[hook]
pub fn use_autosave(
    studio: &Studio,
    shelf: UseStateHandle<Shelf>,
    enabled: bool,
    dispatch: Callback<Action>,
) -> bool {
    let unsaved = use_state(|| false);
    let base: Base = use_mut_ref(|| None);
    let text = use_memo(SameDocument(studio.document.clone()), |document| {
        document.0.saved_text()
    });
    let headline = shelf::headline_of(&studio.document);
    let open: Open = use_mut_ref(Default::default);
    *open.borrow_mut() = (
        studio.draft_id.clone(),
        text.clone(),
        headline.clone(),
        studio.site_url.clone(),
    );
    {
        let (base, dispatch, shelf) = (base.clone(), dispatch.clone(), shelf.clone());
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                EventListener::new(&gloo::utils::window(), "storage", move |_| {
                    // Another tab wrote: the list, a draft, or this one.
                    shelf.set(browser::load_shelf());
                    let (id, text, headline, site_url) = open.borrow().clone();
                    follow_other_tab(&base, &id, text.as_deref(), &headline, &site_url, &dispatch);
                })
            });
            move || drop(listener)
        });
    }
    let saved = (
        enabled,
        studio.draft_id.clone(),
        text,
        headline,
        studio.site_url.clone(),
    );
    {
        let unsaved = unsaved.clone();
        use_effect_with(saved, move |(enabled, id, text, headline, site_url)| {
            if !*enabled {
                return;
            }
            // The version check: a save by another tab not yet heard of is
            // followed first, never written over.
            if follow_other_tab(&base, id, text.as_deref(), headline, site_url, &dispatch) {
                return;
            }
            let text: Option<&str> = text.as_deref();
            let saved = browser::save_draft(id, text, headline.clone(), site_url.clone());
            *base.borrow_mut() = Some((id.clone(), text.map(str::to_string)));
            shelf.set(saved.shelf);
            unsaved.set(!saved.kept);
        });
    }
    *unsaved
}

/// Compares the draft `id` as the browser holds it with what this tab last
/// read or wrote (`base`) and has now (`text`), and follows another tab's save
/// ([`shelf::other_tab`]). True when it did: the document changes (or this
/// tab's version moves to a draft of its own), and the next save follows.
fn follow_other_tab(
    base: &Base,
    id: &str,
    text: Option<&str>,
    headline: &str,
    site_url: &str,
    dispatch: &Callback<Action>,
) -> bool {
    let saved = browser::saved_draft(id);
    let outcome = {
        let base = base.borrow();
        let Some((_, base_text)) = base.as_ref().filter(|(base_id, _)| base_id == id) else {
            // A draft this tab has not saved yet (just opened): nothing to
            // compare with.
            return false;
        };
        shelf::other_tab(base_text.as_deref(), text, saved.as_deref())
    };
    let Some(words) = shelf::other_tab_words(&outcome, headline) else {
        return false;
    };
    let resume = |text: String| Action::Resume {
        id: id.to_string(),
        text,
        site_url: site_url.to_string(),
    };
    match outcome {
        OtherTab::InStep => return false,
        OtherTab::Take(theirs) => {
            *base.borrow_mut() = Some((id.to_string(), Some(theirs.clone())));
            dispatch.emit(resume(theirs));
        }
        OtherTab::Merge(merged) => {
            // The base is now theirs: the merge is saved over it.
            *base.borrow_mut() = Some((id.to_string(), saved));
            dispatch.emit(resume(merged));
        }
        OtherTab::Fork(_) => {
            // This tab's version becomes a new draft, saved by the next run;
            // the other tab's keeps the draft's place on the list.
            *base.borrow_mut() = None;
            dispatch.emit(Action::Linked {
                id: browser::new_draft_id(),
            });
        }
    }
    dispatch.emit(Action::Say(words));
    true
}
