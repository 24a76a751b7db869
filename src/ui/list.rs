//! The left (or upper) pane: towns or events, the selected one marked.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Theme, paint_flag_cell, pane, styled};
use crate::layout;
use crate::plan::list::{ListPane, MARKER_WIDTH};

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
            if item.selected {
                let pad = usize::from(inner.width).saturating_sub(out.width());
                out.spans.push(Span::raw(" ".repeat(pad)));
                // On every span: a span's own colours (the contrast theme's black
                // background) would otherwise show through the line's.
                for span in &mut out.spans {
                    span.style = span.style.patch(theme.selected);
                }
            }
            lines.push(out);
        }
    }
    super::rows(buf, lines, inner);

    // Flags go over the gutter left of their rows' text, cell by cell.
    let mut line = 0usize;
    for item in &list.items {
        if let Some(flag) = &item.flag {
            for (r, row) in flag.iter().enumerate() {
                let shown = line + r;
                if shown >= usize::from(inner.height) {
                    break;
                }
                let y = inner.y + u16::try_from(shown).unwrap_or(u16::MAX);
                for (c, cell) in row.iter().enumerate() {
                    let x = inner.x + u16::try_from(MARKER_WIDTH + c).unwrap_or(u16::MAX);
                    if let Some(target) = buf.cell_mut((x, y)) {
                        paint_flag_cell(target, cell);
                    }
                }
            }
        }
        line += item.lines.len();
    }
}
