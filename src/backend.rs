//! The terminal backend: crossterm's, with two changes.
//!
//! - **One `write` per frame.** Standard output is line-buffered, so crossterm's backend
//!   sent a frame in 1 KB pieces. Here a frame is assembled in memory and written once, by
//!   the flush that ends every draw.
//! - **Rows with wide characters are written whole.** ratatui sends only the cells that
//!   changed. Where a wide character (Chinese) now covers half of a wide character the
//!   row showed before, what remains on screen depends on how the terminal settles the
//!   overlap, and foot 1.13 (the graphical kiosk's) got it wrong: after a change of town
//!   in Chinese, the right half of "方" in "双方" stayed blank. A row that holds or held a
//!   wide character is therefore erased and written in full, left to right, so no wide
//!   character is ever written over another: the picture no longer depends on history.
//!   Rows without one (every row in the other five languages) still get only their
//!   changed cells. Which rows these are, and what they hold, [`draw`] reads from
//!   ratatui's own buffer as it writes the frame: the backend keeps no copy of the screen
//!   (it kept one, and making it was a tenth of the time to the first frame).

use std::io::{self, Write};

use crossterm::cursor::MoveTo;
use crossterm::queue;
use crossterm::style::{Attribute, ResetColor, SetAttribute};
use crossterm::terminal::{Clear, ClearType as CtClear};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::{Frame, Terminal};
use unicode_width::UnicodeWidthStr;

/// Collects everything written and hands it to `out` in one `write_all` at each flush.
#[derive(Debug)]
pub struct FrameWriter<W: Write> {
    frame: Vec<u8>,
    out: W,
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.frame.is_empty() {
            let written = self.out.write_all(&self.frame);
            self.frame.clear();
            written?;
        }
        self.out.flush()
    }
}

pub struct FrameBackend<W: Write> {
    inner: CrosstermBackend<FrameWriter<W>>,
    /// The rows that, on screen, hold a wide character.
    wide: Vec<bool>,
    /// For the frame being written, from [`draw`]: each row that holds or held a wide
    /// character, whole; and which rows hold one once it is written.
    rows: Option<WideRows>,
}

#[derive(Debug)]
struct WideRows {
    /// The screen's first column (0 but in a viewport that does not start there).
    left: u16,
    whole: Vec<(u16, Vec<Cell>)>,
    wide: Vec<bool>,
}

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

impl<W: Write> FrameBackend<W> {
    /// A backend writing to `out`, for a terminal of `size` that shows nothing yet.
    pub fn new(out: W, size: Size) -> Self {
        FrameBackend {
            inner: CrosstermBackend::new(FrameWriter {
                frame: Vec::with_capacity(64 * 1024),
                out,
            }),
            wide: vec![false; usize::from(size.height)],
            rows: None,
        }
    }

    /// The screen is blank.
    fn forget(&mut self, size: Size) {
        self.wide = vec![false; usize::from(size.height)];
        self.rows = None;
    }
}

/// Draws a frame with `render` and writes it, as [`Terminal::draw`] does, but telling the
/// backend first which rows hold a wide character and what they hold: the way to draw
/// through a [`FrameBackend`] (ratatui hands a backend only the cells that changed, so it
/// cannot write a row whole by itself). The cursor stays hidden.
pub fn draw<W: Write>(
    terminal: &mut Terminal<FrameBackend<W>>,
    render: impl FnOnce(&mut Frame),
) -> io::Result<()> {
    terminal.autoresize()?;
    render(&mut terminal.get_frame());
    let held = std::mem::take(&mut terminal.backend_mut().wide);
    let buffer = terminal.current_buffer_mut();
    let width = usize::from(buffer.area.width).max(1);
    let top = buffer.area.y;
    let mut rows = WideRows {
        left: buffer.area.x,
        whole: Vec::new(),
        wide: vec![false; usize::from(buffer.area.bottom())],
    };
    for (i, cells) in buffer.content.chunks(width).enumerate() {
        let Ok(y) = u16::try_from(i).map(|i| i.saturating_add(top)) else {
            break;
        };
        // Only a symbol of more than one byte can be wide.
        let wide = cells
            .iter()
            .any(|c| c.symbol().len() > 1 && c.symbol().width() > 1);
        if let Some(slot) = rows.wide.get_mut(usize::from(y)) {
            *slot = wide;
        }
        if wide || held.get(usize::from(y)).copied().unwrap_or(false) {
            rows.whole.push((y, cells.to_vec()));
        }
    }
    terminal.backend_mut().rows = Some(rows);
    terminal.apply_buffer_with_cursor(None)?;
    Ok(())
}

/// Bytes queued to go out with the next frame (the terminal's set-up, before the first).
impl<W: Write> Write for FrameBackend<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.inner.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let Some(rows) = self.rows.take() else {
            // Drawn other than by [`draw`]: the changed cells as they are, and from now on
            // every row is taken to hold a wide character (written whole when it changes,
            // until a frame drawn by [`draw`] says otherwise).
            self.wide.iter_mut().for_each(|w| *w = true);
            return self.inner.draw(content);
        };
        // Rows that hold or held a wide character are written whole if anything in them
        // changed; every other changed cell goes straight through, not first into a list
        // (for a first frame at 100x30, up to 3,000 cells: 72 KB of fresh memory).
        let mut candidate = vec![false; rows.wide.len()];
        for (y, _) in &rows.whole {
            candidate[usize::from(*y)] = true;
        }
        let mut changed = vec![false; rows.wide.len()];
        self.inner.draw(
            content.filter(|&(_, y, _)| match candidate.get(usize::from(y)) {
                Some(true) => {
                    changed[usize::from(y)] = true;
                    false
                }
                _ => true,
            }),
        )?;
        let whole = rows.whole.iter().filter(|(y, _)| changed[usize::from(*y)]);
        for (y, cells) in whole {
            queue!(
                self.inner,
                MoveTo(rows.left, *y),
                SetAttribute(Attribute::Reset),
                ResetColor,
                Clear(CtClear::UntilNewLine)
            )?;
            // Every cell but those a wide character to their left covers.
            let mut row = Vec::with_capacity(cells.len());
            let mut covered = 0;
            for (x, cell) in cells.iter().enumerate() {
                let Some(x) = u16::try_from(x).ok().and_then(|x| x.checked_add(rows.left)) else {
                    break;
                };
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                covered = cell.symbol().width().saturating_sub(1);
                row.push((x, *y, cell));
            }
            self.inner.draw(row.into_iter())?;
        }
        self.wide = rows.wide;
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Only a whole clear is used (by a resize, and by `Terminal::clear`); the others
        // belong to inline viewports, which this program does not have.
        if clear_type == ClearType::All {
            let height = u16::try_from(self.wide.len()).unwrap_or(u16::MAX);
            let size = self.inner.size().unwrap_or(Size::new(0, height));
            self.forget(size);
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        terminal_size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::text::Line;

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

    type Term = (Terminal<FrameBackend<Wire>>, Wire);

    /// A terminal of `w`×`h` drawing into memory.
    fn terminal(w: u16, h: u16) -> Term {
        let wire = Wire::default();
        let backend = FrameBackend::new(wire.clone(), Size::new(w, h));
        let t = Terminal::with_options(
            backend,
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .expect("terminal");
        (t, wire)
    }

    fn render(f: &mut Frame, lines: &[&str]) {
        for (i, text) in lines.iter().enumerate() {
            let whole = f.area();
            let area = Rect::new(whole.x, whole.y + i as u16, whole.width, 1);
            f.render_widget(Line::from(*text), area);
        }
    }

    /// Draws one line of text per row; what the frame wrote, and in how many writes.
    fn frame((t, wire): &mut Term, lines: &[&str]) -> (String, usize) {
        let (before, writes) = (wire.bytes().len(), wire.writes());
        draw(t, |f| render(f, lines)).expect("draws");
        let out = String::from_utf8_lossy(&wire.bytes()[before..]).into_owned();
        (out, wire.writes() - writes)
    }

    /// The screen a terminal shows after these bytes.
    fn screen(bytes: &[u8], w: u16, h: u16) -> String {
        let mut parser = vt100::Parser::new(h, w, 0);
        parser.process(bytes);
        parser.screen().contents()
    }

    #[test]
    fn a_frame_is_one_write_of_what_it_changed() {
        let mut t = terminal(20, 3);
        let (first, writes) = frame(&mut t, &["Kartuzy", "Gori", ""]);
        assert!(first.contains("Kartuzy") && first.contains("Gori"));
        assert_eq!(writes, 1, "{first:?}");
        // Nothing changed: no text is written.
        let (same, _) = frame(&mut t, &["Kartuzy", "Gori", ""]);
        assert!(!same.contains("Kartuzy"), "{same:?}");
        // One word changed: only its row's changed cells, no erase, one write.
        let (changed, writes) = frame(&mut t, &["Kartuzy", "Kaili", ""]);
        assert!(changed.contains("aili") && !changed.contains("Kartuzy"));
        assert!(!changed.contains("\x1b[K"), "{changed:?}");
        assert_eq!(writes, 1);
    }

    #[test]
    fn a_row_with_wide_characters_is_erased_and_written_whole() {
        let mut t = terminal(20, 2);
        frame(&mut t, &["a凯里bc", "Gori"]);
        let (out, _) = frame(&mut t, &["双方签署", "Gori"]);
        // Erased from its first column, then every character of it, left to right.
        let row = out.find("\x1b[1;1H").expect("moves to the row");
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
        let mut t = terminal(12, 2);
        let frames: [&[&str]; 5] = [
            &["a凯bcd", "x"],
            &["方签bcd", "x"],
            &["ab凯里", "双方"],
            &["Kaili", "凯里市"],
            &["凯里 (Kaili)", ""],
        ];
        for lines in frames {
            frame(&mut t, lines);
            let shown = screen(&t.1.bytes(), 12, 2);
            let want: Vec<&str> = lines.to_vec();
            let got: Vec<&str> = shown.lines().map(str::trim_end).collect();
            assert_eq!(
                got.iter()
                    .copied()
                    .chain(std::iter::repeat(""))
                    .take(2)
                    .collect::<Vec<_>>(),
                want
            );
        }
    }

    /// A frame drawn with ratatui's own `Terminal::draw`, which does not say which rows
    /// hold wide characters, leaves the screen right too: a row it changed is written
    /// whole the next time it changes, as if it held one.
    #[test]
    fn a_frame_drawn_past_draw_still_leaves_the_right_screen() {
        let mut t = terminal(12, 2);
        frame(&mut t, &["abc", "x"]);
        t.0.draw(|f| render(f, &["方签bcd", "y"])).expect("draws");
        let (out, _) = frame(&mut t, &["abcdef", "y"]);
        assert!(out.contains("\x1b[K"), "written whole: {out:?}");
        let shown = screen(&t.1.bytes(), 12, 2);
        let got: Vec<&str> = shown.lines().map(str::trim_end).collect();
        assert_eq!(got, ["abcdef", "y"]);
    }

    /// In a viewport that starts further right, a row written whole lands in it, and what
    /// is left of the viewport stays.
    #[test]
    fn a_row_written_whole_stays_in_its_viewport() {
        let mut wire = Wire::default();
        wire.write_all(b"\x1b[1;1H##").expect("writes");
        let backend = FrameBackend::new(wire.clone(), Size::new(14, 2));
        let viewport = ratatui::Viewport::Fixed(Rect::new(2, 0, 12, 2));
        let terminal = Terminal::with_options(backend, ratatui::TerminalOptions { viewport })
            .expect("terminal");
        let mut t = (terminal, wire);
        frame(&mut t, &["a凯bcd", "x"]);
        let (out, _) = frame(&mut t, &["方签bcd", "x"]);
        assert!(out.contains("\x1b[K"), "written whole: {out:?}");
        let shown = screen(&t.1.bytes(), 14, 2);
        let got: Vec<&str> = shown.lines().map(str::trim_end).collect();
        assert_eq!(got, ["##方签bcd", "  x"]);
    }
}
