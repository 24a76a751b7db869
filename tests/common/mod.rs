//! Shared set-up for integration tests: the embedded data, a fixed today, real keys.
#![allow(dead_code)]

pub mod hostile;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::time::Instant;

use partner_cities::app::{App, Settings};
use partner_cities::data::{self, PartialDate};
use partner_cities::i18n::I18n;
use partner_cities::{EMBEDDED_DATA, keymap};
use ratatui::layout::Rect;

pub const TODAY: &str = "2026-11-23";

pub fn settings(lang: &'static str, width: u16, height: u16) -> Settings {
    let today: PartialDate = TODAY.parse().expect("valid date");
    Settings::interactive(lang, today, Rect::new(0, 0, width, height))
}

pub fn app(lang: &'static str, width: u16, height: u16) -> App {
    app_with(settings(lang, width, height), Instant::now())
}

pub fn app_with(settings: Settings, now: Instant) -> App {
    let data = data::load(data::EMBEDDED_NAME, EMBEDDED_DATA).expect("embedded data is valid");
    App::new(data, I18n::new(), settings, now)
}

/// Presses keys through the real key table and `update`.
pub fn press(app: &mut App, keys: &[KeyCode]) {
    for code in keys {
        let key = KeyEvent::new(*code, KeyModifiers::NONE);
        if let Some(action) = keymap::action_for(app.mode(), key) {
            app.update(action);
        }
    }
}

pub fn type_text(app: &mut App, text: &str) {
    let keys: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
    press(app, &keys);
}

pub fn partner_index(app: &App, id: &str) -> usize {
    app.data
        .partners
        .iter()
        .position(|p| p.id == id)
        .expect("partner exists")
}

/// The list pane as drawn: its height, the lines of the rows built before the last one,
/// and the line the selected row starts on, if it was built.
pub struct ListWindow {
    pub height: usize,
    pub before_last: usize,
    pub selected_at: Option<usize>,
}

pub fn list_window(app: &App) -> ListWindow {
    let items = app.list_items();
    let selected = app.selected();
    let mut line = 0;
    let mut selected_at = None;
    for item in &items {
        if item.target.is_some() && item.target == selected {
            selected_at = Some(line);
        }
        line += item.lines.len();
    }
    ListWindow {
        height: app.list_inner_height(),
        before_last: line - items.last().map_or(0, |i| i.lines.len()),
        selected_at,
    }
}
