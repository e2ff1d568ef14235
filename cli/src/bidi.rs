//! Text direction in the plain text the build writes outside the widget's HTML:
//! share-page titles and the quote card image.
//!
//! There is no `<bdi>` in a `<meta content>` or in an SVG `<text>`; Unicode's
//! isolate characters do the same job. A quote or name wrapped in them takes its
//! own direction without reordering what stands around it, so an Arabic quote in
//! an English title keeps its quotation marks at the right ends, and the title is
//! still read left to right. Every content string is isolated, Latin or not:
//! an invisible override in a name cannot reach past it. Which letters are
//! right to left is the model's ([`news_explainer::model::bidi`]).

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

use news_explainer::model::bidi::starts_right_to_left;

/// `text` isolated from what stands around it, whatever its letters: a quote
/// or name in another script takes its own direction, and an invisible
/// override inside (U+202E) ends with the isolate instead of reordering the
/// speaker's name after it (issue #32).
pub fn isolate(text: &str) -> String {
    format!("{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}")
}

/// The characters that open and close an isolate of `text`'s own direction, for
/// text cut into lines that must all go one way (the lines of a quote): the
/// direction of the whole text, not of each line's first word. Left to right
/// for text without right-to-left letters, which then isolates it all the same.
pub fn isolate_marks(text: &str) -> (char, char) {
    let open = if starts_right_to_left(text) == Some(true) {
        RIGHT_TO_LEFT_ISOLATE
    } else {
        LEFT_TO_RIGHT_ISOLATE
    };
    (open, POP_DIRECTIONAL_ISOLATE)
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
    fn every_text_is_isolated_in_its_direction() {
        assert_eq!(isolate("Vladimir Putin"), "\u{2068}Vladimir Putin\u{2069}");
        assert_eq!(isolate("سلام"), "\u{2068}سلام\u{2069}");
        assert_eq!(isolate_marks("Next time").0, '\u{2066}');
        assert_eq!(isolate_marks("قال Trump").0, '\u{2067}');
        assert_eq!(isolate_marks("Trump قال").0, '\u{2066}');
        assert_eq!(in_direction("x".into(), "rtl"), "\u{200F}x");
        assert_eq!(in_direction("x".into(), "ltr"), "x");
    }
}
