//! Even text that validation would reject (one character of every refused class, escape
//! sequences, marks piled on a letter) cannot reach the screen, `print` or a screenshot:
//! the data is changed after loading, past validation, and everything drawn or written
//! from it is searched for them. (tests/pty.rs does the same on a real pseudo-terminal.)

mod common;

use common::hostile::{HOSTILE, hostile_data};
use common::screen::draw;
use partner_cities::action::{Action, View};
use partner_cities::data;
use partner_cities::data::chars;
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::I18n;

fn screens(app: &mut common::Tui) -> Vec<String> {
    let mut problems = Vec::new();
    let mut look = |app: &common::Tui, what: &str| {
        let buffer = &draw(app);
        for (i, cell) in buffer.content.iter().enumerate() {
            if let Some((at, problem)) = chars::first_problem(cell.symbol()) {
                problems.push(format!("{what}: cell {i}, character {at}: {problem:?}"));
            }
        }
        // Both screenshot writers, from the same frame.
        let palette = partner_cities::screenshot::Palette::for_theme(
            partner_cities::ui::theme::ThemeChoice::Dark,
        );
        for format in [
            partner_cities::screenshot::Format::Svg,
            partner_cities::screenshot::Format::Text,
        ] {
            let file = partner_cities::screenshot::encode(buffer, format, &palette);
            if let Some((at, problem)) = chars::first_problem(&file.replace('\n', "")) {
                problems.push(format!("{what}: {format:?} character {at}: {problem:?}"));
            }
        }
    };
    for view in View::ALL {
        app.update(Action::ShowView(view));
        app.update(Action::First);
        for row in 0..20 {
            look(app, &format!("{view:?} row {row}"));
            app.update(Action::MoveDown);
        }
        app.update(Action::FocusDetail);
        app.update(Action::Last);
        look(app, &format!("{view:?} detail end"));
        app.update(Action::FocusList);
    }
    app.update(Action::ToggleHelp);
    look(app, "help");
    problems
}

#[test]
fn control_characters_in_data_never_reach_the_screen() {
    for lang in ["pl", "en", "zh"] {
        for glyphs in [GlyphMode::Unicode, GlyphMode::Basic] {
            let settings = partner_cities::app::Settings {
                glyphs,
                ..common::settings(lang)
            };
            let mut app = common::app_on(
                hostile_data(),
                settings,
                (120, 40),
                std::time::Instant::now(),
            );
            let problems = screens(&mut app);
            assert!(problems.is_empty(), "{lang} {glyphs:?}: {problems:#?}");
        }
    }
}

#[test]
fn print_writes_none_of_it() {
    let data = hostile_data();
    let i18n = I18n::new();
    for lang in ["pl", "en", "ka"] {
        let ctx = partner_cities::content::Context {
            data: &data,
            i18n: &i18n,
            lang,
            today: common::TODAY.parse().expect("a date"),
            glyphs: GlyphMode::Unicode,
            spoken: false,
        };
        for text in [ctx.print_cities(), ctx.print_timeline()] {
            for line in text.lines() {
                assert_eq!(chars::first_problem(line), None, "{lang}: {line:?}");
            }
        }
    }
}

#[test]
fn validation_rejects_the_same_text() {
    // The other line of defence: a data file holding this text does not load.
    let fixture = std::fs::read_to_string(common::apps::FIXTURE).expect("the fixture");
    assert!(data::load("fixture.ron", &fixture).is_ok());
    for c in HOSTILE.chars().filter(|c| !chars::is_safe_text_char(*c)) {
        let source = fixture.replacen("Ahornfeld\"", &format!("Ahorn{c}feld\""), 1);
        assert!(
            data::load("hostile.ron", &source).is_err(),
            "U+{:04X} accepted",
            u32::from(c)
        );
    }
    for text in ["a\u{301}\u{302}\u{303}\u{304}", "\u{301}a"] {
        let source = fixture.replacen("Ahornfeld\"", &format!("{text}\""), 1);
        assert!(
            data::load("hostile.ron", &source).is_err(),
            "{text:?} accepted"
        );
    }
}
