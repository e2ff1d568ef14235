//! Plural categories (CLDR). The rule that picks one for a whole number in each
//! interface language is the language's own ([`Locale::plural_category`](super::Locale::plural_category)),
//! written out by hand: five short rules cost the Wasm less than any
//! plural-rules crate with its data.
//!
//! Counts in the widget are whole numbers, so only the integer parts of the CLDR
//! rules are here. French's `many` (a million, two million…) reads as `other`,
//! and Russian and Ukrainian's `other` (fractions) never comes up.

/// A plural category: which form of a counted phrase a number takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PluralCategory {
    /// Arabic 0.
    Zero,
    /// English 1; French 0 and 1; Russian and Ukrainian 1, 21, 31…; Arabic 1.
    One,
    /// Arabic 2.
    Two,
    /// Russian and Ukrainian 2–4, 22–24…; Arabic 3–10, 103–110…
    Few,
    /// Russian and Ukrainian 0, 5–20, 25–30…; Arabic 11–99, 111–199…
    Many,
    /// Everything else.
    Other,
}

impl PluralCategory {
    /// Every category, in CLDR's order.
    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];

    /// The category's CLDR name, as in the locale files (`"one"`, `"few"`…).
    pub fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// The category with this CLDR name.
    pub fn from_name(name: &str) -> Option<PluralCategory> {
        PluralCategory::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Its position in [`PluralCategory::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::PluralCategory::*;
    use super::*;
    use crate::strings::Locale;

    fn category(locale: Locale, count: usize) -> PluralCategory {
        locale.plural_category(count)
    }

    fn required(locale: Locale) -> &'static [PluralCategory] {
        locale.plural_forms()
    }

    fn categories(locale: Locale, counts: &[usize]) -> Vec<PluralCategory> {
        counts.iter().map(|&n| category(locale, n)).collect()
    }

    #[test]
    fn english_and_french_differ_on_zero() {
        assert_eq!(
            categories(Locale::En, &[0, 1, 2, 21]),
            [Other, One, Other, Other]
        );
        assert_eq!(
            categories(Locale::Fr, &[0, 1, 2, 21]),
            [One, One, Other, Other]
        );
    }

    #[test]
    fn russian_and_ukrainian_go_by_the_last_digits() {
        for locale in [Locale::Ru, Locale::Uk] {
            assert_eq!(
                categories(
                    locale,
                    &[0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122]
                ),
                [
                    Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Many,
                    Few
                ]
            );
        }
    }

    #[test]
    fn arabic_has_six_forms() {
        assert_eq!(
            categories(
                Locale::Ar,
                &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000]
            ),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other]
        );
    }

    #[test]
    fn every_category_a_rule_picks_is_required() {
        for locale in Locale::ALL {
            for count in 0..1000 {
                assert!(
                    required(locale).contains(&category(locale, count)),
                    "{locale:?} {count}"
                );
            }
        }
    }
}
