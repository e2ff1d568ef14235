//! What each step of undo did, in words, so undo and redo can say what they
//! took back or made again ("Undone: deleted quote 5", issue #28) rather than a
//! bare "Undone.". A label is worked out from the action and the document as it
//! was before it, and kept with the step.

use news_explainer::model::anchor::SourceText;

use super::quote_making::words_of;
use super::{
    Action, ArticleField, DealField, Document, HistoryField, PersonField, QuoteField, Studio,
};

/// The most characters of a quote's words a label repeats.
const WORDS_SHOWN: usize = 60;

impl Studio {
    /// What `action` does, as undo will name it: "made quote “…”", "edited
    /// the headline". Read before the action is applied.
    pub(super) fn step_label(&self, action: &Action) -> String {
        match action {
            Action::StartFromText { .. } | Action::Drafted { .. } => {
                "drafted from the pasted article".into()
            }
            Action::Say(_) => "nothing".into(),
            Action::StartFromDefault => "opened the default explainer".into(),
            Action::Open(_) => "opened a file".into(),
            Action::Repair(_) => "repaired the file's text".into(),
            Action::MakeQuote { .. } => match self.selected_words() {
                Some(words) => format!("made quote “{words}”"),
                None => "made a quote".into(),
            },
            Action::EditQuote { index, field, .. } => {
                format!("edited {} of quote {}", quote_field(*field), index + 1)
            }
            Action::ConfirmSpeaker(index) => {
                format!("confirmed the speaker of quote {}", index + 1)
            }
            Action::DeleteQuote(index) => format!("deleted quote {}", index + 1),
            Action::EditPerson { index, field, .. } => {
                format!("edited {} of person {}", person_field(*field), index + 1)
            }
            Action::AddPerson => "added a person".into(),
            Action::DeletePerson(index) => format!("deleted person {}", index + 1),
            Action::EditArticle { field, .. } => format!("edited {}", article_field(*field)),
            Action::AddDealItem => "added a tracker item".into(),
            Action::EditDealItem { index, field, .. } => {
                format!(
                    "edited {} of tracker item {}",
                    deal_field(*field),
                    index + 1
                )
            }
            Action::DeleteDealItem(index) => format!("deleted tracker item {}", index + 1),
            Action::AddPassageEvidence(item) => {
                format!("added a passage as evidence to tracker item {}", item + 1)
            }
            Action::AddQuoteEvidence { item, quote } => {
                format!(
                    "added quote “{quote}” as evidence to tracker item {}",
                    item + 1
                )
            }
            Action::DeleteEvidence { item, index } => format!(
                "deleted evidence {} of tracker item {}",
                index + 1,
                item + 1
            ),
            Action::AddHistory(item) => {
                format!("added a status change to tracker item {}", item + 1)
            }
            Action::EditHistory {
                item, index, field, ..
            } => format!(
                "edited {} of status change {} of tracker item {}",
                history_field(*field),
                index + 1,
                item + 1
            ),
            Action::DeleteHistory { item, index } => format!(
                "deleted status change {} of tracker item {}",
                index + 1,
                item + 1
            ),
            Action::Move { list, index, up } => format!(
                "moved {} {} {}",
                list.entry_name(),
                index + 1,
                if *up { "up" } else { "down" }
            ),
            Action::AddReport { .. } => "added a later report".into(),
            Action::Select(_)
            | Action::Find(_)
            | Action::FindNext
            | Action::Resume { .. }
            | Action::SetSiteUrl(_)
            | Action::NewDraft { .. }
            | Action::Linked { .. }
            | Action::Undo
            | Action::Redo => "changed the draft".into(),
        }
    }

    /// The selected words, without the quotation marks around them, cut to
    /// [`WORDS_SHOWN`] characters.
    fn selected_words(&self) -> Option<String> {
        let (Document::Draft(explainer), Some(span)) = (&self.document, self.selection) else {
            return None;
        };
        let source = SourceText::new(&explainer.source);
        let span = words_of(&source.text, span);
        let words = source.text.get(span.start..span.end)?;
        let mut shown: String = words.chars().take(WORDS_SHOWN).collect();
        if shown.len() < words.len() {
            shown.push('…');
        }
        Some(shown)
    }
}

fn article_field(field: ArticleField) -> &'static str {
    match field {
        ArticleField::Headline => "the headline",
        ArticleField::Dek => "the standfirst",
        ArticleField::Dateline => "the dateline",
        ArticleField::Published => "the publication date",
        ArticleField::Language => "the article's language",
    }
}

fn person_field(field: PersonField) -> &'static str {
    match field {
        PersonField::Id => "the id",
        PersonField::Name => "the name",
        PersonField::Role => "the role",
    }
}

fn quote_field(field: QuoteField) -> &'static str {
    match field {
        QuoteField::Id => "the id",
        QuoteField::Speaker => "the speaker",
        QuoteField::Text => "the words",
        QuoteField::Prefix => "the prefix",
        QuoteField::Suffix => "the suffix",
        QuoteField::Context => "the context",
        QuoteField::Language => "the language",
        QuoteField::SpokenIn => "the language spoken",
        QuoteField::Translator => "the translator",
        QuoteField::OriginalText => "the original words",
        QuoteField::OriginalLanguage => "the original's language",
    }
}

fn deal_field(field: DealField) -> &'static str {
    match field {
        DealField::Id => "the id",
        DealField::Title => "the title",
        DealField::Status => "the status",
        DealField::Summary => "the summary",
        DealField::Parties => "the parties",
    }
}

fn history_field(field: HistoryField) -> &'static str {
    match field {
        HistoryField::Date => "the date",
        HistoryField::Status => "the status",
        HistoryField::Note => "the note",
    }
}
