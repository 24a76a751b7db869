//! The right (or lower) pane: everything about the selected town or event, scrollable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Theme, paint_flag_cell, pane, styled};
use crate::flags;
use crate::layout;
use crate::plan::detail::DetailPane;

pub fn draw(buf: &mut Buffer, theme: &Theme, detail: &DetailPane) {
    let mut block = pane(detail.title.clone(), detail.focused, theme);
    if let Some(hint) = &detail.swipe_hint {
        block = block.title_bottom(
            ratatui::text::Line::styled(format!(" {hint} "), theme.muted).right_aligned(),
        );
    }
    block.render(detail.area, buf);
    let inner = layout::inner(detail.area);
    if detail.lines.is_empty() {
        let wrapped = crate::content::wrap(
            &detail.empty,
            inner.width.into(),
            "",
            "",
            crate::content::Tone::Muted,
        );
        super::rows(buf, wrapped.iter().map(|l| styled(l, theme)), inner);
        return;
    }
    let height = usize::from(inner.height);
    let shown = detail
        .lines
        .iter()
        .skip(detail.scroll)
        .take(height)
        .map(|l| styled(l, theme));
    super::rows(buf, shown, inner);
    if let Some(flag) = &detail.flag {
        draw_flag(buf, theme, flag, inner, detail.scroll);
    }
    super::scrollbar(buf, theme, detail.area, detail.scroll, detail.max_scroll);
}

/// The flag in the top right corner of `inner`, scrolling with the text beside it.
fn draw_flag(buf: &mut Buffer, theme: &Theme, flag: &flags::Flag, inner: Rect, scroll: usize) {
    let width = u16::try_from(flags::COLS).unwrap_or(u16::MAX);
    if inner.width < width + 10 {
        return;
    }
    let x0 = inner.right() - width;
    for (r, row) in flag.iter().enumerate().skip(scroll) {
        let y = inner.y + u16::try_from(r - scroll).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            break;
        }
        for (c, cell) in row.iter().enumerate() {
            let x = x0 + u16::try_from(c).unwrap_or(0);
            if let Some(target) = buf.cell_mut((x, y)) {
                paint_flag_cell(target, cell, theme);
            }
        }
    }
}
