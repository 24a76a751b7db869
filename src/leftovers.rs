//! The one addition to ratatui's way of writing a frame: after its diff, the cells a wide
//! character left behind are sent again.
//!
//! ratatui's diff sends a cell only where the new frame differs from the last. When a
//! wide character is written at column x, the terminal overwrites whatever stood in x and
//! x+1; if a wide character of the last frame began at x+1, its second half at x+2 is left
//! over, and what it shows is the terminal's own choice: foot 1.13 keeps the old
//! character's colours there, foot 1.21 a blank in the default colours. ratatui takes the
//! cell to be what its own buffer holds, which equals the new frame's cell, so it never
//! sends it: in Chinese, a town's name moved by one column left a reverse-video block in
//! the graphical kiosk. Here, after the diff, the new frame's cells that a wide character
//! of the last frame covered, beyond what now covers its first cell, are sent too.

use ratatui::buffer::{Buffer, Cell, CellWidth};

/// A wide character of a frame: where it stands, and what it is.
pub type Wide = (u16, u16, Cell);

/// Every character of `frame` wider than one column.
pub fn wide(frame: &Buffer) -> Vec<Wide> {
    frame
        .content
        .iter()
        .enumerate()
        .filter(|(_, cell)| cell.cell_width() > 1)
        .map(|(i, cell)| {
            let (x, y) = frame.pos_of(i);
            (x, y, cell.clone())
        })
        .collect()
}

/// What to send after ratatui's diff from the frame on screen, whose wide characters are
/// `was`, to `next` (of the same size): for each of those characters that `next` no longer
/// has, the cells of `next` from where the one now covering its first cell ends to where
/// the old one ended.
pub fn left_over<'a>(was: &[Wide], next: &'a Buffer) -> Vec<(u16, u16, &'a Cell)> {
    let right = next.area.right();
    let mut out = Vec::new();
    for (x, y, old) in was {
        let (x, y) = (*x, *y);
        if next[(x, y)] == *old {
            continue;
        }
        // What covers its first cell now: the cell itself, or a wide character to its left.
        let start = match x.checked_sub(1) {
            Some(before) if next[(before, y)].cell_width() > 1 => before,
            _ => x,
        };
        let mut j = start.saturating_add(next[(start, y)].cell_width().max(1));
        let end = x.saturating_add(old.cell_width()).min(right);
        while j < end {
            let cell = &next[(j, y)];
            out.push((j, y, cell));
            j = j.saturating_add(cell.cell_width().max(1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    //! A model of foot's grid, as screenshots of foot 1.13 (Debian 12) and foot 1.21
    //! (Debian 13) in cage showed it behave: a wide character takes its cell and the next;
    //! when a wide character's first cell is overwritten, its second is left over, with
    //! its old colours (1.13) or blank in the default ones (1.21). A frame sent after
    //! another must leave the grid showing what the frame sent on a blank grid shows.

    use super::*;
    use crate::app::{App, Settings};
    use crate::i18n::I18n;
    use crate::plan::Plan;
    use crate::ui::{self, Theme};
    use crossterm::event::KeyCode;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Foot {
        V113,
        V121,
    }

    #[derive(Debug, Clone, PartialEq)]
    enum Kind {
        Glyph(String, u16),
        /// The second cell of the wide character to its left.
        Spacer,
        /// Left over from a wide character whose first cell was overwritten.
        Orphan,
    }

    #[derive(Debug, Clone, PartialEq)]
    struct GridCell {
        kind: Kind,
        style: Style,
    }

    fn blank() -> GridCell {
        GridCell {
            kind: Kind::Glyph(" ".into(), 1),
            style: Style::reset(),
        }
    }

    struct Grid {
        width: u16,
        cells: Vec<GridCell>,
        foot: Foot,
    }

    impl Grid {
        fn new(area: Rect, foot: Foot) -> Grid {
            Grid {
                width: area.width,
                cells: vec![blank(); usize::from(area.width) * usize::from(area.height)],
                foot,
            }
        }

        fn at(&self, x: u16, y: u16) -> usize {
            usize::from(y) * usize::from(self.width) + usize::from(x)
        }

        fn print(&mut self, x: u16, y: u16, cell: &Cell) {
            let end = x.saturating_add(cell.cell_width().max(1)).min(self.width);
            for i in x..end {
                if let Kind::Glyph(_, width) = self.cells[self.at(i, y)].kind.clone() {
                    for j in end..i.saturating_add(width).min(self.width) {
                        let at = self.at(j, y);
                        self.cells[at] = GridCell {
                            kind: Kind::Orphan,
                            style: match self.foot {
                                Foot::V113 => self.cells[at].style,
                                Foot::V121 => Style::reset(),
                            },
                        };
                    }
                }
            }
            let style = cell.style();
            let at = self.at(x, y);
            self.cells[at] = GridCell {
                kind: Kind::Glyph(cell.symbol().to_string(), cell.cell_width().max(1)),
                style,
            };
            for i in x + 1..end {
                let at = self.at(i, y);
                self.cells[at] = GridCell {
                    kind: Kind::Spacer,
                    style,
                };
            }
        }

        /// What each cell shows: its character, or a blank in its background (and the
        /// attributes a blank shows); a spacer shows nothing of its own.
        fn picture(&self) -> Vec<String> {
            let on_blank = Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT;
            self.cells
                .iter()
                .map(|c| {
                    let bg = c.style.bg.unwrap_or(Color::Reset);
                    match &c.kind {
                        Kind::Spacer => String::new(),
                        Kind::Glyph(s, _) if s.trim().is_empty() => {
                            let modifier = c.style.add_modifier & on_blank;
                            let fg = modifier.contains(Modifier::REVERSED).then_some(c.style.fg);
                            format!("blank {bg:?} {fg:?} {modifier:?}")
                        }
                        Kind::Orphan => {
                            let modifier = c.style.add_modifier & on_blank;
                            let fg = modifier.contains(Modifier::REVERSED).then_some(c.style.fg);
                            format!("blank {bg:?} {fg:?} {modifier:?}")
                        }
                        Kind::Glyph(s, _) => format!("{s} {:?}", c.style),
                    }
                })
                .collect()
        }
    }

    type Send = for<'a> fn(&Buffer, &'a Buffer) -> Vec<(u16, u16, &'a Cell)>;

    fn ratatui_diff<'a>(shown: &Buffer, next: &'a Buffer) -> Vec<(u16, u16, &'a Cell)> {
        shown.diff(next)
    }

    /// As the terminal draws a frame: ratatui's diff, then what a wide character left over.
    fn updates<'a>(shown: &Buffer, next: &'a Buffer) -> Vec<(u16, u16, &'a Cell)> {
        let mut sent = shown.diff(next);
        sent.extend(left_over(&wide(shown), next));
        sent
    }

    /// Whether `second`, sent by `send` after `first`, leaves the grid of `foot` showing
    /// what `second` on a blank grid shows.
    fn shown_right(first: &Buffer, second: &Buffer, foot: Foot, send: Send) -> bool {
        let blank = Buffer::empty(first.area);
        let mut grid = Grid::new(first.area, foot);
        for (shown, next) in [(&blank, first), (first, second)] {
            for (x, y, cell) in send(shown, next) {
                grid.print(x, y, cell);
            }
        }
        let mut fresh = Grid::new(first.area, foot);
        for (x, y, cell) in send(&blank, second) {
            fresh.print(x, y, cell);
        }
        grid.picture() == fresh.picture()
    }

    /// A row of six cells with `text` at column `at` in `style`, then the whole row in
    /// `row_style` (as a selected row's highlight is laid over its text).
    fn row(text: &str, at: u16, style: Style, row_style: Style) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
        buffer.set_string(at, 0, text, style);
        buffer.set_style(buffer.area, row_style);
        buffer
    }

    /// The faults, as the screenshots showed them: a reversed wide character moved one
    /// column left (foot 1.13 leaves a reversed block), and one on a coloured row (foot
    /// 1.21 leaves a default blank). ratatui's own diff gets both wrong; when ratatui sends
    /// these cells itself, this test fails, and this module can go.
    #[test]
    fn ratatui_leaves_what_foot_left_over_and_the_leftovers_put_it_right() {
        let (plain, blue) = (Style::new(), Style::new().bg(Color::Blue));
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        let cases = [
            (
                Foot::V113,
                row("作", 2, reversed, plain),
                row("合", 1, plain, plain),
            ),
            (
                Foot::V121,
                row("作", 2, plain, blue),
                row("合", 1, plain, blue),
            ),
        ];
        for (foot, first, second) in cases {
            assert!(
                !shown_right(&first, &second, foot, ratatui_diff),
                "{foot:?}"
            );
            assert!(shown_right(&first, &second, foot, updates), "{foot:?}");
        }
    }

    /// The real screens in Chinese, at the kiosk's sizes, in every theme: every change of
    /// town and of view, sent with the leftovers, leaves both foots showing the frame.
    #[test]
    fn every_chinese_screen_change_is_shown_right() {
        let today = "2026-11-23".parse().expect("a date");
        let keys = [
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Char('2'),
            KeyCode::Down,
            KeyCode::Char('1'),
            KeyCode::Down,
            KeyCode::Char('?'),
            KeyCode::Char('?'),
        ];
        let mut wrong_before = 0;
        for theme in [
            Theme::dark(),
            Theme::contrast(),
            Theme::mono(),
            Theme::light(),
        ] {
            for area in [Rect::new(0, 0, 98, 32), Rect::new(0, 0, 128, 37)] {
                let data = crate::embedded_dataset().expect("the embedded data");
                let settings = Settings::interactive("zh", today);
                let mut app = App::new(data, I18n::new(), settings, std::time::Instant::now());
                let frame = |app: &mut App| {
                    let plan = Plan::new(app, area);
                    let mut buffer = Buffer::empty(area);
                    ui::render(app, &plan, &theme, &mut buffer);
                    app.update(crate::action::Msg::Drawn(plan.extents));
                    buffer
                };
                let mut last = frame(&mut app);
                for key in keys {
                    let mode = app.mode();
                    let event =
                        crossterm::event::KeyEvent::new(key, crossterm::event::KeyModifiers::NONE);
                    if let Some(action) = crate::keymap::action_for(mode, event) {
                        app.update(action);
                    }
                    let next = frame(&mut app);
                    for foot in [Foot::V113, Foot::V121] {
                        assert!(
                            shown_right(&last, &next, foot, updates),
                            "{foot:?} {area:?} after {key:?}"
                        );
                        wrong_before += usize::from(!shown_right(&last, &next, foot, ratatui_diff));
                    }
                    last = next;
                }
            }
        }
        assert!(wrong_before > 0, "the real screens meet the fault");
    }
}
