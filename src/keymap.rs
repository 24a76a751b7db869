//! The one key table: it maps keys to actions and generates the footer and the help overlay.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MediaKeyCode,
};

use crate::action::{Action, Focus, Overlay, View};
use crate::glyphs::GlyphMode;
use crate::i18n::I18n;

/// Where a binding applies. Several scopes are active at once (see [`active_scopes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// In every mode, even while typing a search.
    Global,
    /// Browsing either view, list or detail focused, nothing open on top.
    Browse,
    /// The list has the focus (either view).
    List,
    /// The town list has the focus.
    CitiesList,
    /// The timeline view, list or detail focused.
    Timeline,
    /// The event list has the focus.
    TimelineList,
    /// The map view, list or detail focused.
    Map,
    /// The detail pane has the focus.
    Detail,
    /// Typing a search.
    Filter,
    /// The help overlay is open.
    Help,
    /// The language list is open.
    Languages,
}

impl Scope {
    /// In the order help lists them.
    pub const ALL: [Scope; 11] = [
        Scope::Browse,
        Scope::List,
        Scope::CitiesList,
        Scope::Timeline,
        Scope::TimelineList,
        Scope::Map,
        Scope::Detail,
        Scope::Filter,
        Scope::Help,
        Scope::Languages,
        Scope::Global,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Scope::Global => "help-scope-global",
            Scope::Browse => "help-scope-browse",
            Scope::List => "help-scope-list",
            Scope::CitiesList => "help-scope-cities-list",
            Scope::Timeline => "help-scope-timeline",
            Scope::TimelineList => "help-scope-timeline-list",
            Scope::Map => "help-scope-map",
            Scope::Detail => "help-scope-detail",
            Scope::Filter => "help-scope-filter",
            Scope::Help => "help-scope-help",
            Scope::Languages => "help-scope-picker",
        }
    }
}

/// The state the keymap needs to pick scopes: the app's own modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    pub kiosk: bool,
    /// The visitor can change the text size (see [`crate::action::TextSize`]).
    pub text_sizes: bool,
    pub view: View,
    pub overlay: Overlay,
    pub focus: Focus,
}

/// The scopes active in `mode`, most specific first: an overlay takes the keys, then the
/// search box, then the focused pane and the view.
pub fn active_scopes(mode: Mode) -> Vec<Scope> {
    match mode.overlay {
        Overlay::Languages { .. } => return vec![Scope::Languages, Scope::Global],
        Overlay::Help { .. } => return vec![Scope::Help, Scope::Global],
        Overlay::None => {}
    }
    let mut scopes = Vec::new();
    match mode.focus {
        Focus::Search => return vec![Scope::Filter, Scope::Global],
        Focus::Detail => scopes.push(Scope::Detail),
        Focus::List => {
            scopes.push(match mode.view {
                View::Cities | View::Map => Scope::CitiesList,
                View::Timeline => Scope::TimelineList,
            });
            scopes.push(Scope::List);
        }
    }
    match mode.view {
        View::Timeline => scopes.push(Scope::Timeline),
        View::Map => scopes.push(Scope::Map),
        View::Cities => {}
    }
    scopes.extend([Scope::Browse, Scope::Global]);
    scopes
}

/// One key binding.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub scope: Scope,
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
    pub action: Action,
    /// Message id of what the action does.
    pub label: &'static str,
    /// Shown in the footer (the first key of an action there stands for all).
    pub footer: bool,
    /// Active in kiosk mode. Off for every way out of the program, so a kiosk cannot be
    /// left from the keyboard and its footer and help show no quit key.
    pub kiosk: bool,
}

impl Binding {
    const fn not_in_kiosk(self) -> Binding {
        Binding {
            kiosk: false,
            ..self
        }
    }

    /// Whether this binding works in `mode`.
    pub fn active_in(&self, mode: Mode) -> bool {
        (self.kiosk || !mode.kiosk) && (self.action != Action::ToggleTextSize || mode.text_sizes)
    }
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn bind(
    scope: Scope,
    code: KeyCode,
    modifiers: KeyModifiers,
    action: Action,
    label: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        scope,
        code,
        modifiers,
        action,
        label,
        footer,
        kiosk: true,
    }
}

use Action as A;
use KeyCode as K;
use Scope as S;

/// Every key the program knows, one row each: scope, key, modifiers, action, label, shown
/// in the footer. The footer and help are generated from this table.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind(S::Global,       K::Char('c'), CTRL, A::Quit,                     "action-quit",             false).not_in_kiosk(),
    bind(S::Browse,       K::Down,      NONE, A::MoveDown,                 "action-down",             true),
    bind(S::Browse,       K::Char('j'), NONE, A::MoveDown,                 "action-down",             false),
    bind(S::Browse,       K::Up,        NONE, A::MoveUp,                   "action-up",               true),
    bind(S::Browse,       K::Char('k'), NONE, A::MoveUp,                   "action-up",               false),
    bind(S::Browse,       K::PageDown,  NONE, A::PageDown,                 "action-page-down",        false),
    bind(S::Browse,       K::PageUp,    NONE, A::PageUp,                   "action-page-up",          false),
    bind(S::Browse,       K::Home,      NONE, A::First,                    "action-first",            false),
    bind(S::Browse,       K::End,       NONE, A::Last,                     "action-last",             false),
    bind(S::Browse,       K::Tab,       NONE, A::NextView,                 "action-next-view",        true),
    bind(S::Browse,       K::BackTab,   NONE, A::PrevView,                 "action-prev-view",        false),
    bind(S::Browse,       K::Char('/'), NONE, A::StartFilter,              "action-filter",           true),
    bind(S::Browse,       K::Char('l'), NONE, A::NextLanguage,             "action-language",         true),
    bind(S::Browse,       K::Char('?'), NONE, A::ToggleHelp,               "action-help",             true),
    // F1: help without Shift, as keyboards label it.
    bind(S::Browse,       K::F(1),      NONE, A::ToggleHelp,               "action-help",             false),
    bind(S::Browse,       K::Char('q'), NONE, A::Quit,                     "action-quit",             true).not_in_kiosk(),
    bind(S::List,         K::Right,     NONE, A::FocusDetail,              "action-focus-detail",     true),
    bind(S::List,         K::Esc,       NONE, A::ClearFilter,              "action-filter-clear",     false),
    bind(S::CitiesList,   K::Enter,     NONE, A::FocusDetail,              "action-focus-detail",     false),
    bind(S::TimelineList, K::Enter,     NONE, A::OpenPartner,              "action-open-partner",     true),
    bind(S::Timeline,     K::Char('f'), NONE, A::TogglePartnerOnly,        "action-partner-only",     true),
    bind(S::Detail,       K::Left,      NONE, A::FocusList,                "action-focus-list",       true),
    bind(S::Detail,       K::Esc,       NONE, A::FocusList,                "action-focus-list",       false),
    bind(S::Filter,       K::Enter,     NONE, A::KeepFilter,               "action-filter-keep",      true),
    bind(S::Filter,       K::Esc,       NONE, A::ClearFilter,              "action-filter-clear",     true),
    bind(S::Filter,       K::Backspace, NONE, A::FilterBackspace,          "action-filter-backspace", false),
    bind(S::Filter,       K::Down,      NONE, A::MoveDown,                 "action-down",             true),
    bind(S::Filter,       K::Up,        NONE, A::MoveUp,                   "action-up",               false),
    bind(S::Help,         K::Esc,       NONE, A::ToggleHelp,               "action-close-help",       true),
    bind(S::Help,         K::Char('?'), NONE, A::ToggleHelp,               "action-close-help",       false),
    bind(S::Help,         K::F(1),      NONE, A::ToggleHelp,               "action-close-help",       false),
    bind(S::Help,         K::Char('q'), NONE, A::ToggleHelp,               "action-close-help",       false),
    bind(S::Help,         K::Down,      NONE, A::MoveDown,                 "action-down",             true),
    bind(S::Help,         K::Char('j'), NONE, A::MoveDown,                 "action-down",             false),
    bind(S::Help,         K::Up,        NONE, A::MoveUp,                   "action-up",               true),
    bind(S::Help,         K::Char('k'), NONE, A::MoveUp,                   "action-up",               false),
    bind(S::Languages,    K::Down,      NONE, A::MoveDown,                 "action-down",             true),
    bind(S::Languages,    K::Char('j'), NONE, A::MoveDown,                 "action-down",             false),
    bind(S::Languages,    K::Up,        NONE, A::MoveUp,                   "action-up",               true),
    bind(S::Languages,    K::Char('k'), NONE, A::MoveUp,                   "action-up",               false),
    bind(S::Languages,    K::Enter,     NONE, A::ChooseLanguage,           "action-choose",           true),
    bind(S::Languages,    K::Esc,       NONE, A::CloseLanguages,           "action-close",            true),
    bind(S::Languages,    K::Char('l'), NONE, A::CloseLanguages,           "action-close",            false),
    bind(S::Map,          K::Char('+'), NONE, A::ZoomIn,                   "action-zoom-in",          true),
    bind(S::Map,          K::Char('='), NONE, A::ZoomIn,                   "action-zoom-in",          false),
    bind(S::Map,          K::Char('-'), NONE, A::ZoomOut,                  "action-zoom-out",         true),
    // Speech, for visitors who cannot see the screen: keys without modifiers that a
    // search never types (Space, r, s and the digits stop being typed only outside it).
    bind(S::Browse,       K::Char(' '), NONE, A::ToggleSpeech,             "action-speech",           false),
    bind(S::Help,         K::Char(' '), NONE, A::ToggleSpeech,             "action-speech",           false),
    bind(S::Languages,    K::Char(' '), NONE, A::ToggleSpeech,             "action-speech",           false),
    bind(S::Browse,       K::Char('r'), NONE, A::RepeatSpeech,             "action-speech-repeat",    false),
    bind(S::Help,         K::Char('r'), NONE, A::RepeatSpeech,             "action-speech-repeat",    false),
    bind(S::Languages,    K::Char('r'), NONE, A::RepeatSpeech,             "action-speech-repeat",    false),
    bind(S::Browse,       K::Char('s'), NONE, A::StopSpeech,               "action-speech-stop",      false),
    bind(S::Help,         K::Char('s'), NONE, A::StopSpeech,               "action-speech-stop",      false),
    bind(S::Languages,    K::Char('s'), NONE, A::StopSpeech,               "action-speech-stop",      false),
    // The keyboard's volume keys (where the terminal reports them), and F11 and F12.
    bind(S::Global,       K::Media(MediaKeyCode::RaiseVolume), NONE, A::Louder,  "action-louder",     false),
    bind(S::Global,       K::Media(MediaKeyCode::LowerVolume), NONE, A::Quieter, "action-quieter",    false),
    bind(S::Global,       K::F(12),     NONE, A::Louder,                   "action-louder",           false),
    bind(S::Global,       K::F(11),     NONE, A::Quieter,                  "action-quieter",          false),
    // For low vision: high contrast, and (where the kiosk can) larger text.
    bind(S::Browse,       K::Char('c'), NONE, A::ToggleContrast,           "action-contrast",         false),
    bind(S::Help,         K::Char('c'), NONE, A::ToggleContrast,           "action-contrast",         false),
    bind(S::Languages,    K::Char('c'), NONE, A::ToggleContrast,           "action-contrast",         false),
    bind(S::Browse,       K::Char('t'), NONE, A::ToggleTextSize,           "action-text-size",        false),
    bind(S::Help,         K::Char('t'), NONE, A::ToggleTextSize,           "action-text-size",        false),
    bind(S::Languages,    K::Char('t'), NONE, A::ToggleTextSize,           "action-text-size",        false),
    // A language by its number, as the spoken welcome gives it: in the order of the
    // language list.
    bind(S::Browse,       K::Char('1'), NONE, A::SetLanguage("pl"),        "language-name",           false),
    bind(S::Browse,       K::Char('2'), NONE, A::SetLanguage("en"),        "language-name",           false),
    bind(S::Browse,       K::Char('3'), NONE, A::SetLanguage("de"),        "language-name",           false),
    bind(S::Browse,       K::Char('4'), NONE, A::SetLanguage("fr"),        "language-name",           false),
    bind(S::Browse,       K::Char('5'), NONE, A::SetLanguage("zh"),        "language-name",           false),
    bind(S::Browse,       K::Char('6'), NONE, A::SetLanguage("ka"),        "language-name",           false),
    bind(S::Help,         K::Char('1'), NONE, A::SetLanguage("pl"),        "language-name",           false),
    bind(S::Help,         K::Char('2'), NONE, A::SetLanguage("en"),        "language-name",           false),
    bind(S::Help,         K::Char('3'), NONE, A::SetLanguage("de"),        "language-name",           false),
    bind(S::Help,         K::Char('4'), NONE, A::SetLanguage("fr"),        "language-name",           false),
    bind(S::Help,         K::Char('5'), NONE, A::SetLanguage("zh"),        "language-name",           false),
    bind(S::Help,         K::Char('6'), NONE, A::SetLanguage("ka"),        "language-name",           false),
    bind(S::Languages,    K::Char('1'), NONE, A::SetLanguage("pl"),        "language-name",           false),
    bind(S::Languages,    K::Char('2'), NONE, A::SetLanguage("en"),        "language-name",           false),
    bind(S::Languages,    K::Char('3'), NONE, A::SetLanguage("de"),        "language-name",           false),
    bind(S::Languages,    K::Char('4'), NONE, A::SetLanguage("fr"),        "language-name",           false),
    bind(S::Languages,    K::Char('5'), NONE, A::SetLanguage("zh"),        "language-name",           false),
    bind(S::Languages,    K::Char('6'), NONE, A::SetLanguage("ka"),        "language-name",           false),
];

/// The key as the table has it. Shift is part of the character itself (`?`) and of
/// BackTab; terminals differ in whether they also report it as a modifier, so it is
/// ignored for those keys. A letter is the same key with Shift or Caps Lock as without
/// (the table has only small letters).
fn normalize(key: KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut modifiers =
        key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let code = match key.code {
        KeyCode::Char(c) => {
            modifiers.remove(KeyModifiers::SHIFT);
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => KeyCode::Char(l),
                _ => KeyCode::Char(c),
            }
        }
        KeyCode::BackTab => {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        other => other,
    };
    (code, modifiers)
}

/// Whether a held key may repeat `action`: moving and scrolling do, as do typing and the
/// volume; what toggles or opens (help, a language, a view, speech) acts once a press, or
/// a held key would switch it on and off.
fn repeats(action: Action) -> bool {
    matches!(
        action,
        Action::MoveDown
            | Action::MoveUp
            | Action::PageDown
            | Action::PageUp
            | Action::FilterInput(_)
            | Action::FilterBackspace
            | Action::Louder
            | Action::Quieter
    )
}

/// The action for a key in `mode`, if any: a press, or a repeat (from terminals that tell
/// repeats apart) of an action that repeats. Releases do nothing.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    let action = action_for_press(mode, key)?;
    match key.kind {
        KeyEventKind::Press => Some(action),
        KeyEventKind::Repeat if repeats(action) => Some(action),
        _ => None,
    }
}

fn action_for_press(mode: Mode, key: KeyEvent) -> Option<Action> {
    // With the kitty keyboard protocol a letter comes small with Caps Lock in its state:
    // typed as it shows on screen, capital (small again with Shift).
    let caps = key.state.contains(KeyEventState::CAPS_LOCK);
    let typed = match key.code {
        KeyCode::Char(c)
            if caps && c.is_lowercase() && !key.modifiers.contains(KeyModifiers::SHIFT) =>
        {
            KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
        }
        other => other,
    };
    let (code, modifiers) = normalize(key);
    let scopes = active_scopes(mode);
    let bound = scopes.iter().find_map(|scope| {
        BINDINGS
            .iter()
            .find(|b| {
                b.scope == *scope && b.code == code && b.modifiers == modifiers && b.active_in(mode)
            })
            .map(|b| b.action)
    });
    match (bound, typed) {
        (Some(action), _) => Some(action),
        // Typed as it was, capital or not.
        (None, KeyCode::Char(c)) if mode.focus == Focus::Search && modifiers.is_empty() => {
            Some(Action::FilterInput(c))
        }
        _ => None,
    }
}

/// The key that chooses language `code` (its digit), as the footer writes it.
pub fn language_key(code: &str, glyphs: GlyphMode) -> Option<String> {
    BINDINGS
        .iter()
        .find(|b| {
            b.scope == Scope::Browse && matches!(b.action, Action::SetLanguage(c) if c == code)
        })
        .map(|b| key_name(b.code, b.modifiers, glyphs))
}

/// How a key is written in the footer and help; in basic glyphs, arrows are words.
pub fn key_name(code: KeyCode, modifiers: KeyModifiers, glyphs: GlyphMode) -> String {
    let basic = glyphs == GlyphMode::Basic;
    let base = match code {
        KeyCode::Down if basic => "Down".to_string(),
        KeyCode::Up if basic => "Up".to_string(),
        KeyCode::Left if basic => "Left".to_string(),
        KeyCode::Right if basic => "Right".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Shift-Tab".to_string(),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::Char(' ') => "Space".to_string(),
        // As the keycap has it.
        KeyCode::Char(c) => c.to_uppercase().to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Media(MediaKeyCode::RaiseVolume) => "Vol+".to_string(),
        KeyCode::Media(MediaKeyCode::LowerVolume) => "Vol-".to_string(),
        other => format!("{other:?}"),
    };
    if modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

/// A key as speech names it, in `lang`: arrows, Enter and the like in words ("strzałka w
/// dół"), a letter or digit as itself.
pub fn spoken_key(i18n: &I18n, lang: &str, code: KeyCode, modifiers: KeyModifiers) -> String {
    let id = match code {
        KeyCode::Down => "key-down",
        KeyCode::Up => "key-up",
        KeyCode::Left => "key-left",
        KeyCode::Right => "key-right",
        KeyCode::PageDown => "key-page-down",
        KeyCode::PageUp => "key-page-up",
        KeyCode::Home => "key-home",
        KeyCode::End => "key-end",
        KeyCode::Tab => "key-tab",
        KeyCode::BackTab => "key-back-tab",
        KeyCode::Enter => "key-enter",
        KeyCode::Esc => "key-esc",
        KeyCode::Backspace => "key-backspace",
        KeyCode::Char(' ') => "key-space",
        // Marks the engine would read as nothing.
        KeyCode::Char('?') => "key-question-mark",
        KeyCode::Char('/') => "key-slash",
        KeyCode::Char('+') => "key-plus",
        KeyCode::Char('-') => "key-minus",
        KeyCode::Char('=') => "key-equals",
        KeyCode::Media(MediaKeyCode::RaiseVolume) => "key-volume-up",
        KeyCode::Media(MediaKeyCode::LowerVolume) => "key-volume-down",
        _ => "",
    };
    let base = if id.is_empty() {
        key_name(code, KeyModifiers::NONE, GlyphMode::Basic)
    } else {
        i18n.tr(lang, id)
    };
    if modifiers.contains(KeyModifiers::CONTROL) {
        i18n.tr_args(lang, "key-ctrl", &[("key", crate::i18n::Arg::Text(&base))])
    } else {
        base
    }
}

/// One line of help or one footer hint: the keys of an action and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub action: Action,
    pub keys: Vec<String>,
    /// The keys as the table has them (for speech, which names them in words).
    pub bindings: Vec<(KeyCode, KeyModifiers)>,
    pub label: &'static str,
}

impl Hint {
    /// What the hint says in `lang`; a language's own key gives that language's name in
    /// that language ("5 中文").
    pub fn label_in(&self, i18n: &I18n, lang: &str) -> String {
        match self.action {
            Action::SetLanguage(code) => i18n.tr(code, "language-name"),
            _ => i18n.tr(lang, self.label),
        }
    }

    /// Whether the hint can be shown with `glyphs`: not the key of a language the
    /// terminal cannot draw.
    pub fn usable(&self, i18n: &I18n, glyphs: GlyphMode) -> bool {
        match self.action {
            Action::SetLanguage(code) => i18n.usable(glyphs).contains(&code),
            _ => true,
        }
    }
}

/// Bindings of `scopes` that work in `mode`, grouped by action, in table order.
fn hints(scopes: &[Scope], mode: Mode, glyphs: GlyphMode, footer_only: bool) -> Vec<Hint> {
    let mut out: Vec<Hint> = Vec::new();
    for scope in scopes {
        for b in BINDINGS
            .iter()
            .filter(|b| b.scope == *scope && b.active_in(mode))
        {
            let name = key_name(b.code, b.modifiers, glyphs);
            match out.iter_mut().find(|h| h.action == b.action) {
                Some(hint) if !footer_only => {
                    hint.keys.push(name);
                    hint.bindings.push((b.code, b.modifiers));
                }
                Some(_) => {}
                None if footer_only && !b.footer => {}
                None => out.push(Hint {
                    action: b.action,
                    keys: vec![name],
                    bindings: vec![(b.code, b.modifiers)],
                    label: b.label,
                }),
            }
        }
    }
    out
}

/// The footer's hints for `mode`.
pub fn footer_hints(mode: Mode, glyphs: GlyphMode) -> Vec<Hint> {
    hints(&active_scopes(mode), mode, glyphs, true)
}

/// The help overlay: every scope with the bindings that work in `mode` (kiosk or not).
pub fn help_sections(mode: Mode, glyphs: GlyphMode) -> Vec<(Scope, Vec<Hint>)> {
    Scope::ALL
        .iter()
        .map(|s| (*s, hints(&[*s], mode, glyphs, false)))
        .filter(|(_, h)| !h.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn all_modes() -> Vec<Mode> {
        let mut modes = Vec::new();
        for kiosk in [false, true] {
            for view in View::ALL {
                for focus in [Focus::List, Focus::Detail, Focus::Search] {
                    for overlay in [
                        Overlay::None,
                        Overlay::Help { scroll: 0 },
                        Overlay::Languages { row: 0 },
                    ] {
                        modes.push(Mode {
                            kiosk,
                            text_sizes: kiosk,
                            view,
                            overlay,
                            focus,
                        });
                    }
                }
            }
        }
        modes
    }

    #[test]
    fn no_key_is_bound_twice_in_any_mode() {
        for mode in all_modes() {
            let mut seen = HashSet::new();
            for scope in active_scopes(mode) {
                for b in BINDINGS.iter().filter(|b| b.scope == scope) {
                    assert!(
                        seen.insert((b.code, b.modifiers)),
                        "{:?} is bound twice in {mode:?}",
                        key_name(b.code, b.modifiers, GlyphMode::Unicode)
                    );
                }
            }
        }
    }

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    const BROWSE: Mode = Mode {
        kiosk: false,
        text_sizes: false,
        view: View::Cities,
        overlay: Overlay::None,
        focus: Focus::List,
    };

    #[test]
    fn keys_map_by_mode() {
        assert_eq!(action_for(BROWSE, press(K::Char('j'))), Some(A::MoveDown));
        assert_eq!(action_for(BROWSE, press(K::Enter)), Some(A::FocusDetail));
        let timeline = Mode {
            view: View::Timeline,
            ..BROWSE
        };
        assert_eq!(action_for(timeline, press(K::Enter)), Some(A::OpenPartner));
        let detail = Mode {
            focus: Focus::Detail,
            ..BROWSE
        };
        assert_eq!(action_for(detail, press(K::Esc)), Some(A::FocusList));
        let filtering = Mode {
            focus: Focus::Search,
            ..BROWSE
        };
        assert_eq!(
            action_for(filtering, press(K::Char('q'))),
            Some(A::FilterInput('q'))
        );
        assert_eq!(
            action_for(filtering, press(K::Char('j'))),
            Some(A::FilterInput('j'))
        );
        let ctrl_c = KeyEvent::new(K::Char('c'), KeyModifiers::CONTROL);
        for mode in all_modes().into_iter().filter(|m| !m.kiosk) {
            assert_eq!(action_for(mode, ctrl_c), Some(A::Quit), "{mode:?}");
        }
    }

    #[test]
    fn shift_or_caps_lock_gives_a_letter_the_same_action() {
        // L with Shift reported, L as Caps Lock sends it, l.
        let shifted = KeyEvent::new(K::Char('L'), KeyModifiers::SHIFT);
        assert_eq!(action_for(BROWSE, shifted), Some(A::NextLanguage));
        assert_eq!(
            action_for(BROWSE, press(K::Char('L'))),
            Some(A::NextLanguage)
        );
        assert_eq!(
            action_for(BROWSE, press(K::Char('l'))),
            Some(A::NextLanguage)
        );
        assert_eq!(
            action_for(BROWSE, press(K::Char('R'))),
            Some(A::RepeatSpeech)
        );
        // A search keeps what was typed.
        let filtering = Mode {
            focus: Focus::Search,
            ..BROWSE
        };
        assert_eq!(
            action_for(filtering, press(K::Char('Ł'))),
            Some(A::FilterInput('Ł'))
        );
        let backtab = KeyEvent::new(K::BackTab, KeyModifiers::SHIFT);
        assert_eq!(action_for(BROWSE, backtab), Some(A::PrevView));
        // The kitty keyboard protocol: a small letter with Caps Lock in its state (as foot
        // sends it) is the same key, and a search types it capital; with Shift, small.
        let caps = |c, modifiers| {
            KeyEvent::new_with_kind_and_state(
                K::Char(c),
                modifiers,
                KeyEventKind::Press,
                KeyEventState::CAPS_LOCK,
            )
        };
        assert_eq!(
            action_for(BROWSE, caps('l', KeyModifiers::NONE)),
            Some(A::NextLanguage)
        );
        assert_eq!(
            action_for(filtering, caps('z', KeyModifiers::NONE)),
            Some(A::FilterInput('Z'))
        );
        assert_eq!(
            action_for(filtering, caps('z', KeyModifiers::SHIFT)),
            Some(A::FilterInput('z'))
        );
    }

    #[test]
    fn releases_do_nothing_and_a_held_key_repeats_only_moves() {
        let mut release = press(K::Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(BROWSE, release), None);
        let held = |code| KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Repeat);
        assert_eq!(action_for(BROWSE, held(K::Down)), Some(A::MoveDown));
        assert_eq!(action_for(BROWSE, held(K::PageDown)), Some(A::PageDown));
        for toggle in [
            K::Char('?'),
            K::Char('l'),
            K::Tab,
            K::Char(' '),
            K::F(1),
            K::Enter,
        ] {
            assert_eq!(action_for(BROWSE, held(toggle)), None, "{toggle:?}");
        }
    }

    #[test]
    fn footer_and_help_come_from_the_table() {
        let footer = footer_hints(BROWSE, GlyphMode::Unicode);
        let down = footer
            .iter()
            .find(|h| h.label == "action-down")
            .expect("down hint");
        assert_eq!(down.keys, vec!["↓"]);
        let help = help_sections(BROWSE, GlyphMode::Unicode);
        let with_sizes = help_sections(
            Mode {
                text_sizes: true,
                ..BROWSE
            },
            GlyphMode::Unicode,
        );
        let (_, browse) = help
            .iter()
            .find(|(s, _)| *s == Scope::Browse)
            .expect("browse");
        let down = browse
            .iter()
            .find(|h| h.label == "action-down")
            .expect("down");
        assert_eq!(down.keys, vec!["↓", "J"]);
        let count: usize = with_sizes
            .iter()
            .map(|(_, h)| h.iter().map(|h| h.keys.len()).sum::<usize>())
            .sum();
        assert_eq!(count, BINDINGS.len(), "every binding appears in help once");
        // Larger text only where the session can give it.
        let sizes = |help: &[(Scope, Vec<Hint>)]| {
            help.iter()
                .flat_map(|(_, h)| h)
                .filter(|h| h.action == A::ToggleTextSize)
                .count()
        };
        assert_eq!((sizes(&help), sizes(&with_sizes)), (0, 3));
    }

    #[test]
    fn nothing_quits_a_kiosk_and_nothing_offers_to() {
        let keys = [
            (K::Char('q'), KeyModifiers::NONE),
            (K::Char('c'), KeyModifiers::CONTROL),
            (K::Char('d'), KeyModifiers::CONTROL),
            (K::Char('z'), KeyModifiers::CONTROL),
            (K::Char('\\'), KeyModifiers::CONTROL),
            (K::F(4), KeyModifiers::ALT),
            (K::Esc, KeyModifiers::NONE),
        ];
        for mode in all_modes().into_iter().filter(|m| m.kiosk) {
            for (code, modifiers) in keys {
                let action = action_for(mode, KeyEvent::new(code, modifiers));
                assert_ne!(action, Some(A::Quit), "{code:?} in {mode:?}");
            }
            for hint in footer_hints(mode, GlyphMode::Unicode) {
                assert_ne!(hint.action, A::Quit, "footer in {mode:?}");
            }
            for (_, hints) in help_sections(mode, GlyphMode::Unicode) {
                assert!(
                    hints.iter().all(|h| h.action != A::Quit),
                    "help in {mode:?}"
                );
            }
        }
        // Outside kiosk mode the same table does offer a way out.
        assert!(
            footer_hints(BROWSE, GlyphMode::Unicode)
                .iter()
                .any(|h| h.action == A::Quit)
        );
    }

    #[test]
    fn basic_glyphs_name_arrows_in_words() {
        assert_eq!(key_name(K::Down, NONE, GlyphMode::Basic), "Down");
        assert_eq!(key_name(K::Down, NONE, GlyphMode::Unicode), "↓");
        assert_eq!(key_name(K::Char('c'), CTRL, GlyphMode::Basic), "Ctrl-C");
    }
}
