//! Random sequences of terminal events (keys of every kind, mouse, paste, focus, resize from
//! 0x0 to 300x100) and pauses that let kiosk timers fire, applied as the live loop applies
//! them (`input::message`, the real key table, `update`) and drawn after each one, in every
//! language, glyph mode, theme, kiosk on and off. Nothing may panic, the selection stays on
//! a shown row, nothing reaches the screen that a terminal would take as a control, and a
//! kiosk never quits.
//!
//! `cargo test` runs 2,000 cases. A long campaign:
//! `PROPTEST_CASES=200000 cargo test --release --test properties -- --nocapture`.

mod common;

use std::time::{Duration, Instant};

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MediaKeyCode,
    ModifierKeyCode, MouseButton, MouseEvent, MouseEventKind,
};
use partner_cities::action::{Focus, Msg, Overlay, View};
use partner_cities::app::Settings;
use partner_cities::glyphs::{GlyphMode, is_basic};
use partner_cities::i18n::I18n;
use partner_cities::ui::theme::{ColorEnv, Theme, ThemeChoice};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone)]
enum Step {
    Event(Event),
    /// Time passes with no input; timers that fall due fire, as in the live loop.
    Wait(Duration),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        6 => prop::sample::select(vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Insert,
            KeyCode::Null,
            KeyCode::CapsLock,
            KeyCode::PrintScreen,
            KeyCode::Menu,
            KeyCode::Media(MediaKeyCode::Play),
            KeyCode::Modifier(ModifierKeyCode::LeftShift),
        ]),
        6 => prop::sample::select("qjkhlgG/?L123fe+-  zdrojshanui".chars().collect::<Vec<_>>())
            .prop_map(KeyCode::Char),
        2 => any::<char>().prop_map(KeyCode::Char),
        1 => (0u8..=24).prop_map(KeyCode::F),
    ]
}

fn key() -> impl Strategy<Value = Event> {
    let modifiers = prop_oneof![
        6 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::CONTROL),
        1 => any::<u8>().prop_map(KeyModifiers::from_bits_truncate),
    ];
    let kind = prop_oneof![
        8 => Just(KeyEventKind::Press),
        1 => Just(KeyEventKind::Repeat),
        1 => Just(KeyEventKind::Release),
    ];
    (key_code(), modifiers, kind).prop_map(|(code, modifiers, kind)| {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind,
            state: KeyEventState::NONE,
        })
    })
}

fn mouse() -> impl Strategy<Value = Event> {
    let button = prop::sample::select(vec![
        MouseButton::Left,
        MouseButton::Right,
        MouseButton::Middle,
    ]);
    let kind = prop_oneof![
        4 => button.clone().prop_map(MouseEventKind::Down),
        1 => button.clone().prop_map(MouseEventKind::Up),
        1 => button.prop_map(MouseEventKind::Drag),
        1 => Just(MouseEventKind::Moved),
        2 => Just(MouseEventKind::ScrollDown),
        2 => Just(MouseEventKind::ScrollUp),
        1 => Just(MouseEventKind::ScrollLeft),
        1 => Just(MouseEventKind::ScrollRight),
    ];
    // Positions past the screen's edge too: a terminal may report them during a resize.
    (kind, 0u16..=400, 0u16..=150).prop_map(|(kind, column, row)| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    })
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        10 => key().prop_map(Step::Event),
        4 => mouse().prop_map(Step::Event),
        1 => prop::collection::vec(any::<char>(), 0..24)
            .prop_map(|c| Step::Event(Event::Paste(c.into_iter().collect()))),
        1 => prop_oneof![Just(Event::FocusGained), Just(Event::FocusLost)].prop_map(Step::Event),
        2 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Step::Event(Event::Resize(w, h))),
        2 => (0u64..=150).prop_map(|s| Step::Wait(Duration::from_secs(s))),
    ]
}

#[derive(Debug, Clone)]
struct Setup {
    lang: &'static str,
    glyphs: GlyphMode,
    kiosk: bool,
    theme: ThemeChoice,
    width: u16,
    height: u16,
    view: View,
}

fn setup() -> impl Strategy<Value = Setup> {
    (
        prop::sample::select(vec!["pl", "en", "de", "fr", "zh", "ka"]),
        prop::sample::select(vec![GlyphMode::Unicode, GlyphMode::Basic]),
        any::<bool>(),
        prop::sample::select(vec![
            ThemeChoice::Dark,
            ThemeChoice::Light,
            ThemeChoice::Contrast,
            ThemeChoice::Mono,
        ]),
        prop_oneof![
            2 => (0u16..=300, 0u16..=100),
            1 => Just((80, 24)),
            1 => Just((1, 1)),
        ],
        prop::sample::select(View::ALL.to_vec()),
    )
        .prop_map(
            |(lang, glyphs, kiosk, theme, (width, height), view)| Setup {
                lang,
                glyphs,
                kiosk,
                theme,
                width,
                height,
                view,
            },
        )
}

fn start(setup: &Setup, now: Instant) -> (common::Tui, Theme) {
    let i18n = I18n::new();
    let (lang, _) = i18n.shown(setup.lang, setup.glyphs);
    let theme = Theme::resolve(setup.theme, ColorEnv::default());
    let settings = Settings {
        glyphs: setup.glyphs,
        kiosk: setup.kiosk,
        idle: Some(Duration::from_secs(60)),
        tour_step: Some(Duration::from_secs(8)),
        colour: theme != Theme::mono(),
        ..common::settings(lang)
    };
    let mut app = common::app_with(settings, (setup.width, setup.height), now);
    app.update(partner_cities::action::Action::ShowView(setup.view));
    (app, theme)
}

fn check_frame(app: &common::Tui, theme: &Theme) -> Result<(), TestCaseError> {
    let buffer = common::screen::draw_with(app, theme);
    prop_assert_eq!(buffer.area, app.area, "the frame is the screen's size");
    let width = usize::from(buffer.area.width);
    for (i, cell) in buffer.content.iter().enumerate() {
        let symbol = cell.symbol();
        prop_assert!(
            partner_cities::data::chars::is_safe_text(symbol),
            "cell {} holds what may not stand in a text: {:?}",
            i,
            symbol
        );
        if app.glyphs() == GlyphMode::Basic {
            prop_assert!(symbol.chars().all(is_basic), "not basic: {:?}", symbol);
        }
        // A wide character must not hang over the right edge.
        if width > 0 && symbol.width() > 1 {
            prop_assert!(i % width + 1 < width, "wide {:?} at the right edge", symbol);
        }
    }
    Ok(())
}

fn check_state(app: &common::Tui, i18n: &I18n) -> Result<(), TestCaseError> {
    let rows_shown = match app.view() {
        View::Cities => !app.visible_cities().is_empty(),
        View::Timeline => !app.visible_events().is_empty(),
        View::Map => app.visible_partners().next().is_some(),
    };
    prop_assert_eq!(
        app.selected().is_some(),
        rows_shown,
        "a shown row is selected"
    );
    // What `update` restores after every change and frame.
    let parts = app.plan.parts.as_ref();
    if let Some(parts) = parts {
        prop_assert!(app.detail_scroll() <= parts.detail.max_scroll);
    }
    if app.focus() == Focus::Detail {
        prop_assert!(
            app.selected().is_some(),
            "the detail pane has something to show"
        );
    }
    match app.overlay() {
        Overlay::Help { scroll } => {
            if let Some(help) = parts.and_then(|p| p.help.as_ref()) {
                prop_assert!(scroll <= help.max_scroll);
            }
        }
        Overlay::Languages { row } => prop_assert!(row < i18n.usable(app.glyphs()).len()),
        Overlay::None => {}
    }
    // The selected row is among the rows drawn, and no more rows are built than fit.
    if let (Some(_), Some(_), View::Cities | View::Timeline) = (app.selected(), parts, app.view()) {
        let window = common::screen::list_window(app);
        if window.height > 0 {
            prop_assert!(
                window.selected_at.is_some_and(|at| at < window.height),
                "the selection is on screen"
            );
            prop_assert!(
                window.before_last < window.height.max(1) + 1,
                "only the rows on screen are built"
            );
        }
    }
    prop_assert!(
        i18n.usable(app.glyphs()).contains(&app.lang()),
        "{} drawable",
        app.lang()
    );
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_input_keeps_the_app_sound(
        setup in setup(),
        steps in prop::collection::vec(step(), 1..32),
    ) {
        let i18n = I18n::new();
        let mut now = Instant::now();
        let (mut app, theme) = start(&setup, now);
        check_frame(&app, &theme)?;
        for step in steps {
            match step {
                Step::Event(event) => {
                    now += Duration::from_millis(200);
                    app.event(&event, now);
                }
                Step::Wait(pause) => {
                    now += pause;
                    // As the loop does: wake at each deadline that has passed.
                    let mut fired = 0;
                    while let Some(deadline) = app.next_deadline().filter(|d| *d <= now) {
                        app.update(Msg::Tick(deadline));
                        fired += 1;
                        prop_assert!(fired < 100, "timers keep firing at one instant");
                    }
                }
            }
            if setup.kiosk {
                prop_assert!(app.running(), "a kiosk never quits");
            } else if !app.running() {
                break;
            }
            check_state(&app, &i18n)?;
            check_frame(&app, &theme)?;
        }
    }
}
