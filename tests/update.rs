//! `update` driven through the real key table: navigation, focus, filter, views, mouse.
//! On the fixture: Kartuzy and four partners (Ahornfeld, Vignac, Shanshui, Łąka-Zdrój),
//! eight events from 1991 to 2022.

mod common;

use common::screen::place_of;
use common::{app, partner_index, press, type_text};
use crossterm::event::KeyCode::{self, *};
use partner_cities::action::{Action, Focus, Overlay, View};
use partner_cities::app::{App, Entry, Target};
use partner_cities::map::Zoom;

fn city(a: &App) -> Option<Entry> {
    match a.selected() {
        Some(Target::City(entry)) => Some(entry),
        _ => None,
    }
}

#[test]
fn starts_on_the_overview_in_the_cities_view() {
    let a = app("pl", 80, 24);
    assert_eq!(a.view(), View::Cities);
    assert_eq!(a.selected(), Some(Target::City(Entry::Overview)));
    assert_eq!(a.visible_cities().len(), 5, "overview and four partners");
    assert_eq!((a.overlay(), a.focus()), (Overlay::None, Focus::List));
}

#[test]
fn moves_through_the_list_and_stops_at_the_ends() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down]);
    assert_eq!(city(&a), Some(Entry::Partner(0)));
    press(&mut a, &[Char('j'), Char('j')]);
    assert_eq!(city(&a), Some(Entry::Partner(2)));
    press(&mut a, &[Char('k')]);
    assert_eq!(city(&a), Some(Entry::Partner(1)));
    press(&mut a, &[End]);
    assert_eq!(city(&a), Some(Entry::Partner(3)));
    press(&mut a, &[Down, Down]);
    assert_eq!(city(&a), Some(Entry::Partner(3)), "stays on the last row");
    press(&mut a, &[Home]);
    assert_eq!(city(&a), Some(Entry::Overview));
    press(&mut a, &[Up]);
    assert_eq!(city(&a), Some(Entry::Overview), "stays on the first row");
    press(&mut a, &[PageDown]);
    assert_eq!(
        city(&a),
        Some(Entry::Partner(3)),
        "a page is longer than the list"
    );
    press(&mut a, &[End, Home]);
    assert_eq!(city(&a), Some(Entry::Overview));
}

#[test]
fn detail_focus_scrolls_and_clamps() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down, Enter]);
    assert_eq!(a.focus(), Focus::Detail);
    press(&mut a, &[Down, Down, Char('j')]);
    assert_eq!(a.detail_scroll(), 3);
    assert_eq!(
        city(&a),
        Some(Entry::Partner(0)),
        "selection does not move while reading"
    );
    for _ in 0..500 {
        press(&mut a, &[Down]);
    }
    let max = a.parts().detail.lines.len() - 20;
    assert_eq!(a.detail_scroll(), max, "scroll stops at the last page");
    assert_eq!(max, a.parts().detail.max_scroll);
    press(&mut a, &[Up]);
    assert_eq!(
        a.detail_scroll(),
        max - 1,
        "one key up moves at once, no dead keys"
    );
    press(&mut a, &[Esc]);
    assert_eq!(a.focus(), Focus::List);
    press(&mut a, &[Enter]);
    assert_eq!(a.focus(), Focus::Detail);
    press(&mut a, &[Esc]);
    assert_eq!(a.focus(), Focus::List);
    press(&mut a, &[Right, Left]);
    assert_eq!(a.focus(), Focus::List);
}

#[test]
fn selecting_another_town_resets_the_scroll() {
    let mut a = app("en", 80, 24);
    press(&mut a, &[Down, Enter, PageDown]);
    assert!(a.detail_scroll() > 0);
    press(&mut a, &[Esc, Down]);
    assert_eq!(a.detail_scroll(), 0);
}

#[test]
fn filter_is_case_and_diacritic_insensitive() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('/')]);
    assert_eq!(a.focus(), Focus::Search);
    type_text(&mut a, "LAKA-ZDROJ");
    let laka = partner_index(&a, "laka-zdroj");
    assert_eq!(a.visible_cities(), [Entry::Partner(laka)]);
    assert_eq!(a.selected(), Some(Target::City(Entry::Partner(laka))));
    press(&mut a, &[Enter]);
    assert_eq!(
        a.focus(),
        Focus::List,
        "Enter keeps the filter and leaves typing"
    );
    assert_eq!(a.filter(), "LAKA-ZDROJ");
    press(&mut a, &[Char('/'), Esc]);
    assert!(a.filter().is_empty(), "Esc clears it");
    assert_eq!(a.visible_cities().len(), 5);
}

#[test]
fn typing_q_while_searching_searches_instead_of_quitting() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('/'), Char('q')]);
    assert!(a.running());
    assert_eq!(a.filter(), "q");
    press(&mut a, &[Backspace]);
    assert_eq!(a.filter(), "");
}

#[test]
fn filter_with_no_match_leaves_nothing_selected_and_recovers() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down, Enter]);
    assert_eq!(a.focus(), Focus::Detail);
    press(&mut a, &[Char('/')]);
    type_text(&mut a, "xyz");
    assert!(a.visible_cities().is_empty());
    assert_eq!(a.selected(), None);
    assert!(a.parts().detail.lines.is_empty());
    assert!(a.parts().detail.empty.contains("xyz"));
    press(&mut a, &[Enter, Right]);
    assert_eq!(
        a.focus(),
        Focus::List,
        "nothing to read, so no detail focus"
    );
    press(&mut a, &[Down, Up, PageDown]);
    press(&mut a, &[Char('/'), Backspace, Backspace, Backspace]);
    assert!(a.selected().is_some(), "a shown row is selected again");
}

#[test]
fn names_in_any_script_and_country_names_find_a_town() {
    let mut a = app("en", 80, 24);
    let shanshui = partner_index(&a, "shanshui");
    for query in [
        "shanshui",
        "SHANSHUI",
        "山水",
        "შანშუი",
        "china",
        "chiny",
        "中国",
        "ჩინეთი",
    ] {
        a.update(Action::ClearFilter);
        press(&mut a, &[Char('/')]);
        type_text(&mut a, query);
        assert!(
            a.visible_cities().contains(&Entry::Partner(shanshui)),
            "{query} should find Shanshui"
        );
    }
}

#[test]
fn a_change_of_language_measures_the_names_again() {
    // The list's name column is as wide as the widest name in the language shown:
    // "Łąka-Zdrój" is 10 cells, "翁卡-兹德鲁伊" 13.
    let mut a = app("en", 80, 24);
    press(&mut a, &[Char('/')]);
    type_text(&mut a, "a");
    press(&mut a, &[Enter]);
    assert_eq!(a.city_name_width(), 10);
    for _ in 0..3 {
        press(&mut a, &[Char('L')]);
    }
    assert_eq!(a.lang(), "zh");
    assert_eq!(a.city_name_width(), 13);
}

#[test]
fn views_switch_by_tab_and_shift_tab() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Tab]);
    assert_eq!(a.view(), View::Timeline);
    let oldest = a.visible_events()[0];
    assert_eq!(a.selected(), Some(Target::Event(oldest)));
    press(&mut a, &[Tab]);
    assert_eq!(a.view(), View::Map);
    press(&mut a, &[Tab]);
    assert_eq!(a.view(), View::Cities, "Tab wraps around");
    press(&mut a, &[BackTab]);
    assert_eq!(a.view(), View::Map);
}

#[test]
fn the_map_selects_partners_and_zooms_to_show_them() {
    let mut a = app("en", 100, 30);
    let shanshui = partner_index(&a, "shanshui");
    press(&mut a, &[BackTab]);
    assert_eq!(
        a.selected(),
        Some(Target::City(Entry::Partner(0))),
        "a partner, not the overview"
    );
    assert_eq!(
        a.map_zoom(),
        Zoom::Region,
        "Ahornfeld is in the regional view"
    );
    press(&mut a, &[Down, Down]);
    assert_eq!(city(&a), Some(Entry::Partner(shanshui)));
    assert_eq!(
        a.map_zoom(),
        Zoom::World,
        "selecting Shanshui shows the world"
    );
    press(&mut a, &[Char('+')]);
    assert_eq!(a.map_zoom(), Zoom::Region);
    press(&mut a, &[Char('-')]);
    assert_eq!(a.map_zoom(), Zoom::World);
    // Opening the map with Shanshui selected in the towns view starts at the world.
    let mut b = app("en", 100, 30);
    press(&mut b, &[Down, Down, Down, BackTab]);
    assert_eq!(
        (city(&b), b.map_zoom()),
        (Some(Entry::Partner(shanshui)), Zoom::World)
    );
    // Every label drawn on the map can be tapped to select that partner.
    let mut tapped = 0;
    let marks = b.parts().map.as_ref().expect("the map").marks.clone();
    for mark in marks {
        let Some(partner) = mark.partner.filter(|_| mark.label_area.is_some()) else {
            continue;
        };
        let (x, y) = place_of(&b, &mark.label);
        b.click(x, y);
        assert_eq!(city(&b), Some(Entry::Partner(partner)), "{}", mark.label);
        tapped += 1;
    }
    assert_eq!(tapped, 4, "every partner has a label on the world map");
}

#[test]
fn timeline_is_oldest_first_and_enter_opens_the_partner() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Tab]);
    let dates: Vec<String> = a
        .visible_events()
        .iter()
        .map(|&e| a.data().events[e].date.to_string())
        .collect();
    assert_eq!(
        dates,
        [
            "1991-03",
            "1996",
            "1997-06-21",
            "1997-10-02",
            "2012-11",
            "2013-04-09",
            "2021",
            "2022"
        ],
        "sorted, though the file lists them out of order"
    );
    press(&mut a, &[End, Enter]);
    assert_eq!(a.view(), View::Cities);
    let ahornfeld = partner_index(&a, "ahornfeld");
    assert_eq!(a.selected(), Some(Target::City(Entry::Partner(ahornfeld))));
}

#[test]
fn f_shows_only_the_selected_partners_events() {
    let mut a = app("en", 80, 24);
    // The second event is Ahornfeld's first.
    press(&mut a, &[Tab, Down, Char('f')]);
    let ahornfeld = partner_index(&a, "ahornfeld");
    assert_eq!(a.partner_only(), Some(ahornfeld));
    let shown = a.visible_events();
    assert_eq!(shown.len(), 4, "Ahornfeld has four events");
    assert!(shown.iter().all(|&e| a.data().partner_of(e) == ahornfeld));
    let title = &a.parts().list.title;
    assert!(title.contains("only Ahornfeld"), "{title}");
    press(&mut a, &[Char('f')]);
    assert_eq!(a.visible_events().len(), 8);
}

#[test]
fn language_cycles_and_help_toggles() {
    let mut a = app("pl", 80, 24);
    for expected in ["en", "de", "fr", "zh", "ka", "pl"] {
        press(&mut a, &[Char('L')]);
        assert_eq!(a.lang(), expected);
    }
    press(&mut a, &[Char('?')]);
    assert_eq!(a.overlay(), Overlay::Help { scroll: 0 });
    press(&mut a, &[Down]);
    assert_eq!(
        city(&a),
        Some(Entry::Overview),
        "keys scroll help, not the list"
    );
    press(&mut a, &[Char('q')]);
    assert_eq!(a.overlay(), Overlay::None);
    assert!(a.running(), "q in help closes help");
}

#[test]
fn help_scroll_stops_at_its_end_and_survives_a_resize() {
    let mut a = app("en", 80, 24);
    press(&mut a, &[Char('?')]);
    for _ in 0..200 {
        press(&mut a, &[Down]);
    }
    let help = |a: &common::Tui| a.parts().help.as_ref().expect("help open").max_scroll;
    let max = help(&a);
    assert!(max > 0, "the help is longer than 80x24");
    assert_eq!(a.overlay(), Overlay::Help { scroll: max });
    a.resize(200, 60);
    assert!(help(&a) < max, "more of the help fits");
    assert_eq!(a.overlay(), Overlay::Help { scroll: help(&a) });
}

/// The rows of the help box's right border that hold the scroll bar's thumb.
fn help_thumb(a: &common::Tui) -> Vec<u16> {
    let area = a.parts().help.as_ref().expect("help open").area;
    let buffer = common::screen::draw(a);
    let x = area.right() - 1;
    (area.top()..area.bottom())
        .filter(|&y| buffer[(x, y)].symbol() == "█")
        .collect()
}

#[test]
fn the_help_shows_where_it_goes_on() {
    let mut a = app("en", 80, 24);
    press(&mut a, &[Char('?')]);
    let area = a.parts().help.as_ref().expect("help open").area;
    let top = help_thumb(&a);
    assert_eq!(top.first(), Some(&(area.top() + 1)), "at the top: {top:?}");
    assert!(
        top.last() < Some(&(area.bottom() - 2)),
        "more below: {top:?}"
    );
    for _ in 0..200 {
        press(&mut a, &[Down]);
    }
    let end = help_thumb(&a);
    assert_eq!(
        end.last(),
        Some(&(area.bottom() - 2)),
        "at the end: {end:?}"
    );
    assert!(end.first() > Some(&(area.top() + 1)), "more above: {end:?}");
    // Where all of it fits, no bar.
    a.resize(200, 150);
    assert_eq!(a.parts().help.as_ref().expect("help open").max_scroll, 0);
    assert!(help_thumb(&a).is_empty());
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Char('q')]);
    assert!(!a.running());
    let mut b = app("pl", 80, 24);
    press(&mut b, &[Char('/')]);
    let ctrl_c = crossterm::event::KeyEvent::new(
        KeyCode::Char('c'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    let action = partner_cities::keymap::action_for(b.mode(), ctrl_c).expect("bound");
    b.update(action);
    assert!(!b.running(), "Ctrl-C quits even while typing");
}

#[test]
fn clicks_select_what_the_frame_drew_there() {
    let mut a = app("pl", 80, 24);
    let (x, y) = place_of(&a, "Vignac");
    a.click(x, y);
    assert_eq!(city(&a), Some(Entry::Partner(1)));
    // A partner's row is two lines beside its flag: the second selects it too.
    let (x, y) = place_of(&a, "Ahornfeld");
    a.click(x, y + 1);
    assert_eq!(city(&a), Some(Entry::Partner(0)));
    let (x, y) = place_of(&a, "Kraj: ");
    a.click(x, y);
    assert_eq!(
        a.focus(),
        Focus::Detail,
        "a click in the detail pane focuses it"
    );
    let (x, y) = place_of(&a, "Vignac");
    a.click(x, y);
    assert_eq!(
        (city(&a), a.focus()),
        (Some(Entry::Partner(1)), Focus::List),
        "a row tapped while reading takes the focus back to the list"
    );
    let (x, y) = place_of(&a, "Oś czasu");
    a.click(x, y);
    assert_eq!(a.view(), View::Timeline);
    // A tap on the language name opens the list of languages; a tap on one takes it.
    let (x, y) = place_of(&a, "Polski");
    a.click(x, y);
    assert_eq!(
        a.overlay(),
        Overlay::Languages { row: 0 },
        "the list opens on the current language"
    );
    let (x, y) = place_of(&a, "English");
    a.click(x, y);
    assert_eq!((a.lang(), a.overlay()), ("en", Overlay::None));
    // Clicks on borders and on the header's empty middle change nothing.
    let before = (a.view(), a.selected(), a.lang());
    a.click(0, 1);
    a.click(60, 0);
    assert_eq!((a.view(), a.selected(), a.lang()), before);
    // The footer's hints are buttons: the one that opens the event's town does.
    let (x, y) = place_of(&a, "show the town");
    assert_eq!(y, 23, "in the footer");
    a.click(x, y);
    assert_eq!(a.view(), View::Cities);
}

#[test]
fn the_wheel_scrolls_what_is_under_it() {
    let mut a = app("pl", 80, 24);
    let (x, y) = place_of(&a, "Vignac");
    a.wheel(x, y, true);
    assert_eq!(city(&a), Some(Entry::Partner(0)));
    let (x, y) = place_of(&a, "Kraj: ");
    a.wheel(x, y, true);
    assert_eq!(a.detail_scroll(), 3);
    assert_eq!(city(&a), Some(Entry::Partner(0)));
}

#[test]
fn resizing_keeps_scroll_within_the_new_content() {
    let mut a = app("pl", 80, 24);
    press(&mut a, &[Down, Enter]);
    for _ in 0..100 {
        press(&mut a, &[Down]);
    }
    let before = a.detail_scroll();
    assert!(before > 0);
    a.resize(200, 60);
    let max = a.parts().detail.max_scroll;
    assert!(max < before, "more of the text fits");
    assert_eq!(a.detail_scroll(), max);
    a.resize(1, 1);
    a.resize(80, 24);
    assert!(a.running());
}

#[test]
fn the_language_list_works_from_the_keyboard_too() {
    let mut a = app("pl", 80, 24);
    a.update(Action::OpenLanguages);
    press(&mut a, &[Down, Down, Down, Enter]);
    assert_eq!((a.lang(), a.overlay()), ("fr", Overlay::None));
    a.update(Action::OpenLanguages);
    press(&mut a, &[End, Down, Esc]);
    assert_eq!(
        (a.lang(), a.overlay()),
        ("fr", Overlay::None),
        "Esc keeps the language"
    );
    a.update(Action::OpenLanguages);
    a.click(0, 20);
    assert_eq!(
        (a.lang(), a.overlay()),
        ("fr", Overlay::None),
        "a tap outside closes the list"
    );
}

#[test]
fn the_list_window_follows_the_selection_on_a_short_screen() {
    let mut a = app("en", 80, 10);
    press(&mut a, &[Tab]);
    for _ in 0..8 {
        press(&mut a, &[Down]);
        let window = common::screen::list_window(&a);
        let at = window.selected_at.expect("the selection is built");
        assert!(
            at < window.height,
            "selected row at {at} of {}",
            window.height
        );
    }
    assert_eq!(
        a.selected(),
        Some(Target::Event(*a.visible_events().last().expect("events")))
    );
    assert!(a.list_top() > 0, "the list scrolled");
}

#[test]
fn new_data_keeps_the_visitors_place_where_it_still_exists() {
    use partner_cities::action::Msg;
    let fixture = std::fs::read_to_string(common::apps::FIXTURE).expect("fixture");
    let load =
        |text: &str| Box::new(partner_cities::data::load("new.ron", text).expect("valid new data"));
    // In the timeline, on Shanshui's letter of intent, searching "shansh".
    let mut a = app("en", 80, 24);
    press(&mut a, &[Tab, Char('/')]);
    type_text(&mut a, "shansh");
    press(&mut a, &[Enter]);
    let shanshui = partner_index(&a, "shanshui");
    let letter = a.visible_events()[0];
    assert_eq!(a.data().partner_of(letter), shanshui);
    // A new partner before it, a renamed one: the same event stays selected.
    let edited = fixture
        .replacen("    partners: [\n", "    partners: [\n        (\n            id: \"nowe\",\n            name: \"Nowe\",\n            country: \"PL\",\n            region: {\"pl\": \"r\", \"en\": \"r\"},\n            coordinates: (lat: 50.0, lon: 20.0),\n            began: (kind: Contacts, date: \"2024\"),\n            summary: {\"pl\": \"s\", \"en\": \"s\"},\n            story: [{\"pl\": \"t\", \"en\": \"t\"}],\n        ),\n", 1)
        .replace("name: \"Vignac\"", "name: \"Vignac-sur-Test\"");
    a.update(Msg::Data(load(&edited)));
    assert_eq!((a.view(), a.filter()), (View::Timeline, "shansh"));
    let Some(Target::Event(e)) = a.selected() else {
        panic!("an event is selected")
    };
    assert_eq!(a.data().partners[a.data().partner_of(e)].id, "shanshui");
    assert_eq!(a.data().events[e].date.to_string(), "2012-11");
    // The town view on Vignac: it is found by id under its new name.
    let mut b = app("en", 80, 24);
    press(&mut b, &[Down, Down]);
    b.update(Msg::Data(load(&edited)));
    let Some(Target::City(Entry::Partner(i))) = b.selected() else {
        panic!("a town is selected")
    };
    assert_eq!(b.data().partners[i].name, "Vignac-sur-Test");
    // A town taken out of the file: the first row instead, nothing dangling.
    let without_vignac = {
        let start = fixture
            .find("        (\n            id: \"vignac\"")
            .expect("vignac");
        let end = fixture[start..]
            .find("        (\n            id: \"shanshui\"")
            .expect("next")
            + start;
        let text = format!("{}{}", &fixture[..start], &fixture[end..]);
        // Vignac's event goes with it.
        let ev = text
            .find("            partner: \"vignac\"")
            .expect("its event");
        let ev_start = text[..ev].rfind("        (\n").expect("event start");
        let ev_end =
            text[ev..].find("        ),\n").expect("event end") + ev + "        ),\n".len();
        format!("{}{}", &text[..ev_start], &text[ev_end..])
    };
    b.update(Msg::Data(load(&without_vignac)));
    assert_eq!(b.selected(), Some(Target::City(Entry::Overview)));
    assert_eq!(b.visible_cities().len(), 4);
}

/// A frame is laid out for the size it is drawn at, whatever the app last heard: a
/// terminal resized twice in a row once had the map drawn at the new size with the layout
/// of the old one (a panic in ratatui's buffer). Here the terminal changes size between
/// frames and nothing tells the app, in every view and at sizes down to one cell.
#[test]
fn a_frame_is_laid_out_at_the_size_it_is_drawn_at() {
    use partner_cities::ui::{self, Theme};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    for view in View::ALL {
        let mut app = partner_cities::app::App::new(
            common::fixture(),
            partner_cities::i18n::I18n::new(),
            common::settings("en"),
            std::time::Instant::now(),
        );
        app.update(Action::ShowView(view));
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("in memory");
        for (w, h) in [(200, 60), (80, 24), (200, 60), (1, 1), (30, 8), (120, 40)] {
            terminal.backend_mut().resize(w, h);
            let mut drawn = None;
            terminal
                .draw(|frame| drawn = Some(ui::draw(frame, &mut app, &Theme::dark())))
                .expect("in memory");
            let plan = drawn.expect("drawn");
            assert_eq!(
                plan.area,
                ratatui::layout::Rect::new(0, 0, w, h),
                "{view:?}"
            );
        }
    }
}
