//! Finding the quoted passages of a paragraph, and its sentences.

use std::ops::Range;

use super::reporting::REPORTING;

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

/// True when the text before a period ends with an initial ("U.S", "J", «А»)
/// or a known abbreviation (English's here, the others' in
/// [`super::reporting`]: «ул», « av »).
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || ".(“'’«".contains(c))
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    initial
        || ABBREVIATIONS.contains(&word)
        || REPORTING
            .iter()
            .any(|language| language.abbreviations.contains(&word))
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

    /// The sentences of a paragraph, as text.
    fn split(paragraph: &str) -> Vec<String> {
        sentences(paragraph, &quotations(paragraph))
            .into_iter()
            .map(|r| paragraph[r].to_string())
            .collect()
    }

    #[test]
    fn sentences_end_at_arabic_and_full_width_stops() {
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
    fn abbreviations_of_other_languages_end_no_sentence() {
        assert_eq!(
            split("Котельная на ул. Садовой стоит. В 2024 г. Петров сказал: «Да»."),
            [
                "Котельная на ул. Садовой стоит.",
                "В 2024 г. Петров сказал: «Да»."
            ]
        );
        assert_eq!(
            split("Зустріч на вул. Шевченка скасували. Голова пообіцяв іншу."),
            [
                "Зустріч на вул. Шевченка скасували.",
                "Голова пообіцяв іншу."
            ]
        );
        assert_eq!(
            split("Le marché de l'av. Foch rouvre. Selon Mme Vidal, c'est « bien »."),
            [
                "Le marché de l'av. Foch rouvre.",
                "Selon Mme Vidal, c'est « bien »."
            ]
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
}
