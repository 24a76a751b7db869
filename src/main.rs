//! Command line and wiring: parse arguments, load data, then run the TUI or a subcommand.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use partner_cities::app::App;
use partner_cities::content::Context;
use partner_cities::data::{self, Dataset, PartialDate};
use partner_cities::i18n::I18n;
use partner_cities::ui::Theme;
use partner_cities::{EMBEDDED_DATA, terminal};

/// Browse the partner towns of Kartuzy, Poland, in the terminal.
///
/// With no command, opens the full-screen browser. Keys: arrows or j/k move, Enter or →
/// reads the details, Tab switches views, / searches, L changes language, ? shows help,
/// q quits.
#[derive(Debug, Parser)]
#[command(name = "partner-cities", version)]
struct Cli {
    /// Read this data file instead of the embedded one (RON, see README).
    #[arg(long, global = true, value_name = "FILE")]
    data: Option<PathBuf>,
    /// Interface and content language (pl, en). Default: pl.
    #[arg(long, global = true, value_name = "CODE")]
    lang: Option<String>,
    /// Date to count anniversaries and durations from, instead of the local date.
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
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
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PrintWhat {
    /// The overview and every partner town in full.
    Cities,
    /// Every event, oldest first, grouped by year.
    Timeline,
}

/// Invalid input (data, arguments): the exit code scripts can test for.
const EXIT_INVALID: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("{message}");
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let i18n = I18n::new()?;
    if let Some(Command::Check { file }) = &cli.command {
        let data = load(file.as_ref().or(cli.data.as_ref()))?;
        println!(
            "{}: valid: {} partners, {} events, languages: {}",
            file.as_ref()
                .or(cli.data.as_ref())
                .map_or(data::EMBEDDED_NAME.to_string(), |p| p.display().to_string()),
            data.partners.len(),
            data.events.len(),
            data::REQUIRED_LANGUAGES.join(", ")
        );
        return Ok(());
    }
    let lang = match &cli.lang {
        None => "pl",
        Some(code) => i18n.find(code).ok_or_else(|| {
            let known: Vec<&str> = i18n.codes().collect();
            format!(
                "unknown language \"{code}\"; available: {}",
                known.join(", ")
            )
        })?,
    };
    let today = match &cli.today {
        Some(text) => parse_today(text)?,
        None => local_today()?,
    };
    let data = load(cli.data.as_ref())?;

    match cli.command {
        Some(Command::Print { what }) => {
            let ctx = Context {
                data: &data,
                i18n: &i18n,
                lang,
                today,
            };
            print(&ctx, what)
        }
        Some(Command::Check { .. }) => Ok(()),
        None => {
            if !io::stdout().is_terminal() {
                return Err(
                    "standard output is not a terminal, so the browser cannot be drawn.\n\
                     For text, use: partner-cities print cities (or: print timeline)"
                        .to_string(),
                );
            }
            let size = crossterm::terminal::size().unwrap_or((80, 24));
            let area = ratatui::layout::Rect::new(0, 0, size.0, size.1);
            let mut app = App::new(data, i18n, lang, today, area);
            terminal::run(&mut app, &Theme::standard()).map_err(|e| format!("terminal error: {e}"))
        }
    }
}

/// The embedded data, or `path`'s. Errors are reported before the terminal is touched.
fn load(path: Option<&PathBuf>) -> Result<Dataset, String> {
    match path {
        None => data::load(data::EMBEDDED_NAME, EMBEDDED_DATA),
        Some(path) => data::load::read_file(path)
            .and_then(|source| data::load(&path.display().to_string(), &source)),
    }
    .map_err(|e| e.to_string())
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
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write: {e}")),
        _ => Ok(()),
    }
}
