//! The places anchoring finds and the questions it is asked: a [`Span`] of
//! the source text, the [`Block`]s the text is built from, a
//! [`TextQuoteSelector`], and why one could not be anchored ([`AnchorError`]).
//! Below everything else of [`super`], which every part of it names.

/// A byte range `[start, end)` in [`SourceText::text`](super::SourceText::text).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// True when `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Whether a block of the source text is a section heading or a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A section heading.
    Heading,
    /// A paragraph of body text.
    Paragraph,
}

/// One heading or paragraph of the source, with where it sits in the full text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// Index of the section the block belongs to.
    pub section: usize,
    /// Where the block's text sits in [`SourceText::text`](super::SourceText::text).
    pub span: Span,
}

/// Exact words plus optional neighbouring text, as in the W3C TextQuoteSelector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextQuoteSelector<'a> {
    /// The words to find.
    pub exact: &'a str,
    /// Text that must stand just before them, if given.
    pub prefix: Option<&'a str>,
    /// Text that must stand just after them, if given.
    pub suffix: Option<&'a str>,
}

/// Why a selector could not be anchored to exactly one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorError {
    /// The selector's exact text is empty once normalized.
    Empty,
    /// The words are nowhere in the source. `closest` is the most similar
    /// passage of the same length, if the source has any words at all.
    NotFound {
        /// The closest passage of the verbatim source.
        closest: Option<Span>,
        /// True when the search for it hit [`CLOSEST_SEARCH_WORK`](super::CLOSEST_SEARCH_WORK): `closest` is
        /// then the best of the passages sharing the most words with the quote,
        /// or `None` when the budget was spent before this search began.
        bounded: bool,
    },
    /// The words occur, but never with the given prefix and suffix.
    ContextMismatch {
        /// The first [`PLACES_KEPT`] places where the words do occur.
        occurrences: Vec<Span>,
        /// How many places there are in all.
        count: usize,
    },
    /// The words occur more than once and nothing tells the places apart.
    Ambiguous {
        /// The first [`PLACES_KEPT`] of the places that fit.
        occurrences: Vec<Span>,
        /// How many places fit in all.
        count: usize,
    },
    /// The words occur at more places than the file's budget of comparisons
    /// has left ([`MATCH_WORK`](super::MATCH_WORK)): whether one of them is
    /// the quote's was not decided.
    TooManyPlaces,
}

/// How many places of a quote's words anchoring keeps for a message: the
/// rest are only counted, so words found 100,000 times cost no memory.
pub const PLACES_KEPT: usize = 3;
