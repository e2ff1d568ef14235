//! Slug ids from words: a few meaningful words, folded to ASCII (Cyrillic,
//! Greek and Arabic transliterated), and unique among the ids already taken.

use std::collections::{HashMap, HashSet};

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
