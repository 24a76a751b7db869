//! The data sets and the apps built on them: the fixture for behaviour, the production
//! data for smoke tests and pictures, a fixed today and screen size.

use std::time::Instant;

use partner_cities::EMBEDDED_DATA;
use partner_cities::app::{App, Settings};
use partner_cities::data::{self, Dataset, PartialDate};
use partner_cities::i18n::I18n;
use ratatui::layout::Rect;

/// The date every test takes as today.
pub const TODAY: &str = "2026-11-23";

/// The data written for the tests (Lipowo and four made-up partners).
pub const FIXTURE: &str = "tests/data/good/towns.ron";

/// The six languages, in the order `L` cycles through them.
pub const LANGS: [&str; 6] = ["pl", "en", "de", "fr", "zh", "ka"];

pub fn fixture() -> Dataset {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let source = std::fs::read_to_string(&path).expect("the fixture is readable");
    data::load(FIXTURE, &source).unwrap_or_else(|e| panic!("the fixture is valid: {e:?}"))
}

/// The data embedded in the program: `data/kartuzy.ron`, as the town hall keeps it.
pub fn production() -> Dataset {
    data::load(data::EMBEDDED_NAME, EMBEDDED_DATA).expect("the embedded data is valid")
}

pub fn today() -> PartialDate {
    TODAY.parse().expect("a valid date")
}

/// An interactive session in `lang` on a `width` x `height` terminal.
pub fn settings(lang: &'static str, width: u16, height: u16) -> Settings {
    Settings::interactive(lang, today(), Rect::new(0, 0, width, height))
}

/// The app on the fixture.
pub fn app(lang: &'static str, width: u16, height: u16) -> App {
    app_with(settings(lang, width, height), Instant::now())
}

/// The app on the fixture, with `settings`, started at `now`.
pub fn app_with(settings: Settings, now: Instant) -> App {
    app_on(fixture(), settings, now)
}

/// The app on any data set.
pub fn app_on(data: Dataset, settings: Settings, now: Instant) -> App {
    App::new(data, I18n::new(), settings, now)
}

/// The app on the production data.
pub fn production_app(lang: &'static str, width: u16, height: u16) -> App {
    app_on(production(), settings(lang, width, height), Instant::now())
}

pub fn partner_index(app: &App, id: &str) -> usize {
    app.data()
        .partners
        .iter()
        .position(|p| p.id == id)
        .unwrap_or_else(|| panic!("no partner {id}"))
}
