//! Undo and redo: each edit one step (typing on in one field one step, not one
//! per keystroke), at most [`UNDO_LIMIT`] of them, and stepping back and forth,
//! each step saying what it was ("Undone: deleted quote 5").

use super::{Document, EditKey, Studio, UNDO_LIMIT};

/// One step of undo or redo: the document as it was on the other side of an
/// edit, and what the edit did, in words ([`Studio::step_label`]).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Step {
    pub(super) document: Document,
    pub(super) label: String,
    /// The element id of the field the edit changed (or of the entry it
    /// deleted), where undo and redo put focus when it is there.
    pub(super) field: Option<String>,
}

impl Studio {
    /// Records the document as it was `before` an edit as one step of undo,
    /// named `label`, unless nothing changed; typing on in the same field
    /// (`key`) extends the step already recorded.
    pub(super) fn record(
        &mut self,
        key: Option<EditKey>,
        before: Document,
        label: String,
        field: Option<String>,
    ) {
        if self.document.is(&before) {
            return;
        }
        if key.is_none() || key != self.typing {
            self.undo.push(Step {
                document: before,
                label,
                field,
            });
            if self.undo.len() > UNDO_LIMIT {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.typing = key;
    }

    pub(super) fn step_back(&mut self) {
        self.typing = None;
        match self.undo.pop() {
            Some(Step {
                document,
                label,
                field,
            }) => {
                let after = std::mem::replace(&mut self.document, document);
                self.message = Some(format!("Undone: {label}."));
                if let Some(field) = &field {
                    self.focus_on(field.clone());
                }
                self.redo.push(Step {
                    document: after,
                    label,
                    field,
                });
                self.selection = None;
            }
            None => self.message = Some("Nothing to undo.".into()),
        }
    }

    pub(super) fn step_forward(&mut self) {
        self.typing = None;
        match self.redo.pop() {
            Some(Step {
                document,
                label,
                field,
            }) => {
                let before = std::mem::replace(&mut self.document, document);
                self.message = Some(format!("Redone: {label}."));
                if let Some(field) = &field {
                    self.focus_on(field.clone());
                }
                self.undo.push(Step {
                    document: before,
                    label,
                    field,
                });
                self.selection = None;
            }
            None => self.message = Some("Nothing to redo.".into()),
        }
    }
}
