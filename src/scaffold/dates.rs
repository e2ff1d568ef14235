//! The publication date an article gives itself: a line of its own near the
//! top ("Published 15 August 2025", "Aug. 15, 2025"), or a dateline's date
//! ("ANCHORAGE, Alaska, Aug. 15, 2025 — …"), so a draft is not dated the day
//! it was pasted (issue 28). Only the first lines are read: a date further on
//! is more likely an event's than the story's.

/// How many of the article's first non-blank lines may give its date.
const DATE_LINES: usize = 5;

/// A line at most this long is read whole; a longer one (a paragraph) only up
/// to its dateline's dash.
const DATE_LINE_CHARS: usize = 100;

/// The month a word names (English, full or abbreviated, with or without a
/// full stop), 1 to 12.
fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|name| *name == word || (word.len() <= 4 && name.starts_with(&word)))
        .map(|index| index as u32 + 1)
}

/// A day of the month, 1 to 31 ("15", "15th", "15,").
fn day(word: &str) -> Option<u32> {
    let digits = word
        .trim_end_matches(',')
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits
        .parse::<u32>()
        .ok()
        .filter(|day| (1..=31).contains(day) && digits.len() <= 2)
}

/// A four-digit year from 1900 to 2199 ("2025", "2025,").
fn year(word: &str) -> Option<i32> {
    let digits = word.trim_end_matches([',', '.', ';', ':']);
    (digits.len() == 4)
        .then(|| digits.parse::<i32>().ok())
        .flatten()
        .filter(|year| (1900..2200).contains(year))
}

/// `YYYY-MM-DD`, when the day exists in that month.
fn iso(year: i32, month: u32, day: u32) -> Option<String> {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (day <= days).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The first date written in `text`: "15 August 2025", "August 15, 2025",
/// "Aug. 15 2025" or "2025-08-15".
pub fn date_in(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| {
            c.is_whitespace() || c == '—' || c == '–' || c == '|' || c == '(' || c == ')'
        })
        .filter(|word| !word.is_empty())
        .collect();
    for (index, word) in words.iter().enumerate() {
        let next = |n: usize| words.get(index + n).copied().unwrap_or("");
        if let (Some(d), Some(m), Some(y)) = (day(word), month(next(1)), year(next(2))) {
            return iso(y, m, d);
        }
        if let (Some(m), Some(d), Some(y)) = (month(word), day(next(1)), year(next(2))) {
            return iso(y, m, d);
        }
        let bytes = word.trim_end_matches([',', '.', ';']).as_bytes();
        if bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' {
            let part = |range: std::ops::Range<usize>| {
                std::str::from_utf8(&bytes[range]).ok()?.parse::<u32>().ok()
            };
            if let (Some(y), Some(m), Some(d)) = (part(0..4), part(5..7), part(8..10)) {
                if (1..=12).contains(&m) && d >= 1 {
                    return iso(y as i32, m, d);
                }
            }
        }
    }
    None
}

/// The date the article says it was published, as `YYYY-MM-DD`: the first
/// date on one of its first lines that is short (a date or byline line), or
/// in the dateline before a long first paragraph's dash.
pub fn publication_date(article: &str) -> Option<String> {
    article
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(DATE_LINES)
        .find_map(|line| {
            let read = if line.chars().count() <= DATE_LINE_CHARS {
                line
            } else {
                [" — ", " – ", " -- "]
                    .iter()
                    .filter_map(|dash| line.split_once(dash))
                    .map(|(before, _)| before)
                    .min_by_key(|before| before.len())?
            };
            date_in(read)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_ways_newsrooms_write_them() {
        assert_eq!(
            date_in("Published 15 August 2025").as_deref(),
            Some("2025-08-15")
        );
        assert_eq!(
            date_in("Updated: August 15, 2025, 10:02 GMT").as_deref(),
            Some("2025-08-15")
        );
        assert_eq!(
            date_in("ANCHORAGE, Alaska, Aug. 15, 2025").as_deref(),
            Some("2025-08-15")
        );
        assert_eq!(date_in("Sept. 2 2025").as_deref(), Some("2025-09-02"));
        assert_eq!(date_in("1st March 2024").as_deref(), Some("2024-03-01"));
        assert_eq!(date_in("(2025-08-15)").as_deref(), Some("2025-08-15"));
        assert_eq!(date_in("29 February 2024").as_deref(), Some("2024-02-29"));
        assert_eq!(date_in("30 February 2024"), None);
        assert_eq!(date_in("May we meet 15 times in 2025"), None);
        assert_eq!(date_in("The talks went on."), None);
    }

    #[test]
    fn the_article_gives_its_date_near_the_top_or_not_at_all() {
        let dated =
            "Talks end without a deal\nPublished 15 August 2025\nAnchorage — The leaders met.";
        assert_eq!(publication_date(dated).as_deref(), Some("2025-08-15"));
        let dateline = format!(
            "ANCHORAGE, Alaska, Aug. 15, 2025 — The leaders met. {}",
            "They talked for hours. ".repeat(10)
        );
        assert_eq!(publication_date(&dateline).as_deref(), Some("2025-08-15"));
        // A date inside a long paragraph is an event's, not the story's.
        let event = format!(
            "The leaders met. {} The next round is on 2 September 2025.",
            "Long talks. ".repeat(10)
        );
        assert_eq!(publication_date(&event), None);
        // Nor one far down the article.
        let late = format!("{}Published 15 August 2025", "A line.\n".repeat(DATE_LINES));
        assert_eq!(publication_date(&late), None);
    }
}
