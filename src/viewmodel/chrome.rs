//! The screen's furniture as text and places: header, footer buttons, help and the
//! language list. Pure geometry and strings, shared by drawing and mouse hit-testing.

use ratatui::layout::Rect;

use super::list::wrap_tone;
use crate::action::{Action, Focus, View};
use crate::app::App;
use crate::content::{StyledLine, Tone};
use crate::keymap;
use crate::layout;

/// A key hint in the footer, which is also a button for its action.
#[derive(Debug, Clone, PartialEq)]
pub struct FooterItem {
    pub area: Rect,
    pub keys: String,
    pub label: String,
    pub action: Action,
}

/// The help overlay's area: centred, at most 64 columns wide.
pub fn help_area(app: &App) -> Rect {
    let width = app.area().width.min(64);
    let height = app
        .area()
        .height
        .saturating_sub(2)
        .max(app.area().height.min(3));
    Rect {
        x: app.area().x + (app.area().width - width) / 2,
        y: app.area().y + (app.area().height - height) / 2,
        width,
        height,
    }
}

/// The help text, generated from the key table.
pub fn help_lines(app: &App) -> Vec<StyledLine> {
    let width = usize::from(layout::inner(help_area(app)).width);
    let key_width = 16.min(width / 3);
    let mut lines = Vec::new();
    for (scope, hints) in keymap::help_sections(app.mode(), app.glyphs()) {
        if !lines.is_empty() {
            lines.push(StyledLine::default());
        }
        lines.extend(wrap_tone(&app.tr(scope.message_id()), width, Tone::Heading));
        for hint in hints {
            let keys = hint.keys.join(" ");
            let label = app.tr(hint.label);
            let pad = key_width.saturating_sub(layout::cells(&keys).into());
            let text = format!("{keys}{} {label}", " ".repeat(pad));
            for (n, line) in wrap_tone(&text, width, Tone::Body).into_iter().enumerate() {
                let text = line.text();
                if n == 0 && text.starts_with(&keys) {
                    let rest = text[keys.len()..].to_string();
                    lines.push(StyledLine(vec![
                        (Tone::Label, keys.clone()),
                        (Tone::Body, rest),
                    ]));
                } else {
                    lines.push(line);
                }
            }
        }
        if scope == keymap::Scope::Filter {
            lines.extend(wrap_tone(
                &format!("{:key_width$} {}", "a–z", app.tr("action-filter-type")),
                width,
                Tone::Body,
            ));
        }
    }
    lines.push(StyledLine::default());
    lines.extend(wrap_tone(&app.tr("help-mouse"), width, Tone::Muted));
    lines.push(StyledLine::default());
    lines.extend(wrap_tone(&app.tr("help-credit-map"), width, Tone::Muted));
    lines
}

pub fn max_help_scroll(app: &App) -> usize {
    let height = usize::from(layout::inner(help_area(app)).height);
    help_lines(app).len().saturating_sub(height)
}

/// The language list: a box in the top right corner under the language name.
pub fn languages_area(app: &App) -> Rect {
    let rows = language_names(app);
    let widest = rows.iter().map(|n| layout::cells(n)).max().unwrap_or(0);
    // Rows are as wide as the box, so each is an easy target for a finger.
    let width = (widest + 6).max(16).min(app.area().width);
    let height = (u16::try_from(rows.len()).unwrap_or(u16::MAX) + 2)
        .min(app.area().height.saturating_sub(1));
    Rect {
        x: app.area().right().saturating_sub(width),
        y: app.area().y + 1.min(app.area().height.saturating_sub(height)),
        width,
        height,
    }
}

/// Each usable language by its own name.
pub fn language_names(app: &App) -> Vec<String> {
    app.i18n()
        .usable(app.glyphs())
        .into_iter()
        .map(|code| app.i18n().tr(code, "language-name"))
        .collect()
}

/// The language list's rows with their areas (those that fit).
pub fn language_rows(app: &App) -> Vec<(String, Rect)> {
    let inner = layout::inner(languages_area(app));
    language_names(app).into_iter().zip(inner.rows()).collect()
}

/// The search prompt at the footer's left while a search is typed or kept.
pub fn footer_prompt(app: &App, area: Rect) -> Option<(String, Rect)> {
    let typing = app.focus() == Focus::Search;
    if !typing && app.filter().is_empty() {
        return None;
    }
    let cursor = if typing { "▏" } else { "" };
    let text = format!(" {}: {}{cursor} ", app.tr("filter-prompt"), app.filter());
    let width = layout::cells(&text).min(area.width);
    Some((text, Rect { width, ..area }))
}

/// The footer's hints as they fit in `area`: help and (outside kiosk mode) quit first,
/// then the others in table order while whole hints fit.
pub fn footer_items(app: &App, area: Rect) -> Vec<FooterItem> {
    let hints = keymap::footer_hints(app.mode(), app.glyphs());
    let essential = |a: Action| matches!(a, Action::ToggleHelp | Action::Quit);
    let order = (0..hints.len())
        .filter(|&i| essential(hints[i].action))
        .chain((0..hints.len()).filter(|&i| !essential(hints[i].action)));
    let mut used = footer_prompt(app, area).map_or(0, |(_, r)| r.width);
    let mut shown = vec![None; hints.len()];
    for i in order {
        let keys = hints[i].keys.join("/");
        let label = app.tr(hints[i].label);
        let width = layout::cells(&keys)
            .saturating_add(layout::cells(&label))
            .saturating_add(3);
        if used.saturating_add(width) > area.width {
            // Later hints matter less; skipping to a shorter one would reorder them.
            break;
        }
        used += width;
        shown[i] = Some((keys, label, width));
    }
    let mut x = area.x + footer_prompt(app, area).map_or(0, |(_, r)| r.width);
    let mut items = Vec::new();
    for (hint, slot) in hints.iter().zip(shown) {
        if let Some((keys, label, width)) = slot {
            items.push(FooterItem {
                area: Rect::new(x, area.y, width, 1),
                keys,
                label,
                action: hint.action,
            });
            x += width;
        }
    }
    items
}

/// Texts of the header, in drawing order: title, tab labels, language name.
pub fn header_texts(app: &App) -> (String, Vec<String>, String) {
    let tabs = View::ALL
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{} {}", i + 1, app.tr(v.message_id())))
        .collect();
    (app.tr("app-title"), tabs, app.tr("language-name"))
}

pub fn header_layout(app: &App, area: Rect) -> layout::Header {
    let (title, tabs, language) = header_texts(app);
    layout::header(area, &title, &tabs, &language)
}
