//! Kiosk mode without a terminal: nothing quits, idle resets, the attract tour, basic glyphs
//! and colourless themes. Time is injected: no test sleeps.

mod common;

use std::time::{Duration, Instant};

use common::keys::key_at;
use common::screen::place_of;
use common::screen::{draw, draw_with, text};
use common::{Tui, app_with, partner_index, pictures, press, settings, type_text};
use crossterm::event::{KeyCode::*, KeyModifiers};
use partner_cities::action::{Action, Focus, Msg, Overlay, View};
use partner_cities::app::{App, Entry, Settings, Target};
use partner_cities::glyphs::{GlyphMode, is_basic};
use partner_cities::idle::WARNING_SECS;
use partner_cities::input::touch_event;
use partner_cities::map::Zoom;
use partner_cities::ui::Theme;
use ratatui::layout::Rect;
use ratatui::style::Color;

const IDLE: Duration = Duration::from_secs(60);
const STEP: Duration = Duration::from_secs(8);

fn kiosk(t0: Instant) -> Tui {
    app_with(
        Settings {
            kiosk: true,
            idle: Some(IDLE),
            tour_step: Some(STEP),
            ..settings("pl")
        },
        (80, 24),
        t0,
    )
}

/// The idle warning due at `from`: its seconds, one a second, then the reset. The instant
/// of the reset.
fn warned_then_reset(a: &mut Tui, from: Instant) -> Instant {
    for n in 0..WARNING_SECS {
        a.update(Msg::Tick(from + Duration::from_secs(n.into())));
        assert_eq!(
            a.warning(),
            Some(WARNING_SECS - n),
            "{n} s into the warning"
        );
    }
    let reset = from + Duration::from_secs(WARNING_SECS.into());
    a.update(Msg::Tick(reset));
    assert_eq!(a.warning(), None);
    reset
}

fn city(a: &App) -> Option<Entry> {
    match a.selected() {
        Some(Target::City(entry)) => Some(entry),
        _ => None,
    }
}

#[test]
fn no_key_ends_a_kiosk() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let ctrl = KeyModifiers::CONTROL;
    let keys = [
        (Char('q'), KeyModifiers::NONE),
        (Char('c'), ctrl),
        (Char('d'), ctrl),
        (Char('z'), ctrl),
        (Char('\\'), ctrl),
        (F(4), KeyModifiers::ALT),
        (Esc, KeyModifiers::NONE),
        (F(1), KeyModifiers::NONE),
        (F(12), KeyModifiers::NONE),
    ];
    for view_key in [Tab, BackTab, Char('?'), Char('/')] {
        key_at(&mut a, t0, view_key, KeyModifiers::NONE);
        for (code, modifiers) in keys {
            key_at(&mut a, t0, code, modifiers);
            assert!(a.running(), "{code:?} {modifiers:?} ended the kiosk");
        }
    }
    // Clicking where a quit hint would be does nothing either: there is none.
    let footer_actions: Vec<Action> = a.parts().footer.items.iter().map(|i| i.action).collect();
    assert!(!footer_actions.contains(&Action::Quit));
}

#[test]
fn idle_time_brings_back_the_home_screen() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let t1 = t0 + Duration::from_secs(5);
    key_at(&mut a, t1, Tab, KeyModifiers::NONE);
    key_at(&mut a, t1, Char('L'), KeyModifiers::NONE);
    key_at(&mut a, t1, Char('/'), KeyModifiers::NONE);
    for c in "vignac".chars() {
        key_at(&mut a, t1, Char(c), KeyModifiers::NONE);
    }
    key_at(&mut a, t1, Enter, KeyModifiers::NONE);
    key_at(&mut a, t1, Char('?'), KeyModifiers::NONE);
    assert_eq!(
        (a.view(), a.lang(), a.overlay()),
        (View::Timeline, "en", Overlay::Help { scroll: 0 })
    );
    assert_eq!(a.next_deadline(), Some(t1 + IDLE));

    a.update(Msg::Tick(t1 + IDLE - Duration::from_millis(1)));
    assert_eq!(a.view(), View::Timeline, "not before the idle time");
    // First a warning, in the language on screen, over the visitor's place.
    a.update(Msg::Tick(t1 + IDLE));
    assert_eq!(
        (a.view(), a.warning()),
        (View::Timeline, Some(WARNING_SECS))
    );
    place_of(&a, "Are you still there?");
    place_of(&a, "In 20 seconds, the screen will return");
    for n in 1..=19 {
        a.update(Msg::Tick(t1 + IDLE + Duration::from_secs(n)));
    }
    place_of(&a, "In one second, the screen will return");
    assert_eq!(a.view(), View::Timeline);
    a.update(Msg::Tick(t1 + IDLE + Duration::from_secs(20)));
    assert_eq!(a.view(), View::Cities);
    assert_eq!(a.selected(), Some(Target::City(Entry::Overview)));
    assert!(a.filter().is_empty());
    assert_eq!((a.overlay(), a.focus()), (Overlay::None, Focus::List));
    assert_eq!(a.lang(), "pl", "the start language is back");
}

/// A key or a tap answers the warning: the visitor stays where they were, and the input
/// does nothing else; a whole idle time follows.
#[test]
fn a_key_or_a_tap_answers_the_warning_and_keeps_the_place() {
    let t0 = Instant::now();
    for tap in [false, true] {
        let mut a = kiosk(t0);
        key_at(&mut a, t0, Down, KeyModifiers::NONE);
        key_at(&mut a, t0, Enter, KeyModifiers::NONE);
        let place = (a.view(), a.selected(), a.focus(), a.lang());
        for n in 0..=5 {
            a.update(Msg::Tick(t0 + IDLE + Duration::from_secs(n)));
        }
        assert_eq!(a.warning(), Some(WARNING_SECS - 5));
        let answered = t0 + IDLE + Duration::from_secs(6);
        if tap {
            let (x, y) = place_of(&a, "Vignac");
            a.click_at(x, y, answered);
        } else {
            key_at(&mut a, answered, Left, KeyModifiers::NONE);
        }
        assert_eq!(a.warning(), None, "tap {tap}");
        assert_eq!(
            (a.view(), a.selected(), a.focus(), a.lang()),
            place,
            "tap {tap}"
        );
        assert_eq!(a.next_deadline(), Some(answered + IDLE));
    }
}

#[test]
fn the_tour_steps_through_partners_and_timeline_and_a_key_stops_it() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let reset = warned_then_reset(&mut a, t0 + IDLE);
    let partners = a.data().partners.len();
    let mut now = reset;
    for i in 0..partners {
        now += STEP;
        a.update(Msg::Tick(now));
        assert_eq!(
            a.selected(),
            Some(Target::City(Entry::Partner(i))),
            "step {i}"
        );
        assert!(a.touring());
    }
    now += STEP;
    a.update(Msg::Tick(now));
    assert_eq!(a.view(), View::Timeline);
    now += STEP;
    a.update(Msg::Tick(now));
    assert_eq!((a.view(), a.map_zoom()), (View::Map, Zoom::World));
    now += STEP;
    a.update(Msg::Tick(now));
    assert_eq!(
        a.selected(),
        Some(Target::City(Entry::Overview)),
        "and round again"
    );
    now += STEP;
    a.update(Msg::Tick(now));
    assert_eq!(city(&a), Some(Entry::Partner(0)));

    // A key stops the tour and returns home; the key itself does nothing else.
    key_at(&mut a, now, Down, KeyModifiers::NONE);
    assert!(!a.touring());
    assert_eq!(a.selected(), Some(Target::City(Entry::Overview)));
    key_at(&mut a, now, Down, KeyModifiers::NONE);
    assert_eq!(
        city(&a),
        Some(Entry::Partner(0)),
        "the next key acts as usual"
    );
}

#[test]
fn a_click_also_stops_the_tour() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let reset = warned_then_reset(&mut a, t0 + IDLE);
    a.update(Msg::Tick(reset + STEP));
    assert!(a.touring());
    let (x, y) = place_of(&a, "Vignac");
    a.click_at(x, y, reset + STEP);
    assert!(!a.touring());
    assert_eq!(city(&a), Some(Entry::Overview));
}

#[test]
fn the_footer_is_a_row_of_buttons() {
    let mut a = kiosk(Instant::now());
    let help = a
        .parts()
        .footer
        .items
        .iter()
        .find(|i| i.action == Action::ToggleHelp)
        .expect("help is always offered")
        .clone();
    assert!(help.area.width >= 3, "a target a finger can hit");
    let (x, y) = place_of(&a, &format!("{} {}", help.keys, help.label));
    assert_eq!(y, 23, "drawn in the footer");
    a.click(x, y);
    assert_eq!(a.overlay(), Overlay::Help { scroll: 0 });
    let items = &a.parts().footer.items;
    assert!(items.iter().all(|i| i.area.y == 23 && i.area.right() <= 80));
}

fn basic(lang: &'static str, w: u16, h: u16) -> Tui {
    app_with(
        Settings {
            glyphs: GlyphMode::Basic,
            kiosk: true,
            ..settings(lang)
        },
        (w, h),
        Instant::now(),
    )
}

#[test]
fn basic_glyphs_draw_only_console_characters() {
    for lang in ["pl", "en"] {
        for (w, h) in [(80, 24), (120, 40), (50, 20), (20, 5)] {
            for keys in [
                &[][..],
                &[Down, Down, Down],
                &[Down, Down, Down, Down],
                &[Tab],
                &[Char('?')],
            ] {
                let mut a = basic(lang, w, h);
                press(&mut a, keys);
                for cell in draw(&a).content() {
                    assert!(
                        cell.symbol().chars().all(is_basic),
                        "{:?} drawn in basic mode ({lang} {w}x{h} {keys:?})",
                        cell.symbol()
                    );
                }
            }
        }
    }
}

#[test]
fn basic_glyph_snapshot_kiosk() {
    let mut a = basic("pl", 80, 24);
    let laka = partner_index(&a, "laka-zdroj");
    press(&mut a, &[End]);
    assert_eq!(city(&a), Some(Entry::Partner(laka)));
    pictures::check("kiosk_basic_glyphs_pl", &text(&draw(&a)));
}

#[test]
fn basic_glyph_snapshot_timeline() {
    let mut a = basic("en", 80, 24);
    press(&mut a, &[Tab, Down]);
    pictures::check("kiosk_basic_glyphs_timeline_en", &text(&draw(&a)));
}

#[test]
fn mono_shows_selection_and_focus_without_colour() {
    // As main sets it up for the mono theme: no colour, so no flags either.
    let mut a = app_with(
        Settings {
            colour: false,
            ..settings("en")
        },
        (80, 24),
        Instant::now(),
    );
    press(&mut a, &[Char('/')]);
    type_text(&mut a, "o");
    press(&mut a, &[Enter, Down]);
    let buffer = draw_with(&a, &Theme::mono());
    for cell in buffer.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "no colour in mono"
        );
    }
    pictures::check("mono_search_en", &text(&buffer));
}

#[test]
fn a_tap_on_the_touch_screen_is_a_click_on_the_cell_under_the_finger() {
    use partner_cities::touch::Gesture;
    let screen = Rect::new(0, 0, 80, 24);
    // The corners and the middle land on the cells there, never outside the screen.
    let at = |x: f64, y: f64| match touch_event(Gesture::Tap { x, y }, screen) {
        crossterm::event::Event::Mouse(m) => (m.column, m.row),
        other => panic!("{other:?}"),
    };
    assert_eq!(at(0.0, 0.0), (0, 0));
    assert_eq!(at(1.0, 1.0), (79, 23));
    assert_eq!(at(0.5, 0.5), (40, 12));
    // A kiosk: a tap on Vignac's row (the ninth of 24, under the header and the
    // languages' bar of the start screen) selects it, as a click would.
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let vignac = partner_index(&a, "vignac");
    let tap = touch_event(
        Gesture::Tap {
            x: 5.5 / 80.0,
            y: 8.5 / 24.0,
        },
        a.area,
    );
    a.event(&tap, t0);
    assert_eq!(city(&a), Some(Entry::Partner(vignac)));
    // Off the start screen the bar is gone. A swipe up over Ahornfeld's long details
    // scrolls them, as the wheel does.
    let ahornfeld = partner_index(&a, "ahornfeld");
    let tap = touch_event(
        Gesture::Tap {
            x: 5.5 / 80.0,
            y: 3.5 / 24.0,
        },
        a.area,
    );
    a.event(&tap, t0);
    assert_eq!(city(&a), Some(Entry::Partner(ahornfeld)));
    let swipe = touch_event(
        Gesture::Swipe {
            x: 0.6,
            y: 0.5,
            down: true,
        },
        a.area,
    );
    a.event(&swipe, t0);
    assert_eq!(a.detail_scroll(), 3);
}

/// The way to another language is on screen in every view, list or details, in every
/// language, from 80x24 up: the footer's language button (and the header's language name).
#[test]
fn the_language_button_is_in_every_footer_from_80x24() {
    use partner_cities::action::Action;
    for lang in common::apps::LANGS {
        for (w, h) in [(80, 24), (100, 30)] {
            for keys in [&[][..], &[Down, Enter], &[Tab], &[Tab, Enter], &[BackTab]] {
                let mut a = common::app(lang, w, h);
                press(&mut a, keys);
                let footer = &a.parts().footer;
                assert!(
                    footer
                        .items
                        .iter()
                        .any(|i| i.action == Action::NextLanguage),
                    "{lang} {w}x{h} after {keys:?}: {:?}",
                    footer.items.iter().map(|i| &i.label).collect::<Vec<_>>()
                );
            }
        }
    }
}

/// The attract tour's prompt goes through the six languages, one a step, each in its own
/// script, so that a visitor who reads only one of them meets it.
#[test]
fn the_tour_prompt_goes_through_the_six_languages() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let reset = warned_then_reset(&mut a, t0 + IDLE);
    let mut seen = Vec::new();
    for n in 1..=6u32 {
        a.update(Msg::Tick(reset + STEP * n));
        assert!(a.touring());
        let banner = a.parts().footer.banner.clone().expect("the tour's prompt");
        let lang = common::apps::LANGS[n as usize % 6];
        assert_eq!(banner, a.i18n().tr(lang, "tour-hint"), "step {n}");
        seen.push(lang);
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 6, "all six languages in six steps");
}

/// A language's digit pressed during the tour stops it and takes that language at once.
#[test]
fn a_digit_during_the_tour_chooses_its_language() {
    let t0 = Instant::now();
    let mut a = kiosk(t0);
    let reset = warned_then_reset(&mut a, t0 + IDLE);
    a.update(Msg::Tick(reset + STEP));
    assert!(a.touring());
    key_at(&mut a, reset + STEP, Char('6'), KeyModifiers::NONE);
    assert!(!a.touring());
    assert_eq!((a.lang(), a.view()), ("ka", View::Cities));
    assert_eq!(a.selected(), Some(Target::City(Entry::Overview)));
}

/// The kiosk's grids on its reference screen: normal and large text (README,
/// Accessibility), and the smallest supported terminal.
const KIOSK_GRIDS: [(u16, u16); 3] = [(91, 25), (66, 18), (80, 24)];

/// A kiosk in `lang` on a `size` screen, started at `t0`, at the normal text size.
fn kiosk_in(lang: &'static str, size: (u16, u16), t0: Instant) -> Tui {
    kiosk_at(partner_cities::action::TextSize::Normal, lang, size, t0)
}

/// A kiosk whose session runs its terminal at `text_size`.
fn kiosk_at(
    text_size: partner_cities::action::TextSize,
    lang: &'static str,
    size: (u16, u16),
    t0: Instant,
) -> Tui {
    app_with(
        Settings {
            kiosk: true,
            idle: Some(IDLE),
            tour_step: Some(STEP),
            text_size: Some(text_size),
            ..settings(lang)
        },
        size,
        t0,
    )
}

#[test]
fn the_start_screen_offers_every_language_by_its_own_name_to_tap_or_key() {
    let digits = ['1', '2', '3', '4', '5', '6'];
    for size in KIOSK_GRIDS {
        for (n, &lang) in common::apps::LANGS.iter().enumerate() {
            let t0 = Instant::now();
            // By tap, from the start screen in Polish: the target drawn with the
            // language's own name, in its own script.
            let mut a = kiosk_in("pl", size, t0);
            let name = a.i18n().tr(lang, "language-name");
            let targets = &a.parts().bar.targets;
            assert_eq!(targets.len(), 6, "{size:?}: six targets");
            let target = targets.iter().find(|t| t.code == lang).expect("a target");
            assert_eq!(target.name, name);
            let label_row = target.area.y + target.area.height / 2;
            let drawn =
                common::screen::row(&draw(&a), label_row, target.area.x, target.area.right());
            // (A wide character's second cell reads as a space.)
            let squeeze = |s: &str| s.replace(' ', "");
            assert!(
                squeeze(&drawn).contains(&squeeze(&name)),
                "{size:?}: {name} drawn in its target: {drawn:?}"
            );
            if size.1 >= 24 {
                assert_eq!(target.area.height, 3, "{size:?}: a target for a finger");
            }
            // Anywhere on the target, its frame too.
            let corner = (target.area.x, target.area.bottom() - 1);
            a.click_at(corner.0, corner.1, t0);
            assert_eq!(a.lang(), lang, "{size:?}: a tap on {name}");
            assert!(a.at_start(), "the start screen stays, in the new language");
            // By its digit, no modifier.
            let mut a = kiosk_in("pl", size, t0);
            key_at(&mut a, t0, Char(digits[n]), KeyModifiers::NONE);
            assert_eq!(a.lang(), lang, "{size:?}: digit {}", digits[n]);
        }
    }
}

#[test]
fn the_tour_shows_the_languages_and_a_tap_on_one_stops_it_in_that_language() {
    let t0 = Instant::now();
    let mut a = kiosk_in("pl", (91, 25), t0);
    // The reset, then the tour's steps: the targets stay on every step.
    let warn = t0 + IDLE;
    let reset = warned_then_reset(&mut a, warn);
    a.update(Msg::Tick(reset + STEP));
    assert!(a.touring());
    for step in 2..=8 {
        a.update(Msg::Tick(reset + STEP * step));
        assert_eq!(a.parts().bar.targets.len(), 6, "tour step {step}");
    }
    let georgian = a.parts().bar.targets[5].area;
    a.click_at(georgian.x + 2, georgian.y + 1, reset + STEP * 9);
    assert!(!a.touring());
    assert_eq!((a.lang(), a.view()), ("ka", View::Cities));
    // Off the start screen, the bar gives its rows back to the panes.
    let later = reset + STEP * 10;
    key_at(&mut a, later, Down, KeyModifiers::NONE);
    assert!(a.parts().bar.targets.is_empty());
    assert_eq!(a.parts().panes.bar.height, 0);
}

#[test]
fn contrast_is_a_visitor_s_choice_by_key_or_button_until_the_reset() {
    let t0 = Instant::now();
    let mut a = kiosk_in("en", (91, 25), t0);
    assert!(!a.contrast());
    // The key, with Caps Lock as without.
    key_at(&mut a, t0, Char('C'), KeyModifiers::NONE);
    assert!(a.contrast());
    key_at(&mut a, t0, Char('c'), KeyModifiers::NONE);
    assert!(!a.contrast());
    // The header's button: drawn, and a tap on it.
    let button = a
        .parts()
        .header
        .buttons
        .iter()
        .find(|b| b.action == Action::ToggleContrast)
        .expect("a contrast button")
        .area;
    assert_eq!(
        common::screen::row(&draw(&a), 0, button.x, button.right()),
        " ◐ "
    );
    a.click_at(button.x + 1, 0, t0);
    assert!(a.contrast());
    assert!(
        a.parts()
            .header
            .buttons
            .iter()
            .any(|b| b.action == Action::ToggleContrast && b.on),
        "the button shows it on"
    );
    // Kept through the views and the warning's answer; gone at the reset.
    key_at(&mut a, t0, Tab, KeyModifiers::NONE);
    assert!(a.contrast());
    let reset = warned_then_reset(&mut a, t0 + IDLE);
    assert!(!a.contrast(), "reset at {reset:?}");
}

#[test]
fn larger_text_ends_the_program_for_the_session_and_the_next_one_takes_up_the_place() {
    use partner_cities::action::TextSize;
    let t0 = Instant::now();
    let mut a = kiosk_in("ka", (91, 25), t0);
    let vignac = partner_index(&a, "vignac");
    press(&mut a, &[Char('3'), Down, Down, Enter, Char('c')]);
    assert_eq!(a.lang(), "de");
    assert_eq!(city(&a), Some(Entry::Partner(vignac)));
    // The header's "A+" button (T does the same).
    let button = a
        .parts()
        .header
        .buttons
        .iter()
        .find(|b| b.action == Action::ToggleTextSize)
        .expect("a text size button");
    assert_eq!(button.label, "A+");
    let (x, y) = (button.area.x + 1, button.area.y);
    a.click_at(x, y, t0);
    assert!(!a.running());
    let restart = a.restart().expect("ended for a text size");
    assert_eq!((restart.size, restart.keep_place), (TextSize::Large, true));
    assert_eq!(restart.size.exit_status(), 10);
    // Through the file, as the session hands it over.
    let dir = tempfile::tempdir().expect("a scratch folder");
    let path = dir.path().join("visit.ron");
    a.visit().write(&path).expect("written");
    let visit = partner_cities::app::Visit::take(&path).expect("read back");
    assert!(!path.exists(), "taken once");
    let mut b = kiosk_at(TextSize::Large, "pl", (66, 18), t0);
    b.update(Msg::Do(Action::MoveDown));
    b.resume_visit(&visit);
    assert_eq!(b.lang(), "de");
    assert_eq!(city(&b), Some(Entry::Partner(vignac)));
    assert_eq!(b.focus(), Focus::Detail);
    assert!(b.contrast());
    let label = |t: &Tui| {
        t.parts()
            .header
            .buttons
            .iter()
            .find(|b| b.action == Action::ToggleTextSize)
            .map(|b| b.label.clone())
    };
    assert_eq!(label(&b).as_deref(), Some("A−"));
    // T goes back, keeping the place; the idle reset goes back for the next visitor.
    key_at(&mut b, t0, Char('t'), KeyModifiers::NONE);
    let back = b.restart().expect("ended for a text size");
    assert_eq!((back.size, back.keep_place), (TextSize::Normal, true));
    let mut c = kiosk_at(TextSize::Large, "pl", (66, 18), t0);
    warned_then_reset(&mut c, t0 + IDLE);
    let after = c.restart().expect("the reset ends large text");
    assert_eq!((after.size, after.keep_place), (TextSize::Normal, false));
    assert_eq!(after.size.exit_status(), 11);
    // Where the terminal's size is its own (no session), nothing offers it, and T does
    // nothing.
    let mut d = common::app("en", 91, 25);
    assert_eq!(label(&d), None);
    press(&mut d, &[Char('t')]);
    assert!(d.running());
    // A place that makes no sense is dropped, not obeyed.
    let mut odd = visit.clone();
    odd.lang = "xx".into();
    odd.city = Some("atlantis".into());
    odd.filter = "\u{1b}[31m".into();
    odd.volume = 250;
    let mut e = kiosk_in("en", (91, 25), t0);
    e.resume_visit(&odd);
    assert_eq!(e.lang(), "en");
    assert_ne!(city(&e), Some(Entry::Partner(vignac)));
    assert!(!e.filter().contains('\u{1b}'));
    assert_eq!(e.speech().volume, partner_cities::app::MAX_VOLUME);
}

/// The key repeat setting (EN 301 549 5.7) with the injected clock, through the real key
/// table: a held ↓ moves once at the press, then only after the delay, then at most once
/// an interval; a held L changes the language once whatever the setting; a release is no
/// input. Without the setting, every repeat of ↓ moves.
#[test]
fn a_held_key_repeats_after_the_delay_and_at_most_once_an_interval() {
    use crossterm::event::{Event, KeyEvent, KeyEventKind, KeyEventState};
    use partner_cities::app::KeyRepeat;
    let key = |code, kind| {
        Event::Key(KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind,
            state: KeyEventState::NONE,
        })
    };
    let ms = Duration::from_millis;
    let two_seconds = KeyRepeat {
        delay: ms(2000),
        interval: ms(2000),
    };
    // The towns list of the fixture is long enough for every move to show.
    let hold_down = |repeat: Option<KeyRepeat>| {
        let t0 = Instant::now();
        let mut a = app_with(
            Settings {
                key_repeat: repeat,
                ..settings("en")
            },
            (80, 24),
            t0,
        );
        let mut rows = Vec::new();
        a.event(&key(Down, KeyEventKind::Press), t0);
        rows.push((0, a.selected_row()));
        // foot's repeats as cage sets them: after 600 ms, 25 a second.
        for n in 0..100u64 {
            let at = 600 + n * 40;
            a.event(&key(Down, KeyEventKind::Repeat), t0 + ms(at));
            rows.push((at, a.selected_row()));
        }
        a.event(&key(Down, KeyEventKind::Release), t0 + ms(4600));
        rows
    };
    let moves = |rows: &[(u64, Option<usize>)]| {
        rows.windows(2)
            .filter(|w| w[0].1 != w[1].1)
            .map(|w| w[1].0)
            .collect::<Vec<u64>>()
    };
    let slow = hold_down(Some(two_seconds));
    assert_eq!(slow[0].1, Some(1), "the press moves");
    assert_eq!(moves(&slow), [2000, 4000], "after 2 s, then every 2 s");
    let fast = hold_down(None);
    // Without the setting, each repeat moves until the list ends (five rows: the press
    // took the second).
    assert_eq!(moves(&fast), [600, 640, 680]);

    let t0 = Instant::now();
    let mut a = app_with(
        Settings {
            key_repeat: Some(two_seconds),
            ..settings("pl")
        },
        (80, 24),
        t0,
    );
    a.event(&key(Char('l'), KeyEventKind::Press), t0);
    for n in 1..=200u64 {
        a.event(&key(Char('l'), KeyEventKind::Repeat), t0 + ms(40 * n));
    }
    a.event(&key(Char('l'), KeyEventKind::Release), t0 + ms(8100));
    assert_eq!(a.lang(), "en", "one language step for a held L");
}

/// Where the details go on beyond the pane, the kiosk says on the pane's bottom border
/// that a swipe scrolls them, in the language on screen; where they fit, it says nothing.
#[test]
fn a_hint_says_a_swipe_scrolls_the_details() {
    for lang in common::apps::LANGS {
        let t0 = Instant::now();
        let mut a = kiosk_in(lang, (91, 25), t0);
        let hint = a.i18n().tr(lang, "hint-swipe");
        press(&mut a, &[Down]);
        let detail = &a.parts().detail;
        assert!(
            detail.max_scroll > 0,
            "{lang}: Ahornfeld's details are long"
        );
        let buffer = draw(&a);
        let border = common::screen::row(
            &buffer,
            detail.area.bottom() - 1,
            detail.area.x,
            detail.area.right(),
        );
        let squeeze = |s: &str| s.replace(' ', "");
        assert!(
            squeeze(&border).contains(&squeeze(&hint)),
            "{lang}: {border}"
        );
        // The overview of the fixture fits: no hint.
        let mut b = kiosk_in(lang, (91, 60), t0);
        press(&mut b, &[Down]);
        assert_eq!(b.parts().detail.max_scroll, 0);
        assert_eq!(b.parts().detail.swipe_hint, None, "{lang}");
    }
    // Away from the kiosk, no swipe to speak of.
    let mut c = common::app("en", 91, 25);
    press(&mut c, &[Down]);
    assert_eq!(c.parts().detail.swipe_hint, None);
}
