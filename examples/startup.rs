//! Start-up to the first complete frame, in a pseudo-terminal, side by side with the floor
//! of this stack (`examples/floor.rs`: a minimal ratatui + crossterm program drawing a
//! frame like ours) and with `less` opening a text file of the same size (the data file
//! itself); then the generated data set of 20,000 partners and 100,000 events, and the
//! answer to a key sent the moment its first frame arrives.
//!
//! `cargo build --release --bin partner-cities --example floor`
//! `cargo run --release --example startup [RUNS]` (101 rounds unless RUNS says otherwise)
//!
//! Timed on the raw bytes: from the spawn to the read that brings the frame's last line
//! (the footer's "quit"; for `less`, its prompt, set to a marker with `-P`). The program
//! is timed as it is usually started, with no arguments (in Polish: `LANG=pl_PL.UTF-8`),
//! and with some. Each round runs every program once, starting one further along the list
//! than the round before, so that none always runs first or after the same one. Medians
//! are printed.
//!
//! `STARTUP_COMPARE=PATH[:PATH...]` times other builds of the program too (no arguments)
//! in the same rounds: a before-and-after in one run.
//!
//! Each program built here is timed as a copy (`target/startup-copies/`), not the file the
//! linker wrote: on this machine a freshly linked binary started measurably slower than a
//! copy of the same bytes, until the page cache was dropped. The copy is the program as it
//! runs once installed.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::io::{Read, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Milliseconds from spawning `program` to the read that brings `marker`, on the raw
/// bytes it writes to its terminal (the marker is in the last line each program draws:
/// the browser's footer, the floor's, `less`'s prompt). `polish` sets the locale to Polish
/// (for the browser without arguments; the others keep this shell's).
fn time_to_screen(program: &str, args: &[&str], marker: &str, polish: bool) -> f64 {
    run(program, args, marker, polish, None).0
}

/// As [`time_to_screen`], and `key` sent the moment the marker arrives: also the
/// milliseconds from sending it to the next bytes the program writes (its answer).
fn run(
    program: &str,
    args: &[&str],
    marker: &str,
    polish: bool,
    key: Option<&'static [u8]>,
) -> (f64, Option<f64>) {
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
    if polish {
        // The language as a Polish user's locale gives it, whatever this shell's is.
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "pl_PL.UTF-8");
    }
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawns");
    drop(pty.slave);
    let (tx, rx) = std::sync::mpsc::channel();
    let marker = marker.as_bytes().to_vec();
    std::thread::spawn(move || {
        let mut seen: Vec<u8> = Vec::new();
        let mut buf = [0u8; 65536];
        let mut shown = None;
        while let Ok(n) = reader.read(&mut buf) {
            let at = start.elapsed();
            if n == 0 {
                break;
            }
            if let Some(shown) = shown {
                let _ = tx.send((shown, Some(at)));
                return;
            }
            seen.extend_from_slice(&buf[..n]);
            if seen.windows(marker.len()).any(|w| w == marker.as_slice()) {
                let Some(key) = key else {
                    let _ = tx.send((at, None));
                    return;
                };
                let _ = writer.write_all(key);
                shown = Some(start.elapsed());
            }
        }
    });
    let (shown, answered) = rx
        .recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|_| panic!("{program} never showed its marker"));
    let _ = child.kill();
    let _ = child.wait();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(shown), answered.map(|a| ms(a - shown)))
}

/// A copy of the program at `path` in `target/startup-copies/NAME`, timed in its place
/// (see the top of this file for why).
fn copied(path: &Path, name: &str) -> String {
    let folder = Path::new("target/startup-copies");
    std::fs::create_dir_all(folder).expect("makes target/startup-copies");
    let copy = folder.join(name);
    // A copy still running from an earlier run cannot be overwritten: replace it.
    let _ = std::fs::remove_file(&copy);
    std::fs::copy(path, &copy).unwrap_or_else(|e| panic!("copies {}: {e}", path.display()));
    let copy = std::fs::canonicalize(copy).expect("the copy's path");
    copy.to_str().expect("UTF-8 path").to_string()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(101);
    // This example is target/release/examples/startup: the floor is beside it, the
    // program one folder up.
    let examples = std::env::current_exe().expect("the example's own path");
    let examples = examples.parent().expect("its folder");
    let binary = examples.join("../partner-cities");
    let floor = examples.join("floor");
    for built in [&binary, &floor] {
        assert!(
            built.exists(),
            "build them first: cargo build --release --bin partner-cities --example floor"
        );
    }
    let binary = copied(&binary, "partner-cities");
    let binary = binary.as_str();
    let floor = copied(&floor, "floor");
    let floor = floor.as_str();
    let big = Path::new("target/startup-20k.ron");
    std::fs::write(big, generate::generate(20_000, 100_000)).expect("writes the 20k file");
    let big = big.to_str().expect("UTF-8 path");
    let data = "data/kartuzy.ron";
    let args = ["--lang", "en", "--today", "2026-11-23"];
    let mut args_big = args.to_vec();
    args_big.extend(["--data", big]);
    // (what is printed, program, arguments, marker, in Polish)
    let mut programs: Vec<(String, &str, Vec<&str>, &str, bool)> = vec![
        (
            "partner-cities (embedded data, no arguments)".into(),
            binary,
            vec![],
            "wyjście",
            true,
        ),
        (
            format!("partner-cities {}", args.join(" ")),
            binary,
            args.to_vec(),
            "quit",
            false,
        ),
    ];
    let compare = std::env::var("STARTUP_COMPARE").unwrap_or_default();
    let compare: Vec<(&str, String)> = compare
        .split(':')
        .filter(|path| !path.is_empty())
        .enumerate()
        .map(|(i, path)| (path, copied(Path::new(path), &format!("compare-{i}"))))
        .collect();
    for (path, copy) in &compare {
        programs.push((
            format!("{path} (no arguments)"),
            copy,
            vec![],
            "wyjście",
            true,
        ));
    }
    programs.push((
        "the floor (examples/floor.rs, ratatui + crossterm)".into(),
        floor,
        vec![],
        "quit",
        false,
    ));
    programs.push((
        format!("less {data}"),
        "less",
        vec!["-PsREADY-MARKER", data],
        "READY-MARKER",
        false,
    ));
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); programs.len()];
    for round in 0..runs {
        for k in 0..programs.len() {
            let i = (round + k) % programs.len();
            let (_, program, args, marker, polish) = &programs[i];
            times[i].push(time_to_screen(program, args, marker, *polish));
        }
    }
    let large: Vec<f64> = (0..runs)
        .map(|_| time_to_screen(binary, &args_big, "quit", false))
        .collect();
    // The first key's answer with the 20k set.
    let first_key: Vec<f64> = (0..runs.min(31))
        .filter_map(|_| run(binary, &args_big, "quit", false, Some(b"\x1b[B")).1)
        .collect();
    let medians: Vec<f64> = times.into_iter().map(median).collect();
    let (ours, less, floor) = (
        medians[0],
        medians[medians.len() - 1],
        medians[medians.len() - 2],
    );
    let size = std::fs::metadata(data).map(|m| m.len()).unwrap_or(0);
    println!(
        "start-up to the first complete frame, median of {runs} rounds, 100x30 pseudo-terminal, data {size} bytes"
    );
    for ((name, ..), m) in programs.iter().zip(&medians) {
        println!("  {name}: {m:.2} ms");
    }
    println!(
        "  ratio to the floor: {:.2} (target: at most 1.25; with arguments: {:.2}); to less: {:.2}",
        ours / floor,
        medians[1] / floor,
        ours / less
    );
    println!(
        "  partner-cities --data (20,000 partners, 100,000 events): {:.1} ms (target: under 1000)",
        median(large)
    );
    println!(
        "  its first key (down), sent the moment the frame arrived: answered in {:.1} ms (target: under 16; median of {})",
        median(first_key.clone()),
        first_key.len()
    );
}
