//! The draft's fields: which field an edit changes (the enums [`Action`]s
//! name), and [`FieldId`], the typed id of each field's input, built on them.
//!
//! A problem's JSON path leads to its field ([`FieldId::from_path`], on the
//! library's [`json_path::parse`]), so each form shows its own problems beside
//! it and a problem in the list links to the input. Components never build
//! these ids by hand (`tests/typed_ids.rs` fails when one does).
//!
//! [`Action`]: crate::draft::Action

use news_explainer::model::json_path::{self, Step};

/// Which text field of the article is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArticleField {
    /// The headline.
    Headline,
    /// The standfirst.
    Dek,
    /// Where it was reported from.
    Dateline,
    /// `YYYY-MM-DD`.
    Published,
    /// BCP 47 tag.
    Language,
}

/// Which field of a person is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonField {
    /// The id quotes refer to; renaming it renames the references.
    Id,
    /// The full name.
    Name,
    /// The role.
    Role,
}

/// Which field of a quote is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteField {
    /// The slug; renaming it renames the tracker's references.
    Id,
    /// The speaker's person id.
    Speaker,
    /// The quoted words (re-anchored as they change).
    Text,
    /// Text just before (empty: none).
    Prefix,
    /// Text just after (empty: none).
    Suffix,
    /// Why it matters.
    Context,
    /// The language the words stand in, when not the article's (empty: the article's).
    Language,
    /// The language the words were spoken in (empty: not said).
    SpokenIn,
    /// Who translated them (empty: the report's own translation).
    Translator,
    /// The words as spoken (empty, with no language either: none).
    OriginalText,
    /// The language of the words as spoken.
    OriginalLanguage,
}

/// A list of the document whose entries can be put in another order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    /// The quotes, in the order the widget lists them.
    Quotes,
    /// The people, in the order speakers are offered.
    People,
    /// The tracker items, in the order the tracker shows them.
    Tracker,
}

impl List {
    /// What one entry of the list is called, for the Studio's messages.
    pub fn entry_name(self) -> &'static str {
        match self {
            List::Quotes => "quote",
            List::People => "person",
            List::Tracker => "tracker item",
        }
    }
}

/// Which field of a tracker item is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DealField {
    /// The slug used in `#deal-<id>` links.
    Id,
    /// The short title.
    Title,
    /// The current status id.
    Status,
    /// One line on where it stands.
    Summary,
    /// Party ids, separated by commas.
    Parties,
}

/// Which field of a status history entry is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HistoryField {
    /// `YYYY-MM-DD`.
    Date,
    /// The status id from that date.
    Status,
    /// What happened.
    Note,
}

impl ArticleField {
    /// The field's key in the file's `article`, and its input's id after `studio-`.
    pub fn key(self) -> &'static str {
        match self {
            ArticleField::Headline => "headline",
            ArticleField::Dek => "dek",
            ArticleField::Dateline => "dateline",
            ArticleField::Published => "published",
            ArticleField::Language => "language",
        }
    }

    const ALL: [ArticleField; 5] = [
        ArticleField::Headline,
        ArticleField::Dek,
        ArticleField::Dateline,
        ArticleField::Published,
        ArticleField::Language,
    ];
}

impl PersonField {
    /// The field's key in a person of the file.
    pub fn key(self) -> &'static str {
        match self {
            PersonField::Id => "id",
            PersonField::Name => "name",
            PersonField::Role => "role",
        }
    }

    const ALL: [PersonField; 3] = [PersonField::Name, PersonField::Role, PersonField::Id];
}

impl QuoteField {
    /// The field's name in its input's id: its key in a quote of the file, but
    /// for the original's two fields, which are two inputs.
    pub fn key(self) -> &'static str {
        match self {
            QuoteField::Id => "id",
            QuoteField::Speaker => "speaker",
            QuoteField::Text => "text",
            QuoteField::Prefix => "prefix",
            QuoteField::Suffix => "suffix",
            QuoteField::Context => "context",
            QuoteField::Language => "language",
            QuoteField::SpokenIn => "spoken_in",
            QuoteField::Translator => "translator",
            QuoteField::OriginalText => "original",
            QuoteField::OriginalLanguage => "original_language",
        }
    }

    /// The fields folded under a quote's "Language and translation".
    pub const LANGUAGE: [QuoteField; 5] = [
        QuoteField::SpokenIn,
        QuoteField::Language,
        QuoteField::Translator,
        QuoteField::OriginalText,
        QuoteField::OriginalLanguage,
    ];

    const ALL: [QuoteField; 11] = [
        QuoteField::Text,
        QuoteField::Speaker,
        QuoteField::Id,
        QuoteField::Prefix,
        QuoteField::Suffix,
        QuoteField::Context,
        QuoteField::Language,
        QuoteField::SpokenIn,
        QuoteField::Translator,
        QuoteField::OriginalText,
        QuoteField::OriginalLanguage,
    ];
}

impl DealField {
    /// The field's key in a tracker item of the file.
    pub fn key(self) -> &'static str {
        match self {
            DealField::Id => "id",
            DealField::Title => "title",
            DealField::Status => "status",
            DealField::Summary => "summary",
            DealField::Parties => "parties",
        }
    }

    const ALL: [DealField; 5] = [
        DealField::Title,
        DealField::Status,
        DealField::Summary,
        DealField::Parties,
        DealField::Id,
    ];
}

impl HistoryField {
    /// The field's key in a status history entry of the file.
    pub fn key(self) -> &'static str {
        match self {
            HistoryField::Date => "date",
            HistoryField::Status => "status",
            HistoryField::Note => "note",
        }
    }

    const ALL: [HistoryField; 3] = [HistoryField::Date, HistoryField::Status, HistoryField::Note];
}

impl List {
    /// The entries' kind in the forms' ids (`quote` in `studio-quote-3-text`).
    fn kind(self) -> &'static str {
        match self {
            List::Quotes => "quote",
            List::People => "person",
            List::Tracker => "deal",
        }
    }
}

/// The first of `all` whose key is `key`, else the first of all (a path that
/// names a whole entry, or a key without an input, leads to its first field).
fn by_key<F: Copy>(all: &[F], key: Option<&str>, key_of: fn(F) -> &'static str) -> F {
    key.and_then(|key| all.iter().copied().find(|field| key_of(*field) == key))
        .unwrap_or(all[0])
}

/// An input (or list) of the Studio's forms that has an id, named by what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    /// A field of the article: `studio-<key>`.
    Article(ArticleField),
    /// A field of a person, by index: `studio-person-<i>-<key>`.
    Person(usize, PersonField),
    /// A field of a quote, by index: `studio-quote-<i>-<key>`.
    Quote(usize, QuoteField),
    /// Where a quote's words were found, said under them.
    QuoteAnchor(usize),
    /// The mark on a quote's speaker while it is the draft's guess.
    QuoteSpeakerGuess(usize),
    /// A field of a tracker item, by index: `studio-deal-<i>-<key>`.
    Deal(usize, DealField),
    /// A tracker item's evidence list.
    DealEvidence(usize),
    /// The select that adds a quote to a tracker item's evidence.
    DealAddQuote(usize),
    /// One checkbox of a tracker item's parties: `studio-deal-<i>-parties-<n>`.
    DealParty {
        /// The item, by index.
        item: usize,
        /// The person's place among the choices.
        choice: usize,
    },
    /// A tracker item's status history list.
    DealHistory(usize),
    /// A field of one entry of a tracker item's history.
    History {
        /// The item, by index.
        item: usize,
        /// The entry, by index.
        entry: usize,
        /// The field.
        field: HistoryField,
    },
    /// A code the publish panel offers to copy.
    Code(Code),
    /// The label above a code to copy.
    CodeLabel(Code),
    /// An entry's button that moves it up (or down) its list.
    Move {
        /// The list.
        list: List,
        /// The entry, by index.
        index: usize,
        /// Down rather than up.
        down: bool,
    },
}

impl FieldId {
    /// The id, as written into the `id` attribute.
    pub fn id(&self) -> String {
        match *self {
            FieldId::Article(field) => format!("studio-{}", field.key()),
            FieldId::Person(index, field) => format!("studio-person-{index}-{}", field.key()),
            FieldId::Quote(index, field) => format!("studio-quote-{index}-{}", field.key()),
            FieldId::QuoteAnchor(index) => format!("studio-quote-{index}-anchor"),
            FieldId::QuoteSpeakerGuess(index) => format!("studio-quote-{index}-speaker-guess"),
            FieldId::Deal(index, field) => format!("studio-deal-{index}-{}", field.key()),
            FieldId::DealEvidence(index) => format!("studio-deal-{index}-evidence"),
            FieldId::DealAddQuote(index) => format!("studio-deal-{index}-add-quote"),
            FieldId::DealParty { item, choice } => {
                format!("studio-deal-{item}-{}-{choice}", DealField::Parties.key())
            }
            FieldId::DealHistory(index) => format!("studio-deal-{index}-history"),
            FieldId::History { item, entry, field } => {
                format!("studio-deal-{item}-history-{entry}-{}", field.key())
            }
            FieldId::Code(code) => format!("studio-{}", code.key()),
            FieldId::CodeLabel(code) => format!("studio-{}-label", code.key()),
            FieldId::Move { list, index, down } => format!(
                "studio-{}-{index}-move-{}",
                list.kind(),
                if down { "down" } else { "up" }
            ),
        }
    }

    /// The field a problem's JSON path belongs to, when the Studio has an input
    /// for it: `$.quotes[3].text` → the quote's words, `$.article.dek` → the
    /// standfirst, `$.tracker[0].history[1].date` → that entry's date; an
    /// item's evidence goes to its evidence list, and a path naming a whole
    /// entry to its first field.
    pub fn from_path(path: &str) -> Option<FieldId> {
        let steps = json_path::parse(path)?;
        let key = |at: usize| match steps.get(at) {
            Some(Step::Key(key)) => Some(key.as_str()),
            _ => None,
        };
        let index = match steps.get(1) {
            Some(Step::Index(index)) => Some(*index),
            _ => None,
        };
        match (key(0)?, index) {
            ("article", _) => {
                let field = key(1)?;
                ArticleField::ALL
                    .into_iter()
                    .find(|f| f.key() == field)
                    .map(FieldId::Article)
            }
            ("people", Some(index)) => Some(FieldId::Person(
                index,
                by_key(&PersonField::ALL, key(2), PersonField::key),
            )),
            ("quotes", Some(index)) => {
                // The original's two fields are two inputs.
                let field = match (key(2), key(3)) {
                    (Some("original"), Some("language")) => QuoteField::OriginalLanguage,
                    (field, _) => by_key(&QuoteField::ALL, field, QuoteField::key),
                };
                Some(FieldId::Quote(index, field))
            }
            ("tracker", Some(item)) => Some(match (key(2), steps.get(3)) {
                (Some("evidence"), _) => FieldId::DealEvidence(item),
                (Some("history"), Some(Step::Index(entry))) => FieldId::History {
                    item,
                    entry: *entry,
                    field: by_key(&HistoryField::ALL, key(4), HistoryField::key),
                },
                (Some("history"), _) => FieldId::DealHistory(item),
                (field, _) => FieldId::Deal(item, by_key(&DealField::ALL, field, DealField::key)),
            }),
            _ => None,
        }
    }
}

/// A code the publish panel offers to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// The `explainer build` command.
    BuildCommand,
    /// The iframe embed code.
    IframeEmbed,
    /// The inline embed code.
    InlineEmbed,
}

impl Code {
    /// Its name in its id.
    fn key(self) -> &'static str {
        match self {
            Code::BuildCommand => "build-command",
            Code::IframeEmbed => "embed-iframe",
            Code::InlineEmbed => "embed-inline",
        }
    }
}

/// A link to the element of the Studio's page with id `id` (a part's heading).
pub fn href(id: &str) -> String {
    format!("#{id}")
}

/// The id of the problems said under a field (`aria-describedby` points there).
pub fn note_id(field: &str) -> String {
    format!("{field}-problems")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_of(path: &str) -> Option<String> {
        FieldId::from_path(path).map(|field| field.id())
    }

    #[test]
    fn problems_lead_to_their_fields() {
        for (path, field) in [
            ("$.quotes[3].text", "studio-quote-3-text"),
            ("$.quotes[0].prefix", "studio-quote-0-prefix"),
            ("$.quotes[12]", "studio-quote-12-text"),
            ("$.quotes[2].spoken_in", "studio-quote-2-spoken_in"),
            ("$.quotes[2].language", "studio-quote-2-language"),
            ("$.quotes[2].translator", "studio-quote-2-translator"),
            ("$.quotes[2].original.text", "studio-quote-2-original"),
            ("$.quotes[2].original", "studio-quote-2-original"),
            (
                "$.quotes[2].original.language",
                "studio-quote-2-original_language",
            ),
            ("$.people[1].role", "studio-person-1-role"),
            ("$.article.dek", "studio-dek"),
            ("$.tracker[0].status", "studio-deal-0-status"),
            ("$.tracker[2].evidence[0].quote", "studio-deal-2-evidence"),
            ("$.tracker[2].evidence", "studio-deal-2-evidence"),
            (
                "$.tracker[1].history[3].note",
                "studio-deal-1-history-3-note",
            ),
            ("$.tracker[1].history[3]", "studio-deal-1-history-3-date"),
            ("$.tracker[1].history", "studio-deal-1-history"),
            ("$.tracker[1].parties[0]", "studio-deal-1-parties"),
        ] {
            assert_eq!(id_of(path).as_deref(), Some(field), "{path}");
        }
        for path in [
            "$",
            "$.article.publisher",
            "$.source[0]",
            "not a path",
            "$.quotes",
        ] {
            assert_eq!(id_of(path), None, "{path}");
        }
    }

    #[test]
    fn every_id_has_its_form() {
        assert_eq!(FieldId::QuoteAnchor(2).id(), "studio-quote-2-anchor");
        assert_eq!(FieldId::DealAddQuote(0).id(), "studio-deal-0-add-quote");
        let up = FieldId::Move {
            list: List::People,
            index: 1,
            down: false,
        };
        assert_eq!(up.id(), "studio-person-1-move-up");
        let down = FieldId::Move {
            list: List::Tracker,
            index: 0,
            down: true,
        };
        assert_eq!(down.id(), "studio-deal-0-move-down");
        assert_eq!(note_id("studio-dek"), "studio-dek-problems");
        assert_eq!(
            FieldId::Code(Code::BuildCommand).id(),
            "studio-build-command"
        );
        assert_eq!(
            FieldId::CodeLabel(Code::InlineEmbed).id(),
            "studio-embed-inline-label"
        );
        assert_eq!(href("studio-text-title"), "#studio-text-title");
    }
}
