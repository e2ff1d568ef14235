//! Who is speaking: people named in the article, and the likely speaker of each
//! quote. A first guess for an editor to confirm, never more.
//!
//! The words of reporting (verbs of speech, titles, pronouns) come from the
//! tables of every language in [`super::reporting`], so an article in English,
//! Russian, Ukrainian, French or Arabic is read the same way.
//!
//! A person is a run of one to three capitalised words that follows a title
//! ("U.S. President Donald Trump", «министр здравоохранения области Анна
//! Коваленко», « le maire de Saint-Aubin, Jean-Luc Fabre »), stands next to a
//! verb of speech ("Trump said:", "said Putin", « a déclaré M. Renaud ») or is
//! the subject that opens a sentence ("Marta Kovač agreed…"). Arabic has no
//! capitals: there a name is the words between a title or verb and the next
//! boundary (a preposition, a conjunction such as «إن», a comma or colon),
//! without the title's own words (`arabic_name`). After that any mention of a
//! surname counts ("Putin underscored…"), in Cyrillic in any case ending («по
//! словам Воронцовой»).
//!
//! The speaker of a quote, in order of preference:
//! 1. a person next to a verb of speech in the quote's sentence ("Trump said: “…”",
//!    «…», — заявила министр Анна Коваленко);
//! 2. when a pronoun (*he*, *she*, «она», « elle ») comes before the quote and
//!    before any name in its sentence ("He called the meeting “…”"), the first
//!    person named in the previous sentence, else the previous quote's speaker;
//! 3. the first person named in the sentence before the quote (usually its subject);
//! 4. the first person named after the quote in the sentence;
//! 5. the first person named in the previous sentence;
//! 6. the previous quote's speaker (a quote of its own sentence goes on).
//!
//! A title alone ("the mayor said", «— сказала министр») is a mention of the
//! person last introduced with that title.
//!
//! Words inside quotation marks are never taken for names.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::quotes::Quotation;
use super::reporting::REPORTING;
use crate::strings::MONTHS;

/// What a word is in reporting, by every language's tables.
#[derive(Clone, Copy, Debug, Default)]
struct Reported {
    /// A verb of speech.
    verb: bool,
    /// A verb of speech that may come before its speaker.
    before_name: bool,
    /// A title or role before a name.
    title: bool,
    /// A subject pronoun for a person.
    pronoun: bool,
    /// How many lowercase words its language lets stand between it and a name.
    between: usize,
}

/// Marks a word's [`Reported`] as one kind of reporting word.
type Mark = fn(&mut Reported);

/// The reporting words of every language, normalised ([`normalise`]).
fn lexicon() -> &'static HashMap<String, Reported> {
    static LEXICON: OnceLock<HashMap<String, Reported>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut words: HashMap<String, Reported> = HashMap::new();
        for language in REPORTING {
            let lists: [(&[&str], Mark); 4] = [
                (language.verbs, |r| r.verb = true),
                (language.verbs_before_name, |r| r.before_name = true),
                (language.titles, |r| r.title = true),
                (language.pronouns, |r| r.pronoun = true),
            ];
            for (list, mark) in lists {
                for word in list {
                    let entry = words.entry(normalise(word)).or_default();
                    mark(entry);
                    entry.between = entry.between.max(language.words_between);
                }
            }
        }
        words
    })
}

/// True for a letter of the Arabic script.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// A word as the tables spell it: lowercase, the typographic apostrophe as
/// `'`, and Arabic without short vowels or the stretching tatweel, its alif
/// with hamza or madda as a bare alif.
fn normalise(word: &str) -> String {
    word.chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            '’' => '\'',
            'أ' | 'إ' | 'آ' => 'ا',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a word of an article is in reporting ([`Reported`]): looked up as it
/// stands, then without an Arabic conjunction (`وقال`, `فقال`), without a French
/// elision (`l'architecte`), and as a French inversion (`a-t-il`,
/// `déplore-t-elle`: a pronoun, and the verb before it).
fn reported(core: &str) -> Reported {
    let words = lexicon();
    let key = normalise(core);
    if let Some(&found) = words.get(&key) {
        return found;
    }
    if key.starts_with(is_arabic) {
        return ['و', 'ف']
            .iter()
            .filter_map(|&conjunction| key.strip_prefix(conjunction))
            .filter(|rest| rest.chars().count() >= 2)
            .find_map(|rest| words.get(rest).copied())
            .unwrap_or_default();
    }
    if let Some((elided, rest)) = key.split_once('\'') {
        if elided.chars().count() <= 2 {
            return words.get(rest).copied().unwrap_or_default();
        }
    }
    if let Some((first, last)) = key.split_once('-').zip(key.rsplit_once('-')) {
        let verb = words.get(first.0).copied().unwrap_or_default();
        let pronoun = words.get(last.1).is_some_and(|r| r.pronoun);
        return Reported { pronoun, ..verb };
    }
    Reported::default()
}

/// Capitalised words that are never names (and months: [`is_month`]).
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "And",
    "But",
    "Yet",
    "Or",
    "For",
    "So",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "While",
    "After",
    "Before",
    "When",
    "If",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Asked",
    "According",
    "Outside",
    "Inside",
    "Nobody",
    "Everyone",
];

/// True for a month's name, which is never a person's. "May" is left out: it is a
/// surname too ("Theresa May said…").
fn is_month(word: &str) -> bool {
    word != "May" && MONTHS.contains(&word)
}

/// A person found in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The fullest form of the name found ("Donald Trump").
    pub name: String,
    /// The surname, particles included ("Trump", "von der Leyen"): the id's source.
    pub surname: String,
    /// The name's last word, by which later mentions are recognised ("Leyen").
    pub key: String,
}

/// A word of a paragraph: its core (edge punctuation and a possessive *’s*
/// removed) and what follows the core directly.
#[derive(Clone, Debug)]
struct Word<'a> {
    start: usize,
    core: &'a str,
    /// Punctuation right after the core ("," in "Putin,"), possessive excluded.
    trailing: &'a str,
    possessive: bool,
    /// Its place among the paragraph's white-space separated pieces: two words
    /// are next to each other only when nothing (no dash, no quotation) stands
    /// between them ([`adjacent`]).
    piece: usize,
}

impl Word<'_> {
    fn is_lowercase(&self) -> bool {
        self.core.starts_with(char::is_lowercase)
    }

    fn is_arabic(&self) -> bool {
        self.core.starts_with(is_arabic)
    }

    /// Followed by a mark that ends a clause (`.`, `:`, `;`, `!`, `?`, or the
    /// Arabic `؟` and `؛`).
    fn ends_clause(&self) -> bool {
        self.trailing.contains(['.', ':', ';', '!', '?', '؟', '؛'])
    }

    /// Followed by punctuation of any kind, the Arabic comma included.
    fn punctuated(&self) -> bool {
        !self.trailing.is_empty()
    }
}

fn words(paragraph: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut offset = 0;
    for (piece, raw) in paragraph.split_inclusive(char::is_whitespace).enumerate() {
        let start = offset;
        offset += raw.len();
        let raw = raw.trim_end();
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let body = &raw[lead..];
        let core_len = body.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let (full, trailing) = body.split_at(core_len);
        let stem = full.strip_suffix("’s").or_else(|| full.strip_suffix("'s"));
        let (core, possessive) = stem.map_or((full, false), |stem| (stem, true));
        if !core.is_empty() {
            words.push(Word {
                start: start + lead,
                core,
                trailing,
                possessive,
                piece,
            });
        }
    }
    words
}

/// Words of a text that lie outside every quotation. The quotations come in
/// the order of the text and do not overlap, so each word is looked up by a
/// binary search, not against every quotation: a long paragraph of many quotes
/// stays linear.
fn words_outside<'a>(paragraph: &'a str, quotations: &[Quotation]) -> Vec<Word<'a>> {
    words(paragraph)
        .into_iter()
        .filter(|word| {
            let after = quotations.partition_point(|q| q.outer.start <= word.start);
            !after
                .checked_sub(1)
                .is_some_and(|last| quotations[last].outer.contains(&word.start))
        })
        .collect()
}

/// The words outside quotations of each sentence, each paragraph's words found
/// once: attribution looks at a sentence and the one before it for every
/// quote, and reading the whole paragraph again each time made a long article
/// quadratic (a 1 MB article took seconds).
fn words_by_sentence<'a>(sentences: &[Sentence<'a>]) -> Vec<Vec<Word<'a>>> {
    let mut result = Vec::with_capacity(sentences.len());
    let mut paragraph_words: (Option<*const u8>, Vec<Word<'a>>) = (None, Vec::new());
    for sentence in sentences {
        let key = Some(sentence.paragraph.as_ptr());
        if paragraph_words.0 != key {
            paragraph_words = (key, words_outside(sentence.paragraph, sentence.quotations));
        }
        let words = &paragraph_words.1;
        let from = words.partition_point(|w| w.start < sentence.range.start);
        let to = words.partition_point(|w| w.start < sentence.range.end);
        result.push(words[from..to].to_vec());
    }
    result
}

fn is_name_word(word: &Word<'_>) -> bool {
    let mut chars = word.core.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let all_upper = word
        .core
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    first_upper
        && !all_upper
        && word.core.chars().count() >= 2
        && word
            .core
            .chars()
            .all(|c| c.is_alphabetic() || "-’'.".contains(c))
        && !NOT_NAMES.contains(&word.core)
        && !is_month(word.core)
        && {
            let reported = reported(word.core);
            !reported.title && !reported.pronoun
        }
}

fn is_title(word: &Word<'_>) -> bool {
    reported(word.core.trim_end_matches('.')).title
}

/// Lowercase words that stand inside names ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
    "al", "ter", "dos", "das",
];

/// The most capitalised words a name takes (particles not counted).
const MAX_NAME_WORDS: usize = 3;

fn is_particle(word: &Word<'_>) -> bool {
    PARTICLES.contains(&word.core) && word.trailing.is_empty() && !word.possessive
}

/// True for a Russian or Ukrainian patronymic (Иванович, Петровна).
fn is_patronymic(word: &str) -> bool {
    [
        "ович",
        "евич",
        "йович",
        "івна",
        "овна",
        "евна",
        "ична",
        "інична",
    ]
    .iter()
    .any(|ending| word.ends_with(ending))
}

/// Joins name words, leaving out particles at either end. Three Cyrillic words
/// are a name only with a patronymic in the middle (Иван Иванович Петров);
/// otherwise the first is a place before the name («глава Луговска Андрей
/// Белов»).
fn join_name(mut parts: Vec<&str>) -> Option<String> {
    while parts.last().is_some_and(|p| PARTICLES.contains(p)) {
        parts.pop();
    }
    let mut first = parts.iter().position(|p| !PARTICLES.contains(p))?;
    let cyrillic = parts[first].starts_with(|c: char| matches!(c, '\u{0400}'..='\u{04FF}'));
    if cyrillic && parts.len() - first == 3 && !is_patronymic(parts[first + 1]) {
        first += 1;
    }
    Some(parts[first..].join(" "))
}

/// The name that starts at `words[from]`: capitalised words (and particles
/// between them), stopping after a word followed by punctuation; and the index
/// of the word after it.
fn name_after(words: &[Word<'_>], from: usize) -> Option<(String, usize)> {
    let mut parts = Vec::new();
    let mut names = 0;
    let mut end = from;
    for word in words.iter().skip(from) {
        if is_name_word(word) {
            parts.push(word.core);
            names += 1;
            end += 1;
            if word.possessive || word.punctuated() || names == MAX_NAME_WORDS {
                break;
            }
        } else if is_particle(word) && !parts.is_empty() {
            parts.push(word.core);
            end += 1;
        } else {
            break;
        }
    }
    join_name(parts).map(|name| (name, end))
}

/// The name that ends just before `words[to]`: capitalised words (and particles
/// between them), none followed by punctuation or possessive.
fn name_before(words: &[Word<'_>], to: usize) -> Option<String> {
    let mut parts = Vec::new();
    let mut names = 0;
    for word in words[..to].iter().rev() {
        let plain = !word.possessive && word.trailing.is_empty();
        if is_name_word(word) && plain && names < MAX_NAME_WORDS {
            parts.push(word.core);
            names += 1;
        } else if is_particle(word) && !parts.is_empty() {
            parts.push(word.core);
        } else {
            break;
        }
    }
    parts.reverse();
    join_name(parts)
}

/// The most titles a role before a name holds («заместитель министра»).
const MAX_TITLES: usize = 3;

/// The name a title or a verb of speech at `words[from - 1]` introduces: after
/// more titles and up to `between` lowercase words of the role (« la
/// directrice générale du groupe, Hélène Marchand »), the capitalised name,
/// unless it is a possessive ("said Port Velden’s mayor") or another title
/// follows it ("said Kremlin spokesman Dmitry Peskov": the title's name).
/// None at a pronoun, another verb, the end of a clause («— сказала
/// министр.») or a quotation; after a verb, lowercase words must hold a title
/// (« a promis de revenir à Port-Lanvec » names nobody).
fn name_after_role(words: &[Word<'_>], from: usize, between: usize) -> Option<String> {
    let (mut at, mut lowercase, mut titles) = (from, 0, 0);
    let titled = from.checked_sub(1).is_some_and(|p| is_title(&words[p]));
    while let Some(word) = words.get(at) {
        if at > 0 && !adjacent(&words[at - 1], word) {
            return None;
        }
        if is_name_word(word) {
            break;
        }
        let role = reported(word.core.trim_end_matches('.'));
        if role.title && titles < MAX_TITLES && !word.trailing.contains([':', ';']) {
            titles += 1;
        } else if word.is_lowercase()
            && lowercase < between
            && !role.verb
            && !role.pronoun
            && !word.ends_clause()
        {
            lowercase += 1;
        } else {
            return None;
        }
        at += 1;
    }
    if lowercase > 0 && titles == 0 && !titled {
        return None;
    }
    let (mut name, mut end) = name_after(words, at)?;
    // « le maire de Port-Lanvec, Bernard Quéré »: the role's place, then the
    // name set off by a comma.
    if lowercase > 0 && words[end - 1].trailing == "," {
        if let Some((appositive, after)) = name_after(words, end) {
            (name, end) = (appositive, after);
        }
    }
    let possessive = words[end - 1].possessive;
    let title_follows = words.get(end).is_some_and(is_title) && !words[end - 1].punctuated();
    (!possessive && !title_follows).then_some(name)
}

/// Arabic words that end a name: conjunctions, prepositions and relatives
/// («قال حداد إن…», «…سامي حداد بعد الجلسة»). `في` and `من` end one only
/// after a word without the article («سامي حداد في مؤتمر»), since a role's
/// own words take them («مديرة المشروع في الشركة رنا شاهين»).
const ARABIC_BOUNDARIES: &[&str] = &[
    "احد",
    "احدى",
    "ان",
    "انه",
    "انها",
    "بان",
    "الى",
    "على",
    "عن",
    "بعد",
    "قبل",
    "خلال",
    "امس",
    "اليوم",
    "يوم",
    "الذي",
    "التي",
    "الذين",
    "لكن",
    "حيث",
    "كما",
    "مع",
    "عند",
    "حول",
    "اذ",
    "ثم",
    "لقد",
    "قد",
    "وقد",
    "هو",
    "هي",
];

/// Prefixes of a preposition or conjunction joined to the article: a word
/// that starts with one («للصحفيين», to the journalists) is no name's.
const ARABIC_JOINED_ARTICLES: &[&str] = &["لل", "بال", "وال", "فال", "كال"];

/// True when an Arabic word ends the name before it ([`ARABIC_BOUNDARIES`],
/// a preposition or conjunction joined to the article
/// ([`ARABIC_JOINED_ARTICLES`]), a verb of speech, or an adverb in *-an*,
/// «قائلاً», «تعليقاً»).
fn ends_arabic_name(word: &Word<'_>, previous: Option<&Word<'_>>) -> bool {
    let key = normalise(word.core);
    let after_plain = previous.is_some_and(|p| !p.core.starts_with("ال"));
    !word.is_arabic()
        || ARABIC_BOUNDARIES.contains(&key.as_str())
        || ARABIC_JOINED_ARTICLES.iter().any(|p| key.starts_with(p))
        || (matches!(key.as_str(), "في" | "من") && after_plain)
        || word.core.contains('\u{064B}')
        || reported(word.core).verb
}

/// The most words an Arabic role and name take together before a boundary.
const MAX_ARABIC_RUN: usize = 7;

/// An Arabic name from `words[from]`: the words up to the next boundary
/// ([`ends_arabic_name`]) or punctuation. After a title (`after_title`) the
/// role's own words come first («وزير الموارد المائية سامي حداد»): the name is
/// the last three words at most, without leading words that take the article
/// («المائية»). Right after a verb the name comes first: a run of more than
/// three words keeps only its first («قال العلي في ختام حديثه»).
fn arabic_name(words: &[Word<'_>], from: usize, after_title: bool) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    for (index, word) in words.iter().enumerate().skip(from) {
        if ends_arabic_name(word, index.checked_sub(1).map(|p| &words[p]))
            || run.len() == MAX_ARABIC_RUN
            || (!after_title || !run.is_empty()) && reported(word.core).title
        {
            break;
        }
        run.push(word.core);
        if word.punctuated() {
            break;
        }
    }
    if after_title && run.is_empty() {
        return arabic_appositive(words, from);
    }
    let stopped = words.get(from + run.len().saturating_sub(1));
    let role_goes_on =
        stopped.is_some_and(Word::punctuated) && words.get(from + run.len()).is_some_and(is_title);
    if role_goes_on {
        return None;
    }
    if !after_title && run.len() > MAX_NAME_WORDS {
        run.truncate(1);
    }
    let mut name = &run[run.len().saturating_sub(MAX_NAME_WORDS)..];
    while name.len() > 1 && name[0].starts_with("ال") {
        name = &name[1..];
    }
    (!name.is_empty()).then(|| name.join(" "))
}

/// The most words of a role set off by commas before the name («صاحب أحد
/// الأفران، عماد الحلبي، فإن…»).
const MAX_ARABIC_ROLE: usize = 4;

/// The name set off by commas after a role that names nobody (the title at
/// `from - 1`, then up to [`MAX_ARABIC_ROLE`] words to a comma, then the name
/// up to the next comma or boundary).
fn arabic_appositive(words: &[Word<'_>], from: usize) -> Option<String> {
    let comma = (from..words.len().min(from + MAX_ARABIC_ROLE))
        .find(|&at| words[at].trailing.contains(['،', ',']))?;
    let mut name = Vec::new();
    for (at, word) in words
        .iter()
        .enumerate()
        .skip(comma + 1)
        .take(MAX_NAME_WORDS)
    {
        if ends_arabic_name(word, Some(&words[at - 1])) || reported(word.core).title {
            break;
        }
        name.push(word.core);
        if word.punctuated() {
            break;
        }
    }
    (!name.is_empty()).then(|| name.join(" "))
}

/// True when `words[index]` opens a sentence or a clause: the paragraph's
/// first word, or one after a word followed by a stop or a comma.
fn opens_clause(words: &[Word<'_>], index: usize) -> bool {
    index
        .checked_sub(1)
        .is_none_or(|p| words[p].trailing.contains(['.', '!', '?', ',']))
}

/// True when nothing but a space stands between two words (no dash, no
/// quotation between them: "Port Velden — The…" is no name).
fn adjacent(first: &Word<'_>, second: &Word<'_>) -> bool {
    second.piece == first.piece + 1
}

/// French and English articles that open a sentence before a noun (« Le
/// marché couvert… »), never a person's first word there.
const OPENING_ARTICLES: &[&str] = &["Le", "La", "Les", "L", "Un", "Une", "Des"];

/// A full name of two or three words opening a sentence or clause as its
/// subject ("Marta Kovač agreed, …", "…, Loïc Tanguy a participé", "Ingrid
/// Solheim, who runs a café, …"): followed by a lowercase word or a comma.
fn subject(words: &[Word<'_>], index: usize) -> Option<String> {
    if OPENING_ARTICLES.contains(&words[index].core) {
        return None;
    }
    let (name, end) = name_after(words, index)?;
    let joined = words[index..end].windows(2).all(|w| adjacent(&w[0], &w[1]));
    let last = &words[end - 1];
    let followed = match last.trailing {
        "" => words
            .get(end)
            .is_some_and(|w| w.is_lowercase() && adjacent(last, w)),
        "," => true,
        _ => false,
    };
    (name.contains(' ') && joined && followed && !last.possessive).then_some(name)
}

/// A name set off by commas just before a verb of speech: "Its chief
/// engineer, Dmitri Halloran, said…", when `words[index]` is that verb.
fn appositive_speaker(words: &[Word<'_>], index: usize) -> Option<String> {
    if !reported(words[index].core).verb || index == 0 || words[index - 1].trailing != "," {
        return None;
    }
    let mut from = index - 1;
    while from > 0 && is_name_word(&words[from - 1]) && words[from - 1].trailing.is_empty() {
        from -= 1;
    }
    let set_off = from
        .checked_sub(1)
        .is_some_and(|p| words[p].trailing == ",");
    let (name, end) = name_after(words, from)?;
    (set_off && end == index).then_some(name)
}

/// Everyone the body paragraphs name, by title, by a verb of speech or as the
/// subject that opens a sentence, merged by surname and in order of first
/// mention.
pub fn find_people(paragraphs: &[(&str, Vec<Quotation>)]) -> Vec<Named> {
    let mut people: Vec<Named> = Vec::new();
    let mut add = |name: String| {
        let words: Vec<&str> = name.split(' ').collect();
        let key = words.last().copied().unwrap_or_default().to_string();
        // The surname takes the particles before the last word: "von der Leyen".
        let particles = words[..words.len() - 1]
            .iter()
            .rev()
            .take_while(|w| PARTICLES.contains(w) || PARTICLES.contains(&w.to_lowercase().as_str()))
            .count();
        let surname = words[words.len() - 1 - particles..].join(" ");
        match people.iter_mut().find(|p| p.key == key) {
            Some(known) if name.len() > known.name.len() => {
                known.name = name;
                known.surname = surname;
            }
            Some(_) => {}
            None => people.push(Named { name, surname, key }),
        }
    };
    // Each paragraph's words found once, for both passes.
    let paragraph_words: Vec<Vec<Word<'_>>> = paragraphs
        .iter()
        .map(|(paragraph, quotations)| words_outside(paragraph, quotations))
        .collect();
    for words in &paragraph_words {
        for (index, word) in words.iter().enumerate() {
            let role = reported(word.core.trim_end_matches('.'));
            let title_ends_cleanly =
                word.trailing.is_empty() || word.trailing == "." || word.trailing == ",";
            if role.title && title_ends_cleanly && !word.possessive {
                let name = if word.is_arabic() {
                    arabic_name(words, index + 1, true)
                } else {
                    name_after_role(words, index + 1, role.between)
                };
                if let Some(name) = name {
                    add(name);
                }
            } else if role.verb {
                if let Some(name) =
                    name_before(words, index).or_else(|| appositive_speaker(words, index))
                {
                    add(name);
                }
                if role.before_name && !word.punctuated() {
                    let name = if word.is_arabic() {
                        let titled = words.get(index + 1).is_some_and(is_title);
                        (!titled)
                            .then(|| arabic_name(words, index + 1, false))
                            .flatten()
                    } else {
                        name_after_role(words, index + 1, role.between)
                    };
                    if let Some(name) = name {
                        add(name);
                    }
                }
            } else if opens_clause(words, index) {
                if let Some(name) = subject(words, index) {
                    add(name);
                }
            } else if let Some(name) = appositive_speaker(words, index) {
                add(name);
            }
        }
    }
    let fullest = fullest_names(&paragraph_words, &people);
    for (person, full) in people.iter_mut().zip(fullest) {
        if let Some(full) = full {
            if full.split(' ').count() > person.name.split(' ').count() {
                person.name = full;
            }
        }
    }
    people
}

/// The longest form of each person's name the article gives, by their last
/// word (`key`): the capitalised words just before a mention ("Maria Ivanova,
/// the negotiator, arrived"), so a person found by a surname alone ("Ivanova
/// said") is named in full. `None` for one with no mention that has a word
/// before it. One pass over the words for everyone: a long article names many
/// people.
fn fullest_names(paragraph_words: &[Vec<Word<'_>>], people: &[Named]) -> Vec<Option<String>> {
    let by_key: HashMap<&str, usize> = people
        .iter()
        .enumerate()
        .rev()
        .map(|(index, person)| (person.key.as_str(), index))
        .collect();
    let mut fullest: Vec<Option<String>> = vec![None; people.len()];
    for words in paragraph_words {
        for (index, word) in words.iter().enumerate() {
            let Some(&person) = by_key.get(word.core) else {
                continue;
            };
            let Some(before) = name_before(words, index) else {
                continue;
            };
            let key = word.core;
            let before: Vec<&str> = before.split(' ').collect();
            let keep = before.len().min(MAX_NAME_WORDS - 1);
            let mut parts = before[before.len() - keep..].to_vec();
            parts.push(key);
            let Some(name) = join_name(parts) else {
                continue;
            };
            let longer = fullest[person]
                .as_ref()
                .is_none_or(|f| name.split(' ').count() > f.split(' ').count());
            if longer {
                fullest[person] = Some(name);
            }
        }
    }
    fullest
}

/// A mention of a known person in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mention {
    at: usize,
    person: usize,
    /// Next to a verb of speech.
    speaking: bool,
}

/// One sentence of the body, for attribution.
pub struct Sentence<'a> {
    /// The paragraph it belongs to.
    pub paragraph: &'a str,
    /// Its range in the paragraph.
    pub range: Range<usize>,
    /// The paragraph's quotations.
    pub quotations: &'a [Quotation],
}

/// The people found, by the word that names them: their key, and in Cyrillic
/// the key without its case ending («Воронцова» in «по словам Воронцовой»,
/// «Бондар» in «за словами Бондаря»), so a mention in any case is found
/// with a few hash lookups rather than against everyone.
struct PeopleIndex<'p> {
    by_key: HashMap<&'p str, usize>,
    by_stem: HashMap<&'p str, usize>,
}

/// The longest case ending taken off a Cyrillic mention to find its person.
const MAX_CASE_ENDING: usize = 3;

fn is_cyrillic(word: &str) -> bool {
    word.starts_with(|c: char| matches!(c, '\u{0400}'..='\u{04FF}'))
}

impl<'p> PeopleIndex<'p> {
    fn new(people: &'p [Named]) -> Self {
        let mut by_key = HashMap::new();
        let mut by_stem = HashMap::new();
        for (index, person) in people.iter().enumerate() {
            by_key.entry(person.key.as_str()).or_insert(index);
            if is_cyrillic(&person.key) {
                let key = person.key.as_str();
                let stem = key.strip_suffix(['а', 'я', 'о', 'й', 'ь']).unwrap_or(key);
                if stem.chars().count() >= 3 {
                    by_stem.entry(stem).or_insert(index);
                }
            }
        }
        PeopleIndex { by_key, by_stem }
    }

    /// The person a word names, if any.
    fn person(&self, core: &str) -> Option<usize> {
        if let Some(&person) = self.by_key.get(core) {
            return Some(person);
        }
        if !is_cyrillic(core) {
            return None;
        }
        core.char_indices()
            .rev()
            .take(MAX_CASE_ENDING)
            .find_map(|(at, _)| self.by_stem.get(&core[..at]).copied())
    }
}

/// The most words between a verb of speech and the speaker's surname it comes
/// before («— заявила на брифинге министр … Анна Коваленко»).
const MAX_WORDS_TO_VERB: usize = 9;

/// True when a verb of speech stands before `words[index]` with only the rest
/// of the name, titles, a role's lowercase words or (in Arabic) the words of a
/// role between them: "said Kremlin spokesman Dmitry Peskov", «сказал
/// директор котельной Игорь Петров», «قال وزير النقل سامي حداد».
fn spoken_before(words: &[Word<'_>], index: usize) -> bool {
    let mut lowercase = 0;
    for (at, word) in words[..index]
        .iter()
        .enumerate()
        .rev()
        .take(MAX_WORDS_TO_VERB)
    {
        let role = reported(word.core.trim_end_matches('.'));
        if role.verb && role.before_name {
            return !word.punctuated() && lowercase <= role.between;
        }
        if word.ends_clause() && !role.title {
            return false;
        }
        if word.is_arabic() {
            if ends_arabic_name(word, at.checked_sub(1).map(|p| &words[p])) {
                return false;
            }
        } else if word.is_lowercase() && !role.title {
            lowercase += 1;
        } else if !is_name_word(word) && !role.title {
            return false;
        }
    }
    false
}

/// The known people a sentence names, given its words ([`words_by_sentence`]).
fn mentions(words: &[Word<'_>], people: &PeopleIndex<'_>) -> Vec<Mention> {
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let Some(person) = people.person(word.core) else {
            continue;
        };
        let verb_after = |at: usize| words.get(at).is_some_and(|next| reported(next.core).verb);
        let speaks_after = !word.possessive
            && matches!(word.trailing, "" | ":" | "،")
            && (verb_after(index + 1)
                || (words.get(index + 1).is_some_and(|w| w.core == "a") && verb_after(index + 2)));
        found.push(Mention {
            at: word.start,
            person,
            speaking: !word.possessive && (speaks_after || spoken_before(words, index)),
        });
    }
    found
}

/// The mentions of every sentence ([`mentions`]), with people named by a title
/// alone ("the mayor said", «— сказала министр», « La maire a promis »): a
/// title with no name after it stands for the person last introduced with it
/// («министр здравоохранения области Анна Коваленко»), in article order.
fn mentions_with_titles(words: &[Vec<Word<'_>>], index: &PeopleIndex<'_>) -> Vec<Vec<Mention>> {
    let mut by_title: HashMap<String, usize> = HashMap::new();
    words
        .iter()
        .map(|sentence| {
            let mut found = mentions(sentence, index);
            for (at, word) in sentence.iter().enumerate() {
                let bare = word.core.trim_end_matches('.');
                let role = reported(bare);
                if !role.title || word.possessive {
                    continue;
                }
                let introduced = titled_person(sentence, at + 1, role.between, index);
                if let Some(person) = introduced {
                    by_title.insert(normalise(bare), person);
                    continue;
                }
                let named_next = sentence.get(at + 1).is_some_and(is_name_word);
                let Some(&person) = by_title.get(&normalise(bare)) else {
                    continue;
                };
                if named_next {
                    continue;
                }
                let verb_after = sentence
                    .get(at + 1)
                    .is_some_and(|next| reported(next.core).verb);
                found.push(Mention {
                    at: word.start,
                    person,
                    speaking: verb_after || spoken_before(sentence, at),
                });
            }
            found.sort_by_key(|m| m.at);
            found
        })
        .collect()
}

/// The known person a title at `words[from - 1]` introduces: the first one
/// named in the next words, with only more titles, the name's own words and up
/// to `between` lowercase words of the role before it (in Arabic, the role's
/// words).
fn titled_person(
    words: &[Word<'_>],
    from: usize,
    between: usize,
    index: &PeopleIndex<'_>,
) -> Option<usize> {
    let mut lowercase = 0;
    for word in words.iter().skip(from).take(MAX_ARABIC_RUN) {
        if let Some(person) = index.person(word.core) {
            return Some(person);
        }
        let role = reported(word.core.trim_end_matches('.'));
        let goes_on = is_name_word(word)
            || is_particle(word)
            || role.title
            || (word.is_arabic() && !role.verb)
            || (word.is_lowercase() && !role.verb && !role.pronoun && {
                lowercase += 1;
                lowercase <= between
            });
        if !goes_on || word.ends_clause() {
            return None;
        }
    }
    None
}

/// The first pronoun for a person of a sentence's words before the byte `before`.
fn pronoun_before(words: &[Word<'_>], before: usize) -> Option<usize> {
    words
        .iter()
        .take_while(|w| w.start < before)
        .find(|w| reported(w.core).pronoun)
        .map(|w| w.start)
}

/// The likely speaker (an index into `people`) of each quotation, given as
/// (sentence index, quotation) in article order.
pub fn attribute(
    sentences: &[Sentence<'_>],
    quotes: &[(usize, &Quotation)],
    people: &[Named],
) -> Vec<Option<usize>> {
    let words = words_by_sentence(sentences);
    let index = PeopleIndex::new(people);
    let all_mentions = mentions_with_titles(&words, &index);
    let first_named = |sentence: Option<usize>| {
        sentence
            .and_then(|i| all_mentions[i].first().copied())
            .map(|m| m.person)
    };
    let mut previous_speaker = None;
    let mut speakers = Vec::new();
    for &(sentence, quotation) in quotes {
        let named = &all_mentions[sentence];
        let quote_at = quotation.outer.start;
        let previous = sentence.checked_sub(1);
        let speaking = named
            .iter()
            .filter(|m| m.speaking)
            .min_by_key(|m| m.at.abs_diff(quote_at))
            .map(|m| m.person);
        let before: Vec<&Mention> = named.iter().filter(|m| m.at < quote_at).collect();
        let pronoun = pronoun_before(&words[sentence], quote_at)
            .filter(|&at| before.first().is_none_or(|m| at < m.at));
        let speaker = speaking
            .or_else(|| {
                pronoun
                    .is_some()
                    .then(|| first_named(previous).or(previous_speaker))
                    .flatten()
            })
            .or_else(|| before.first().map(|m| m.person))
            .or_else(|| named.first().map(|m| m.person))
            .or_else(|| first_named(previous))
            .or(previous_speaker);
        if speaker.is_some() {
            previous_speaker = speaker;
        }
        speakers.push(speaker);
    }
    speakers
}

#[cfg(test)]
mod tests {
    use super::super::quotes::{quotations, sentences};
    use super::*;

    /// (speaker name or "?", quoted words) for each quotation of the paragraphs.
    fn who_said(paragraphs: &[&str]) -> Vec<(String, String)> {
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let people = find_people(&parsed);
        let mut all_sentences = Vec::new();
        let mut quotes = Vec::new();
        for (paragraph, found) in &parsed {
            for range in sentences(paragraph, found) {
                for q in found.iter().filter(|q| range.contains(&q.outer.start)) {
                    quotes.push((all_sentences.len(), q));
                }
                all_sentences.push(Sentence {
                    paragraph,
                    range,
                    quotations: found,
                });
            }
        }
        let speakers = attribute(&all_sentences, &quotes, &people);
        quotes
            .iter()
            .zip(speakers)
            .map(|(&(index, q), speaker)| {
                let paragraph = all_sentences[index].paragraph;
                (
                    speaker.map_or("?".into(), |s| people[s].name.clone()),
                    paragraph[q.inner.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn people_are_found_by_title_and_by_speech_and_merged_by_surname() {
        let paragraphs = [
            "A meeting between U.S. President Donald Trump and Russian President Vladimir Putin ended.",
            "President Putin spoke first. Trump said: “Fine.” Later, “yes,” said Kremlin spokesman Dmitry Peskov.",
            "NATO said nothing. The President of France was absent.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let names: Vec<String> = find_people(&parsed).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Donald Trump", "Vladimir Putin", "Dmitry Peskov"]);
    }

    #[test]
    fn a_speaker_found_by_surname_takes_the_full_name_given_earlier() {
        let paragraphs = [
            "Maria Ivanova, the country’s trade negotiator, arrived late.",
            "Ivanova said: “We are close.” Ivanova’s team agreed.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let people = find_people(&parsed);
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].name, "Maria Ivanova");
        assert_eq!(people[0].surname, "Ivanova");
        // Words in quotation marks are not names, and a title is not part of one.
        let paragraphs = [
            "They chanted “Free Ivanova” at Minister Ivanova.",
            "Ivanova said no.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        assert_eq!(find_people(&parsed)[0].name, "Ivanova");
    }

    #[test]
    fn names_keep_their_particles() {
        let paragraphs = [
            "“We will see,” said Commission President Ursula von der Leyen. Von der Leyen left.",
            "Ursula von der Leyen said so. Later, de Gaulle spoke.",
        ];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let people = find_people(&parsed);
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].name, "Ursula von der Leyen");
        assert_eq!(people[0].surname, "von der Leyen");
        assert_eq!(people[0].key, "Leyen");
    }

    #[test]
    fn months_are_not_names_but_may_is() {
        let paragraphs =
            ["August said nothing. Theresa May said: “Yes.” In June, Boris Johnson said “no.”"];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        let names: Vec<String> = find_people(&parsed).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Theresa May", "Boris Johnson"]);
    }

    #[test]
    fn words_inside_quotes_are_not_names() {
        let paragraphs = ["He said “President Biden was right.”"];
        let parsed: Vec<(&str, Vec<Quotation>)> =
            paragraphs.iter().map(|p| (*p, quotations(p))).collect();
        assert!(find_people(&parsed).is_empty());
    }

    #[test]
    fn speakers_by_subject_pronoun_and_verb_of_speech() {
        let said = who_said(&[
            "“Unattributed words” open the story.",
            "Breaking protocol, President Putin described relations as “at their lowest point.” He called the meeting “long overdue” and left.",
            "Putin underscored Ukraine, expressing hope that “they choose well.” He thanked Trump for his “well-wishing tone,” adding that “respect” was essential.",
            "President Trump described the summit as “very productive.” Yet he acknowledged that “a couple big ones” remained.",
            "Reiterating his mantra, Trump said: “There’s no deal until there’s a deal.”",
            "“We will see,” said Putin. As the summit ended, Putin offered a remark: “Next time in Moscow.”",
        ]);
        let expected = [
            ("?", "Unattributed words"),
            ("Putin", "at their lowest point."),
            ("Putin", "long overdue"),
            ("Putin", "they choose well."),
            ("Putin", "well-wishing tone"),
            ("Putin", "respect"),
            ("Trump", "very productive."),
            ("Trump", "a couple big ones"),
            ("Trump", "There’s no deal until there’s a deal."),
            ("Putin", "We will see"),
            ("Putin", "Next time in Moscow."),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(said, expected);
    }

    #[test]
    fn a_possessive_is_not_a_speaker() {
        let said = who_said(&["President Putin spoke. Trump’s aide Jim Smith said “no comment.”"]);
        assert_eq!(said, [("Jim Smith".to_string(), "no comment.".to_string())]);
    }

    #[test]
    fn words_keep_their_offsets_and_punctuation() {
        let text = "Trump’s aide, “Putin,” said:";
        let found = words(text);
        let cores: Vec<&str> = found.iter().map(|w| w.core).collect();
        assert_eq!(cores, ["Trump", "aide", "Putin", "said"]);
        assert!(found[0].possessive);
        assert_eq!(found[1].trailing, ",");
        assert_eq!(found[2].start, text.find("Putin").unwrap());
        assert_eq!(found[3].trailing, ":");
    }

    #[test]
    fn the_subject_of_the_quoting_sentence_not_the_last_name_before_it() {
        let said = who_said(&[
            "“Nobody gets everything,” said Port Velden’s mayor, Ana Ruiz, after the vote.",
            "Marta Kovač agreed, calling it “a price we can both live with.”",
            "Its chief engineer, Dmitri Halloran, said the estimate was “honest.” He added: “Prices move.”",
        ]);
        let speakers: Vec<&str> = said.iter().map(|(who, _)| who.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Ana Ruiz",
                "Marta Kovač",
                "Dmitri Halloran",
                "Dmitri Halloran"
            ]
        );
    }

    #[test]
    fn russian_and_ukrainian_verbs_before_and_after_the_name_and_in_any_case() {
        let said = who_said(&[
            "«Больница построена в 1962 году», — заявила на брифинге министр здравоохранения области Анна Коваленко.",
            "Главный врач Сергей Жуков назвал решение «давно назревшим». «Мы латаем крышу», — сказал он.",
            "Заявив, что «другого выхода нет», Жуков покинул зал. По словам Коваленко, «операции не отменят».",
            "«Перші виплати будуть наступного тижня», — пообіцяла голова ради Марія Ковальчук. За словами Ковальчук, „ніхто не загинув“.",
            "Мэр Северного Игорь Белых добавил: «Дверь открыта». Гребенюк сказал: «Нет».",
        ]);
        let speakers: Vec<&str> = said.iter().map(|(who, _)| who.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Анна Коваленко",
                "Сергей Жуков",
                "Сергей Жуков",
                "Сергей Жуков",
                "Анна Коваленко",
                "Марія Ковальчук",
                "Марія Ковальчук",
                "Игорь Белых",
                "Гребенюк"
            ]
        );
    }

    #[test]
    fn a_russian_surname_is_found_in_another_case() {
        let paragraphs = [
            "Генеральный директор порта Елена Воронцова выступила первой.",
            "По словам Воронцовой, «порт терял деньги».",
        ];
        let said = who_said(&paragraphs);
        assert_eq!(said[0].0, "Елена Воронцова");
    }

    #[test]
    fn french_participles_inversions_and_roles_before_the_name() {
        let said = who_said(&[
            "« Nous n'avons pas le choix », a déclaré la directrice générale du groupe, Hélène Marchand, mardi.",
            "Le maire de Saint-Aubin, Jean-Luc Fabre, a demandé un rendez-vous. « L'usine, c'est le cœur de la commune », a souligné M. Fabre.",
            "Selon Marchand, les commandes ont chuté. Elle a ajouté : « Sans ce plan, l'usine fermerait. »",
            "Roussel a promis de revenir à Port-Lanvec. « Je viendrai », a-t-elle assuré.",
        ]);
        let speakers: Vec<&str> = said.iter().map(|(who, _)| who.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Hélène Marchand",
                "Jean-Luc Fabre",
                "Hélène Marchand",
                "Hélène Marchand"
            ]
        );
    }

    #[test]
    fn arabic_names_without_capitals_after_titles_and_verbs() {
        let said = who_said(&[
            "وقال وزير الموارد المائية سامي حداد في مؤتمر صحفي: «السد لم يعد يحتمل».",
            "وأضاف حداد أن الأعمال «ستستغرق عاماً».",
            "من جهتها، قالت رئيسة بلدية وادي النور ليلى منصور إن المدينة «انتظرت طويلاً».",
            "أما مدير إحدى المدرستين، الأستاذ جميل الصافي، فقال إن القرار «مؤلم».",
            "\"نريد النتائج\"، قال حداد في ختام حديثه.",
            "وصرّح رئيس البلدية مازن الشامي للصحفيين بأن الزيادة «لا مفر منها».",
            "وبحسب صاحب أحد الأفران، عماد الحلبي، فإن الأفران «كانت تخسر».",
        ]);
        let speakers: Vec<&str> = said.iter().map(|(who, _)| who.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "سامي حداد",
                "سامي حداد",
                "ليلى منصور",
                "جميل الصافي",
                "سامي حداد",
                "مازن الشامي",
                "عماد الحلبي"
            ]
        );
    }

    #[test]
    fn a_title_alone_stands_for_the_person_last_introduced_with_it() {
        let said = who_said(&[
            "« Deux classes, c'est fini », a expliqué la maire, Martine Aubry-Lenoir.",
            "Leur représentante, Sophie Lambert, a protesté : « Nous aurons vingt-cinq enfants. »",
            "La maire a promis de revenir. « Si les effectifs remontent, nous rouvrirons », a-t-elle assuré.",
            "«Больницу закроют», — заявила министр здравоохранения Анна Коваленко. Врач Сергей Жуков сказал: «Давно пора».",
            "«Автобусы будут ходить», — сказала министр.",
        ]);
        let speakers: Vec<&str> = said.iter().map(|(who, _)| who.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Martine Aubry-Lenoir",
                "Sophie Lambert",
                "Martine Aubry-Lenoir",
                "Анна Коваленко",
                "Сергей Жуков",
                "Анна Коваленко"
            ]
        );
    }

    #[test]
    fn reporting_words_are_looked_up_in_every_form() {
        assert!(reported("Said").verb);
        assert!(reported("заявила").verb && reported("заявила").before_name);
        assert!(reported("вона").pronoun);
        assert!(reported("l'architecte").title);
        let inverted = reported("a-t-elle");
        assert!(inverted.pronoun && !inverted.verb);
        assert!(reported("déplore-t-il").verb && reported("déplore-t-il").pronoun);
        // Arabic with a conjunction, a shadda and a hamza written or not.
        assert!(reported("وأضاف").verb);
        assert!(reported("وردّ").verb);
        assert!(reported("فقال").verb);
        assert!(!reported("Putin").verb);
    }
}
