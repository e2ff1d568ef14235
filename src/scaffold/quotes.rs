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
    previous.is_none_or(|c| c.is_whitespace() || "([{“\"«„‹「『—–-/".contains(c))
}

/// Opening marks that are never apostrophes, each with the marks that close it:
/// guillemets («…» in French, Russian, Ukrainian and Arabic; ‹…›), the low-high
/// marks of German and Polish („…“, „…”) and the corner brackets of Chinese and
/// Japanese (「…」, 『…』).
const PAIRED_MARKS: &[(char, &[char])] = &[
    ('“', &['”']),
    ('«', &['»']),
    ('„', &['“', '”']),
    ('‹', &['›']),
    ('「', &['」']),
    ('『', &['』']),
];

/// Every quotation in a paragraph, in order: `“…”` and the other paired marks
/// ([`PAIRED_MARKS`]: `«…»`, `„…“`, `‹…›`, `「…」`), `"…"`, and `‘…’` when `‘`
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
        let paired = PAIRED_MARKS.iter().find(|&&(open, _)| open == c);
        let close = match c {
            _ if paired.is_some() => {
                let closing = paired.map_or(&[][..], |&(_, closing)| closing);
                Some(
                    chars[i + 1..]
                        .iter()
                        .position(|&(_, d)| closing.contains(&d)),
                )
            }
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

/// Marks that end a sentence: `.`, `?`, `!` and `…`, the Arabic question mark
/// and full stop (`؟`, `۔`), and the [`FULL_WIDTH_STOPS`].
const SENTENCE_ENDS: &str = ".?!…؟۔。？！";

/// The full stop, question and exclamation marks of Chinese and Japanese, which
/// end a sentence with no space after them.
const FULL_WIDTH_STOPS: &str = "。？！";

/// Marks that close a quotation or bracket after a sentence's last mark.
pub(crate) const CLOSING_MARKS: &str = "”\"’')]»“›」』";

/// Marks that open a quotation or bracket before a sentence's first word.
const OPENING_MARKS: &str = "“\"‘(«„‹「『";

/// Whether a sentence can start with `c`: a capital, a digit, an opening mark,
/// or a letter of a script without capitals (Arabic, Hebrew, Chinese…).
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || OPENING_MARKS.contains(c)
        || (c.is_alphabetic() && !c.is_lowercase())
}

/// The sentences of a paragraph as byte ranges. A sentence ends at one of the
/// [`SENTENCE_ENDS`] (and any closing quote marks) followed by white space and
/// a capital, digit, opening quote or a letter of a script without capitals,
/// or at a full-width stop of Chinese or Japanese, which takes no space after
/// it; except after an initial or an abbreviation ("U.S.", "Mr.") and except
/// inside a quotation (its own sentences belong to it).
pub fn sentences(paragraph: &str, quotations: &[Quotation]) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        if !SENTENCE_ENDS.contains(chars[i].1) {
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && CLOSING_MARKS.contains(chars[j].1) {
            j += 1;
        }
        let full_width = FULL_WIDTH_STOPS.contains(chars[i].1);
        if j >= chars.len() || !(full_width || chars[j].1.is_whitespace()) {
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let Some(&(next_start, next)) = chars.get(k) else {
            continue;
        };
        if !(full_width || starts_sentence(next)) {
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

/// The longest slug made from words, in bytes (all ASCII): well within the
/// validator's [`crate::model::limits::MAX_ID_LEN`], with room for a `-<n>`
/// that makes it unique.
const MAX_SLUG_LEN: usize = 60;

/// Lowercase ASCII words of a text for a slug: letters with accents lose them,
/// Cyrillic, Greek and Arabic letters are transliterated (`Москве` → `moskve`,
/// `اتفقنا` → `atfqna`), apostrophes and combining marks join (`There’s` →
/// `theres`), anything else separates. Letters of other scripts (Chinese,
/// Hebrew, Devanagari…) give no word.
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

/// Cyrillic (Russian, Ukrainian, Belarusian) in Latin letters, after the
/// common passport-style romanisations (`щ` → `shch`, `ю` → `yu`); the hard and
/// soft signs write nothing.
const CYRILLIC: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('ґ', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ё', "yo"),
    ('є', "ye"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('і', "i"),
    ('ї', "yi"),
    ('й', "y"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ў', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', ""),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "yu"),
    ('я', "ya"),
];

/// Greek in Latin letters (ELOT 743, simplified), accents dropped.
const GREEK: &[(char, &str)] = &[
    ('α', "a"),
    ('ά', "a"),
    ('β', "v"),
    ('γ', "g"),
    ('δ', "d"),
    ('ε', "e"),
    ('έ', "e"),
    ('ζ', "z"),
    ('η', "i"),
    ('ή', "i"),
    ('θ', "th"),
    ('ι', "i"),
    ('ί', "i"),
    ('ϊ', "i"),
    ('ΐ', "i"),
    ('κ', "k"),
    ('λ', "l"),
    ('μ', "m"),
    ('ν', "n"),
    ('ξ', "x"),
    ('ο', "o"),
    ('ό', "o"),
    ('π', "p"),
    ('ρ', "r"),
    ('σ', "s"),
    ('ς', "s"),
    ('τ', "t"),
    ('υ', "y"),
    ('ύ', "y"),
    ('ϋ', "y"),
    ('ΰ', "y"),
    ('φ', "f"),
    ('χ', "ch"),
    ('ψ', "ps"),
    ('ω', "o"),
    ('ώ', "o"),
];

/// Arabic letters in Latin ones, consonants as written (short vowels are not
/// written in Arabic, so `اتفقنا` gives `atfqna`); the hamza and ayn write
/// nothing, so a slug stays within lowercase ASCII.
const ARABIC: &[(char, &str)] = &[
    ('ا', "a"),
    ('أ', "a"),
    ('إ', "i"),
    ('آ', "a"),
    ('ٱ', "a"),
    ('ب', "b"),
    ('ت', "t"),
    ('ث', "th"),
    ('ج', "j"),
    ('ح', "h"),
    ('خ', "kh"),
    ('د', "d"),
    ('ذ', "dh"),
    ('ر', "r"),
    ('ز', "z"),
    ('س', "s"),
    ('ش', "sh"),
    ('ص', "s"),
    ('ض', "d"),
    ('ط', "t"),
    ('ظ', "z"),
    ('ع', ""),
    ('غ', "gh"),
    ('ف', "f"),
    ('ق', "q"),
    ('ك', "k"),
    ('ل', "l"),
    ('م', "m"),
    ('ن', "n"),
    ('ه', "h"),
    ('ة', "a"),
    ('و', "w"),
    ('ؤ', ""),
    ('ي', "y"),
    ('ى', "a"),
    ('ئ', ""),
    ('ء', ""),
    ('پ', "p"),
    ('چ', "ch"),
    ('ژ', "zh"),
    ('گ', "g"),
    ('ک', "k"),
    ('ی', "y"),
];

/// Marks that change a letter without being one (accents typed as combining
/// characters, Arabic vowel signs, the Arabic tatweel): they join the word.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x064B..=0x065F | 0x0670 | 0x0640)
}

/// The ASCII letters or digits for a character, if it is a letter or digit that
/// has them (Latin letters with diacritics lose them; Cyrillic, Greek and Arabic
/// are transliterated; combining marks give the empty string; other scripts
/// have none).
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
    const DIGITS: &str = "0123456789";
    if is_combining(c) {
        return Some("");
    }
    // Arabic-Indic and Persian digits.
    if let Some(digit) = c.to_digit(10).or_else(|| match c as u32 {
        0x0660..=0x0669 => Some(c as u32 - 0x0660),
        0x06F0..=0x06F9 => Some(c as u32 - 0x06F0),
        _ => None,
    }) {
        let digit = digit as usize;
        return Some(&DIGITS[digit..digit + 1]);
    }
    let lower = c.to_lowercase().next()?;
    TABLE
        .iter()
        .find(|(from, _)| from.contains(lower))
        .map(|&(_, to)| to)
        .or_else(|| {
            [CYRILLIC, GREEK, ARABIC]
                .iter()
                .flat_map(|table| table.iter())
                .find(|&&(from, _)| from == lower)
                .map(|&(_, to)| to)
        })
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
        return "quote".to_string();
    }
    let mut slug = kept.join("-");
    if slug.len() > MAX_SLUG_LEN {
        // At the last whole word that fits, else within the first (one long
        // compound, a transliterated run of Arabic letters).
        let cut = slug[..=MAX_SLUG_LEN].rfind('-').unwrap_or(MAX_SLUG_LEN);
        slug.truncate(cut);
    }
    slug
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
    fn guillemets_low_high_marks_and_corner_brackets_are_quotation_marks() {
        assert_eq!(
            quoted("Он сказал: «Следующий раз — в Москве». Она: ‹да›."),
            ["Следующий раз — в Москве", "да"]
        );
        assert_eq!(
            quoted("Er nannte es „historisch“ und „dringend”."),
            ["historisch", "dringend"]
        );
        assert_eq!(quoted("وقالت: «اتفقنا»."), ["اتفقنا"]);
        assert_eq!(
            quoted("彼は「次はモスクワで」と言い、『はい』と答えた。"),
            ["次はモスクワで", "はい"]
        );
        // Each closes only its own pair.
        assert_eq!(quoted("«a “b” c»"), ["a “b” c"]);
    }

    #[test]
    fn sentences_end_at_arabic_and_full_width_stops() {
        let split = |paragraph: &str| -> Vec<String> {
            sentences(paragraph, &quotations(paragraph))
                .into_iter()
                .map(|r| paragraph[r].to_string())
                .collect()
        };
        assert_eq!(
            split("هل اتفقتم؟ قالت حداد: «اتفقنا». ثم غادرت."),
            ["هل اتفقتم؟", "قالت حداد: «اتفقنا».", "ثم غادرت."]
        );
        assert_eq!(
            split("یہ پہلا ہے۔ یہ دوسرا ہے۔"),
            ["یہ پہلا ہے۔", "یہ دوسرا ہے۔"]
        );
        assert_eq!(
            split("会谈结束了。他说：「下次在莫斯科。」真的吗？是的！"),
            [
                "会谈结束了。",
                "他说：「下次在莫斯科。」",
                "真的吗？",
                "是的！"
            ]
        );
        // A lowercase word after a full stop still does not start a sentence.
        assert_eq!(
            split("It ended at 3 p.m. on Friday."),
            ["It ended at 3 p.m. on Friday."]
        );
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
        // Only a text with no letter that has a Latin spelling is a bare `quote`.
        assert_eq!(unique_slug("好!", &none), "quote");
    }

    #[test]
    fn slugs_from_other_scripts_are_transliterated() {
        let none = HashSet::new();
        assert_eq!(unique_slug("Да!", &none), "da");
        assert_eq!(
            unique_slug("Следующий раз — в Москве.", &none),
            "sleduyushchiy-raz-v-moskve"
        );
        assert_eq!(
            unique_slug("Ми щойно їхали з Києва", &none),
            "mi-shchoyno-yikhali-z-kiyeva"
        );
        assert_eq!(unique_slug("Καλημέρα, Αθήνα", &none), "kalimera-athina");
        assert_eq!(unique_slug("اتفقنا", &none), "atfqna");
        // Vowel signs and Arabic-Indic digits.
        assert_eq!(unique_slug("مَرْحَبًا ٢٠٢٥", &none), "mrhba-2025");
        // Accents typed as combining marks (NFD) join their letter.
        assert_eq!(
            unique_slug("Kyiv\u{2019}s re\u{301}sume\u{301}", &none),
            "kyivs-resume"
        );
        // One endless word is cut to a slug the validator accepts, with room for `-2`.
        let long = unique_slug(&"ы".repeat(200), &none);
        assert!(
            long.len() <= MAX_SLUG_LEN && crate::ids::is_slug(&long),
            "{long}"
        );
        let words = unique_slug(&["антидемократический"; 5].join(" "), &none);
        assert!(
            words.len() <= MAX_SLUG_LEN && !words.ends_with('-'),
            "{words}"
        );
        assert_eq!(words.split('-').count(), 2, "cut at a word: {words}");
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
            assert!(crate::ids::is_slug(&slug), "{text:?} → {slug:?}");
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
            "好!",
            "好!",
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
