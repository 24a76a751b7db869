//! The screen's furniture as text and places: header, footer buttons, help and the
//! language list.

use ratatui::layout::Rect;

use super::list::wrap_tone;
use crate::action::{Action, Focus, Overlay, TextSize, View};
use crate::app::App;
use crate::content::{StyledLine, Tone};
use crate::glyphs::GlyphMode;
use crate::i18n::Arg;
use crate::keymap;
use crate::layout;

/// The header: the title (dropped when there is no room), a tab per view, and buttons:
/// the language, larger text (where the kiosk offers it) and high contrast.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub title: Option<(Rect, String)>,
    pub tabs: Vec<Tab>,
    pub buttons: Vec<Button>,
}

/// A button of the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub area: Rect,
    pub label: String,
    pub action: Action,
    /// What it switches is on (high contrast, larger text).
    pub on: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tab {
    pub area: Rect,
    pub label: String,
    pub view: View,
    pub active: bool,
}

/// A key hint in the footer, which is also a button for its action.
#[derive(Debug, Clone, PartialEq)]
pub struct FooterItem {
    pub area: Rect,
    pub keys: String,
    pub label: String,
    pub action: Action,
}

/// The footer: a banner alone (a notice for whoever started the program, or the attract
/// tour's invitation), or the search prompt and the key hints that fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Footer {
    pub area: Rect,
    pub banner: Option<String>,
    pub prompt: Option<(String, Rect)>,
    pub items: Vec<FooterItem>,
}

/// The help overlay: every key binding, generated from the key table.
#[derive(Debug, Clone, PartialEq)]
pub struct Help {
    /// The box, border included.
    pub area: Rect,
    pub title: String,
    pub lines: Vec<StyledLine>,
    /// The first line shown, never further than the last page.
    pub scroll: usize,
    pub max_scroll: usize,
}

/// The language list: each usable language by its own name, in a box under the
/// language's name in the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Languages {
    pub area: Rect,
    pub title: String,
    /// The rows that fit: each language's code, its own name, and its row.
    pub rows: Vec<(&'static str, String, Rect)>,
    pub highlighted: usize,
}

/// The header in `area`, one row.
pub fn header(app: &App, area: Rect) -> Header {
    let title = app.tr("app-title");
    let labels: Vec<String> = View::ALL.iter().map(|v| app.tr(v.message_id())).collect();
    let unicode = app.glyphs() == GlyphMode::Unicode;
    let mut buttons = vec![(app.tr("language-name"), Action::OpenLanguages, false)];
    if let Some(size) = app.text_size() {
        let large = size == TextSize::Large;
        let label = if large { "A−" } else { "A+" };
        buttons.push((label.to_string(), Action::ToggleTextSize, large));
    }
    // A half-black circle, the usual sign for contrast; the console has no such
    // character, and shows the key.
    let contrast = if unicode { "◐" } else { "C" };
    if app.colour() {
        buttons.push((contrast.to_string(), Action::ToggleContrast, app.contrast()));
    }
    let names: Vec<String> = buttons.iter().map(|(label, ..)| label.clone()).collect();
    let places = layout::header(area, &title, &labels, &names);
    Header {
        title: places.title.map(|r| (r, title)),
        tabs: places
            .tabs
            .into_iter()
            .zip(labels)
            .zip(View::ALL)
            .map(|((area, label), view)| Tab {
                area,
                label,
                view,
                active: view == app.view(),
            })
            .collect(),
        buttons: places
            .buttons
            .into_iter()
            .zip(buttons)
            .filter_map(|(area, (label, action, on))| {
                Some(Button {
                    area: area?,
                    label,
                    action,
                    on,
                })
            })
            .collect(),
    }
}

/// The languages' bar: every language the screen can show, by its own name, as a target;
/// with its key (the digit) where the row is wide enough.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bar {
    pub targets: Vec<LanguageTarget>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LanguageTarget {
    /// The target, frame included where it has one (three rows high).
    pub area: Rect,
    pub code: &'static str,
    /// The digit that chooses it, where there is room for it.
    pub key: Option<String>,
    pub name: String,
    pub active: bool,
}

/// Cells between two targets of the bar.
const BAR_GAP: u16 = 1;

/// The languages' bar in `area` (empty when the area is): centred, with the digits if
/// they fit, else the names alone, else as many as fit.
pub fn bar(app: &App, area: Rect) -> Bar {
    if area.is_empty() {
        return Bar::default();
    }
    let codes = app.i18n().usable(app.glyphs());
    let keys: Vec<Option<String>> = codes
        .iter()
        .map(|code| keymap::language_key(code, app.glyphs()))
        .collect();
    let names: Vec<String> = codes
        .iter()
        .map(|code| app.i18n().tr(code, "language-name"))
        .collect();
    // A frame on three rows, else a cell of padding at each side.
    let pad = 2;
    let width_of = |with_keys: bool| {
        names
            .iter()
            .zip(&keys)
            .map(|(name, key)| {
                let key = key.as_ref().filter(|_| with_keys);
                layout::cells(name) + key.map_or(0, |k| layout::cells(k) + 1) + pad
            })
            .collect::<Vec<u16>>()
    };
    let total = |widths: &[u16]| {
        widths.iter().sum::<u16>() + BAR_GAP * u16::try_from(widths.len()).unwrap_or(0)
    };
    let with_keys = total(&width_of(true)) <= area.width;
    let widths = width_of(with_keys);
    let mut x = area.x + area.width.saturating_sub(total(&widths)) / 2;
    let mut targets = Vec::new();
    for (((code, name), key), width) in codes.into_iter().zip(names).zip(keys).zip(widths) {
        if x + width > area.right() {
            break;
        }
        targets.push(LanguageTarget {
            area: Rect::new(x, area.y, width, area.height),
            code,
            key: key.filter(|_| with_keys),
            name,
            active: code == app.lang(),
        });
        x += width + BAR_GAP;
    }
    Bar { targets }
}

/// The help overlay's box on a screen of `screen`: centred, at most 64 columns wide.
fn help_area(screen: Rect) -> Rect {
    let width = screen.width.min(64);
    let height = screen.height.saturating_sub(2).max(screen.height.min(3));
    Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    }
}

/// The help overlay on a screen of `screen`, scrolled by `scroll` lines at most.
pub fn help(app: &App, screen: Rect, scroll: usize) -> Help {
    let area = help_area(screen);
    let inner = layout::inner(area);
    let lines = help_lines(app, usize::from(inner.width));
    let max_scroll = lines.len().saturating_sub(usize::from(inner.height));
    Help {
        area,
        title: app.tr("pane-help"),
        lines,
        scroll: scroll.min(max_scroll),
        max_scroll,
    }
}

/// The help text at `width`, generated from the key table.
fn help_lines(app: &App, width: usize) -> Vec<StyledLine> {
    let key_width = 16.min(width / 3);
    let mut lines = Vec::new();
    for (scope, hints) in keymap::help_sections(app.mode(), app.glyphs()) {
        if !lines.is_empty() {
            lines.push(StyledLine::default());
        }
        lines.extend(wrap_tone(&app.tr(scope.message_id()), width, Tone::Heading));
        for hint in hints.iter().filter(|h| h.usable(app.i18n(), app.glyphs())) {
            let keys = hint.keys.join(" ");
            let label = hint.label_in(app.i18n(), app.lang());
            let pad = key_width.saturating_sub(layout::cells(&keys).into());
            let text = format!("{keys}{} {label}", " ".repeat(pad));
            for (n, line) in wrap_tone(&text, width, Tone::Body).into_iter().enumerate() {
                let text = line.text();
                if n == 0 && text.starts_with(&keys) {
                    let rest = text[keys.len()..].to_string();
                    lines.push(StyledLine(vec![
                        (Tone::Label, keys.clone()),
                        (Tone::Body, rest),
                    ]));
                } else {
                    lines.push(line);
                }
            }
        }
        if scope == keymap::Scope::Filter {
            lines.extend(wrap_tone(
                &format!("{:key_width$} {}", "a–z", app.tr("action-filter-type")),
                width,
                Tone::Body,
            ));
        }
    }
    lines.push(StyledLine::default());
    lines.extend(wrap_tone(&app.tr("help-mouse"), width, Tone::Muted));
    lines.push(StyledLine::default());
    lines.extend(wrap_tone(&app.tr("help-credit-map"), width, Tone::Muted));
    lines
}

/// The language list on a screen of `screen`, row `highlighted` highlighted: a box in the
/// top right corner under the language name. Rows are as wide as the box, so each is an
/// easy target for a finger.
pub fn languages(app: &App, screen: Rect, highlighted: usize) -> Languages {
    let codes = app.i18n().usable(app.glyphs());
    let names: Vec<String> = codes
        .iter()
        .map(|code| app.i18n().tr(code, "language-name"))
        .collect();
    let widest = names.iter().map(|n| layout::cells(n)).max().unwrap_or(0);
    let width = (widest + 6).max(16).min(screen.width);
    let height =
        (u16::try_from(names.len()).unwrap_or(u16::MAX) + 2).min(screen.height.saturating_sub(1));
    let area = Rect {
        x: screen.right().saturating_sub(width),
        y: screen.y + 1.min(screen.height.saturating_sub(height)),
        width,
        height,
    };
    let rows = codes
        .into_iter()
        .zip(names)
        .zip(layout::inner(area).rows())
        .map(|((code, name), row)| (code, name, row))
        .collect();
    Languages {
        area,
        title: app.tr("pane-language"),
        rows,
        highlighted,
    }
}

/// The search prompt at the footer's left while a search is typed or kept.
fn prompt(app: &App, area: Rect) -> Option<(String, Rect)> {
    let typing = app.focus() == Focus::Search;
    if !typing && app.filter().is_empty() {
        return None;
    }
    let cursor = if typing { "▏" } else { "" };
    let text = format!(" {}: {}{cursor} ", app.tr("filter-prompt"), app.filter());
    let width = layout::cells(&text).min(area.width);
    Some((text, Rect { width, ..area }))
}

/// The footer in `area`, one row: a banner, or the search prompt and the hints that fit,
/// help and (outside kiosk mode) quit first, then the others in table order while whole
/// hints fit.
pub fn footer(app: &App, area: Rect) -> Footer {
    let banner = match (app.notice(), app.touring()) {
        (Some(notice), _) => Some(notice.to_owned()),
        (None, true) => Some(app.i18n().tr(app.tour_prompt_lang(), "tour-hint")),
        (None, false) => None,
    };
    if banner.is_some() {
        return Footer {
            area,
            banner,
            prompt: None,
            items: Vec::new(),
        };
    }
    let prompt = prompt(app, area);
    let start = prompt.as_ref().map_or(0, |(_, r)| r.width);
    let hints = keymap::footer_hints(app.mode(), app.glyphs());
    // Help, quit and the language first: someone who cannot read the language on screen
    // must find the way to their own in every view, at every size.
    let essential =
        |a: Action| matches!(a, Action::ToggleHelp | Action::Quit | Action::NextLanguage);
    let order = (0..hints.len())
        .filter(|&i| essential(hints[i].action))
        .chain((0..hints.len()).filter(|&i| !essential(hints[i].action)));
    let mut used = start;
    let mut shown = vec![None; hints.len()];
    for i in order {
        let keys = hints[i].keys.join("/");
        let label = hints[i].label_in(app.i18n(), app.lang());
        let width = layout::cells(&keys)
            .saturating_add(layout::cells(&label))
            .saturating_add(3);
        if used.saturating_add(width) > area.width {
            // Later hints matter less; skipping to a shorter one would reorder them.
            break;
        }
        used += width;
        shown[i] = Some((keys, label, width));
    }
    let mut x = area.x + start;
    let mut items = Vec::new();
    for (hint, slot) in hints.iter().zip(shown) {
        if let Some((keys, label, width)) = slot {
            items.push(FooterItem {
                area: Rect::new(x, area.y, width, 1),
                keys,
                label,
                action: hint.action,
            });
            x += width;
        }
    }
    Footer {
        area,
        banner: None,
        prompt,
        items,
    }
}

/// The overlay open in `app`, planned on a screen of `screen`.
/// The idle warning: a box in the middle of the screen, over everything.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub area: Rect,
    pub title: String,
    pub lines: Vec<String>,
}

/// The idle warning in `screen`, while it is on.
pub fn warning(app: &App, screen: Rect) -> Option<Warning> {
    let left = app.warning()?;
    let text = app.i18n().tr_args(
        app.lang(),
        "idle-warning",
        &[("seconds", Arg::Num(left.into()))],
    );
    let width = screen.width.saturating_sub(4).min(60);
    // Inside the border, a cell of padding at each side.
    let inner = usize::from(width.saturating_sub(4)).max(1);
    let lines: Vec<String> = crate::content::wrap(&text, inner, "", "", Tone::Body)
        .iter()
        .map(|l| l.text())
        .collect();
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(screen.height);
    let area = Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    );
    Some(Warning {
        area,
        title: app.tr("idle-warning-title"),
        lines,
    })
}

pub fn overlay(app: &App, screen: Rect) -> (Option<Help>, Option<Languages>) {
    match app.overlay() {
        Overlay::Help { scroll } => (Some(help(app, screen, scroll)), None),
        Overlay::Languages { row } => (None, Some(languages(app, screen, row))),
        Overlay::None => (None, None),
    }
}
