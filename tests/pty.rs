//! End to end: the real binary in a pseudo-terminal, its screen read by a terminal emulator,
//! on the fixture (`--data`). The only tests that see raw mode, the alternate screen, mouse
//! capture and their restore. The `strace` tests skip, saying so, where strace is missing.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

mod common;

const WAIT: Duration = Duration::from_secs(20);

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote.
    bytes: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::spawn(env!("CARGO_BIN_EXE_partner-cities"), args, env)
    }

    /// Any program in the pseudo-terminal (the browser under `strace`, say).
    fn spawn(program: &str, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUST_BACKTRACE", "0");
        cmd.env_remove("NO_COLOR");
        // No locale: the program speaks Polish unless a test says otherwise.
        for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            cmd.env_remove(var);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawns");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let (sink, raw) = (Arc::clone(&screen), Arc::clone(&bytes));
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("screen").process(&buf[..n]);
                raw.lock().expect("bytes").extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Session {
            screen,
            bytes,
            writer,
            child,
            master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("writes");
        self.writer.flush().expect("flushes");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.child.try_wait().expect("status") {
                // Let the reader take in the last bytes written before exit.
                std::thread::sleep(Duration::from_millis(200));
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the program did not exit; screen:\n{}", self.contents());
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the emulator's screen.
    fn resize(&self, cols: u16, rows: u16) {
        // vt100 0.16 overflows (a debug-build panic in its line wrapping) on a screen of one
        // row or one column; the emulator keeps at least 2x2, the program gets the real size.
        self.screen
            .lock()
            .expect("screen")
            .screen_mut()
            .set_size(rows.max(2), cols.max(2));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resizes");
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("pid").to_string();
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Whether the terminal is in raw mode: no line editing, no echo.
    fn raw_mode(&self) -> bool {
        let termios = self.master.get_termios().expect("the terminal's settings");
        // Debug lists the set flags by name, as "ISIG | ICANON | ECHO | ...".
        let flags = format!("{:?}", termios.local_flags);
        !(flags.contains("ICANON") && flags.contains("ECHO"))
    }

    /// The terminal is as it was before the program: cooked mode, main screen, cursor
    /// shown, no mouse.
    fn assert_restored(&self) {
        assert!(!self.raw_mode(), "raw mode off");
        let parser = self.screen.lock().expect("screen");
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "alternate screen left");
        assert!(!screen.hide_cursor(), "cursor shown");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture off"
        );
        drop(parser);
        // The kitty keyboard flags pushed at the start are popped (vt100 does not keep
        // them: counted in the bytes).
        let bytes = self.bytes.lock().expect("bytes");
        let count = |needle: &[u8]| bytes.windows(needle.len()).filter(|w| *w == needle).count();
        assert_eq!(
            count(KITTY_PUSH),
            count(KITTY_POP),
            "kitty keyboard flags popped"
        );
    }
}

/// The kitty keyboard protocol asked for (flags 1+2+4+8: escape codes told apart, event
/// types, the shifted key, every key as a code), and given back.
const KITTY_PUSH: &[u8] = b"\x1b[>15u";
const KITTY_POP: &[u8] = b"\x1b[<1u";

const ARGS: &[&str] = &[
    "--lang",
    "en",
    "--today",
    "2026-11-23",
    "--data",
    common::apps::FIXTURE,
];

#[test]
fn browse_and_quit_with_q() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Łąka-Zdrój");
    let screen = s.contents();
    for name in ["Ahornfeld", "Vignac", "Shanshui", "Łąka-Zdrój"] {
        assert!(screen.contains(name), "{name} on the first screen");
    }
    assert!(s.screen.lock().expect("screen").screen().alternate_screen());
    assert!(s.raw_mode(), "raw mode while running");
    assert!(screen.contains("First partnership"), "{screen}");

    s.send("\x1b[B"); // ↓
    s.wait_for("A town in Lower Saxony");
    let pushed = s
        .bytes
        .lock()
        .expect("bytes")
        .windows(KITTY_PUSH.len())
        .any(|w| w == KITTY_PUSH);
    assert!(pushed, "the kitty keyboard protocol asked for");

    s.send("\t");
    s.wait_for("March 1991 · Vignac");
    assert!(s.contents().contains("Cooperation with Vignac begins"));

    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn signals_end_it_cleanly() {
    for signal in ["TERM", "HUP", "INT"] {
        let mut s = Session::start(ARGS, &[]);
        s.wait_for("Łąka-Zdrój");
        s.signal(signal);
        let status = s.wait_exit();
        assert!(status.success(), "SIG{signal}: {status:?}");
        s.assert_restored();
    }
}

/// The terminal closed under the program (foot ends with cage at every stop of the
/// graphical kiosk): it ends, without a crash. (A session of its own: `Session`'s reader
/// would keep the terminal open.)
#[test]
fn a_terminal_closed_under_it_ends_the_program_without_a_crash() {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_partner-cities"));
    cmd.args(KIOSK);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).expect("spawns");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let writer = pty.master.take_writer().expect("writer");
    // The first frame: the program is up, its terminal set.
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("Kartuzy") {
        let n = reader.read(&mut buf).expect("reads");
        assert!(n > 0, "the program wrote nothing");
        seen.extend_from_slice(&buf[..n]);
    }
    drop((reader, writer, pty.master));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("status") {
            break status;
        }
        assert!(start.elapsed() < WAIT, "the program did not end");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.signal(), None, "{status:?}");
}

#[test]
fn ctrl_c_quits() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Łąka-Zdrój");
    s.send("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_panic_still_restores_the_terminal() {
    let mut s = Session::start(ARGS, &[("PARTNER_CITIES_TEST_PANIC", "1")]);
    s.wait_for("Łąka-Zdrój");
    s.send("j");
    let status = s.wait_exit();
    assert!(!status.success());
    s.assert_restored();
    let screen = s.contents();
    assert!(
        screen.contains("PARTNER_CITIES_TEST_PANIC"),
        "the panic message is readable:\n{screen}"
    );
}

#[test]
fn mouse_click_selects_a_town() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Łąka-Zdrój");
    // SGR mouse report: left button press at column 5, row 9 (1-based): Vignac's first
    // row (each partner takes two rows beside its flag), under the header and the three
    // rows of the start screen's languages.
    s.send("\x1b[<0;5;9M\x1b[<0;5;9m");
    s.wait_for("A town in the south of France");
    s.send("q");
    assert!(s.wait_exit().success());
}

const KIOSK: &[&str] = &[
    "--kiosk",
    "--lang",
    "en",
    "--today",
    "2026-11-23",
    "--data",
    common::apps::FIXTURE,
];

#[test]
fn kiosk_survives_every_way_out() {
    let mut s = Session::start(KIOSK, &[]);
    s.wait_for("Łąka-Zdrój");
    let attempts = [
        "q",
        "\x1b",                            // Esc
        "\x03",                            // Ctrl-C
        "\x04",                            // Ctrl-D
        "\x1a",                            // Ctrl-Z
        "\x1c",                            // Ctrl-\
        "\x1b[1;3S",                       // Alt-F4
        "\x1bOP",                          // F1
        "\x1b[15~",                        // F5
        "\x1b[24~",                        // F12
        "\x1b[200~q\nexit\n\x03\x1b[201~", // a paste
        "?q",                              // help, then q closes it
    ];
    for keys in attempts {
        s.send(keys);
    }
    // A key that does act proves the keys above were all read and survived.
    s.send("\x1b[B");
    s.wait_for("A town in Lower Saxony");
    assert!(
        s.child.try_wait().expect("status").is_none(),
        "still running"
    );
    let screen = s.contents();
    assert!(screen.contains("Łąka-Zdrój") && screen.contains("Partner towns of Kartuzy"));
    assert!(!screen.contains("quit"), "no quit hint in kiosk mode");
    assert!(
        s.screen.lock().expect("screen").screen().hide_cursor(),
        "cursor hidden"
    );
    s.signal("TERM");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn kiosk_idle_warns_then_returns_home() {
    let mut s = Session::start(&[KIOSK, &["--idle", "1"]].concat(), &[]);
    s.wait_for("Łąka-Zdrój");
    s.send("\x1b[B\x1b[B\r");
    s.wait_for("Occitanie");
    s.wait_for("Are you still there?");
    s.wait_for("In 10 seconds");
    s.wait_for("Pomeranian Voivodeship, Poland");
    s.signal("TERM");
    assert!(s.wait_exit().success());
}

#[test]
fn tour_advances_by_itself_and_a_key_stops_it() {
    let mut s = Session::start(&[ARGS, &["--tour", "--tour-step", "1"]].concat(), &[]);
    s.wait_for("Touch the screen or press any key");
    s.wait_for("A town in Lower Saxony"); // step 1: Ahornfeld, with no key pressed
    s.wait_for("Occitanie"); // step 2: Vignac
    s.send("j");
    s.wait_for("Pomeranian Voivodeship, Poland");
    std::thread::sleep(Duration::from_millis(1500));
    let screen = s.contents();
    assert!(!screen.contains("Touch the screen"), "the tour stopped");
    assert!(
        screen.contains("Pomeranian Voivodeship"),
        "and stays home:\n{screen}"
    );
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn linux_console_gets_only_basic_characters() {
    let mut s = Session::start(KIOSK, &[("TERM", "linux")]);
    s.wait_for("Łąka-Zdrój");
    for keys in [
        "\x1b[B", "\x1b[B", "\x1b[B", "\r", "\x1b[6~", "\t", "\x1b[B", "?", "?", "\x1b[Z",
    ] {
        s.send(keys);
    }
    s.send("L");
    s.wait_for("Partnerstädte von Kartuzy");
    s.signal("TERM");
    assert!(s.wait_exit().success());
    let bytes = s.bytes.lock().expect("bytes").clone();
    let text = String::from_utf8(bytes).expect("the program writes UTF-8");
    // The console has no alternate screen: the screen is cleared before the first frame,
    // or the login's text would show through every blank cell.
    let clear = text.find("\x1b[2J").expect("the screen is cleared");
    assert!(
        clear < text.find("Kartuzy").expect("drawn"),
        "cleared before drawing"
    );
    let foreign: Vec<char> = text
        .chars()
        .filter(|c| !c.is_ascii() && !partner_cities::glyphs::is_basic(*c))
        .collect();
    assert!(
        foreign.is_empty(),
        "not in the console's repertoire: {foreign:?}"
    );
    // No kitty keyboard request: the console would take it for other commands.
    assert!(!text.contains("\x1b[>15u") && !text.contains("\x1b[<1u"));
    assert!(text.contains("Shanshui"));
}

#[test]
fn shrinking_to_one_cell_and_back_recovers_the_screen() {
    let mut s = Session::start(KIOSK, &[]);
    s.wait_for("Łąka-Zdrój");
    s.resize(1, 1);
    std::thread::sleep(Duration::from_millis(300));
    s.resize(20, 5);
    s.wait_for("Enlarge");
    s.resize(100, 30);
    s.wait_for("Łąka-Zdrój");
    let screen = s.contents();
    assert!(screen.contains("Partner towns of Kartuzy"), "{screen}");
    let last_row = screen.lines().nth(29).unwrap_or_default();
    assert!(
        last_row.contains("help"),
        "the footer is on the new last row: {screen}"
    );
    assert!(s.child.try_wait().expect("status").is_none());
    s.signal("TERM");
    assert!(s.wait_exit().success());
}

/// Two resizes back to back, in every view: each frame is laid out for the size it is
/// drawn at (the map view once panicked in ratatui's buffer here).
#[test]
fn two_resizes_back_to_back_in_every_view_leave_it_drawing() {
    let mut s = Session::start(KIOSK, &[]);
    s.wait_for("Łąka-Zdrój");
    // Each view in turn: the towns as it starts, Tab to the timeline, Tab to the map.
    for (key, shown) in [("", "Łąka-Zdrój"), ("\t", "1991"), ("\t", "Distance from")] {
        s.send(key);
        s.wait_for(shown);
        // The second resize at several moments of the program's answer to the first.
        for gap in [0, 1, 2, 5, 10, 20, 40] {
            s.resize(200, 60);
            std::thread::sleep(Duration::from_millis(gap));
            s.resize(80, 24);
        }
        std::thread::sleep(Duration::from_millis(300));
        // A key that changes nothing on screen, for a frame drawn after the resizes.
        s.send("r");
        s.wait_for(shown);
        let screen = s.contents();
        let last_row = screen.lines().nth(23).unwrap_or_default();
        assert!(
            last_row.contains("help"),
            "{key}: the footer on row 24: {screen}"
        );
        assert!(
            s.child.try_wait().expect("status").is_none(),
            "{key}: running"
        );
    }
    s.signal("TERM");
    assert!(s.wait_exit().success());
}

/// Alt-[ (`ESC [`, one write), then `2 0 0 ~` typed: a bracketed paste that never ends
/// began there. Keys after a pause are keys again. So for other sequences left unfinished.
#[test]
fn an_unfinished_paste_or_sequence_holds_the_keyboard_only_for_a_moment() {
    let mut s = Session::start(KIOSK, &[]);
    s.wait_for("Łąka-Zdrój");
    s.send("\x1b[");
    for c in ["2", "0", "0", "~"] {
        std::thread::sleep(Duration::from_millis(30));
        s.send(c);
    }
    std::thread::sleep(Duration::from_millis(400));
    // Shift-Tab: from the towns to the map.
    s.send("\x1b[Z");
    s.wait_for("Distance from");
    for unfinished in [
        "\x1b[200~half a paste",
        "\x1b[<0;10",
        "\x1bP",
        "\x1b]0;t",
        "\x1bO",
    ] {
        // Tab: from the map round to the towns.
        s.send("\t");
        s.wait_for("Łąka-Zdrój");
        s.send(unfinished);
        std::thread::sleep(Duration::from_millis(400));
        s.send("\x1b[Z");
        s.wait_for("Distance from");
    }
    s.signal("TERM");
    assert!(s.wait_exit().success());
}

/// A panic on a thread other than the loop's (the input reader's, in a debug build on
/// request) ends the whole program, the terminal restored: a supervisor starts it again.
#[test]
fn a_panic_on_another_thread_ends_the_program_and_restores_the_terminal() {
    let mut s = Session::start(KIOSK, &[("PARTNER_CITIES_TEST_PANIC_READER", "1")]);
    s.wait_for("Łąka-Zdrój");
    s.send("j");
    let status = s.wait_exit();
    assert!(!status.success(), "{status:?}");
    s.assert_restored();
}

/// Times too long for the clock (`u64::MAX` seconds) mean never, not a crash.
#[test]
fn idle_and_tour_times_too_long_for_the_clock_mean_never() {
    let max = u64::MAX.to_string();
    let mut args = KIOSK.to_vec();
    args.extend(["--idle", &max, "--tour-step", &max]);
    let mut s = Session::start(&args, &[]);
    s.wait_for("Łąka-Zdrój");
    s.send("\t");
    s.wait_for("1991");
    let mut tour = ARGS.to_vec();
    tour.extend(["--tour", "--tour-step", &max]);
    let mut t = Session::start(&tour, &[]);
    t.wait_for("Łąka-Zdrój");
    t.send("q");
    t.send("q");
    assert!(t.wait_exit().success());
    assert!(s.child.try_wait().expect("status").is_none());
    s.signal("TERM");
    assert!(s.wait_exit().success());
}

#[test]
fn l_cycles_through_all_six_languages_on_screen() {
    let mut s = Session::start(
        &["--today", "2026-11-23", "--data", common::apps::FIXTURE],
        &[],
    );
    // Each language's own title, as its message file has it.
    let i18n = partner_cities::i18n::I18n::new();
    s.wait_for(&i18n.tr("pl", "app-title"));
    for lang in ["en", "de", "fr", "zh", "ka", "pl"] {
        s.send("L");
        s.wait_for(&i18n.tr(lang, "app-title"));
    }
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn chinese_on_the_linux_console_explains_and_shows_english() {
    let mut s = Session::start(
        &["--lang", "zh", "--data", common::apps::FIXTURE],
        &[("TERM", "linux")],
    );
    s.wait_for("This terminal cannot draw Chinese script; showing English instead.");
    assert!(s.contents().contains("Partner towns of Kartuzy"));
    s.send("L"); // the notice goes with the first key; L skips zh and ka here
    s.wait_for("Partnerstädte von Kartuzy");
    s.send("LL");
    s.wait_for("Miasta partnerskie Kartuz");
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_bad_data_file_leaves_the_terminal_untouched() {
    // Every file of the corpus: its message, exit code 2, and not one escape sequence.
    for bad in common::corpus::bad_files() {
        let name = bad.name.as_str();
        let mut s = Session::start(&["--data", name], &[]);
        let status = s.wait_exit();
        assert_eq!(status.exit_code(), 2, "{name}");
        let bytes = s.bytes.lock().expect("bytes").clone();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !bytes.contains(&0x1b),
            "{name} wrote an escape sequence: {text:?}"
        );
        // No locale in the environment: the staff's Polish. The terminal turns each
        // newline into CR LF.
        assert_eq!(text.replace("\r\n", "\n"), bad.polish, "{name}");
    }
}

/// What `strace` saw the program do that it must never do: start a program, open a
/// network connection, write, create, rename or delete a file (except `allowed_write`).
fn forbidden_calls(log: &str, allowed_write: Option<&str>) -> Vec<String> {
    let mut bad = Vec::new();
    let mut execs = 0;
    for line in log.lines() {
        // "PID syscall(args) = result"
        let call = line.split_once(' ').map_or(line, |(_, rest)| rest);
        let name = call.split('(').next().unwrap_or("");
        let writes = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"]
            .iter()
            .any(|flag| call.contains(flag));
        let ok = match name {
            "execve" => {
                execs += 1;
                execs == 1 // the program itself
            }
            "clone" | "clone3" => call.contains("CLONE_THREAD"), // threads only
            "fork" | "vfork" => false,
            // An in-process wake-up channel (crossterm's), not a network connection.
            "socketpair" => call.contains("AF_UNIX"),
            "socket" | "connect" | "bind" | "listen" | "accept" | "accept4" | "sendto"
            | "sendmsg" | "sendmmsg" => false,
            "openat" | "open" => {
                !writes || allowed_write.is_some_and(|path| call.contains(&format!("\"{path}\"")))
            }
            "creat" | "truncate" | "rename" | "renameat" | "renameat2" | "unlink" | "unlinkat"
            | "mkdir" | "mkdirat" => false,
            _ => true,
        };
        if !ok {
            bad.push(line.to_string());
        }
    }
    bad
}

const STRACE_CALLS: &str = "trace=%process,%network,openat,open,creat,truncate,rename,\
                            renameat,renameat2,unlink,unlinkat,mkdir,mkdirat";

fn strace_log(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
fn the_browser_spawns_nothing_connects_nowhere_and_writes_no_file() {
    if !common::tools::available(
        "strace",
        "strace",
        "pty::the_browser_spawns_nothing_connects_nowhere_and_writes_no_file",
    ) {
        return;
    }
    let log = strace_log("strace-browser.log");
    let log_arg = log.to_str().expect("UTF-8 path");
    let program = env!("CARGO_BIN_EXE_partner-cities");
    let mut args = vec!["-f", "-qq", "-e", STRACE_CALLS, "-o", log_arg, program];
    args.extend(ARGS);
    let mut s = Session::spawn("strace", &args, &[]);
    s.wait_for("Partner towns of Kartuzy");
    // Every view, both zooms, a language change, help, a search, then quit.
    for keys in [
        "\t", "\t", "+", "-", "L", "?", "\x1b", "/", "k", "\x1b", "\t", "q",
    ] {
        s.send(keys);
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(s.wait_exit().success(), "{}", s.contents());
    let text = std::fs::read_to_string(&log).expect("strace wrote its log");
    assert!(text.lines().count() > 3, "strace saw the program: {text}");
    let bad = forbidden_calls(&text, None);
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn print_check_and_screenshot_write_only_what_they_are_asked_to() {
    if !common::tools::available(
        "strace",
        "strace",
        "pty::print_check_and_screenshot_write_only_what_they_are_asked_to",
    ) {
        return;
    }
    let picture = strace_log("strace-picture.svg");
    let picture_arg = picture.to_str().expect("UTF-8 path");
    for (name, command, allowed) in [
        ("print", &["print", "cities"][..], None),
        ("check", &["check"], None),
        (
            "screenshot",
            &["screenshot", "-o", picture_arg],
            Some(picture_arg),
        ),
    ] {
        let log = strace_log(&format!("strace-{name}.log"));
        let status = std::process::Command::new("strace")
            .args(["-f", "-qq", "-e", STRACE_CALLS, "-o"])
            .arg(&log)
            .arg(env!("CARGO_BIN_EXE_partner-cities"))
            .args(command)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("strace runs");
        assert!(status.success(), "{name}");
        let text = std::fs::read_to_string(&log).expect("strace log");
        let bad = forbidden_calls(&text, allowed);
        assert!(bad.is_empty(), "{name}: {bad:#?}");
        if allowed.is_some() {
            assert!(text.contains(picture_arg), "{name} wrote its file");
        }
    }
}

#[test]
fn the_strace_rules_catch_what_they_forbid() {
    // The checks above are only as good as this reading of strace's log.
    let log = "1 execve(\"/bin/pc\", [], 0x0) = 0\n\
               1 execve(\"/bin/sh\", [], 0x0) = 0\n\
               1 clone3({flags=CLONE_VM|CLONE_FS}, 88) = 7\n\
               1 clone3({flags=CLONE_VM|CLONE_THREAD}, 88) = 8\n\
               1 socket(AF_INET, SOCK_STREAM, 0) = 3\n\
               1 socketpair(AF_UNIX, SOCK_STREAM, 0, [4, 5]) = 0\n\
               1 openat(AT_FDCWD, \"/etc/x\", O_RDONLY|O_CLOEXEC) = 3\n\
               1 openat(AT_FDCWD, \"/tmp/out\", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3\n\
               1 openat(AT_FDCWD, \"/tmp/ok.svg\", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3\n\
               1 unlink(\"/tmp/x\") = 0\n";
    let bad = forbidden_calls(log, Some("/tmp/ok.svg"));
    assert_eq!(bad.len(), 5, "{bad:#?}");
    for expected in ["/bin/sh", "CLONE_FS}", "AF_INET", "/tmp/out", "unlink"] {
        assert!(bad.iter().any(|l| l.contains(expected)), "{expected}");
    }
}

/// The child side of the test below, run by it in a pseudo-terminal: the real terminal loop
/// drawing a model built in memory, past validation, with every refused class of character
/// in every text. Does nothing when run as an ordinary test.
#[test]
fn hostile_model_child() {
    if std::env::var_os("PARTNER_CITIES_HOSTILE_CHILD").is_none() {
        return;
    }
    let mut app = partner_cities::app::App::new(
        common::hostile::hostile_data(),
        partner_cities::i18n::I18n::new(),
        common::settings("pl"),
        Instant::now(),
    );
    partner_cities::terminal::run(&mut app, &partner_cities::ui::Theme::dark()).expect("runs");
}

#[test]
fn no_refused_character_reaches_a_real_terminal() {
    let exe = std::env::current_exe().expect("this test binary");
    let mut s = Session::spawn(
        exe.to_str().expect("UTF-8 path"),
        &[
            "hostile_model_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ],
        &[("PARTNER_CITIES_HOSTILE_CHILD", "1")],
    );
    s.wait_for("Kartuzy");
    // One key at a time, so that every state is drawn: each view and row, the details to
    // their end, every language, the help.
    let mut keys: Vec<&str> = Vec::new();
    // The towns as it starts, then Tab to the timeline and to the map.
    for view in ["", "\t", "\t"] {
        keys.push(view);
        keys.extend(["\x1b[B"; 15]);
        keys.extend(["\x1b[C", "\x1b[6~", "\x1b[6~", "\x1b[D"]);
    }
    keys.push("\t");
    for _ in 0..6 {
        keys.extend(["L", "\x1b[B", "\x1b[B"]);
    }
    keys.extend(["?", "\x1b[6~", "?", "q"]);
    for key in keys {
        s.send(key);
        std::thread::sleep(Duration::from_millis(25));
    }
    assert!(s.wait_exit().success());
    let bytes = s.bytes.lock().expect("bytes").clone();
    let text = String::from_utf8_lossy(&bytes);
    // Characters of every refused class (ESC, CR, LF and TAB are in the terminal's own
    // sequences and line ends, so their attacks are checked as sequences below), and the
    // marks beyond the third on one letter.
    for c in common::hostile::HOSTILE
        .chars()
        .filter(|c| {
            !partner_cities::data::chars::is_safe_text_char(*c)
                && !['\u{1b}', '\r', '\n', '\t'].contains(c)
        })
        .chain(['\u{304}', '\u{305}', '\u{306}', '\u{307}', '\u{308}'])
    {
        assert!(
            !text.contains(c),
            "U+{:04X} reached the terminal",
            u32::from(c)
        );
    }
    for attack in ["\u{1b}]0;pwned", "\u{1b}[H\u{1b}]"] {
        assert!(!text.contains(attack), "{attack:?} reached the terminal");
    }
    assert!(text.contains("pwned"), "the text around them was drawn");
}

/// A folder of its own for a test's data file and log.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Waits until the screen shows `text`; how long that took.
fn time_to(s: &Session, text: &str) -> Duration {
    let start = Instant::now();
    s.wait_for(text);
    start.elapsed()
}

#[test]
fn a_changed_data_file_shows_without_a_restart() {
    let dir = scratch_dir("watch");
    let data = dir.join("data.ron");
    let fixture = std::fs::read_to_string(common::apps::FIXTURE).expect("fixture");
    std::fs::write(&data, &fixture).expect("written");
    let state = dir.join("state");
    let data_arg = data.to_str().expect("UTF-8 path");
    let mut s = Session::start(
        &[
            "--lang",
            "en",
            "--today",
            "2026-11-23",
            "--data",
            data_arg,
            "--watch",
        ],
        &[("XDG_STATE_HOME", state.to_str().expect("UTF-8"))],
    );
    s.wait_for("Łąka-Zdrój");
    s.send("\x1b[B\x1b[B"); // Vignac
    s.wait_for("A town in the south of France");
    // Saved as editors do: a new file renamed over the old.
    let renamed = fixture.replace("name: \"Vignac\"", "name: \"Vignac-les-Vignes\"");
    std::fs::write(dir.join(".data.ron.new"), &renamed).expect("written");
    std::fs::rename(dir.join(".data.ron.new"), &data).expect("renamed");
    let took = time_to(&s, "Vignac-les-Vignes");
    let _ = writeln!(
        std::io::stderr(),
        "reload shown {} ms after the save",
        took.as_millis()
    );
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert!(
        s.contents().contains("A town in the south of France"),
        "still on the same town"
    );
    // A broken save changes nothing on screen; the reason is logged.
    std::fs::write(&data, renamed.replace("\"1991-03\"", "\"1991-13\"")).expect("written");
    std::thread::sleep(Duration::from_millis(1500));
    let screen = s.contents();
    assert!(screen.contains("Vignac-les-Vignes"), "{screen}");
    assert!(!screen.contains("1991-13"), "{screen}");
    if std::path::Path::new(partner_cities::journal::JOURNAL_SOCKET).exists() {
        let _ = writeln!(
            std::io::stderr(),
            "pty::a_changed_data_file_shows_without_a_restart: the error went to the journal; \
             not read back"
        );
    } else {
        let log = std::fs::read_to_string(state.join("partner-cities/data.log")).expect("log");
        assert!(log.contains("data.ron:"), "{log}");
        assert!(log.contains("month 13 does not exist"), "{log}");
    }
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// A kiosk on the data file `data`, in English, logging under `state`.
fn kiosk_on(data: &std::path::Path, state: &std::path::Path) -> Session {
    let data = data.to_str().expect("UTF-8 path");
    let state = state.to_str().expect("UTF-8 path");
    Session::start(
        &[
            "--kiosk",
            "--lang",
            "en",
            "--today",
            "2026-11-23",
            "--data",
            data,
        ],
        &[("XDG_STATE_HOME", state)],
    )
}

#[test]
fn a_kiosk_with_a_missing_data_file_starts_on_the_embedded_data_and_switches() {
    let dir = scratch_dir("kiosk-missing");
    let data = dir.join("data.ron");
    let state = dir.join("state");
    let mut s = kiosk_on(&data, &state);
    s.wait_for("Polanica-Zdrój");
    let fixture = std::fs::read_to_string(common::apps::FIXTURE).expect("fixture");
    std::fs::write(&data, &fixture).expect("written");
    let took = time_to(&s, "Łąka-Zdrój");
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert!(!s.contents().contains("Polanica-Zdrój"));
    s.signal("TERM");
    assert!(s.wait_exit().success());
    if !std::path::Path::new(partner_cities::journal::JOURNAL_SOCKET).exists() {
        let log = std::fs::read_to_string(state.join("partner-cities/data.log")).expect("log");
        // In the kiosk's language: the file is missing, in English here.
        assert!(log.contains("data.ron: cannot read the file"), "{log}");
    }
}

/// A pipe in place of the kiosk's data file: the kiosk starts on the embedded data, never
/// waiting for a writer, and follows the file again: a valid one saved in its place shows.
#[test]
fn a_kiosk_whose_data_file_is_a_pipe_starts_on_the_embedded_data_and_follows_the_file() {
    let dir = scratch_dir("kiosk-fifo");
    let data = dir.join("data.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&data)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let state = dir.join("state");
    let mut s = kiosk_on(&data, &state);
    s.wait_for("Polanica-Zdrój");
    std::fs::remove_file(&data).expect("the pipe removed");
    let fixture = std::fs::read_to_string(common::apps::FIXTURE).expect("fixture");
    std::fs::write(&data, &fixture).expect("written");
    s.wait_for("Łąka-Zdrój");
    s.signal("TERM");
    assert!(s.wait_exit().success());
    if !std::path::Path::new(partner_cities::journal::JOURNAL_SOCKET).exists() {
        let log = std::fs::read_to_string(state.join("partner-cities/data.log")).expect("log");
        assert!(log.contains("not a regular file"), "{log}");
    }
}

/// The writes to the terminal of one session: start, the keys (each waiting for its
/// view), quit. Counted by `strace` on file descriptor 1.
fn terminal_writes(keys: &[(&str, &str)], log: &str) -> usize {
    let log = strace_log(log);
    let log_arg = log.to_str().expect("UTF-8 path");
    let program = env!("CARGO_BIN_EXE_partner-cities");
    let mut args = vec![
        "-f",
        "-qq",
        "-e",
        "trace=write",
        "-e",
        "signal=none",
        "-o",
        log_arg,
        program,
    ];
    args.extend(ARGS);
    let mut s = Session::spawn("strace", &args, &[]);
    s.wait_for("Kartuzy (overview)");
    for (key, shows) in keys {
        s.send(key);
        s.wait_for(shows);
    }
    s.send("q");
    assert!(s.wait_exit().success(), "{}", s.contents());
    let text = std::fs::read_to_string(&log).expect("strace wrote its log");
    text.lines()
        .filter(|l| {
            l.split_once(' ')
                .is_some_and(|(_, call)| call.trim_start().starts_with("write(1,"))
        })
        .count()
}

/// Each frame reaches the terminal in one `write` (the backend collects it and writes it
/// at the flush that ends the draw): six key presses that each change the view cost six
/// writes more than a session without them, whatever the set-up and restore write.
#[test]
fn every_frame_is_one_write() {
    if !common::tools::available("strace", "strace", "pty::every_frame_is_one_write") {
        return;
    }
    let none = terminal_writes(&[], "strace-writes-0.log");
    // Tab: from the towns to the timeline, the map, and round to the towns again.
    let views = [
        ("\t", "Partner towns over time"),
        ("\t", "Map – Europe"),
        ("\t", "Kartuzy (overview)"),
        ("\t", "Partner towns over time"),
        ("\t", "Map – Europe"),
        ("\t", "Kartuzy (overview)"),
    ];
    let six = terminal_writes(&views, "strace-writes-6.log");
    assert_eq!(
        six - none,
        views.len(),
        "{none} writes without keys, {six} with six"
    );
}

/// Keys as foot sends them with the kitty keyboard protocol: `?` as Shift and `/` with the
/// shifted key, a held `l` repeating and let go, a capital L. Each acts once, as pressed.
#[test]
fn keys_in_the_kitty_keyboard_protocol() {
    let mut s = Session::start(ARGS, &[]);
    s.wait_for("Łąka-Zdrój");
    // ? (key 47, shifted 63, Shift), then its release: the help opens once.
    s.send("\x1b[47:63;2u\x1b[47:63;2:3u");
    s.wait_for("┌ Help");
    s.send("\x1b[27u"); // Esc
    s.send("\x1b[108u\x1b[108;1:2u\x1b[108;1:2u\x1b[108;1:3u"); // l held: one press
    s.wait_for("Partnerstädte von Kartuzy");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        s.contents().contains("Partnerstädte von Kartuzy"),
        "one step, repeats held back"
    );
    s.send("\x1b[108:76;2u"); // Shift-L: L, the same key
    s.wait_for("Villes partenaires de Kartuzy");
    s.send("\x1b[113u"); // q
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Larger text asked for in a kiosk whose session can give it: the program writes the
/// visitor's place and ends with 10; the next one, at the large size, takes it up.
#[test]
fn larger_text_hands_the_place_to_the_next_program() {
    let dir = scratch_dir("larger-text");
    let place = dir.join("visit.ron");
    let place_arg = place.to_str().expect("a UTF-8 path");
    let args = |size| {
        let mut args = KIOSK.to_vec();
        args.extend(["--text-size", size, "--resume", place_arg]);
        args
    };
    let mut s = Session::start(&args("normal"), &[]);
    s.wait_for("Łąka-Zdrój");
    s.send("3"); // German
    s.send("\x1b[B\x1b[B"); // Vignac
    s.wait_for("Stadt in Südfrankreich");
    s.send("t");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 10);
    s.assert_restored();
    assert!(place.exists(), "the place is written");
    let mut s = Session::start(&args("large"), &[]);
    s.wait_for("Stadt in Südfrankreich");
    assert!(
        s.contents().contains("A−"),
        "the button offers the usual size back"
    );
    assert!(!place.exists(), "the place is taken once");
    s.signal("TERM");
    assert!(s.wait_exit().success());
}
