//! The terminal around the app: set-up, restore on every exit path, signals, event loop.

use std::io::{self, BufWriter, Stdout, Write, stdout};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use std::os::fd::AsFd;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyboardEnhancementFlags, PopKeyboardEnhancementFlags, PushKeyboardEnhancementFlags,
};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute, queue};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Cell;
use ratatui::layout::Rect;

use crate::action::{Action, Msg};
use crate::app::App;
use crate::data::Dataset;
use crate::input;
use crate::leftovers;
use crate::plan::Plan;
use crate::reader::{self, Reader};
use crate::speech::Speaker;
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
    /// SIGTERM, SIGHUP or SIGINT: time to end.
    Signal,
    /// SIGWINCH: the terminal has a new size.
    Resize,
    /// A kiosk timer is due.
    Timer,
    Data(Box<Dataset>),
    Touch(Gesture),
    /// Headphones plugged in (true) or taken out.
    Headphones(bool),
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

    pub fn headphones(&self, plugged: bool) -> bool {
        self.0.send(Wake::Headphones(plugged)).is_ok()
    }
}

/// Leaves the terminal as it was found: mouse off, cursor shown, raw mode off, main screen.
/// Safe to call more than once, and from the panic hook.
pub fn restore() {
    let _ = disable_raw_mode();
    if kitty_keyboard() {
        let _ = execute!(stdout(), PopKeyboardEnhancementFlags);
    }
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Whether to ask for the kitty keyboard protocol: everywhere but the Linux console, whose
/// parser would take the request for other commands.
fn kitty_keyboard() -> bool {
    std::env::var_os("TERM").is_none_or(|t| t != "linux")
}

/// Raw mode, the alternate screen, mouse reporting and bracketed paste, and a terminal
/// drawing into them. A panic from here on, on any thread, restores the terminal, is
/// reported, and ends the whole process (as the release build's `panic = "abort"` does
/// anyway): a program left running without its input thread, or with its terminal given
/// back, would be a kiosk nobody can use and no supervisor restarts.
pub fn init() -> io::Result<Tui> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
        std::process::abort();
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
    // Keys as the kitty keyboard protocol reports them, where the terminal speaks it (foot,
    // kitty, WezTerm, Ghostty, ...; others ignore the request): a held key's repeats and
    // its release told apart from presses (so that a held key toggles nothing twice and
    // the key repeat setting can hold repeats back), every key as a code (so letters too),
    // with the character Shift makes (`?`, not Shift and `/`), and Esc at once. The stack
    // of flags belongs to the alternate screen; `restore` pops it.
    if kitty_keyboard() {
        queue!(
            out,
            PushKeyboardEnhancementFlags(
                KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
                    | KeyboardEnhancementFlags::REPORT_EVENT_TYPES
                    | KeyboardEnhancementFlags::REPORT_ALTERNATE_KEYS
                    | KeyboardEnhancementFlags::REPORT_ALL_KEYS_AS_ESCAPE_CODES
            )
        )?;
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
    run_with(app, theme, None, |_| ())
}

/// As [`run`], speaking through `speaker` if there is one; `start` gets a [`Waker`] for the
/// threads it starts (a file watch, the touch screen, the headphone jack), and what it
/// returns lives as long as the loop.
pub fn run_with<G>(
    app: &mut App,
    theme: &Theme,
    mut speaker: Option<Speaker>,
    start: impl FnOnce(Waker) -> G,
) -> io::Result<()> {
    let (tx, rx) = mpsc::channel();
    // Before raw mode: a signal from then on ends the loop, and with it the program,
    // through the same restore as `q`.
    follow_signals(tx.clone())?;
    let result = init().and_then(|mut terminal| {
        let result = browse(&mut terminal, app, theme, speaker.as_mut(), start, (tx, rx));
        // Dropped with its cursor hidden, ratatui's Terminal shows it again, and when that
        // fails reports it with eprintln!, which panics on a closed stderr: when the
        // terminal is gone (foot closing the kiosk's terminal at every stop), the program
        // ended in an abort. `restore` shows the cursor anyway; a Terminal whose cursor
        // cannot be shown is left to the process's end, whatever ended the browser.
        if terminal.show_cursor().is_err() {
            std::mem::forget(terminal);
        }
        result
    });
    restore();
    // Nothing goes on speaking after the program.
    drop(speaker);
    result
}

/// The browser on `terminal`: the first frame, the threads, then the loop.
fn browse<G>(
    terminal: &mut Tui,
    app: &mut App,
    theme: &Theme,
    mut speaker: Option<&mut Speaker>,
    start: impl FnOnce(Waker) -> G,
    (tx, rx): (mpsc::Sender<Wake>, mpsc::Receiver<Wake>),
) -> io::Result<()> {
    // The first frame first; keys typed meanwhile wait in the terminal for the reader.
    let mut screen = Shown {
        area: Rect::default(),
        wide: Vec::new(),
    };
    let shown = draw(terminal, &mut screen, app, theme)?;
    if let Some(speaker) = speaker.as_deref_mut() {
        speaker.follow(app);
    }
    let _guard = start(Waker(tx.clone()));
    read_input(tx)?;
    event_loop(terminal, (screen, shown), app, theme, speaker, rx)
}

/// The frame on screen, as far as drawing the next one needs to know it: its size, and
/// its wide characters (see `leftovers`).
struct Shown {
    area: Rect,
    wide: Vec<leftovers::Wide>,
}

/// Draws the app at the terminal's size and returns the plan of the frame drawn. These are
/// the steps of ratatui's `Terminal::draw`, with the cells a wide character of the frame
/// on screen left over sent after ratatui's diff. The cursor is hidden with each frame,
/// which flushes it: one `write`.
fn draw(terminal: &mut Tui, shown: &mut Shown, app: &mut App, theme: &Theme) -> io::Result<Plan> {
    terminal.autoresize()?;
    let plan = ui::draw(&mut terminal.get_frame(), app, theme);
    let next = terminal.current_buffer_mut();
    if shown.area != next.area {
        // A new size cleared the screen: nothing is left over.
        shown.wide.clear();
    }
    let left: Vec<(u16, u16, Cell)> = leftovers::left_over(&shown.wide, next)
        .into_iter()
        .map(|(x, y, cell)| (x, y, cell.clone()))
        .collect();
    *shown = Shown {
        area: next.area,
        wide: leftovers::wide(next),
    };
    terminal.flush()?;
    terminal
        .backend_mut()
        .draw(left.iter().map(|(x, y, cell)| (*x, *y, cell)))?;
    terminal.hide_cursor()?;
    terminal.swap_buffers();
    Ok(plan)
}

/// SIGTERM, SIGHUP and SIGINT as a quit message, SIGWINCH as a resize, from a thread of
/// their own (signal-hook's handler only writes to a pipe that thread reads).
fn follow_signals(tx: mpsc::Sender<Wake>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGWINCH])?;
    thread::spawn(move || {
        for signal in signals.forever() {
            let wake = if signal == SIGWINCH {
                Wake::Resize
            } else {
                Wake::Signal
            };
            if tx.send(wake).is_err() {
                break;
            }
        }
    });
    Ok(())
}

/// Reads the terminal on a thread of its own (`reader`), so that the loop sleeps in
/// `recv` until something happens: an idle browser uses no CPU. After input, it waits
/// [`reader::UNFINISHED`] for more before it drops a sequence left unfinished.
fn read_input(tx: mpsc::Sender<Wake>) -> io::Result<()> {
    use std::io::{IsTerminal, Read};
    let mut input: std::fs::File = if io::stdin().is_terminal() {
        std::fs::File::from(io::stdin().as_fd().try_clone_to_owned()?)
    } else {
        std::fs::File::open("/dev/tty")?
    };
    // Debug builds only: lets the end-to-end test check that a panic on a thread other
    // than the loop's ends the whole program.
    let panic_on_input =
        cfg!(debug_assertions) && std::env::var_os("PARTNER_CITIES_TEST_PANIC_READER").is_some();
    thread::spawn(move || {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let mut reader = Reader::default();
        let mut buffer = [0u8; 1024];
        // Whether bytes came since the parser was last emptied.
        let mut pending = false;
        loop {
            let timeout = Timespec::try_from(reader::UNFINISHED).ok();
            let mut fds = [PollFd::new(&input, PollFlags::IN)];
            let ready = match poll(&mut fds, if pending { timeout.as_ref() } else { None }) {
                Ok(ready) => ready,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => {
                    let _ = tx.send(Wake::InputFailed(e.into()));
                    break;
                }
            };
            if ready == 0 {
                reader.pause();
                pending = false;
                continue;
            }
            let read = match input.read(&mut buffer) {
                Ok(0) => Err(io::ErrorKind::UnexpectedEof.into()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => other,
            };
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    let _ = tx.send(Wake::InputFailed(e));
                    break;
                }
            };
            if panic_on_input {
                panic!("panic requested by PARTNER_CITIES_TEST_PANIC_READER");
            }
            pending = true;
            let events = reader.bytes(&buffer[..n], n == buffer.len());
            if events.into_iter().any(|e| tx.send(Wake::Input(e)).is_err()) {
                break;
            }
        }
    });
    Ok(())
}

/// Handles what wakes it and draws, until the app stops running; `first` is the frame on
/// screen and its plan: clicks are tested against what the visitor sees.
fn event_loop(
    terminal: &mut Tui,
    first: (Shown, Plan),
    app: &mut App,
    theme: &Theme,
    mut speaker: Option<&mut Speaker>,
    rx: mpsc::Receiver<Wake>,
) -> io::Result<()> {
    // Debug builds only: lets the end-to-end test check the terminal is restored after a panic.
    let panic_on_key =
        cfg!(debug_assertions) && std::env::var_os("PARTNER_CITIES_TEST_PANIC").is_some();

    let (mut screen, mut shown) = first;
    let mut taps = input::Taps::default();
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
        handle(app, &shown, &mut taps, first)?;
        // Apply everything already waiting before drawing once: a flood of keys costs one frame.
        while app.running() {
            match rx.try_recv() {
                Ok(wake) => handle(app, &shown, &mut taps, wake)?,
                Err(_) => break,
            }
        }
        if app.running() {
            // Speech first: a listener should not wait for the frame.
            if let Some(speaker) = speaker.as_deref_mut() {
                speaker.follow(app);
            }
            shown = draw(terminal, &mut screen, app, theme)?;
        }
    }
    Ok(())
}

/// Applies one wake-up; input on the frame `shown`.
fn handle(app: &mut App, shown: &Plan, taps: &mut input::Taps, wake: Wake) -> io::Result<()> {
    let now = Instant::now();
    let msg = match wake {
        Wake::Signal => Some(Msg::Do(Action::Quit)),
        // The next frame is drawn at the new size.
        Wake::Resize => None,
        Wake::InputFailed(e) => return Err(e),
        Wake::Timer => Some(Msg::Tick(now)),
        Wake::Data(data) => Some(Msg::Data(data)),
        Wake::Headphones(plugged) => Some(Msg::Headphones { plugged, at: now }),
        // A tap read from the touch screen acts once, should the terminal report it too.
        Wake::Input(event) if taps.is_echo(&event, now) => None,
        Wake::Input(event) => input::message(&event, app.mode(), shown, now),
        Wake::Touch(gesture) => {
            let event = input::touch_event(gesture, shown.area);
            taps.tapped(&event, now);
            input::message(&event, app.mode(), shown, now)
        }
    };
    if let Some(msg) = msg {
        app.update(msg);
    }
    Ok(())
}
