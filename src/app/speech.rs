//! The speech part of the state: whether the kiosk speaks, how loud, which paragraph of
//! the details it reads, and counters of the visitor's requests. What is said is worked
//! out from the whole state by `crate::speech`; these counters tell it when a request
//! (say it again, stop, a new input) came, even if nothing else changed.

/// Loudness steps, in percent of the engine's normal loudness.
pub const VOLUME_STEP: u8 = 10;
/// Never silent: a visitor who turned it all the way down still hears the next step up.
pub const MIN_VOLUME: u8 = 10;
pub const MAX_VOLUME: u8 = 100;
/// Where a new visitor starts: the engine's normal loudness.
pub const DEFAULT_VOLUME: u8 = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speech {
    pub on: bool,
    /// In [`MIN_VOLUME`, `MAX_VOLUME`].
    pub volume: u8,
    /// How many times speech was switched on: each time begins with the welcome.
    pub session: u32,
    /// The paragraph of the details being read, while the detail pane has the focus.
    pub paragraph: usize,
    /// Requests to say the last thing again.
    pub repeats: u32,
    /// Requests to stop.
    pub hushes: u32,
    /// A visitor's inputs: each one stops what is being said (barge-in), even when it
    /// changes nothing else.
    pub inputs: u64,
    /// Idle resets: speech ends there without a word, for the next visitor.
    pub resets: u32,
    /// The session taken up from before a restart (the text size changed): it goes on
    /// without the welcome the visitor has heard.
    pub resumed: Option<u32>,
}

impl Speech {
    pub fn new(on: bool) -> Speech {
        Speech {
            on,
            volume: DEFAULT_VOLUME,
            session: u32::from(on),
            paragraph: 0,
            repeats: 0,
            hushes: 0,
            inputs: 0,
            resets: 0,
            resumed: None,
        }
    }

    pub fn set(&mut self, on: bool) {
        if on && !self.on {
            self.session = self.session.wrapping_add(1);
        }
        self.on = on;
    }

    /// One step louder (`up`) or quieter, within the limits.
    pub fn step_volume(&mut self, up: bool) {
        self.volume = if up {
            self.volume.saturating_add(VOLUME_STEP).min(MAX_VOLUME)
        } else {
            self.volume.saturating_sub(VOLUME_STEP).max(MIN_VOLUME)
        };
    }

    /// As a new visitor finds it: speech as the kiosk starts (`on`), normal loudness.
    pub fn reset(&mut self, on: bool) {
        self.resets = self.resets.wrapping_add(1);
        self.set(on);
        self.volume = DEFAULT_VOLUME;
        self.paragraph = 0;
    }
}
