//! The header (title, view tabs, language) and the footer (key hints from the key table).
//! Each piece is one row, drawn as a span or a line widget (no `Paragraph` and its line
//! composer for a single row).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Theme;
use crate::action::View;
use crate::app::App;
use crate::viewmodel;

pub fn header(buf: &mut Buffer, app: &App, theme: &Theme, area: Rect) {
    let (title, tabs, language) = viewmodel::chrome::header_texts(app);
    let places = viewmodel::chrome::header_layout(app, area);
    if let Some(r) = places.title {
        Span::styled(format!(" {title}"), theme.title).render(r, buf);
    }
    for ((label, r), view) in tabs.iter().zip(places.tabs).zip(View::ALL) {
        let style = if view == app.view() {
            theme.tab_active
        } else {
            theme.tab
        };
        Span::styled(format!(" {label} "), style).render(r, buf);
    }
    if let Some(r) = places.language {
        Span::styled(format!(" {language} "), theme.muted).render(r, buf);
    }
}

/// The footer: while searching, the query; then key hints, each also a button; during
/// the attract tour, an invitation to touch the screen.
pub fn footer(buf: &mut Buffer, app: &App, theme: &Theme, area: Rect) {
    let banner = match (app.notice(), app.touring()) {
        (Some(notice), _) => Some(notice.to_owned()),
        (None, true) => Some(app.tr("tour-hint")),
        (None, false) => None,
    };
    if let Some(text) = banner {
        Span::styled(format!(" {text}"), theme.key).render(area, buf);
        return;
    }
    if let Some((text, r)) = viewmodel::chrome::footer_prompt(app, area) {
        Span::styled(text, theme.filter).render(r, buf);
    }
    for item in viewmodel::chrome::footer_items(app, area) {
        let line = Line::from(vec![
            Span::raw(" "),
            Span::styled(item.keys, theme.key),
            Span::styled(format!(" {} ", item.label), theme.muted),
        ]);
        line.render(item.area, buf);
    }
}
