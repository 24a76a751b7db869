//! Six languages: every view fits its panes in each, measured in terminal cells.

mod common;

use common::{app, press};
use crossterm::event::KeyCode::*;
use partner_cities::app::App;
use partner_cities::layout::{self, Screen};
use partner_cities::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const LANGS: [&str; 6] = ["pl", "en", "de", "fr", "zh", "ka"];

fn render(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("terminal");
    t.draw(|f| ui::draw(f, app, &Theme::dark())).expect("draws");
    t
}

/// Every selection of both views, and the help, for one language and size.
fn every_screen(lang: &'static str, w: u16, h: u16) -> Vec<App> {
    let mut screens = Vec::new();
    for view in ['1', '2'] {
        for downs in 0..14 {
            let mut a = app(lang, w, h);
            press(&mut a, &[Char(view)]);
            for _ in 0..downs {
                press(&mut a, &[Down]);
            }
            screens.push(a);
        }
    }
    let mut help = app(lang, w, h);
    press(&mut help, &[Char('?')]);
    screens.push(help);
    screens
}

#[test]
fn no_line_is_wider_than_its_pane_in_any_language() {
    for lang in LANGS {
        for (w, h) in [(80, 24), (120, 40)] {
            for a in every_screen(lang, w, h) {
                let Screen::Normal(panes) = a.screen() else {
                    panic!("{w}x{h} is large enough")
                };
                let detail = usize::from(layout::inner(panes.detail).width);
                for line in a.detail_lines() {
                    assert!(line.width() <= detail, "{lang} {w}x{h}: {:?}", line.text());
                }
                let list = usize::from(layout::inner(panes.list).width);
                for item in a.list_items() {
                    for line in item.lines {
                        assert!(
                            line.width() + 2 <= list,
                            "{lang} {w}x{h}: {:?}",
                            line.text()
                        );
                    }
                }
                let help = usize::from(layout::inner(a.help_area()).width);
                for line in a.help_lines() {
                    assert!(line.width() <= help, "{lang} help: {:?}", line.text());
                }
                let (title, tabs, language) = a.header_texts();
                let header = a.header_layout(panes.header);
                assert_eq!(header.tabs.len(), tabs.len());
                for (tab, r) in tabs.iter().zip(&header.tabs) {
                    assert!(layout::cells(tab) + 2 <= r.width, "{lang}: tab {tab} cut");
                }
                assert!(
                    header.language.is_some(),
                    "{lang}: {language} shown at {w}x{h}"
                );
                let _ = title;
            }
        }
    }
}

#[test]
fn cities_and_timeline_in_six_languages() {
    for lang in LANGS {
        let mut cities = app(lang, 80, 24);
        press(&mut cities, &[Down]);
        insta::assert_snapshot!(
            format!("cities_duderstadt_{lang}_80x24"),
            render(&cities).backend()
        );
        let mut timeline = app(lang, 80, 24);
        press(&mut timeline, &[Char('2'), Down, Down]);
        insta::assert_snapshot!(
            format!("timeline_{lang}_80x24"),
            render(&timeline).backend()
        );
    }
}

#[test]
fn detail_pane_in_german_and_chinese() {
    for lang in ["de", "zh"] {
        let mut a = app(lang, 80, 24);
        press(&mut a, &[Down, Down, Down]);
        insta::assert_snapshot!(format!("cities_kaili_{lang}_80x24"), render(&a).backend());
    }
}

#[test]
fn search_finds_names_in_any_script() {
    let kaili = |a: &App| {
        let i = a
            .data
            .partners
            .iter()
            .position(|p| p.id == "kaili")
            .expect("kaili");
        a.visible_cities()
            .contains(&partner_cities::app::Entry::Partner(i))
    };
    for lang in LANGS {
        for query in ["凯里", "kaili", "KAILI", "კაილი", "chiny", "中国", "ჩინეთი"]
        {
            let mut a = app(lang, 80, 24);
            press(&mut a, &[Char('/')]);
            common::type_text(&mut a, query);
            assert!(kaili(&a), "{query} finds Kaili in {lang}");
        }
    }
}

/// A Latin letter, then a Georgian one, with or without a hyphen between them: a foreign
/// word with a Georgian case ending glued on ("Kartuzy-ის"). Georgian writes foreign names
/// in its own script and declines them (კარტუზის).
fn latin_glued_to_georgian(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let latin =
        |c: char| c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c));
    let georgian = |c: char| ('\u{10d0}'..='\u{10ff}').contains(&c);
    (0..chars.len()).find_map(|i| {
        let next = match chars.get(i + 1) {
            Some('-') => chars.get(i + 2),
            other => other,
        };
        (latin(chars[i]) && next.is_some_and(|&c| georgian(c))).then(|| {
            let from = i.saturating_sub(12);
            chars[from..(i + 6).min(chars.len())].iter().collect()
        })
    })
}

#[test]
fn the_glued_latin_check_catches_what_it_must() {
    assert!(latin_glued_to_georgian("ვიზიტი Kartuzy-ში").is_some());
    assert!(latin_glued_to_georgian("Kaili-სთან").is_some());
    assert!(latin_glued_to_georgian("Nîmesიდან").is_some());
    assert!(latin_glued_to_georgian("კარტუზში 2016-ში, 5-ე").is_none());
    assert!(latin_glued_to_georgian("Towarzystwo Miłośników Kartuz (საზოგადოება)").is_none());
}

#[test]
fn no_georgian_text_glues_a_latin_word_to_a_georgian_ending() {
    let data =
        partner_cities::data::load("kartuzy.ron", partner_cities::EMBEDDED_DATA).expect("valid");
    let mut texts: Vec<String> = Vec::new();
    let mut add =
        |t: &partner_cities::data::Localized| texts.extend(t.text("ka").map(String::from));
    add(&data.home.region);
    add(&data.home.names);
    data.home.intro.iter().for_each(&mut add);
    data.countries.values().for_each(&mut add);
    for p in &data.partners {
        for t in [&p.names, &p.region, &p.summary] {
            add(t);
        }
        for list in [&p.story, &p.areas, &p.photos, &p.related] {
            list.iter().for_each(&mut add);
        }
        for person in &p.people {
            add(&person.names);
            add(&person.role);
        }
        p.organisations.iter().for_each(|o| add(&o.role));
    }
    for e in &data.events {
        add(&e.title);
        add(&e.description);
    }
    assert!(
        texts.len() > 80,
        "the Georgian texts are there ({})",
        texts.len()
    );
    for text in &texts {
        assert_eq!(latin_glued_to_georgian(text), None, "{text}");
    }
    // The interface, every message as written and with a Latin value in each placeable that
    // is not a number (a file name, a code, a town's Latin name).
    let source = std::fs::read_to_string("data/i18n/ka.ftl").expect("ka.ftl");
    const NUMBERS: &[&str] = &[
        "year", "count", "index", "day", "days", "max", "chars", "km", "bytes", "partners",
        "events", "texts", "messages", "width", "height", "m", "month", "value",
    ];
    for line in source.lines().filter(|l| !l.starts_with('#')) {
        let mut filled = line.to_string();
        while let Some(start) = filled.find("{ $") {
            let Some(len) = filled[start..].find(" }") else {
                break;
            };
            let name = &filled[start + 3..start + len];
            let value = if NUMBERS.contains(&name) { "7" } else { "Abc" };
            filled.replace_range(start..start + len + 2, value);
        }
        assert_eq!(latin_glued_to_georgian(&filled), None, "ka.ftl: {line}");
    }
}

#[test]
fn no_polish_line_ends_with_a_one_letter_word() {
    // Polish typesetting keeps "w", "z", "i"… with the next word.
    for (w, h) in [(80, 24), (120, 40)] {
        for a in every_screen("pl", w, h) {
            for line in a.detail_lines() {
                let text = line.text();
                let last = text.trim_end().rsplit(' ').next().unwrap_or("");
                assert!(
                    !(last.chars().count() == 1
                        && "aiouwzAIOUWZ".contains(last)
                        && text.trim_end().contains(' ')),
                    "{w}x{h}: {text:?}"
                );
            }
        }
    }
}
