//! Six languages: every view fits its panes in each, measured in terminal cells, on the
//! fixture and on the production data (whose texts the town hall keeps); the production
//! data's pictures in each language, for a native reader to look at.

mod common;

use std::time::Instant;

use common::apps::{LANGS, production_app};
use common::screen::shown;
use common::{Tui, app_on, fixture, pictures, press, production, settings};
use crossterm::event::KeyCode::*;
use partner_cities::data::{Dataset, Localized};
use partner_cities::layout;
use partner_cities::plan::chrome;

/// Every selection of both views, and the help, for one language and size.
fn every_screen(data: &Dataset, lang: &'static str, w: u16, h: u16) -> Vec<Tui> {
    let app = || app_on(data.clone(), settings(lang), (w, h), Instant::now());
    let mut screens = Vec::new();
    // The towns view, as the app starts, and the timeline, a Tab away.
    for view in [&[][..], &[Tab]] {
        let rows = {
            let mut a = app();
            press(&mut a, view);
            a.row_count()
        };
        for downs in 0..rows {
            let mut a = app();
            press(&mut a, view);
            for _ in 0..downs {
                press(&mut a, &[Down]);
            }
            screens.push(a);
        }
    }
    let mut help = app();
    press(&mut help, &[Char('?')]);
    screens.push(help);
    screens
}

fn both_data_sets() -> [(&'static str, Dataset); 2] {
    [("fixture", fixture()), ("production", production())]
}

#[test]
fn no_line_is_wider_than_its_pane_in_any_language() {
    for (set, data) in both_data_sets() {
        for lang in LANGS {
            // The smallest terminal, a large one, and the kiosk's grids on its reference
            // screen at the normal and the large text size (README, Accessibility).
            for (w, h) in [(80, 24), (120, 40), (91, 25), (66, 18)] {
                for a in every_screen(&data, lang, w, h) {
                    fits(&a, &format!("{set} {lang} {w}x{h}"));
                }
            }
        }
    }
}

fn fits(a: &Tui, what: &str) {
    let parts = a.parts();
    let detail = usize::from(layout::inner(parts.detail.area).width);
    for line in &parts.detail.lines {
        assert!(line.width() <= detail, "{what}: {:?}", line.text());
    }
    let list = usize::from(layout::inner(parts.list.area).width);
    for item in &parts.list.items {
        for line in &item.lines {
            assert!(line.width() + 2 <= list, "{what}: {:?}", line.text());
        }
    }
    let help = chrome::help(a.app(), a.area, 0);
    let width = usize::from(layout::inner(help.area).width);
    for line in &help.lines {
        assert!(line.width() <= width, "{what} help: {:?}", line.text());
    }
    for tab in &parts.header.tabs {
        let label = &tab.label;
        assert!(
            layout::cells(label) + 2 <= tab.area.width,
            "{what}: tab {label} cut"
        );
    }
    assert!(
        parts
            .header
            .buttons
            .iter()
            .any(|b| b.action == partner_cities::action::Action::OpenLanguages),
        "{what}: language shown"
    );
}

#[test]
fn the_production_data_in_six_languages() {
    // Pictures of the real texts: the first partner, the timeline, the first partner
    // outside Europe. `UPDATE_SNAPSHOTS=1 cargo test` redraws them after a data edit.
    let data = production();
    let far = data
        .partners
        .iter()
        .position(|p| !(-25.0..45.0).contains(&p.coordinates.lon))
        .map_or(1, |i| i + 1);
    for lang in LANGS {
        let mut cities = production_app(lang, 80, 24);
        press(&mut cities, &[Down]);
        pictures::check(
            &format!("kartuzy_first_partner_{lang}_80x24"),
            &shown(&cities),
        );
        let mut timeline = production_app(lang, 80, 24);
        press(&mut timeline, &[Tab, Down, Down]);
        pictures::check(&format!("kartuzy_timeline_{lang}_80x24"), &shown(&timeline));
        let mut distant = production_app(lang, 80, 24);
        for _ in 0..far {
            press(&mut distant, &[Down]);
        }
        pictures::check(
            &format!("kartuzy_distant_partner_{lang}_80x24"),
            &shown(&distant),
        );
    }
}

#[test]
fn search_finds_names_in_any_script_whatever_the_language() {
    for lang in LANGS {
        for query in [
            "山水",
            "shanshui",
            "SHANSHUI",
            "შანშუი",
            "chiny",
            "中国",
            "ჩინეთი",
        ] {
            let mut a = common::app(lang, 80, 24);
            let shanshui = common::partner_index(&a, "shanshui");
            press(&mut a, &[Char('/')]);
            common::type_text(&mut a, query);
            assert!(
                a.visible_cities()
                    .contains(&partner_cities::app::Entry::Partner(shanshui)),
                "{query} finds Shanshui in {lang}"
            );
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
    for (set, data) in both_data_sets() {
        let texts = georgian_texts(&data);
        assert!(!texts.is_empty(), "{set}: the Georgian texts are there");
        for text in &texts {
            assert_eq!(latin_glued_to_georgian(text), None, "{set}: {text}");
        }
    }
    interface_glues_nothing();
}

/// Every Georgian text of `data`.
fn georgian_texts(data: &Dataset) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    let mut add = |t: &Localized| texts.extend(t.text("ka").map(String::from));
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
    texts
}

fn interface_glues_nothing() {
    // The interface, every message as written and with a Latin value in each placeable that
    // is not a number (a file name, a code, a town's Latin name).
    let source = ["data/i18n/ka.ftl", "data/i18n/staff/ka.ftl"]
        .map(|f| std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}")))
        .join("\n");
    const NUMBERS: &[&str] = &[
        "year", "count", "index", "day", "days", "max", "chars", "km", "bytes", "partners",
        "events", "texts", "messages", "width", "height", "m", "month", "value", "key", "percent",
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
        assert_eq!(latin_glued_to_georgian(&filled), None, "ka: {line}");
    }
}

#[test]
fn no_polish_line_ends_with_a_one_letter_word() {
    // Polish typesetting keeps "w", "z", "i"… with the next word.
    for (set, data) in both_data_sets() {
        for (w, h) in [(80, 24), (120, 40)] {
            for a in every_screen(&data, "pl", w, h) {
                for line in &a.parts().detail.lines {
                    let text = line.text();
                    let last = text.trim_end().rsplit(' ').next().unwrap_or("");
                    assert!(
                        !(last.chars().count() == 1
                            && "aiouwzAIOUWZ".contains(last)
                            && text.trim_end().contains(' ')),
                        "{set} {w}x{h}: {text:?}"
                    );
                }
            }
        }
    }
}

/// The kiosk as its visitors find it, in each language: the start screen with the
/// languages' targets at the normal text size, a town's details at the large one, and the
/// same in high contrast (as a picture: colours are what it is about).
#[test]
fn the_kiosk_at_both_text_sizes_and_in_high_contrast() {
    use partner_cities::action::{Action, Msg, TextSize};
    use partner_cities::app::Settings;
    use partner_cities::screenshot::{self, Format, Palette};
    use partner_cities::ui::Theme;
    for lang in LANGS {
        let kiosk = |size: TextSize, (w, h)| {
            app_on(
                production(),
                Settings {
                    kiosk: true,
                    text_size: Some(size),
                    ..settings(lang)
                },
                (w, h),
                Instant::now(),
            )
        };
        let start = kiosk(TextSize::Normal, (91, 25));
        pictures::check(&format!("kiosk_start_{lang}_91x25"), &shown(&start));
        let mut large = kiosk(TextSize::Large, (66, 18));
        press(&mut large, &[Down]);
        pictures::check(&format!("kiosk_large_text_{lang}_66x18"), &shown(&large));
        let mut high = kiosk(TextSize::Normal, (91, 25));
        high.update(Msg::Do(Action::ToggleContrast));
        high.update(Msg::Do(Action::MoveDown));
        let buffer = common::screen::draw_with(&high, &Theme::dark_rich());
        let svg = screenshot::encode(&buffer, Format::Svg, &Palette::dark());
        let path = pictures::root()
            .join("tests/snapshots")
            .join(format!("kiosk_contrast_{lang}_91x25.svg"));
        if let Err(e) = pictures::compare(&path, &svg) {
            panic!(
                "{e}\nlook at the change, then refresh every picture: UPDATE_SNAPSHOTS=1 cargo test"
            );
        }
    }
}

/// Every text of the real data and the screens' messages, wrapped at every width from 16
/// to 80 columns (narrower than any pane the layout makes, where a run of a number and its
/// unit is still narrower than a line): a Chinese number is never parted from the unit or
/// date word after it, nor is that word broken ("2019年6｜月", "约2｜公里", "31年｜前" were
/// found), no Georgian line begins with the particle "კი", and in every language a distance
/// keeps its kilometres ("617｜km" in English and Polish).
#[test]
fn numbers_keep_their_units_and_georgian_lines_never_begin_with_ki() {
    let data = production();
    for lang in LANGS {
        let a = production_app(lang, 100, 30);
        let ctx = a.context();
        let mut documents = vec![ctx.overview(), ctx.timeline()];
        documents.extend((0..data.partners.len()).map(|i| ctx.partner(i)));
        documents.extend((0..data.events.len()).map(|e| ctx.event(e)));
        let mut lines_checked = 0;
        for doc in &documents {
            for width in 16..=80 {
                let lines: Vec<String> = doc.lines(width).iter().map(|l| l.text()).collect();
                for pair in lines.windows(2) {
                    let (end, start) = (pair[0].trim_end(), pair[1].trim_start());
                    if lang == "zh" {
                        // Every place a break could fall in a number and its unit.
                        for unit in ["公里", "周年", "年前", "年", "月", "日"] {
                            for (k, _) in unit.char_indices() {
                                let (before, after) = unit.split_at(k);
                                let parted = end
                                    .strip_suffix(before)
                                    .is_some_and(|e| e.ends_with(|c: char| c.is_ascii_digit()))
                                    && start.starts_with(after);
                                assert!(!parted, "{width}: {:?} | {:?}", pair[0], pair[1]);
                            }
                        }
                    }
                    let first = start.split(|c: char| !c.is_alphabetic()).next();
                    if lang == "ka" {
                        assert_ne!(first, Some("კი"), "{width}: {:?} | {:?}", pair[0], pair[1]);
                    }
                    if end.ends_with(|c: char| c.is_ascii_digit()) {
                        assert!(
                            !matches!(first, Some("km" | "კმ")),
                            "{width}: {:?} | {:?}",
                            pair[0],
                            pair[1]
                        );
                    }
                    lines_checked += 1;
                }
            }
        }
        assert!(lines_checked > 10_000, "{lang}: {lines_checked}");
    }
}
