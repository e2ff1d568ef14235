//! Text direction facts about content: which letters are right to left, which
//! invisible characters can reorder words on screen, and the direction a
//! quote is shown in.
//!
//! In the model because the validator refuses the characters that would let
//! a reader see a verified quote in another word order (issue #32: a quote
//! wrapped in U+200F right-to-left marks read "Ukraine will attack Russia" on
//! screen while the file said the opposite), and the views and the CLI's plain
//! text outputs need the same reading of a text's direction.

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

/// True for Unicode's bidirectional formatting characters: the marks (U+200E,
/// U+200F, U+061C), the embeddings and overrides (U+202A–U+202E) and the
/// isolates (U+2066–U+2069). Invisible, and each can move words on screen.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for an invisible character a quote may not hold besides the
/// [bidi controls](is_bidi_control): control characters other than tab and
/// line breaks (ESC, NUL, DEL, C1), and format characters. The zero-width
/// joiner and non-joiner are spared: Persian, Indic scripts and emoji spell
/// words with them.
pub fn is_hidden_control(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' | '\u{200C}' | '\u{200D}' => false,
        c if c.is_control() => true,
        '\u{00AD}'
        | '\u{0600}'..='\u{0605}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206A}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}' => true,
        _ => false,
    }
}

/// The direction to show a quote or passage in, inside content of
/// `article_direction` (`"ltr"` or `"rtl"`): its own (`"auto"`, from its first
/// strong letter) only when it has right-to-left letters, so an Arabic quote in
/// an English article reads right to left; otherwise the article's, so no
/// invisible mark can turn a Latin quote's words around.
pub fn quote_direction(text: &str, article_direction: &'static str) -> &'static str {
    if text.chars().any(is_right_to_left) {
        "auto"
    } else {
        article_direction
    }
}

/// An invisible character as its code, `U+200F`: how messages show one.
pub fn code_point(character: char) -> String {
    format!("U+{:04X}", u32::from(character))
}

/// `text` with every bidi control and hidden character written as its code
/// (`[U+200F]`), so an excerpt shows where they are and cannot reorder the
/// message it stands in.
pub fn made_visible(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if is_bidi_control(c) || is_hidden_control(c) {
            shown.push('[');
            shown.push_str(&code_point(c));
            shown.push(']');
        } else {
            shown.push(c);
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_letters() {
        for c in ['ا', 'ש', 'ܐ', 'ހ', 'ﻻ'] {
            assert!(is_right_to_left(c), "{c}");
        }
        for c in ['a', 'я', 'ά', '中', '1', '“', '\u{200F}'] {
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
    fn every_bidi_control_and_nothing_else() {
        let controls = "\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}";
        assert!(controls.chars().all(is_bidi_control));
        assert!(!"aا \u{200B}\u{200D}\u{2065}\u{2029}"
            .chars()
            .any(is_bidi_control));
    }

    #[test]
    fn hidden_controls_spare_white_space_and_joiners() {
        for c in [
            '\u{0}',
            '\u{1B}',
            '\u{7F}',
            '\u{85}',
            '\u{AD}',
            '\u{200B}',
            '\u{FEFF}',
            '\u{E0041}',
        ] {
            assert!(is_hidden_control(c), "{:04X}", c as u32);
        }
        for c in [
            '\t', '\n', '\r', ' ', 'a', '\u{200C}', '\u{200D}', 'ی', '\u{200F}',
        ] {
            assert!(!is_hidden_control(c), "{:04X}", c as u32);
        }
    }

    #[test]
    fn invisible_characters_are_shown_by_their_code() {
        assert_eq!(made_visible("a\u{200F}b\u{1B}"), "a[U+200F]b[U+001B]");
        assert_eq!(code_point('\u{E0041}'), "U+E0041");
    }

    #[test]
    fn a_quote_without_right_to_left_letters_takes_the_article_direction() {
        assert_eq!(
            quote_direction("\u{200F}Russia\u{200F} will attack", "ltr"),
            "ltr"
        );
        assert_eq!(quote_direction("Russia", "rtl"), "rtl");
        assert_eq!(quote_direction("سلام", "ltr"), "auto");
    }
}
