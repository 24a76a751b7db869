//! Colours and text attributes, by role. Passed to the view; nothing reads it globally.

use ratatui::style::{Color, Modifier, Style};

use crate::content::Tone;

#[derive(Debug, Clone)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub subtitle: Style,
    pub heading: Style,
    pub label: Style,
    pub muted: Style,
    pub border: Style,
    pub border_focused: Style,
    pub selected: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub filter: Style,
}

impl Theme {
    /// Uses only the 8 basic ANSI colours, so it looks the same on the Linux console.
    pub fn standard() -> Self {
        Theme {
            base: Style::new(),
            title: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            subtitle: Style::new().add_modifier(Modifier::ITALIC),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            label: Style::new().fg(Color::Cyan),
            muted: Style::new().fg(Color::Gray),
            border: Style::new().fg(Color::Gray),
            border_focused: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            tab: Style::new(),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            filter: Style::new().fg(Color::Yellow),
        }
    }

    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Title => self.title,
            Tone::Subtitle => self.subtitle,
            Tone::Heading => self.heading,
            Tone::Label => self.label,
            Tone::Body => self.base,
            Tone::Muted => self.muted,
        }
    }
}
