//! Which characters the screen may use. `Basic` is for the Linux console, whose fonts have
//! Latin letters (with the diacritics of Polish, German and French), plain box drawing and a
//! few block elements, but no arrows, bullets, braille, CJK or Georgian script.

/// The character repertoire of the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum GlyphMode {
    Unicode,
    Basic,
}

impl GlyphMode {
    /// `Basic` on the Linux console and VT-100-like terminals, `Unicode` elsewhere.
    pub fn for_term(term: Option<&str>) -> GlyphMode {
        match term {
            Some(t) if t == "linux" || t.starts_with("vt1") || t.starts_with("vt2") => {
                GlyphMode::Basic
            }
            Some("dumb") => GlyphMode::Basic,
            _ => GlyphMode::Unicode,
        }
    }
}

/// Plain (light) box drawing: the lines and corners of ratatui's plain border set.
const BOX: &[char] = &['─', '│', '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼'];
/// Block elements every Linux console font has.
const BLOCKS: &[char] = &['░', '▒', '▓', '█', '▀', '▄'];

/// Whether `c` can be drawn in basic mode: printable ASCII, Latin-1 and Latin Extended-A
/// letters and signs, plain box drawing, and the block elements above.
pub fn is_basic(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{17f}') || BOX.contains(&c) || BLOCKS.contains(&c)
}

/// The basic stand-in for a character that is not basic: one cell for one cell, so the
/// layout does not move. Characters two cells wide become `?` (their second cell is blank).
pub fn basic_stand_in(c: char) -> char {
    match c {
        c if is_basic(c) => c,
        '–' | '—' | '‒' | '−' | '‐' => '-',
        '„' | '“' | '”' | '‟' => '"',
        '‘' | '’' | '‚' | '‛' => '\'',
        '…' => '.',
        '•' | '◦' | '∙' => '*',
        '▶' | '►' | '→' | '›' => '>',
        '◀' | '◄' | '←' | '‹' => '<',
        '↑' | '▲' => '^',
        '↓' | '▼' => 'v',
        '▏' | '▕' => '_',
        '╭' => '┌',
        '╮' => '┐',
        '╰' => '└',
        '╯' => '┘',
        '║' | '┃' => '│',
        '═' | '━' => '─',
        _ => '?',
    }
}

/// `text` with every character made basic.
pub fn basic_text(text: &str) -> String {
    text.chars().map(basic_stand_in).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_terminals_get_basic_glyphs() {
        assert_eq!(GlyphMode::for_term(Some("linux")), GlyphMode::Basic);
        assert_eq!(GlyphMode::for_term(Some("vt100")), GlyphMode::Basic);
        assert_eq!(GlyphMode::for_term(Some("vt220")), GlyphMode::Basic);
        assert_eq!(
            GlyphMode::for_term(Some("xterm-256color")),
            GlyphMode::Unicode
        );
        assert_eq!(GlyphMode::for_term(None), GlyphMode::Unicode);
    }

    #[test]
    fn polish_letters_and_borders_stay_the_rest_is_replaced() {
        assert_eq!(basic_text("Zdrój ąęłńśźż ┌─┐ █"), "Zdrój ąęłńśźż ┌─┐ █");
        assert_eq!(basic_text("▶ „Umowa” – 1 • 2 ↓↑"), "> \"Umowa\" - 1 * 2 v^");
        assert_eq!(basic_text("凯里市 გორი ⠿"), "??? ???? ?");
        assert!(basic_text("╭║╯").chars().all(is_basic));
    }
}
