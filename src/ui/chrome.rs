//! The header (title, view tabs, language) and the footer (key hints from the key table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::action::{Action, View};
use crate::app::App;
use crate::keymap;
use crate::layout;

pub fn header(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let (title, tabs, language) = app.header_texts();
    let places = app.header_layout(area);
    if let Some(r) = places.title {
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {title}"), theme.title)),
            r,
        );
    }
    for ((label, r), view) in tabs.iter().zip(places.tabs).zip(View::ALL) {
        let style = if view == app.view {
            theme.tab_active
        } else {
            theme.tab
        };
        frame.render_widget(Paragraph::new(Span::styled(format!(" {label} "), style)), r);
    }
    if let Some(r) = places.language {
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {language} "), theme.muted)),
            r,
        );
    }
}

/// Key hints for the current mode, as many whole hints as fit; while searching, the query.
pub fn footer(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let width = usize::from(area.width);
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    if app.filtering || !app.filter.is_empty() {
        let text = format!(
            " {}: {}{} ",
            app.tr("filter-prompt"),
            app.filter,
            if app.filtering { "▏" } else { "" }
        );
        used += usize::from(layout::cells(&text));
        spans.push(Span::styled(text, theme.filter));
    }
    let hints = keymap::footer_hints(app.mode());
    let texts: Vec<(String, String)> = hints
        .iter()
        .map(|h| (h.keys.join("/"), app.tr(h.label)))
        .collect();
    // How to get help and how to leave must always be visible: they get room first, then
    // the others in table order as long as whole hints fit.
    let essential = |a: Action| matches!(a, Action::ToggleHelp | Action::Quit);
    let order = (0..hints.len())
        .filter(|&i| essential(hints[i].action))
        .chain((0..hints.len()).filter(|&i| !essential(hints[i].action)));
    let mut shown = vec![false; hints.len()];
    for i in order {
        let (keys, label) = &texts[i];
        let w = usize::from(layout::cells(keys)) + usize::from(layout::cells(label)) + 3;
        if used + w > width {
            // Later hints are less important; skipping to a shorter one would reorder them.
            break;
        }
        used += w;
        shown[i] = true;
    }
    for ((keys, label), _) in texts.into_iter().zip(shown).filter(|(_, s)| *s) {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {label} "), theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
