//! The language list opened by a click on the language name: each language by its own name.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, pane};
use crate::app::App;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = app.languages_area();
    frame.render_widget(Clear, area);
    frame.render_widget(pane(app.tr("pane-language"), true, theme), area);
    for (i, (name, row)) in app.language_rows().into_iter().enumerate() {
        let highlighted = app.languages == Some(i);
        let (marker, style) = if highlighted {
            ("▶ ", theme.selected)
        } else {
            ("  ", theme.base)
        };
        let text = format!("{marker}{name}");
        let line = Line::from(Span::styled(text, style));
        let line = if highlighted {
            line.style(theme.selected)
        } else {
            line
        };
        frame.render_widget(Paragraph::new(line), row);
    }
}
