//! The language list opened by a click on the language name: each language by its own name.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, pane};
use crate::action::Overlay;
use crate::app::App;
use crate::viewmodel;

pub fn draw(buf: &mut Buffer, app: &App, theme: &Theme) {
    let area = viewmodel::chrome::languages_area(app);
    Clear.render(area, buf);
    pane(app.tr("pane-language"), true, theme).render(area, buf);
    for (i, (name, row)) in viewmodel::chrome::language_rows(app)
        .into_iter()
        .enumerate()
    {
        let highlighted = app.overlay() == Overlay::Languages { row: i };
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
        Paragraph::new(line).render(row, buf);
    }
}
