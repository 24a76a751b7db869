//! Command line and wiring: parse arguments, load data, then run the TUI or a subcommand.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;

use partner_cities::app::{App, KeyRepeat, Settings, Visit};
use partner_cities::cli::{Cli, Command, ContentArgs, MAX_SHOT_SIDE, PrintWhat};
use partner_cities::content::Context;
use partner_cities::data::chars::escape;
use partner_cities::data::{self, Dataset, PartialDate};
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::{Arg, I18n};
use partner_cities::journal::Journal;
use partner_cities::screenshot::{self, Format, Palette, Shot};
use partner_cities::ui::theme::{ColorEnv, Theme, ThemeChoice};
use partner_cities::{EMBEDDED_DATA, jack, locale, report, speech, terminal, touch, watch};
use ratatui::layout::Rect;

/// Idle time before a kiosk returns to the home screen, unless `--idle` says otherwise.
const KIOSK_IDLE: Duration = Duration::from_secs(60);

/// Invalid input (data, arguments): the exit code scripts can test for.
const EXIT_INVALID: u8 = 2;

fn main() -> ExitCode {
    ExitCode::from(start())
}

/// Parses the command line and runs it; the exit code.
fn start() -> u8 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    let i18n = I18n::new();
    // The language every message speaks: asked for, else the locale's, else Polish.
    let lang = match &cli.lang {
        None => locale::from_env(&i18n.codes().collect::<Vec<_>>(), "pl"),
        Some(code) => match i18n.find(code) {
            Some(lang) => lang,
            None => {
                let fallback = locale::from_env(&i18n.codes().collect::<Vec<_>>(), "pl");
                let codes: Vec<&str> = i18n.codes().collect();
                warn(&i18n.tr_args(
                    fallback,
                    "cli-unknown-language",
                    &[
                        ("code", Arg::Text(&escape(code))),
                        (
                            "codes",
                            Arg::Text(&codes.join(&i18n.tr(fallback, "list-separator"))),
                        ),
                    ],
                ));
                return EXIT_INVALID;
            }
        },
    };
    match run(cli, i18n, lang) {
        Ok(status) => status,
        Err(message) => {
            if !message.is_empty() {
                warn(&message);
            }
            EXIT_INVALID
        }
    }
}

/// Clap's own output: help and version as clap writes them; a mistake with anything it
/// quotes from the arguments escaped (`\u{1b}` for an ESC typed in a value), as every
/// message quoting input is.
fn clap_error(e: clap::Error) -> u8 {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return 0;
    }
    let text: String = e
        .render()
        .to_string()
        .lines()
        .map(|line| escape(line).into_owned() + "\n")
        .collect();
    let _ = io::stderr().lock().write_all(text.as_bytes());
    u8::try_from(e.exit_code()).unwrap_or(EXIT_INVALID)
}

/// Runs the command; its exit status, or the message to show, already in `lang`.
fn run(cli: Cli, i18n: I18n, lang: &'static str) -> Result<u8, String> {
    let tr = |id: &str, args: &[(&str, Arg)]| i18n.tr_args(lang, id, args);
    if let Some(Command::Check { file }) = &cli.command {
        let path = file.as_ref().or(cli.data.as_ref());
        let (name, source) = read(path).map_err(|e| report::data_error(&i18n, lang, &e))?;
        let (data, gaps) = data::load::load_with_gaps(&name, &source)
            .map_err(|e| report::data_error(&i18n, lang, &e))?;
        let summary = report::check_summary(&i18n, lang, &name, &source, &data, &gaps);
        return write_stdout(&summary)
            .map(|()| 0)
            .map_err(|e| tr("cli-cannot-write-out", &[("reason", Arg::Text(&e))]));
    }
    let kiosk_browser = cli.command.is_none() && cli.kiosk;
    let data = match load(cli.data.as_ref()) {
        Ok(data) => data,
        // A kiosk is never left dark: it shows the embedded data, logs why, and switches
        // as soon as the file validates.
        Err(e) if kiosk_browser => {
            Journal::from_env().error(&report::data_error(&i18n, lang, &e));
            load(None).map_err(|e| report::data_error(&i18n, lang, &e))?
        }
        Err(e) => return Err(report::data_error(&i18n, lang, &e)),
    };
    match cli.command {
        Some(Command::Print { what, content }) => {
            let today = today(&content, &i18n, lang)?;
            let ctx = Context {
                data: &data,
                i18n: &i18n,
                lang,
                today,
                glyphs: GlyphMode::Unicode,
                spoken: false,
            };
            print(&ctx, what)
                .map(|()| 0)
                .map_err(|e| tr("cli-cannot-write-out", &[("reason", Arg::Text(&e))]))
        }
        Some(Command::Check { .. }) => Ok(0),
        Some(Command::Screenshot {
            output,
            view,
            select,
            zoom,
            size,
            content,
            glyphs,
            theme,
        }) => {
            let file = escape(&output.display().to_string()).into_owned();
            let format = Format::for_path(&output)
                .ok_or_else(|| tr("shot-extension", &[("file", Arg::Text(&file))]))?;
            let (width, height) = parse_size(&size, &i18n, lang)?;
            let today = today(&content, &i18n, lang)?;
            let choice = theme;
            let theme = Theme::resolve(choice, ColorEnv::default());
            let shot = Shot {
                settings: Settings {
                    glyphs,
                    ..Settings::interactive(lang, today)
                },
                area: Rect::new(0, 0, width, height),
                scene: view,
                select: select.as_deref(),
                zoom,
            };
            if let (_, Some(notice)) = i18n.shown(lang, glyphs) {
                warn(&notice);
            }
            let buffer = screenshot::take(data, i18n, &shot, &theme)
                .map_err(|e| e.describe(&I18n::new(), lang))?;
            let text = screenshot::encode(&buffer, format, &Palette::for_theme(choice));
            std::fs::write(&output, text).map(|()| 0).map_err(|e| {
                I18n::new().tr_args(
                    lang,
                    "cli-cannot-write",
                    &[
                        ("file", Arg::Text(&file)),
                        ("reason", Arg::Text(&escape(&e.to_string()))),
                    ],
                )
            })
        }
        None => {
            let today = today(&cli.content, &i18n, lang)?;
            if !io::stdout().is_terminal() {
                return Err(tr("cli-not-a-terminal", &[]));
            }
            let term = std::env::var("TERM").ok();
            let glyphs = cli
                .glyphs
                .unwrap_or_else(|| GlyphMode::for_term(term.as_deref()));
            let colorterm = std::env::var("COLORTERM").ok();
            // High contrast is a visitor's choice, so the theme it switches from is the
            // one the environment gives; `--theme contrast` starts with it on.
            let contrast = cli.theme == ThemeChoice::Contrast;
            let usual = if contrast {
                ThemeChoice::Auto
            } else {
                cli.theme
            };
            let theme = Theme::resolve(
                usual,
                ColorEnv {
                    no_color: std::env::var_os("NO_COLOR").is_some(),
                    term: term.as_deref(),
                    colorterm: colorterm.as_deref(),
                },
            );
            let idle = match (cli.idle, cli.kiosk) {
                (Some(0), _) | (None, false) => None,
                (Some(secs), _) => Some(Duration::from_secs(secs)),
                (None, true) => Some(KIOSK_IDLE),
            };
            // Chinese or Georgian on the Linux console: say why, and show English.
            let (shown, notice) = i18n.shown(lang, glyphs);
            if let Some(notice) = &notice {
                warn(notice);
            }
            let settings = Settings {
                lang: shown,
                today,
                kiosk: cli.kiosk,
                glyphs,
                idle,
                tour_step: (cli.kiosk || cli.tour).then(|| Duration::from_secs(cli.tour_step)),
                tour: cli.tour,
                colour: theme != Theme::mono(),
                notice,
                speech: cli.speech,
                contrast,
                text_size: cli.text_size,
                key_repeat: cli
                    .repeat_delay
                    .zip(cli.repeat_interval)
                    .map(|(delay, interval)| KeyRepeat {
                        delay: Duration::from_millis(delay),
                        interval: Duration::from_millis(interval),
                    }),
            };
            let mut app = App::new(data, i18n, settings, Instant::now());
            if let Some(visit) = cli.resume.as_deref().and_then(Visit::take) {
                app.resume(&visit);
            }
            let follow = cli.data.as_deref().filter(|_| cli.kiosk || cli.watch);
            let voice = match cli.speech_command {
                Some(command) => speech::engine::Voice::Command(command),
                None => speech::engine::Voice::Espeak,
            };
            let speaker = speech::Speaker::new(voice, move |fault| {
                Journal::from_env().error(&speech_fault(lang, &fault));
            });
            terminal::run_with(&mut app, &theme, Some(speaker), |waker| {
                if cli.touch {
                    let taps = waker.clone();
                    if touch::follow(move |g| taps.gesture(g)) == 0 {
                        Journal::from_env().error(&I18n::new().tr(lang, "cli-no-touchscreen"));
                    }
                }
                // A kiosk speaks when headphones are plugged in. A box without a jack
                // the program may read is no fault: Space turns speech on there.
                if cli.kiosk {
                    let jack = waker.clone();
                    jack::follow(move |plugged| jack.headphones(plugged));
                }
                follow.and_then(|path| follow_file(path, lang, waker))
            })
            .map_err(|e| {
                I18n::new().tr_args(
                    lang,
                    "cli-terminal",
                    &[("reason", Arg::Text(&escape(&e.to_string())))],
                )
            })?;
            Ok(app.restart().map_or(0, |restart| {
                // A place that cannot be written is lost, not the restart: the visitor
                // still gets the text size, at the start screen.
                if restart.keep_place
                    && let Some(path) = &cli.resume
                    && let Err(e) = app.visit().write(path)
                {
                    Journal::from_env().error(&I18n::new().tr_args(
                        lang,
                        "cli-cannot-write",
                        &[
                            ("file", Arg::Text(&escape(&path.display().to_string()))),
                            ("reason", Arg::Text(&escape(&e.to_string()))),
                        ],
                    ));
                }
                restart.size.exit_status()
            }))
        }
    }
}

/// A speech fault as the staff read it in the journal, in `lang`.
fn speech_fault(lang: &str, fault: &speech::engine::Fault) -> String {
    use speech::engine::Fault;
    let i18n = I18n::new();
    match fault {
        Fault::NotStarted(reason) => i18n.tr_args(
            lang,
            "speech-not-started",
            &[("reason", Arg::Text(&escape(reason)))],
        ),
        Fault::Failed(status) => i18n.tr_args(
            lang,
            "speech-failed",
            &[("status", Arg::Text(&escape(status)))],
        ),
        Fault::Hung => i18n.tr(lang, "speech-hung"),
    }
}

/// The date asked for with `--today`, checked, or the local date.
fn today(content: &ContentArgs, i18n: &I18n, lang: &str) -> Result<PartialDate, String> {
    match &content.today {
        Some(text) => parse_today(text, i18n, lang),
        None => local_today().ok_or_else(|| i18n.tr(lang, "cli-clock")),
    }
}

/// `--size`: columns x rows, each 1 to [`MAX_SHOT_SIDE`].
fn parse_size(text: &str, i18n: &I18n, lang: &str) -> Result<(u16, u16), String> {
    let err = || i18n.tr_args(lang, "shot-size", &[("text", Arg::Text(&escape(text)))]);
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(err)?;
    let side = |s: &str| -> Result<u16, String> {
        let n: u16 = s.trim().parse().map_err(|_| err())?;
        if (1..=MAX_SHOT_SIDE).contains(&n) {
            Ok(n)
        } else {
            Err(i18n.tr_args(
                lang,
                "shot-side",
                &[("max", Arg::Num(MAX_SHOT_SIDE.into()))],
            ))
        }
    };
    Ok((side(w)?, side(h)?))
}

/// Watches the data file at `path`, handing each version that validates to the running
/// browser and logging, in `lang`, why any other does not load. A watch that cannot start
/// is logged too: the browser goes on with the data it has.
fn follow_file(path: &Path, lang: &'static str, sender: terminal::Waker) -> Option<watch::Watch> {
    let journal = Journal::from_env();
    let log = journal.clone();
    let watching = watch::watch(path, None, move |reload| match reload {
        watch::Reload::Loaded(data) => sender.data(data),
        watch::Reload::Refused(e) => {
            log.error(&report::data_error(&I18n::new(), lang, &e));
            true
        }
        watch::Reload::FolderGone(folder) => {
            let folder = escape(&folder.display().to_string()).into_owned();
            log.error(&I18n::new().tr_args(
                lang,
                "cli-data-folder-gone",
                &[("folder", Arg::Text(&folder))],
            ));
            true
        }
    });
    match watching {
        Ok(w) => Some(w),
        Err(e) => {
            let reason = escape(&e.to_string()).into_owned();
            journal.error(&I18n::new().tr_args(
                lang,
                "cli-cannot-watch",
                &[
                    ("file", Arg::Text(&escape(&path.display().to_string()))),
                    ("reason", Arg::Text(&reason)),
                ],
            ));
            None
        }
    }
}

/// The embedded data, or `path`'s. Errors are reported before the terminal is touched.
fn load(path: Option<&PathBuf>) -> Result<Dataset, data::DataError> {
    if path.is_none()
        && let Ok(data) = partner_cities::embedded_dataset()
    {
        return Ok(data);
    }
    let (name, source) = read(path)?;
    data::load(&name, &source)
}

/// The name and text of the embedded data file, or of `path`.
fn read(
    path: Option<&PathBuf>,
) -> Result<(String, std::borrow::Cow<'static, str>), data::DataError> {
    match path {
        None => Ok((data::EMBEDDED_NAME.to_string(), EMBEDDED_DATA.into())),
        Some(path) => {
            data::load::read_file(path).map(|source| (path.display().to_string(), source.into()))
        }
    }
}

/// `--today`: a whole date.
fn parse_today(text: &str, i18n: &I18n, lang: &str) -> Result<PartialDate, String> {
    let with_reason =
        |reason: String| i18n.tr_args(lang, "cli-today", &[("problem", Arg::Text(&reason))]);
    let date: PartialDate = text
        .parse()
        .map_err(|e| with_reason(report::date_error(i18n, lang, &e)))?;
    if date.day().is_none() {
        return Err(with_reason(i18n.tr_args(
            lang,
            "cli-today-day",
            &[("text", Arg::Text(&escape(text)))],
        )));
    }
    Ok(date)
}

/// Today's date on this machine, if its clock is within the years a date can have.
fn local_today() -> Option<PartialDate> {
    use chrono::Datelike;
    let now = chrono::Local::now().date_naive();
    let year = u16::try_from(now.year()).ok()?;
    // chrono's month and day are always 1..=12 and 1..=31.
    PartialDate::ymd(year, now.month() as u8, now.day() as u8).ok()
}

fn print(ctx: &Context, what: PrintWhat) -> Result<(), String> {
    write_stdout(&match what {
        PrintWhat::Cities => ctx.print_cities(),
        PrintWhat::Timeline => ctx.print_timeline(),
    })
}

/// A line on standard error. Unlike `eprintln!`, a closed or broken stderr is ignored
/// rather than a panic: there is nowhere left to report it.
fn warn(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

/// Writes to standard output; a reader that stopped early (`| head`) is not an error.
/// The error is the system's reason, made safe to print.
fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(escape(&e.to_string()).into_owned()),
        _ => Ok(()),
    }
}
