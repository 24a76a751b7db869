//! The map view on the fixture: both zooms in Unicode and basic glyphs, coastlines drawn as
//! lines, labels in their own style, great-circle routes, the distance legend and the scale
//! bar, and a partner added to the data file appearing on it with no code change.

mod common;

use std::time::Instant;

use common::screen::{draw, row, shown, text};
use common::{Tui, app, app_on, app_with, pictures, press, settings};
use crossterm::event::KeyCode::*;
use partner_cities::app::Settings;
use partner_cities::data;
use partner_cities::glyphs::GlyphMode;

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
                ..settings("en")
            },
            (100, 30),
            Instant::now(),
        );
        press(&mut a, &[BackTab]);
        let europe = shown(&a);
        let labelled: Vec<String> = a
            .map()
            .marks
            .clone()
            .into_iter()
            .filter(|m| m.label_area.is_some())
            .map(|m| m.label)
            .collect();
        assert_eq!(
            labelled,
            ["Ahornfeld", "Kartuzy", "Vignac", "Łąka-Zdrój"],
            "{name}: the selected partner first, then home, then the rest; not Shanshui"
        );
        pictures::check(&format!("map_europe_{name}_100x30"), &europe);
        press(&mut a, &[Char('-')]);
        let world = shown(&a);
        assert!(
            a.map()
                .marks
                .clone()
                .iter()
                .any(|m| m.label == "Shanshui" && m.label_area.is_some()),
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
            press(&mut a, &[BackTab, zoom_key, Down, Down]);
            draw(&a);
            let area = a.map().area;
            for mark in a.map().marks.clone() {
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

fn five_partner_app() -> Tui {
    let dataset = data::load("five.ron", &five_partners()).expect("valid with five partners");
    app_on(dataset, settings("en"), (100, 30), Instant::now())
}

#[test]
fn a_fifth_partner_appears_on_the_map_with_no_code_change() {
    let mut a = five_partner_app();
    assert_eq!(a.data().partners.len(), 5);
    press(&mut a, &[BackTab, End]);
    let world = shown(&a);
    assert!(world.contains("Testowo"), "{world}");
    assert!(a.map().marks.clone().iter().any(|m| m.label == "Testowo"));
    let text = a
        .app()
        .detail_document(false)
        .expect("Testowo selected")
        .plain();
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
    press(&mut a, &[Tab, Down]);
    let chart = a.parts().chart.expect("100x30 has room for the chart");
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
    press(&mut narrow, &[Tab]);
    assert_eq!(narrow.parts().chart, None);
}

#[test]
fn flags_in_colour_and_the_country_code_in_mono_and_basic() {
    use ratatui::style::Color;
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down]); // Ahornfeld
    let inner = partner_cities::layout::inner(a.parts().detail.area);
    let buffer = draw(&a);
    let x = inner.right() - 3;
    // Each cell's top and bottom colour, whichever half block draws them.
    let halves = |c: &ratatui::buffer::Cell| match c.symbol() {
        "▄" => (c.bg, c.fg),
        "█" => (c.fg, c.fg),
        _ => (c.fg, c.bg),
    };
    // The flag's black in the theme's shade for it, which the dark background shows.
    let black = partner_cities::ui::Theme::dark().flag_black;
    assert_ne!(black, Color::Black);
    let stripes: Vec<(Color, Color)> = (0..3).map(|r| halves(&buffer[(x, inner.y + r)])).collect();
    assert_eq!(
        stripes,
        [
            (black, black),
            (Color::Red, Color::Red),
            (Color::Yellow, Color::Yellow)
        ],
        "black, red, gold"
    );
    // The list's small flag: left of the name, black over red then red over gold.
    let list_flag: Vec<(Color, Color)> = [3, 4].iter().map(|&y| halves(&buffer[(3, y)])).collect();
    assert_eq!(
        list_flag,
        [(black, Color::Red), (Color::Red, Color::Yellow)]
    );
    // Text beside the flag wraps short of it.
    for line in a.parts().detail.lines.iter().take(3) {
        assert!(
            line.width() + 7 <= usize::from(inner.width),
            "{:?}",
            line.text()
        );
    }
    for settings in [
        Settings {
            colour: false,
            ..settings("en")
        },
        Settings {
            glyphs: GlyphMode::Basic,
            ..settings("en")
        },
    ] {
        let mut plain = app_with(settings, (80, 24), Instant::now());
        press(&mut plain, &[Down]);
        assert!(plain.parts().detail.flag.is_none());
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

/// The map pane of `app` as it is drawn.
fn map_buffer(a: &Tui) -> (ratatui::buffer::Buffer, ratatui::layout::Rect) {
    (draw(a), a.map().area)
}

#[test]
fn coasts_are_lines_not_scattered_dots() {
    // Kartuzy's own map (the production data), as the README shows it: of the dots drawn,
    // nearly all touch another; with ratatui's built-in point map, a third stood alone.
    let mut a = common::apps::production_app("en", 100, 30);
    press(&mut a, &[BackTab]);
    let (buffer, area) = map_buffer(&a);
    let dots = common::screen::braille_dots(&buffer, area);
    let touching = dots
        .iter()
        .filter(|&&(x, y)| {
            (-1..=1)
                .flat_map(|dx| (-1..=1).map(move |dy| (dx, dy)))
                .filter(|d| *d != (0, 0))
                .any(|(dx, dy)| dots.contains(&(x + dx, y + dy)))
        })
        .count();
    assert!(dots.len() > 1000, "{} dots", dots.len());
    assert!(
        touching * 100 >= dots.len() * 90,
        "{touching} of {} dots touch another",
        dots.len()
    );
}

#[test]
fn every_label_mark_and_legend_cell_has_its_own_complete_style() {
    use partner_cities::ui::Theme;
    use partner_cities::ui::map::solid;
    for glyphs in [GlyphMode::Unicode, GlyphMode::Basic] {
        for theme in [
            Theme::dark(),
            Theme::dark_rich(),
            Theme::light(),
            Theme::contrast(),
            Theme::mono(),
        ] {
            for keys in [&[BackTab][..], &[BackTab, Down, Down, Char('-')]] {
                let mut a = app_with(
                    Settings {
                        glyphs,
                        ..settings("en")
                    },
                    (100, 30),
                    Instant::now(),
                );
                press(&mut a, keys);
                let view = a.map().clone();
                let buffer = common::screen::draw_with(&a, &theme);
                let mut checked = 0;
                let mut check = |r: ratatui::layout::Rect, what: &str| {
                    for x in r.x..r.right() {
                        let cell = &buffer[(x, r.y)];
                        // Every colour set, the same in every cell of the label: nothing
                        // of the line beneath shows through.
                        let first = &buffer[(r.x, r.y)];
                        assert_eq!(
                            (cell.fg, cell.bg, cell.modifier),
                            (first.fg, first.bg, first.modifier),
                            "{glyphs:?} {what} cell {x}"
                        );
                        assert!(
                            !cell
                                .symbol()
                                .chars()
                                .any(|c| ('\u{2800}'..='\u{28ff}').contains(&c)
                                    || ('\u{2580}'..='\u{259f}').contains(&c)),
                            "{glyphs:?} {what}: a line under the text at {x}"
                        );
                        checked += 1;
                    }
                };
                for mark in &view.marks {
                    if let Some(r) = mark.label_area {
                        check(r, &mark.label);
                        let style = solid(theme.base, &theme);
                        let selected = a.selected()
                            == mark.partner.map(|i| {
                                partner_cities::app::Target::City(
                                    partner_cities::app::Entry::Partner(i),
                                )
                            });
                        if mark.partner.is_some() && !selected {
                            let cell = &buffer[(r.x, r.y)];
                            assert_eq!(
                                (Some(cell.fg), Some(cell.bg)),
                                (style.fg, style.bg),
                                "{}: the theme's own colours",
                                mark.label
                            );
                        }
                    }
                    check(
                        ratatui::layout::Rect::new(mark.cell.0, mark.cell.1, 1, 1),
                        "mark",
                    );
                }
                if let Some(legend) = &view.legend {
                    for row in &legend.rows {
                        check(row.area, "legend row");
                    }
                }
                if let Some(bar) = &view.scale {
                    check(bar.area, "scale bar");
                }
                assert!(checked > 30, "{checked} cells checked");
            }
        }
    }
}

#[test]
fn the_route_to_a_far_partner_follows_the_great_circle() {
    // Kartuzy to Shanshui (26.6 N, 108 E): at 63 E the great circle is near 52 N; the
    // straight line on the map would be near 40 N.
    use partner_cities::data::Coordinates;
    let mut a = app("en", 200, 60);
    press(&mut a, &[BackTab, Char('-')]);
    let (buffer, area) = map_buffer(&a);
    let bounds = a.map().bounds;
    let route = partner_cities::ui::Theme::dark()
        .route
        .fg
        .expect("a colour");
    let coloured_near = |lat: f64| {
        let (x, y) = bounds
            .cell(area, Coordinates { lat, lon: 63.0 })
            .expect("in view");
        (y.saturating_sub(1)..=y + 1).any(|y| buffer[(x, y)].fg == route)
    };
    assert!(coloured_near(52.0), "the route passes 52 N at 63 E");
    assert!(!coloured_near(40.0), "not the straight line at 40 N");
}

#[test]
fn the_legend_gives_each_distance_nearest_first_and_selects_by_touch() {
    let mut a = app("en", 100, 30);
    press(&mut a, &[BackTab]);
    let legend = a.map().legend.clone().expect("room for a legend");
    assert_eq!(legend.title.as_deref(), Some("Distance from Kartuzy"));
    let rows: Vec<String> = legend
        .rows
        .iter()
        .map(|r| r.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    // Haversine distances of the fixture's coordinates (see tests/cli.rs).
    assert_eq!(
        rows,
        [
            "Łąka-Zdrój 453 km",
            "Ahornfeld 621 km",
            "Vignac 1529 km",
            "Shanshui 7623 km"
        ]
    );
    for (row, partner) in legend.rows.iter().zip([3, 0, 1, 2]) {
        let (x, y) = common::screen::place_of(&a, &row.text);
        assert_eq!((x, y), (row.area.x + 1, row.area.y), "drawn where planned");
        a.click(x, y);
        assert_eq!(
            a.selected(),
            Some(partner_cities::app::Target::City(
                partner_cities::app::Entry::Partner(partner)
            ))
        );
    }
    // The legend holds no town, and no label lies under it.
    let view = a.map().clone();
    let area = view.legend.as_ref().expect("legend").area;
    for mark in &view.marks {
        assert!(!area.contains(ratatui::layout::Position::new(mark.cell.0, mark.cell.1)));
        assert!(mark.label_area.is_none_or(|r| !r.intersects(area)));
    }
    // In Chinese, the kilometres are 公里.
    let mut zh = app("zh", 100, 30);
    press(&mut zh, &[BackTab]);
    let legend = zh.map().legend.clone().expect("legend");
    assert!(
        legend.rows[0].text.ends_with("453公里"),
        "{}",
        legend.rows[0].text
    );
}

#[test]
fn the_scale_bar_is_as_long_as_the_distance_it_names() {
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        for zoom in [Char('+'), Char('-')] {
            let mut a = app("en", w, h);
            press(&mut a, &[BackTab, zoom]);
            let view = a.map().clone();
            let bar = view.scale.expect("room for a scale bar");
            let km_per_cell =
                partner_cities::map::km_per_column(view.bounds, view.area).expect("width");
            let drawn = f64::from(bar.cells) * km_per_cell;
            assert!(
                (drawn - f64::from(bar.km)).abs() <= km_per_cell / 2.0,
                "{w}x{h}: {} cells of {km_per_cell:.0} km for {} km",
                bar.cells,
                bar.km
            );
            assert_eq!(bar.label, format!("{}\u{a0}km", bar.km));
            let text = common::screen::row(&draw(&a), bar.area.y, bar.area.x, bar.area.right());
            assert!(
                text.starts_with('├') && text.ends_with(&bar.label),
                "{text}"
            );
        }
    }
}

#[test]
fn the_help_credits_natural_earth_in_every_language() {
    for lang in common::apps::LANGS {
        let mut a = app(lang, 120, 40);
        press(&mut a, &[Char('?')]);
        let help: String = a
            .parts()
            .help
            .as_ref()
            .expect("help open")
            .lines
            .iter()
            .map(|l| l.text())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(help.contains("Natural Earth"), "{lang}: {help}");
    }
}

#[test]
fn a_screenshot_of_the_map_opens_at_the_zoom_of_the_town_selected() {
    // Łąka-Zdrój comes after Shanshui in the list: stepping down to it passes the world.
    use partner_cities::map::Zoom;
    use partner_cities::screenshot::{Scene, stage};
    for (id, zoom) in [
        ("laka-zdroj", Zoom::Region),
        ("shanshui", Zoom::World),
        ("ahornfeld", Zoom::Region),
    ] {
        let mut a = partner_cities::app::App::new(
            common::fixture(),
            partner_cities::i18n::I18n::new(),
            settings("en"),
            Instant::now(),
        );
        stage(&mut a, Scene::Map, Some(id), None).expect("staged");
        assert_eq!(a.map_zoom(), zoom, "{id}");
    }
}

/// Each town's name sits nearer to its own mark than to any other, as the screen shows
/// them: read from the drawn buffer (the name where the label is, a mark symbol at each
/// town's cell), in every language, at both zooms, with each town selected, at sizes from
/// 80x24 up, on the real data (found: "Duderstadt⠈●⠄Polanica-Zdrój" at the Europe zoom,
/// the name running into Polanica-Zdrój's mark while its own stood a row above).
#[test]
fn every_label_is_nearest_its_own_mark() {
    use partner_cities::action::{Action, Entry, Msg, Target};
    use partner_cities::map::{Zoom, label_distance};
    let data = common::production();
    let mut labels = 0;
    for lang in common::apps::LANGS {
        for (w, h) in [(80, 24), (91, 25), (100, 30), (120, 40), (160, 50)] {
            for zoom in [Zoom::Region, Zoom::World] {
                for selected in 0..data.partners.len() {
                    let mut a = common::apps::production_app(lang, w, h);
                    a.update(Msg::Do(Action::ShowView(partner_cities::action::View::Map)));
                    a.update(Msg::Do(Action::Select(Target::City(Entry::Partner(
                        selected,
                    )))));
                    a.update(Msg::Do(match zoom {
                        Zoom::Region => Action::ZoomIn,
                        Zoom::World => Action::ZoomOut,
                    }));
                    let buffer = draw(&a);
                    let view = a.map().clone();
                    for mark in &view.marks {
                        let Some(r) = mark.label_area else { continue };
                        let what = format!("{lang} {w}x{h} {zoom:?} {}", mark.label);
                        let drawn = row(&buffer, r.y, r.x, r.right()).replace(' ', "");
                        assert_eq!(drawn, mark.label.replace(' ', ""), "{what}: drawn there");
                        let own = label_distance(r, mark.cell);
                        for other in view.marks.iter().filter(|m| m.cell != mark.cell) {
                            let symbol = buffer[other.cell].symbol();
                            assert!(!symbol.trim().is_empty(), "{what}: {} drawn", other.label);
                            assert!(
                                label_distance(r, other.cell) > own,
                                "{what}: nearer {}'s mark ({:?}) than its own ({:?}) at {r:?}",
                                other.label,
                                other.cell,
                                mark.cell
                            );
                        }
                        labels += 1;
                    }
                }
            }
        }
    }
    assert!(labels > 500, "{labels} labels checked");
}
