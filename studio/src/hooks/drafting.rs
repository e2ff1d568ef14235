//! Drafting a pasted article without holding the page: a [`DraftJob`] counts
//! the quoted passages one slice per timer callback, so the browser answers
//! clicks and keys and paints the progress between slices, with Cancel; then a
//! worker drafts it ([`DraftWorker`]: the scaffold of a long article is one
//! piece of work, longer than the page may be held), or, where no worker can
//! start, the page does it in one slice. While it works, and until the
//! draft has been drawn, the browser remembers that a start is under way
//! ([`browser::mark_opening`]): a tab killed by a paste too long for it opens
//! the drafts list next time, not the paste again.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::draft::Action;
use crate::draft_worker::DraftWorker;
use crate::drafting::{DraftJob, Drafted, Progress, Step};

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

/// The worker drafting for the running job, if one is: replacing or taking it
/// stops it.
type WorkerSlot = std::rc::Rc<std::cell::RefCell<Option<DraftWorker>>>;

/// What one running job needs besides itself: its number, whether a draft
/// was open when it started, and the hook's state.
#[derive(Clone)]
struct Run {
    number: u64,
    has_draft: bool,
    turn: Turn,
    worker: WorkerSlot,
    progress: UseStateHandle<Option<Progress>>,
    dispatch: Callback<Action>,
}

impl Run {
    /// True while this job is the one that may run (not cancelled or replaced).
    fn is_current(&self) -> bool {
        self.turn.get() == (self.number, true)
    }

    /// The draft is made: it opens (beside the open draft, kept on the shelf).
    fn drafted(&self, Drafted { explainer, message }: Drafted) {
        self.turn.set((self.number, false));
        self.progress.set(None);
        if self.has_draft {
            self.dispatch.emit(Action::NewDraft {
                id: browser::new_draft_id(),
            });
        }
        self.dispatch.emit(Action::Drafted {
            explainer: Box::new(explainer),
            message,
        });
    }

    /// Hands the counted `job` to a worker; false when none could start.
    fn hand_to_worker(&self, job: &DraftJob) -> bool {
        let run = self.clone();
        let fallback = job.clone();
        let started = DraftWorker::start(job.article(), job.published(), move |answer| {
            // The worker's own message handler is running: stop the worker
            // after it, not inside it.
            let (worker, turn, number) = (run.worker.clone(), run.turn.clone(), run.number);
            Timeout::new(0, move || {
                // Unless a later start has replaced it already.
                if turn.get().0 == number {
                    drop(worker.borrow_mut().take());
                }
            })
            .forget();
            if !run.is_current() {
                return;
            }
            match answer {
                Ok(drafted) => run.drafted(drafted),
                // A worker that did not load: the page drafts it itself.
                Err(_) => run_slice(fallback, run, false),
            }
        });
        let handed = started.is_some();
        *self.worker.borrow_mut() = started;
        handed
    }
}

/// Runs one slice of the job, shows where it is, and schedules the next after
/// the browser has had its turn (a zero timeout yields to input and paint);
/// once counted, hands it to a worker (`use_worker`) unless none can start.
/// Stops when the job is no longer the current one (cancelled).
fn run_slice(mut job: DraftJob, run: Run, use_worker: bool) {
    if !run.is_current() {
        return;
    }
    match job.step() {
        Step::Working(now) => {
            run.progress.set(Some(now));
            if job.is_counted() && use_worker && run.hand_to_worker(&job) {
                return;
            }
            Timeout::new(0, move || run_slice(job, run, use_worker)).forget();
        }
        Step::Drafted(explainer, message) => run.drafted(Drafted {
            explainer: *explainer,
            message,
        }),
        Step::Refused(why) => {
            run.turn.set((run.number, false));
            run.progress.set(None);
            browser::clear_opening();
            run.dispatch.emit(Action::Say(why));
        }
    }
}

/// Drafting in slices, for the start panel's *Draft from this article*.
#[hook]
pub fn use_drafting(dispatch: Callback<Action>) -> Drafting {
    let progress = use_state(|| None::<Progress>);
    let turn: Turn = (*use_state(Turn::default)).clone();
    let worker: WorkerSlot = use_mut_ref(|| None);
    let start = {
        let (progress, turn, dispatch) = (progress.clone(), turn.clone(), dispatch.clone());
        let worker = worker.clone();
        Callback::from(move |(article, has_draft): (String, bool)| {
            let number = turn.get().0 + 1;
            match DraftJob::new(article, browser::today()) {
                Ok(job) => {
                    turn.set((number, true));
                    drop(worker.borrow_mut().take());
                    browser::mark_opening("the pasted article");
                    progress.set(Some(job.started()));
                    let run = Run {
                        number,
                        has_draft,
                        turn: turn.clone(),
                        worker: worker.clone(),
                        progress: progress.clone(),
                        dispatch: dispatch.clone(),
                    };
                    // The first slice after this click's own render, like every other.
                    Timeout::new(0, move || run_slice(job, run, true)).forget();
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
                drop(worker.borrow_mut().take());
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
