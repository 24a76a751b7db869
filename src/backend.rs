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
//!   changed cells.

use std::io::{self, Write};

use crossterm::cursor::MoveTo;
use crossterm::queue;
use crossterm::style::{Attribute, ResetColor, SetAttribute};
use crossterm::terminal::{Clear, ClearType as CtClear};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
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
    /// What the terminal shows, as this backend wrote it.
    shown: Buffer,
}

impl<W: Write> FrameBackend<W> {
    /// A backend writing to `out`, for a terminal of `size` that shows nothing yet.
    pub fn new(out: W, size: Size) -> Self {
        FrameBackend {
            inner: CrosstermBackend::new(FrameWriter {
                frame: Vec::with_capacity(64 * 1024),
                out,
            }),
            shown: Buffer::empty(Rect::new(0, 0, size.width, size.height)),
        }
    }

    fn forget(&mut self, size: Size) {
        self.shown = Buffer::empty(Rect::new(0, 0, size.width, size.height));
    }

    fn has_wide(&self, y: u16) -> bool {
        let area = self.shown.area;
        (area.x..area.right()).any(|x| {
            self.shown
                .cell((x, y))
                .is_some_and(|c| c.symbol().width() > 1)
        })
    }
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
        let updates: Vec<(u16, u16, &Cell)> = content.collect();
        let area = self.shown.area;
        // Rows that held a wide character before this frame, or get one in it: each
        // changed row's old cells are looked at once, not once per changed cell.
        let mut held: Vec<Option<bool>> = vec![None; usize::from(area.bottom())];
        let mut whole: Vec<u16> = Vec::new();
        for &(x, y, cell) in &updates {
            if !area.contains(Position { x, y }) || whole.contains(&y) {
                continue;
            }
            let held = *held[usize::from(y)].get_or_insert_with(|| self.has_wide(y));
            if held || cell.symbol().width() > 1 {
                whole.push(y);
            }
        }
        for &(x, y, cell) in &updates {
            if let Some(shown) = self.shown.cell_mut((x, y)) {
                *shown = cell.clone();
            }
            // The cells a wide character covers are blank beneath it, as in ratatui's
            // own buffer (which sends no update for them).
            for covered in 1..cell.symbol().width() {
                let Ok(covered) = u16::try_from(covered) else {
                    break;
                };
                if let Some(shown) = self.shown.cell_mut((x.saturating_add(covered), y)) {
                    shown.reset();
                }
            }
        }
        self.inner
            .draw(updates.into_iter().filter(|(_, y, _)| !whole.contains(y)))?;
        whole.sort_unstable();
        for y in whole {
            queue!(
                self.inner,
                MoveTo(0, y),
                SetAttribute(Attribute::Reset),
                ResetColor,
                Clear(CtClear::UntilNewLine)
            )?;
            // Every cell but those a wide character to their left covers.
            let mut row = Vec::with_capacity(usize::from(area.width));
            let mut covered = 0;
            for x in area.x..area.right() {
                let Some(cell) = self.shown.cell((x, y)) else {
                    continue;
                };
                if covered > 0 {
                    covered -= 1;
                    continue;
                }
                covered = cell.symbol().width().saturating_sub(1);
                row.push((x, y, cell));
            }
            self.inner.draw(row.into_iter())?;
        }
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
            let size = self.inner.size().unwrap_or(self.shown.area.as_size());
            self.forget(size);
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
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
    use ratatui::Terminal;
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

    /// Draws one line of text per row; what the frame wrote, and in how many writes.
    fn frame((t, wire): &mut Term, lines: &[&str]) -> (String, usize) {
        let (before, writes) = (wire.bytes().len(), wire.writes());
        t.draw(|f| {
            for (i, text) in lines.iter().enumerate() {
                let area = Rect::new(0, i as u16, f.area().width, 1);
                f.render_widget(Line::from(*text), area);
            }
        })
        .expect("draws");
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
}
