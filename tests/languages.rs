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
        for query in ["凯里", "kaili", "KAILI", "chiny", "中国", "ჩინეთი"] {
            let mut a = app(lang, 80, 24);
            press(&mut a, &[Char('/')]);
            common::type_text(&mut a, query);
            assert!(kaili(&a), "{query} finds Kaili in {lang}");
        }
    }
}
