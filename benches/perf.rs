//! Speed at any size: loading, drawing each view, and a key press to the next frame, with
//! the embedded data and with a generated one of 20,000 partners and 100,000 events.
//!
//! `cargo bench --bench perf` (all), `cargo bench --bench perf -- key/` (a group).

#[path = "support/generate.rs"]
mod generate;

use std::time::Instant;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use partner_cities::action::{Action, View};
use partner_cities::app::{App, Settings};
use partner_cities::data::{self, Dataset};
use partner_cities::i18n::I18n;
use partner_cities::input;
use partner_cities::map::Zoom;
use partner_cities::plan::Plan;
use partner_cities::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

struct Source {
    name: &'static str,
    text: String,
}

fn sources() -> Vec<Source> {
    vec![
        Source {
            name: "embedded",
            text: partner_cities::EMBEDDED_DATA.to_string(),
        },
        Source {
            name: "20k",
            text: generate::generate(20_000, 100_000),
        },
    ]
}

fn load(source: &Source) -> Dataset {
    data::load(source.name, &source.text).expect("valid data")
}

fn app(data: Dataset) -> App {
    let today = "2026-11-23".parse().expect("date");
    App::new(
        data,
        I18n::new(),
        Settings::interactive("en", today),
        Instant::now(),
    )
}

/// The event loop's terminal and app, writing frames nowhere: each frame is planned,
/// drawn, compared with the one before and encoded, as in the terminal, and each key goes
/// through the key table and `update`.
struct Live {
    app: App,
    terminal: Terminal<CrosstermBackend<std::io::Sink>>,
    theme: Theme,
    shown: Option<Plan>,
}

impl Live {
    fn new(data: Dataset, (width, height): (u16, u16)) -> Live {
        let terminal = Terminal::with_options(
            CrosstermBackend::new(std::io::sink()),
            ratatui::TerminalOptions {
                viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, width, height)),
            },
        )
        .expect("a sink");
        let mut live = Live {
            app: app(data),
            terminal,
            theme: Theme::dark(),
            shown: None,
        };
        live.draw();
        live
    }

    fn draw(&mut self) {
        let (app, theme) = (&mut self.app, &self.theme);
        let mut plan = None;
        self.terminal
            .draw(|frame| plan = Some(ui::draw(frame, app, theme)))
            .expect("a sink takes every byte");
        self.shown = plan;
    }

    fn update(&mut self, action: Action) {
        self.app.update(action);
        self.draw();
    }

    /// A key as the loop handles it: the message, then the next frame.
    fn press(&mut self, code: KeyCode) {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let shown = self.shown.as_ref().expect("a frame drawn");
        if let Some(msg) = input::message(&event, self.app.mode(), shown, Instant::now()) {
            self.app.update(msg);
        }
        self.draw();
    }
}

fn loading(c: &mut Criterion, sources: &[Source]) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for source in sources {
        // Dropping is left out of the time: the program keeps its data until it exits.
        group.bench_function(BenchmarkId::new("parse+validate", source.name), |b| {
            b.iter_with_large_drop(|| load(source))
        });
        let data = load(source);
        group.bench_function(BenchmarkId::new("app", source.name), |b| {
            b.iter_batched(|| data.clone(), app, BatchSize::LargeInput)
        });
    }
    group.finish();
}

fn rendering(c: &mut Criterion, sources: &[Source]) {
    let mut group = c.benchmark_group("render");
    for source in sources {
        let data = load(source);
        for size in SIZES {
            for (view, help) in [
                (View::Cities, false),
                (View::Timeline, false),
                (View::Map, false),
                (View::Cities, true),
            ] {
                let mut live = Live::new(data.clone(), size);
                live.update(Action::ShowView(view));
                live.update(Action::MoveDown);
                if help {
                    live.update(Action::ToggleHelp);
                }
                let name = if help {
                    "help".to_string()
                } else {
                    format!("{view:?}").to_lowercase()
                };
                let id = format!("{name}/{}x{}/{}", size.0, size.1, source.name);
                group.bench_function(id, |b| b.iter(|| live.draw()));
            }
        }
    }
    group.finish();
}

/// A key press as the live loop handles it, then the next frame, at 200x60.
fn keys(c: &mut Criterion, sources: &[Source]) {
    let mut group = c.benchmark_group("key");
    let size = (200, 60);
    for source in sources {
        let data = load(source);
        // ↓ through the towns, back to the top when the end is reached.
        let mut live = Live::new(data.clone(), size);
        group.bench_function(BenchmarkId::new("down", source.name), |b| {
            b.iter(|| live.press(KeyCode::Down))
        });
        let mut live = Live::new(data.clone(), size);
        live.update(Action::ShowView(View::Timeline));
        group.bench_function(BenchmarkId::new("down-timeline", source.name), |b| {
            b.iter(|| live.press(KeyCode::Down))
        });
        let mut live = Live::new(data.clone(), size);
        group.bench_function(BenchmarkId::new("view-switch", source.name), |b| {
            b.iter(|| live.press(KeyCode::Tab))
        });
        // A letter typed into the search, then taken back, so each sample does the same.
        let mut live = Live::new(data.clone(), size);
        live.update(Action::ShowView(View::Timeline));
        live.press(KeyCode::Char('/'));
        live.press(KeyCode::Char('k'));
        group.bench_function(BenchmarkId::new("filter-keystroke", source.name), |b| {
            b.iter(|| {
                live.press(KeyCode::Char('a'));
                live.press(KeyCode::Backspace);
            })
        });
    }
    group.finish();
}

/// The map view at 200x60, both zooms, a whole frame.
fn map(c: &mut Criterion, sources: &[Source]) {
    let mut group = c.benchmark_group("map");
    let size = (200, 60);
    for source in sources {
        for zoom in [Zoom::Region, Zoom::World] {
            let mut live = Live::new(load(source), size);
            live.update(Action::ShowView(View::Map));
            live.update(if zoom == Zoom::Region {
                Action::ZoomIn
            } else {
                Action::ZoomOut
            });
            let id = format!("{zoom:?}/200x60/{}", source.name).to_lowercase();
            group.bench_function(id, |b| b.iter(|| live.draw()));
        }
    }
    group.finish();
}

fn all(c: &mut Criterion) {
    let sources = sources();
    loading(c, &sources);
    rendering(c, &sources);
    keys(c, &sources);
    map(c, &sources);
}

criterion_group!(benches, all);
criterion_main!(benches);
