//! The view model: what the screen shows, as plain data computed from `&App` — where each
//! pane goes, the list's rows, the detail's lines, the footer's buttons, the help's lines,
//! the map's marks. Drawing (`ui`) paints it; `App::update` hit-tests clicks against the
//! same data and keeps its scrolls and list window in range with it, so the two never
//! disagree.

pub mod chrome;
pub mod detail;
pub mod list;
pub mod map;

use ratatui::layout::Rect;

use crate::action::View;
use crate::app::App;
use crate::layout::{self, Screen};

/// Where each part of the screen goes, for the app's view and size.
pub fn screen(app: &App) -> Screen {
    match app.view() {
        View::Cities => layout::screen(app.area(), 30, 28, 36),
        View::Timeline => layout::screen(app.area(), 50, 30, 64),
        View::Map => layout::screen(app.area(), 62, 40, 140),
    }
}

/// The inside of the list pane (the map's, in the map view), if the screen has panes.
pub fn list_inner(app: &App) -> Option<Rect> {
    match screen(app) {
        Screen::Normal(panes) => Some(layout::inner(panes.list)),
        Screen::TooSmall(_) => None,
    }
}

/// Lines the list pane shows (0 when the screen is too small for panes).
pub fn list_inner_height(app: &App) -> usize {
    list_inner(app).map_or(0, |r| usize::from(r.height))
}

/// The inside of the detail pane.
pub fn detail_inner(app: &App) -> Option<Rect> {
    detail_panes(app).map(|(_, detail)| layout::inner(detail))
}

/// The detail pane, and in the timeline, where there is room, the partnership chart above
/// it (one row per partner, an axis, borders; the detail keeps 8 rows at least). Narrow
/// (stacked) screens show the list and the event alone.
pub fn detail_panes(app: &App) -> Option<(Option<Rect>, Rect)> {
    let Screen::Normal(panes) = screen(app) else {
        return None;
    };
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
        return Some((Some(chart), rest));
    }
    Some((None, detail))
}
