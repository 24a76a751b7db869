//! Random sequences of keys, clicks, wheel turns and resizes never panic, never draw outside
//! the screen and never leave the selection on a row that is not shown.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use partner_cities::action::Action;
use partner_cities::keymap;
use partner_cities::ui::{self, Theme};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Act(Action),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Backspace),
        Just(KeyCode::F(5)),
        "[a-zA-Z0-9/?łóźż凯里 ]"
            .prop_map(|s: String| KeyCode::Char(s.chars().next().unwrap_or('x'))),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    let modifiers = prop_oneof![
        4 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
    ];
    prop_oneof![
        8 => (key_code(), modifiers).prop_map(|(c, m)| Input::Key(c, m)),
        2 => (0u16..320, 0u16..110).prop_map(|(col, row)| Input::Act(Action::Click { col, row })),
        1 => (0u16..320, 0u16..110, any::<bool>())
            .prop_map(|(col, row, down)| Input::Act(Action::Wheel { col, row, down })),
        1 => (0u16..=300, 0u16..=100)
            .prop_map(|(width, height)| Input::Act(Action::Resize { width, height })),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_input_keeps_the_app_sound(
        lang in prop_oneof![Just("pl"), Just("en")],
        inputs in proptest::collection::vec(input(), 1..40),
    ) {
        let mut app = common::app(lang, 80, 24);
        let theme = Theme::dark();
        for input in inputs {
            let action = match input {
                Input::Key(code, modifiers) => {
                    keymap::action_for(app.mode(), KeyEvent::new(code, modifiers))
                }
                Input::Act(action) => Some(action),
            };
            if action == Some(Action::Quit) {
                continue; // quitting ends the sequence in the real program
            }
            if let Some(action) = action {
                app.update(action);
            }
            let targets_visible = match app.view {
                partner_cities::action::View::Cities => !app.visible_cities().is_empty(),
                partner_cities::action::View::Timeline => !app.visible_events().is_empty(),
                partner_cities::action::View::Map => !app.visible_partners().is_empty(),
            };
            prop_assert_eq!(app.selected().is_some(), targets_visible, "a visible row is selected");
            let detail_height = app.detail_lines().len();
            prop_assert!(app.detail_scroll <= detail_height);
            let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height))
                .expect("terminal");
            terminal.draw(|f| ui::draw(f, &app, &theme)).expect("draws");
        }
    }
}
