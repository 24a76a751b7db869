//! Pictures of each view as a visitor sees them on the fixture, through the real keys,
//! `update` and `draw`, at fixed sizes and a fixed today.

mod common;

use common::screen::{draw, draw_with, shown};
use common::{app, pictures, press};
use crossterm::event::KeyCode::*;
use partner_cities::ui::Theme;
use ratatui::style::{Color, Modifier};

/// Checks the picture of one screen for each language and size.
fn snapshot_all(name: &str, keys: &[crossterm::event::KeyCode]) {
    for lang in ["pl", "en"] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = app(lang, w, h);
            press(&mut a, keys);
            pictures::check(&format!("{name}_{lang}_{w}x{h}"), &shown(&a));
        }
    }
}

#[test]
fn cities_overview() {
    snapshot_all("cities_overview", &[]);
}

#[test]
fn cities_partner() {
    // Shanshui: a native name, two steps, no `began`.
    snapshot_all("cities_shanshui", &[Down, Down, Down]);
}

#[test]
fn cities_partner_scrolled() {
    // Ahornfeld read to the end: people, photos, related article, events.
    snapshot_all("cities_ahornfeld_end", &[Down, Enter, End]);
}

#[test]
fn timeline() {
    snapshot_all("timeline", &[Tab, Down, Down]);
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
    pictures::check("filter_typing", &shown(&a));
}

#[test]
fn narrow_terminal_stacks_the_panes() {
    let mut a = app("en", 50, 20);
    press(&mut a, &[Down]);
    pictures::check("narrow_terminal_stacks_the_panes", &shown(&a));
}

#[test]
fn tiny_terminal_asks_to_enlarge() {
    let a = app("en", 28, 7);
    pictures::check("tiny_terminal_asks_to_enlarge", &shown(&a));
}

#[test]
fn selection_and_focus_are_visible_without_colour() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down]);
    let buffer = draw(&a);
    // Rows 3-4 hold Ahornfeld (header, border, overview above it), its name after the
    // marker and the flag's gutter; Vignac follows on rows 5-6.
    let selected = &buffer[(7, 3)];
    let other = &buffer[(7, 5)];
    assert_eq!(selected.symbol(), "A");
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
    // Found in the screenshots: the text spans kept the theme's own colours, so only the
    // padding of the selected row stood out. (The selection is reverse video: bright
    // white behind black text.)
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down]);
    let buffer = draw_with(&a, &Theme::contrast());
    // Row 3: Ahornfeld, from its name (after the marker and the flag) to the border.
    assert_eq!(buffer[(7, 3)].symbol(), "A");
    for x in 7..27 {
        let cell = &buffer[(x, 3)];
        assert!(
            cell.modifier.contains(Modifier::REVERSED),
            "cell {x}: {cell:?}"
        );
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::White, Color::Black),
            "cell {x}: {cell:?}"
        );
    }
}

#[test]
fn chinese_on_a_tiny_screen_never_hangs_over_the_edge() {
    // Found by tests/properties.rs: at 7x3, ratatui's wrapping put 要 in the last column,
    // where half of it falls outside the screen.
    for (w, h) in [(7, 3), (7, 5), (3, 4), (1, 3)] {
        let a = app("zh", w, h);
        let buffer = draw(&a);
        for y in 0..h {
            let last = buffer[(w - 1, y)].symbol();
            assert!(
                unicode_width::UnicodeWidthStr::width(last) <= 1,
                "{w}x{h}: {last:?} at the right edge"
            );
        }
    }
    let a = app("zh", 7, 5);
    pictures::check("chinese_on_a_tiny_screen", &shown(&a));
}

#[test]
fn every_size_from_1x1_draws_without_panic() {
    for w in [1, 2, 10, 29, 30, 45, 59, 60, 80, 200] {
        for h in [1, 2, 7, 8, 12, 16, 24, 60] {
            for keys in [&[][..], &[Tab], &[Char('?')], &[End, Enter, End]] {
                let mut a = app("pl", w, h);
                press(&mut a, keys);
                draw(&a);
            }
        }
    }
}

/// The idle warning over the details, in every language, at the smallest full screen.
#[test]
fn idle_warning() {
    use partner_cities::action::Msg;
    use std::time::{Duration, Instant};
    for lang in common::apps::LANGS {
        let t0 = Instant::now();
        let mut settings = common::settings(lang);
        settings.kiosk = true;
        settings.idle = Some(Duration::from_secs(60));
        let mut a = common::app_with(settings, (80, 24), t0);
        press(&mut a, &[Down, Enter]);
        let idle = a.next_deadline().expect("the idle deadline");
        a.update(Msg::Tick(idle));
        pictures::check(&format!("idle_warning_{lang}_80x24"), &shown(&a));
    }
}

/// A box drawn over the screen (the help, the language list) cuts a wide character under
/// its left edge: the character is blanked, never drawn half under the border (found: 卡
/// of "卡尔图济（概览）" drawn over the help's border in Chinese).
#[test]
fn a_box_over_chinese_text_blanks_the_character_its_edge_cuts() {
    use partner_cities::action::{Action, Msg};
    use unicode_width::UnicodeWidthStr;
    let mut cut = 0;
    for (w, h) in [(80, 24), (91, 25), (66, 18), (100, 30), (120, 40)] {
        for open in [Action::ToggleHelp, Action::OpenLanguages] {
            for width in [w, w + 1, w + 3] {
                let mut a = common::apps::production_app("zh", width, h);
                a.update(Msg::Do(open));
                let buffer = draw(&a);
                let parts = a.parts();
                let area = parts
                    .help
                    .as_ref()
                    .map(|b| b.area)
                    .or(parts.languages.as_ref().map(|b| b.area))
                    .expect("a box");
                for y in area.top()..area.bottom() {
                    let left = &buffer[(area.x - 1, y)];
                    assert!(
                        left.symbol().width() < 2,
                        "{width}x{h} {open:?}: {:?} covers the border at row {y}",
                        left.symbol()
                    );
                    assert!(
                        ["│", "┌", "└", "┐", "┘", "─"].contains(&buffer[(area.x, y)].symbol()),
                        "{width}x{h} {open:?} row {y}: {:?}",
                        buffer[(area.x, y)].symbol()
                    );
                }
                let under = common::screen::draw(&common::apps::production_app("zh", width, h));
                cut += (area.top()..area.bottom())
                    .filter(|&y| under[(area.x - 1, y)].symbol().width() == 2)
                    .count();
            }
        }
    }
    assert!(cut > 0, "some box edge did cut a wide character");
}
