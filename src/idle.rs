//! Kiosk timers: when to go back to the home screen and when to step the attract tour.
//! Pure: every method takes `now`, so tests drive it with made-up instants and never sleep.

use std::time::{Duration, Instant};

/// What a deadline asks the app to do.
/// A wake-up later than this is a stall, not a scheduling delay.
const LATE: Duration = Duration::from_secs(1);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Nobody has touched the kiosk for the idle time: back to the home screen.
    ResetHome,
    /// Show tour step number `n` (0 is the home screen itself).
    TourStep(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Someone is using it; the idle reset waits.
    Active,
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

    /// Someone pressed, clicked or scrolled. Returns true if that stopped the tour, in which
    /// case the input is only a wake-up and must not act.
    pub fn input(&mut self, now: Instant) -> bool {
        let was_touring = self.touring();
        self.phase = Phase::Active;
        self.deadline = after(now, self.idle);
        was_touring
    }

    /// What is due at `now`, if anything, and the next deadline after it.
    pub fn fire(&mut self, now: Instant) -> Option<Due> {
        let deadline = self.deadline?;
        if now < deadline {
            return None;
        }
        let (due, phase) = match self.phase {
            Phase::Active => (Due::ResetHome, Phase::Home),
            Phase::Home => (Due::TourStep(1), Phase::Touring(1)),
            Phase::Touring(n) => (Due::TourStep(n + 1), Phase::Touring(n + 1)),
        };
        self.phase = phase;
        // Count from the deadline so a slightly late wake-up does not make steps drift; after
        // a long stall (a suspended machine) count from now, so steps do not come in a burst.
        let next_from = if now - deadline > LATE { now } else { deadline };
        self.deadline = match phase {
            Phase::Home | Phase::Touring(_) => after(next_from, self.tour_step),
            Phase::Active => None,
        };
        Some(due)
    }
}

/// `wait` after `from`: `None` for no wait, or for one too long to be a time the clock can
/// reach (`--idle 18446744073709551615` means never, not a crash).
fn after(from: Instant, wait: Option<Duration>) -> Option<Instant> {
    from.checked_add(wait?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_too_long_for_the_clock_are_never_due() {
        let t0 = Instant::now();
        let forever = Duration::from_secs(u64::MAX);
        let mut timers = IdleTimers::new(Some(forever), Some(forever), t0);
        assert_eq!(timers.deadline(), None);
        assert!(!timers.input(t0));
        timers.start_tour(t0);
        assert_eq!(timers.deadline(), None);
        let mut touring = IdleTimers::new(Some(IDLE), Some(forever), t0);
        assert_eq!(touring.fire(t0 + IDLE), Some(Due::ResetHome));
        assert_eq!(touring.deadline(), None, "the tour never steps");
    }

    const IDLE: Duration = Duration::from_secs(60);
    const STEP: Duration = Duration::from_secs(8);

    #[test]
    fn idle_resets_then_the_tour_steps_each_period() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(Some(IDLE), Some(STEP), t0);
        assert_eq!(timers.deadline(), Some(t0 + IDLE));
        assert_eq!(
            timers.fire(t0 + IDLE - Duration::from_millis(1)),
            None,
            "not yet"
        );
        assert_eq!(timers.fire(t0 + IDLE), Some(Due::ResetHome));
        assert_eq!(timers.deadline(), Some(t0 + IDLE + STEP));
        assert_eq!(timers.fire(t0 + IDLE + STEP), Some(Due::TourStep(1)));
        assert_eq!(timers.fire(t0 + IDLE + STEP * 2), Some(Due::TourStep(2)));
        assert!(timers.touring());
        assert_eq!(timers.deadline(), Some(t0 + IDLE + STEP * 3));
    }

    #[test]
    fn input_postpones_the_reset_and_stops_the_tour() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(Some(IDLE), Some(STEP), t0);
        let t1 = t0 + Duration::from_secs(30);
        assert!(!timers.input(t1), "no tour was running");
        assert_eq!(timers.deadline(), Some(t1 + IDLE));
        assert_eq!(
            timers.fire(t0 + IDLE),
            None,
            "the old deadline no longer counts"
        );
        timers.fire(t1 + IDLE);
        timers.fire(t1 + IDLE + STEP);
        assert!(timers.touring());
        let t2 = t1 + IDLE + STEP + Duration::from_secs(1);
        assert!(timers.input(t2), "input stopped the tour");
        assert!(!timers.touring());
        assert_eq!(timers.deadline(), Some(t2 + IDLE));
    }

    #[test]
    fn idle_zero_means_no_timer_at_all() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(None, Some(STEP), t0);
        assert_eq!(timers.deadline(), None);
        assert_eq!(timers.fire(t0 + Duration::from_secs(3600)), None);
        assert!(!timers.input(t0));
        assert_eq!(timers.deadline(), None);
    }

    #[test]
    fn tour_on_demand_without_idle_reset() {
        let t0 = Instant::now();
        let mut timers = IdleTimers::new(None, Some(STEP), t0);
        timers.start_tour(t0);
        assert!(timers.touring());
        assert_eq!(timers.fire(t0 + STEP), Some(Due::TourStep(1)));
        assert!(timers.input(t0 + STEP * 2));
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
        assert_eq!(timers.fire(late), Some(Due::ResetHome));
        assert_eq!(timers.deadline(), Some(t0 + IDLE + STEP));
    }
}
