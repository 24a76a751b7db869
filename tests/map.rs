//! The map view on the fixture: both zooms in Unicode and basic glyphs, and a partner
//! added to the data file appearing on it with no code change.

mod common;

use std::time::Instant;

use common::screen::{draw, row, shown, text};
use common::{app, app_on, app_with, pictures, press, settings};
use crossterm::event::KeyCode::*;
use partner_cities::app::{App, Settings};
use partner_cities::data;
use partner_cities::glyphs::GlyphMode;
use partner_cities::viewmodel::{self, detail, map};

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
        let europe = shown(&a);
        for town in ["Kartuzy", "Ahornfeld", "Vignac", "Łąka-Zdrój"] {
            assert!(europe.contains(town), "{town} labelled ({name}, Europe)");
        }
        assert!(!europe.contains("Shanshui"), "Shanshui is outside Europe");
        pictures::check(&format!("map_europe_{name}_100x30"), &europe);
        press(&mut a, &[Char('-')]);
        let world = shown(&a);
        assert!(
            world.contains("Shanshui"),
            "Shanshui on the world map ({name})"
        );
        pictures::check(&format!("map_world_{name}_100x30"), &world);
        if glyphs == GlyphMode::Basic {
            for t in [&europe, &world] {
                let braille = t.chars().any(|c| ('\u{2800}'..='\u{28ff}').contains(&c));
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
            draw(&a);
            let area = map::area(&a).expect("map area");
            for mark in map::marks(&a) {
                if let Some(r) = mark.label_area {
                    assert!(r.x >= area.x && r.right() <= area.right(), "{w}x{h}");
                }
            }
        }
    }
}

/// The fixture with a fifth partner.
fn five_partners() -> String {
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

    // Out of date order"#;
    let source = std::fs::read_to_string(common::apps::FIXTURE).expect("the fixture");
    let edited = source.replacen("    ],\n\n    // Out of date order", extra, 1);
    assert_ne!(edited, source, "the partner was added");
    edited
}

fn five_partner_app() -> App {
    let dataset = data::load("five.ron", &five_partners()).expect("valid with five partners");
    app_on(dataset, settings("en", 100, 30), Instant::now())
}

#[test]
fn a_fifth_partner_appears_on_the_map_with_no_code_change() {
    let mut a = five_partner_app();
    assert_eq!(a.data().partners.len(), 5);
    press(&mut a, &[Char('3'), End]);
    let world = shown(&a);
    assert!(world.contains("Testowo"), "{world}");
    assert!(map::marks(&a).iter().any(|m| m.label == "Testowo"));
    let text = detail::document(&a).expect("Testowo selected").plain();
    // 2472 km by an independent haversine computation of the same coordinates.
    assert!(
        text.contains("Distance from Kartuzy: 2472 km north-west"),
        "{text}"
    );
}

#[test]
fn the_partnership_chart_has_a_bar_per_partner_and_marks_the_selected_event() {
    use ratatui::style::Modifier;
    let mut a = five_partner_app();
    press(&mut a, &[Char('2'), Down]);
    let (Some(chart), _) = viewmodel::detail_panes(&a).expect("normal screen") else {
        panic!("100x30 has room for the chart")
    };
    let buffer = draw(&a);
    let row_text = |y: u16| row(&buffer, y, chart.x, chart.right());
    for (i, p) in a.data().partners.iter().enumerate() {
        let row = row_text(chart.y + 1 + i as u16);
        assert!(row.contains(&p.name), "row {i}: {row}");
        assert!(row.contains('━'), "bar for {}", p.name);
    }
    // The selected event (1996, Ahornfeld) is the one reversed mark on Ahornfeld's row.
    let ahornfeld_row = chart.y + 1;
    let reversed: Vec<&str> = (chart.x..chart.right())
        .map(|x| &buffer[(x, ahornfeld_row)])
        .filter(|c| c.modifier.contains(Modifier::REVERSED) && c.symbol() == "◆")
        .map(|c| c.symbol())
        .collect();
    assert_eq!(reversed, vec!["◆"], "{}", row_text(ahornfeld_row));
    // Stacked (narrow) screens show no chart.
    let mut narrow = app("en", 50, 30);
    press(&mut narrow, &[Char('2')]);
    assert_eq!(viewmodel::detail_panes(&narrow).expect("normal").0, None);
}

#[test]
fn flags_in_colour_and_the_country_code_in_mono_and_basic() {
    use ratatui::style::Color;
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down]); // Ahornfeld
    let inner = {
        let (_, detail) = viewmodel::detail_panes(&a).expect("normal");
        partner_cities::layout::inner(detail)
    };
    let buffer = draw(&a);
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
    for line in detail::lines(&a).iter().take(3) {
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
        assert!(detail::flag(&plain).is_none());
        let text = text(&draw(&plain));
        assert!(
            text.contains("Country: Germany (DE)"),
            "the code instead: {text}"
        );
        assert!(
            text.contains("Ahornfeld   DE 1996"),
            "one-line rows: {text}"
        );
    }
}
