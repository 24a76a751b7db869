//! What a terminal event asks of the app: a key through the key table, a click or a turn of
//! the wheel through the plan of the frame it landed on, a tap on the touch screen as the
//! click it stands for.

use std::time::{Duration, Instant};

use crossterm::event::{
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
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
        // A modifier or lock key alone (reported with the kitty keyboard protocol) is no
        // input, as in terminals that do not report it: Shift on its way to `?` does not
        // stop the tour or what speech is saying.
        Event::Key(key)
            if matches!(
                key.code,
                KeyCode::Modifier(_) | KeyCode::CapsLock | KeyCode::NumLock | KeyCode::ScrollLock
            ) =>
        {
            return None;
        }
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

/// How long after a tap read from the touch screen a click on the same cell is taken for
/// the terminal's report of that same tap.
pub const TAP_ECHO: Duration = Duration::from_millis(500);

/// Taps read from the touch screen (`--touch`), remembered so that a terminal that also
/// reports them as clicks (foot from 1.16 may, with a compositor that passes touches on)
/// does not make one tap act twice.
#[derive(Debug, Default)]
pub struct Taps {
    last: Option<(u16, u16, Instant)>,
}

impl Taps {
    /// A tap read from the touch screen, drawn as `event`, at `now`.
    pub fn tapped(&mut self, event: &Event, now: Instant) {
        if let Event::Mouse(m) = event {
            self.last = Some((m.column, m.row, now));
        }
    }

    /// Whether the terminal's `event` at `now` is the echo of the last tap: a press of the
    /// left button on its cell, soon after it.
    pub fn is_echo(&self, event: &Event, now: Instant) -> bool {
        match (event, self.last) {
            (Event::Mouse(m), Some((column, row, at))) => {
                m.kind == MouseEventKind::Down(MouseButton::Left)
                    && (m.column, m.row) == (column, row)
                    && now.saturating_duration_since(at) < TAP_ECHO
            }
            _ => false,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn click(column: u16, row: u16) -> Event {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    }

    #[test]
    fn a_modifier_key_alone_is_no_input() {
        use crossterm::event::{KeyEvent, ModifierKeyCode};
        let mode = Mode {
            kiosk: true,
            text_sizes: false,
            view: crate::action::View::Cities,
            overlay: crate::action::Overlay::None,
            focus: crate::action::Focus::List,
        };
        let plan = Plan {
            area: Rect::new(0, 0, 80, 24),
            parts: None,
            extents: crate::action::Extents::default(),
        };
        let now = Instant::now();
        for code in [
            KeyCode::Modifier(ModifierKeyCode::LeftShift),
            KeyCode::Modifier(ModifierKeyCode::IsoLevel3Shift),
            KeyCode::CapsLock,
        ] {
            let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
            assert!(message(&event, mode, &plan, now).is_none(), "{code:?}");
        }
        // Any other key is a visitor's input, even one bound to nothing.
        let f5 = Event::Key(KeyEvent::new(KeyCode::F(5), KeyModifiers::NONE));
        assert!(message(&f5, mode, &plan, now).is_some());
    }

    #[test]
    fn a_click_on_a_tapped_cell_just_after_the_tap_is_its_echo() {
        let t0 = Instant::now();
        let mut taps = Taps::default();
        assert!(!taps.is_echo(&click(5, 8), t0), "no tap yet");
        let tap = touch_event(Gesture::Tap { x: 0.5, y: 0.5 }, Rect::new(0, 0, 80, 24));
        taps.tapped(&tap, t0);
        let ms = Duration::from_millis;
        assert!(taps.is_echo(&click(40, 12), t0 + ms(30)));
        assert!(!taps.is_echo(&click(41, 12), t0 + ms(30)), "another cell");
        assert!(
            !taps.is_echo(&click(40, 12), t0 + TAP_ECHO),
            "a tap of its own"
        );
    }
}
