//! The terminal's screen: each frame is drawn into a ratatui buffer, compared with what the
//! terminal shows, and the difference goes out as few bytes as show it, in one `write`.
//!
//! ratatui's `Terminal` with crossterm's backend did this job before; this module differs
//! from it in four ways.
//!
//! - **One `write` per frame.** Standard output is line-buffered, so crossterm's backend
//!   sent a frame in 1 KB pieces. Here a frame is assembled in memory and written once.
//! - **Few bytes.** crossterm moved the cursor with an absolute `CUP` (`ESC[y;xH`, 6 to 8
//!   bytes) to every cell that does not follow the one written before, even one column on,
//!   and set each style in three sequences (attributes, then foreground and background
//!   together, both always). Here a cell further along the same row is reached with `CUF`
//!   (`ESC[nC`, 3 to 5 bytes), a row's first column with `ESC[yH`, and each change of style
//!   is one `SGR` with only what changed (the colour codes crossterm wrote: `38;5;n`,
//!   which xterm, unlike `30`–`37`, does not brighten when bold). The first frame of the
//!   embedded data at 100×30 went from 6,131 bytes to 4,674.
//! - **No second buffer before the first frame.** `Terminal` makes two screen buffers at
//!   once (144 KB each at 100×30: about 0.1 ms of fresh memory before anything is shown).
//!   The first frame here is compared with the blank screen it lands on, and the buffer
//!   for the next frame is made when that frame is drawn.
//! - **Rows with wide characters are written whole.** Only the cells that changed are
//!   sent, but where a wide character (Chinese) now covers half of a wide character the
//!   row showed before, what remains on screen depends on how the terminal settles the
//!   overlap, and foot 1.13 (the graphical kiosk's) got it wrong: after a change of town
//!   in Chinese, the right half of "方" in "双方" stayed blank. A row that holds or held a
//!   wide character is therefore erased and written in full, left to right, so no wide
//!   character is ever written over another: the picture no longer depends on history.
//!   Rows without one (every row in the other five languages) get only their changed
//!   cells.
//!
//! After a character whose width is not one column the cursor is placed afresh, as
//! crossterm did, so a terminal that measures a character differently is put right at
//! the next cell.

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Rect, Size};
use ratatui::style::{Color, Modifier};

/// The size of the terminal, in cells: asked of standard output, where the frames go (one
/// `ioctl`); if that is not a terminal, as crossterm asks. (crossterm opens /dev/tty for
/// it every time: four times before the first frame, then once per frame for ratatui's
/// check for a resize.)
pub fn terminal_size() -> io::Result<Size> {
    match rustix::termios::tcgetwinsize(io::stdout()) {
        Ok(size) => Ok(Size::new(size.ws_col, size.ws_row)),
        Err(_) => crossterm::terminal::size().map(|(width, height)| Size::new(width, height)),
    }
}

/// The terminal as the frames written to it left it, and the bytes that go out with the
/// next one. Bytes written to it (`Write`: the terminal's set-up) go out with the next
/// frame, in its one `write`.
pub struct Screen<W: Write> {
    out: W,
    bytes: Vec<u8>,
    area: Rect,
    /// The last frame written, as the terminal shows it; `None` while the terminal shows a
    /// blank screen (before the first frame, after a resize cleared it).
    shown: Option<Buffer>,
    /// The buffer shown before the last one, to draw the next frame in.
    spare: Option<Buffer>,
    /// The rows that, on screen, hold a wide character.
    wide: Vec<bool>,
}

impl<W: Write> Screen<W> {
    /// A screen of `size` writing to `out`, blank: the set-up written to it before the
    /// first frame must clear the terminal.
    pub fn new(out: W, size: Size) -> Self {
        let area = Rect::new(0, 0, size.width, size.height);
        Screen {
            out,
            bytes: Vec::with_capacity(16 * 1024),
            area,
            shown: None,
            spare: None,
            wide: vec![false; usize::from(size.height)],
        }
    }

    /// The screen's size, as of the last frame (or creation).
    pub fn area(&self) -> Rect {
        self.area
    }

    /// Draws a frame with `render` into a buffer of the terminal's `size` and writes what
    /// changed, with whatever was queued before, in one `write`. A new size clears the
    /// terminal and writes the frame whole.
    pub fn draw(&mut self, size: Size, render: impl FnOnce(&mut Buffer)) -> io::Result<()> {
        let area = Rect::new(0, 0, size.width, size.height);
        if area != self.area {
            self.area = area;
            self.shown = None;
            self.spare = None;
            self.wide = vec![false; usize::from(area.height)];
            self.bytes.extend_from_slice(b"\x1b[2J");
        }
        let mut next = match self.spare.take() {
            Some(mut buffer) => {
                buffer.reset();
                buffer
            }
            None => Buffer::empty(area),
        };
        render(&mut next);
        self.write_frame(&next);
        let written = self.flush();
        self.spare = self.shown.replace(next);
        written
    }

    /// Queues what turns the screen the terminal shows into `next`.
    fn write_frame(&mut self, next: &Buffer) {
        let width = usize::from(self.area.width);
        let rows: Vec<&[Cell]> = if width == 0 {
            Vec::new()
        } else {
            next.content.chunks(width).collect()
        };
        // Each row that holds or held a wide character is written whole, if it changed.
        let wide_now: Vec<bool> = rows.iter().map(|row| row.iter().any(is_wide)).collect();
        let whole: Vec<bool> = (0..rows.len())
            .map(|y| wide_now[y] || self.wide.get(y).copied().unwrap_or(false))
            .collect();
        let mut out = Encoder::new(&mut self.bytes);
        match &self.shown {
            None => {
                // On a blank screen (the first frame, after a resize) the cursor is hidden
                // anew: whatever cleared the screen may have shown it.
                out.out.extend_from_slice(b"\x1b[?25l");
                for (y, row) in rows.iter().enumerate() {
                    out.row_on_blank(y, row);
                }
            }
            Some(shown) => {
                let mut changed = vec![false; rows.len()];
                for (x, y, cell) in shown.diff_iter(next) {
                    let row = usize::from(y);
                    if whole.get(row).copied().unwrap_or(false) {
                        changed[row] = true;
                    } else {
                        out.cell(x, y, cell);
                    }
                }
                for (y, row) in rows.iter().enumerate() {
                    if whole[y] && changed[y] {
                        out.erase_row(y);
                        out.row_on_blank(y, row);
                    }
                }
            }
        }
        out.finish();
        self.wide = wide_now;
    }

    /// Sends what is queued, in one `write`.
    fn flush(&mut self) -> io::Result<()> {
        if !self.bytes.is_empty() {
            let written = self.out.write_all(&self.bytes);
            self.bytes.clear();
            written?;
        }
        self.out.flush()
    }
}

/// Set-up queued to go out with the next frame.
impl<W: Write> Write for Screen<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.bytes.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Screen::flush(self)
    }
}

/// Whether a cell holds a character wider than one column. Only a symbol of more than
/// one byte can be.
fn is_wide(cell: &Cell) -> bool {
    cell.symbol().len() > 1 && cell.cell_width() > 1
}

/// What the terminal draws the next character with.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    /// The terminal's own colours, no attributes: what `SGR 0` sets.
    const PLAIN: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// Writes cells as terminal sequences, keeping track of where the cursor is and what the
/// pen holds, so that each cell costs only what differs from the one written before it.
/// A frame starts, and ends (see [`Encoder::finish`]), with the plain pen.
struct Encoder<'a> {
    out: &'a mut Vec<u8>,
    /// Where the next character lands, when that is certain.
    cursor: Option<(usize, usize)>,
    pen: Pen,
}

/// `ESC [`: the start of every control sequence written here.
const CSI: &[u8] = b"\x1b[";

/// The most parameters one `SGR` carries: the Linux console reads 16 and drops the rest.
const MAX_SGR_PARAMS: usize = 16;

impl<'a> Encoder<'a> {
    fn new(out: &'a mut Vec<u8>) -> Self {
        Encoder {
            out,
            cursor: None,
            pen: Pen::PLAIN,
        }
    }

    /// One cell at column `x` of row `y`.
    fn cell(&mut self, x: u16, y: u16, cell: &Cell) {
        let (x, y) = (usize::from(x), usize::from(y));
        self.go(x, y);
        self.style(Pen::of(cell));
        self.out.extend_from_slice(cell.symbol().as_bytes());
        self.cursor = (cell.cell_width() == 1).then_some((x + 1, y));
    }

    /// A row's cells, where the terminal shows the row blank: every cell but the blank
    /// ones and those a wide character to their left covers.
    fn row_on_blank(&mut self, y: usize, row: &[Cell]) {
        let Ok(y) = u16::try_from(y) else { return };
        let mut covered = 0;
        for (x, cell) in row.iter().enumerate() {
            let Ok(x) = u16::try_from(x) else { return };
            if covered > 0 {
                covered -= 1;
                continue;
            }
            covered = cell.cell_width().saturating_sub(1);
            if *cell != Cell::EMPTY && cell.diff_option != CellDiffOption::Skip {
                self.cell(x, y, cell);
            }
        }
    }

    /// Erases row `y` (to the terminal's own background: the pen is made plain first).
    fn erase_row(&mut self, y: usize) {
        self.go(0, y);
        self.style(Pen::PLAIN);
        self.out.extend_from_slice(b"\x1b[K");
    }

    /// Leaves the pen plain, for whatever is written after the frame.
    fn finish(&mut self) {
        self.style(Pen::PLAIN);
    }

    /// Moves the cursor to column `x` of row `y`: not at all if it is there, forwards
    /// (`CUF`) if it is further left on the row, else to the place itself (`CUP`).
    fn go(&mut self, x: usize, y: usize) {
        match self.cursor {
            Some(at) if at == (x, y) => {}
            Some((cx, cy)) if cy == y && cx < x => {
                self.out.extend_from_slice(CSI);
                if x - cx > 1 {
                    self.number(x - cx);
                }
                self.out.push(b'C');
            }
            _ => {
                self.out.extend_from_slice(CSI);
                if (x, y) != (0, 0) {
                    self.number(y + 1);
                }
                if x > 0 {
                    self.out.push(b';');
                    self.number(x + 1);
                }
                self.out.push(b'H');
            }
        }
        self.cursor = Some((x, y));
    }

    fn number(&mut self, n: usize) {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    /// Sets the pen to `to`: one `SGR` with what changes (more than one only past
    /// [`MAX_SGR_PARAMS`]).
    fn style(&mut self, to: Pen) {
        if to == self.pen {
            return;
        }
        let mut sgr = Sgr {
            out: self.out,
            params: 0,
        };
        if to == Pen::PLAIN {
            sgr.put(&[0]);
        } else {
            sgr.modifiers(self.pen.modifier, to.modifier);
            if to.fg != self.pen.fg {
                sgr.color(to.fg, 38);
            }
            if to.bg != self.pen.bg {
                sgr.color(to.bg, 48);
            }
            if to.underline != self.pen.underline {
                sgr.color(to.underline, 58);
            }
        }
        sgr.end();
        self.pen = to;
    }
}

/// One `SGR` being written: its parameters so far.
struct Sgr<'a> {
    out: &'a mut Vec<u8>,
    params: usize,
}

impl Sgr<'_> {
    /// Parameters that belong together (a colour's three or five), in one sequence.
    fn put(&mut self, params: &[u8]) {
        if self.params > 0 && self.params + params.len() > MAX_SGR_PARAMS {
            self.end();
        }
        for &param in params {
            self.out
                .extend_from_slice(if self.params == 0 { CSI } else { b";" });
            self.out
                .extend_from_slice(itoa::Buffer::new().format(param).as_bytes());
            self.params += 1;
        }
    }

    fn end(&mut self) {
        if self.params > 0 {
            self.out.push(b'm');
            self.params = 0;
        }
    }

    /// From the attributes `from` to `to`. `22` ends bold and dim alike, `25` both
    /// blinks: the one that stays is set again.
    fn modifiers(&mut self, from: Modifier, to: Modifier) {
        let (removed, added) = (from - to, to - from);
        for (pair, ends) in [
            (Modifier::BOLD | Modifier::DIM, 22),
            (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, 25),
        ] {
            let set = if removed.intersects(pair) {
                self.put(&[ends]);
                to & pair
            } else {
                added & pair
            };
            for (modifier, code) in [
                (Modifier::BOLD, 1),
                (Modifier::DIM, 2),
                (Modifier::SLOW_BLINK, 5),
                (Modifier::RAPID_BLINK, 6),
            ] {
                if set.contains(modifier) {
                    self.put(&[code]);
                }
            }
        }
        for (modifier, on, off) in [
            (Modifier::ITALIC, 3, 23),
            (Modifier::UNDERLINED, 4, 24),
            (Modifier::REVERSED, 7, 27),
            (Modifier::HIDDEN, 8, 28),
            (Modifier::CROSSED_OUT, 9, 29),
        ] {
            if removed.contains(modifier) {
                self.put(&[off]);
            } else if added.contains(modifier) {
                self.put(&[on]);
            }
        }
    }

    /// A colour of the foreground (`base` 38), background (48) or underline (58), as
    /// crossterm wrote it: the terminal's own as `base + 1`, the sixteen named colours and
    /// the indexed ones as `base;5;n`, RGB as `base;2;r;g;b`.
    fn color(&mut self, color: Color, base: u8) {
        let index = match color {
            Color::Reset => return self.put(&[base + 1]),
            Color::Rgb(r, g, b) => return self.put(&[base, 2, r, g, b]),
            Color::Indexed(n) => n,
            Color::Black => 0,
            Color::Red => 1,
            Color::Green => 2,
            Color::Yellow => 3,
            Color::Blue => 4,
            Color::Magenta => 5,
            Color::Cyan => 6,
            Color::Gray => 7,
            Color::DarkGray => 8,
            Color::LightRed => 9,
            Color::LightGreen => 10,
            Color::LightYellow => 11,
            Color::LightBlue => 12,
            Color::LightMagenta => 13,
            Color::LightCyan => 14,
            Color::White => 15,
        };
        self.put(&[base, 5, index]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::Style;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::Widget;

    use std::cell::RefCell;
    use std::rc::Rc;

    /// The terminal's side of the line: every `write` call, as it arrived.
    #[derive(Clone, Default)]
    struct Wire(Rc<RefCell<Vec<Vec<u8>>>>);

    impl Write for Wire {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().push(bytes.to_vec());
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Wire {
        fn bytes(&self) -> Vec<u8> {
            self.0.borrow().concat()
        }
        fn writes(&self) -> usize {
            self.0.borrow().len()
        }
    }

    /// A blank screen of `w`×`h` writing into memory, as `terminal::init` leaves it.
    fn screen(w: u16, h: u16) -> (Screen<Wire>, Wire) {
        let wire = Wire::default();
        (Screen::new(wire.clone(), Size::new(w, h)), wire)
    }

    /// `lines` into `buf`, one per row, each a list of spans.
    fn render(buf: &mut Buffer, lines: &[Vec<(String, Style)>]) {
        let area = buf.area;
        for (row, spans) in (area.top()..area.bottom()).zip(lines) {
            let spans: Vec<Span> = spans
                .iter()
                .map(|(text, style)| Span::styled(text.as_str(), *style))
                .collect();
            Line::from(spans).render(Rect::new(0, row, area.width, 1), buf);
        }
    }

    /// Draws `lines`, one per row, each a list of spans; what the frame wrote, and in how
    /// many writes.
    fn draw(t: &mut (Screen<Wire>, Wire), lines: &[Vec<(String, Style)>]) -> (String, usize) {
        let (before, writes) = (t.1.bytes().len(), t.1.writes());
        let size = t.0.area().as_size();
        t.0.draw(size, |buf| render(buf, lines)).expect("draws");
        let out = String::from_utf8_lossy(&t.1.bytes()[before..]).into_owned();
        (out, t.1.writes() - writes)
    }

    /// Draws one line of plain text per row.
    fn frame(t: &mut (Screen<Wire>, Wire), lines: &[&str]) -> (String, usize) {
        let lines: Vec<Vec<(String, Style)>> = lines
            .iter()
            .map(|l| vec![(l.to_string(), Style::new())])
            .collect();
        draw(t, &lines)
    }

    /// What a terminal shows after these bytes.
    fn parse(bytes: &[u8], w: u16, h: u16) -> vt100::Parser {
        let mut parser = vt100::Parser::new(h, w, 0);
        parser.process(bytes);
        parser
    }

    fn shown(bytes: &[u8], w: u16, h: u16) -> Vec<String> {
        let parser = parse(bytes, w, h);
        let contents = parser.screen().contents();
        let mut rows: Vec<String> = contents.lines().map(|l| l.trim_end().to_string()).collect();
        rows.resize(usize::from(h), String::new());
        rows
    }

    #[test]
    fn a_frame_is_one_write_of_what_it_changed() {
        let mut t = screen(20, 3);
        let (first, writes) = frame(&mut t, &["Kartuzy", "Gori", ""]);
        assert!(first.contains("Kartuzy") && first.contains("Gori"));
        assert_eq!(writes, 1, "{first:?}");
        // Nothing changed: nothing is written at all.
        let (same, writes) = frame(&mut t, &["Kartuzy", "Gori", ""]);
        assert_eq!((same.as_str(), writes), ("", 0));
        // One word changed: only its row's changed cells, no erase, one write.
        let (changed, writes) = frame(&mut t, &["Kartuzy", "Kaili", ""]);
        assert!(changed.contains("aili") && !changed.contains("Kartuzy"));
        assert!(!changed.contains("\x1b[K"), "{changed:?}");
        assert_eq!(writes, 1);
    }

    /// Set-up written to the screen goes out with the first frame, in its write.
    #[test]
    fn what_is_queued_goes_out_with_the_next_frame() {
        let mut t = screen(10, 1);
        t.0.write_all(b"\x1b[?1049h").expect("queues");
        assert_eq!(t.1.writes(), 0);
        let (out, writes) = frame(&mut t, &["Gori"]);
        assert_eq!(writes, 1);
        assert!(out.starts_with("\x1b[?1049h") && out.contains("Gori"));
    }

    /// The first frame lands on a blank screen: its blank cells are not written, a gap
    /// in a row is crossed with `CUF`, and a row starts with `ESC[yH`.
    #[test]
    fn the_first_frame_writes_only_what_is_not_blank() {
        let mut t = screen(30, 3);
        let (out, _) = frame(&mut t, &["Duderstadt   Kaili  Gori", "", "  Gori"]);
        assert_eq!(
            out,
            "\x1b[?25l\x1b[HDuderstadt\x1b[3CKaili\x1b[2CGori\x1b[3;3HGori"
        );
    }

    /// A style change is one `SGR`, with only what changed; the frame ends with the pen
    /// plain.
    #[test]
    fn a_style_change_is_one_sequence_of_what_changed() {
        let mut t = screen(20, 1);
        let bold_yellow = Style::new().fg(Color::Yellow).bold();
        let yellow_on_blue = Style::new().fg(Color::Yellow).bg(Color::Blue);
        let line = vec![
            ("ab".to_string(), bold_yellow),
            ("cd".to_string(), yellow_on_blue),
            ("ef".to_string(), Style::new()),
        ];
        let (out, _) = draw(&mut t, &[line]);
        assert_eq!(
            out,
            "\x1b[?25l\x1b[H\x1b[1;38;5;3mab\x1b[22;48;5;4mcd\x1b[0mef"
        );
    }

    /// Attributes the terminal emulator in these tests does not show, each set and ended
    /// by its own code; bold and dim share an end (22), as the two blinks do (25).
    #[test]
    fn every_attribute_is_set_and_ended() {
        let sgr = |from: Modifier, to: Modifier| {
            let mut out = Vec::new();
            let mut s = Sgr {
                out: &mut out,
                params: 0,
            };
            s.modifiers(from, to);
            s.end();
            String::from_utf8(out).expect("ASCII")
        };
        let all = Modifier::all();
        assert_eq!(sgr(Modifier::empty(), all), "\x1b[1;2;5;6;3;4;7;8;9m");
        assert_eq!(sgr(all, Modifier::empty()), "\x1b[22;25;23;24;27;28;29m");
        assert_eq!(
            sgr(Modifier::BOLD | Modifier::DIM, Modifier::DIM),
            "\x1b[22;2m"
        );
        assert_eq!(
            sgr(
                Modifier::SLOW_BLINK | Modifier::RAPID_BLINK,
                Modifier::RAPID_BLINK
            ),
            "\x1b[25;6m"
        );
        assert_eq!(sgr(Modifier::HIDDEN, Modifier::CROSSED_OUT), "\x1b[28;9m");
    }

    /// An `SGR` never carries more than the Linux console reads.
    #[test]
    fn a_long_style_change_is_split_where_the_console_would_drop_it() {
        let mut out = Vec::new();
        let mut e = Encoder::new(&mut out);
        e.style(Pen {
            fg: Color::Rgb(1, 2, 3),
            bg: Color::Rgb(4, 5, 6),
            underline: Color::Rgb(7, 8, 9),
            modifier: Modifier::all(),
        });
        let out = String::from_utf8(out).expect("ASCII");
        let sequences: Vec<&str> = out.split_terminator('m').collect();
        assert!(sequences.len() > 1, "{out}");
        for s in &sequences {
            let params = s.trim_start_matches("\x1b[").split(';').count();
            assert!(params <= MAX_SGR_PARAMS, "{s}");
        }
        assert_eq!(
            out.replace("m\x1b[", ";"),
            "\x1b[1;2;5;6;3;4;7;8;9;38;2;1;2;3;48;2;4;5;6;58;2;7;8;9m"
        );
    }

    #[test]
    fn a_row_with_wide_characters_is_erased_and_written_whole() {
        let mut t = screen(20, 2);
        frame(&mut t, &["a凯里bc", "Gori"]);
        let (out, _) = frame(&mut t, &["双方签署", "Gori"]);
        // Erased from its first column, then every character of it, left to right.
        let row = out.find("\x1b[H").expect("moves to the row");
        let erase = out[row..].find("\x1b[K").expect("erases the row") + row;
        let written = out[erase..].find('双').expect("writes it") + erase;
        assert!(out[written..].find('方') < out[written..].find('签'));
        // The other row did not change and is not written.
        assert!(!out.contains("Gori"));
        // And a row that lost its wide characters is written whole once more.
        let (out, _) = frame(&mut t, &["plain", "Gori"]);
        assert!(out.contains("\x1b[K") && out.contains("plain"));
        let (out, _) = frame(&mut t, &["plainer", "Gori"]);
        assert!(!out.contains("\x1b[K"), "no wide character left: {out:?}");
    }

    #[test]
    fn what_the_terminal_shows_is_the_last_frame() {
        let mut t = screen(12, 2);
        let frames: [&[&str]; 5] = [
            &["a凯bcd", "x"],
            &["方签bcd", "x"],
            &["ab凯里", "双方"],
            &["Kaili", "凯里市"],
            &["凯里 (Kaili)", ""],
        ];
        for lines in frames {
            frame(&mut t, lines);
            assert_eq!(shown(&t.1.bytes(), 12, 2), lines);
        }
    }

    /// A new size clears the terminal and writes the frame whole, at the new size.
    #[test]
    fn a_resize_clears_and_writes_the_frame_whole() {
        let mut t = screen(10, 2);
        frame(&mut t, &["Kartuzy", "Gori"]);
        let mut bytes = t.1.bytes();
        let before = bytes.len();
        t.0.draw(Size::new(8, 3), |buf| {
            Line::from("Gori").render(Rect::new(0, 2, 8, 1), buf);
        })
        .expect("draws");
        bytes = t.1.bytes()[before..].to_vec();
        let out = String::from_utf8_lossy(&bytes);
        assert!(
            out.starts_with("\x1b[2J\x1b[?25l"),
            "cleared, cursor hidden: {out:?}"
        );
        assert_eq!(t.0.area(), Rect::new(0, 0, 8, 3));
        let mut all = parse(&t.1.bytes()[..before], 10, 2);
        all.screen_mut().set_size(3, 8);
        all.process(&bytes);
        assert_eq!(all.screen().contents().trim(), "Gori");
    }

    /// A screen no cell wide or high draws no cell and fails nothing.
    #[test]
    fn an_empty_screen_draws_nothing() {
        for (w, h) in [(0, 0), (0, 5), (5, 0)] {
            let mut t = screen(w, h);
            let (out, _) = frame(&mut t, &["Gori"]);
            assert_eq!(out, "\x1b[?25l");
        }
    }

    /// The colour a cell asks for, as the terminal emulator reports it.
    fn vt_color(color: Color) -> vt100::Color {
        match color {
            Color::Reset => vt100::Color::Default,
            Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
            Color::Indexed(n) => vt100::Color::Idx(n),
            named => {
                let mut out = Vec::new();
                Sgr {
                    out: &mut out,
                    params: 0,
                }
                .color(named, 38);
                let text = String::from_utf8(out).expect("ASCII");
                vt100::Color::Idx(text.rsplit(';').next().expect("n").parse().expect("n"))
            }
        }
    }

    /// Every cell of `buf` as the terminal shows it: its character (where one starts),
    /// colours and the attributes the emulator knows.
    fn assert_shows(parser: &vt100::Parser, buf: &Buffer) {
        let screen = parser.screen();
        for y in 0..buf.area.height {
            let mut covered = 0;
            for x in 0..buf.area.width {
                let cell = &buf[(x, y)];
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                covered = cell.cell_width().saturating_sub(1);
                let shown = screen.cell(y, x).expect("in the screen");
                // A blank cell shows nothing, whether a space was written to it or not.
                let blank = |s: &str| {
                    if s == " " {
                        String::new()
                    } else {
                        s.to_string()
                    }
                };
                let at = format!("at ({x}, {y})");
                assert_eq!(blank(shown.contents()), blank(cell.symbol()), "{at}");
                assert_eq!(shown.fgcolor(), vt_color(cell.fg), "{at}");
                assert_eq!(shown.bgcolor(), vt_color(cell.bg), "{at}");
                let m = cell.modifier;
                assert_eq!(shown.bold(), m.contains(Modifier::BOLD), "{at}");
                assert_eq!(shown.dim(), m.contains(Modifier::DIM), "{at}");
                assert_eq!(shown.italic(), m.contains(Modifier::ITALIC), "{at}");
                assert_eq!(shown.underline(), m.contains(Modifier::UNDERLINED), "{at}");
                assert_eq!(shown.inverse(), m.contains(Modifier::REVERSED), "{at}");
            }
        }
    }

    fn any_style() -> impl Strategy<Value = Style> {
        let colors = prop::sample::select(vec![
            Color::Reset,
            Color::Yellow,
            Color::LightCyan,
            Color::Indexed(200),
            Color::Rgb(10, 20, 30),
        ]);
        let modifiers = prop::sample::subsequence(
            vec![
                Modifier::BOLD,
                Modifier::DIM,
                Modifier::ITALIC,
                Modifier::UNDERLINED,
                Modifier::REVERSED,
            ],
            0..=3,
        );
        (colors.clone(), colors, modifiers).prop_map(|(fg, bg, modifiers)| {
            let mut modifier = modifiers.into_iter().fold(Modifier::empty(), |a, m| a | m);
            // Bold and dim are one setting (intensity) to the emulator: the last one set wins.
            if modifier.contains(Modifier::BOLD) {
                modifier.remove(Modifier::DIM);
            }
            Style::new().fg(fg).bg(bg).add_modifier(modifier)
        })
    }

    fn any_line() -> impl Strategy<Value = Vec<(String, Style)>> {
        let text = prop::collection::vec(
            prop::sample::select(vec!["a", "b", " ", "   ", "é", "凯", "里", "─", "Gori "]),
            0..6,
        )
        .prop_map(|parts| parts.concat());
        prop::collection::vec((text, any_style()), 0..4)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Whatever frames follow one another, and whatever sizes they come in, the
        /// terminal shows the last one: every character, colour and attribute.
        #[test]
        fn the_terminal_shows_every_frame_as_drawn(
            frames in prop::collection::vec(
                (prop::sample::select(vec![(12u16, 3u16), (12, 3), (12, 3), (7, 2)]),
                 prop::collection::vec(any_line(), 0..4)),
                1..6,
            )
        ) {
            let (first_w, first_h) = frames[0].0;
            let mut t = screen(first_w, first_h);
            let mut parser = vt100::Parser::new(first_h, first_w, 0);
            let mut seen = 0;
            for ((w, h), lines) in &frames {
                parser.screen_mut().set_size(*h, *w);
                let mut drawn = None;
                t.0.draw(Size::new(*w, *h), |buf| {
                    render(buf, lines);
                    drawn = Some(buf.clone());
                }).expect("draws");
                let bytes = t.1.bytes();
                parser.process(&bytes[seen..]);
                seen = bytes.len();
                assert_shows(&parser, &drawn.expect("rendered"));
            }
        }
    }
}
