//! The command line: `check`, `print`, `screenshot`, `--data`, and refusing to draw
//! without a terminal. Facts are checked on the fixture (`--data`); the embedded data gets
//! smoke tests that hold whatever the town hall adds.

mod common;

use std::process::{Command, Output};

use common::apps::FIXTURE;

/// The program with no locale in its environment: it speaks Polish unless told otherwise.
fn program() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_partner-cities"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(var);
    }
    command
}

fn run(args: &[&str]) -> Output {
    program().args(args).output().expect("the binary runs")
}

/// Runs with one environment variable set.
fn run_with(var: &str, value: &str, args: &[&str]) -> Output {
    program()
        .env(var, value)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 errors")
}

#[test]
fn check_accepts_the_embedded_data_complete_in_six_languages() {
    // A kiosk visitor may read any of the six: the production data has every text in each.
    let data = common::production();
    let out = run(&["check", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "data/kartuzy.ron: valid; partners: {}, events: {}\n  pl (required): complete\n  \
             en (required): complete\n  de: complete\n  fr: complete\n  zh: complete\n  \
             ka: complete\n",
            data.partners.len(),
            data.events.len()
        )
    );
}

#[test]
fn check_counts_what_the_file_holds() {
    let out = run(&["check", FIXTURE, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("tests/data/good/towns.ron: valid; partners: 4, events: 8\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_lists_missing_translations_per_language_with_positions() {
    let out = run(&["check", "tests/data/good/minimal.ron", "--lang", "en"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "missing optional languages are not errors"
    );
    let text = stdout(&out);
    assert!(
        text.contains(
            "  de: content texts missing: 9, interface messages missing: 0; English is shown \
             in their place"
        ),
        "{text}"
    );
    assert!(
        text.contains("    tests/data/good/minimal.ron:7:17: home.region\n"),
        "{text}"
    );
    assert!(
        text.contains("    tests/data/good/minimal.ron:24:22: partners[0].summary\n"),
        "{text}"
    );
}

#[test]
fn check_accepts_a_minimal_file() {
    let out = run(&["check", "tests/data/good/minimal.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Each file in tests/data/bad/ must fail with exactly the lines in its `.en.expected` file
/// in English and its `.pl.expected` file in Polish (the staff's language, and the default).
#[test]
fn check_rejects_every_bad_file_with_its_position() {
    for bad in common::corpus::bad_files() {
        let (name, english, polish) = (bad.name.as_str(), &bad.english, &bad.polish);
        assert_ne!(english, polish, "{name}: the Polish message is Polish");
        // The same message from `check`, from `print` and from the browser (which stops
        // before it touches the terminal; tests/pty.rs checks that in a real one); in
        // Polish by default, in English when asked.
        for (args, expected) in [
            (&["check", name][..], polish),
            (&["check", name, "--lang", "en"], english),
            (
                &["print", "cities", "--data", name, "--lang", "en"],
                english,
            ),
            (&["--data", name, "--lang", "en"], english),
            (&["--data", name], polish),
        ] {
            let out = run(args);
            assert_eq!(out.status.code(), Some(2), "{args:?} must be rejected");
            assert_eq!(&stderr(&out), expected, "{args:?}");
            assert!(stdout(&out).is_empty(), "{args:?}: nothing on stdout");
        }
        for line in english.lines() {
            let rest = line.strip_prefix(name).expect("starts with the file name");
            let mut parts = rest.trim_start_matches(':').splitn(3, ':');
            let (l, c) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            assert!(
                l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
                "{line:?} names a line and column"
            );
        }
    }
}

#[test]
fn bad_data_is_reported_before_the_terminal_is_touched() {
    let out = run(&["--data", "tests/data/bad/date-feb-30.ron", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("tests/data/bad/date-feb-30.ron:30:19: day 30"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty(), "no escape sequences were written");
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = run(&["check", "tests/data/no-such-file.ron", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "tests/data/no-such-file.ron: cannot read the file: there is no such file\n"
    );
    let out = run(&["check", "tests/data/no-such-file.ron"]);
    assert_eq!(
        stderr(&out),
        "tests/data/no-such-file.ron: nie można odczytać pliku: nie ma takiego pliku\n"
    );
}

#[test]
fn print_cities_has_every_partner_and_fact_section() {
    let out = run(&[
        "print",
        "cities",
        "--data",
        FIXTURE,
        "--lang",
        "en",
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for name in ["Ahornfeld", "Vignac", "Shanshui", "山水市", "Łąka-Zdrój"] {
        assert!(text.contains(name), "{name} missing");
    }
    for person in ["Anna Beispiel", "Jan Przykładowy"] {
        assert!(text.contains(person), "{person} missing");
    }
    assert!(text.contains("Towarzystwo Przyjaciół Łąki-Zdroju"));
    // A year-only date gets no count of years: it may be one more or one less.
    assert!(text.contains("Cooperation began: 1996\n"));
    assert!(text.contains("Partnership agreement: 21 June 1997 (29 years ago)"));
    assert!(text.contains("Cooperation began: March 1991 (35 years ago)"));
    assert!(text.contains("Milestone anniversaries in 2026"));
    // Haversine distances of the fixture's coordinates, worked out apart from the program
    // (R = 6371 km): 621.4, 1529.2, 7623.0 and 452.5 km.
    for distance in [
        "Distance from Kartuzy: 621 km south-west",
        "Distance from Kartuzy: 1529 km south-west",
        "Distance from Kartuzy: 7623 km east",
        "Distance from Kartuzy: 453 km south",
    ] {
        assert!(text.contains(distance), "{distance}");
    }
    assert!(!text.contains('\u{1b}'), "plain text, no escape sequences");
}

#[test]
fn print_timeline_has_every_event_in_order() {
    let out = run(&["print", "timeline", "--data", FIXTURE, "--lang", "pl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let titles = [
        // The partner town is named after the title only where the title does not name it.
        "marzec 1991 – Początek współpracy z Vignac\n",
        "1996 – Początek współpracy z Ahornfeld\n",
        "21 czerwca 1997 – Porozumienie z Ahornfeld\n",
        "2 października 1997 – Potwierdzenie porozumienia w Kartuzach (miasto partnerskie: Ahornfeld)",
        "listopad 2012 – List intencyjny z Shanshui\n",
        "9 kwietnia 2013 – Zgoda rady miejskiej (miasto partnerskie: Shanshui)",
        "2021 – Partnerstwo z Łąką-Zdrojem\n",
        "2022 – 25 lat partnerstwa z Ahornfeld\n",
    ];
    let mut last = 0;
    for title in titles {
        let at = text[last..]
            .find(title)
            .unwrap_or_else(|| panic!("{title} missing or out of order:\n{text}"));
        last += at;
    }
    assert!(!text.contains('\u{a0}'), "plain spaces in plain text");
}

#[test]
fn print_works_on_the_embedded_data_in_every_language() {
    let data = common::production();
    for lang in common::apps::LANGS {
        for what in ["cities", "timeline"] {
            let out = run(&["print", what, "--lang", lang]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{what} {lang}: {}",
                stderr(&out)
            );
            let text = stdout(&out);
            // A name may be declined in a title ("z Polanicą-Zdrojem"): its stem, the
            // letters that change in declension folded.
            let fold = |s: &str| -> String {
                s.chars()
                    .map(|c| match c {
                        'ą' => 'a',
                        'ę' => 'e',
                        'ó' => 'o',
                        c => c,
                    })
                    .collect()
            };
            for p in &data.partners {
                let name = p.names.text(lang).unwrap_or(&p.name);
                let count = name.chars().count();
                let stem: String = name
                    .chars()
                    .take(count.saturating_sub(2).max(3).min(count))
                    .collect();
                assert!(fold(&text).contains(&fold(&stem)), "{what} {lang}: {name}");
            }
        }
    }
}

/// Each event's line in the printed timeline begins with its date and then its title, in
/// every language: a town's name between them read as the place it happened ("4 September
/// 1995 – Duderstadt: Agreement confirmed in Kartuzy").
#[test]
fn a_timeline_line_puts_the_title_right_after_the_date() {
    let data = common::production();
    for lang in common::apps::LANGS {
        let out = run(&["print", "timeline", "--lang", lang]);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        let text = stdout(&out);
        for event in &data.events {
            // As printed: no-break spaces plain.
            let title = event.title.get(lang).replace('\u{a0}', " ");
            let line = text
                .lines()
                .find(|l| l.starts_with("• ") && l.contains(&title))
                .unwrap_or_else(|| panic!("{lang}: {title} missing"));
            let before = &line[..line.find(&title).expect("found")];
            for p in &data.partners {
                let name = p.names.text(lang).unwrap_or(&p.name);
                assert!(!before.contains(name), "{lang}: {line}");
            }
        }
    }
}

#[test]
fn without_a_terminal_it_suggests_print() {
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("partner-cities print cities"));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_arguments_are_explained() {
    // An unknown --lang is explained in the locale's language.
    let out = run_with("LANG", "en_GB.UTF-8", &["print", "cities", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "unknown language “xx”; available: pl, en, de, fr, zh, ka"
    );
    let out = run(&["print", "cities", "--lang", "xx"]);
    assert_eq!(
        stderr(&out).trim(),
        "nieznany język „xx”; dostępne: pl, en, de, fr, zh, ka"
    );
    let out = run(&["print", "cities", "--today", "2026-02-30", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "--today: day 30 does not exist in 2026-02 (that month has 28 days)"
    );
    let out = run(&["print", "cities", "--today", "2026-02", "--lang", "en"]);
    assert_eq!(
        stderr(&out).trim(),
        "--today: “2026-02” has no day: write YYYY-MM-DD"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    // (arguments, exit code, which stream the reader closes at once)
    for (args, code, closed_stdout) in [
        (&["print", "cities"][..], 0, true),
        (&["print", "timeline", "--lang", "zh"], 0, true),
        (&["check"], 0, true),
        (&["--help"], 0, true),
        (&["help", "screenshot"], 0, true),
        (&["check", "tests/data/bad/duplicate-id.ron"], 2, false),
        (&["--lang", "xx"], 2, false),
    ] {
        let mut child = program()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        // The reader of one stream goes away at once; the other is read to the end.
        let mut kept = String::new();
        if closed_stdout {
            drop(child.stdout.take());
            let mut err = child.stderr.take().expect("stderr");
            err.read_to_string(&mut kept).expect("reads");
        } else {
            drop(child.stderr.take());
            let mut out = child.stdout.take().expect("stdout");
            out.read_to_string(&mut kept).expect("reads");
        }
        let status = child.wait().expect("exits");
        assert_eq!(status.code(), Some(code), "{args:?}: {kept}");
        assert!(!kept.contains("panicked"), "{args:?}: {kept}");
    }
}

/// A path for a test's output file, inside cargo's scratch folder for integration tests.
fn scratch(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
fn screenshot_command_draws_what_the_library_draws() {
    // The binary's picture is the one tests/screenshots.rs draws in memory for the gallery
    // (the same settings as screenshots/detail-zh.svg), on the fixture.
    use partner_cities::screenshot::{self, Format, Palette, Scene, Shot};
    use partner_cities::ui::Theme;
    use partner_cities::ui::theme::ThemeChoice;
    let path = scratch("detail-zh.svg");
    let out = run(&[
        "screenshot",
        "--lang",
        "zh",
        "--select",
        "shanshui",
        "--today",
        "2026-11-23",
        "--data",
        FIXTURE,
        "-o",
        path.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let drawn = std::fs::read_to_string(&path).expect("written");
    let shot = Shot {
        settings: common::settings("zh"),
        area: ratatui::layout::Rect::new(0, 0, 100, 30),
        scene: Scene::Cities,
        select: Some("shanshui"),
        zoom: None,
    };
    let buffer = screenshot::take(
        common::fixture(),
        partner_cities::i18n::I18n::new(),
        &shot,
        &Theme::dark(),
    )
    .expect("staged");
    let expected = screenshot::encode(&buffer, Format::Svg, &Palette::for_theme(ThemeChoice::Dark));
    assert!(drawn.contains(">山<"), "the selected town is drawn");
    assert!(
        drawn == expected,
        "the command and the library draw differently"
    );
}

#[test]
fn screenshot_as_text_is_the_screen_line_by_line() {
    let path = scratch("world.txt");
    let out = run(&[
        "screenshot",
        "--view",
        "map",
        "--zoom",
        "world",
        "--size",
        "120x40",
        "--lang",
        "en",
        "--glyphs",
        "basic",
        "--data",
        FIXTURE,
        "-o",
        path.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&path).expect("written");
    assert_eq!(text.lines().count(), 40);
    assert!(text.lines().all(|l| l.chars().count() <= 120));
    assert!(text.contains("Map - World"), "{text}");
    assert!(text.contains("Shanshui"), "{text}");
    // Basic glyphs: nothing the Linux console cannot draw.
    assert!(
        text.chars()
            .all(|c| c == '\n' || partner_cities::glyphs::is_basic(c)),
        "{text}"
    );
}

#[test]
fn screenshot_mistakes_are_explained_and_write_nothing() {
    let path = scratch("never-written.svg");
    let target = path.to_str().expect("UTF-8 path");
    for (args, message) in [
        (
            vec!["screenshot", "-o", "picture.png"],
            "picture.png: the file name must end in .svg (a picture) or .txt (plain text)",
        ),
        (
            vec!["screenshot", "--select", "paris", "-o", target],
            "no town has the id “paris”; the ids are: kartuzy, ahornfeld, vignac, shanshui, \
             laka-zdroj",
        ),
        (
            vec![
                "screenshot",
                "--view",
                "map",
                "--select",
                "kartuzy",
                "-o",
                target,
            ],
            "“kartuzy” is Kartuzy itself; the map selects partners",
        ),
    ] {
        let mut args = args;
        args.extend(["--lang", "en", "--data", FIXTURE]);
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).trim(), message, "{args:?}");
    }
    // A screenshot reads nothing from the environment, so `auto` is no theme for it.
    let out = run(&[
        "screenshot",
        "--theme",
        "auto",
        "-o",
        target,
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("dark, light, contrast, mono"),
        "{}",
        stderr(&out)
    );
    let out = run(&["screenshot", "--size", "100", "-o", target, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "“100” is not a size; write columns x rows, e.g. 100x30"
    );
    let out = run(&["screenshot", "--size", "0x30", "-o", target, "--lang", "en"]);
    assert_eq!(
        stderr(&out).trim(),
        "each side must be 1 to 1000 cells",
        "{}",
        stderr(&out)
    );
    assert!(!path.exists());
}

/// The long options and subcommands `--help` output names.
fn options_in(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(str::to_string)
        .collect()
}

#[test]
fn the_help_and_the_readme_name_the_same_options() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let mut helped = Vec::new();
    for args in [
        &["--help"][..],
        &["help", "check"],
        &["help", "print"],
        &["help", "screenshot"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = stdout(&out);
        for option in options_in(&text) {
            if option != "--help" && option != "--version" {
                assert!(
                    readme.contains(&format!("{option} "))
                        || readme.contains(&format!("{option}`")),
                    "`{}` has {option}, which the README does not explain",
                    args.join(" ")
                );
            }
        }
        helped.extend(options_in(&text));
    }
    for command in ["check", "print", "screenshot"] {
        assert!(
            readme.contains(&format!("partner-cities {command}")),
            "{command}"
        );
    }
    // And the other way: the README's usage block names no option the program lacks.
    let usage = readme
        .split("## Command line")
        .nth(1)
        .and_then(|s| s.split("```").nth(1))
        .expect("a usage block under ## Command line");
    for option in options_in(usage) {
        assert!(
            helped.contains(&option),
            "README's usage has {option}, the program does not"
        );
    }
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    // 100 MB, sparse: the size alone decides, nothing is read.
    let path = scratch("huge.ron");
    let file = std::fs::File::create(&path).expect("scratch file");
    file.set_len(100 * 1024 * 1024).expect("sized");
    let name = path.to_str().expect("UTF-8 path");
    let out = run(&["check", name, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!("{name}: the file has 104857600 bytes; a data file may have at most 67108864\n")
    );
    std::fs::remove_file(&path).expect("removed");
}

/// Runs the program and waits at most 20 s for it: a program that blocks or reads without
/// end fails the test instead of hanging it.
fn run_within(args: &[&str]) -> Output {
    let child = program()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(20)) {
        Ok(out) => out.expect("waited"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
            panic!("{args:?} did not end within 20 s");
        }
    }
}

/// A device that never ends (/dev/zero) or claims no size, and a pipe nobody writes to,
/// in place of a data file: refused at once, with the reason, by `check`, by the browser
/// before it touches the terminal, never read without end or waited on.
#[test]
fn a_device_or_a_pipe_is_refused_as_a_data_file() {
    let fifo = scratch("pipe.ron");
    let _ = std::fs::remove_file(&fifo);
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let fifo = fifo.to_str().expect("UTF-8 path").to_string();
    for file in ["/dev/zero", fifo.as_str()] {
        let reason = "cannot read the file: this is not a regular file but a device, a pipe or \
                      similar; give the path of a data file";
        let out = run_within(&["check", file, "--lang", "en"]);
        assert_eq!(out.status.code(), Some(2), "check {file}");
        assert_eq!(stderr(&out), format!("{file}: {reason}\n"));
        let out = run_within(&["--data", file, "--lang", "en"]);
        assert_eq!(out.status.code(), Some(2), "--data {file}");
        assert_eq!(stderr(&out), format!("{file}: {reason}\n"));
    }
    std::fs::remove_file(&fifo).expect("removed");
}

/// The minimal file with `partners` replaced by `count` generated ones.
fn with_partners(count: usize) -> String {
    let minimal = std::fs::read_to_string("tests/data/good/minimal.ron").expect("minimal");
    let start = minimal.find("    partners: [").expect("partners");
    let end = minimal.find("    events: [").expect("events");
    let mut out = String::with_capacity(count * 220 + minimal.len());
    out.push_str(&minimal[..start]);
    out.push_str("    partners: [\n");
    for i in 0..count {
        let id = if i == 0 {
            "duderstadt".to_string()
        } else {
            format!("p{i}")
        };
        out.push_str(&format!(
            "(id:\"{id}\",name:\"P\",country:\"DE\",region:{{\"pl\":\"r\",\"en\":\"r\"}},\
             coordinates:(lat:0,lon:0),began:(kind:Cooperation,date:\"1994\"),\
             summary:{{\"pl\":\"s\",\"en\":\"s\"}},story:[{{\"pl\":\"t\",\"en\":\"t\"}}]),\n"
        ));
    }
    out.push_str("    ],\n");
    out.push_str(&minimal[end..]);
    out
}

#[test]
fn too_many_partners_are_refused_with_the_limit() {
    let path = scratch("many-partners.ron");
    let max = partner_cities::data::validate::MAX_PARTNERS;
    std::fs::write(&path, with_partners(max + 1)).expect("written");
    let name = path.to_str().expect("UTF-8 path");
    let out = run(&["check", name, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "{name}:15:15: {} partners; a data file may hold at most {max}\n",
            max + 1
        )
    );
    // One fewer is fine.
    std::fs::write(&path, with_partners(max)).expect("written");
    let out = run(&["check", name]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::remove_file(&path).expect("removed");
}

#[test]
fn a_million_brackets_deep_is_an_error_not_a_stack_overflow() {
    let minimal = std::fs::read_to_string("tests/data/good/minimal.ron").expect("minimal");
    let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    for (name, text) in [
        (
            "deep-value.ron",
            minimal.replace("story: [{", &format!("story: [{deep}, {{")),
        ),
        ("deep-top.ron", "(".repeat(1_000_000)),
    ] {
        let path = scratch(name);
        std::fs::write(&path, text).expect("written");
        let out = run(&["check", path.to_str().expect("UTF-8 path")]);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains(".ron:"), "{name}: {}", stderr(&out));
        assert!(!stderr(&out).contains("overflow"), "{name}");
    }
}

#[test]
fn the_language_comes_from_the_locale_and_lang_wins() {
    let file = "tests/data/bad/date-feb-30.ron";
    let polish = "tests/data/bad/date-feb-30.ron:30:19: dzień 30 nie istnieje";
    let english = "tests/data/bad/date-feb-30.ron:30:19: day 30 does not exist";
    let german = "tests/data/bad/date-feb-30.ron:30:19: im Monat 2019-02 gibt es keinen Tag 30";
    /// Environment, extra arguments, the start of the message.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (&[], &[], polish),
        (&[("LANG", "C")], &[], polish),
        (&[("LANG", "C.UTF-8")], &[], polish),
        (&[("LANG", "POSIX")], &[], polish),
        (&[("LANG", "es_ES.UTF-8")], &[], polish),
        (&[("LANG", "en_GB.UTF-8")], &[], english),
        (&[("LANG", "de_DE.UTF-8")], &[], german),
        (
            &[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")],
            &[],
            english,
        ),
        (
            &[("LC_MESSAGES", "en_US.UTF-8"), ("LC_ALL", "de_DE.UTF-8")],
            &[],
            german,
        ),
        (&[("LC_ALL", "C"), ("LANG", "en_GB.UTF-8")], &[], polish),
        (&[("LC_ALL", "de_DE.UTF-8")], &["--lang", "en"], english),
        (&[("LANG", "en_GB.UTF-8")], &["--lang", "pl"], polish),
    ];
    for (vars, extra, expected) in cases {
        let mut command = program();
        command
            .envs(vars.iter().copied())
            .args(["check", file])
            .args(*extra);
        let out = command.output().expect("runs");
        assert!(
            stderr(&out).starts_with(expected),
            "{vars:?} {extra:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn nothing_typed_or_named_reaches_stderr_raw() {
    // A file name, an option value and a file's contents, each with an escape sequence and
    // a bidi override: every message shows them as \u{…}, none writes them.
    let hostile = "\u{1b}]0;pwned\u{7}\u{202e}";
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let named = dir.join(format!("bad{hostile}name.ron"));
    std::fs::copy("tests/data/bad/date-feb-30.ron", &named).expect("copied");
    let name = named.to_str().expect("UTF-8 path");
    let missing = dir.join(format!("missing{hostile}.ron"));
    let missing = missing.to_str().expect("UTF-8 path");
    let value = format!("dark{hostile}");
    for args in [
        vec!["check", name],
        vec!["check", missing],
        vec!["print", "cities", "--data", name],
        vec!["--theme", &value],
        vec!["--lang", &value],
        vec!["print", "cities", "--today", &value],
        vec!["screenshot", "-o", &value],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        for c in ['\u{1b}', '\u{7}', '\u{202e}'] {
            assert!(
                !err.contains(c),
                "{args:?} wrote U+{:04X}: {err:?}",
                u32::from(c)
            );
        }
        assert!(
            err.contains("\\u{202e}"),
            "{args:?} shows what was there: {err}"
        );
    }
    std::fs::remove_file(&named).expect("removed");
}

/// The man page and the shell completions the Debian package installs, made from the
/// program's own command line definition: committed in `deploy/`, kept current here
/// (`UPDATE_SNAPSHOTS=1 cargo test` rewrites them after a change of an option).
#[test]
fn the_man_page_and_completions_are_the_program_s_own() {
    use clap_complete::Shell;
    let root = common::pictures::root();
    let mut stale = Vec::new();
    let mut check = |file: &str, text: Vec<u8>| {
        let text = String::from_utf8(text).expect("UTF-8");
        if let Err(e) = common::pictures::compare(&root.join(file), &text) {
            stale.push(e);
        }
    };
    let mut man = Vec::new();
    clap_mangen::Man::new(partner_cities::cli::command())
        .render(&mut man)
        .expect("renders");
    check("deploy/man/partner-cities.1", man);
    for (shell, file) in [
        (Shell::Bash, "deploy/completions/partner-cities.bash"),
        (Shell::Zsh, "deploy/completions/_partner-cities"),
        (Shell::Fish, "deploy/completions/partner-cities.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(
            shell,
            &mut partner_cities::cli::command(),
            "partner-cities",
            &mut out,
        );
        check(file, out);
    }
    assert!(
        stale.is_empty(),
        "{}\nrefresh them: {}",
        stale.join("\n"),
        common::pictures::REFRESH
    );
    let man = std::fs::read_to_string(root.join("deploy/man/partner-cities.1")).expect("man");
    for option in ["\\-\\-kiosk", "\\-\\-watch", "\\-\\-data"] {
        assert!(man.contains(option), "{option} in the man page");
    }
}
