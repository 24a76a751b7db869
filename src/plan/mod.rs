//! The plan of a frame: what the screen shows and where, worked out from the state once
//! per frame, at the frame's own size. Drawing (`ui`) paints it, and a click or a turn of
//! the wheel is tested against it ([`Plan::click`], [`Plan::wheel`]), so a tap acts on what
//! the frame drew under the finger. What it measured (the list's first row, the pages, how
//! far the panes scroll) goes back to the app as [`Msg::Drawn`](crate::action::Msg::Drawn).

pub mod chrome;
pub mod detail;
pub mod list;
pub mod map;

use ratatui::layout::{Position, Rect};

use crate::action::{Action, Extents, View};
use crate::app::App;
use crate::layout::{self, Panes, Screen};

/// Lines the wheel scrolls at a time.
const WHEEL_LINES: isize = 3;

/// What one frame shows, and where.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The whole screen.
    pub area: Rect,
    /// Everything a screen large enough for panes shows; `None` on a screen too small,
    /// which asks for a larger one.
    pub parts: Option<Parts>,
    pub extents: Extents,
}

/// The parts of a screen large enough for panes.
#[derive(Debug, Clone)]
pub struct Parts {
    pub panes: Panes,
    pub header: chrome::Header,
    /// The languages' bar, on the start screen and during the tour.
    pub bar: chrome::Bar,
    /// The list pane; in the map view it holds the map instead of rows.
    pub list: list::ListPane,
    pub map: Option<map::MapView>,
    /// In the timeline, where there is room: the partnership chart above the event.
    pub chart: Option<Rect>,
    pub detail: detail::DetailPane,
    pub footer: chrome::Footer,
    pub help: Option<chrome::Help>,
    pub languages: Option<chrome::Languages>,
    /// The idle warning, over everything.
    pub warning: Option<chrome::Warning>,
}

impl Plan {
    /// The frame `app` shows on a screen of `area`.
    pub fn new(app: &App, area: Rect) -> Plan {
        let bar = app.at_start() || app.touring();
        let Screen::Normal(panes) = screen(app.view(), area, bar) else {
            return Plan {
                area,
                parts: None,
                extents: Extents {
                    list_top: app.list_top(),
                    ..Extents::default()
                },
            };
        };
        let list = list::pane(app, panes.list);
        let map = (app.view() == View::Map).then(|| map::view(app, layout::inner(panes.list)));
        let (chart, detail_area) = detail_panes(app, &panes);
        let detail = detail::pane(app, detail_area);
        let (help, languages) = chrome::overlay(app, area);
        let page = |r: Rect| usize::from(layout::inner(r).height.saturating_sub(1));
        let extents = Extents {
            list_top: list.top,
            list_page: page(panes.list),
            detail_page: page(detail.area),
            detail_max: detail.max_scroll,
            help_page: help.as_ref().map_or(0, |h| page(h.area)),
            help_max: help.as_ref().map_or(0, |h| h.max_scroll),
        };
        let parts = Parts {
            header: chrome::header(app, panes.header),
            bar: chrome::bar(app, panes.bar),
            footer: chrome::footer(app, panes.footer),
            panes,
            list,
            map,
            chart,
            detail,
            help,
            languages,
            warning: chrome::warning(app, area),
        };
        Plan {
            area,
            parts: Some(parts),
            extents,
        }
    }

    /// What a click (or a tap) at `at` asks for, on this frame: an overlay takes it first
    /// (a language row chooses it, anything else closes it); then a tab, the language
    /// name, a row of the list or of the map, the detail pane or a footer button.
    pub fn click(&self, at: Position) -> Option<Action> {
        let parts = self.parts.as_ref()?;
        if let Some(languages) = &parts.languages {
            let row = languages.rows.iter().find(|(_, _, r)| r.contains(at));
            return Some(row.map_or(Action::CloseLanguages, |(code, _, _)| {
                Action::SetLanguage(code)
            }));
        }
        if parts.help.is_some() {
            return Some(Action::ToggleHelp);
        }
        let panes = &parts.panes;
        if let Some(target) = parts.bar.targets.iter().find(|t| t.area.contains(at)) {
            return Some(Action::SetLanguage(target.code));
        }
        if panes.header.contains(at) {
            let header = &parts.header;
            if let Some(tab) = header.tabs.iter().find(|t| t.area.contains(at)) {
                return Some(Action::ShowView(tab.view));
            }
            return header
                .buttons
                .iter()
                .find(|b| b.area.contains(at))
                .map(|b| b.action);
        }
        if panes.list.contains(at) {
            let target = match &parts.map {
                Some(map) => map.target_at(at),
                None => parts.list.target_at(at),
            };
            return match target {
                Some(target) => Some(Action::Select(target)),
                None => parts.detail.focused.then_some(Action::FocusList),
            };
        }
        if panes.detail.contains(at) {
            return Some(Action::FocusDetail);
        }
        parts
            .footer
            .items
            .iter()
            .find(|i| i.area.contains(at))
            .map(|i| i.action)
    }

    /// What a turn of the wheel at `at` asks for: the help scrolls while it is open; over
    /// the list the selection moves, over the detail pane the text scrolls.
    pub fn wheel(&self, at: Position, down: bool) -> Option<Action> {
        let parts = self.parts.as_ref()?;
        let delta = if down { 1 } else { -1 };
        if parts.help.is_some() {
            Some(Action::ScrollHelp(delta * WHEEL_LINES))
        } else if parts.panes.list.contains(at) {
            Some(Action::MoveSelection(delta))
        } else if parts.panes.detail.contains(at) {
            Some(Action::ScrollDetail(delta * WHEEL_LINES))
        } else {
            None
        }
    }
}

/// Where each part of the screen goes, for a view on a screen of `area`, with or without
/// the languages' bar.
pub fn screen(view: View, area: Rect, bar: bool) -> Screen {
    match view {
        View::Cities => layout::screen(area, 30, 28, 36, bar),
        View::Timeline => layout::screen(area, 50, 30, 64, bar),
        View::Map => layout::screen(area, 62, 40, 140, bar),
    }
}

/// The detail pane, and in the timeline, where there is room, the partnership chart above
/// it (one row per partner, an axis, borders; the detail keeps 8 rows at least). Narrow
/// (stacked) screens show the list and the event alone.
fn detail_panes(app: &App, panes: &Panes) -> (Option<Rect>, Rect) {
    let detail = panes.detail;
    let rows = u16::try_from(app.data().partners.len()).unwrap_or(u16::MAX);
    let chart_height = rows.saturating_add(3);
    if app.view() == View::Timeline
        && !panes.stacked
        && detail.width >= 30
        && detail.height >= chart_height.saturating_add(8)
    {
        let chart = Rect {
            height: chart_height,
            ..detail
        };
        let rest = Rect {
            y: detail.y + chart_height,
            height: detail.height - chart_height,
            ..detail
        };
        return (Some(chart), rest);
    }
    (None, detail)
}
