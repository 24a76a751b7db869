//! The idle warning: the screen is about to return to the start, unless the visitor
//! answers. Drawn over everything, in the selection's colours so that it cannot be missed.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, pane};
use crate::plan::chrome::Warning;

pub fn draw(buf: &mut Buffer, theme: &Theme, warning: &Warning) {
    Clear.render(warning.area, buf);
    let lines: Vec<Line> = warning
        .lines
        .iter()
        .map(|l| Line::styled(l.clone(), theme.title))
        .collect();
    Paragraph::new(lines)
        .block(pane(warning.title.clone(), true, theme))
        .render(warning.area, buf);
}
