//! Text direction in the plain text the build writes outside the widget's HTML:
//! share-page titles and the quote card image.
//!
//! There is no `<bdi>` in a `<meta content>` or in an SVG `<text>`; Unicode's
//! isolate characters do the same job. A quote or name wrapped in them takes its
//! own direction without reordering what stands around it, so an Arabic quote in
//! an English title keeps its quotation marks at the right ends, and the title is
//! still read left to right.

/// FIRST STRONG ISOLATE: direction from the first strong letter inside.
const FIRST_STRONG_ISOLATE: char = '\u{2068}';
/// LEFT-TO-RIGHT ISOLATE.
const LEFT_TO_RIGHT_ISOLATE: char = '\u{2066}';
/// RIGHT-TO-LEFT ISOLATE.
const RIGHT_TO_LEFT_ISOLATE: char = '\u{2067}';
/// POP DIRECTIONAL ISOLATE: ends any of the three.
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';
/// RIGHT-TO-LEFT MARK: an invisible strong right-to-left letter.
const RIGHT_TO_LEFT_MARK: char = '\u{200F}';

/// True for a letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana,
/// N'Ko, Samaritan, Mandaic and their presentation forms, and the historic
/// right-to-left scripts of the supplementary planes.
pub fn is_right_to_left(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Whether the first letter of `text` with a direction is right to left (`None`
/// when it has no letter). As the Unicode bidirectional algorithm finds a
/// paragraph's direction, closely enough for names and quotes: any letter that is
/// not right to left is taken as left to right.
pub fn starts_right_to_left(text: &str) -> Option<bool> {
    text.chars()
        .find(|&c| is_right_to_left(c) || c.is_alphabetic())
        .map(is_right_to_left)
}

/// `text` isolated from what stands around it, when it has right-to-left letters
/// (text without any reorders nothing, so it is returned as it is).
pub fn isolate(text: &str) -> String {
    if text.chars().any(is_right_to_left) {
        format!("{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}")
    } else {
        text.to_owned()
    }
}

/// The characters that open and close an isolate of `text`'s own direction, for
/// text cut into lines that must all go one way (the lines of a quote): the
/// direction of the whole text, not of each line's first word. `None` for text
/// without right-to-left letters, which needs none.
pub fn isolate_marks(text: &str) -> Option<(char, char)> {
    if !text.chars().any(is_right_to_left) {
        return None;
    }
    let open = if starts_right_to_left(text) == Some(true) {
        RIGHT_TO_LEFT_ISOLATE
    } else {
        LEFT_TO_RIGHT_ISOLATE
    };
    Some((open, POP_DIRECTIONAL_ISOLATE))
}

/// A line of plain text that must read in `direction` (`"rtl"` or `"ltr"`)
/// whatever letter it starts with: a right-to-left line starts with a
/// right-to-left mark (readers of plain text take the direction of its first
/// letter).
pub fn in_direction(line: String, direction: &str) -> String {
    if direction == "rtl" {
        format!("{RIGHT_TO_LEFT_MARK}{line}")
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_letters() {
        for c in ['ا', 'ש', 'ܐ', 'ހ', 'ﻻ'] {
            assert!(is_right_to_left(c), "{c}");
        }
        for c in ['a', 'я', 'ά', '中', '1', '“'] {
            assert!(!is_right_to_left(c), "{c}");
        }
    }

    #[test]
    fn the_first_letter_gives_the_direction() {
        assert_eq!(starts_right_to_left("“سلام” said Ali"), Some(true));
        assert_eq!(starts_right_to_left("2025: Ali قال"), Some(false));
        assert_eq!(starts_right_to_left("— 2025 …"), None);
    }

    #[test]
    fn only_text_with_right_to_left_letters_is_isolated() {
        assert_eq!(isolate("Vladimir Putin"), "Vladimir Putin");
        assert_eq!(isolate("سلام"), "\u{2068}سلام\u{2069}");
        assert_eq!(isolate_marks("Next time"), None);
        assert_eq!(isolate_marks("قال Trump").unwrap().0, '\u{2067}');
        assert_eq!(isolate_marks("Trump قال").unwrap().0, '\u{2066}');
        assert_eq!(in_direction("x".into(), "rtl"), "\u{200F}x");
        assert_eq!(in_direction("x".into(), "ltr"), "x");
    }
}
