//! What the state says, in words for the ear: the item selected, the overlay or view that
//! opened, the details paragraph by paragraph, the search, the welcome. Pure functions of
//! the app: no engine, no clock.

use crate::action::{Entry, Focus, Overlay, Target, View};
use crate::app::App;
use crate::i18n::{Arg, LANGUAGES};
use crate::keymap::{self, Hint};

use super::{Part, text};

/// Where the visitor is, as far as what opened: a change of it is announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scene {
    lang: &'static str,
    view: View,
    /// 0: none, 1: help, 2: the language list.
    overlay: u8,
    focus: Focus,
}

impl Scene {
    pub fn of(app: &App) -> Scene {
        Scene {
            lang: app.lang(),
            view: app.view(),
            overlay: match app.overlay() {
                Overlay::None => 0,
                Overlay::Help { .. } => 1,
                Overlay::Languages { .. } => 2,
            },
            focus: app.focus(),
        }
    }
}

/// `text` in the app's language, as parts.
fn say(app: &App, text: &str) -> Vec<Part> {
    text::parts(app.lang(), text)
}

/// The key a language is chosen with: its place in the language list.
pub fn language_key(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|l| l.code == code).map(|i| i + 1)
}

/// The welcome when speech starts: in each language the screen can show, in its own voice,
/// the key that chooses it; then, in the language on screen, the keys for listening.
pub fn welcome(app: &App) -> Vec<Part> {
    let i18n = app.i18n();
    let mut parts = Vec::new();
    for code in i18n.usable(app.glyphs()) {
        let Some(key) = language_key(code) else {
            continue;
        };
        let line = i18n.tr_args(
            code,
            "speech-welcome",
            &[("key", Arg::Num(i64::try_from(key).unwrap_or(0)))],
        );
        parts.extend(text::parts(code, &line));
    }
    parts.extend(say(app, &app.tr("speech-keys")));
    // A notice on screen (a language the terminal cannot draw, say) is heard too.
    if let Some(notice) = app.notice() {
        parts.extend(say(app, notice));
    }
    parts
}

/// What opened, when `before` was the scene last said: a view, the details, the search,
/// the help or the language list. Nothing when only the item changed.
pub fn opened(app: &App, before: Scene) -> Vec<Part> {
    let now = Scene::of(app);
    let id = if now.overlay != before.overlay {
        match app.overlay() {
            Overlay::Help { .. } => Some("pane-help"),
            Overlay::Languages { .. } => Some("pane-language"),
            Overlay::None => None,
        }
    } else if now.view != before.view {
        let mut parts = say(app, &app.tr(app.view().message_id()));
        if app.view() == View::Timeline {
            parts.extend(chart(app));
        }
        return parts;
    } else if now.focus != before.focus {
        match app.focus() {
            Focus::Detail => Some("pane-detail"),
            Focus::Search => Some("filter-prompt"),
            Focus::List => None,
        }
    } else if now.lang != before.lang {
        Some("language-name")
    } else {
        None
    };
    id.map_or_else(Vec::new, |id| say(app, &app.tr(id)))
}

/// The timeline's chart in words: its title, then each partner's relation with its years,
/// as the overview lists them.
fn chart(app: &App) -> Vec<Part> {
    let ctx = for_the_ear(app);
    let mut parts = say(app, &app.tr("pane-chart"));
    for p in &app.data().partners {
        parts.extend(say(app, &ctx.partner_line(p)));
    }
    parts
}

/// The documents' context, for the ear (see `Context::spoken`).
fn for_the_ear(app: &App) -> crate::content::Context<'_> {
    crate::content::Context {
        spoken: true,
        ..app.context()
    }
}

/// What is before the visitor now: the language row, the help from the row shown at the
/// top, the search and how many match, the details from the paragraph being read, or the
/// item selected.
pub fn item(app: &App) -> Vec<Part> {
    // The idle warning, said once as it appears (with the whole time it gives, not each
    // second of the countdown).
    if app.warning().is_some() {
        let warning = app.i18n().tr_args(
            app.lang(),
            "idle-warning",
            &[("seconds", Arg::Num(crate::idle::WARNING_SECS.into()))],
        );
        let mut parts = say(app, &app.tr("idle-warning-title"));
        parts.extend(say(app, &warning));
        return parts;
    }
    match app.overlay() {
        Overlay::Languages { row } => {
            let usable = app.i18n().usable(app.glyphs());
            return usable.get(row).map_or_else(Vec::new, |code| {
                text::parts(code, &app.i18n().tr(code, "language-name"))
            });
        }
        Overlay::Help { scroll } => {
            let rows = help(app);
            let from = scroll.min(rows.len().saturating_sub(1));
            return rows.into_iter().skip(from).flatten().collect();
        }
        Overlay::None => {}
    }
    match app.focus() {
        // Nothing typed yet: "Search" (what opened) says enough.
        Focus::Search if app.filter().is_empty() => Vec::new(),
        Focus::Search => {
            let count = i64::try_from(app.row_count()).unwrap_or(i64::MAX);
            say(
                app,
                &app.i18n().tr_args(
                    app.lang(),
                    "speech-search",
                    &[
                        ("text", Arg::Text(app.filter())),
                        ("count", Arg::Num(count)),
                    ],
                ),
            )
        }
        Focus::Detail => {
            let blocks = app
                .detail_document(true)
                .map_or_else(Vec::new, |d| d.blocks());
            let from = app.speech().paragraph.min(blocks.len().saturating_sub(1));
            blocks.iter().skip(from).flat_map(|b| say(app, b)).collect()
        }
        Focus::List => selected(app),
    }
}

/// The selected row in words; when the list is empty, why.
fn selected(app: &App) -> Vec<Part> {
    let ctx = for_the_ear(app);
    let data = app.data();
    let lang = app.lang();
    let text = match app.selected() {
        None if app.filter().is_empty() => app.tr("timeline-empty"),
        None => app
            .i18n()
            .tr_args(lang, "filter-empty", &[("query", Arg::Text(app.filter()))]),
        Some(Target::City(Entry::Overview)) => app.tr("overview-entry"),
        Some(Target::City(Entry::Partner(i))) => {
            let p = &data.partners[i];
            if app.view() == View::Map {
                app.i18n().tr_args(
                    lang,
                    "speech-map-town",
                    &[
                        ("name", Arg::Text(p.name_in(lang))),
                        ("distance", Arg::Text(&ctx.distance(p.coordinates))),
                    ],
                )
            } else {
                ctx.partner_line(p)
            }
        }
        Some(Target::Event(e)) => ctx.event_line(e, true),
    };
    say(app, &text)
}

/// The help as rows to be heard: each section's heading, then each key and what it does,
/// the keys in words.
fn help(app: &App) -> Vec<Vec<Part>> {
    let mut rows = Vec::new();
    for (scope, hints) in keymap::help_sections(app.mode(), app.glyphs()) {
        rows.push(say(app, &app.tr(scope.message_id())));
        for hint in hints.iter().filter(|h| h.usable(app.i18n(), app.glyphs())) {
            rows.push(help_row(app, hint));
        }
    }
    rows
}

fn help_row(app: &App, hint: &Hint) -> Vec<Part> {
    let keys: Vec<String> = hint
        .bindings
        .iter()
        .map(|(code, modifiers)| keymap::spoken_key(app.i18n(), app.lang(), *code, *modifiers))
        .collect();
    let label = hint.label_in(app.i18n(), app.lang());
    let mut parts = say(
        app,
        &format!(
            "{}{}",
            keys.join(&app.tr("list-separator")),
            app.tr("label-separator")
        ),
    );
    // A language's own key says its name in its own voice.
    let label_lang = match hint.action {
        crate::action::Action::SetLanguage(code) => code,
        _ => app.lang(),
    };
    parts.extend(text::parts(label_lang, &label));
    parts
}
