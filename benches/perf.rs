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
use partner_cities::terminal;
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

fn app(data: Dataset, (width, height): (u16, u16)) -> App {
    let today = "2026-11-23".parse().expect("date");
    let settings = Settings::interactive("en", today, Rect::new(0, 0, width, height));
    App::new(data, I18n::new(), settings, Instant::now())
}

/// The live loop's terminal, writing its frames nowhere: each draw renders, compares with
/// the frame before and encodes what changed, as in the terminal.
type Sink = Terminal<CrosstermBackend<std::io::Sink>>;

fn sink_screen((width, height): (u16, u16)) -> Sink {
    Terminal::with_options(
        CrosstermBackend::new(std::io::sink()),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
    .expect("a sink")
}

fn draw(screen: &mut Sink, app: &App, theme: &Theme) {
    screen
        .draw(|frame| ui::draw(frame, app, theme))
        .expect("a sink takes every byte");
}

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    terminal::apply(app, &event, Instant::now());
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
            b.iter_batched(
                || data.clone(),
                |data| app(data, (200, 60)),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

fn rendering(c: &mut Criterion, sources: &[Source]) {
    let mut group = c.benchmark_group("render");
    let theme = Theme::dark();
    for source in sources {
        let data = load(source);
        for size in SIZES {
            for (view, help) in [
                (View::Cities, false),
                (View::Timeline, false),
                (View::Map, false),
                (View::Cities, true),
            ] {
                let mut a = app(data.clone(), size);
                a.update(Action::ShowView(view));
                a.update(Action::MoveDown);
                if help {
                    a.update(Action::ToggleHelp);
                }
                let mut screen = sink_screen(size);
                let name = if help {
                    "help".to_string()
                } else {
                    format!("{view:?}").to_lowercase()
                };
                let id = format!("{name}/{}x{}/{}", size.0, size.1, source.name);
                group.bench_function(id, |b| b.iter(|| draw(&mut screen, &a, &theme)));
            }
        }
    }
    group.finish();
}

/// A key press as the live loop handles it: `apply`, then the next frame, at 200x60.
fn keys(c: &mut Criterion, sources: &[Source]) {
    let mut group = c.benchmark_group("key");
    let theme = Theme::dark();
    let size = (200, 60);
    for source in sources {
        let data = load(source);
        let mut screen = sink_screen(size);
        // ↓ through the towns, back to the top when the end is reached.
        let mut a = app(data.clone(), size);
        group.bench_function(BenchmarkId::new("down", source.name), |b| {
            b.iter(|| {
                press(&mut a, KeyCode::Down);
                draw(&mut screen, &a, &theme);
            })
        });
        let mut a = app(data.clone(), size);
        group.bench_function(BenchmarkId::new("down-timeline", source.name), |b| {
            a.update(Action::ShowView(View::Timeline));
            b.iter(|| {
                press(&mut a, KeyCode::Down);
                draw(&mut screen, &a, &theme);
            })
        });
        let mut a = app(data.clone(), size);
        group.bench_function(BenchmarkId::new("view-switch", source.name), |b| {
            b.iter(|| {
                press(&mut a, KeyCode::Tab);
                draw(&mut screen, &a, &theme);
            })
        });
        // A letter typed into the search, then taken back, so each sample does the same.
        let mut a = app(data.clone(), size);
        a.update(Action::ShowView(View::Timeline));
        press(&mut a, KeyCode::Char('/'));
        press(&mut a, KeyCode::Char('k'));
        group.bench_function(BenchmarkId::new("filter-keystroke", source.name), |b| {
            b.iter(|| {
                press(&mut a, KeyCode::Char('a'));
                draw(&mut screen, &a, &theme);
                press(&mut a, KeyCode::Backspace);
                draw(&mut screen, &a, &theme);
            })
        });
    }
    group.finish();
}

/// The map view at 200x60, both zooms, a whole frame.
fn map(c: &mut Criterion, sources: &[Source]) {
    use partner_cities::map::Zoom;
    let mut group = c.benchmark_group("map");
    let theme = Theme::dark();
    let size = (200, 60);
    for source in sources {
        for zoom in [Zoom::Region, Zoom::World] {
            let mut a = app(load(source), size);
            a.update(Action::ShowView(View::Map));
            a.update(if zoom == Zoom::Region {
                Action::ZoomIn
            } else {
                Action::ZoomOut
            });
            let mut screen = sink_screen(size);
            let id = format!("{zoom:?}/200x60/{}", source.name).to_lowercase();
            group.bench_function(id, |b| b.iter(|| draw(&mut screen, &a, &theme)));
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
