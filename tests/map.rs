//! The map view: both zooms in Unicode and basic glyphs, and a partner added to the data
//! file appearing on it with no code change.

mod common;

use std::time::Instant;

use common::{app, app_with, press, settings};
use crossterm::event::KeyCode::*;
use partner_cities::app::{App, Settings};
use partner_cities::data;
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::I18n;
use partner_cities::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn render(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("terminal");
    t.draw(|f| ui::draw(f, app, &Theme::dark())).expect("draws");
    t
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    (0..b.area.height)
        .map(|y| {
            (0..b.area.width)
                .map(|x| b[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn map_at_both_zooms_in_unicode_and_basic_glyphs() {
    for glyphs in [GlyphMode::Unicode, GlyphMode::Basic] {
        let name = match glyphs {
            GlyphMode::Unicode => "unicode",
            GlyphMode::Basic => "basic",
        };
        let mut a = app_with(
            Settings {
                glyphs,
                ..settings("en", 100, 30)
            },
            Instant::now(),
        );
        press(&mut a, &[Char('3')]);
        let europe = render(&a);
        for town in [
            "Kartuzy",
            "Duderstadt",
            "Caissargues",
            "Gori",
            "Polanica-Zdrój",
        ] {
            assert!(
                screen_text(&europe).contains(town),
                "{town} labelled ({name}, Europe)"
            );
        }
        assert!(
            !screen_text(&europe).contains("Kaili"),
            "Kaili is outside Europe"
        );
        insta::assert_snapshot!(format!("map_europe_{name}_100x30"), europe.backend());
        press(&mut a, &[Char('-')]);
        let world = render(&a);
        assert!(
            screen_text(&world).contains("Kaili"),
            "Kaili on the world map ({name})"
        );
        insta::assert_snapshot!(format!("map_world_{name}_100x30"), world.backend());
        if glyphs == GlyphMode::Basic {
            for t in [&europe, &world] {
                let braille = screen_text(t)
                    .chars()
                    .any(|c| ('\u{2800}'..='\u{28ff}').contains(&c));
                assert!(!braille, "no braille on the console");
            }
        }
    }
}

#[test]
fn map_fits_small_and_large_terminals() {
    for (w, h) in [(30, 8), (59, 16), (60, 16), (80, 24), (200, 60)] {
        for zoom_key in [Char('+'), Char('-')] {
            let mut a = app("pl", w, h);
            press(&mut a, &[Char('3'), zoom_key, Down, Down]);
            render(&a);
            for mark in a.map_marks() {
                let area = a.map_area().expect("map area");
                if let Some(r) = mark.label_area {
                    assert!(r.x >= area.x && r.right() <= area.right(), "{w}x{h}");
                }
            }
        }
    }
}

/// The embedded data with a sixth partner (an invented test town, not real data).
fn six_partners() -> String {
    let extra = r#"
        (
            id: "testowo",
            name: "Testowo",
            country: "PL",
            region: {"pl": "region testowy", "en": "test region"},
            coordinates: (lat: 64.1, lon: -21.9),
            steps: [(kind: LetterOfIntent, date: "2024")],
            summary: {"pl": "Miasto testowe.", "en": "A test town."},
            story: [{"pl": "Tylko do testów.", "en": "For tests only."}],
        ),
    ],

    events: ["#;
    partner_cities::EMBEDDED_DATA.replacen("    ],\n\n    events: [", extra, 1)
}

fn six_partner_app() -> App {
    let dataset = data::load("six.ron", &six_partners()).expect("valid with six partners");
    App::new(
        dataset,
        I18n::new(),
        settings("en", 100, 30),
        Instant::now(),
    )
}

#[test]
fn a_sixth_partner_appears_on_the_map_with_no_code_change() {
    let mut a = six_partner_app();
    assert_eq!(a.data.partners.len(), 6);
    press(&mut a, &[Char('3'), End]);
    let world = render(&a);
    assert!(
        screen_text(&world).contains("Testowo"),
        "{}",
        screen_text(&world)
    );
    assert!(a.map_marks().iter().any(|m| m.label == "Testowo"));
    let text = a.detail_document().expect("Testowo selected").plain();
    // 2472 km by an independent haversine computation of the same coordinates.
    assert!(
        text.contains("Distance from Kartuzy: 2472 km north-west"),
        "{text}"
    );
}

#[test]
fn the_partnership_chart_has_a_bar_per_partner_and_marks_the_selected_event() {
    use ratatui::style::Modifier;
    let mut a = six_partner_app();
    press(&mut a, &[Char('2'), Down]);
    let (Some(chart), _) = a.detail_panes().expect("normal screen") else {
        panic!("100x30 has room for the chart")
    };
    let t = render(&a);
    let buffer = t.backend().buffer();
    let row_text = |y: u16| -> String {
        (chart.x..chart.right())
            .map(|x| buffer[(x, y)].symbol())
            .collect()
    };
    for (i, p) in a.data.partners.iter().enumerate() {
        let row = row_text(chart.y + 1 + i as u16);
        assert!(row.contains(&p.name), "row {i}: {row}");
        assert!(row.contains('━'), "bar for {}", p.name);
    }
    // The selected event (1994, Duderstadt) is the one reversed mark on Duderstadt's row.
    let duderstadt_row = chart.y + 1;
    let reversed: Vec<&str> = (chart.x..chart.right())
        .map(|x| &buffer[(x, duderstadt_row)])
        .filter(|c| c.modifier.contains(Modifier::REVERSED) && c.symbol() == "◆")
        .map(|c| c.symbol())
        .collect();
    assert_eq!(reversed, vec!["◆"], "{}", row_text(duderstadt_row));
    // Stacked (narrow) screens show no chart.
    let mut narrow = app("en", 50, 30);
    press(&mut narrow, &[Char('2')]);
    assert_eq!(narrow.detail_panes().expect("normal").0, None);
}

#[test]
fn flags_in_colour_and_the_country_code_in_mono_and_basic() {
    use ratatui::style::Color;
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down]); // Duderstadt
    let inner = {
        let (_, detail) = a.detail_panes().expect("normal");
        partner_cities::layout::inner(detail)
    };
    let t = render(&a);
    let buffer = t.backend().buffer();
    let x = inner.right() - 3;
    let stripes: Vec<(Color, Color)> = (0..3)
        .map(|r| {
            let c = &buffer[(x, inner.y + r)];
            (c.fg, c.bg)
        })
        .collect();
    assert_eq!(
        stripes,
        [
            (Color::Black, Color::Black),
            (Color::Red, Color::Red),
            (Color::Yellow, Color::Yellow)
        ],
        "black, red, gold"
    );
    // The list's small flag: left of the name, black over red then red over gold.
    let list_flag: Vec<(Color, Color)> = [3, 4]
        .iter()
        .map(|&y| (buffer[(3, y)].fg, buffer[(3, y)].bg))
        .collect();
    assert_eq!(
        list_flag,
        [(Color::Black, Color::Red), (Color::Red, Color::Yellow)]
    );
    // Text beside the flag wraps short of it.
    for line in a.detail_lines().iter().take(3) {
        assert!(
            line.width() + 7 <= usize::from(inner.width),
            "{:?}",
            line.text()
        );
    }
    for settings in [
        Settings {
            colour: false,
            ..settings("en", 80, 24)
        },
        Settings {
            glyphs: GlyphMode::Basic,
            ..settings("en", 80, 24)
        },
    ] {
        let mut plain = app_with(settings, Instant::now());
        press(&mut plain, &[Down]);
        assert!(plain.detail_flag().is_none());
        let text = screen_text(&render(&plain));
        assert!(
            text.contains("Country: Germany (DE)"),
            "the code instead: {text}"
        );
        assert!(
            text.contains("Duderstadt      DE 1994"),
            "one-line rows: {text}"
        );
    }
}
