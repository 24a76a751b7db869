//! Start-up to the first complete frame, in a pseudo-terminal, side by side with `less`
//! opening a text file of the same size (the data file itself), and with the generated
//! data set of 20,000 partners and 100,000 events.
//!
//! `cargo build --release && cargo run --release --example startup [RUNS]`
//!
//! A frame is complete when its last line (the footer) is on the emulated screen; for
//! `less`, when its prompt (set to a marker with `-P`) is. Runs alternate between the
//! programs so that both see the same machine; medians are printed.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::io::Read;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BINARY: &str = "target/release/partner-cities";

/// Milliseconds from spawning `program` to `marker` on its screen.
fn time_to_screen(program: &str, args: &[&str], marker: &str) -> f64 {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.cwd(std::env::current_dir().expect("a working directory"));
    cmd.env("TERM", "xterm-256color");
    cmd.env("LESS", "");
    let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 100, 0)));
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let sink = Arc::clone(&screen);
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawns");
    drop(pty.slave);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("screen").process(&buf[..n]);
        }
    });
    let elapsed = loop {
        if screen
            .lock()
            .expect("screen")
            .screen()
            .contents()
            .contains(marker)
        {
            break start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{program} never showed {marker:?}"
        );
        std::thread::sleep(Duration::from_micros(200));
    };
    let _ = child.kill();
    let _ = child.wait();
    elapsed.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(21);
    assert!(
        Path::new(BINARY).exists(),
        "build it first: cargo build --release"
    );
    let binary = std::fs::canonicalize(BINARY).expect("the release binary");
    let binary = binary.to_str().expect("UTF-8 path");
    let big = Path::new("target/startup-20k.ron");
    std::fs::write(big, generate::generate(20_000, 100_000)).expect("writes the 20k file");
    let big = big.to_str().expect("UTF-8 path");
    let data = "data/kartuzy.ron";
    let ours = ["--lang", "en", "--today", "2026-11-23"];
    let mut ours_big = ours.to_vec();
    ours_big.extend(["--data", big]);
    let (mut embedded, mut less, mut large) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        embedded.push(time_to_screen(binary, &ours, "q quit"));
        less.push(time_to_screen(
            "less",
            &["-PsREADY-MARKER", data],
            "READY-MARKER",
        ));
        large.push(time_to_screen(binary, &ours_big, "q quit"));
    }
    let (e, l, b) = (median(embedded), median(less), median(large));
    let size = std::fs::metadata(data).map(|m| m.len()).unwrap_or(0);
    println!("start-up to the first complete frame, median of {runs} runs, 100x30 pseudo-terminal");
    println!("  partner-cities (embedded data, {size} bytes): {e:.1} ms");
    println!("  less {data} ({size} bytes):              {l:.1} ms");
    println!("  ratio: {:.2} (target: at most 1.2)", e / l);
    println!(
        "  partner-cities --data (20,000 partners, 100,000 events): {b:.1} ms (target: under 300)"
    );
}
