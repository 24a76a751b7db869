//! `update` driven through the real key table: navigation, focus, filter, views, mouse.

mod common;

use common::{app, partner_index, press, type_text};
use crossterm::event::KeyCode::{self, *};
use partner_cities::action::{Action, View};
use partner_cities::app::{Entry, Target};

#[test]
fn starts_on_the_overview_in_the_cities_view() {
    let a = app("pl", 80, 24);
    assert_eq!(a.view, View::Cities);
    assert_eq!(a.selected(), Some(Target::City(Entry::Overview)));
    assert_eq!(a.visible_cities().len(), 6, "overview and five partners");
}

#[test]
fn moves_through_the_list_and_stops_at_the_ends() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down]);
    assert_eq!(a.city, Entry::Partner(0));
    press(&mut a, &[Char('j'), Char('j')]);
    assert_eq!(a.city, Entry::Partner(2));
    press(&mut a, &[Char('k')]);
    assert_eq!(a.city, Entry::Partner(1));
    press(&mut a, &[End]);
    assert_eq!(a.city, Entry::Partner(4));
    press(&mut a, &[Down, Down]);
    assert_eq!(a.city, Entry::Partner(4), "stays on the last row");
    press(&mut a, &[Char('g')]);
    assert_eq!(a.city, Entry::Overview);
    press(&mut a, &[Up]);
    assert_eq!(a.city, Entry::Overview, "stays on the first row");
    press(&mut a, &[PageDown]);
    assert_eq!(a.city, Entry::Partner(4), "a page is longer than the list");
    press(&mut a, &[Char('G'), Home]);
    assert_eq!(a.city, Entry::Overview);
}

#[test]
fn detail_focus_scrolls_and_clamps() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down, Enter]);
    assert!(a.detail_focused);
    press(&mut a, &[Down, Down, Char('j')]);
    assert_eq!(a.detail_scroll, 3);
    assert_eq!(
        a.city,
        Entry::Partner(0),
        "selection does not move while reading"
    );
    for _ in 0..500 {
        press(&mut a, &[Down]);
    }
    let max = a.detail_lines().len() - 20;
    assert_eq!(a.detail_scroll, max, "scroll stops at the last page");
    press(&mut a, &[Up]);
    assert_eq!(
        a.detail_scroll,
        max - 1,
        "one key up moves at once, no dead keys"
    );
    press(&mut a, &[Esc]);
    assert!(!a.detail_focused);
    press(&mut a, &[Char('l')]);
    assert!(a.detail_focused);
    press(&mut a, &[Char('h')]);
    assert!(!a.detail_focused);
    press(&mut a, &[Right, Left]);
    assert!(!a.detail_focused);
}

#[test]
fn selecting_another_town_resets_the_scroll() {
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down, Enter, PageDown]);
    assert!(a.detail_scroll > 0);
    press(&mut a, &[Esc, Down]);
    assert_eq!(a.detail_scroll, 0);
}

#[test]
fn filter_is_case_and_diacritic_insensitive() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('/')]);
    assert!(a.filtering);
    type_text(&mut a, "ZDROJ");
    let polanica = partner_index(&a, "polanica-zdroj");
    assert_eq!(a.visible_cities(), vec![Entry::Partner(polanica)]);
    assert_eq!(a.selected(), Some(Target::City(Entry::Partner(polanica))));
    press(&mut a, &[Enter]);
    assert!(!a.filtering, "Enter keeps the filter and leaves typing");
    assert_eq!(a.filter, "ZDROJ");
    press(&mut a, &[Char('/'), Esc]);
    assert!(a.filter.is_empty(), "Esc clears it");
    assert_eq!(a.visible_cities().len(), 6);
}

#[test]
fn typing_q_while_searching_searches_instead_of_quitting() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('/'), Char('q')]);
    assert!(a.running);
    assert_eq!(a.filter, "q");
    press(&mut a, &[Backspace]);
    assert_eq!(a.filter, "");
}

#[test]
fn filter_with_no_match_leaves_nothing_selected_and_recovers() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('/')]);
    type_text(&mut a, "xyz");
    assert!(a.visible_cities().is_empty());
    assert_eq!(a.selected(), None);
    assert!(a.detail_lines().is_empty());
    assert!(a.empty_message().contains("xyz"));
    press(&mut a, &[Down, Up, PageDown]);
    press(&mut a, &[Backspace, Backspace, Backspace]);
    assert!(a.selected().is_some());
}

#[test]
fn native_and_latin_names_both_find_kaili() {
    let mut a = app("en", 80, 24);
    let kaili = partner_index(&a, "kaili");
    for query in ["kaili", "凯里", "china", "chiny"] {
        a.update(Action::ClearFilter);
        press(&mut a, &[Char('/')]);
        type_text(&mut a, query);
        assert!(
            a.visible_cities().contains(&Entry::Partner(kaili)),
            "{query} should find Kaili"
        );
    }
}

#[test]
fn views_switch_by_number_and_tab() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('2')]);
    assert_eq!(a.view, View::Timeline);
    assert_eq!(a.selected(), Some(Target::Event(0)));
    press(&mut a, &[Tab]);
    assert_eq!(a.view, View::Map);
    press(&mut a, &[Tab]);
    assert_eq!(a.view, View::Cities, "Tab wraps around");
    press(&mut a, &[BackTab]);
    assert_eq!(a.view, View::Map);
    press(&mut a, &[Char('1')]);
    assert_eq!(a.view, View::Cities);
    press(&mut a, &[Char('3')]);
    assert_eq!(a.view, View::Map);
}

#[test]
fn the_map_selects_partners_and_zooms_to_show_them() {
    use partner_cities::map::Zoom;
    let mut a = app("en", 100, 30);
    let kaili = partner_index(&a, "kaili");
    press(&mut a, &[Char('3')]);
    assert_eq!(
        a.selected(),
        Some(Target::City(Entry::Partner(0))),
        "a partner, not the overview"
    );
    assert_eq!(
        a.map_zoom,
        Zoom::Region,
        "Duderstadt is in the regional view"
    );
    press(&mut a, &[Down, Down]);
    assert_eq!(a.city, Entry::Partner(kaili));
    assert_eq!(a.map_zoom, Zoom::World, "selecting Kaili shows the world");
    press(&mut a, &[Char('+')]);
    assert_eq!(a.map_zoom, Zoom::Region);
    press(&mut a, &[Char('-')]);
    assert_eq!(a.map_zoom, Zoom::World);
    // Opening the map with Kaili selected in the towns view starts at the world.
    let mut b = app("en", 100, 30);
    press(&mut b, &[Down, Down, Down, Char('3')]);
    assert_eq!((b.city, b.map_zoom), (Entry::Partner(kaili), Zoom::World));
    // Every mark's label can be tapped to select that partner.
    for mark in b.map_marks() {
        let (Some(partner), Some(label)) = (mark.partner, mark.label_area) else {
            continue;
        };
        b.update(Action::Click {
            col: label.x,
            row: label.y,
        });
        assert_eq!(b.city, Entry::Partner(partner), "{}", mark.label);
    }
}

#[test]
fn timeline_is_oldest_first_and_enter_opens_the_partner() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('2')]);
    let dates: Vec<_> = a
        .visible_events()
        .iter()
        .map(|&e| a.data.events[e].date)
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(dates.len(), 13);
    press(&mut a, &[End, Enter]);
    let last = a.data.events.len() - 1;
    let partner = a.data.partner_of(last);
    assert_eq!(a.view, View::Cities);
    assert_eq!(a.selected(), Some(Target::City(Entry::Partner(partner))));
}

#[test]
fn f_shows_only_the_selected_partners_events() {
    let mut a = app("en", 80, 24);
    press(&mut a, &[Char('2'), Down, Char('f')]);
    let duderstadt = partner_index(&a, "duderstadt");
    assert_eq!(a.partner_only, Some(duderstadt));
    let shown = a.visible_events();
    assert_eq!(shown.len(), 5, "Duderstadt has five events");
    assert!(shown.iter().all(|&e| a.data.partner_of(e) == duderstadt));
    assert!(a.list_title().contains("only Duderstadt"));
    press(&mut a, &[Char('f')]);
    assert_eq!(a.visible_events().len(), 13);
}

#[test]
fn language_cycles_and_help_toggles() {
    let mut a = app("pl", 80, 24);
    for expected in ["en", "de", "fr", "zh", "ka", "pl"] {
        press(&mut a, &[Char('L')]);
        assert_eq!(a.lang, expected);
    }
    press(&mut a, &[Char('?')]);
    assert!(a.help);
    press(&mut a, &[Down]);
    assert_eq!(a.city, Entry::Overview, "keys scroll help, not the list");
    press(&mut a, &[Char('q')]);
    assert!(!a.help);
    assert!(a.running, "q in help closes help");
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('q')]);
    assert!(!a.running);
    let mut b = app("pl", 80, 24);
    press(&mut b, &[Char('/')]);
    let ctrl_c = crossterm::event::KeyEvent::new(
        KeyCode::Char('c'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    let action = partner_cities::keymap::action_for(b.mode(), ctrl_c).expect("bound");
    b.update(action);
    assert!(!b.running, "Ctrl-C quits even while typing");
}

#[test]
fn clicks_select_rows_and_switch_tabs() {
    let mut a = app("pl", 80, 24);
    // Row 0 is the header, row 1 the list's top border, row 2 the overview; each partner
    // takes two rows beside its flag: rows 3-4 Duderstadt, 5-6 Caissargues.
    a.update(Action::Click { col: 5, row: 6 });
    assert_eq!(a.city, Entry::Partner(1));
    a.update(Action::Click { col: 5, row: 3 });
    assert_eq!(a.city, Entry::Partner(0));
    a.update(Action::Click { col: 5, row: 5 });
    assert_eq!(a.city, Entry::Partner(1));
    a.update(Action::Click { col: 50, row: 10 });
    assert!(a.detail_focused, "a click in the detail pane focuses it");
    let tab = a
        .header_layout(ratatui::layout::Rect::new(0, 0, 80, 1))
        .tabs[1];
    a.update(Action::Click {
        col: tab.x + 1,
        row: 0,
    });
    assert_eq!(a.view, View::Timeline);
    // A tap on the language name opens the list of languages; a tap on one takes it.
    a.update(Action::Click { col: 76, row: 0 });
    assert_eq!(
        a.languages,
        Some(0),
        "the list opens on the current language"
    );
    let (name, row) = a.language_rows()[1].clone();
    assert_eq!(name, "English");
    a.update(Action::Click {
        col: row.x + 2,
        row: row.y,
    });
    assert_eq!((a.lang, a.languages), ("en", None));
    // Clicks on borders and on the header's empty middle change nothing.
    let before = (a.view, a.selected(), a.lang);
    a.update(Action::Click { col: 0, row: 1 });
    a.update(Action::Click { col: 60, row: 0 });
    assert_eq!((a.view, a.selected(), a.lang), before);
    // The footer's hints are buttons: the first one in the timeline opens the town.
    a.update(Action::Click { col: 3, row: 23 });
    assert_eq!(a.view, View::Cities);
}

#[test]
fn the_wheel_scrolls_what_is_under_it() {
    let mut a = app("pl", 80, 24);
    a.update(Action::Wheel {
        col: 5,
        row: 5,
        down: true,
    });
    assert_eq!(a.city, Entry::Partner(0));
    a.update(Action::Wheel {
        col: 50,
        row: 5,
        down: true,
    });
    assert_eq!(a.detail_scroll, 3);
    assert_eq!(a.city, Entry::Partner(0));
}

#[test]
fn resizing_keeps_scroll_within_the_new_content() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down, Enter]);
    for _ in 0..100 {
        press(&mut a, &[Down]);
    }
    a.update(Action::Resize {
        width: 200,
        height: 60,
    });
    let max = a.detail_lines().len().saturating_sub(56);
    assert_eq!(a.detail_scroll, max);
    a.update(Action::Resize {
        width: 1,
        height: 1,
    });
    a.update(Action::Resize {
        width: 80,
        height: 24,
    });
    assert!(a.running);
}

#[test]
fn the_language_list_works_from_the_keyboard_too() {
    let mut a = app("pl", 80, 24);
    a.update(Action::OpenLanguages);
    press(&mut a, &[Down, Down, Down, Enter]);
    assert_eq!((a.lang, a.languages), ("fr", None));
    a.update(Action::OpenLanguages);
    press(&mut a, &[End, Down, Esc]);
    assert_eq!(
        (a.lang, a.languages),
        ("fr", None),
        "Esc keeps the language"
    );
    a.update(Action::OpenLanguages);
    a.update(Action::Click { col: 0, row: 20 });
    assert_eq!(
        (a.lang, a.languages),
        ("fr", None),
        "a tap outside closes the list"
    );
}
