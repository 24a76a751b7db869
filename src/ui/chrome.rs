//! The header (title, view tabs, language) and the footer (key hints from the key table).
//! Each piece is one row, drawn as a span or a line widget.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Theme;
use crate::plan::chrome::{Footer, Header};

pub fn header(buf: &mut Buffer, theme: &Theme, header: &Header) {
    if let Some((r, title)) = &header.title {
        Span::styled(format!(" {title}"), theme.title).render(*r, buf);
    }
    for tab in &header.tabs {
        let style = if tab.active {
            theme.tab_active
        } else {
            theme.tab
        };
        Span::styled(format!(" {} ", tab.label), style).render(tab.area, buf);
    }
    if let Some((r, language)) = &header.language {
        Span::styled(format!(" {language} "), theme.muted).render(*r, buf);
    }
}

/// The footer: a banner, or while searching the query, then key hints, each also a button.
pub fn footer(buf: &mut Buffer, theme: &Theme, footer: &Footer) {
    if let Some(text) = &footer.banner {
        Span::styled(format!(" {text}"), theme.key).render(footer.area, buf);
        return;
    }
    if let Some((text, r)) = &footer.prompt {
        Span::styled(text.as_str(), theme.filter).render(*r, buf);
    }
    for item in &footer.items {
        let line = Line::from(vec![
            Span::raw(" "),
            Span::styled(item.keys.as_str(), theme.key),
            Span::styled(format!(" {} ", item.label), theme.muted),
        ]);
        line.render(item.area, buf);
    }
}
