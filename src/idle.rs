//! Kiosk timers: when to warn an idle visitor, when to go back to the home screen and when
//! to step the attract tour. Pure: every method takes `now`, so tests drive it with
//! made-up instants and never sleep.

use std::time::{Duration, Instant};

/// A wake-up later than this is a stall, not a scheduling delay.
const LATE: Duration = Duration::from_secs(1);

/// How long the warning counts down before the reset (WCAG 2.2.1 asks for at least 20 s to
/// answer it).
pub const WARNING_SECS: u32 = 20;

const SECOND: Duration = Duration::from_secs(1);

/// What a deadline asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Nobody has touched the kiosk for the idle time: warn, with this many seconds left,
    /// and again each second as they count down.
    Warn(u32),
    /// Nobody answered the warning: back to the home screen.
    ResetHome,
    /// Show tour step number `n` (0 is the home screen itself).
    TourStep(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Someone is using it; the idle warning waits.
    Active,
    /// The warning is on screen with this many seconds left.
    Warning(u32),
    /// Reset to home; the tour starts after one more step period.
    Home,
    /// The tour is running and showed step `n` last.
    Touring(usize),
}

#[derive(Debug, Clone)]
pub struct IdleTimers {
    /// `None`: never reset (the default outside kiosk mode, or `--idle 0`).
    idle: Option<Duration>,
    /// Time per tour step; `None`: no tour after the reset.
    tour_step: Option<Duration>,
    phase: Phase,
    deadline: Option<Instant>,
}

impl IdleTimers {
    pub fn new(idle: Option<Duration>, tour_step: Option<Duration>, now: Instant) -> Self {
        let mut timers = IdleTimers {
            idle,
            tour_step,
            phase: Phase::Active,
            deadline: None,
        };
        timers.deadline = after(now, idle);
        timers
    }

    /// Timers that do nothing: an ordinary interactive session.
    pub fn off(now: Instant) -> Self {
        Self::new(None, None, now)
    }

    /// Starts the tour now (`--tour`): step 0 is showing, the next comes after a step period.
    pub fn start_tour(&mut self, now: Instant) {
        if let Some(step) = self.tour_step {
            self.phase = Phase::Touring(0);
            self.deadline = after(now, Some(step));
        }
    }

    pub fn touring(&self) -> bool {
        matches!(self.phase, Phase::Touring(_))
    }

    /// When the loop must wake next, if at all.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// Someone pressed, clicked or scrolled: what that input may do.
    pub fn input(&mut self, now: Instant) -> Answer {
        let answer = match self.phase {
            Phase::Touring(_) => Answer::StoppedTour,
            Phase::Warning(_) => Answer::Stayed,
            Phase::Active | Phase::Home => Answer::Act,
        };
        self.phase = Phase::Active;
        self.deadline = after(now, self.idle);
        answer
    }

    /// What is due at `now`, if anything, and the next deadline after it.
    pub fn fire(&mut self, now: Instant) -> Option<Due> {
        let deadline = self.deadline?;
        if now < deadline {
            return None;
        }
        let (due, phase) = match self.phase {
            Phase::Active => (Due::Warn(WARNING_SECS), Phase::Warning(WARNING_SECS)),
            Phase::Warning(left) if left > 1 => (Due::Warn(left - 1), Phase::Warning(left - 1)),
            Phase::Warning(_) => (Due::ResetHome, Phase::Home),
            Phase::Home => (Due::TourStep(1), Phase::Touring(1)),
            Phase::Touring(n) => (Due::TourStep(n + 1), Phase::Touring(n + 1)),
        };
        self.phase = phase;
        // Count from the deadline so a slightly late wake-up does not make steps drift; after
        // a long stall (a suspended machine) count from now, so steps do not come in a burst.
        let next_from = if now - deadline > LATE { now } else { deadline };
        self.deadline = match phase {
            Phase::Warning(_) => after(next_from, Some(SECOND)),
            Phase::Home | Phase::Touring(_) => after(next_from, self.tour_step),
            Phase::Active => None,
        };
        Some(due)
    }
}

/// What a visitor's input may do, as the timers see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// What it asks for.
    Act,
    /// Nothing: it stopped the attract tour, and the home screen is what a new visitor
    /// should find.
    StoppedTour,
    /// Nothing: it answered the idle warning, and the visitor stays where they were.
    Stayed,
}

/// `wait` after `from`: `None` for no wait, or for one too long to be a time the clock can
/// reach (`--idle 18446744073709551615` means never, not a crash).
fn after(from: Instant, wait: Option<Duration>) -> Option<Instant> {
    from.checked_add(wait?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDLE: Duration = Duration::from_secs(60);
    const STEP: Duration = Duration::from_secs(8);
    const WARNING: Duration = Duration::from_secs(WARNING_SECS as u64);

    /// Fires the warning's seconds from `start` (when it is due): 20, 19 … 1 left, one a
    /// second, then the reset.
    fn warned_then_reset(timers: &mut IdleTimers, start: Instant) {
        for left in (1..=WARNING_SECS).rev() {
            let at = start + SECOND * (WARNING_SECS - left);
            assert_eq!(timers.fire(at), Some(Due::Warn(left)), "{left} s left");
        }
        assert_eq!(timers.fire(start + WARNING), Some(Due::ResetHome));
    }

    #[test]
    fn waits_too_long_for_the_clock_are_never_due() {
        let t0 = Instant::now();
        let forever = Duration::from_secs(u64::MAX);
        let mut timers = IdleTimers::new(Some(forever), Some(forever), t0);
        assert_eq!(timers.deadline(), None);
        assert_eq!(timers.input(t0), Answer::Act);
        timers.start_tour(t0);
        assert_eq!(timers.deadline(), None);
        let mut touring = IdleTimers::new(Some(IDLE), Some(forever), t0);
        warned_then_reset(&mut touring, t0 + IDLE);
        assert_eq!(touring.deadline(), None, "the tour never steps");
    }

    #[test]
    fn idle_warns_then_resets_then_the_tour_steps_each_period() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(Some(IDLE), Some(STEP), t0);
        assert_eq!(timers.deadline(), Some(t0 + IDLE));
        assert_eq!(
            timers.fire(t0 + IDLE - Duration::from_millis(1)),
            None,
            "not yet"
        );
        warned_then_reset(&mut timers, t0 + IDLE);
        let reset = t0 + IDLE + WARNING;
        assert_eq!(timers.deadline(), Some(reset + STEP));
        assert_eq!(timers.fire(reset + STEP), Some(Due::TourStep(1)));
        assert_eq!(timers.fire(reset + STEP * 2), Some(Due::TourStep(2)));
        assert!(timers.touring());
        assert_eq!(timers.deadline(), Some(reset + STEP * 3));
    }

    #[test]
    fn an_input_during_the_warning_answers_it_and_nothing_else() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(Some(IDLE), Some(STEP), t0);
        assert_eq!(timers.fire(t0 + IDLE), Some(Due::Warn(WARNING_SECS)));
        assert_eq!(
            timers.fire(t0 + IDLE + SECOND),
            Some(Due::Warn(WARNING_SECS - 1))
        );
        let answered = t0 + IDLE + SECOND * 5;
        assert_eq!(timers.input(answered), Answer::Stayed);
        assert_eq!(
            timers.deadline(),
            Some(answered + IDLE),
            "a whole idle time again"
        );
        assert_eq!(timers.input(answered), Answer::Act, "the next input acts");
    }

    #[test]
    fn input_postpones_the_warning_and_stops_the_tour() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(Some(IDLE), Some(STEP), t0);
        let t1 = t0 + Duration::from_secs(30);
        assert_eq!(timers.input(t1), Answer::Act, "no tour was running");
        assert_eq!(timers.deadline(), Some(t1 + IDLE));
        assert_eq!(
            timers.fire(t0 + IDLE),
            None,
            "the old deadline no longer counts"
        );
        warned_then_reset(&mut timers, t1 + IDLE);
        timers.fire(t1 + IDLE + WARNING + STEP);
        assert!(timers.touring());
        let t2 = t1 + IDLE + WARNING + STEP + Duration::from_secs(1);
        assert_eq!(timers.input(t2), Answer::StoppedTour);
        assert!(!timers.touring());
        assert_eq!(timers.deadline(), Some(t2 + IDLE));
    }

    #[test]
    fn idle_zero_means_no_timer_at_all() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(None, Some(STEP), t0);
        assert_eq!(timers.deadline(), None);
        assert_eq!(timers.fire(t0 + Duration::from_secs(3600)), None);
        assert_eq!(timers.input(t0), Answer::Act);
        assert_eq!(timers.deadline(), None);
    }

    #[test]
    fn tour_on_demand_without_idle_reset() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(None, Some(STEP), t0);
        timers.start_tour(t0);
        assert!(timers.touring());
        assert_eq!(timers.fire(t0 + STEP), Some(Due::TourStep(1)));
        assert_eq!(timers.input(t0 + STEP * 2), Answer::StoppedTour);
        assert_eq!(
            timers.deadline(),
            None,
            "after the tour, nothing until --idle says so"
        );
    }

    #[test]
    fn late_wake_ups_do_not_drift() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(Some(IDLE), Some(STEP), t0);
        let late = t0 + IDLE + Duration::from_millis(300);
        assert_eq!(timers.fire(late), Some(Due::Warn(WARNING_SECS)));
        assert_eq!(timers.deadline(), Some(t0 + IDLE + SECOND));
    }
}
