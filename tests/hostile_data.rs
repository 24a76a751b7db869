//! Even text that validation would reject (escape sequences, C1 controls, bidirectional
//! overrides, zero-width characters) cannot reach the terminal: the data is changed after
//! loading, past validation, and every screen drawn from it is searched for them.

mod common;

use partner_cities::action::{Action, View};
use partner_cities::app::App;
use partner_cities::data::validate::forbidden_char;
use partner_cities::data::{self, Dataset, Localized};
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::I18n;
use partner_cities::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Clears the screen, moves the cursor, sets a title, starts a CSI with the C1 byte, turns
/// text around, hides a joiner and a BOM, rings the bell.
const HOSTILE: &str =
    "A\u{1b}[2J\u{1b}[H\u{1b}]0;pwned\u{7}B\u{9b}31mC\u{202e}D\u{200d}E\u{feff}F\u{7f}G\r\n\tH";

fn poison(text: &mut String) {
    text.push_str(HOSTILE);
}

fn poison_all(l: &mut Localized) {
    for (_, text) in &mut l.0 {
        poison(text);
    }
}

fn hostile_data() -> Dataset {
    let mut d = data::load(data::EMBEDDED_NAME, partner_cities::EMBEDDED_DATA).expect("valid");
    poison(&mut d.home.name);
    poison_all(&mut d.home.region);
    d.home.intro.iter_mut().for_each(poison_all);
    d.countries.values_mut().for_each(poison_all);
    for p in &mut d.partners {
        poison(&mut p.name);
        if let Some(native) = &mut p.native_name {
            poison(native);
        }
        poison_all(&mut p.region);
        poison_all(&mut p.summary);
        p.story.iter_mut().for_each(poison_all);
        p.areas.iter_mut().for_each(poison_all);
        p.photos.iter_mut().for_each(poison_all);
        for person in &mut p.people {
            poison(&mut person.name);
            poison_all(&mut person.role);
        }
    }
    for e in &mut d.events {
        poison_all(&mut e.title);
        poison_all(&mut e.description);
    }
    d
}

fn screens(app: &mut App) -> Vec<String> {
    let mut problems = Vec::new();
    let mut look = |app: &App, what: &str| {
        let mut terminal =
            Terminal::new(TestBackend::new(app.area.width, app.area.height)).expect("terminal");
        terminal
            .draw(|f| ui::draw(f, app, &Theme::dark()))
            .expect("draws");
        for (i, cell) in terminal.backend().buffer().content.iter().enumerate() {
            if let Some(c) = cell.symbol().chars().find(|&c| forbidden_char(c).is_some()) {
                problems.push(format!("{what}: cell {i} holds U+{:04X}", u32::from(c)));
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
                ..common::settings(lang, 120, 40)
            };
            let mut app = App::new(
                hostile_data(),
                I18n::new(),
                settings,
                std::time::Instant::now(),
            );
            let problems = screens(&mut app);
            assert!(problems.is_empty(), "{lang} {glyphs:?}: {problems:#?}");
        }
    }
}

#[test]
fn validation_rejects_the_same_text() {
    // The other line of defence: a data file holding this text does not load.
    for c in HOSTILE.chars().filter(|c| forbidden_char(*c).is_some()) {
        let source =
            partner_cities::EMBEDDED_DATA.replacen("Duderstadt\"", &format!("Duder{c}stadt\""), 1);
        assert!(
            data::load("hostile.ron", &source).is_err(),
            "U+{:04X} accepted",
            u32::from(c)
        );
    }
}
