//! What a terminal event asks of the app: a key through the key table, a click or a turn of
//! the wheel through the plan of the frame it landed on, a tap on the touch screen as the
//! click it stands for.

use std::time::Instant;

use crossterm::event::{
    Event, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use crate::action::Msg;
use crate::keymap::{self, Mode};
use crate::plan::Plan;
use crate::touch::Gesture;

/// The message for `event` at `now`, in the app's `mode`, on the frame `plan` drew; `None`
/// for what is no visitor's doing (a resize, the pointer moving, a button let go), which
/// only asks for the next frame.
pub fn message(event: &Event, mode: Mode, plan: &Plan, now: Instant) -> Option<Msg> {
    let action = match event {
        // Letting a key go is no visitor's doing (it would stop what speech had just
        // begun to say about the press).
        Event::Key(key) if key.kind == KeyEventKind::Release => return None,
        Event::Key(key) => match keymap::action_for(mode, *key) {
            // A held key that does nothing more is no new input (it would stop speech at
            // every repeat).
            None if key.kind == KeyEventKind::Repeat => return None,
            action => action,
        },
        Event::Mouse(mouse) => {
            let at = Position::new(mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => plan.click(at),
                MouseEventKind::ScrollDown => plan.wheel(at, true),
                MouseEventKind::ScrollUp => plan.wheel(at, false),
                // Other buttons count as a visitor's doing, though they ask for nothing.
                MouseEventKind::Down(_) => None,
                _ => return None,
            }
        }
        // A visitor's paste counts as activity; its text is not typed.
        Event::Paste(_) => None,
        Event::Resize(..) | Event::FocusGained | Event::FocusLost => return None,
    };
    // A visitor's key, click, wheel turn or paste: it counts as activity (it postpones the
    // idle reset, stops the tour) even when it asks for nothing.
    let repeat = matches!(event, Event::Key(key) if key.kind == KeyEventKind::Repeat);
    Some(Msg::Input {
        at: now,
        action,
        repeat,
    })
}

/// A gesture on the touch screen as the terminal would report the mouse doing it on a
/// screen of `screen`: a left click, or a turn of the wheel, on the cell under the finger.
pub fn touch_event(gesture: Gesture, screen: Rect) -> Event {
    let cell = |fraction: f64, cells: u16| {
        let last = cells.saturating_sub(1);
        ((fraction * f64::from(cells)).floor().max(0.0) as u16).min(last)
    };
    let (x, y, kind) = match gesture {
        Gesture::Tap { x, y } => (x, y, MouseEventKind::Down(MouseButton::Left)),
        Gesture::Swipe { x, y, down: true } => (x, y, MouseEventKind::ScrollDown),
        Gesture::Swipe { x, y, down: false } => (x, y, MouseEventKind::ScrollUp),
    };
    Event::Mouse(MouseEvent {
        kind,
        column: cell(x, screen.width),
        row: cell(y, screen.height),
        modifiers: KeyModifiers::NONE,
    })
}
