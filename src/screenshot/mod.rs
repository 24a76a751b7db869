//! Pictures of the screen without a terminal: the app is driven through `update` and drawn
//! by [`ui::draw`], the code the live screen uses, into a buffer that is then written as
//! SVG or plain text.

mod svg;

use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::action::{Action, View};
use crate::app::{App, Entry, Settings, Target};
use crate::data::Dataset;
use crate::data::chars::{self, escape};
use crate::i18n::{Arg, I18n};
use crate::map::Zoom;
use crate::plan::Plan;
use crate::ui::{self, Theme};

pub use svg::{Palette, svg};

/// What a screenshot shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Scene {
    Cities,
    Timeline,
    Map,
    /// The key help, over the town list.
    Help,
}

/// The kind of file to write, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Text,
}

impl Format {
    /// `.svg` or `.txt` (in any case); `None` for anything else.
    pub fn for_path(path: &Path) -> Option<Format> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Some(Format::Svg),
            Some("txt") => Some(Format::Text),
            _ => None,
        }
    }
}

/// Why a town cannot be shown as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShotError {
    /// No town has this id; `ids` are those there are.
    NoTown { id: String, ids: Vec<String> },
    /// The home town has no events of its own in the timeline.
    HomeInTimeline { id: String },
    /// The map selects partners, not the home town.
    HomeOnMap { id: String },
    /// The partner has no events to select in the timeline.
    NoEvents { id: String },
    /// The town is there but the view would not select it.
    NotSelectable { id: String },
}

impl ShotError {
    /// The mistake in `lang`.
    pub fn describe(&self, i18n: &I18n, lang: &str) -> String {
        let (id, message) = match self {
            ShotError::NoTown { id, ids } => {
                let ids: Vec<String> = ids.iter().map(|i| escape(i).into_owned()).collect();
                return i18n.tr_args(
                    lang,
                    "shot-no-town",
                    &[
                        ("id", Arg::Text(&escape(id))),
                        (
                            "ids",
                            Arg::Text(&ids.join(&i18n.tr(lang, "list-separator"))),
                        ),
                    ],
                );
            }
            ShotError::HomeInTimeline { id } => (id, "shot-home-timeline"),
            ShotError::HomeOnMap { id } => (id, "shot-home-map"),
            ShotError::NoEvents { id } => (id, "shot-no-events"),
            ShotError::NotSelectable { id } => (id, "shot-not-selectable"),
        };
        i18n.tr_args(lang, message, &[("id", Arg::Text(&escape(id)))])
    }
}

/// One screenshot: the app started with `settings`, brought to `scene`, on a screen of
/// `area`.
#[derive(Debug, Clone)]
pub struct Shot<'a> {
    pub settings: Settings,
    pub area: Rect,
    pub scene: Scene,
    pub select: Option<&'a str>,
    pub zoom: Option<Zoom>,
}

/// The frame of `shot`, drawn with `theme`. The language falls back to English where its
/// script cannot be drawn with the shot's glyphs, as on the live screen.
pub fn take(data: Dataset, i18n: I18n, shot: &Shot, theme: &Theme) -> Result<Buffer, ShotError> {
    let (lang, notice) = i18n.shown(shot.settings.lang, shot.settings.glyphs);
    let settings = Settings {
        lang,
        colour: shot.settings.colour && *theme != Theme::mono(),
        notice,
        ..shot.settings.clone()
    };
    let mut app = App::new(data, i18n, settings, std::time::Instant::now());
    stage(&mut app, shot.scene, shot.select, shot.zoom)?;
    Ok(render(&app, shot.area, theme))
}

/// Brings `app` to `scene` as a visitor would: the view, then the town `select` (a partner
/// id, or the home town's; in the timeline, that partner's first event), then the map zoom.
pub fn stage(
    app: &mut App,
    scene: Scene,
    select: Option<&str>,
    zoom: Option<Zoom>,
) -> Result<(), ShotError> {
    let view = match scene {
        Scene::Cities | Scene::Help => View::Cities,
        Scene::Timeline => View::Timeline,
        Scene::Map => View::Map,
    };
    app.update(Action::ShowView(view));
    if let Some(id) = select {
        let wanted = target(app, id)?;
        app.update(Action::First);
        // Down through the list until the wanted row is selected; every row is visible
        // (there is no filter), so this ends within the list's length.
        let rows = app.data().partners.len() + app.data().events.len() + 1;
        for _ in 0..rows {
            if app.selected() == Some(wanted) {
                break;
            }
            app.update(Action::MoveDown);
        }
        if app.selected() != Some(wanted) {
            return Err(ShotError::NotSelectable { id: id.to_string() });
        }
    }
    match zoom {
        Some(Zoom::Region) => app.update(Action::ZoomIn),
        Some(Zoom::World) => app.update(Action::ZoomOut),
        // Stepping down the map's list may have passed a partner outside the region and
        // zoomed out; open the map again, as a visitor would, at the zoom that shows the
        // town selected.
        None if scene == Scene::Map => {
            app.update(Action::ShowView(View::Cities));
            app.update(Action::ShowView(View::Map));
        }
        None => {}
    }
    if scene == Scene::Help {
        app.update(Action::ToggleHelp);
    }
    Ok(())
}

/// The row `id` names in the app's current view.
fn target(app: &App, id: &str) -> Result<Target, ShotError> {
    let id_owned = || id.to_string();
    let entry = if id == app.data().home.id {
        Entry::Overview
    } else {
        let index = app.data().partners.iter().position(|p| p.id == id);
        Entry::Partner(index.ok_or_else(|| {
            ShotError::NoTown {
                id: id_owned(),
                ids: std::iter::once(app.data().home.id.clone())
                    .chain(app.data().partners.iter().map(|p| p.id.clone()))
                    .collect(),
            }
        })?)
    };
    match (app.view(), entry) {
        (View::Timeline, Entry::Partner(p)) => (0..app.data().events.len())
            .find(|&e| app.data().partner_of(e) == p)
            .map(Target::Event)
            .ok_or_else(|| ShotError::NoEvents { id: id_owned() }),
        (View::Timeline, Entry::Overview) => Err(ShotError::HomeInTimeline { id: id_owned() }),
        (View::Map, Entry::Overview) => Err(ShotError::HomeOnMap { id: id_owned() }),
        (_, entry) => Ok(Target::City(entry)),
    }
}

/// The frame the live screen would show for `app` on a screen of `area`.
pub fn render(app: &App, area: Rect, theme: &Theme) -> Buffer {
    let mut buffer = Buffer::empty(area);
    ui::render(app, &Plan::new(app, area), theme, &mut buffer);
    buffer
}

/// The buffer as lines of text, trailing spaces trimmed; a wide character's second cell
/// is not repeated.
pub fn text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width);
    let mut out = String::new();
    if width == 0 {
        return out;
    }
    for row in buffer.content.chunks(width) {
        let mut line = String::new();
        let mut hidden = 0;
        for cell in row {
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let symbol = cell.symbol();
            line.push_str(&chars::sanitize(symbol, &[]));
            hidden = symbol.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The file's contents for `format`.
pub fn encode(buffer: &Buffer, format: Format, palette: &Palette) -> String {
    match format {
        Format::Svg => svg(buffer, palette),
        Format::Text => text(buffer),
    }
}
