//! The `?` overlay: every key binding, generated from the key table.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, pane, styled};
use crate::app::App;
use crate::layout;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = app.help_area();
    frame.render_widget(Clear, area);
    frame.render_widget(pane(app.tr("pane-help"), true, theme), area);
    let inner = layout::inner(area);
    let lines: Vec<Line> = app
        .help_lines()
        .iter()
        .skip(app.help_scroll)
        .take(inner.height.into())
        .map(|l| styled(l, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
