//! A kiosk runs for weeks: a long stream of events must not make it grow. Every heap byte
//! is counted by the allocator of this test binary; after a warm-up, the live heap at the
//! same screen size may not grow by more than a few hundred KiB.
//!
//! `cargo test` runs 20,000 events. The full soak, a million events:
//! `cargo test --release --test soak -- --ignored --nocapture`

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use partner_cities::action::Msg;
use partner_cities::app::{App, Settings};
use partner_cities::i18n::I18n;
use partner_cities::input;
use partner_cities::plan::Plan;
use partner_cities::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The system allocator, counting the bytes in use.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            LIVE.fetch_add(new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A small deterministic generator (xorshift64), so every run sees the same events.
struct Events(u64);

impl Events {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn next(&mut self) -> Option<Event> {
        let key = |code| Some(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        const KEYS: &[KeyCode] = &[
            KeyCode::Down,
            KeyCode::Up,
            KeyCode::PageDown,
            KeyCode::PageUp,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Right,
            KeyCode::Left,
            KeyCode::Tab,
            KeyCode::Backspace,
            KeyCode::Char('/'),
            KeyCode::Char('L'),
            KeyCode::Char('?'),
            KeyCode::Char('f'),
            KeyCode::Char('+'),
            KeyCode::Char('-'),
            KeyCode::Char('1'),
            KeyCode::Char('2'),
            KeyCode::Char('3'),
            KeyCode::Char('a'),
            KeyCode::Char('o'),
            KeyCode::Char('ł'),
        ];
        match self.below(20) {
            0..=13 => key(KEYS[self.below(KEYS.len() as u64) as usize]),
            14..=16 => Some(Event::Mouse(MouseEvent {
                kind: match self.below(3) {
                    0 => MouseEventKind::Down(MouseButton::Left),
                    1 => MouseEventKind::ScrollDown,
                    _ => MouseEventKind::ScrollUp,
                },
                column: self.below(130) as u16,
                row: self.below(45) as u16,
                modifiers: KeyModifiers::NONE,
            })),
            17 => Some(Event::Resize(
                self.below(200) as u16 + 1,
                self.below(60) as u16 + 1,
            )),
            18 => Some(Event::Paste("Łąka-Zdrój".to_string())),
            _ => None, // a pause: timers fire
        }
    }
}

/// Live heap bytes and resident KiB before and after `count` events, both measured at
/// 120x40 after a frame.
fn soak(count: usize) -> ((usize, Option<u64>), (usize, Option<u64>)) {
    let mut now = Instant::now();
    let settings = Settings {
        kiosk: true,
        idle: Some(Duration::from_secs(60)),
        tour_step: Some(Duration::from_secs(8)),
        ..common::settings("en")
    };
    let mut app = App::new(common::fixture(), I18n::new(), settings, now);
    let theme = Theme::dark();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    // As the event loop draws: the plan of each frame answers the clicks that follow it.
    let draw = |app: &mut App, terminal: &mut Terminal<TestBackend>| {
        let mut plan = None;
        terminal
            .draw(|f| plan = Some(ui::draw(f, app, &theme)))
            .expect("draws");
        plan.expect("drawn")
    };
    let mut shown: Plan = draw(&mut app, &mut terminal);
    let mut events = Events(0x9E37_79B9_7F4A_7C15);
    let mut step = |app: &mut App, terminal: &mut Terminal<TestBackend>, now: &mut Instant| {
        match events.next() {
            Some(event) => {
                *now += Duration::from_millis(300);
                if let Event::Resize(w, h) = event {
                    terminal.backend_mut().resize(w, h);
                }
                if let Some(msg) = input::message(&event, app.mode(), &shown, *now) {
                    app.update(msg);
                }
            }
            None => {
                *now += Duration::from_secs(events.below(90));
                while let Some(deadline) = app.next_deadline().filter(|d| *d <= *now) {
                    app.update(Msg::Tick(deadline));
                }
            }
        }
        shown = draw(app, terminal);
    };
    let settle = |app: &mut App, terminal: &mut Terminal<TestBackend>| {
        terminal.backend_mut().resize(120, 40);
        draw(app, terminal);
        (LIVE.load(Ordering::Relaxed), rss_kib())
    };
    // Warm-up: every view, language and cache has been seen once.
    for _ in 0..5_000 {
        step(&mut app, &mut terminal, &mut now);
    }
    let before = settle(&mut app, &mut terminal);
    for _ in 0..count {
        step(&mut app, &mut terminal, &mut now);
    }
    let after = settle(&mut app, &mut terminal);
    assert!(app.running(), "a kiosk never quits");
    (before, after)
}

/// Resident memory of this process, from /proc (Linux), in KiB.
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

const MAX_GROWTH: usize = 256 * 1024;

fn check(count: usize) {
    let ((before, rss_before), (after, rss_after)) = soak(count);
    let growth = after.saturating_sub(before);
    println!(
        "{count} events: live heap {before} -> {after} bytes ({growth} grown); \
         resident {rss_before:?} -> {rss_after:?} KiB"
    );
    assert!(
        growth <= MAX_GROWTH,
        "the heap grew by {growth} bytes over {count} events"
    );
}

#[test]
fn twenty_thousand_events_do_not_grow_the_heap() {
    check(20_000);
}

#[test]
#[ignore = "a million events: run with --release --ignored"]
fn a_million_events_do_not_grow_the_heap() {
    check(1_000_000);
}
