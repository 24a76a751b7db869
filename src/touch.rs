//! Taps on a touch screen, read from the kernel's input devices (`--touch`). A terminal
//! turns mouse clicks into input the program reads, but not every terminal does so for
//! touches: the Linux console never, foot only from 1.16 (Debian 12 has 1.13). A kiosk
//! fills the whole screen, so a touch's place on the panel is its place on the screen: a
//! tap becomes a click on the cell under the finger, a swipe up or down a turn of the
//! wheel there.

use std::thread;

use evdev::{AbsoluteAxisCode, Device, EventType, InputEvent, KeyCode, PropType};

/// Share of the screen a finger may move and still have tapped.
const TAP_SLOP: f64 = 0.04;

/// What a finger did, at a place given as fractions (0 to 1) of the screen's width and
/// height from its top left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gesture {
    Tap {
        x: f64,
        y: f64,
    },
    /// The finger moved up (`down` is false) or down the screen, starting at (x, y).
    Swipe {
        x: f64,
        y: f64,
        down: bool,
    },
}

/// One axis of the panel: its range, and where the finger is on it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    min: i32,
    max: i32,
    at: Option<i32>,
}

impl Axis {
    fn new(min: i32, max: i32) -> Axis {
        Axis { min, max, at: None }
    }

    fn fraction(&self) -> Option<f64> {
        let at = self.at?;
        let span = f64::from(self.max) - f64::from(self.min);
        (span > 0.0).then(|| ((f64::from(at) - f64::from(self.min)) / span).clamp(0.0, 1.0))
    }
}

/// The first finger on one panel, from the kernel's events (the single-touch axes, or
/// slot 0 of the multi-touch ones). Pure: fed events, it says what gesture ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Finger {
    x: Axis,
    y: Axis,
    /// Where the finger came down.
    start: Option<(f64, f64)>,
    /// The multi-touch slot the events are about.
    slot: i32,
    /// Seen since the last report: the finger came down or lifted.
    pressed: Option<bool>,
}

impl Finger {
    /// A panel whose x axis runs `x_min..=x_max` and y axis `y_min..=y_max`.
    pub fn new((x_min, x_max): (i32, i32), (y_min, y_max): (i32, i32)) -> Finger {
        Finger {
            x: Axis::new(x_min, x_max),
            y: Axis::new(y_min, y_max),
            start: None,
            slot: 0,
            pressed: None,
        }
    }

    /// The same panel, its finger last reported at `x`, `y` (what the kernel keeps of the
    /// last touch before the program started).
    pub fn already_at(mut self, x: Option<i32>, y: Option<i32>) -> Finger {
        self.x.at = x;
        self.y.at = y;
        self
    }

    fn at(&self) -> Option<(f64, f64)> {
        Some((self.x.fraction()?, self.y.fraction()?))
    }

    /// Takes one event; at the report that ends a touch, the gesture it made.
    pub fn feed(&mut self, kind: EventType, code: u16, value: i32) -> Option<Gesture> {
        match kind {
            EventType::ABSOLUTE => {
                let axis = AbsoluteAxisCode(code);
                if axis == AbsoluteAxisCode::ABS_MT_SLOT {
                    self.slot = value;
                } else if axis == AbsoluteAxisCode::ABS_X
                    || (axis == AbsoluteAxisCode::ABS_MT_POSITION_X && self.slot == 0)
                {
                    self.x.at = Some(value);
                } else if axis == AbsoluteAxisCode::ABS_Y
                    || (axis == AbsoluteAxisCode::ABS_MT_POSITION_Y && self.slot == 0)
                {
                    self.y.at = Some(value);
                } else if axis == AbsoluteAxisCode::ABS_MT_TRACKING_ID && self.slot == 0 {
                    self.pressed = Some(value >= 0);
                }
                None
            }
            EventType::KEY if KeyCode(code) == KeyCode::BTN_TOUCH => {
                self.pressed = Some(value != 0);
                None
            }
            EventType::SYNCHRONIZATION => self.report(),
            _ => None,
        }
    }

    /// The end of one report of the panel's state.
    fn report(&mut self) -> Option<Gesture> {
        match self.pressed.take() {
            Some(true) if self.start.is_none() => {
                self.start = self.at();
                None
            }
            Some(false) => {
                let (x, y) = self.start.take()?;
                let (_, y1) = self.at().unwrap_or((x, y));
                let moved = y1 - y;
                if moved.abs() <= TAP_SLOP {
                    Some(Gesture::Tap { x, y })
                } else {
                    // A finger moving up pulls the content up: what is below comes into
                    // view, as a wheel turned down would show it.
                    Some(Gesture::Swipe {
                        x,
                        y,
                        down: moved < 0.0,
                    })
                }
            }
            _ => None,
        }
    }
}

/// True for a touch screen: a direct-input device (the panel is the screen) with
/// absolute positions.
fn is_touchscreen(device: &Device) -> bool {
    let direct = device.properties().contains(PropType::DIRECT);
    let axes = device.supported_absolute_axes();
    let positions = axes.is_some_and(|a| {
        a.contains(AbsoluteAxisCode::ABS_MT_POSITION_X) || a.contains(AbsoluteAxisCode::ABS_X)
    });
    direct && positions
}

/// The panel's ranges, from the device, and where its first finger was last. The kernel
/// sends a position only when it changes: a program started after the last touch (the
/// graphical kiosk starts it again for larger text) that did not ask would lose a tap in
/// the same row or column as that touch (found in the VM: the first tap after A+ on the
/// header's row did nothing).
fn finger_for(device: &Device) -> Option<Finger> {
    let mut x = None;
    let mut y = None;
    for (axis, info) in device.get_absinfo().ok()? {
        let range = (info.minimum(), info.maximum());
        // A single-touch axis's value is its position; a multi-touch one's is kept per
        // slot, and the kernel's absinfo has none of it.
        let last = |multi| {
            if multi {
                slot_zero_value(device, axis)
            } else {
                Some(info.value())
            }
        };
        if axis == AbsoluteAxisCode::ABS_MT_POSITION_X {
            x = Some((range, last(true)));
        } else if axis == AbsoluteAxisCode::ABS_X && x.is_none() {
            x = Some((range, last(false)));
        } else if axis == AbsoluteAxisCode::ABS_MT_POSITION_Y {
            y = Some((range, last(true)));
        } else if axis == AbsoluteAxisCode::ABS_Y && y.is_none() {
            y = Some((range, last(false)));
        }
    }
    let ((x_range, x_at), (y_range, y_at)) = (x?, y?);
    Some(Finger::new(x_range, y_range).already_at(x_at, y_at))
}

/// The value of multi-touch `axis` in slot 0, the first finger's (EVIOCGMTSLOTS: the
/// evdev crate has no call for it).
fn slot_zero_value(device: &Device, axis: AbsoluteAxisCode) -> Option<i32> {
    use rustix::ioctl::{Opcode, Updater, ioctl, opcode};
    /// The request's buffer: the axis asked for, then a value per slot (as many as the
    /// buffer holds; the kernel writes no more).
    #[repr(C)]
    struct MtSlots {
        code: u32,
        values: [i32; 16],
    }
    const EVIOCGMTSLOTS: Opcode = opcode::read::<MtSlots>(b'E', 0x0a);
    let mut slots = MtSlots {
        code: u32::from(axis.0),
        values: [0; 16],
    };
    // SAFETY: EVIOCGMTSLOTS reads the u32 axis code at the start of the buffer and writes
    // at most the buffer's size (which the opcode carries) of slot values after it.
    unsafe { ioctl(device, Updater::<EVIOCGMTSLOTS, MtSlots>::new(&mut slots)) }.ok()?;
    Some(slots.values[0])
}

/// Reads every touch screen this user may open, each on a thread of its own, handing
/// each gesture to `deliver` until it returns false. The number of screens found.
pub fn follow(deliver: impl Fn(Gesture) -> bool + Clone + Send + 'static) -> usize {
    let mut found = 0;
    for (_, mut device) in evdev::enumerate() {
        if !is_touchscreen(&device) {
            continue;
        }
        let Some(mut finger) = finger_for(&device) else {
            continue;
        };
        found += 1;
        let deliver = deliver.clone();
        thread::spawn(move || {
            while let Ok(events) = device.fetch_events() {
                let gestures: Vec<Gesture> = events
                    .filter_map(|e: InputEvent| finger.feed(e.event_type(), e.code(), e.value()))
                    .collect();
                for g in gestures {
                    if !deliver(g) {
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

    const ABS: EventType = EventType::ABSOLUTE;
    const SYN: EventType = EventType::SYNCHRONIZATION;

    fn mt(f: &mut Finger, events: &[(AbsoluteAxisCode, i32)]) -> Option<Gesture> {
        for (axis, value) in events {
            assert_eq!(f.feed(ABS, axis.0, *value), None);
        }
        f.feed(SYN, 0, 0)
    }

    use AbsoluteAxisCode as A;

    #[test]
    fn a_multi_touch_tap_is_a_tap_where_the_finger_came_down() {
        // A panel of 0..=32767 on both axes, as QEMU's virtio-multitouch has.
        let mut f = Finger::new((0, 32767), (0, 32767));
        let down = [
            (A::ABS_MT_SLOT, 0),
            (A::ABS_MT_TRACKING_ID, 7),
            (A::ABS_MT_POSITION_X, 8192),
            (A::ABS_MT_POSITION_Y, 16384),
        ];
        assert_eq!(mt(&mut f, &down), None, "nothing until the finger lifts");
        assert_eq!(mt(&mut f, &[(A::ABS_MT_POSITION_X, 8300)]), None);
        let Some(Gesture::Tap { x, y }) = mt(&mut f, &[(A::ABS_MT_TRACKING_ID, -1)]) else {
            panic!("a tap")
        };
        assert!(
            (x - 0.25).abs() < 0.001 && (y - 0.5).abs() < 0.001,
            "{x} {y}"
        );
        assert_eq!(f.feed(SYN, 0, 0), None, "one tap, once");
    }

    #[test]
    fn a_tap_where_the_last_touch_was_needs_the_place_known_at_start() {
        // The kernel sends no position that has not changed: a tap at the place of the
        // last touch before the program started comes as the tracking id alone (measured
        // in the VM).
        let again = [(A::ABS_MT_TRACKING_ID, 3)];
        let lift = [(A::ABS_MT_TRACKING_ID, -1)];
        let mut unknown = Finger::new((0, 32767), (0, 32767));
        mt(&mut unknown, &again);
        assert_eq!(mt(&mut unknown, &lift), None, "lost without the place");
        let mut known = Finger::new((0, 32767), (0, 32767)).already_at(Some(8192), Some(1092));
        mt(&mut known, &again);
        let Some(Gesture::Tap { x, y }) = mt(&mut known, &lift) else {
            panic!("a tap")
        };
        assert!(
            (x - 0.25).abs() < 0.001 && (y - 0.0333).abs() < 0.001,
            "{x} {y}"
        );
    }

    #[test]
    fn single_touch_panels_report_with_btn_touch() {
        let mut f = Finger::new((100, 1100), (0, 500));
        assert_eq!(f.feed(ABS, A::ABS_X.0, 600), None);
        assert_eq!(f.feed(ABS, A::ABS_Y.0, 500), None);
        assert_eq!(f.feed(EventType::KEY, KeyCode::BTN_TOUCH.0, 1), None);
        assert_eq!(f.feed(SYN, 0, 0), None);
        assert_eq!(f.feed(EventType::KEY, KeyCode::BTN_TOUCH.0, 0), None);
        assert_eq!(f.feed(SYN, 0, 0), Some(Gesture::Tap { x: 0.5, y: 1.0 }));
    }

    #[test]
    fn a_finger_moving_up_scrolls_down_and_one_moving_down_scrolls_up() {
        let mut f = Finger::new((0, 1000), (0, 1000));
        mt(
            &mut f,
            &[
                (A::ABS_MT_TRACKING_ID, 1),
                (A::ABS_MT_POSITION_X, 500),
                (A::ABS_MT_POSITION_Y, 800),
            ],
        );
        mt(&mut f, &[(A::ABS_MT_POSITION_Y, 400)]);
        assert_eq!(
            mt(&mut f, &[(A::ABS_MT_TRACKING_ID, -1)]),
            Some(Gesture::Swipe {
                x: 0.5,
                y: 0.8,
                down: true
            })
        );
        mt(
            &mut f,
            &[(A::ABS_MT_TRACKING_ID, 2), (A::ABS_MT_POSITION_Y, 100)],
        );
        mt(&mut f, &[(A::ABS_MT_POSITION_Y, 300)]);
        assert_eq!(
            mt(&mut f, &[(A::ABS_MT_TRACKING_ID, -1)]),
            Some(Gesture::Swipe {
                x: 0.5,
                y: 0.1,
                down: false
            })
        );
    }

    #[test]
    fn a_second_finger_is_not_the_first() {
        let mut f = Finger::new((0, 1000), (0, 1000));
        mt(
            &mut f,
            &[
                (A::ABS_MT_TRACKING_ID, 1),
                (A::ABS_MT_POSITION_X, 200),
                (A::ABS_MT_POSITION_Y, 200),
            ],
        );
        // Slot 1 comes and goes far away: the first finger's tap is where it was.
        mt(
            &mut f,
            &[
                (A::ABS_MT_SLOT, 1),
                (A::ABS_MT_TRACKING_ID, 2),
                (A::ABS_MT_POSITION_X, 900),
            ],
        );
        assert_eq!(mt(&mut f, &[(A::ABS_MT_TRACKING_ID, -1)]), None);
        assert_eq!(
            mt(&mut f, &[(A::ABS_MT_SLOT, 0), (A::ABS_MT_TRACKING_ID, -1)]),
            Some(Gesture::Tap { x: 0.2, y: 0.2 })
        );
    }

    #[test]
    fn positions_outside_the_range_stay_on_the_screen_and_no_position_is_no_tap() {
        let mut f = Finger::new((0, 100), (0, 100));
        mt(
            &mut f,
            &[
                (A::ABS_MT_TRACKING_ID, 1),
                (A::ABS_MT_POSITION_X, 150),
                (A::ABS_MT_POSITION_Y, -5),
            ],
        );
        assert_eq!(
            mt(&mut f, &[(A::ABS_MT_TRACKING_ID, -1)]),
            Some(Gesture::Tap { x: 1.0, y: 0.0 })
        );
        let mut empty = Finger::new((0, 0), (0, 100));
        mt(
            &mut empty,
            &[
                (A::ABS_MT_TRACKING_ID, 1),
                (A::ABS_MT_POSITION_X, 0),
                (A::ABS_MT_POSITION_Y, 5),
            ],
        );
        assert_eq!(
            mt(&mut empty, &[(A::ABS_MT_TRACKING_ID, -1)]),
            None,
            "a panel of no width"
        );
    }
}
