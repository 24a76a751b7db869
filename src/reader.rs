//! Input from the terminal: its bytes read here, parsed into events by termina's parser,
//! and handed on as crossterm's events (the vocabulary of the rest of the program).
//!
//! Why not crossterm's own reader: it holds every byte after an unfinished escape sequence
//! for good. A visitor's Alt-[ (`ESC [`) followed by `2 0 0 ~` starts a bracketed paste
//! that never ends, and every later key and click went into it (crossterm issue #1060: its
//! parser has no time-out and no way to be reset). Here the parser is ours, and whatever
//! is still unfinished after [`UNFINISHED`] without another byte is dropped: a terminal
//! writes a sequence in one go, a visitor types more slowly.

use std::time::Duration;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MediaKeyCode,
    ModifierKeyCode, MouseButton, MouseEvent, MouseEventKind,
};
use termina::event as t;

/// How long a sequence may wait for its next byte before it is dropped. Far longer than a
/// terminal takes between the bytes of one sequence; far shorter than a visitor's next key.
pub const UNFINISHED: Duration = Duration::from_millis(100);

/// Bytes to events, dropping what stays unfinished.
#[derive(Debug, Default)]
pub struct Reader {
    parser: termina::Parser,
}

impl Reader {
    /// The events of `bytes`, read from the terminal in one go; `more` when the read filled
    /// the buffer, so that a sequence may go on in the next read.
    pub fn bytes(&mut self, bytes: &[u8], more: bool) -> Vec<Event> {
        self.parser.parse(bytes, more);
        std::iter::from_fn(|| self.parser.pop())
            .filter_map(crossterm_event)
            .collect()
    }

    /// No byte came for [`UNFINISHED`]: whatever sequence was begun is dropped.
    pub fn pause(&mut self) {
        self.parser = termina::Parser::default();
    }
}

/// A termina event as crossterm writes it; `None` for what the program has no use for
/// (answers to queries).
fn crossterm_event(event: t::Event) -> Option<Event> {
    Some(match event {
        t::Event::Key(key) => Event::Key(KeyEvent {
            code: key_code(key.code),
            modifiers: modifiers(key.modifiers),
            kind: match key.kind {
                t::KeyEventKind::Press => KeyEventKind::Press,
                t::KeyEventKind::Repeat => KeyEventKind::Repeat,
                t::KeyEventKind::Release => KeyEventKind::Release,
            },
            state: key_state(key.state),
        }),
        t::Event::Mouse(mouse) => Event::Mouse(MouseEvent {
            kind: match mouse.kind {
                t::MouseEventKind::Down(b) => MouseEventKind::Down(button(b)),
                t::MouseEventKind::Up(b) => MouseEventKind::Up(button(b)),
                t::MouseEventKind::Drag(b) => MouseEventKind::Drag(button(b)),
                t::MouseEventKind::Moved => MouseEventKind::Moved,
                t::MouseEventKind::ScrollDown => MouseEventKind::ScrollDown,
                t::MouseEventKind::ScrollUp => MouseEventKind::ScrollUp,
                t::MouseEventKind::ScrollLeft => MouseEventKind::ScrollLeft,
                t::MouseEventKind::ScrollRight => MouseEventKind::ScrollRight,
            },
            column: mouse.column,
            row: mouse.row,
            modifiers: modifiers(mouse.modifiers),
        }),
        t::Event::WindowResized(size) => Event::Resize(size.cols, size.rows),
        t::Event::FocusIn => Event::FocusGained,
        t::Event::FocusOut => Event::FocusLost,
        t::Event::Paste(text) => Event::Paste(text),
        t::Event::Csi(_) | t::Event::Osc(_) | t::Event::Dcs(_) => return None,
    })
}

fn button(b: t::MouseButton) -> MouseButton {
    match b {
        t::MouseButton::Left => MouseButton::Left,
        t::MouseButton::Right => MouseButton::Right,
        t::MouseButton::Middle => MouseButton::Middle,
    }
}

fn modifiers(m: t::Modifiers) -> KeyModifiers {
    let pairs = [
        (t::Modifiers::SHIFT, KeyModifiers::SHIFT),
        (t::Modifiers::ALT, KeyModifiers::ALT),
        (t::Modifiers::CONTROL, KeyModifiers::CONTROL),
        (t::Modifiers::SUPER, KeyModifiers::SUPER),
    ];
    pairs
        .into_iter()
        .filter(|(theirs, _)| m.contains(*theirs))
        .fold(KeyModifiers::NONE, |all, (_, ours)| all | ours)
}

fn key_state(s: t::KeyEventState) -> KeyEventState {
    let pairs = [
        (t::KeyEventState::KEYPAD, KeyEventState::KEYPAD),
        (t::KeyEventState::CAPS_LOCK, KeyEventState::CAPS_LOCK),
        (t::KeyEventState::NUM_LOCK, KeyEventState::NUM_LOCK),
    ];
    pairs
        .into_iter()
        .filter(|(theirs, _)| s.contains(*theirs))
        .fold(KeyEventState::NONE, |all, (_, ours)| all | ours)
}

fn key_code(code: t::KeyCode) -> KeyCode {
    use t::KeyCode as T;
    match code {
        T::Char(c) => KeyCode::Char(c),
        T::Enter => KeyCode::Enter,
        T::Backspace => KeyCode::Backspace,
        T::Tab => KeyCode::Tab,
        T::Escape => KeyCode::Esc,
        T::Left => KeyCode::Left,
        T::Right => KeyCode::Right,
        T::Up => KeyCode::Up,
        T::Down => KeyCode::Down,
        T::Home => KeyCode::Home,
        T::End => KeyCode::End,
        T::BackTab => KeyCode::BackTab,
        T::PageUp => KeyCode::PageUp,
        T::PageDown => KeyCode::PageDown,
        T::Insert => KeyCode::Insert,
        T::Delete => KeyCode::Delete,
        T::KeypadBegin => KeyCode::KeypadBegin,
        T::CapsLock => KeyCode::CapsLock,
        T::ScrollLock => KeyCode::ScrollLock,
        T::NumLock => KeyCode::NumLock,
        T::PrintScreen => KeyCode::PrintScreen,
        T::Pause => KeyCode::Pause,
        T::Menu => KeyCode::Menu,
        T::Null => KeyCode::Null,
        T::Function(n) => KeyCode::F(n),
        T::Modifier(m) => KeyCode::Modifier(modifier_key(m)),
        T::Media(m) => KeyCode::Media(media_key(m)),
    }
}

fn modifier_key(m: t::ModifierKeyCode) -> ModifierKeyCode {
    use t::ModifierKeyCode as T;
    match m {
        T::LeftShift => ModifierKeyCode::LeftShift,
        T::LeftControl => ModifierKeyCode::LeftControl,
        T::LeftAlt => ModifierKeyCode::LeftAlt,
        T::LeftSuper => ModifierKeyCode::LeftSuper,
        T::LeftHyper => ModifierKeyCode::LeftHyper,
        T::LeftMeta => ModifierKeyCode::LeftMeta,
        T::RightShift => ModifierKeyCode::RightShift,
        T::RightControl => ModifierKeyCode::RightControl,
        T::RightAlt => ModifierKeyCode::RightAlt,
        T::RightSuper => ModifierKeyCode::RightSuper,
        T::RightHyper => ModifierKeyCode::RightHyper,
        T::RightMeta => ModifierKeyCode::RightMeta,
        T::IsoLevel3Shift => ModifierKeyCode::IsoLevel3Shift,
        T::IsoLevel5Shift => ModifierKeyCode::IsoLevel5Shift,
    }
}

fn media_key(m: t::MediaKeyCode) -> MediaKeyCode {
    use t::MediaKeyCode as T;
    match m {
        T::Play => MediaKeyCode::Play,
        T::Pause => MediaKeyCode::Pause,
        T::PlayPause => MediaKeyCode::PlayPause,
        T::Reverse => MediaKeyCode::Reverse,
        T::Stop => MediaKeyCode::Stop,
        T::FastForward => MediaKeyCode::FastForward,
        T::Rewind => MediaKeyCode::Rewind,
        T::TrackNext => MediaKeyCode::TrackNext,
        T::TrackPrevious => MediaKeyCode::TrackPrevious,
        T::Record => MediaKeyCode::Record,
        T::LowerVolume => MediaKeyCode::LowerVolume,
        T::RaiseVolume => MediaKeyCode::RaiseVolume,
        T::MuteVolume => MediaKeyCode::MuteVolume,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(events: &[Event]) -> Vec<KeyCode> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some(k.code),
                _ => None,
            })
            .collect()
    }

    /// Alt-[ then `200~` typed: the paste it begins holds the keys only until the pause
    /// after them; the next key is a key.
    #[test]
    fn a_forged_paste_start_holds_the_keys_only_until_a_pause() {
        let mut r = Reader::default();
        for typed in [&b"\x1b["[..], b"2", b"0", b"0", b"~", b"j"] {
            assert!(r.bytes(typed, false).is_empty(), "{typed:?}");
        }
        r.pause();
        assert_eq!(keys(&r.bytes(b"j", false)), [KeyCode::Char('j')]);
    }

    /// A sequence begun in one read and left unfinished past the pause is dropped; the
    /// next key is read as itself.
    #[test]
    fn an_unfinished_sequence_is_dropped_after_a_pause() {
        for begun in [
            &b"\x1b[200~"[..],
            b"\x1b[200~half a paste",
            b"\x1b[<0;10",
            b"\x1bP",
            b"\x1b]0;title",
            b"\x1b[1;",
            b"\x1bO",
        ] {
            let mut r = Reader::default();
            let _ = r.bytes(begun, true);
            r.pause();
            assert_eq!(
                keys(&r.bytes(b"j", false)),
                [KeyCode::Char('j')],
                "after {begun:?}"
            );
        }
    }

    /// What a terminal sends whole comes through: keys, a click, a real paste.
    #[test]
    fn whole_sequences_are_events() {
        let mut r = Reader::default();
        let events = r.bytes(b"\x1b[B\x1b[<0;5;3M\x1b[<0;5;3mq\x1b", false);
        assert_eq!(
            keys(&events),
            [KeyCode::Down, KeyCode::Char('q'), KeyCode::Esc]
        );
        assert!(events.iter().any(|e| matches!(e,
            Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left)
                && (m.column, m.row) == (4, 2))));
        let paste = r.bytes(b"\x1b[200~Zdr\xc3\xb3j\x1b[201~", false);
        assert_eq!(paste, [Event::Paste("Zdrój".into())]);
    }
}
