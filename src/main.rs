//! Command line and wiring: parse arguments, load data, then run the TUI or a subcommand.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use std::time::{Duration, Instant};

use partner_cities::app::{App, Settings};
use partner_cities::content::Context;
use partner_cities::data::chars::escape;
use partner_cities::data::{self, Dataset, PartialDate};
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::{Arg, I18n};
use partner_cities::journal::Journal;
use partner_cities::map::Zoom;
use partner_cities::screenshot::{self, Format, Palette, Scene, Shot};
use partner_cities::ui::theme::{ColorEnv, Theme, ThemeChoice};
use partner_cities::{EMBEDDED_DATA, locale, report, terminal, watch};
use ratatui::layout::Rect;

/// Browse the partner towns of Kartuzy, Poland, in the terminal.
///
/// With no command, opens the full-screen browser. Keys: arrows or j/k move, Enter or →
/// reads the details, Tab switches views, / searches, L changes language, ? shows help,
/// q quits.
#[derive(Debug, Parser)]
#[command(
    name = "partner-cities",
    version,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// Read this data file instead of the embedded one (RON, see README).
    #[arg(long, global = true, value_name = "FILE")]
    data: Option<PathBuf>,
    /// Language of the screen and of every message: pl, en, de, fr, zh, ka. Default: the
    /// locale (LC_ALL, LC_MESSAGES, LANG), or Polish. (zh and ka need a Unicode terminal;
    /// with basic glyphs the screen falls back to English.)
    #[arg(long, global = true, value_name = "CODE")]
    lang: Option<String>,
    #[command(flatten)]
    content: ContentArgs,
    /// Unattended kiosk: no key quits (only SIGTERM/SIGHUP from a supervisor end it),
    /// idle visitors are followed by a reset and the attract tour.
    #[arg(long)]
    kiosk: bool,
    /// Seconds without input before returning to the home screen; 0 never.
    /// Default: 60 in kiosk mode, never otherwise.
    #[arg(long, value_name = "SECS")]
    idle: Option<u64>,
    /// Seconds per step of the attract tour (overview, each partner, timeline, map).
    #[arg(long, value_name = "SECS", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..))]
    tour_step: u64,
    /// Start the attract tour at once (for demos); any key stops it.
    #[arg(long)]
    tour: bool,
    /// Follow the --data file: when it changes and validates, show it without a restart;
    /// when it does not validate, keep the screen and log why. Always on with --kiosk.
    #[arg(long, requires = "data")]
    watch: bool,
    /// Characters to draw with: basic suits the Linux console (no arrows, CJK or Georgian).
    /// Default: basic when TERM is linux or vt100-like, unicode otherwise.
    #[arg(long, value_enum)]
    glyphs: Option<GlyphMode>,
    /// Colours: auto follows NO_COLOR, COLORTERM and TERM.
    #[arg(long, value_enum, default_value_t = ThemeChoice::Auto)]
    theme: ThemeChoice,
    #[command(subcommand)]
    command: Option<Command>,
}

/// What the content says: for the browser, `print` and `screenshot`.
#[derive(Debug, Args)]
struct ContentArgs {
    /// Date to count anniversaries and durations from, instead of the local date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate a data file (the embedded one without FILE) and summarize it.
    ///
    /// Exits 0 when valid, 2 when not, listing every problem as FILE:LINE:COL: message.
    Check {
        /// The data file to check.
        file: Option<PathBuf>,
    },
    /// Write the towns or the timeline as plain UTF-8 text to standard output.
    Print {
        #[arg(value_enum)]
        what: PrintWhat,
        #[command(flatten)]
        content: ContentArgs,
    },
    /// Draw one screen into a file, through the same code as the live screen.
    ///
    /// SVG (a picture: colours, bold, reverse video, wide characters) or plain text,
    /// chosen by the file name's extension, .svg or .txt. Nothing is read from this
    /// terminal's environment, so the same command always draws the same picture.
    ///
    /// Example: partner-cities screenshot --select kaili --lang en -o kaili.svg
    Screenshot {
        /// The file to write (.svg or .txt).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// What to show.
        #[arg(long, value_enum, default_value_t = Scene::Cities)]
        view: Scene,
        /// Select this town by its id in the data file (kartuzy, duderstadt, kaili, ...);
        /// in the timeline, that partner's first event.
        #[arg(long, value_name = "ID")]
        select: Option<String>,
        /// Map zoom. Default: region, or world when the selected town lies outside it.
        #[arg(long, value_enum)]
        zoom: Option<Zoom>,
        /// Screen size in columns and rows.
        #[arg(long, value_name = "WxH", default_value = "100x30")]
        size: String,
        #[command(flatten)]
        content: ContentArgs,
        /// Characters to draw with: basic as on the Linux console.
        #[arg(long, value_enum, default_value_t = GlyphMode::Unicode)]
        glyphs: GlyphMode,
        /// Colours, as the browser's --theme but never auto: a screenshot reads nothing
        /// from the environment (light is drawn on a white background).
        #[arg(long, default_value = "dark", value_parser = fixed_theme())]
        theme: ThemeChoice,
    },
}

/// Largest screenshot side, in cells: far beyond any real terminal.
const MAX_SHOT_SIDE: u16 = 1000;

/// The themes a screenshot can take: every choice but `auto`, which reads the environment.
fn fixed_theme() -> impl TypedValueParser<Value = ThemeChoice> {
    let fixed = ThemeChoice::value_variants()
        .iter()
        .filter(|t| **t != ThemeChoice::Auto)
        .filter_map(ValueEnum::to_possible_value);
    PossibleValuesParser::new(fixed).map(|name| {
        ThemeChoice::value_variants()
            .iter()
            .copied()
            .find(|t| {
                t.to_possible_value()
                    .is_some_and(|v| v.matches(&name, false))
            })
            .unwrap_or(ThemeChoice::Dark)
    })
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PrintWhat {
    /// The overview and every partner town in full.
    Cities,
    /// Every event, oldest first, grouped by year.
    Timeline,
}

/// Idle time before a kiosk returns to the home screen, unless `--idle` says otherwise.
const KIOSK_IDLE: Duration = Duration::from_secs(60);

/// Invalid input (data, arguments): the exit code scripts can test for.
const EXIT_INVALID: u8 = 2;

fn main() -> ExitCode {
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
                return ExitCode::from(EXIT_INVALID);
            }
        },
    };
    match run(cli, i18n, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            if !message.is_empty() {
                warn(&message);
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// Clap's own output: help and version as clap writes them; a mistake with anything it
/// quotes from the arguments escaped (`\u{1b}` for an ESC typed in a value), as every
/// message quoting input is.
fn clap_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let text: String = e
        .render()
        .to_string()
        .lines()
        .map(|line| escape(line).into_owned() + "\n")
        .collect();
    let _ = io::stderr().lock().write_all(text.as_bytes());
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_INVALID))
}

/// Runs the command; an error is the message to show, already in `lang`.
fn run(cli: Cli, i18n: I18n, lang: &'static str) -> Result<(), String> {
    let tr = |id: &str, args: &[(&str, Arg)]| i18n.tr_args(lang, id, args);
    if let Some(Command::Check { file }) = &cli.command {
        let path = file.as_ref().or(cli.data.as_ref());
        let (name, source) = read(path).map_err(|e| report::data_error(&i18n, lang, &e))?;
        let (data, gaps) = data::load::load_with_gaps(&name, &source)
            .map_err(|e| report::data_error(&i18n, lang, &e))?;
        let summary = report::check_summary(&i18n, lang, &name, &source, &data, &gaps);
        return write_stdout(&summary)
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
            let today = content.today(&i18n, lang)?;
            let ctx = Context {
                data: &data,
                i18n: &i18n,
                lang,
                today,
                glyphs: GlyphMode::Unicode,
            };
            print(&ctx, what).map_err(|e| tr("cli-cannot-write-out", &[("reason", Arg::Text(&e))]))
        }
        Some(Command::Check { .. }) => Ok(()),
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
            let today = content.today(&i18n, lang)?;
            let choice = theme;
            let theme = Theme::resolve(choice, ColorEnv::default());
            let shot = Shot {
                settings: Settings {
                    glyphs,
                    ..Settings::interactive(lang, today, Rect::new(0, 0, width, height))
                },
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
            std::fs::write(&output, text).map_err(|e| {
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
            let today = cli.content.today(&i18n, lang)?;
            if !io::stdout().is_terminal() {
                return Err(tr("cli-not-a-terminal", &[]));
            }
            let size = crossterm::terminal::size().unwrap_or((80, 24));
            let term = std::env::var("TERM").ok();
            let glyphs = cli
                .glyphs
                .unwrap_or_else(|| GlyphMode::for_term(term.as_deref()));
            let colorterm = std::env::var("COLORTERM").ok();
            let theme = Theme::resolve(
                cli.theme,
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
                area: Rect::new(0, 0, size.0, size.1),
                kiosk: cli.kiosk,
                glyphs,
                idle,
                tour_step: (cli.kiosk || cli.tour).then(|| Duration::from_secs(cli.tour_step)),
                tour: cli.tour,
                colour: theme != Theme::mono(),
                notice,
            };
            let mut app = App::new(data, i18n, settings, Instant::now());
            let follow = cli.data.as_deref().filter(|_| cli.kiosk || cli.watch);
            terminal::run_with(&mut app, &theme, |sender| {
                follow.and_then(|path| follow_file(path, lang, sender))
            })
            .map_err(|e| {
                I18n::new().tr_args(
                    lang,
                    "cli-terminal",
                    &[("reason", Arg::Text(&escape(&e.to_string())))],
                )
            })
        }
    }
}

impl ContentArgs {
    /// The date asked for with `--today`, checked, or the local date.
    fn today(&self, i18n: &I18n, lang: &str) -> Result<PartialDate, String> {
        match &self.today {
            Some(text) => parse_today(text, i18n, lang),
            None => local_today().ok_or_else(|| i18n.tr(lang, "cli-clock")),
        }
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
fn follow_file(
    path: &Path,
    lang: &'static str,
    sender: terminal::DataSender,
) -> Option<watch::Watch> {
    let journal = Journal::from_env();
    let log = journal.clone();
    let watching = watch::watch(path, None, move |reload| match reload {
        watch::Reload::Loaded(data) => sender.send(data),
        watch::Reload::Refused(e) => {
            log.error(&report::data_error(&I18n::new(), lang, &e));
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
