//! The screen's furniture as text and places: header, footer buttons, help and the
//! language list. Pure geometry and strings, shared by drawing and mouse hit-testing.

use ratatui::layout::Rect;

use super::App;
use super::rows::wrap_tone;
use crate::action::{Action, View};
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

impl App {
    /// The help overlay's area: centred, at most 64 columns wide.
    pub fn help_area(&self) -> Rect {
        let width = self.area.width.min(64);
        let height = self
            .area
            .height
            .saturating_sub(2)
            .max(self.area.height.min(3));
        Rect {
            x: self.area.x + (self.area.width - width) / 2,
            y: self.area.y + (self.area.height - height) / 2,
            width,
            height,
        }
    }

    /// The help text, generated from the key table.
    pub fn help_lines(&self) -> Vec<StyledLine> {
        let width = usize::from(layout::inner(self.help_area()).width);
        let key_width = 16.min(width / 3);
        let mut lines = Vec::new();
        for (scope, hints) in keymap::help_sections(self.mode(), self.glyphs) {
            if !lines.is_empty() {
                lines.push(StyledLine::default());
            }
            lines.extend(wrap_tone(
                &self.tr(scope.message_id()),
                width,
                Tone::Heading,
            ));
            for hint in hints {
                let keys = hint.keys.join(" ");
                let label = self.tr(hint.label);
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
                    &format!("{:key_width$} {}", "a–z", self.tr("action-filter-type")),
                    width,
                    Tone::Body,
                ));
            }
        }
        lines.push(StyledLine::default());
        lines.extend(wrap_tone(&self.tr("help-mouse"), width, Tone::Muted));
        lines
    }

    pub(super) fn max_help_scroll(&self) -> usize {
        let height = usize::from(layout::inner(self.help_area()).height);
        self.help_lines().len().saturating_sub(height)
    }

    /// The language list: a box in the top right corner under the language name.
    pub fn languages_area(&self) -> Rect {
        let rows = self.language_names();
        let widest = rows.iter().map(|n| layout::cells(n)).max().unwrap_or(0);
        // Rows are as wide as the box, so each is an easy target for a finger.
        let width = (widest + 6).max(16).min(self.area.width);
        let height = (u16::try_from(rows.len()).unwrap_or(u16::MAX) + 2)
            .min(self.area.height.saturating_sub(1));
        Rect {
            x: self.area.right().saturating_sub(width),
            y: self.area.y + 1.min(self.area.height.saturating_sub(height)),
            width,
            height,
        }
    }

    /// Each usable language by its own name.
    pub fn language_names(&self) -> Vec<String> {
        self.i18n
            .usable(self.glyphs)
            .into_iter()
            .map(|code| self.i18n.tr(code, "language-name"))
            .collect()
    }

    /// The language list's rows with their areas (those that fit).
    pub fn language_rows(&self) -> Vec<(String, Rect)> {
        let inner = layout::inner(self.languages_area());
        self.language_names()
            .into_iter()
            .zip(inner.rows())
            .collect()
    }

    /// The search prompt at the footer's left while a search is typed or kept.
    pub fn footer_prompt(&self, area: Rect) -> Option<(String, Rect)> {
        if !self.filtering && self.filter.is_empty() {
            return None;
        }
        let cursor = if self.filtering { "▏" } else { "" };
        let text = format!(" {}: {}{cursor} ", self.tr("filter-prompt"), self.filter);
        let width = layout::cells(&text).min(area.width);
        Some((text, Rect { width, ..area }))
    }

    /// The footer's hints as they fit in `area`: help and (outside kiosk mode) quit first,
    /// then the others in table order while whole hints fit.
    pub fn footer_items(&self, area: Rect) -> Vec<FooterItem> {
        let hints = keymap::footer_hints(self.mode(), self.glyphs);
        let essential = |a: Action| matches!(a, Action::ToggleHelp | Action::Quit);
        let order = (0..hints.len())
            .filter(|&i| essential(hints[i].action))
            .chain((0..hints.len()).filter(|&i| !essential(hints[i].action)));
        let mut used = self.footer_prompt(area).map_or(0, |(_, r)| r.width);
        let mut shown = vec![None; hints.len()];
        for i in order {
            let keys = hints[i].keys.join("/");
            let label = self.tr(hints[i].label);
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
        let mut x = area.x + self.footer_prompt(area).map_or(0, |(_, r)| r.width);
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
    pub fn header_texts(&self) -> (String, Vec<String>, String) {
        let tabs = View::ALL
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{} {}", i + 1, self.tr(v.message_id())))
            .collect();
        (self.tr("app-title"), tabs, self.tr("language-name"))
    }

    pub fn header_layout(&self, area: Rect) -> layout::Header {
        let (title, tabs, language) = self.header_texts();
        layout::header(area, &title, &tabs, &language)
    }
}
