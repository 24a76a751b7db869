//! Keys as a visitor presses them: through the real key table, then `update`.

use std::time::Instant;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::apps::Tui;

/// Presses keys through the key table and `update`, as the event loop does.
pub fn press(app: &mut Tui, keys: &[KeyCode]) {
    for code in keys {
        key_at(app, Instant::now(), *code, KeyModifiers::NONE);
    }
}

pub fn type_text(app: &mut Tui, text: &str) {
    let keys: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
    press(app, &keys);
}

/// A key as the event loop delivers it: a visitor's input at `now`, which also counts
/// for the kiosk's idle timer and stops the tour.
pub fn key_at(app: &mut Tui, now: Instant, code: KeyCode, modifiers: KeyModifiers) {
    app.event(&Event::Key(KeyEvent::new(code, modifiers)), now);
}
