//! The screen's furniture as text and places: header, footer buttons, help and the
//! language list.

use ratatui::layout::Rect;

use super::list::wrap_tone;
use crate::action::{Action, Focus, Overlay, View};
use crate::app::App;
use crate::content::{StyledLine, Tone};
use crate::i18n::Arg;
use crate::keymap;
use crate::layout;

/// The header: the title (dropped when there is no room), a tab per view, the language.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub title: Option<(Rect, String)>,
    pub tabs: Vec<Tab>,
    pub language: Option<(Rect, String)>,
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
    let language = app.tr("language-name");
    let places = layout::header(area, &title, &labels, &language);
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
        language: places.language.map(|r| (r, language)),
    }
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
    let inner = usize::from(width.saturating_sub(2)).max(1);
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
