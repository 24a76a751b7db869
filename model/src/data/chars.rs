//! Which characters a text may hold, decided by Unicode's own tables (ICU4X's
//! `icu_properties`, the Unicode Consortium's maintained implementation): nothing a
//! terminal acts on instead of showing, nothing invisible, nothing Unicode has not assigned,
//! and no character buried under combining marks. Validation, the screen, `print`, both
//! screenshot writers and every message use this one module.

use std::borrow::Cow;

use icu_properties::props::{
    BidiControl, DefaultIgnorableCodePoint, GeneralCategory, NoncharacterCodePoint,
};
use icu_properties::{CodePointMapData, CodePointSetData, CodePointSetDataBorrowed};

/// Why a character may not appear in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// General_Category Cc: C0 and C1 controls, ESC and DEL among them.
    Control,
    /// Bidi_Control: marks and overrides that change the direction of writing.
    Bidi,
    /// General_Category Cf, other than the above: invisible formatting (soft hyphen,
    /// zero-width space and joiners, tags, interlinear annotation…).
    Format,
    /// General_Category Zl and Zp: the line and paragraph separators.
    Separator,
    /// General_Category Co: private use, with no agreed meaning or glyph.
    PrivateUse,
    /// Noncharacter_Code_Point: never meant to be interchanged (U+FFFE, U+10FFFF…).
    Noncharacter,
    /// General_Category Cn: not assigned by this Unicode version.
    Unassigned,
    /// Default_Ignorable_Code_Point, of any other category: invisible by definition
    /// (Hangul fillers, the combining grapheme joiner, variation selectors…).
    Ignorable,
}

/// Most combining marks one character may carry. None of our six languages needs more
/// than one (Polish ą, French ê, German ü, even when written decomposed; Chinese and
/// Georgian none); living orthographies stack two (Vietnamese ệ) or three (pointed
/// Hebrew, Tibetan); more is "Zalgo" text, which piles marks over the lines around it.
pub const MAX_MARKS: usize = 3;

const BIDI: CodePointSetDataBorrowed<'static> = CodePointSetData::new::<BidiControl>();
const IGNORABLE: CodePointSetDataBorrowed<'static> =
    CodePointSetData::new::<DefaultIgnorableCodePoint>();
const NONCHARACTER: CodePointSetDataBorrowed<'static> =
    CodePointSetData::new::<NoncharacterCodePoint>();

/// Why `c` may not appear in a text, or `None` when it may.
pub fn refused(c: char) -> Option<Refused> {
    // Printable ASCII is by far the commonest case: no table needed.
    if (' '..='~').contains(&c) {
        return None;
    }
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    match category {
        GeneralCategory::Control => Some(Refused::Control),
        GeneralCategory::Format if BIDI.contains(c) => Some(Refused::Bidi),
        GeneralCategory::Format => Some(Refused::Format),
        GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => {
            Some(Refused::Separator)
        }
        GeneralCategory::PrivateUse => Some(Refused::PrivateUse),
        GeneralCategory::Unassigned if NONCHARACTER.contains(c) => Some(Refused::Noncharacter),
        GeneralCategory::Unassigned => Some(Refused::Unassigned),
        _ if IGNORABLE.contains(c) => Some(Refused::Ignorable),
        _ => None,
    }
}

/// Whether `c` may appear in a text (on its own: see [`first_problem`] for marks).
pub fn is_safe_text_char(c: char) -> bool {
    refused(c).is_none()
}

/// Whether `c` is a combining mark (General_Category Mn, Mc or Me).
pub fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(
            CodePointMapData::<GeneralCategory>::new().get(c),
            GeneralCategory::NonspacingMark
                | GeneralCategory::SpacingMark
                | GeneralCategory::EnclosingMark
        )
}

/// What is wrong with one character of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharProblem {
    /// A character that may not appear at all.
    Refused(char, Refused),
    /// A combining mark beyond [`MAX_MARKS`] on one character.
    TooManyMarks,
    /// A combining mark with no character before it to combine with.
    LoneMark,
}

/// The first character of `text` that may not stand where it is, as (index from 0, what).
pub fn first_problem(text: &str) -> Option<(usize, CharProblem)> {
    let mut marks: Option<usize> = None; // None: at the start, no base yet
    for (i, c) in text.chars().enumerate() {
        if let Some(why) = refused(c) {
            return Some((i, CharProblem::Refused(c, why)));
        }
        if is_mark(c) {
            match marks {
                None => return Some((i, CharProblem::LoneMark)),
                Some(n) if n >= MAX_MARKS => return Some((i, CharProblem::TooManyMarks)),
                Some(n) => marks = Some(n + 1),
            }
        } else {
            marks = Some(0);
        }
    }
    None
}

/// Whether every character of `text` may stand where it is.
pub fn is_safe_text(text: &str) -> bool {
    first_problem(text).is_none()
}

/// `text` with every character that may not stand where it is removed (for the screen and
/// `print`, where a message would be out of place). `keep` characters stay whatever they
/// are (a newline between the lines of `print`).
pub fn sanitize<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    rewrite(text, keep, |_| None)
}

/// `text` with every character that may not stand where it is written as `\u{…}`, to
/// quote input in a message: what was there stays visible and nothing can act.
pub fn escape(text: &str) -> Cow<'_, str> {
    rewrite(text, &[], |c| Some(format!("\\u{{{:04x}}}", u32::from(c))))
}

/// `text` with each character that may not stand where it is replaced by `instead(c)`, or
/// dropped when that is `None`; borrowed when nothing changes.
fn rewrite<'a>(
    text: &'a str,
    keep: &[char],
    instead: impl Fn(char) -> Option<String>,
) -> Cow<'a, str> {
    let fine = |text: &str| {
        text.split(|c| keep.contains(&c))
            .all(|part| first_problem(part).is_none())
    };
    if fine(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut marks: Option<usize> = None;
    for c in text.chars() {
        let ok = if keep.contains(&c) {
            marks = None;
            true
        } else if refused(c).is_some() {
            false
        } else if is_mark(c) {
            match marks {
                Some(n) if n < MAX_MARKS => {
                    marks = Some(n + 1);
                    true
                }
                _ => false,
            }
        } else {
            marks = Some(0);
            true
        };
        if ok {
            out.push(c);
        } else if let Some(s) = instead(c) {
            out.push_str(&s);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One character of each class the issue found passing an earlier hand-made list.
    const REFUSED: &[(char, Refused)] = &[
        ('\u{1b}', Refused::Control),
        ('\u{7}', Refused::Control),
        ('\u{7f}', Refused::Control),
        ('\u{9b}', Refused::Control),
        ('\u{85}', Refused::Control),
        ('\u{61c}', Refused::Bidi),
        ('\u{200e}', Refused::Bidi),
        ('\u{202e}', Refused::Bidi),
        ('\u{2067}', Refused::Bidi),
        ('\u{ad}', Refused::Format),
        ('\u{180e}', Refused::Format),
        ('\u{200b}', Refused::Format),
        ('\u{200d}', Refused::Format),
        ('\u{2064}', Refused::Format),
        ('\u{206a}', Refused::Format),
        ('\u{206f}', Refused::Format),
        ('\u{feff}', Refused::Format),
        ('\u{fff9}', Refused::Format),
        ('\u{1d173}', Refused::Format),
        ('\u{e0001}', Refused::Format),
        ('\u{e0041}', Refused::Format),
        ('\u{e007f}', Refused::Format),
        ('\u{2028}', Refused::Separator),
        ('\u{2029}', Refused::Separator),
        ('\u{e000}', Refused::PrivateUse),
        ('\u{f8ff}', Refused::PrivateUse),
        ('\u{10fffd}', Refused::PrivateUse),
        ('\u{fffe}', Refused::Noncharacter),
        ('\u{ffff}', Refused::Noncharacter),
        ('\u{fdd0}', Refused::Noncharacter),
        ('\u{10ffff}', Refused::Noncharacter),
        ('\u{e0000}', Refused::Unassigned),
        ('\u{0378}', Refused::Unassigned),
        ('\u{2fffd}', Refused::Unassigned),
        ('\u{115f}', Refused::Ignorable),
        ('\u{3164}', Refused::Ignorable),
        ('\u{34f}', Refused::Ignorable),
        ('\u{fe0f}', Refused::Ignorable),
    ];

    #[test]
    fn every_class_is_refused_by_the_tables() {
        for &(c, why) in REFUSED {
            assert_eq!(refused(c), Some(why), "U+{:04X}", u32::from(c));
            assert!(!is_safe_text_char(c));
        }
    }

    #[test]
    fn the_six_languages_pass() {
        let texts = [
            "Zażółć gęślą jaźń – „Polanica-Zdrój”",
            "Städtepartnerschaft: 13.\u{a0}Mai 1995 (Göttingen)",
            "Département du Gard, à 2\u{a0}km de Nîmes « jumelage » œ",
            "卡尔图济的伙伴城市（1990年）：凯里市、哥里",
            "კარტუზის პარტნიორი ქალაქები — გორი",
            "Partner towns… 617 km south-west • ▶ █▀▄ ⠿ ★ ✚",
            // Decomposed accents: one mark each.
            "Zdro\u{301}j e\u{302}",
        ];
        for text in texts {
            assert_eq!(first_problem(text), None, "{text}");
            assert_eq!(sanitize(text, &[]), text);
            assert!(matches!(escape(text), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn marks_are_capped_and_need_a_base() {
        let three = "a\u{301}\u{302}\u{303}b";
        assert_eq!(first_problem(three), None);
        let eight = "Za\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}";
        assert_eq!(first_problem(eight), Some((5, CharProblem::TooManyMarks)));
        assert_eq!(first_problem("\u{301}a"), Some((0, CharProblem::LoneMark)));
        assert_eq!(sanitize(eight, &[]), "Za\u{301}\u{302}\u{303}");
        assert_eq!(sanitize("\u{301}a", &[]), "a");
    }

    #[test]
    fn sanitize_drops_and_escape_shows() {
        let hostile = "A\u{1b}[31mB\u{202e}C\u{e0041}";
        assert_eq!(sanitize(hostile, &[]), "A[31mBC");
        assert_eq!(escape(hostile), "A\\u{001b}[31mB\\u{202e}C\\u{e0041}");
        assert_eq!(sanitize("one\ntwo\u{7}", &['\n']), "one\ntwo");
        // A newline is not kept unless asked for.
        assert_eq!(sanitize("one\ntwo", &[]), "onetwo");
    }
}
