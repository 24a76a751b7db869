//! The map view's marks: where the home town and each partner fall on the map pane and
//! where their labels go, and which partner a click lands on.

use ratatui::layout::{Position, Rect};

use crate::app::{App, Entry, Target};
use crate::layout::{self, Screen};
use crate::map::{self, Bounds};

/// A town drawn on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapMark {
    /// `None` for the home town.
    pub partner: Option<usize>,
    pub cell: (u16, u16),
    pub label: String,
    /// Where the label goes; `None` when it fits nowhere without covering another.
    pub label_area: Option<Rect>,
}

/// The inside of the map pane, in the map view.
pub fn area(app: &App) -> Option<Rect> {
    match super::screen(app) {
        Screen::Normal(panes) => Some(layout::inner(panes.list)),
        Screen::TooSmall(_) => None,
    }
}

/// The window shown, fitted to the pane.
pub fn bounds(app: &App) -> Option<Bounds> {
    let area = area(app)?;
    Some(app.map_window(app.map_zoom()).fit(area))
}

/// The towns in view with their labels; the selected partner's and the home town's
/// labels are placed first, so they are the last to be dropped when space is short.
pub fn marks(app: &App) -> Vec<MapMark> {
    let (Some(area), Some(bounds)) = (area(app), bounds(app)) else {
        return Vec::new();
    };
    let selected = match app.selected() {
        Some(Target::City(Entry::Partner(i))) => Some(i),
        _ => None,
    };
    let mut towns: Vec<Option<usize>> = vec![None];
    towns.extend(app.visible_partners().filter_map(|e| match e {
        Entry::Partner(i) => Some(Some(i)),
        Entry::Overview => None,
    }));
    towns.sort_by_key(|t| (*t != selected || t.is_none(), t.is_some()));
    let mut marks: Vec<MapMark> = towns
        .into_iter()
        .filter_map(|town| {
            let (name, at) = match town {
                None => (
                    app.data().home.name_in(app.lang()),
                    app.data().home.coordinates,
                ),
                Some(i) => (
                    app.data().partners[i].name_in(app.lang()),
                    app.data().partners[i].coordinates,
                ),
            };
            Some(MapMark {
                partner: town,
                cell: bounds.cell(area, at)?,
                label: name.to_string(),
                label_area: None,
            })
        })
        .collect();
    let anchors: Vec<(u16, u16)> = marks.iter().map(|m| m.cell).collect();
    let widths: Vec<u16> = marks.iter().map(|m| layout::cells(&m.label)).collect();
    for (mark, spot) in marks
        .iter_mut()
        .zip(map::place_labels(area, &anchors, &widths))
    {
        mark.label_area = spot;
    }
    marks
}

/// The partner whose mark or label is at (or, for the mark, next to) `at`.
pub fn target_at(app: &App, at: Position) -> Option<Target> {
    let marks = marks(app);
    let on_label = marks
        .iter()
        .find(|m| m.label_area.is_some_and(|r| r.contains(at)));
    let near_mark = || {
        marks
            .iter()
            .filter(|m| m.cell.0.abs_diff(at.x) <= 2 && m.cell.1.abs_diff(at.y) <= 1)
            .min_by_key(|m| m.cell.0.abs_diff(at.x) + m.cell.1.abs_diff(at.y))
    };
    let mark = on_label.or_else(near_mark)?;
    mark.partner.map(|i| Target::City(Entry::Partner(i)))
}
