//! The `?` overlay: every key binding, generated from the key table.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, pane, styled};
use crate::action::Overlay;
use crate::app::App;
use crate::layout;
use crate::viewmodel;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = viewmodel::chrome::help_area(app);
    frame.render_widget(Clear, area);
    frame.render_widget(pane(app.tr("pane-help"), true, theme), area);
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
    frame.render_widget(Paragraph::new(lines), inner);
}
