//! Drafting a pasted article without holding the page: a [`DraftJob`] run one
//! slice per timer callback, so the browser answers clicks and keys and paints
//! the progress between slices, with Cancel. While it works, and until the
//! draft has been drawn, the browser remembers that a start is under way
//! ([`browser::mark_opening`]): a tab killed by a paste too long for it opens
//! the drafts list next time, not the paste again.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::draft::Action;
use crate::drafting::{DraftJob, Progress, Step};

/// What [`use_drafting`] gives the Studio: how far a drafting is, and the
/// means to start and cancel one.
#[derive(Clone, PartialEq)]
pub struct Drafting {
    /// The running job's progress, `None` when none runs.
    pub progress: Option<Progress>,
    /// Starts drafting an article; true when a draft is open, which then stays
    /// on the shelf and the new one is started beside it.
    pub start: Callback<(String, bool)>,
    /// Cancels the running job: nothing is drafted.
    pub cancel: Callback<()>,
}

/// Which job may run: starting or cancelling one moves it on, and a slice of
/// an older job then stops instead of running.
type Turn = std::rc::Rc<std::cell::Cell<(u64, bool)>>;

/// Runs one slice of job number `number`, shows where it is, and schedules the
/// next after the browser has had its turn (a zero timeout yields to input and
/// paint). Stops when the job is no longer the current one (cancelled).
fn run_slice(
    mut job: DraftJob,
    number: u64,
    has_draft: bool,
    turn: Turn,
    progress: UseStateHandle<Option<Progress>>,
    dispatch: Callback<Action>,
) {
    if turn.get() != (number, true) {
        return;
    }
    match job.step() {
        Step::Working(now) => {
            progress.set(Some(now));
            Timeout::new(0, move || {
                run_slice(job, number, has_draft, turn, progress, dispatch)
            })
            .forget();
        }
        Step::Drafted(explainer, message) => {
            turn.set((number, false));
            progress.set(None);
            if has_draft {
                dispatch.emit(Action::NewDraft {
                    id: browser::new_draft_id(),
                });
            }
            dispatch.emit(Action::Drafted { explainer, message });
        }
        Step::Refused(why) => {
            turn.set((number, false));
            progress.set(None);
            browser::clear_opening();
            dispatch.emit(Action::Say(why));
        }
    }
}

/// Drafting in slices, for the start panel's *Draft from this article*.
#[hook]
pub fn use_drafting(dispatch: Callback<Action>) -> Drafting {
    let progress = use_state(|| None::<Progress>);
    let turn: Turn = (*use_state(Turn::default)).clone();
    let start = {
        let (progress, turn, dispatch) = (progress.clone(), turn.clone(), dispatch.clone());
        Callback::from(move |(article, has_draft): (String, bool)| {
            let number = turn.get().0 + 1;
            match DraftJob::new(article, browser::today()) {
                Ok(job) => {
                    turn.set((number, true));
                    browser::mark_opening("the pasted article");
                    progress.set(Some(job.started()));
                    let (turn, progress, dispatch) =
                        (turn.clone(), progress.clone(), dispatch.clone());
                    // The first slice after this click's own render, like every other.
                    Timeout::new(0, move || {
                        run_slice(job, number, has_draft, turn, progress, dispatch)
                    })
                    .forget();
                }
                Err(why) => {
                    turn.set((number, false));
                    progress.set(None);
                    dispatch.emit(Action::Say(why));
                }
            }
        })
    };
    let cancel = {
        let (progress, turn) = (progress.clone(), turn.clone());
        Callback::from(move |()| {
            let (number, running) = turn.get();
            if running {
                turn.set((number + 1, false));
                progress.set(None);
                browser::clear_opening();
                dispatch.emit(Action::Say(
                    "Drafting cancelled: nothing was drafted, and the pasted text is still in the box."
                        .into(),
                ));
            }
        })
    };
    Drafting {
        progress: (*progress).clone(),
        start,
        cancel,
    }
}
