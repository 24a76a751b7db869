//! The language list opened by a click on the language name: each language by its own name.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{Theme, pane};
use crate::plan::chrome::Languages;

pub fn draw(buf: &mut Buffer, theme: &Theme, languages: &Languages) {
    Clear.render(languages.area, buf);
    pane(languages.title.clone(), true, theme).render(languages.area, buf);
    for (i, (_, name, row)) in languages.rows.iter().enumerate() {
        let highlighted = languages.highlighted == i;
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
        Paragraph::new(line).render(*row, buf);
    }
}
