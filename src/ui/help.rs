//! The `?` overlay: every key binding, generated from the key table.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, pane, styled};
use crate::action::Overlay;
use crate::app::App;
use crate::layout;
use crate::viewmodel;

pub fn draw(buf: &mut Buffer, app: &App, theme: &Theme) {
    let area = viewmodel::chrome::help_area(app);
    Clear.render(area, buf);
    pane(app.tr("pane-help"), true, theme).render(area, buf);
    let inner = layout::inner(area);
    let scroll = match app.overlay() {
        Overlay::Help { scroll } => scroll,
        _ => 0,
    };
    let lines: Vec<Line> = viewmodel::chrome::help_lines(app)
        .iter()
        .skip(scroll)
        .take(inner.height.into())
        .map(|l| styled(l, theme))
        .collect();
    Paragraph::new(lines).render(inner, buf);
}
