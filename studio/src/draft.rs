//! The Studio's document and every edit a journalist makes to it, in plain Rust
//! (no yew, no web-sys), so each edit is tested natively. The components only
//! render a [`Studio`] and send it [`Action`]s.

mod history;
mod people;
mod quote_editing;
mod quote_making;
mod speaker_guess;
mod step_labels;
mod tracker_editing;

use std::rc::Rc;

use news_explainer::model::anchor::SourceText;
use news_explainer::model::{DealItem, Evidence, Explainer, Person, Span};
use news_explainer::scaffold::{self, unique_slug};

use crate::drafting::counted;
use crate::problems::{self, Problem};

pub use crate::fields::{
    ArticleField, DealField, FieldId, HistoryField, List, PersonField, QuoteField,
};
pub use quote_making::{
    existing_quote, make_quote, occurrences, MadeQuote, QuoteAnchoring, Speaker, WordChange,
    CONTEXT_TODO,
};
pub use speaker_guess::{guess_speaker, SpeakerGuess};
pub use tracker_editing::{history_disagrees, parties_with, quote_label};

/// What an exported file names as its schema: the schema sits beside the content
/// files in a newsroom's repository (`content/explainer.schema.json`).
pub const SCHEMA: &str = "./explainer.schema.json";

/// The role of a person added in the Studio, until an editor gives it.
pub const ROLE_TODO: &str = scaffold::ROLE_TODO;

/// What the Studio is editing.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    /// Nothing yet: the journalist chooses how to start.
    Empty,
    /// An explainer, valid or not. Shared, not owned: the Studio's state is
    /// copied on every action (Yew's reducer) and each undo step holds a
    /// document, so a copy must not copy the draft; an edit copies it once
    /// ([`Rc::make_mut`]). Owned, a keystroke in a draft of 10,000 reports
    /// copied it once per undo step (issue #32).
    Draft(Rc<Explainer>),
    /// A file that does not parse as an explainer: its text, open for repair, with
    /// why it does not parse. It becomes a draft as soon as it does.
    Unparsed {
        /// The file's text as the journalist is fixing it.
        text: String,
        /// Why it is not an explainer yet.
        problem: Problem,
    },
}

impl Document {
    /// What to save in the browser so a reload reopens this document.
    pub fn saved_text(&self) -> Option<String> {
        match self {
            Document::Empty => None,
            Document::Draft(explainer) => serde_json::to_string(explainer.as_ref()).ok(),
            Document::Unparsed { text, .. } => Some(text.clone()),
        }
    }

    /// True when `other` is this document: the same shared draft (no edit has
    /// made a copy of it), or an equal one. Cheap for an edit that changed
    /// nothing, where comparing a big draft field by field is not.
    pub fn is(&self, other: &Document) -> bool {
        match (self, other) {
            (Document::Draft(mine), Document::Draft(theirs)) if Rc::ptr_eq(mine, theirs) => true,
            _ => self == other,
        }
    }
}

/// Everything a journalist can do to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Draft an explainer from an article's text, as `explainer new` does.
    StartFromText {
        /// The pasted article, one paragraph per line.
        article: String,
        /// Today, `YYYY-MM-DD`, for the publication date.
        published: String,
    },
    /// Start from an article drafted in slices ([`crate::drafting`]).
    Drafted {
        /// The draft.
        explainer: Box<Explainer>,
        /// What drafting found, for the journalist.
        message: String,
    },
    /// Tell the journalist something without changing the document (why a
    /// paste was refused, that drafting was cancelled).
    Say(String),
    /// Start from the bundled default explainer.
    StartFromDefault,
    /// Open a file's text (a reload's saved draft, or a file the journalist chose).
    Open(String),
    /// The repaired text of a file that did not parse.
    Repair(String),
    /// Select a passage of the article (or clear the selection).
    Select(Option<Span>),
    /// Select the first place of the article with these words.
    Find(String),
    /// Select the next place with the words found last.
    FindNext,
    /// Make a quote of the selected passage.
    MakeQuote {
        /// Who said it.
        speaker: Speaker,
        /// Why it matters.
        context: String,
    },
    /// Change a quote's field.
    EditQuote {
        /// Which quote.
        index: usize,
        /// Which field.
        field: QuoteField,
        /// Its new value.
        value: String,
    },
    /// Confirm the speaker the draft guessed for a quote (by index).
    ConfirmSpeaker(usize),
    /// Delete a quote.
    DeleteQuote(usize),
    /// Change a person's field.
    EditPerson {
        /// Which person.
        index: usize,
        /// Which field.
        field: PersonField,
        /// Its new value.
        value: String,
    },
    /// Add a person with a placeholder name.
    AddPerson,
    /// Delete a person.
    DeletePerson(usize),
    /// Change a field of the article.
    EditArticle {
        /// Which field.
        field: ArticleField,
        /// Its new value.
        value: String,
    },
    /// Add a tracker item.
    AddDealItem,
    /// Change a field of a tracker item.
    EditDealItem {
        /// Which item.
        index: usize,
        /// Which field.
        field: DealField,
        /// Its new value.
        value: String,
    },
    /// Delete a tracker item.
    DeleteDealItem(usize),
    /// Add the selected passage as evidence to an item.
    AddPassageEvidence(usize),
    /// Add a quote (by id) as evidence to an item.
    AddQuoteEvidence {
        /// Which item.
        item: usize,
        /// The quote's id.
        quote: String,
    },
    /// Delete one piece of an item's evidence.
    DeleteEvidence {
        /// Which item.
        item: usize,
        /// Which evidence.
        index: usize,
    },
    /// Add a status history entry to an item.
    AddHistory(usize),
    /// Change a field of a history entry.
    EditHistory {
        /// Which item.
        item: usize,
        /// Which entry.
        index: usize,
        /// Which field.
        field: HistoryField,
        /// Its new value.
        value: String,
    },
    /// Delete a history entry.
    DeleteHistory {
        /// Which item.
        item: usize,
        /// Which entry.
        index: usize,
    },
    /// Move an entry of a list one place up (towards the first) or down.
    Move {
        /// Which list.
        list: List,
        /// Which entry.
        index: usize,
        /// True to move it towards the start of the list.
        up: bool,
    },
    /// Switch to a draft kept in this browser, with a history of its own.
    Resume {
        /// The draft's id on the shelf.
        id: String,
        /// Its saved text.
        text: String,
        /// Where it will be published, as last given.
        site_url: String,
    },
    /// Say where the explainer will be published (for the build command and the
    /// embed codes; not part of the file).
    SetSiteUrl(String),
    /// Put the draft being edited aside (it stays on the shelf) and start another.
    NewDraft {
        /// The new draft's id.
        id: String,
    },
    /// Add a later report to the draft from its pasted text (as `explainer
    /// add-report` does): its quotes drafted, each naming the report.
    AddReport {
        /// The follow-up's text, one paragraph per line.
        text: String,
        /// Its date, `YYYY-MM-DD`.
        published: String,
        /// Its headline, if given.
        headline: String,
    },
    /// The desk stored the draft under this id (its first save in desk mode):
    /// the draft is the same, its history kept.
    Linked {
        /// The id the desk gave it.
        id: String,
    },
    /// Take back the last change of the document.
    Undo,
    /// Make again the last change taken back.
    Redo,
}

/// How many changes undo reaches back.
pub const UNDO_LIMIT: usize = 200;

/// What an edit changed, so that typing on in one field is one step of undo, not
/// one per keystroke.
#[derive(Clone, Debug, PartialEq, Eq)]
enum EditKey {
    Quote(usize, QuoteField),
    Deal(usize, DealField),
    History(usize, usize, HistoryField),
    Person(usize, PersonField),
    Article(ArticleField),
}

impl EditKey {
    /// The input of the field this key names.
    fn field(&self) -> FieldId {
        match *self {
            EditKey::Quote(index, field) => FieldId::Quote(index, field),
            EditKey::Deal(index, field) => FieldId::Deal(index, field),
            EditKey::History(item, entry, field) => FieldId::History { item, entry, field },
            EditKey::Person(index, field) => FieldId::Person(index, field),
            EditKey::Article(field) => FieldId::Article(field),
        }
    }
}

impl Action {
    /// The field undo and redo of this action give focus to: the field it
    /// edits, or the first field of the entry it deletes (restored by undo).
    fn restored_field(&self) -> Option<String> {
        let field = match self {
            Action::DeleteQuote(index) => FieldId::Quote(*index, QuoteField::Text),
            Action::DeletePerson(index) => FieldId::Person(*index, PersonField::Name),
            Action::ConfirmSpeaker(index) => FieldId::Quote(*index, QuoteField::Speaker),
            Action::DeleteDealItem(index) => FieldId::Deal(*index, DealField::Title),
            other => other.edit_key()?.field(),
        };
        Some(field.id())
    }

    /// The field a typing action edits, if it is one.
    fn edit_key(&self) -> Option<EditKey> {
        match self {
            Action::EditQuote { index, field, .. } => Some(EditKey::Quote(*index, *field)),
            Action::EditPerson { index, field, .. } => Some(EditKey::Person(*index, *field)),
            Action::EditArticle { field, .. } => Some(EditKey::Article(*field)),
            Action::EditDealItem { index, field, .. } => Some(EditKey::Deal(*index, *field)),
            Action::EditHistory {
                item, index, field, ..
            } => Some(EditKey::History(*item, *index, *field)),
            _ => None,
        }
    }
}

/// The Studio's state: the document, the selected passage and what the last
/// action has to say.
#[derive(Clone, Debug, PartialEq)]
pub struct Studio {
    /// What is being edited.
    pub document: Document,
    /// The selected passage, in the draft's [`SourceText`].
    pub selection: Option<Span>,
    /// The words of the last search in the article.
    pub find: String,
    /// Where the last search's words were found: "Next match" goes on from
    /// there even after the selection was used (a quote made of it clears it).
    found: Option<Span>,
    /// What the last action did or why it could not, for the journalist (and a
    /// screen reader's live region).
    pub message: Option<String>,
    /// Earlier documents, the last one most recent, each with what the edit
    /// from it did.
    undo: Vec<history::Step>,
    /// Documents taken back by undo, the last one most recent.
    redo: Vec<history::Step>,
    /// The field the last change typed into, while typing goes on there.
    typing: Option<EditKey>,
    /// Which draft of the shelf this is ([`crate::shelf`]).
    pub draft_id: String,
    /// The address the explainer will be published at, as typed.
    pub site_url: String,
    /// Where focus goes once the last action has been drawn (an element id),
    /// with a count that changes each time it is asked for: after *Make quote*
    /// the new quote's words, after a delete a neighbour that is not another
    /// delete button, after undo or redo the field restored (issue 28).
    pub focus: Option<(u64, String)>,
}

impl Default for Studio {
    fn default() -> Self {
        Studio {
            document: Document::Empty,
            selection: None,
            find: String::new(),
            found: None,
            message: None,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
            draft_id: String::new(),
            site_url: String::new(),
            focus: None,
        }
    }
}

impl Studio {
    /// A Studio with the draft `id`'s saved text opened (or an empty one
    /// without), its undo history starting afresh.
    pub fn resumed(id: &str, saved: Option<&str>) -> Studio {
        let mut studio = Studio {
            draft_id: id.to_string(),
            ..Studio::default()
        };
        if let Some(text) = saved {
            studio.change(Action::Open(text.to_string()));
            studio.message = None;
        }
        studio
    }

    /// The explainer being edited, if the document is one.
    pub fn explainer(&self) -> Option<&Explainer> {
        self.shared_explainer().map(Rc::as_ref)
    }

    /// The explainer being edited, shared: the same `Rc` until an edit
    /// changes it, so a view can tell a change by [`Rc::ptr_eq`].
    pub fn shared_explainer(&self) -> Option<&Rc<Explainer>> {
        match &self.document {
            Document::Draft(explainer) => Some(explainer),
            _ => None,
        }
    }

    /// What to save in the browser so a reload reopens this document.
    pub fn saved_text(&self) -> Option<String> {
        self.document.saved_text()
    }

    /// True when there is a change to take back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is a change taken back to make again.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies one action; a change of the document can be undone.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Undo => return self.step_back(),
            Action::Redo => return self.step_forward(),
            // Another draft: its own document and its own history.
            Action::Resume { id, text, site_url } => {
                *self = Studio::resumed(&id, Some(&text));
                self.site_url = site_url;
                self.message = Some(match self.explainer() {
                    Some(explainer) => format!(
                        "Opened the draft “{}”. Its undo history starts here.",
                        explainer.article.headline
                    ),
                    None => "Opened the draft: it is a file being repaired.".into(),
                });
                return;
            }
            Action::NewDraft { id } => {
                *self = Studio::resumed(&id, None);
                return;
            }
            Action::Linked { id } => {
                self.draft_id = id;
                return;
            }
            _ => {}
        }
        let key = action.edit_key();
        let label = self.step_label(&action);
        let field = action.restored_field();
        let before = self.document.clone();
        self.change(action);
        self.record(key, before, label, field);
    }

    /// Asks for focus on the element `id` once this state has been drawn.
    pub(crate) fn focus_on(&mut self, id: String) {
        let turn = self.focus.as_ref().map_or(0, |(turn, _)| turn + 1);
        self.focus = Some((turn, id));
    }

    fn change(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Undo
            | Action::Redo
            | Action::Resume { .. }
            | Action::NewDraft { .. }
            | Action::Linked { .. } => {}
            Action::SetSiteUrl(url) => self.site_url = url,
            Action::StartFromText { article, published } => {
                match crate::drafting::DraftJob::new(article, published).map(|job| job.finish()) {
                    Ok(Ok((explainer, message))) => self.change(Action::Drafted {
                        explainer: Box::new(explainer),
                        message,
                    }),
                    Ok(Err(why)) | Err(why) => self.message = Some(why),
                }
            }
            Action::Drafted { explainer, message } => {
                self.message = Some(message);
                self.start(Document::Draft(Rc::new(*explainer)));
            }
            Action::Say(words) => self.message = Some(words),
            Action::AddReport {
                text,
                published,
                headline,
            } => {
                if text.trim().is_empty() {
                    self.message =
                        Some("Paste the later report's text first, one paragraph per line.".into());
                    return;
                }
                if !news_explainer::model::validate::is_iso_date(&published) {
                    self.message = Some(format!(
                        "The later report's date “{published}” is not a date: type it as YYYY-MM-DD, \
                         like 2025-09-02."
                    ));
                    return;
                }
                let headline = Some(headline.trim().to_string()).filter(|h| !h.is_empty());
                let Some(explainer) = self.explainer_mut() else {
                    return;
                };
                let added = scaffold::add_report(
                    explainer,
                    &text,
                    scaffold::NewReport {
                        published,
                        headline,
                        url: None,
                        publisher: None,
                    },
                );
                self.message = Some(format!(
                    "Added the report “{}”: {}, {}. Its quotes name it; fill in their TODOs.",
                    added.id,
                    counted(added.sections, "section", "sections"),
                    counted(added.quotes, "quote", "quotes"),
                ));
            }
            Action::StartFromDefault => {
                self.change(Action::Open(
                    news_explainer::content::ANCHORAGE_SUMMIT.into(),
                ));
            }
            Action::Open(text) | Action::Repair(text) => {
                // The check's own size limit, before anything is replaced: a
                // file it refuses never opens as ready to export (issue #32).
                if let Some(problem) = problems::too_large(&text) {
                    self.message = Some(problems::not_opened(&problem));
                    return;
                }
                let document = match problems::parse(&text) {
                    Ok(explainer) => Document::Draft(Rc::new(explainer)),
                    Err(problem) => Document::Unparsed { text, problem },
                };
                self.message = Some(match &document {
                    Document::Unparsed { .. } => {
                        "This file is not an explainer yet: fix the problem below and it opens."
                            .into()
                    }
                    _ => "Opened.".into(),
                });
                self.start(document);
            }
            Action::Select(span) => self.selection = span,
            Action::Find(words) => {
                self.find = words;
                self.find_from(0);
            }
            Action::FindNext => {
                let from = self
                    .selection
                    .or(self.found)
                    .map_or(0, |span| span.start + 1);
                self.find_from(from);
            }
            Action::MakeQuote { speaker, context } => self.make_quote(speaker, &context),
            Action::EditQuote {
                index,
                field,
                value,
            } => self.edit_quote(index, field, value),
            Action::ConfirmSpeaker(index) => self.confirm_speaker(index),
            Action::DeleteQuote(index) => {
                if let Some(explainer) = self.explainer_mut() {
                    if index < explainer.quotes.len() {
                        let quote = explainer.quotes.remove(index);
                        let left = explainer.quotes.len();
                        self.message = Some(format!("Deleted the quote “{}”.", quote.id));
                        self.focus_on(after_delete(
                            left,
                            index,
                            |i| FieldId::Quote(i, QuoteField::Text).id(),
                            "studio-quotes-title",
                        ));
                    }
                }
            }
            Action::EditPerson {
                index,
                field,
                value,
            } => self.edit_person(index, field, value),
            Action::AddPerson => {
                if let Some(explainer) = self.explainer_mut() {
                    let taken = explainer.people.iter().map(|p| p.id.clone()).collect();
                    explainer.people.push(Person {
                        id: unique_slug("new person", &taken),
                        name: "TODO: name".into(),
                        role: ROLE_TODO.into(),
                    });
                }
            }
            Action::DeletePerson(index) => {
                if let Some(explainer) = self.explainer_mut() {
                    if index < explainer.people.len() {
                        explainer.people.remove(index);
                        let left = explainer.people.len();
                        self.focus_on(after_delete(
                            left,
                            index,
                            |i| FieldId::Person(i, PersonField::Name).id(),
                            "studio-people-title",
                        ));
                    }
                }
            }
            Action::AddDealItem => {
                if let Some(explainer) = self.explainer_mut() {
                    tracker_editing::add_item(explainer);
                }
            }
            Action::EditDealItem {
                index,
                field,
                value,
            } => {
                if let Some(item) = self.explainer_mut().and_then(|e| e.tracker.get_mut(index)) {
                    tracker_editing::edit_item(item, field, value);
                }
            }
            Action::DeleteDealItem(index) => {
                if let Some(explainer) = self.explainer_mut() {
                    if index < explainer.tracker.len() {
                        explainer.tracker.remove(index);
                        let left = explainer.tracker.len();
                        self.focus_on(after_delete(
                            left,
                            index,
                            |i| FieldId::Deal(i, DealField::Title).id(),
                            "studio-tracker-title",
                        ));
                    }
                }
            }
            Action::AddPassageEvidence(item) => {
                let Some(span) = self.selection else {
                    self.message = Some("Select the passage in the article first.".into());
                    return;
                };
                if let Some(explainer) = self.explainer_mut() {
                    let outcome = tracker_editing::add_passage(explainer, item, span);
                    let title = explainer.tracker.get(item).map(|d| d.title.clone());
                    self.message = Some(match (outcome, title) {
                        (Ok(()), Some(title)) => {
                            format!("Added the selected passage as evidence to “{title}”.")
                        }
                        (Ok(()), None) => "Added the selected passage as evidence.".into(),
                        (Err(why), _) => why,
                    });
                    self.selection = None;
                }
            }
            Action::AddQuoteEvidence { item, quote } => {
                if let Some(item) = self.explainer_mut().and_then(|e| e.tracker.get_mut(item)) {
                    item.evidence.push(Evidence::Quote { quote });
                }
            }
            Action::DeleteEvidence { item, index } => {
                if let Some(item) = self.explainer_mut().and_then(|e| e.tracker.get_mut(item)) {
                    if index < item.evidence.len() {
                        item.evidence.remove(index);
                    }
                }
            }
            Action::AddHistory(item) => {
                if let Some(explainer) = self.explainer_mut() {
                    tracker_editing::add_history(explainer, item);
                }
            }
            Action::EditHistory {
                item,
                index,
                field,
                value,
            } => {
                if let Some(item) = self.explainer_mut().and_then(|e| e.tracker.get_mut(item)) {
                    tracker_editing::edit_history(item, index, field, value);
                }
            }
            Action::DeleteHistory { item, index } => {
                if let Some(item) = self.explainer_mut().and_then(|e| e.tracker.get_mut(item)) {
                    if index < item.history.len() {
                        item.history.remove(index);
                    }
                }
            }
            Action::Move { list, index, up } => self.move_entry(list, index, up),
            Action::EditArticle { field, value } => {
                if let Some(explainer) = self.explainer_mut() {
                    let article = &mut explainer.article;
                    *match field {
                        ArticleField::Headline => &mut article.headline,
                        ArticleField::Dek => &mut article.dek,
                        ArticleField::Dateline => &mut article.dateline,
                        ArticleField::Published => &mut article.published,
                        ArticleField::Language => &mut article.language,
                    } = value;
                }
            }
        }
    }

    fn start(&mut self, document: Document) {
        self.document = document;
        self.selection = None;
        self.find.clear();
        self.found = None;
    }

    fn explainer_mut(&mut self) -> Option<&mut Explainer> {
        match &mut self.document {
            Document::Draft(explainer) => Some(Rc::make_mut(explainer)),
            _ => None,
        }
    }

    /// Selects the first place at or after byte `from` with the words of
    /// [`Studio::find`], wrapping round to the first.
    fn find_from(&mut self, from: usize) {
        let Some(explainer) = self.explainer() else {
            return;
        };
        let source = SourceText::new(&explainer.source);
        let places = occurrences(&source, &self.find);
        let next = places
            .iter()
            .find(|span| span.start >= from)
            .or(places.first())
            .copied();
        self.message = Some(match (next, places.len()) {
            _ if self.find.trim().is_empty() => String::new(),
            (None, _) => format!("“{}” is not in the article.", self.find.trim()),
            (Some(_), 1) => "Found once in the article and selected.".into(),
            (Some(span), count) => {
                let number = places.iter().position(|s| *s == span).unwrap_or(0) + 1;
                format!("Found {count} times in the article; place {number} is selected.")
            }
        })
        .filter(|message| !message.is_empty());
        self.selection = next;
        self.found = next;
    }

    /// Swaps an entry with its neighbour and says where it now stands, so a
    /// screen reader hears the move as a sighted journalist sees it.
    fn move_entry(&mut self, list: List, index: usize, up: bool) {
        let Some(explainer) = self.explainer_mut() else {
            return;
        };
        let (len, name) = match list {
            List::Quotes => (
                explainer.quotes.len(),
                explainer.quotes.get(index).map(|q| q.id.clone()),
            ),
            List::People => (
                explainer.people.len(),
                explainer.people.get(index).map(|p| p.name.clone()),
            ),
            List::Tracker => (
                explainer.tracker.len(),
                explainer.tracker.get(index).map(|d| d.title.clone()),
            ),
        };
        let Some(name) = name else {
            return;
        };
        let to = match (up, index) {
            (true, 0) => None,
            (true, index) => Some(index - 1),
            (false, index) => Some(index + 1).filter(|to| *to < len),
        };
        let Some(to) = to else {
            self.message = Some(format!(
                "The {} “{name}” is already {}.",
                list.entry_name(),
                if up { "first" } else { "last" }
            ));
            return;
        };
        match list {
            List::Quotes => explainer.quotes.swap(index, to),
            List::People => explainer.people.swap(index, to),
            List::Tracker => explainer.tracker.swap(index, to),
        }
        self.message = Some(format!(
            "Moved the {} “{name}” {}: now {} of {len}.",
            list.entry_name(),
            if up { "up" } else { "down" },
            to + 1
        ));
    }

    /// Export: the draft as pretty JSON with `$schema`, the file `explainer
    /// check` reads.
    pub fn export(&self) -> Option<String> {
        let mut explainer = self.explainer()?.clone();
        explainer.schema = Some(SCHEMA.into());
        serde_json::to_string_pretty(&explainer)
            .ok()
            .map(|json| json + "\n")
    }

    /// A file name for the export, from the headline.
    pub fn export_file_name(&self) -> String {
        let headline = self
            .explainer()
            .map(|e| e.article.headline.clone())
            .unwrap_or_default();
        export_file_name(&headline)
    }
}

/// Where focus goes after deleting entry `index` of a list that has `left`
/// entries now: the first field of the entry that took its place, or of the
/// one before when it was the last, or the list's heading when none is left;
/// never another delete button, which a second Enter would press.
fn after_delete(
    left: usize,
    index: usize,
    field: impl Fn(usize) -> String,
    heading: &str,
) -> String {
    match left {
        0 => heading.to_string(),
        _ => field(index.min(left - 1)),
    }
}

/// A file name for an explainer with this headline: its slug, or
/// `explainer.json` while it has none.
pub fn export_file_name(headline: &str) -> String {
    let slug = unique_slug(headline, &Default::default());
    if slug == "quote" || headline.starts_with("TODO") || headline == "Untitled draft" {
        "explainer.json".into()
    } else {
        format!("{slug}.json")
    }
}

/// The titles of the tracker items that cite a quote as evidence: deleting the
/// quote would leave them pointing at nothing, so the Studio names them first.
pub fn items_citing<'a>(tracker: &'a [DealItem], quote: &str) -> Vec<&'a str> {
    tracker
        .iter()
        .filter(|item| {
            item.evidence
                .iter()
                .any(|e| matches!(e, Evidence::Quote { quote: id } if id == quote))
        })
        .map(|item| item.title.as_str())
        .collect()
}

/// What the tests of the draft's editing modules share.
#[cfg(test)]
pub(crate) mod test_support {
    use news_explainer::model::anchor::SourceText;
    use news_explainer::model::{Explainer, Span};

    /// The span of the `nth` place (from 0) where `words` stand in the draft's
    /// source text, as a reader's selection of them would give it.
    pub(crate) fn span_of(explainer: &Explainer, words: &str, nth: usize) -> Span {
        let source = SourceText::new(&explainer.source);
        let start = source.text.match_indices(words).nth(nth).unwrap().0;
        Span {
            start,
            end: start + words.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Kyiv — The talks opened on Monday.\nNew Round\nMinister Olena Bondar said: “We want peace.” Envoy Mark Hale said “we want peace” too, and added that talks would go on.";

    fn drafted() -> Studio {
        let mut studio = Studio::default();
        studio.apply(Action::StartFromText {
            article: ARTICLE.into(),
            published: "2026-11-29".into(),
        });
        studio
    }

    fn focused(studio: &Studio) -> Option<&str> {
        studio.focus.as_ref().map(|(_, id)| id.as_str())
    }

    #[test]
    fn focus_goes_to_the_new_quote_a_neighbour_of_a_deleted_one_and_the_restored_field() {
        let mut studio = drafted();
        studio.apply(Action::Find("talks would go on".into()));
        studio.apply(Action::MakeQuote {
            speaker: Speaker::New("Mark Hale".into()),
            context: String::new(),
        });
        let made = studio.explainer().unwrap().quotes.len() - 1;
        assert_eq!(
            focused(&studio),
            Some(format!("studio-quote-{made}-text").as_str())
        );

        // Deleting the first quote: the words of the one now first; deleting the
        // last: the words of the one before; none left: the list's heading.
        studio.apply(Action::DeleteQuote(0));
        assert_eq!(focused(&studio), Some("studio-quote-0-text"));
        let last = studio.explainer().unwrap().quotes.len() - 1;
        studio.apply(Action::DeleteQuote(last));
        assert_eq!(
            focused(&studio),
            Some(format!("studio-quote-{}-text", last - 1).as_str())
        );
        studio.apply(Action::DeleteQuote(0));
        assert_eq!(focused(&studio), Some("studio-quotes-title"));

        // Undo restores the quote and puts focus on its words; an edit's undo
        // and redo go to the edited field, each time asked anew.
        studio.apply(Action::Undo);
        assert_eq!(focused(&studio), Some("studio-quote-0-text"));
        studio.apply(Action::EditArticle {
            field: ArticleField::Headline,
            value: "Talks".into(),
        });
        studio.apply(Action::Undo);
        let first = studio.focus.clone().unwrap();
        assert_eq!(first.1, "studio-headline");
        studio.apply(Action::Redo);
        let again = studio.focus.clone().unwrap();
        assert_eq!(again.1, "studio-headline");
        assert_ne!(first.0, again.0);
    }

    #[test]
    fn pasted_text_becomes_a_draft_like_explainer_new() {
        let studio = drafted();
        let explainer = studio.explainer().unwrap();
        let options = scaffold::Options {
            published: "2026-11-29".into(),
            language: "en".into(),
        };
        assert_eq!(explainer, &scaffold::scaffold(ARTICLE, &options));
        assert_eq!(explainer.source[1].heading.as_deref(), Some("New Round"));
        assert!(studio.message.as_deref().unwrap().contains("2 quotes"));
        let mut one = Studio::default();
        one.apply(Action::StartFromText {
            article: "Kyiv — Talks.\nShe said “yes” then.".into(),
            published: "2026-11-29".into(),
        });
        let message = one.message.unwrap();
        assert!(
            message.contains(": 1 section, 1 quote, 1 person."),
            "{message}"
        );
    }

    #[test]
    fn empty_text_is_refused_with_a_reason() {
        let mut studio = Studio::default();
        studio.apply(Action::StartFromText {
            article: "  \n".into(),
            published: "2026-11-29".into(),
        });
        assert_eq!(studio.document, Document::Empty);
        assert!(studio.message.is_some());
    }

    #[test]
    fn a_broken_file_opens_for_repair_and_becomes_a_draft_when_fixed() {
        let mut studio = Studio::default();
        let broken =
            news_explainer::content::ANCHORAGE_SUMMIT.replacen("\"article\"", "\"artcle\"", 1);
        studio.apply(Action::Open(broken.clone()));
        let Document::Unparsed { text, problem } = &studio.document else {
            panic!("{:?}", studio.document);
        };
        assert_eq!(text, &broken);
        assert!(problem.text().message.contains("artcle"), "{problem:?}");
        assert_eq!(studio.saved_text().as_deref(), Some(broken.as_str()));
        studio.apply(Action::Repair(
            news_explainer::content::ANCHORAGE_SUMMIT.into(),
        ));
        assert!(studio.explainer().is_some());
    }

    #[test]
    fn a_file_over_the_checks_size_limit_is_not_opened_and_nothing_is_lost() {
        use news_explainer::model::limits::MAX_CONTENT_BYTES;
        let mut studio = drafted();
        let before = studio.document.clone();
        // A valid explainer, made larger than `explainer check` reads by
        // white space alone: it would otherwise open as ready to export.
        let valid = news_explainer::content::ANCHORAGE_SUMMIT;
        let padded = format!("{valid}{}", " ".repeat(MAX_CONTENT_BYTES + 1 - valid.len()));
        studio.apply(Action::Open(padded.clone()));
        assert!(studio.document.is(&before), "the open draft was replaced");
        let message = studio.message.clone().unwrap_or_default();
        assert!(message.contains("not opened"), "{message}");
        assert!(message.contains("16"), "the limit is named: {message}");
        // Nor can a repair grow a file past it.
        let mut repairing = Studio::default();
        repairing.apply(Action::Open("{\"article\": 3}".into()));
        repairing.apply(Action::Repair(padded));
        let Document::Unparsed { text, .. } = &repairing.document else {
            panic!("{:?}", repairing.document);
        };
        assert_eq!(text, "{\"article\": 3}");
    }

    #[test]
    fn an_invalid_but_parsable_file_opens_as_a_draft() {
        let mut studio = Studio::default();
        let misquote =
            news_explainer::content::ANCHORAGE_SUMMIT.replacen("long overdue", "long overdone", 1);
        studio.apply(Action::Open(misquote));
        let explainer = studio.explainer().unwrap();
        assert!(problems::check(explainer).errors() > 0);
    }

    #[test]
    fn a_saved_draft_reopens_unchanged() {
        let mut studio = drafted();
        studio.apply(Action::EditArticle {
            field: ArticleField::Headline,
            value: "Talks in Kyiv".into(),
        });
        let saved = studio.saved_text().unwrap();
        let reopened = Studio::resumed("a", Some(&saved));
        assert_eq!(reopened.document, studio.document);
        assert_eq!(reopened.draft_id, "a");
        assert_eq!(Studio::resumed("b", None).document, Document::Empty);
    }

    #[test]
    fn another_draft_has_its_own_document_and_history() {
        let mut studio = drafted();
        studio.draft_id = "first".into();
        let first = studio.saved_text().unwrap();
        studio.apply(Action::NewDraft {
            id: "second".into(),
        });
        assert_eq!(studio.document, Document::Empty);
        assert_eq!(studio.draft_id, "second");
        assert!(!studio.can_undo());
        studio.apply(Action::StartFromDefault);
        studio.apply(Action::SetSiteUrl("https://news.example/second/".into()));
        assert_eq!(studio.site_url, "https://news.example/second/");
        // Not a change of the file: undo takes back the start, not the address.
        let mut undone = studio.clone();
        undone.apply(Action::Undo);
        assert_eq!(undone.document, Document::Empty);
        assert_eq!(undone.site_url, "https://news.example/second/");
        studio.apply(Action::Resume {
            id: "first".into(),
            text: first.clone(),
            site_url: "https://news.example/first/".into(),
        });
        assert_eq!(studio.draft_id, "first");
        assert_eq!(studio.site_url, "https://news.example/first/");
        assert_eq!(studio.saved_text().unwrap(), first);
        assert!(!studio.can_undo());
        assert!(studio
            .message
            .as_deref()
            .unwrap()
            .starts_with("Opened the draft"));
    }

    #[test]
    fn find_selects_each_place_in_turn() {
        let mut studio = drafted();
        studio.apply(Action::Find("want peace".into()));
        let source = SourceText::new(&studio.explainer().unwrap().source);
        let first = studio.selection.unwrap();
        assert_eq!(source.slice(first), "want peace");
        assert!(studio.message.as_deref().unwrap().contains("2 times"));
        studio.apply(Action::FindNext);
        let second = studio.selection.unwrap();
        assert!(second.start > first.start);
        studio.apply(Action::FindNext);
        assert_eq!(studio.selection, Some(first));
        // Making a quote of a found place clears the selection; the next match
        // is still the one after it.
        studio.apply(Action::MakeQuote {
            speaker: Speaker::New("Ivan Petrenko".into()),
            context: String::new(),
        });
        assert_eq!(studio.selection, None);
        studio.apply(Action::FindNext);
        assert_eq!(studio.selection, Some(second));
        studio.apply(Action::Find("not there".into()));
        assert_eq!(studio.selection, None);
    }

    #[test]
    fn renaming_a_person_renames_their_quotes_speaker() {
        let mut studio = drafted();
        let old = studio.explainer().unwrap().people[0].id.clone();
        studio.apply(Action::EditPerson {
            index: 0,
            field: PersonField::Id,
            value: "olena-bondar".into(),
        });
        let explainer = studio.explainer().unwrap();
        assert!(explainer.quotes.iter().all(|q| q.speaker != old));
        assert!(explainer.quotes.iter().any(|q| q.speaker == "olena-bondar"));
    }

    #[test]
    fn a_quotes_language_fields_are_edited_and_an_emptied_original_goes() {
        let mut studio = Studio::default();
        studio.apply(Action::StartFromDefault);
        let edit = |studio: &mut Studio, field, value: &str| {
            studio.apply(Action::EditQuote {
                index: 0,
                field,
                value: value.into(),
            })
        };
        edit(&mut studio, QuoteField::SpokenIn, "ru");
        edit(&mut studio, QuoteField::Translator, "Anna Petrova");
        edit(&mut studio, QuoteField::OriginalText, "Давно пора.");
        edit(&mut studio, QuoteField::OriginalLanguage, "ru");
        let quote = &studio.explainer().unwrap().quotes[0];
        assert_eq!(quote.spoken_in.as_deref(), Some("ru"));
        assert_eq!(quote.translator.as_deref(), Some("Anna Petrova"));
        let original = quote.original.as_ref().unwrap();
        assert_eq!(
            (original.text.as_str(), original.language.as_str()),
            ("Давно пора.", "ru")
        );
        assert_eq!(problems::check(studio.explainer().unwrap()).errors(), 0);

        // An original in a language the quote was not spoken in is a problem at its field.
        edit(&mut studio, QuoteField::OriginalLanguage, "uk");
        let checked = problems::check(studio.explainer().unwrap());
        assert!(checked
            .problems
            .iter()
            .any(|p| p.path == "$.quotes[0].original.language"));

        // Both of the original's fields emptied: no original at all, not an empty one.
        edit(&mut studio, QuoteField::OriginalText, "");
        assert!(studio.explainer().unwrap().quotes[0].original.is_some());
        edit(&mut studio, QuoteField::OriginalLanguage, "");
        edit(&mut studio, QuoteField::Translator, "");
        edit(&mut studio, QuoteField::SpokenIn, "");
        let quote = &studio.explainer().unwrap().quotes[0];
        assert_eq!(quote.original, None);
        assert_eq!(
            (quote.spoken_in.as_ref(), quote.translator.as_ref()),
            (None, None)
        );
    }

    #[test]
    fn renaming_a_quote_renames_the_tracker_evidence_citing_it() {
        let mut studio = Studio::default();
        studio.apply(Action::StartFromDefault);
        // Quote 1, "long-overdue", is evidence for a tracker item.
        let index = 1;
        let cited = studio.explainer().unwrap().quotes[index].id.clone();
        studio.apply(Action::EditQuote {
            index,
            field: QuoteField::Id,
            value: "renamed".into(),
        });
        let explainer = studio.explainer().unwrap();
        let citations: Vec<&str> = explainer
            .tracker
            .iter()
            .flat_map(|d| &d.evidence)
            .filter_map(|e| match e {
                Evidence::Quote { quote } => Some(quote.as_str()),
                Evidence::Passage { .. } => None,
            })
            .collect();
        assert!(citations.contains(&"renamed"), "{citations:?}");
        assert!(!citations.contains(&cited.as_str()));
        assert_eq!(problems::check(explainer).errors(), 0);
    }

    #[test]
    fn undo_and_redo_step_through_changes_and_typing_in_one_field_is_one_step() {
        let mut studio = drafted();
        let drafted = studio.document.clone();
        for headline in ["T", "Ta", "Tal", "Talks"] {
            studio.apply(Action::EditArticle {
                field: ArticleField::Headline,
                value: headline.into(),
            });
        }
        studio.apply(Action::Find("want peace".into()));
        studio.apply(Action::MakeQuote {
            speaker: Speaker::New("Ivan Petrenko".into()),
            context: String::new(),
        });
        let made = studio.document.clone();
        studio.apply(Action::Undo);
        assert_eq!(studio.explainer().unwrap().article.headline, "Talks");
        assert_eq!(studio.explainer().unwrap().people.len(), 2);
        // Each step says what it was.
        assert_eq!(
            studio.message.as_deref(),
            Some("Undone: made quote “want peace”.")
        );
        studio.apply(Action::Undo);
        assert_eq!(studio.document, drafted);
        assert_eq!(
            studio.message.as_deref(),
            Some("Undone: edited the headline.")
        );
        studio.apply(Action::Redo);
        assert_eq!(
            studio.message.as_deref(),
            Some("Redone: edited the headline.")
        );
        studio.apply(Action::Redo);
        assert_eq!(studio.document, made);
        assert_eq!(
            studio.message.as_deref(),
            Some("Redone: made quote “want peace”.")
        );
        assert!(!studio.can_redo());
        // A new change after undo drops what could have been redone.
        studio.apply(Action::Undo);
        studio.apply(Action::AddPerson);
        assert!(!studio.can_redo());
        studio.apply(Action::DeletePerson(2));
        studio.apply(Action::Undo);
        assert_eq!(studio.message.as_deref(), Some("Undone: deleted person 3."));
        studio.apply(Action::Redo);
        assert_eq!(studio.message.as_deref(), Some("Redone: deleted person 3."));
        studio.apply(Action::Undo);
        // Undo reaches back to before the draft; a reopened draft starts afresh.
        studio.apply(Action::Undo);
        studio.apply(Action::Undo);
        studio.apply(Action::Undo);
        assert_eq!(studio.document, Document::Empty);
        assert!(!Studio::resumed("a", drafted_text().as_deref()).can_undo());
    }

    fn drafted_text() -> Option<String> {
        drafted().saved_text()
    }

    #[test]
    fn entries_move_one_place_at_a_time_and_say_where_they_stand() {
        let mut studio = Studio::default();
        studio.apply(Action::StartFromDefault);
        let ids = |studio: &Studio| -> Vec<String> {
            studio
                .explainer()
                .unwrap()
                .quotes
                .iter()
                .map(|q| q.id.clone())
                .collect()
        };
        let before = ids(&studio);
        studio.apply(Action::Move {
            list: List::Quotes,
            index: 1,
            up: true,
        });
        let after = ids(&studio);
        assert_eq!((&after[0], &after[1]), (&before[1], &before[0]));
        assert_eq!(after[2..], before[2..]);
        let message = studio.message.clone().unwrap();
        assert!(
            message.contains(&format!("now 1 of {}", before.len())),
            "{message}"
        );
        // The first cannot go up, nor the last down: nothing changes, and it says so.
        let document = studio.document.clone();
        studio.apply(Action::Move {
            list: List::Quotes,
            index: 0,
            up: true,
        });
        assert!(studio.message.as_deref().unwrap().contains("already first"));
        let last = before.len() - 1;
        studio.apply(Action::Move {
            list: List::Quotes,
            index: last,
            up: false,
        });
        assert!(studio.message.as_deref().unwrap().contains("already last"));
        assert_eq!(studio.document, document);
        // Moves are undone like any change; the tracker and people move too.
        studio.apply(Action::Undo);
        assert_eq!(ids(&studio), before);
        let titles = |studio: &Studio| -> Vec<String> {
            studio
                .explainer()
                .unwrap()
                .tracker
                .iter()
                .map(|d| d.title.clone())
                .collect()
        };
        let tracker = titles(&studio);
        studio.apply(Action::Move {
            list: List::Tracker,
            index: 0,
            up: false,
        });
        assert_eq!(titles(&studio)[1], tracker[0]);
        let first_person = studio.explainer().unwrap().people[0].clone();
        studio.apply(Action::Move {
            list: List::People,
            index: 0,
            up: false,
        });
        assert_eq!(studio.explainer().unwrap().people[1], first_person);
        // An index past the end is ignored.
        let document = studio.document.clone();
        studio.apply(Action::Move {
            list: List::People,
            index: 999,
            up: true,
        });
        assert_eq!(studio.document, document);
    }

    #[test]
    fn the_items_citing_a_quote_are_named() {
        let mut studio = Studio::default();
        studio.apply(Action::StartFromDefault);
        let tracker = &studio.explainer().unwrap().tracker;
        assert_eq!(items_citing(tracker, "no-deal-until-deal").len(), 1);
        assert_eq!(
            items_citing(tracker, "lowest-point-since-cold-war"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn export_is_pretty_json_with_the_schema_that_parses_back() {
        let studio = drafted();
        let json = studio.export().unwrap();
        assert!(json.starts_with("{\n  \"$schema\": \"./explainer.schema.json\","));
        let back = problems::parse(&json).unwrap();
        assert_eq!(back.quotes, studio.explainer().unwrap().quotes);
        assert_eq!(studio.export_file_name(), "explainer.json");
    }

    #[test]
    fn editing_a_quote_prefix_to_empty_removes_it() {
        let mut studio = drafted();
        studio.apply(Action::EditQuote {
            index: 0,
            field: QuoteField::Prefix,
            value: String::new(),
        });
        assert_eq!(studio.explainer().unwrap().quotes[0].prefix, None);
        studio.apply(Action::DeleteQuote(0));
        assert_eq!(studio.explainer().unwrap().quotes.len(), 1);
    }

    #[test]
    fn a_pasted_follow_up_becomes_a_later_report_with_its_quotes() {
        let mut studio = drafted();
        let quotes_before = studio.explainer().unwrap().quotes.len();
        studio.apply(Action::AddReport {
            text: "Kyiv — The talks resumed.\nShe said “we are back” on Friday.".into(),
            published: "2026-12-02".into(),
            headline: "Talks resume".into(),
        });
        let explainer = studio.explainer().unwrap();
        assert_eq!(explainer.reports.len(), 1, "{:?}", studio.message);
        assert_eq!(explainer.reports[0].headline, "Talks resume");
        assert_eq!(explainer.reports[0].published, "2026-12-02");
        let added = &explainer.quotes[quotes_before..];
        assert_eq!(added.len(), 1);
        assert_eq!(added[0].text, "we are back");
        assert_eq!(
            added[0].report.as_deref(),
            Some(explainer.reports[0].id.as_str())
        );
        assert!(studio.message.as_deref().unwrap().contains("1 quote"));
        // One step of undo takes it back.
        studio.apply(Action::Undo);
        assert!(studio.explainer().unwrap().reports.is_empty());
        // Without a date or text, nothing is added, and the Studio says why.
        for (text, published) in [("Text.", ""), ("  ", "2026-12-02")] {
            studio.apply(Action::AddReport {
                text: text.into(),
                published: published.into(),
                headline: String::new(),
            });
            assert!(studio.explainer().unwrap().reports.is_empty());
            assert!(studio.message.is_some());
        }
    }
}
