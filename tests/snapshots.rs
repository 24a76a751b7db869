//! Pictures of each view as a visitor sees them, through the real keys, `update` and `draw`,
//! at fixed sizes and a fixed today.

mod common;

use common::{app, press};
use crossterm::event::KeyCode::*;
use partner_cities::app::App;
use partner_cities::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

fn render(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("test terminal");
    terminal
        .draw(|frame| ui::draw(frame, app, &Theme::dark()))
        .expect("draws");
    terminal
}

/// Snapshots one screen for each language and size.
fn snapshot_all(name: &str, keys: &[crossterm::event::KeyCode]) {
    for lang in ["pl", "en"] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = app(lang, w, h);
            press(&mut a, keys);
            insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), render(&a).backend());
        }
    }
}

#[test]
fn cities_overview() {
    snapshot_all("cities_overview", &[]);
}

#[test]
fn cities_partner() {
    // Kaili: native script, a person, a photo caption and three events.
    snapshot_all("cities_kaili", &[Down, Down, Down]);
}

#[test]
fn cities_partner_scrolled() {
    // Polanica-Zdrój read to the end: societies, people, photos, related article.
    snapshot_all("cities_polanica_end", &[End, Enter, End]);
}

#[test]
fn timeline() {
    snapshot_all("timeline", &[Char('2'), Down, Down]);
}

#[test]
fn help() {
    snapshot_all("help", &[Char('?')]);
}

#[test]
fn filter_typing() {
    let mut a = app("pl", 80, 24);
    press(
        &mut a,
        &[
            Char('/'),
            Char('z'),
            Char('d'),
            Char('r'),
            Char('o'),
            Char('j'),
        ],
    );
    insta::assert_snapshot!(render(&a).backend());
}

#[test]
fn narrow_terminal_stacks_the_panes() {
    let mut a = app("en", 50, 20);
    press(&mut a, &[Down]);
    insta::assert_snapshot!(render(&a).backend());
}

#[test]
fn tiny_terminal_asks_to_enlarge() {
    let a = app("en", 28, 7);
    insta::assert_snapshot!(render(&a).backend());
}

#[test]
fn selection_and_focus_are_visible_without_colour() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down]);
    let terminal = render(&a);
    let buffer = terminal.backend().buffer();
    // Rows 3-4 hold Duderstadt (header, border, overview above it), its name after the
    // marker and the flag's gutter; Caissargues follows on rows 5-6.
    let selected = &buffer[(7, 3)];
    let other = &buffer[(7, 5)];
    assert_eq!(selected.symbol(), "D");
    assert!(selected.modifier.contains(Modifier::REVERSED));
    assert!(
        buffer[(7, 4)].modifier.contains(Modifier::REVERSED),
        "the whole item"
    );
    assert!(!other.modifier.contains(Modifier::REVERSED));
    assert_eq!(
        buffer[(1, 3)].symbol(),
        "▶",
        "a marker too, for monochrome screens"
    );
    // The focused pane's border is bold; the other's is not.
    assert!(buffer[(0, 1)].modifier.contains(Modifier::BOLD));
    let detail_corner = &buffer[(a.area.width - 1, 1)];
    assert!(!detail_corner.modifier.contains(Modifier::BOLD));
}

#[test]
fn the_contrast_theme_highlights_the_whole_selected_row() {
    // Found in the screenshots: the text spans kept the theme's black background, so only
    // the padding of the selected row was yellow.
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down]);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal
        .draw(|frame| ui::draw(frame, &a, &Theme::contrast()))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    // Row 3: Duderstadt, from its name (after the marker and the flag) to the border.
    assert_eq!(buffer[(7, 3)].symbol(), "D");
    for x in 7..27 {
        let cell = &buffer[(x, 3)];
        assert_eq!(cell.bg, Color::Yellow, "cell {x}: {cell:?}");
        assert_eq!(cell.fg, Color::Black, "cell {x}: {cell:?}");
    }
}

#[test]
fn chinese_on_a_tiny_screen_never_hangs_over_the_edge() {
    // Found by tests/properties.rs: at 7x3, ratatui's wrapping put 要 in the last column,
    // where half of it falls outside the screen.
    for (w, h) in [(7, 3), (7, 5), (3, 4), (1, 3)] {
        let a = app("zh", w, h);
        let terminal = render(&a);
        let buffer = terminal.backend().buffer();
        for y in 0..h {
            let last = buffer[(w - 1, y)].symbol();
            assert!(
                unicode_width::UnicodeWidthStr::width(last) <= 1,
                "{w}x{h}: {last:?} at the right edge"
            );
        }
    }
    let a = app("zh", 7, 5);
    insta::assert_snapshot!(render(&a).backend());
}

#[test]
fn every_size_from_1x1_draws_without_panic() {
    for w in [1, 2, 10, 29, 30, 45, 59, 60, 80, 200] {
        for h in [1, 2, 7, 8, 12, 16, 24, 60] {
            for keys in [&[][..], &[Char('2')], &[Char('?')], &[End, Enter, End]] {
                let mut a = app("pl", w, h);
                press(&mut a, keys);
                render(&a);
            }
        }
    }
}
