//! A buffer as an SVG picture on a fixed cell grid.
//!
//! Fonts differ from viewer to viewer, so nothing relies on a font's metrics: every
//! character is placed at its cell by an explicit `x`, and the characters that must join
//! their neighbours (box drawing, block elements, braille) are drawn as shapes, not text.

use crate::data::chars;
use std::fmt::Write;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use crate::ui::theme::ThemeChoice;

/// Cell size in pixels, and the font size the text is set in.
const CELL_W: f32 = 9.0;
const CELL_H: f32 = 18.0;
const FONT_SIZE: f32 = 15.0;
/// From a cell's top to the text baseline: the font's ascent, centred in the cell.
const BASELINE: f32 = 14.0;
const LIGHT: f32 = 1.5;
const HEAVY: f32 = 3.0;

const FONTS: &str = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', \
                     'Noto Sans Mono CJK SC', 'Noto Sans Georgian', monospace";

/// The terminal's own colours: the default foreground and background and the 16 ANSI ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub fg: [u8; 3],
    pub bg: [u8; 3],
    pub ansi: [[u8; 3]; 16],
}

/// Windows Terminal's "Campbell" colours: distinct on dark and light backgrounds alike.
const CAMPBELL: [[u8; 3]; 16] = [
    [12, 12, 12],
    [197, 15, 31],
    [19, 161, 14],
    [193, 156, 0],
    [0, 55, 218],
    [136, 23, 152],
    [58, 150, 221],
    [204, 204, 204],
    [118, 118, 118],
    [231, 72, 86],
    [22, 198, 12],
    [249, 241, 165],
    [59, 120, 255],
    [180, 0, 158],
    [97, 214, 214],
    [242, 242, 242],
];

impl Palette {
    /// Light grey on near black.
    pub fn dark() -> Self {
        Palette {
            fg: CAMPBELL[7],
            bg: CAMPBELL[0],
            ansi: CAMPBELL,
        }
    }

    /// The terminal a theme is made for: light for the light theme, dark for the others.
    pub fn for_theme(choice: ThemeChoice) -> Self {
        match choice {
            ThemeChoice::Light => Palette::light(),
            _ => Palette::dark(),
        }
    }

    /// Black on white.
    pub fn light() -> Self {
        Palette {
            fg: [0, 0, 0],
            bg: [255, 255, 255],
            ansi: CAMPBELL,
        }
    }

    /// A cell's foreground and background after reverse video, as a terminal with this
    /// palette shows them (bold changes no colour).
    pub fn shown(&self, cell: &Cell) -> ([u8; 3], [u8; 3]) {
        let fg = self.rgb(cell.fg, self.fg);
        let bg = self.rgb(cell.bg, self.bg);
        if cell.modifier.contains(Modifier::REVERSED) {
            (bg, fg)
        } else {
            (fg, bg)
        }
    }

    fn rgb(&self, color: Color, default: [u8; 3]) -> [u8; 3] {
        match color {
            Color::Reset => default,
            Color::Black => self.ansi[0],
            Color::Red => self.ansi[1],
            Color::Green => self.ansi[2],
            Color::Yellow => self.ansi[3],
            Color::Blue => self.ansi[4],
            Color::Magenta => self.ansi[5],
            Color::Cyan => self.ansi[6],
            Color::Gray => self.ansi[7],
            Color::DarkGray => self.ansi[8],
            Color::LightRed => self.ansi[9],
            Color::LightGreen => self.ansi[10],
            Color::LightYellow => self.ansi[11],
            Color::LightBlue => self.ansi[12],
            Color::LightMagenta => self.ansi[13],
            Color::LightCyan => self.ansi[14],
            Color::White => self.ansi[15],
            Color::Rgb(r, g, b) => [r, g, b],
            Color::Indexed(i) => indexed(self, i),
        }
    }
}

/// xterm's 256 colours: the 16 of the palette, a 6x6x6 cube, 24 greys.
fn indexed(palette: &Palette, i: u8) -> [u8; 3] {
    match i {
        0..=15 => palette.ansi[usize::from(i)],
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let v = i - 16;
            [level(v / 36), level(v / 6 % 6), level(v % 6)]
        }
        _ => {
            let grey = 8 + 10 * (i - 232);
            [grey, grey, grey]
        }
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// One visible cell: where, how wide, what.
struct Placed<'a> {
    col: u16,
    row: u16,
    width: u16,
    cell: &'a Cell,
}

/// The cells a terminal would draw: a wide character covers the cell after it.
fn placed(buffer: &Buffer) -> Vec<Placed<'_>> {
    let area = buffer.area;
    let mut out = Vec::with_capacity(buffer.content.len());
    for row in 0..area.height {
        let mut col = 0;
        while col < area.width {
            let cell =
                &buffer.content[usize::from(row) * usize::from(area.width) + usize::from(col)];
            let width = u16::try_from(cell.symbol().width())
                .unwrap_or(1)
                .clamp(1, area.width - col);
            out.push(Placed {
                col,
                row,
                width,
                cell,
            });
            col += width;
        }
    }
    out
}

/// The picture of `buffer` in `palette`.
pub fn svg(buffer: &Buffer, palette: &Palette) -> String {
    let area = buffer.area;
    let (width, height) = (
        f32::from(area.width) * CELL_W,
        f32::from(area.height) * CELL_H,
    );
    let cells = placed(buffer);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:space=\"preserve\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\">"
    );
    let _ = writeln!(
        out,
        "<style>text{{font-family:{FONTS};font-size:{FONT_SIZE}px;white-space:pre}}\
         .b{{font-weight:bold}}.i{{font-style:italic}}.u{{text-decoration:underline}}\
         .s{{text-decoration:line-through}}.d{{opacity:.6}}</style>"
    );
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>",
        hex(palette.bg)
    );
    backgrounds(&mut out, &cells, palette);
    shapes(&mut out, &cells, palette);
    texts(&mut out, &cells, palette);
    out.push_str("</svg>\n");
    out
}

/// Runs of equal background, one rectangle each; `crispEdges` leaves no seams between rows.
fn backgrounds(out: &mut String, cells: &[Placed], palette: &Palette) {
    out.push_str("<g shape-rendering=\"crispEdges\">\n");
    let mut run: Option<(u16, u16, u16, [u8; 3])> = None;
    let flush = |out: &mut String, run: Option<(u16, u16, u16, [u8; 3])>| {
        if let Some((row, col, len, bg)) = run
            && bg != palette.bg
        {
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{CELL_H}\" fill=\"{}\"/>",
                f32::from(col) * CELL_W,
                f32::from(row) * CELL_H,
                f32::from(len) * CELL_W,
                hex(bg)
            );
        }
    };
    for p in cells {
        let (_, bg) = palette.shown(p.cell);
        run = match run {
            Some((row, col, len, run_bg)) if row == p.row && run_bg == bg => {
                Some((row, col, len + p.width, bg))
            }
            other => {
                flush(out, other);
                Some((p.row, p.col, p.width, bg))
            }
        };
    }
    flush(out, run);
    out.push_str("</g>\n");
}

/// Box drawing, block elements and braille as bars and dots in the foreground colour.
fn shapes(out: &mut String, cells: &[Placed], palette: &Palette) {
    // Bars snap to whole pixels so neighbours meet without seams; dots stay round.
    let mut bars = String::new();
    let mut dots = String::new();
    let mut last: Option<Bar> = None;
    for p in cells {
        let mut chars = p.cell.symbol().chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            continue;
        };
        let rects = shape(c);
        if rects.is_empty() || p.cell.modifier.contains(Modifier::HIDDEN) {
            continue;
        }
        let (fg, _) = palette.shown(p.cell);
        let fill = hex(fg);
        let (x0, y0) = (f32::from(p.col) * CELL_W, f32::from(p.row) * CELL_H);
        for r in rects {
            if r.dot {
                let _ = writeln!(
                    dots,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\"/>",
                    x0 + r.x,
                    y0 + r.y,
                    r.w / 2.0
                );
            } else {
                let bar = Bar {
                    x: x0 + r.x,
                    y: y0 + r.y,
                    w: r.w,
                    h: r.h,
                    alpha: r.alpha,
                    fill: fg,
                };
                // A bar continuing the last one (a line across cells) only widens it.
                match &mut last {
                    Some(l) if l.continued_by(&bar) => l.w = bar.x + bar.w - l.x,
                    _ => {
                        if let Some(l) = last.replace(bar) {
                            l.write(&mut bars);
                        }
                    }
                }
            }
        }
    }
    if let Some(l) = last {
        l.write(&mut bars);
    }
    let _ = write!(
        out,
        "<g shape-rendering=\"crispEdges\">\n{bars}</g>\n<g>\n{dots}</g>\n"
    );
}

/// A filled rectangle in picture coordinates.
struct Bar {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    alpha: f32,
    fill: [u8; 3],
}

impl Bar {
    /// `next` lies on the same line, touching or overlapping this bar's end.
    fn continued_by(&self, next: &Bar) -> bool {
        next.y == self.y
            && next.h == self.h
            && next.fill == self.fill
            && next.alpha == self.alpha
            && next.x >= self.x
            && next.x <= self.x + self.w
            && next.x + next.w >= self.x + self.w
    }

    fn write(&self, out: &mut String) {
        let opacity = if self.alpha < 1.0 {
            format!(" fill-opacity=\"{}\"", self.alpha)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"{opacity}/>",
            self.x,
            self.y,
            self.w,
            self.h,
            hex(self.fill)
        );
    }
}

/// Text in runs of adjacent cells of one style, each stretched to exactly its cells
/// (`textLength`), so a font a little wider or narrower than the grid stays on it.
/// Wide characters are placed one by one, centred on their two cells.
fn texts(out: &mut String, cells: &[Placed], palette: &Palette) {
    struct Run {
        row: u16,
        col: u16,
        cells: u16,
        style: ([u8; 3], Modifier),
        text: String,
    }
    let flush = |out: &mut String, run: Option<Run>| {
        let Some(mut run) = run else { return };
        let kept = run.text.trim_end_matches(' ').len();
        run.cells -= u16::try_from(run.text.len() - kept).unwrap_or(0);
        run.text.truncate(kept);
        if run.text.is_empty() {
            return;
        }
        let (fg, modifier) = run.style;
        let mut classes = Vec::new();
        for (flag, class) in [
            (Modifier::BOLD, "b"),
            (Modifier::ITALIC, "i"),
            (Modifier::UNDERLINED, "u"),
            (Modifier::CROSSED_OUT, "s"),
            (Modifier::DIM, "d"),
        ] {
            if modifier.contains(flag) {
                classes.push(class);
            }
        }
        let class = if classes.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", classes.join(" "))
        };
        let y = f32::from(run.row) * CELL_H + BASELINE;
        let width = f32::from(run.cells) * CELL_W;
        let x = f32::from(run.col) * CELL_W;
        let text = escape(&run.text);
        let fill = hex(fg);
        if run.text.width() > usize::from(run.cells) || run.text.chars().count() == 1 {
            // A single (or wide) character: no stretching, centred on its cells.
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{y}\" text-anchor=\"middle\" fill=\"{fill}\"{class}>{text}</text>",
                x + width / 2.0
            );
        } else {
            let _ = writeln!(
                out,
                "<text x=\"{x}\" y=\"{y}\" textLength=\"{width}\" fill=\"{fill}\"{class}>{text}</text>"
            );
        }
    };
    let mut run: Option<Run> = None;
    for p in cells {
        let symbol = p.cell.symbol();
        let mut chars = symbol.chars();
        let first = chars.next();
        let single = chars.next().is_none();
        // Text, unless it is empty, hidden or drawn as a shape.
        let is_shape = single && first.is_some_and(|c| !shape(c).is_empty());
        let drawn = first.is_some() && !is_shape && !p.cell.modifier.contains(Modifier::HIDDEN);
        let space = symbol == " ";
        let (fg, _) = palette.shown(p.cell);
        let style = (fg, p.cell.modifier - Modifier::REVERSED);
        // Runs hold narrow, single-code-point characters; spaces join any run.
        let simple = drawn && single && p.width == 1;
        match &mut run {
            Some(r)
                if (simple || space)
                    && r.row == p.row
                    && r.col + r.cells == p.col
                    && (r.style == style || space) =>
            {
                r.cells += p.width;
                r.text.push_str(symbol);
            }
            _ => {
                flush(out, run.take());
                if drawn && !space {
                    run = Some(Run {
                        row: p.row,
                        col: p.col,
                        cells: p.width,
                        style,
                        text: symbol.to_string(),
                    });
                    if !simple {
                        flush(out, run.take());
                    }
                }
            }
        }
    }
    flush(out, run);
}

/// Element text: XML's three specials escaped, and what may not stand in a text
/// (`data::chars`) left out, whatever reached the buffer.
fn escape(text: &str) -> String {
    let text = chars::sanitize(text, &[]);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A filled rectangle (or, with `dot`, a circle centred at x, y of diameter w) in a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    alpha: f32,
    dot: bool,
}

const fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
    Rect {
        x,
        y,
        w,
        h,
        alpha: 1.0,
        dot: false,
    }
}

/// The shapes that draw `c`, or none when it is ordinary text.
fn shape(c: char) -> Vec<Rect> {
    if let Some(arms) = box_arms(c) {
        return lines(arms);
    }
    let (w, h) = (CELL_W, CELL_H);
    let code = u32::from(c);
    match code {
        // ▀ upper half
        0x2580 => vec![rect(0.0, 0.0, w, h / 2.0)],
        // ▁..█ lower eighths
        0x2581..=0x2588 => {
            let part = (code - 0x2580) as f32 / 8.0 * h;
            vec![rect(0.0, h - part, w, part)]
        }
        // ▉..▏ left eighths
        0x2589..=0x258F => vec![rect(0.0, 0.0, (0x2590 - code) as f32 / 8.0 * w, h)],
        // ▐ right half
        0x2590 => vec![rect(w / 2.0, 0.0, w / 2.0, h)],
        // ░ ▒ ▓ shades
        0x2591..=0x2593 => vec![Rect {
            alpha: (code - 0x2590) as f32 / 4.0,
            ..rect(0.0, 0.0, w, h)
        }],
        // ▔ upper eighth, ▕ right eighth
        0x2594 => vec![rect(0.0, 0.0, w, h / 8.0)],
        0x2595 => vec![rect(w * 7.0 / 8.0, 0.0, w / 8.0, h)],
        // ▖..▟ quadrants: upper left, upper right, lower left, lower right
        0x2596..=0x259F => {
            const QUADRANTS: [[bool; 4]; 10] = [
                [false, false, true, false],
                [false, false, false, true],
                [true, false, false, false],
                [true, false, true, true],
                [true, false, false, true],
                [true, true, true, false],
                [true, true, false, true],
                [false, true, false, false],
                [false, true, true, false],
                [false, true, true, true],
            ];
            let q = QUADRANTS[(code - 0x2596) as usize];
            let spots = [
                (0.0, 0.0),
                (w / 2.0, 0.0),
                (0.0, h / 2.0),
                (w / 2.0, h / 2.0),
            ];
            q.iter()
                .zip(spots)
                .filter(|(on, _)| **on)
                .map(|(_, (x, y))| rect(x, y, w / 2.0, h / 2.0))
                .collect()
        }
        // Braille: dots 1-3 and 7 down the left column, 4-6 and 8 down the right.
        0x2801..=0x28FF => {
            const DOTS: [(f32, f32); 8] = [
                (0.0, 0.0),
                (0.0, 1.0),
                (0.0, 2.0),
                (1.0, 0.0),
                (1.0, 1.0),
                (1.0, 2.0),
                (0.0, 3.0),
                (1.0, 3.0),
            ];
            let bits = code - 0x2800;
            DOTS.iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, (col, row))| Rect {
                    dot: true,
                    ..rect(w * (0.3 + 0.4 * col), h * (0.125 + 0.25 * row), 2.4, 2.4)
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Line weights of a box-drawing character's arms: up, down, left, right (0: none,
/// 1: light, 2: heavy). Rounded corners are drawn square.
fn box_arms(c: char) -> Option<[u8; 4]> {
    Some(match c {
        '─' => [0, 0, 1, 1],
        '━' => [0, 0, 2, 2],
        '│' => [1, 1, 0, 0],
        '┃' => [2, 2, 0, 0],
        '┌' | '╭' => [0, 1, 0, 1],
        '┏' => [0, 2, 0, 2],
        '┐' | '╮' => [0, 1, 1, 0],
        '┓' => [0, 2, 2, 0],
        '└' | '╰' => [1, 0, 0, 1],
        '┗' => [2, 0, 0, 2],
        '┘' | '╯' => [1, 0, 1, 0],
        '┛' => [2, 0, 2, 0],
        '├' => [1, 1, 0, 1],
        '┣' => [2, 2, 0, 2],
        '┤' => [1, 1, 1, 0],
        '┫' => [2, 2, 2, 0],
        '┬' => [0, 1, 1, 1],
        '┳' => [0, 2, 2, 2],
        '┴' => [1, 0, 1, 1],
        '┻' => [2, 0, 2, 2],
        '┼' => [1, 1, 1, 1],
        '╋' => [2, 2, 2, 2],
        '╴' => [0, 0, 1, 0],
        '╵' => [1, 0, 0, 0],
        '╶' => [0, 0, 0, 1],
        '╷' => [0, 1, 0, 0],
        _ => return None,
    })
}

/// The arms as bars from the cell's edges to its centre, overlapping there so corners join.
fn lines([up, down, left, right]: [u8; 4]) -> Vec<Rect> {
    let (w, h) = (CELL_W, CELL_H);
    let (cx, cy) = (w / 2.0, h / 2.0);
    let thick = |weight: u8| if weight == 2 { HEAVY } else { LIGHT };
    // The crossing is as thick as the heaviest arm across it.
    let vertical = thick(up.max(down));
    let horizontal = thick(left.max(right));
    let mut out = Vec::new();
    if up > 0 {
        let t = thick(up);
        out.push(rect(cx - t / 2.0, 0.0, t, cy + horizontal / 2.0));
    }
    if down > 0 {
        let t = thick(down);
        out.push(rect(
            cx - t / 2.0,
            cy - horizontal / 2.0,
            t,
            h - cy + horizontal / 2.0,
        ));
    }
    if left > 0 {
        let t = thick(left);
        out.push(rect(0.0, cy - t / 2.0, cx + vertical / 2.0, t));
    }
    if right > 0 {
        let t = thick(right);
        out.push(rect(
            cx - vertical / 2.0,
            cy - t / 2.0,
            w - cx + vertical / 2.0,
            t,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect as Area;
    use ratatui::style::Style;

    fn buffer(lines: &[&str]) -> Buffer {
        Buffer::with_lines(lines.iter().copied())
    }

    #[test]
    fn every_cell_of_a_row_is_placed_once_even_with_wide_characters() {
        let b = buffer(&["a凯b"]);
        let cells = placed(&b);
        let cols: Vec<(u16, u16)> = cells.iter().map(|p| (p.col, p.width)).collect();
        assert_eq!(cols, vec![(0, 1), (1, 2), (3, 1)]);
    }

    #[test]
    fn text_is_escaped_and_stretched_to_its_cells() {
        let svg = svg(&buffer(&["<&> x  ", "凯"]), &Palette::dark());
        // One run to the last visible character, stretched to its five cells.
        assert!(
            svg.contains(
                "<text x=\"0\" y=\"14\" textLength=\"45\" fill=\"#cccccc\">&lt;&amp;&gt; x</text>"
            ),
            "{svg}"
        );
        // A wide character centred on its two cells.
        assert!(
            svg.contains("<text x=\"9\" y=\"32\" text-anchor=\"middle\""),
            "{svg}"
        );
    }

    #[test]
    fn reverse_video_swaps_colours() {
        let mut b = Buffer::empty(Area::new(0, 0, 1, 1));
        b[(0, 0)]
            .set_symbol("x")
            .set_style(Style::new().fg(Color::Red).reversed());
        let svg = svg(&b, &Palette::dark());
        // The cell's background is the red; its text the terminal's default background.
        assert!(svg.contains("fill=\"#c50f1f\"/>"), "{svg}");
        assert!(svg.contains("fill=\"#0c0c0c\">x</text>"), "{svg}");
    }

    #[test]
    fn box_corners_join_their_neighbours() {
        // The right arm of ┌ reaches the cell's right edge, where ─ starts at the left.
        let corner = shape('┌');
        let right = corner.iter().map(|r| r.x + r.w).fold(0.0, f32::max);
        assert_eq!(right, CELL_W);
        let bottom = corner.iter().map(|r| r.y + r.h).fold(0.0, f32::max);
        assert_eq!(bottom, CELL_H);
        assert_eq!(shape('─')[0].x, 0.0);
        // Ordinary letters are text.
        assert!(shape('a').is_empty());
        assert!(shape('凯').is_empty());
    }

    #[test]
    fn braille_dots_follow_the_bit_order() {
        // ⡀ is dot 7 alone: bottom left.
        let dots = shape('⡀');
        assert_eq!(dots.len(), 1);
        assert!(dots[0].x < CELL_W / 2.0 && dots[0].y > CELL_H * 0.75);
        assert_eq!(shape('⣿').len(), 8);
    }

    #[test]
    fn indexed_colours_follow_xterm() {
        let p = Palette::dark();
        assert_eq!(indexed(&p, 196), [255, 0, 0]);
        assert_eq!(indexed(&p, 232), [8, 8, 8]);
        assert_eq!(indexed(&p, 1), p.ansi[1]);
    }
}
