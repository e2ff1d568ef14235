//! Undo and redo: each edit one step (typing on in one field one step, not one
//! per keystroke), at most [`UNDO_LIMIT`] of them, and stepping back and forth.

use super::{Document, EditKey, Studio, UNDO_LIMIT};

impl Studio {
    /// Records the document as it was `before` an edit as one step of undo,
    /// unless nothing changed; typing on in the same field (`key`) extends the
    /// step already recorded.
    pub(super) fn record(&mut self, key: Option<EditKey>, before: Document) {
        if self.document == before {
            return;
        }
        if key.is_none() || key != self.typing {
            self.undo.push(before);
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
            Some(document) => {
                self.redo
                    .push(std::mem::replace(&mut self.document, document));
                self.selection = None;
                self.message = Some("Undone.".into());
            }
            None => self.message = Some("Nothing to undo.".into()),
        }
    }

    pub(super) fn step_forward(&mut self) {
        self.typing = None;
        match self.redo.pop() {
            Some(document) => {
                self.undo
                    .push(std::mem::replace(&mut self.document, document));
                self.selection = None;
                self.message = Some("Redone.".into());
            }
            None => self.message = Some("Nothing to redo.".into()),
        }
    }
}
