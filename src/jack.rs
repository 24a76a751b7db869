//! Headphones plugged into the kiosk: the kernel reports the sound card's jack as a switch
//! on an input device (`SW_HEADPHONE_INSERT`), read as the touch screen is read (the
//! kiosk's user is in the group `input`). Plugging in turns speech on; taking them out
//! turns it off. Only changes count: headphones left in the jack when the program starts
//! do not make it talk to an empty room.

use std::thread;

use evdev::{EventType, InputEvent, SwitchCode};

/// What one input event says about the headphone jack: plugged in (true) or out.
pub fn headphones(kind: EventType, code: u16, value: i32) -> Option<bool> {
    (kind == EventType::SWITCH && SwitchCode(code) == SwitchCode::SW_HEADPHONE_INSERT)
        .then_some(value != 0)
}

/// Follows every headphone jack this user may read, each on a thread of its own, handing
/// each change to `deliver` until it returns false. The number of jacks found.
pub fn follow(deliver: impl Fn(bool) -> bool + Clone + Send + 'static) -> usize {
    let mut found = 0;
    for (_, mut device) in evdev::enumerate() {
        let has_jack = device
            .supported_switches()
            .is_some_and(|s| s.contains(SwitchCode::SW_HEADPHONE_INSERT));
        if !has_jack {
            continue;
        }
        found += 1;
        let deliver = deliver.clone();
        thread::spawn(move || {
            while let Ok(events) = device.fetch_events() {
                let changes: Vec<bool> = events
                    .filter_map(|e: InputEvent| headphones(e.event_type(), e.code(), e.value()))
                    .collect();
                for plugged in changes {
                    if !deliver(plugged) {
                        return;
                    }
                }
            }
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headphone_switch_says_plugged_in_or_out_and_nothing_else_does() {
        let code = SwitchCode::SW_HEADPHONE_INSERT.0;
        assert_eq!(headphones(EventType::SWITCH, code, 1), Some(true));
        assert_eq!(headphones(EventType::SWITCH, code, 0), Some(false));
        // The microphone's switch, a key with the same code, a report's end: nothing.
        assert_eq!(
            headphones(EventType::SWITCH, SwitchCode::SW_MICROPHONE_INSERT.0, 1),
            None
        );
        assert_eq!(headphones(EventType::KEY, code, 1), None);
        assert_eq!(headphones(EventType::SYNCHRONIZATION, 0, 0), None);
    }
}
