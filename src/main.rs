//! Command line and wiring: parse arguments, load data, then run the TUI or a subcommand.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use std::time::{Duration, Instant};

use partner_cities::app::{App, Settings};
use partner_cities::content::Context;
use partner_cities::data::validate::Gap;
use partner_cities::data::{self, Dataset, PartialDate};
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::I18n;
use partner_cities::map::Zoom;
use partner_cities::screenshot::{self, Format, Palette, Scene, Shot};
use partner_cities::ui::theme::{ColorEnv, Theme, ThemeChoice};
use partner_cities::{EMBEDDED_DATA, terminal};
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
    /// Characters to draw with: basic suits the Linux console (no arrows, CJK or Georgian).
    /// Default: basic when TERM is linux or vt100-like, unicode otherwise.
    #[arg(long, value_enum)]
    glyphs: Option<Glyphs>,
    /// Colours: auto follows NO_COLOR, COLORTERM and TERM.
    #[arg(long, value_enum, default_value_t = ThemeArg::Auto)]
    theme: ThemeArg,
    #[command(subcommand)]
    command: Option<Command>,
}

/// What the content says and how: for the browser, `print` and `screenshot`.
#[derive(Debug, Args)]
struct ContentArgs {
    /// Interface and content language: pl, en, de, fr, zh, ka. Default: pl. (zh and ka
    /// need a Unicode terminal; with basic glyphs they fall back to English.)
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
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
        #[arg(long, value_enum, default_value_t = SceneArg::Cities)]
        view: SceneArg,
        /// Select this town by its id in the data file (kartuzy, duderstadt, kaili, ...);
        /// in the timeline, that partner's first event.
        #[arg(long, value_name = "ID")]
        select: Option<String>,
        /// Map zoom. Default: region, or world when the selected town lies outside it.
        #[arg(long, value_enum)]
        zoom: Option<ZoomArg>,
        /// Screen size in columns and rows.
        #[arg(long, value_name = "WxH", default_value = "100x30", value_parser = parse_size)]
        size: (u16, u16),
        #[command(flatten)]
        content: ContentArgs,
        /// Characters to draw with: basic as on the Linux console.
        #[arg(long, value_enum, default_value_t = Glyphs::Unicode)]
        glyphs: Glyphs,
        /// Colours, as the browser's --theme (light is drawn on a white background).
        #[arg(long, value_enum, default_value_t = ShotTheme::Dark)]
        theme: ShotTheme,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ShotTheme {
    Dark,
    Light,
    Contrast,
    Mono,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SceneArg {
    Cities,
    Timeline,
    Map,
    /// The key help, over the town list.
    Help,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ZoomArg {
    /// The home town's neighbourhood (for Kartuzy: Europe).
    Region,
    World,
}

/// Largest screenshot side, in cells: far beyond any real terminal.
const MAX_SHOT_SIDE: u16 = 1000;

fn parse_size(text: &str) -> Result<(u16, u16), String> {
    let err = || format!("\"{text}\" is not a size; write columns x rows, e.g. 100x30");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(err)?;
    let side = |s: &str| -> Result<u16, String> {
        let n: u16 = s.trim().parse().map_err(|_| err())?;
        if (1..=MAX_SHOT_SIDE).contains(&n) {
            Ok(n)
        } else {
            Err(format!("each side must be 1 to {MAX_SHOT_SIDE} cells"))
        }
    };
    Ok((side(w)?, side(h)?))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Glyphs {
    Unicode,
    Basic,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ThemeArg {
    Auto,
    Dark,
    Light,
    /// High contrast, for low vision.
    Contrast,
    /// No colour; selection shown by reverse video and markers.
    Mono,
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
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            if !message.is_empty() {
                warn(&message);
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let i18n = I18n::new()?;
    if let Some(Command::Check { file }) = &cli.command {
        let path = file.as_ref().or(cli.data.as_ref());
        let (name, source) = read(path)?;
        let (data, gaps) = data::load::load_with_gaps(&name, &source).map_err(|e| e.to_string())?;
        let summary = format!(
            "{name}: valid; partners: {}, events: {}\n{}",
            data.partners.len(),
            data.events.len(),
            coverage_report(&name, &source, &gaps, &i18n)
        );
        return write_stdout(&summary);
    }
    let data = load(cli.data.as_ref())?;
    match cli.command {
        Some(Command::Print { what, content }) => {
            let (lang, today) = content.resolve(&i18n)?;
            let ctx = Context {
                data: &data,
                i18n: &i18n,
                lang,
                today,
                glyphs: GlyphMode::Unicode,
            };
            print(&ctx, what)
        }
        Some(Command::Check { .. }) => Ok(()),
        Some(Command::Screenshot {
            output,
            view,
            select,
            zoom,
            size: (width, height),
            content,
            glyphs,
            theme,
        }) => {
            let format = Format::for_path(&output)?;
            let (lang, today) = content.resolve(&i18n)?;
            let glyphs = glyphs.mode();
            let choice = match theme {
                ShotTheme::Dark => ThemeChoice::Dark,
                ShotTheme::Light => ThemeChoice::Light,
                ShotTheme::Contrast => ThemeChoice::Contrast,
                ShotTheme::Mono => ThemeChoice::Mono,
            };
            let theme = Theme::resolve(choice, ColorEnv::default());
            let shot = Shot {
                settings: Settings {
                    glyphs,
                    ..Settings::interactive(lang, today, Rect::new(0, 0, width, height))
                },
                scene: match view {
                    SceneArg::Cities => Scene::Cities,
                    SceneArg::Timeline => Scene::Timeline,
                    SceneArg::Map => Scene::Map,
                    SceneArg::Help => Scene::Help,
                },
                select: select.as_deref(),
                zoom: zoom.map(|z| match z {
                    ZoomArg::Region => Zoom::Region,
                    ZoomArg::World => Zoom::World,
                }),
            };
            if let (_, Some(notice)) = i18n.shown(lang, glyphs) {
                warn(&notice);
            }
            let buffer = screenshot::take(data, i18n, &shot, &theme)?;
            let text = screenshot::encode(&buffer, format, &Palette::for_theme(choice));
            std::fs::write(&output, text)
                .map_err(|e| format!("cannot write {}: {e}", output.display()))
        }
        None => {
            let (lang, today) = cli.content.resolve(&i18n)?;
            if !io::stdout().is_terminal() {
                return Err(
                    "standard output is not a terminal, so the browser cannot be drawn.\n\
                     For text, use: partner-cities print cities (or: print timeline)"
                        .to_string(),
                );
            }
            let size = crossterm::terminal::size().unwrap_or((80, 24));
            let term = std::env::var("TERM").ok();
            let glyphs = cli
                .glyphs
                .map_or_else(|| GlyphMode::for_term(term.as_deref()), Glyphs::mode);
            let colorterm = std::env::var("COLORTERM").ok();
            let theme = Theme::resolve(
                match cli.theme {
                    ThemeArg::Auto => ThemeChoice::Auto,
                    ThemeArg::Dark => ThemeChoice::Dark,
                    ThemeArg::Light => ThemeChoice::Light,
                    ThemeArg::Contrast => ThemeChoice::Contrast,
                    ThemeArg::Mono => ThemeChoice::Mono,
                },
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
            let (lang, notice) = i18n.shown(lang, glyphs);
            if let Some(notice) = &notice {
                warn(notice);
            }
            let settings = Settings {
                lang,
                today,
                area: Rect::new(0, 0, size.0, size.1),
                kiosk: cli.kiosk,
                glyphs,
                idle,
                tour_step: (cli.kiosk || cli.tour).then(|| Duration::from_secs(cli.tour_step)),
                tour: cli.tour,
                colour: theme != Theme::mono(),
            };
            let mut app = App::new(data, i18n, settings, Instant::now());
            app.notice = notice;
            terminal::run(&mut app, &theme).map_err(|e| format!("terminal error: {e}"))
        }
    }
}

impl ContentArgs {
    /// The language code and today's date asked for, checked.
    fn resolve(&self, i18n: &I18n) -> Result<(&'static str, PartialDate), String> {
        let lang = match &self.lang {
            None => "pl",
            Some(code) => i18n.find(code).ok_or_else(|| {
                let known: Vec<&str> = i18n.codes().collect();
                format!(
                    "unknown language \"{code}\"; available: {}",
                    known.join(", ")
                )
            })?,
        };
        let today = match &self.today {
            Some(text) => parse_today(text)?,
            None => local_today()?,
        };
        Ok((lang, today))
    }
}

impl Glyphs {
    fn mode(self) -> GlyphMode {
        match self {
            Glyphs::Unicode => GlyphMode::Unicode,
            Glyphs::Basic => GlyphMode::Basic,
        }
    }
}

/// Per language: whether every content text and interface message is there, and where not.
fn coverage_report(name: &str, source: &str, gaps: &[Gap], i18n: &I18n) -> String {
    let mut out = String::new();
    let positions = data::load::positions(source, gaps.iter().map(|g| &g.path));
    let located: Vec<_> = gaps.iter().zip(positions).collect();
    for lang in data::CONTENT_LANGUAGES {
        let gaps: Vec<_> = located.iter().filter(|(g, _)| g.lang == *lang).collect();
        let messages = i18n.missing_messages(lang);
        let required = if data::REQUIRED_LANGUAGES.contains(lang) {
            " (required)"
        } else {
            ""
        };
        if gaps.is_empty() && messages.is_empty() {
            out.push_str(&format!("  {lang}: complete{required}\n"));
            continue;
        }
        out.push_str(&format!(
            "  {lang}: {} content texts and {} interface messages missing; English is shown instead\n",
            gaps.len(),
            messages.len()
        ));
        for (gap, position) in gaps {
            match position {
                Some(p) => out.push_str(&format!("    {name}:{p}: {}\n", gap.path)),
                None => out.push_str(&format!("    {name}: at {}\n", gap.path)),
            }
        }
        for id in messages {
            out.push_str(&format!("    message {id}\n"));
        }
    }
    out
}

/// The embedded data, or `path`'s. Errors are reported before the terminal is touched.
fn load(path: Option<&PathBuf>) -> Result<Dataset, String> {
    let (name, source) = read(path)?;
    data::load(&name, &source).map_err(|e| e.to_string())
}

/// The name and text of the embedded data file, or of `path`.
fn read(path: Option<&PathBuf>) -> Result<(String, std::borrow::Cow<'static, str>), String> {
    match path {
        None => Ok((data::EMBEDDED_NAME.to_string(), EMBEDDED_DATA.into())),
        Some(path) => data::load::read_file(path)
            .map(|source| (path.display().to_string(), source.into()))
            .map_err(|e| e.to_string()),
    }
}

fn parse_today(text: &str) -> Result<PartialDate, String> {
    let date: PartialDate = text.parse().map_err(|e| format!("--today: {e}"))?;
    if date.day().is_none() {
        return Err(format!("--today: \"{text}\" needs a day: write YYYY-MM-DD"));
    }
    Ok(date)
}

fn local_today() -> Result<PartialDate, String> {
    use chrono::Datelike;
    let now = chrono::Local::now().date_naive();
    let year = u16::try_from(now.year()).map_err(|_| "the system clock is out of range")?;
    // chrono's month and day are always 1..=12 and 1..=31.
    PartialDate::ymd(year, now.month() as u8, now.day() as u8).map_err(|e| e.to_string())
}

fn print(ctx: &Context, what: PrintWhat) -> Result<(), String> {
    let mut text = String::new();
    match what {
        PrintWhat::Cities => {
            text.push_str(&ctx.overview().plain());
            for i in 0..ctx.data.partners.len() {
                text.push('\n');
                text.push_str(&ctx.partner(i).plain());
            }
        }
        PrintWhat::Timeline => text.push_str(&ctx.timeline().plain()),
    }
    write_stdout(&text)
}

/// A line on standard error. Unlike `eprintln!`, a closed or broken stderr is ignored
/// rather than a panic: there is nowhere left to report it.
fn warn(text: &str) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}

/// Writes to standard output; a reader that stopped early (`| head`) is not an error.
fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write: {e}")),
        _ => Ok(()),
    }
}
