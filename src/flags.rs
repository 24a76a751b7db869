//! Country flags as small pictures of 3 rows by 6 columns of half-block cells (each cell
//! shows a top and a bottom colour, so 6 pixel rows: enough for three equal stripes).

use crate::glyphs::GlyphMode;

/// Whether flags can be drawn: they need colours and Unicode half blocks (elsewhere the
/// country code stands in).
pub fn drawable(colour: bool, glyphs: GlyphMode) -> bool {
    colour && glyphs == GlyphMode::Unicode
}

/// The colours the five flags need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagColor {
    White,
    Red,
    Black,
    Gold,
    Blue,
    Yellow,
}

/// One cell: a symbol (usually "▀", top half in `fg`, bottom in `bg`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagCell {
    pub symbol: &'static str,
    pub fg: FlagColor,
    pub bg: FlagColor,
}

pub const ROWS: usize = 3;
pub const COLS: usize = 6;

pub type Flag = [[FlagCell; COLS]; ROWS];

const fn half(top: FlagColor, bottom: FlagColor) -> FlagCell {
    FlagCell {
        symbol: "▀",
        fg: top,
        bg: bottom,
    }
}

const fn sign(symbol: &'static str, fg: FlagColor, bg: FlagColor) -> FlagCell {
    FlagCell { symbol, fg, bg }
}

use FlagColor::*;

/// The flag of the country with ISO code `code`, if we have it.
pub fn flag(code: &str) -> Option<Flag> {
    let stripes = |a: FlagColor, b: FlagColor, c: FlagColor| {
        [[half(a, a); COLS], [half(b, b); COLS], [half(c, c); COLS]]
    };
    Some(match code {
        // White over red, halves: rows of pixels 0-2 white, 3-5 red.
        "PL" => [
            [half(White, White); COLS],
            [half(White, Red); COLS],
            [half(Red, Red); COLS],
        ],
        "DE" => stripes(Black, Red, Gold),
        "FR" => {
            let row = [
                half(Blue, Blue),
                half(Blue, Blue),
                half(White, White),
                half(White, White),
                half(Red, Red),
                half(Red, Red),
            ];
            [row; ROWS]
        }
        // Red field, the large star and small stars in the upper hoist.
        "CN" => {
            let red = half(Red, Red);
            let mut f = [[red; COLS]; ROWS];
            f[0][0] = sign("★", Yellow, Red);
            f[0][1] = sign("·", Yellow, Red);
            f[1][1] = sign("·", Yellow, Red);
            f
        }
        // White field, red St George's cross, four small crosses in the quarters.
        "GE" => {
            let white = half(White, White);
            let mut f = [[white; COLS]; ROWS];
            f[1] = [half(White, Red); COLS];
            for row in &mut f {
                row[2] = half(Red, Red);
                row[3] = half(Red, Red);
            }
            for (r, c) in [(0, 0), (0, 5), (2, 0), (2, 5)] {
                f[r][c] = sign("✚", Red, White);
            }
            f
        }
        _ => return None,
    })
}

/// A 2-row, 3-column version for the list: pixel rows 0, 2, 3 and 5 and columns 0, 2 and
/// 4 of the full flag (three stripes stay in order; signs such as the star stay).
pub type MiniFlag = [[FlagCell; 3]; 2];

pub fn mini(code: &str) -> Option<MiniFlag> {
    let big = flag(code)?;
    let pixel = |p: usize, c: usize| {
        let cell = big[p / 2][c];
        if p.is_multiple_of(2) {
            cell.fg
        } else {
            cell.bg
        }
    };
    let mut out = [[half(White, White); 3]; 2];
    for (r, row) in out.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            let source = big[r * 2][c * 2];
            let (top, bottom) = ([0, 3][r], [2, 5][r]);
            *cell = if source.symbol == "▀" {
                half(pixel(top, c * 2), pixel(bottom, c * 2))
            } else {
                source
            };
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_countries_have_flags_and_others_do_not() {
        for code in ["PL", "DE", "FR", "CN", "GE"] {
            assert!(flag(code).is_some(), "{code}");
        }
        assert!(flag("XX").is_none());
    }

    #[test]
    fn germany_has_three_equal_stripes() {
        let f = flag("DE").expect("DE");
        let pixels: Vec<FlagColor> = f.iter().flat_map(|row| [row[0].fg, row[0].bg]).collect();
        assert_eq!(pixels, [Black, Black, Red, Red, Gold, Gold]);
    }

    #[test]
    fn mini_flags_keep_the_stripes_in_order() {
        let de = mini("DE").expect("DE");
        let pixels: Vec<FlagColor> = de.iter().flat_map(|row| [row[1].fg, row[1].bg]).collect();
        assert_eq!(pixels, [Black, Red, Red, Gold]);
        let fr = mini("FR").expect("FR");
        let columns: Vec<FlagColor> = fr[0].iter().map(|c| c.fg).collect();
        assert_eq!(columns, [Blue, White, Red]);
        assert_eq!(mini("CN").expect("CN")[0][0].symbol, "★");
    }

    #[test]
    fn poland_is_white_over_red() {
        let f = flag("PL").expect("PL");
        let pixels: Vec<FlagColor> = f.iter().flat_map(|row| [row[3].fg, row[3].bg]).collect();
        assert_eq!(pixels, [White, White, White, Red, Red, Red]);
    }
}
