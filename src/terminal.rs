//! The terminal around the app: set-up, restore on every exit path, signals, event loop.

use std::io::{self, BufWriter, Stdout, Write, stdout};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute, queue};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::action::{Action, Msg};
use crate::app::App;
use crate::data::Dataset;
use crate::keymap;
use crate::touch::Gesture;
use crate::ui::{self, Theme};

/// The browser's terminal. Frames are collected in a buffer as large as any frame and
/// written when ratatui flushes at the end of each draw: one `write` per frame, never a
/// frame cut into pieces that a terminal could show half-drawn.
pub type Tui = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Bytes of the frame buffer. A whole 200x60 frame in Chinese with every cell styled is
/// well under it.
const FRAME_BYTES: usize = 256 * 1024;

/// What wakes the loop: terminal input from the reader thread, a signal, new data.
enum Wake {
    Input(Event),
    InputFailed(io::Error),
    Signal,
    /// A kiosk timer is due.
    Timer,
    Data(Box<Dataset>),
    Touch(Gesture),
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
/// Safe to call more than once, and from the panic hook.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Raw mode, the alternate screen, mouse reporting and bracketed paste, and a terminal
/// drawing into them. A panic from here on restores the terminal before it is reported.
pub fn init() -> io::Result<Tui> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    enable_raw_mode()?;
    let mut out = BufWriter::with_capacity(FRAME_BYTES, stdout());
    queue!(out, EnterAlternateScreen)?;
    // The program writes UTF-8. The Linux console decodes it so by default, but a program
    // before us (or a reset) may have left it in Latin-1 mode, where every accent and box
    // line arrives as two characters and the layout falls apart: `ESC % G` selects UTF-8.
    if std::env::var_os("TERM").is_some_and(|t| t == "linux") {
        out.write_all(b"\x1b%G")?;
    }
    // Bracketed paste keeps pasted text from arriving as a stream of key presses. The
    // clear matters where there is no alternate screen (the Linux console): without it,
    // whatever was on the screen before stays in every cell the first frame leaves blank.
    queue!(
        out,
        EnableMouseCapture,
        EnableBracketedPaste,
        Clear(ClearType::All)
    )?;
    Terminal::new(CrosstermBackend::new(out))
}

/// Runs the browser until `q`, Ctrl-C or SIGTERM/SIGHUP/SIGINT, restoring the terminal after.
pub fn run(app: &mut App, theme: &Theme) -> io::Result<()> {
    run_with(app, theme, |_| ())
}

/// As [`run`]; `start` gets a [`Waker`] for the threads it starts (a file watch, the touch
/// screen), and what it returns lives as long as the loop.
pub fn run_with<G>(app: &mut App, theme: &Theme, start: impl FnOnce(Waker) -> G) -> io::Result<()> {
    let (tx, rx) = mpsc::channel();
    // Before raw mode: a signal from then on ends the loop, and with it the program,
    // through the same restore as `q`.
    let signal_tx = tx.clone();
    ctrlc::set_handler(move || {
        let _ = signal_tx.send(Wake::Signal);
    })
    .map_err(io::Error::other)?;
    let result = init().and_then(|mut terminal| {
        let _guard = start(Waker(tx.clone()));
        read_input(tx);
        event_loop(&mut terminal, app, theme, rx)
    });
    restore();
    result
}

/// Draws the app at the terminal's size (the app was told of it: a resize is an action).
fn draw(terminal: &mut Tui, app: &mut App, theme: &Theme) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    terminal.draw(|frame| ui::draw(frame, app, theme))?;
    Ok(())
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
    terminal: &mut Tui,
    app: &mut App,
    theme: &Theme,
    rx: mpsc::Receiver<Wake>,
) -> io::Result<()> {
    // Debug builds only: lets the end-to-end test check the terminal is restored after a panic.
    let panic_on_key =
        cfg!(debug_assertions) && std::env::var_os("PARTNER_CITIES_TEST_PANIC").is_some();

    draw(terminal, app, theme)?;
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
        handle(app, first)?;
        // Apply everything already waiting before drawing once: a flood of keys costs one frame.
        while app.running() {
            match rx.try_recv() {
                Ok(wake) => handle(app, wake)?,
                Err(_) => break,
            }
        }
        if app.running() {
            draw(terminal, app, theme)?;
        }
    }
    Ok(())
}

/// Applies one wake-up.
fn handle(app: &mut App, wake: Wake) -> io::Result<()> {
    let now = Instant::now();
    match wake {
        Wake::Signal => app.update(Action::Quit),
        Wake::InputFailed(e) => return Err(e),
        Wake::Timer => app.update(Msg::Tick(now)),
        Wake::Input(event) => apply(app, &event, now),
        Wake::Data(data) => app.update(Msg::Data(data)),
        Wake::Touch(gesture) => apply(app, &touch_event(gesture, app.area()), now),
    }
    Ok(())
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
