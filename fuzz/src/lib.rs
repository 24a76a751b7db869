//! What every fuzz target checks, on anything the program can be given: no panic (libFuzzer
//! reports one as a crash), and nothing that may not stand in a text (`data::chars`) in
//! any output: the screen's cells, `print`, both screenshot writers, `check`'s summary and
//! every message about a broken file. Memory is bounded by the run's `-rss_limit_mb` and
//! `-malloc_limit_mb`.

use std::time::Instant;

use partner_cities::action::{Action, Msg, View};
use partner_cities::app::{App, Settings};
use partner_cities::content::Context;
use partner_cities::data::load::{DataError, MAX_FILE_BYTES};
use partner_cities::data::{self, Dataset, PartialDate, chars};
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::I18n;
use partner_cities::plan::Plan;
use partner_cities::report;
use partner_cities::screenshot::{self, Format, Palette};
use partner_cities::ui::theme::ThemeChoice;
use partner_cities::ui::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub const LANGS: [&str; 6] = ["pl", "en", "de", "fr", "zh", "ka"];
const NAME: &str = "fuzz.ron";

fn today() -> PartialDate {
    PartialDate::ymd(2026, 11, 23).expect("a real date")
}

/// Panics (a finding) when a line of `text` holds what may not stand in a text.
pub fn assert_safe(what: &str, text: &str) {
    for line in text.lines() {
        if let Some((at, problem)) = chars::first_problem(line) {
            panic!("{what}: character {at} of {line:?}: {problem:?}");
        }
    }
}

/// Everything the program makes of the bytes of a data file, in the language `pick`
/// chooses.
pub fn exercise(bytes: &[u8], pick: u8) {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return;
    }
    let lang = LANGS[usize::from(pick) % LANGS.len()];
    let text = match data::load::decode(NAME, bytes.to_vec()) {
        Ok(text) => text,
        Err(e) => return messages(&e, lang),
    };
    match data::load::load_with_gaps(NAME, &text) {
        Err(e) => messages(&e, lang),
        Ok((data, gaps)) => {
            let i18n = I18n::new();
            assert_safe(
                "check",
                &report::check_summary(&i18n, lang, NAME, &text, &data, &gaps),
            );
            show(data, lang, pick);
        }
    }
}

/// The messages about a broken file, in `lang` and in Polish.
fn messages(error: &DataError, lang: &str) {
    let i18n = I18n::new();
    for lang in [lang, "pl"] {
        assert_safe("message", &report::data_error(&i18n, lang, error));
    }
}

/// Every view of `data` (checked or not) drawn and checked cell by cell, and written every
/// way: print, SVG and text.
pub fn show(data: Dataset, lang: &'static str, pick: u8) {
    let i18n = I18n::new();
    let ctx = Context {
        data: &data,
        i18n: &i18n,
        lang,
        today: today(),
        glyphs: GlyphMode::Unicode,
        spoken: false,
    };
    assert_safe("print cities", &ctx.print_cities());
    assert_safe("print timeline", &ctx.print_timeline());

    let glyphs = if pick & 8 == 0 {
        GlyphMode::Unicode
    } else {
        GlyphMode::Basic
    };
    let settings = Settings {
        glyphs,
        ..Settings::interactive(lang, today())
    };
    let mut app = App::new(data, I18n::new(), settings, Instant::now());
    let theme = Theme::dark();
    let mut last = None;
    // Drawn as the event loop draws: what the frame measured goes back to the app.
    let mut look = |app: &mut App, area: Rect| {
        let plan = Plan::new(app, area);
        let mut buffer = Buffer::empty(area);
        ui::render(app, &plan, &theme, &mut buffer);
        app.update(Msg::Drawn(plan.extents));
        check_cells(&buffer);
        last = Some(buffer);
    };
    let screen = Rect::new(0, 0, 80, 24);
    for view in View::ALL {
        app.update(Action::ShowView(view));
        app.update(Action::First);
        for _ in 0..6 {
            look(&mut app, screen);
            app.update(Action::MoveDown);
        }
        app.update(Action::FocusDetail);
        app.update(Action::Last);
        look(&mut app, screen);
        app.update(Action::FocusList);
    }
    app.update(Action::ZoomOut);
    look(&mut app, screen);
    app.update(Action::ToggleHelp);
    look(&mut app, screen);
    app.update(Action::ToggleHelp);
    for (width, height) in [(30, 8), (200, 60)] {
        look(&mut app, Rect::new(0, 0, width, height));
    }
    if let Some(buffer) = last {
        let palette = Palette::for_theme(ThemeChoice::Dark);
        for format in [Format::Svg, Format::Text] {
            assert_safe("screenshot", &screenshot::encode(&buffer, format, &palette));
        }
    }
}

fn check_cells(buffer: &Buffer) {
    for (i, cell) in buffer.content.iter().enumerate() {
        if let Some((at, problem)) = chars::first_problem(cell.symbol()) {
            panic!(
                "cell {i}, character {at} of {:?}: {problem:?}",
                cell.symbol()
            );
        }
    }
}

/// The bytes a terminal could send, as the program reads them: split into reads at each
/// 0xFE, with a pause (no byte for longer than a sequence may wait) at each 0xFF. Every
/// event goes through the key table or the plan of the frame shown into the app, which is
/// drawn after each read. After the last pause, a key is a key again: nothing any bytes
/// began may hold the keyboard.
pub fn exercise_input(bytes: &[u8]) {
    use crossterm::event::{Event, KeyCode};
    use partner_cities::input;
    use partner_cities::reader::Reader;
    let settings = Settings {
        kiosk: true,
        ..Settings::interactive("en", today())
    };
    let data = partner_cities::embedded_dataset().expect("the embedded data");
    let mut app = App::new(data, I18n::new(), settings, Instant::now());
    let theme = Theme::dark();
    let area = Rect::new(0, 0, 80, 24);
    let mut reader = Reader::default();
    let mut shown = Plan::new(&app, area);
    for pause in bytes.split(|b| *b == 0xFF) {
        // A terminal's read is never empty: runs of separators are no reads (and drawing a
        // frame for each made long runs of them the campaign's slowest inputs).
        for read in pause.split(|b| *b == 0xFE).filter(|r| !r.is_empty()) {
            for event in reader.bytes(read, false) {
                if let Some(msg) = input::message(&event, app.mode(), &shown, Instant::now()) {
                    app.update(msg);
                }
            }
            shown = Plan::new(&app, area);
            let mut buffer = Buffer::empty(area);
            ui::render(&app, &shown, &theme, &mut buffer);
            app.update(Msg::Drawn(shown.extents));
            check_cells(&buffer);
        }
        reader.pause();
    }
    reader.pause();
    let after: Vec<Event> = reader.bytes(b"3", false);
    assert!(
        matches!(after.as_slice(), [Event::Key(k)] if k.code == KeyCode::Char('3')),
        "after a pause, a key is read as itself: {after:?}"
    );
    assert!(app.running(), "a kiosk never quits");
}
