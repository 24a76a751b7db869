//! Keys as a visitor presses them: through the real key table, then `update`.

use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use partner_cities::action::Msg;
use partner_cities::app::App;
use partner_cities::keymap;

/// Presses keys through the key table and `update`, as actions from no particular time.
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

/// A key as the event loop delivers it: a visitor's input at `now`, which also counts
/// for the kiosk's idle timer and stops the tour.
pub fn key_at(app: &mut App, now: Instant, code: KeyCode, modifiers: KeyModifiers) {
    let action = keymap::action_for(app.mode(), KeyEvent::new(code, modifiers));
    app.update(Msg::Input { at: now, action });
}
