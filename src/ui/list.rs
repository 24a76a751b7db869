//! The left (or upper) pane: towns or events, the selected one marked.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Theme, paint_flag_cell, pane, styled};
use crate::layout;
use crate::plan::list::{FLAG_GUTTER, ListPane, MARKER_WIDTH};

pub fn draw(buf: &mut Buffer, theme: &Theme, list: &ListPane) {
    pane(list.title.clone(), list.focused, theme).render(list.area, buf);
    let inner = layout::inner(list.area);
    let mut lines: Vec<Line> = Vec::new();
    for item in &list.items {
        for (n, line) in item.lines.iter().enumerate() {
            let marker = match (item.selected, n) {
                (true, 0) => "▶ ",
                _ => "  ",
            };
            let mut out = styled(line, theme);
            out.spans.insert(0, Span::raw(marker));
            lines.push(out);
        }
    }
    super::rows(buf, lines, inner);

    let mut line = 0usize;
    for item in &list.items {
        let rows = (line..line + item.lines.len())
            .take_while(|&shown| shown < usize::from(inner.height))
            .map(|shown| inner.y + u16::try_from(shown).unwrap_or(u16::MAX));
        // The selection's bar covers the row's text and the room after it, not the marker
        // or the flag: a flag's white would run into the bar, and the bar would hide the
        // flag's edge.
        if item.selected {
            let gutter = if item.flag.is_some() {
                FLAG_GUTTER.len()
            } else {
                0
            };
            let left = inner.x + u16::try_from(MARKER_WIDTH + gutter).unwrap_or(u16::MAX);
            for y in rows.clone() {
                for x in left..inner.right() {
                    if let Some(cell) = buf.cell_mut((x, y)) {
                        // Over each cell's own style: a span's colours (the contrast
                        // theme's black background) would otherwise show through.
                        cell.set_style(theme.selected);
                    }
                }
            }
        }
        // Flags go over the gutter left of their rows' text, cell by cell.
        if let Some(flag) = &item.flag {
            for (row, y) in flag.iter().zip(rows) {
                for (c, cell) in row.iter().enumerate() {
                    let x = inner.x + u16::try_from(MARKER_WIDTH + c).unwrap_or(u16::MAX);
                    if let Some(target) = buf.cell_mut((x, y)) {
                        paint_flag_cell(target, cell, theme);
                    }
                }
            }
        }
        line += item.lines.len();
    }
}
