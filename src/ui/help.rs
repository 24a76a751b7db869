//! The `?` overlay: every key binding, generated from the key table.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, pane, styled};
use crate::layout;
use crate::plan::chrome::Help;

pub fn draw(buf: &mut Buffer, theme: &Theme, help: &Help) {
    Clear.render(help.area, buf);
    pane(help.title.clone(), true, theme).render(help.area, buf);
    let inner = layout::inner(help.area);
    let lines: Vec<Line> = help
        .lines
        .iter()
        .skip(help.scroll)
        .take(inner.height.into())
        .map(|l| styled(l, theme))
        .collect();
    Paragraph::new(lines).render(inner, buf);
    super::scrollbar(buf, theme, help.area, help.scroll, help.max_scroll);
}
