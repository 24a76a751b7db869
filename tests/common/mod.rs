//! Shared set-up for integration tests: the embedded data, a fixed today, real keys.
#![allow(dead_code)]

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
    App::new(data, I18n::new().expect("messages"), settings, now)
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
