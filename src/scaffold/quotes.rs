//! Finding the quoted passages of a paragraph, its sentences, and slug ids.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A passage in quotation marks within a paragraph (byte offsets into it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to just past the closing one (or the paragraph's end
    /// when a quote runs on into the next paragraph, unclosed, as newspapers do).
    pub outer: Range<usize>,
    /// The quoted words: inside the marks, trimmed, without a trailing comma
    /// (the comma of `“…,” she said` belongs to the sentence, not the speaker).
    pub inner: Range<usize>,
}

/// Characters after which a `‘` opens a quotation (rather than being an
/// apostrophe typed the wrong way round): a word must start there.
fn opens_word(previous: Option<char>) -> bool {
    previous.is_none_or(|c| c.is_whitespace() || "([{“\"—–-/".contains(c))
}

/// Every quotation in a paragraph, in order: `“…”`, `"…"`, and `‘…’` when `‘`
/// opens at a word start and is closed by a `’` that is not inside a word (so
/// the apostrophes of *There’s* or *Kyiv’s* never close one). A quotation inside
/// another is part of it, not one of its own.
pub fn quotations(paragraph: &str) -> Vec<Quotation> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(paragraph.len(), |&(offset, _)| offset);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (open_at, c) = chars[i];
        let close = match c {
            '“' => Some(chars[i + 1..].iter().position(|&(_, d)| d == '”')),
            '"' => chars[i + 1..].iter().position(|&(_, d)| d == '"').map(Some),
            '‘' if opens_word(i.checked_sub(1).map(|p| chars[p].1)) => (i + 1..chars.len())
                .find(|&j| {
                    let after = chars.get(j + 1).map(|&(_, d)| d);
                    chars[j].1 == '’'
                        && !chars[j - 1].1.is_whitespace()
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .map(|j| Some(j - i - 1)),
            _ => None,
        };
        let Some(close) = close else {
            i += 1;
            continue;
        };
        // `close` is the closing mark's index relative to i + 1; None: unclosed.
        let (inner_end, next) = match close {
            Some(relative) => (chars[i + 1 + relative].0, i + relative + 2),
            None => (paragraph.len(), chars.len()),
        };
        let inner_start = end_of(i + 1);
        if let Some(inner) = trim_quoted(paragraph, inner_start..inner_end) {
            found.push(Quotation {
                outer: open_at..end_of(next),
                inner,
            });
        }
        i = next;
    }
    found
}

/// Trims white space and one trailing comma; `None` when nothing is left.
fn trim_quoted(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let inner = &text[range.clone()];
    let start = range.start + (inner.len() - inner.trim_start().len());
    let mut rest = text[start..range.end].trim_end();
    if let Some(without) = rest.strip_suffix(',') {
        rest = without.trim_end();
    }
    (!rest.is_empty()).then(|| start..start + rest.len())
}

/// Abbreviations whose period does not end a sentence ("Mr. Putin").
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Prof",
    "Mt", "No", "vs", "etc", "Inc", "Corp", "Ltd", "Co", "Adm", "Capt", "Sgt", "Rev",
];

/// The sentences of a paragraph as byte ranges. A sentence ends at `.`, `?`, `!`
/// or `…` (and any closing quote marks) followed by white space and a capital,
/// digit or opening quote, except after an initial or an abbreviation ("U.S.",
/// "Mr.") and except inside a quotation (its own sentences belong to it).
pub fn sentences(paragraph: &str, quotations: &[Quotation]) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        if !matches!(chars[i].1, '.' | '?' | '!' | '…') {
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && "”\"’')]".contains(chars[j].1) {
            j += 1;
        }
        if j >= chars.len() || !chars[j].1.is_whitespace() {
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let Some(&(next_start, next)) = chars.get(k) else {
            continue;
        };
        if !(next.is_uppercase() || next.is_ascii_digit() || "“\"‘(".contains(next)) {
            continue;
        }
        if chars[i].1 == '.' && is_abbreviation(&paragraph[..chars[i].0]) {
            continue;
        }
        if quotations
            .iter()
            .any(|q| q.outer.start < next_start && next_start < q.outer.end)
        {
            continue;
        }
        ranges.push(start..chars[j].0);
        start = next_start;
    }
    if start < paragraph.len() {
        ranges.push(start..paragraph.trim_end().len().max(start));
    }
    ranges
}

/// True when the text before a period ends with an initial ("U.S", "J") or a
/// known abbreviation.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '.' || c == '(' || c == '“')
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    initial || ABBREVIATIONS.contains(&word)
}

/// Words left out of slugs, so `at their lowest point…` becomes
/// `lowest-point-since-cold-war`. Negations and numbers stay: they carry meaning.
const SLUG_STOP_WORDS: &[&str] = &["a", "an", "the", "at", "their", "of", "and", "to"];

/// How many words a slug keeps.
const SLUG_WORDS: usize = 5;

/// Lowercase ASCII words of a text for a slug: letters with accents lose them,
/// apostrophes join (`There’s` → `theres`), anything else separates.
pub fn slug_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c == '\'' || c == '’' {
            continue;
        }
        match fold_to_ascii(c) {
            Some(folded) => word.extend(folded.chars().map(|f| f.to_ascii_lowercase())),
            None => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The ASCII letters or digits for a character, if it is a letter or digit that
/// has them (Latin letters with diacritics lose them; other scripts have none).
fn fold_to_ascii(c: char) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("çćčĉ", "c"),
        ("ďđ", "d"),
        ("èéêëēėęě", "e"),
        ("ğĝ", "g"),
        ("ìíîïīį", "i"),
        ("ł", "l"),
        ("ñńň", "n"),
        ("òóôõöøō", "o"),
        ("ŕř", "r"),
        ("śšşș", "s"),
        ("ťţț", "t"),
        ("ùúûüūůű", "u"),
        ("ýÿ", "y"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
    ];
    const ASCII: &str = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    if c.is_ascii_alphanumeric() {
        let index = ASCII.find(c)?;
        return Some(&ASCII[index..index + 1]);
    }
    let lower = c.to_lowercase().next()?;
    TABLE
        .iter()
        .find(|(from, _)| from.contains(lower))
        .map(|&(_, to)| to)
}

/// A slug for a quote from its words (up to five, stop words left out), unique
/// among `taken` by a `-2`, `-3`, … suffix; `quote` when the words give none.
pub fn unique_slug(text: &str, taken: &HashSet<String>) -> String {
    first_free(slug_base(text), taken, 2).0
}

/// The slug of a text before it is made unique.
fn slug_base(text: &str) -> String {
    let words = slug_words(text);
    let mut kept: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|word| !SLUG_STOP_WORDS.contains(word))
        .collect();
    if kept.is_empty() {
        kept = words.iter().map(String::as_str).collect();
    }
    kept.truncate(SLUG_WORDS);
    if kept.is_empty() {
        "quote".to_string()
    } else {
        kept.join("-")
    }
}

/// `base` if free, else the first free `base-<n>` from `n`, and the `n` after it.
fn first_free(base: String, taken: &HashSet<String>, mut n: usize) -> (String, usize) {
    let mut slug = base.clone();
    while taken.contains(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    (slug, n)
}

/// Slugs handed out one after another, each unique among those before it, as
/// [`unique_slug`] with every earlier slug taken would give them; it remembers
/// where each base's count stands, so a draft whose quote recurs thousands of
/// times does not count from 2 again for each.
#[derive(Debug, Default)]
pub struct UniqueSlugs {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl UniqueSlugs {
    /// The next unique slug for `text`, now taken.
    pub fn claim(&mut self, text: &str) -> String {
        let base = slug_base(text);
        let from = self.next.get(&base).copied().unwrap_or(2);
        let (slug, next) = first_free(base.clone(), &self.taken, from);
        self.next.insert(base, next);
        self.taken.insert(slug.clone());
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(paragraph: &str) -> Vec<&str> {
        quotations(paragraph)
            .into_iter()
            .map(|q| &paragraph[q.inner])
            .collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            quoted("He called it “long overdue” and said \"fine,\" twice."),
            ["long overdue", "fine"]
        );
    }

    #[test]
    fn a_trailing_comma_goes_but_a_period_stays() {
        assert_eq!(
            quoted("He thanked him for his “well-wishing tone,” adding “a deal.” Then left."),
            ["well-wishing tone", "a deal."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        assert_eq!(
            quoted("Trump said: “There’s no deal until there’s a deal.” Trump’s emphasis."),
            ["There’s no deal until there’s a deal."]
        );
        assert!(quoted("Russia’s eagerness and the leaders’ remarks").is_empty());
    }

    #[test]
    fn single_quotes_only_open_at_a_word_start() {
        assert_eq!(
            quoted("She called it ‘the people’s summit’ and (‘done’)."),
            ["the people’s summit", "done"]
        );
        // An opening mark inside a word, or one never closed, is no quotation.
        assert!(quoted("rock‘n’roll").is_empty());
        assert!(quoted("the ‘ unclosed").is_empty());
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_quotation() {
        assert_eq!(
            quoted("He said: “They called it ‘historic’ today.”"),
            ["They called it ‘historic’ today."]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let paragraph = "He went on: “We will keep talking";
        let found = quotations(paragraph);
        assert_eq!(&paragraph[found[0].inner.clone()], "We will keep talking");
        assert_eq!(found[0].outer.end, paragraph.len());
    }

    #[test]
    fn empty_quotations_are_skipped() {
        assert!(quoted("“ ,” and \"\"").is_empty());
    }

    #[test]
    fn sentences_skip_initials_abbreviations_and_quoted_sentences() {
        let paragraph = "A meeting between U.S. President Trump and Mr. Putin ended. He called it “good. Very good.” Then he left! “Next time,” he said.";
        let found = quotations(paragraph);
        let split: Vec<&str> = sentences(paragraph, &found)
            .into_iter()
            .map(|r| &paragraph[r])
            .collect();
        assert_eq!(
            split,
            [
                "A meeting between U.S. President Trump and Mr. Putin ended.",
                "He called it “good. Very good.”",
                "Then he left!",
                "“Next time,” he said.",
            ]
        );
    }

    #[test]
    fn slugs_from_words() {
        let none = HashSet::new();
        assert_eq!(
            unique_slug("at their lowest point since the Cold War.", &none),
            "lowest-point-since-cold-war"
        );
        assert_eq!(
            unique_slug("Next time in Moscow.", &none),
            "next-time-in-moscow"
        );
        assert_eq!(
            unique_slug("There’s no deal until there’s a deal.", &none),
            "theres-no-deal-until-theres"
        );
        assert_eq!(unique_slug("well-wishing tone", &none), "well-wishing-tone");
        assert_eq!(
            unique_slug("Kyiv’s résumé, 2025", &none),
            "kyivs-resume-2025"
        );
        assert_eq!(unique_slug("the", &none), "the");
        assert_eq!(unique_slug("Да!", &none), "quote");
    }

    #[test]
    fn slugs_are_unique_and_valid() {
        let taken: HashSet<String> = ["long-overdue", "long-overdue-2"]
            .map(String::from)
            .into_iter()
            .collect();
        assert_eq!(unique_slug("long overdue", &taken), "long-overdue-3");
        for text in ["‘Ça va’ — très bien!", "A  B", "x-ray 9", "Straße"] {
            let slug = unique_slug(text, &HashSet::new());
            assert!(
                crate::model::validate::is_slug(&slug),
                "{text:?} → {slug:?}"
            );
        }
    }

    #[test]
    fn slugs_claimed_in_turn_are_those_unique_slug_gives() {
        let texts = [
            "long overdue",
            "long overdue",
            "Long overdue!",
            "long overdue 2",
            "long overdue",
            "Да!",
            "Да!",
        ];
        let mut slugs = UniqueSlugs::default();
        let mut taken = HashSet::new();
        for text in texts {
            let expected = unique_slug(text, &taken);
            taken.insert(expected.clone());
            assert_eq!(slugs.claim(text), expected, "{text}");
        }
        assert!(taken.contains("long-overdue-4") && taken.contains("quote-2"));
    }
}
