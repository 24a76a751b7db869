//! The terminal around the app: set-up, restore on every exit path, signals, event loop.

use std::io::{self, Stdout, Write, stdout};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use crossterm::style::{Attribute, SetAttribute};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen};
use crossterm::{cursor, execute, queue};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, pthread_sigmask};
use ratatui::layout::Size;

use crate::action::{Action, Msg};
use crate::app::{App, Keys};
use crate::backend;
use crate::data::Dataset;
use crate::keymap;
use crate::touch::Gesture;
use crate::ui::{self, Theme};

/// What wakes the loop: terminal input from the reader thread, a signal, new data.
enum Wake {
    Input(Event),
    InputFailed(io::Error),
    Signal,
    /// A kiosk timer is due.
    Timer,
    Data(Box<Dataset>),
    Touch(Gesture),
    /// The search keys, made aside.
    Keys(Keys),
}

/// Wakes the running loop from another thread: with new data, or a gesture on the touch
/// screen. Each method returns false once the loop has ended.
#[derive(Clone)]
pub struct Waker(mpsc::Sender<Wake>);

impl Waker {
    pub fn data(&self, data: Box<Dataset>) -> bool {
        self.0.send(Wake::Data(data)).is_ok()
    }

    pub fn gesture(&self, gesture: Gesture) -> bool {
        self.0.send(Wake::Touch(gesture)).is_ok()
    }
}

/// Leaves the terminal as it was found: mouse off, cursor shown, raw mode off, main screen.
/// Safe to call more than once.
pub fn restore() {
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        cursor::Show
    );
    ratatui::restore();
}

/// Runs the browser until `q`, Ctrl-C or SIGTERM/SIGHUP/SIGINT, restoring the terminal after.
pub fn run(app: &mut App, theme: &Theme) -> io::Result<()> {
    run_with(app, theme, |_| ())
}

/// As [`run`]; `start` gets a [`Waker`] once the first frame is on screen, and what it
/// returns (a file watch, say) lives as long as the loop.
///
/// The first frame comes first: the terminal's set-up goes out with it, in its one write,
/// and the threads (signals, input, whatever `start` begins) are started after it. Until
/// the signal handler exists, SIGINT, SIGTERM and SIGHUP are held (blocked) rather than
/// left to kill the program in raw mode; one that arrives meanwhile is delivered when the
/// handler is in place and quits through the same restore as `q`.
pub fn run_with<G>(app: &mut App, theme: &Theme, start: impl FnOnce(Waker) -> G) -> io::Result<()> {
    // Installed before ratatui's own hook, which restores raw mode and the screen first.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));

    let mut held = Some(HeldSignals::hold()?);
    let result = init().and_then(|mut screen| {
        // Debug builds only: lets the end-to-end test send a signal in raw mode, before the
        // handler exists.
        if cfg!(debug_assertions) && std::env::var_os("PARTNER_CITIES_TEST_EARLY_SIGNAL").is_some()
        {
            nix::sys::signal::raise(Signal::SIGTERM)?;
        }
        let (tx, rx) = mpsc::channel();
        first_frame(&mut screen, app, theme)?;
        let_the_terminal_take_it();
        // Debug builds only: lets the end-to-end test resize the terminal before the
        // input thread reads (the program sets the size itself: `COLSxROWS`).
        if cfg!(debug_assertions)
            && let Some(size) = std::env::var("PARTNER_CITIES_TEST_EARLY_RESIZE").ok()
            && let Some((cols, rows)) = size.split_once('x')
        {
            let size = rustix::termios::Winsize {
                ws_col: cols.parse().unwrap_or(0),
                ws_row: rows.parse().unwrap_or(0),
                ws_xpixel: 0,
                ws_ypixel: 0,
            };
            rustix::termios::tcsetwinsize(io::stdout(), size)?;
        }
        let _guard = start(Waker(tx.clone()));
        let signal_tx = tx.clone();
        ctrlc::set_handler(move || {
            let _ = signal_tx.send(Wake::Signal);
        })
        .map_err(io::Error::other)?;
        read_input(tx.clone());
        make_keys_aside(app, &tx);
        // A signal held so far reaches the handler now. The threads started above keep
        // these signals blocked, so they are handled on this thread, never in the input
        // thread's blocking read.
        drop(held.take());
        // A resize before the input thread was reading is one it never reports.
        let size = backend::terminal_size()?;
        if size != screen.area().as_size() {
            show_at(&mut screen, app, theme, size)?;
        }
        event_loop(&mut screen, app, theme, &tx, rx)
    });
    restore();
    // On a failure before the handler existed, a held signal takes effect only now, with
    // the terminal as it was found.
    drop(held);
    result
}

/// SIGINT, SIGTERM and SIGHUP blocked on this thread (and on the threads it starts) until
/// dropped, when those that arrived meanwhile are delivered.
struct HeldSignals(SigSet);

impl HeldSignals {
    fn hold() -> io::Result<Self> {
        let mut set = SigSet::empty();
        for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
            set.add(signal);
        }
        let mut before = SigSet::empty();
        pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&set), Some(&mut before))?;
        // Only what this blocked is unblocked again.
        let ours = set.into_iter().filter(|s| !before.contains(*s)).collect();
        Ok(HeldSignals(ours))
    }
}

impl Drop for HeldSignals {
    fn drop(&mut self) {
        let _ = pthread_sigmask(SigmaskHow::SIG_UNBLOCK, Some(&self.0), None);
    }
}

/// The browser's terminal: raw mode, and a screen that writes each frame with one `write`
/// (see [`backend::Screen`], which also hides the cursor). The alternate screen, mouse
/// reporting, bracketed paste, a plain pen and a clear are queued, to go out with the
/// first frame.
type Screen = backend::Screen<Stdout>;

fn init() -> io::Result<Screen> {
    crossterm::terminal::enable_raw_mode()?;
    let mut backend = Screen::new(stdout(), backend::terminal_size()?);
    queue!(backend, EnterAlternateScreen)?;
    // The program writes UTF-8. The Linux console decodes it so by default, but a program
    // before us (or a reset) may have left it in Latin-1 mode, where every accent and box
    // line arrives as two characters and the layout falls apart: `ESC % G` selects UTF-8.
    if std::env::var_os("TERM").is_some_and(|t| t == "linux") {
        backend.write_all(b"\x1b%G")?;
    }
    // Bracketed paste keeps pasted text from arriving as a stream of key presses. The
    // clear matters where there is no alternate screen (the Linux console): without it,
    // whatever was on the screen before stays in every cell the first frame leaves blank.
    // (Not `Terminal::clear`: it asks the terminal for the cursor position, which some
    // terminals never answer.)
    // The screen is cleared with the plain pen (a clear paints with the pen's background,
    // and a program before us may have left one set); the frames start from it.
    queue!(
        backend,
        EnableMouseCapture,
        EnableBracketedPaste,
        SetAttribute(Attribute::Reset),
        Clear(ClearType::All)
    )?;
    Ok(backend)
}

/// Lays the app out for the terminal's size and draws it.
fn first_frame(screen: &mut Screen, app: &mut App, theme: &Theme) -> io::Result<()> {
    // The size `init` just asked the terminal for (a resize since then arrives as an
    // event, like any other, once the input thread reads).
    let size = screen.area().as_size();
    show_at(screen, app, theme, size)
}

/// Tells the app the terminal is of `size` and draws it so.
fn show_at(screen: &mut Screen, app: &mut App, theme: &Theme, size: Size) -> io::Result<()> {
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    draw(screen, app, theme, size)
}

/// Draws the app on a terminal of `size` (the app was told of it: a resize is an action).
fn draw(screen: &mut Screen, app: &App, theme: &Theme, size: Size) -> io::Result<()> {
    screen.draw(size, |buf| ui::render(app, theme, buf))
}

/// How long the set-up after the first frame waits for the terminal to take it.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(2);

/// Waits, after the first frame, until input arrives (a key, a click) or [`SETTLE`] has
/// passed, whichever is first. The set-up that follows (the signal handler, the input
/// reader, the search keys: three threads) competes for the processor with the terminal,
/// which has the frame to read and draw: side by side, the frame reached the terminal
/// 0.09 ms later with it right behind the `write` (`examples/startup.rs`, a program that
/// writes the same frame; the browser itself: 2.91 -> 2.83 ms). A key ends the wait at
/// once; sent the moment the frame arrived, it was answered in 1.23 ms instead of 0.96,
/// the set-up now coming after it.
fn let_the_terminal_take_it() {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut input = [PollFd::new(&stdin, PollFlags::IN)];
    // (A timeout that did not fit would be no wait, never one without end.)
    let settle = Timespec::try_from(SETTLE).unwrap_or_default();
    // Interrupted or failed, it has waited long enough.
    let _ = poll(&mut input, Some(&settle));
}

/// Makes what the first search will need, the search keys, on a thread of its own at idle
/// priority, and hands them to the loop. Made on this thread once a frame was written,
/// they kept the loop from the keys meanwhile (20,000 partners: a key sent the moment the
/// first frame arrived was answered after 59 ms; now 0.7-0.8 ms, `examples/startup.rs`).
/// At idle priority they also never take the processor from anything else, the terminal
/// drawing the frame included. If no thread can be started, the first search makes them.
fn make_keys_aside(app: &mut App, tx: &mpsc::Sender<Wake>) {
    let Some(job) = app.keys_job() else {
        return;
    };
    let tx = tx.clone();
    let _ = thread::Builder::new()
        .name("search-keys".into())
        .spawn(move || {
            idle_priority();
            let _ = tx.send(Wake::Keys(job.run()));
        });
}

/// Lowers the calling thread to the idle scheduling class (Linux): it runs only when
/// nothing else wants the processor. Elsewhere the thread keeps its priority.
fn idle_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: sets the calling thread's policy (pid 0), with the only priority SCHED_IDLE
    // takes; on failure the thread simply keeps its priority.
    unsafe {
        let param = libc::sched_param { sched_priority: 0 };
        libc::sched_setscheduler(0, libc::SCHED_IDLE, &param);
    }
}

/// Blocking reads on their own thread: the loop sleeps in `recv` until input or a signal
/// arrives, so an idle browser uses no CPU.
fn read_input(tx: mpsc::Sender<Wake>) {
    thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(ev) => Wake::Input(ev),
                Err(e) => Wake::InputFailed(e),
            };
            let failed = matches!(wake, Wake::InputFailed(_));
            if tx.send(wake).is_err() || failed {
                break;
            }
        }
    });
}

fn event_loop(
    screen: &mut Screen,
    app: &mut App,
    theme: &Theme,
    tx: &mpsc::Sender<Wake>,
    rx: mpsc::Receiver<Wake>,
) -> io::Result<()> {
    // Debug builds only: lets the end-to-end test check the terminal is restored after a panic.
    let panic_on_key =
        cfg!(debug_assertions) && std::env::var_os("PARTNER_CITIES_TEST_PANIC").is_some();

    while app.running() {
        // Sleep until input, a signal, or the next kiosk deadline: no polling, no tick.
        let first = match app.next_deadline() {
            None => rx.recv().ok(),
            Some(deadline) => {
                match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                    Ok(wake) => Some(wake),
                    Err(mpsc::RecvTimeoutError::Timeout) => Some(Wake::Timer),
                    Err(mpsc::RecvTimeoutError::Disconnected) => None,
                }
            }
        };
        let Some(first) = first else { break };
        if panic_on_key && matches!(first, Wake::Input(Event::Key(_))) {
            panic!("panic requested by PARTNER_CITIES_TEST_PANIC");
        }
        let mut changed = handle(app, first)?;
        // Apply everything already waiting before drawing once: a flood of keys costs one frame.
        while app.running() {
            match rx.try_recv() {
                Ok(wake) => changed |= handle(app, wake)?,
                Err(_) => break,
            }
        }
        if app.running() && changed {
            draw(screen, app, theme, backend::terminal_size()?)?;
            // After new data, its search keys (nothing to do otherwise).
            make_keys_aside(app, tx);
        }
    }
    Ok(())
}

/// Applies one wake-up; whether the screen may have changed (search keys change nothing
/// on it).
fn handle(app: &mut App, wake: Wake) -> io::Result<bool> {
    let now = Instant::now();
    match wake {
        Wake::Keys(keys) => {
            app.update(Msg::Keys(keys));
            return Ok(false);
        }
        Wake::Signal => app.update(Action::Quit),
        Wake::InputFailed(e) => return Err(e),
        Wake::Timer => app.update(Msg::Tick(now)),
        Wake::Input(event) => apply(app, &event, now),
        Wake::Data(data) => app.update(Msg::Data(data)),
        Wake::Touch(gesture) => apply(app, &touch_event(gesture, app.area()), now),
    }
    Ok(true)
}

/// A gesture on the touch screen as the terminal would report the mouse doing it: a left
/// click, or a turn of the wheel, on the cell under the finger.
pub fn touch_event(gesture: Gesture, screen: ratatui::layout::Rect) -> Event {
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

/// One terminal event, as the live loop applies it at `now`.
pub fn apply(app: &mut App, event: &Event, now: Instant) {
    match event {
        Event::Resize(width, height) => app.update(Action::Resize {
            width: *width,
            height: *height,
        }),
        // A visitor's key, click, wheel turn or paste: it counts as activity even when it
        // maps to no action.
        Event::Key(_) | Event::Mouse(_) | Event::Paste(_) => {
            let action = action_for_event(app, event);
            // Pointer moves and button releases are not a visitor's intent.
            let incidental = matches!(event, Event::Mouse(m)
                if action.is_none() && !matches!(m.kind, MouseEventKind::Down(_)));
            if !incidental {
                app.update(Msg::Input { at: now, action });
            }
        }
        Event::FocusGained | Event::FocusLost => {}
    }
}

/// Translates a terminal event to an action in the app's current mode.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action_for(app.mode(), *key),
        Event::Mouse(mouse) => {
            let (col, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { col, row }),
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    col,
                    row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    col,
                    row,
                    down: false,
                }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}
