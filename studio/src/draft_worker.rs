//! Drafting off the page's thread: a module worker (`studio/draft-worker.js`)
//! that loads this same Wasm and calls [`draft_in_worker`], the library's
//! scaffold, so a long paste never holds the page for the seconds its draft
//! takes (issue 28). Both ends are here: the export the worker calls, and
//! [`DraftWorker`], the page's handle on one worker, whose drop stops it
//! (Cancel). Where no worker can be started, the caller drafts in the page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::drafting::{draft, Drafted};

/// The worker's script, copied beside the Studio's page (`studio/index.html`).
const WORKER_SCRIPT: &str = "draft-worker.js";

/// Called in the worker: drafts `article` ([`draft`]) and returns the draft
/// and its message as JSON ([`Drafted`]), the one string a worker's message
/// carries back cheaply.
#[wasm_bindgen]
pub fn draft_in_worker(article: String, published: String) -> String {
    serde_json::to_string(&draft(&article, &published)).unwrap_or_default()
}

/// What a worker's answer came to: the draft, or why the worker could not
/// give one (it failed to load, say), so the page drafts it itself.
pub type Answer = Result<Drafted, String>;

/// One running worker, drafting one article. Dropping it stops the worker.
pub struct DraftWorker {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for DraftWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// The address of `path` against the page's base, as the boot script
/// resolves the Wasm's.
fn resolve(path: &str) -> Option<String> {
    let base = gloo::utils::document().base_uri().ok()??;
    web_sys::Url::new_with_base(path, &base)
        .ok()
        .map(|url| url.href())
}

/// The addresses of the Studio's glue and Wasm, as trunk wrote them into the
/// boot script's element (`studio/Trunk.toml`, `pattern_script`).
fn studio_files() -> Option<(String, String)> {
    let boot = gloo::utils::document()
        .query_selector("script[data-studio-js]")
        .ok()??;
    let js = resolve(&boot.get_attribute("data-studio-js")?)?;
    let wasm = resolve(&boot.get_attribute("data-studio-wasm")?)?;
    Some((js, wasm))
}

impl DraftWorker {
    /// Starts a worker drafting `article`, published on `published`; `done`
    /// is called once, with the draft or why there is none. `None` when no
    /// worker can be started here (no boot script, no module workers).
    pub fn start(
        article: &str,
        published: &str,
        done: impl FnOnce(Answer) + 'static,
    ) -> Option<Self> {
        let (js, wasm) = studio_files()?;
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(&resolve(WORKER_SCRIPT)?, &options).ok()?;
        // Called once: by the answer or by the worker's failure, whichever comes.
        let done = Rc::new(RefCell::new(Some(done)));
        let answer = {
            let done = done.clone();
            move |answer: Answer| {
                if let Some(done) = done.borrow_mut().take() {
                    done(answer);
                }
            }
        };
        let on_message = {
            let answer = answer.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                answer(match event.data().as_string() {
                    Some(json) => serde_json::from_str::<Drafted>(&json)
                        .map_err(|error| format!("the worker's draft did not read: {error}")),
                    None => Err("the worker could not draft".into()),
                });
            })
        };
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            answer(Err("the worker failed".into()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let message = js_sys::Object::new();
        for (key, value) in [
            ("js", js.as_str()),
            ("wasm", wasm.as_str()),
            ("article", article),
            ("published", published),
        ] {
            js_sys::Reflect::set(&message, &key.into(), &value.into()).ok()?;
        }
        worker.post_message(&message).ok()?;
        Some(DraftWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}
