//! The right (or lower) pane: everything about the selected town or event, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{Theme, pane, styled};
use crate::action::View;
use crate::app::App;
use crate::layout;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let title = match app.view {
        View::Cities | View::Map => app.tr("pane-detail"),
        View::Timeline => app.tr("pane-event"),
    };
    frame.render_widget(pane(title, app.detail_focused && !app.help, theme), area);
    let inner = layout::inner(area);
    let lines = app.detail_lines();
    if lines.is_empty() {
        let message = app.empty_message();
        let wrapped = crate::content::wrap(
            &message,
            inner.width.into(),
            "",
            "",
            crate::content::Tone::Muted,
        );
        let shown: Vec<Line> = wrapped.iter().map(|l| styled(l, theme)).collect();
        frame.render_widget(Paragraph::new(shown), inner);
        return;
    }
    let height = usize::from(inner.height);
    let shown: Vec<Line> = lines
        .iter()
        .skip(app.detail_scroll)
        .take(height)
        .map(|l| styled(l, theme))
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
    if lines.len() > height {
        // On the border, so it never covers text.
        let mut state = ScrollbarState::new(lines.len() - height).position(app.detail_scroll);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .style(theme.border);
        frame.render_stateful_widget(
            bar,
            area.inner(ratatui::layout::Margin::new(0, 1)),
            &mut state,
        );
    }
}
