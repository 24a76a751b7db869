//! The header (title, view tabs, language) and the footer (key hints from the key table).
//! Each piece is one row, drawn as a span or a line widget.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use ratatui::layout::Rect;
use ratatui::widgets::Block;

use super::Theme;
use crate::plan::chrome::{Bar, Footer, Header};

pub fn header(buf: &mut Buffer, theme: &Theme, header: &Header) {
    if let Some((r, title)) = &header.title {
        Span::styled(format!(" {title}"), theme.title).render(*r, buf);
    }
    // Tabs and buttons alike: the active tab, or a button whose setting is on, reversed.
    let button = |buf: &mut Buffer, label: &str, area, on, style| {
        let style = if on { theme.tab_active } else { style };
        Span::styled(format!(" {label} "), style).render(area, buf);
    };
    for tab in &header.tabs {
        button(buf, &tab.label, tab.area, tab.active, theme.tab);
    }
    for b in &header.buttons {
        button(buf, &b.label, b.area, b.on, theme.key);
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

/// The languages' bar: each language a button, framed where it is three rows high; the
/// one on screen in the active tab's style.
pub fn bar(buf: &mut Buffer, theme: &Theme, bar: &Bar) {
    for target in &bar.targets {
        let (frame, text) = if target.area.height >= 3 {
            let style = if target.active {
                theme.border_focused
            } else {
                theme.border
            };
            Block::bordered()
                .border_style(style)
                .render(target.area, buf);
            (
                true,
                Rect::new(
                    target.area.x + 1,
                    target.area.y + 1,
                    target.area.width - 2,
                    1,
                ),
            )
        } else {
            (
                false,
                Rect {
                    height: 1,
                    ..target.area
                },
            )
        };
        let name_style = if target.active {
            theme.tab_active
        } else {
            theme.base
        };
        let key_style = if target.active {
            theme.tab_active
        } else {
            theme.key
        };
        let mut spans = Vec::new();
        if !frame {
            spans.push(Span::styled(" ", name_style));
        }
        if let Some(key) = &target.key {
            spans.push(Span::styled(key.as_str(), key_style));
            spans.push(Span::styled(" ", name_style));
        }
        spans.push(Span::styled(target.name.as_str(), name_style));
        if !frame {
            spans.push(Span::styled(" ", name_style));
        }
        Line::from(spans).render(text, buf);
    }
}
