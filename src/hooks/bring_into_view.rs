//! Bringing the target of a followed link into view: scrolled to, focused and
//! briefly flashed ([`crate::host::focus`]).

use yew::prelude::*;

use crate::embedding::Placement;
use crate::host::{focus, frame};
use crate::state::FocusRequest;

/// After a render that asked for it, brings the target into view; in a frame,
/// the host page has to scroll too. It waits for the next animation frame, so
/// the browser lays the page out once, in that frame, instead of being made to
/// lay out the whole widget in the middle of the render's task. A newer
/// request, or the widget going away, cancels one not yet carried out.
#[hook]
pub fn use_bring_into_view(root: NodeRef, placement: Placement, request: Option<FocusRequest>) {
    use_effect_with(request, move |request| {
        let pending = request.clone().map(|request| {
            gloo::render::request_animation_frame(move |_| {
                let Some(root) = root.cast::<web_sys::Element>() else {
                    return;
                };
                let framed = matches!(placement, Placement::Frame(_));
                let element = focus::bring_into_view(&root, &request.fragment.id(), !framed);
                if let (Placement::Frame(params), Some(element)) = (&placement, element) {
                    frame::scroll_parent_to(params, &element);
                }
            })
        });
        move || drop(pending)
    });
}
