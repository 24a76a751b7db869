//! The command line: every option, subcommand and value, as clap reads them. In the
//! library so that the man page and the shell completions (`tests/cli.rs` keeps the
//! committed ones current) come from the same definition as the program's parser.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::action::TextSize;
use crate::glyphs::GlyphMode;
use crate::map::Zoom;
use crate::screenshot::Scene;
use crate::ui::theme::ThemeChoice;

/// The command as clap sees it: for the man page and completions.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Seconds per step of the attract tour unless `--tour-step` says otherwise.
const TOUR_STEP: u64 = 8;

/// Browse the partner towns of Kartuzy, Poland, in the terminal.
///
/// With no command, opens the full-screen browser. Keys: arrows or j/k move, Enter or →
/// reads the details, Tab switches views, / searches, L changes language (1 to 6 choose
/// one), ? shows help, Space turns speech on or off, q quits.
#[derive(Debug, Parser)]
#[command(
    name = "partner-cities",
    version,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Read this data file instead of the embedded one (RON, see README).
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Language of the screen and of every message: pl, en, de, fr, zh, ka. Default: the
    /// locale (LC_ALL, LC_MESSAGES, LANG), or Polish. (zh and ka need a Unicode terminal;
    /// with basic glyphs the screen falls back to English.)
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    #[command(flatten)]
    pub content: ContentArgs,
    /// Unattended kiosk: no key quits (only SIGTERM/SIGHUP from a supervisor end it),
    /// idle visitors are followed by a reset and the attract tour.
    #[arg(long)]
    pub kiosk: bool,
    /// Seconds without input before a warning that counts down 20 seconds, then the return
    /// to the home screen; 0 never. Default: 60 in kiosk mode, never otherwise.
    #[arg(long, value_name = "SECS")]
    pub idle: Option<u64>,
    /// Seconds per step of the attract tour (overview, each partner, timeline, map).
    #[arg(long, value_name = "SECS", default_value_t = TOUR_STEP, value_parser = clap::value_parser!(u64).range(1..))]
    pub tour_step: u64,
    /// Start the attract tour at once (for demos); any key stops it.
    #[arg(long)]
    pub tour: bool,
    /// Follow the --data file: when it changes and validates, show it without a restart;
    /// when it does not validate, keep the screen and log why. Always on with --kiosk.
    #[arg(long, requires = "data")]
    pub watch: bool,
    /// Read taps and swipes from the touch screen itself, for a full-screen kiosk whose
    /// terminal passes touches on to nobody (the Linux console; foot before 1.16).
    #[arg(long)]
    pub touch: bool,
    /// Start with speech on (otherwise Space turns it on, and in kiosk mode so do
    /// headphones plugged in). Each idle reset returns to this.
    #[arg(long)]
    pub speech: bool,
    /// Speak with this command instead of espeak-ng: for each utterance, `sh -c CMD` with
    /// the text (UTF-8) on standard input, the language (pl, en, de, fr, zh, ka) in
    /// SPEECH_LANG and the volume (10 to 100 percent) in SPEECH_VOLUME. When something new
    /// is to be said, the command's process group gets SIGTERM (and SIGKILL half a
    /// second later if it is still there).
    #[arg(long, value_name = "CMD")]
    pub speech_command: Option<String>,
    /// The text size the kiosk's terminal was started at, for a session that can start it
    /// again at the other (`deploy/kiosk-session`): the screen then offers larger text
    /// (key T, the "A+" button), and to change it the program ends with status 10 (start
    /// me at the large size) or 11 (at the normal size), having written the visitor's
    /// place to --resume. An idle reset at the large size ends with 11.
    #[arg(long, value_enum, value_name = "SIZE")]
    pub text_size: Option<TextSize>,
    /// Where the visitor's place (language, view, selection, contrast, speech) is kept
    /// across such a restart: read (and removed) at the start if it is there, written
    /// before ending with 10 or 11.
    #[arg(long, value_name = "FILE", requires = "text_size")]
    pub resume: Option<PathBuf>,
    /// Milliseconds a key must be held before it repeats (moving and scrolling; what
    /// toggles never repeats). Where the terminal tells repeats apart (foot, kitty and
    /// others with the kitty keyboard protocol). 2000 with --repeat-interval 2000 meets
    /// EN 301 549 5.7, as the graphical kiosk is set. Default: as the terminal repeats.
    #[arg(long, value_name = "MS", requires = "repeat_interval")]
    pub repeat_delay: Option<u64>,
    /// Milliseconds between two repeats of a held key, at least (see --repeat-delay).
    #[arg(long, value_name = "MS", requires = "repeat_delay")]
    pub repeat_interval: Option<u64>,
    /// Characters to draw with: basic suits the Linux console (no arrows, CJK or Georgian).
    /// Default: basic when TERM is linux or vt100-like, unicode otherwise.
    #[arg(long, value_enum)]
    pub glyphs: Option<GlyphMode>,
    /// Colours: auto follows NO_COLOR, COLORTERM and TERM.
    #[arg(long, value_enum, default_value_t = ThemeChoice::Auto)]
    pub theme: ThemeChoice,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What the content says: for the browser, `print` and `screenshot`.
#[derive(Debug, Args)]
pub struct ContentArgs {
    /// Date to count anniversaries and durations from, instead of the local date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
pub const MAX_SHOT_SIDE: u16 = 1000;

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
pub enum PrintWhat {
    /// The overview and every partner town in full.
    Cities,
    /// Every event, oldest first, grouped by year.
    Timeline,
}
