//! The data sets and the apps built on them: the fixture for behaviour, the production
//! data for smoke tests and pictures, a fixed today, and the app on a terminal of a fixed
//! size, run as the event loop runs it.

use std::time::Instant;

use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use partner_cities::EMBEDDED_DATA;
use partner_cities::action::Msg;
use partner_cities::app::{App, Settings};
use partner_cities::data::{self, Dataset, PartialDate};
use partner_cities::i18n::I18n;
use partner_cities::input;
use partner_cities::plan::map::MapView;
use partner_cities::plan::{Parts, Plan};
use ratatui::layout::Rect;

/// The date every test takes as today.
pub const TODAY: &str = "2026-11-23";

/// The data written for the tests (Kartuzy and four made-up partners).
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

/// An interactive session in `lang`.
pub fn settings(lang: &'static str) -> Settings {
    Settings::interactive(lang, today())
}

/// The app on a terminal of a fixed size, as the event loop runs it: after every message
/// a frame is planned, clicks are tested against it, and what it measured goes back to
/// the app. Reading the state goes through to the app (`Deref`); changing it goes through
/// [`Tui::update`] and the input methods, never around the frame.
#[derive(Debug)]
pub struct Tui {
    app: App,
    pub area: Rect,
    /// The plan of the frame last drawn.
    pub plan: Plan,
}

impl std::ops::Deref for Tui {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

impl Tui {
    pub fn new(app: App, width: u16, height: u16) -> Tui {
        let area = Rect::new(0, 0, width, height);
        let plan = Plan::new(&app, area);
        let mut tui = Tui { app, area, plan };
        tui.redraw();
        tui
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    /// The map of the frame last drawn; a test fails here outside the map view.
    pub fn map(&self) -> &MapView {
        self.parts().map.as_ref().expect("the map view")
    }

    /// The parts of the frame last drawn; a test fails here on a screen too small for panes.
    pub fn parts(&self) -> &Parts {
        self.plan.parts.as_ref().expect("a screen with panes")
    }

    /// Carries out `msg` and draws the next frame.
    pub fn update(&mut self, msg: impl Into<Msg>) {
        self.app.update(msg);
        self.redraw();
    }

    /// Takes up a visitor's place kept across a restart, as the program does at its start.
    pub fn resume_visit(&mut self, visit: &partner_cities::app::Visit) {
        self.app.resume(visit);
        self.redraw();
    }

    /// Plans the frame at the terminal's size and tells the app what it measured.
    pub fn redraw(&mut self) {
        self.plan = Plan::new(&self.app, self.area);
        self.app.update(Msg::Drawn(self.plan.extents));
    }

    /// The terminal is now `width` x `height`: the next frame is drawn at that size.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.area = Rect::new(0, 0, width, height);
        self.redraw();
    }

    /// A terminal event at `now`, as the event loop handles it, then the next frame (at
    /// the new size, after a resize).
    pub fn event(&mut self, event: &Event, now: Instant) {
        if let Event::Resize(width, height) = event {
            self.area = Rect::new(0, 0, *width, *height);
        }
        if let Some(msg) = input::message(event, self.app.mode(), &self.plan, now) {
            self.app.update(msg);
        }
        self.redraw();
    }

    /// A visitor's click (or tap) on the cell at column `x`, row `y` of the frame shown.
    pub fn click(&mut self, x: u16, y: u16) {
        self.click_at(x, y, Instant::now());
    }

    /// A click (or tap) at `at`, for the kiosk's timers.
    pub fn click_at(&mut self, x: u16, y: u16, at: Instant) {
        let event = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        });
        self.event(&event, at);
    }

    /// A turn of the wheel over the cell at column `x`, row `y`.
    pub fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let kind = if down {
            MouseEventKind::ScrollDown
        } else {
            MouseEventKind::ScrollUp
        };
        self.mouse(kind, x, y);
    }

    fn mouse(&mut self, kind: MouseEventKind, column: u16, row: u16) {
        let event = Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        });
        self.event(&event, Instant::now());
    }
}

/// The app on the fixture, in `lang`, on a `width` x `height` terminal.
pub fn app(lang: &'static str, width: u16, height: u16) -> Tui {
    app_with(settings(lang), (width, height), Instant::now())
}

/// The app on the fixture, with `settings`, started at `now` on a terminal of `size`.
pub fn app_with(settings: Settings, size: (u16, u16), now: Instant) -> Tui {
    app_on(fixture(), settings, size, now)
}

/// The app on any data set.
pub fn app_on(data: Dataset, settings: Settings, (width, height): (u16, u16), now: Instant) -> Tui {
    Tui::new(App::new(data, I18n::new(), settings, now), width, height)
}

/// The app on the production data.
pub fn production_app(lang: &'static str, width: u16, height: u16) -> Tui {
    app_on(
        production(),
        settings(lang),
        (width, height),
        Instant::now(),
    )
}

pub fn partner_index(app: &App, id: &str) -> usize {
    app.data()
        .partners
        .iter()
        .position(|p| p.id == id)
        .unwrap_or_else(|| panic!("no partner {id}"))
}
