//! The idle warning: the screen is about to return to the start, unless the visitor
//! answers. Drawn over everything, in the selection's colours so that it cannot be missed.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Padding, Paragraph, Widget};

use super::{Theme, pane};
use crate::plan::chrome::Warning;

pub fn draw(buf: &mut Buffer, theme: &Theme, warning: &Warning) {
    // A blank cell around the box, so that what lies under it does not run into its
    // border (found in the VM: "Polanica" cut against it), and one inside it.
    Clear.render(cleared(warning, buf.area), buf);
    let lines: Vec<Line> = warning
        .lines
        .iter()
        .map(|l| Line::styled(l.clone(), theme.title))
        .collect();
    Paragraph::new(lines)
        .block(pane(warning.title.clone(), true, theme).padding(Padding::horizontal(1)))
        .render(warning.area, buf);
}

/// What the warning clears on a screen of `screen`: its box and a cell at each side.
pub fn cleared(warning: &Warning, screen: Rect) -> Rect {
    warning.area.outer(Margin::new(1, 0)).intersection(screen)
}
