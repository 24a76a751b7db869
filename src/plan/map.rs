//! The map view's places: where the home town and each partner fall on the map pane, where
//! their labels go, the distance legend and the scale bar, and which partner a click lands
//! on. Drawing and hit-testing both read them from here.

use ratatui::layout::{Position, Rect};

use crate::action::{Entry, Target};
use crate::app::App;
use crate::atlas::{self, Kind};
use crate::data::Coordinates;
use crate::geo;
use crate::glyphs::GlyphMode;
use crate::i18n::Arg;
use crate::layout;
use crate::map::{self, Bounds, Ink, Zoom};

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

/// The distance from the home town to each partner shown, nearest first, in a corner of
/// the map that holds no town.
#[derive(Debug, Clone, PartialEq)]
pub struct Legend {
    pub area: Rect,
    /// "Distance from Kartuzy" on the first row, when there is room for it.
    pub title: Option<String>,
    pub rows: Vec<LegendRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegendRow {
    pub partner: usize,
    /// The name padded to the legend's name column, then the distance ("617 km").
    pub text: String,
    pub area: Rect,
}

/// A bar `cells` long standing for `label` ("500 km") along the map's middle latitude.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleBar {
    pub area: Rect,
    pub cells: u16,
    pub km: u32,
    pub label: String,
}

/// Everything placed on the map pane.
#[derive(Debug, Clone, PartialEq)]
pub struct MapView {
    pub area: Rect,
    pub bounds: Bounds,
    /// Where coasts and borders are drawn: the window, less Antarctica on the world map
    /// (no partner is there, and the legend can have the empty south).
    pub clip: Bounds,
    /// Natural Earth's 1:50m lines for the region, 1:110m for the world.
    pub atlas: atlas::Scale,
    /// Country borders are drawn (not in half blocks: too coarse for them).
    pub borders: bool,
    /// The great circle from the home town to each partner shown, in runs split at the
    /// antimeridian.
    pub routes: Vec<(usize, Vec<Vec<Coordinates>>)>,
    pub marks: Vec<MapMark>,
    pub legend: Option<Legend>,
    pub scale: Option<ScaleBar>,
}

/// Beyond this many partners shown, only the selected one's route is drawn: hundreds
/// of routes would hide the map, and cost a frame.
const MAX_ROUTES: usize = 50;

/// The world map draws no line south of this latitude.
const ANTARCTIC: f64 = -60.0;

fn selected_partner(app: &App) -> Option<usize> {
    match app.selected() {
        Some(Target::City(Entry::Partner(i))) => Some(i),
        _ => None,
    }
}

fn partners(app: &App) -> Vec<usize> {
    app.visible_partners()
        .filter_map(|e| match e {
            Entry::Partner(i) => Some(i),
            Entry::Overview => None,
        })
        .collect()
}

/// "617 km" in the language shown.
fn km_text(app: &App, km: u32) -> String {
    app.i18n()
        .tr_args(app.lang(), "map-km", &[("km", Arg::Text(&km.to_string()))])
}

fn distance_km(app: &App, partner: usize) -> u32 {
    let data = app.data();
    let km = geo::distance_km(data.home.coordinates, data.partners[partner].coordinates);
    // Under the Earth's half circumference: fits easily.
    km.round() as u32
}

/// The map inside `area` (the map pane's inside): its lines, marks, legend, scale bar and
/// labels, placed in that order: a corner for the legend that holds no town, a bottom
/// corner for the scale bar, then each label where it covers none of them (the selected
/// partner's and the home town's first); the legend and labels where they hide the least
/// of the lines.
pub fn view(app: &App, area: Rect) -> MapView {
    // The window shown, fitted to the pane.
    let bounds = app.map_window(app.map_zoom()).fit(area);
    let selected = selected_partner(app);
    let scale = match app.map_zoom() {
        Zoom::Region => atlas::Scale::Fine,
        Zoom::World => atlas::Scale::Coarse,
    };
    let borders = app.glyphs() == GlyphMode::Unicode;
    let home = app.data().home.coordinates;
    let shown = partners(app);
    let routed: Vec<usize> = if shown.len() <= MAX_ROUTES {
        shown
    } else {
        selected.into_iter().collect()
    };
    let routes: Vec<(usize, Vec<Vec<Coordinates>>)> = routed
        .into_iter()
        .map(|i| {
            (
                i,
                geo::great_circle(home, app.data().partners[i].coordinates),
            )
        })
        .collect();
    let clip = match app.map_zoom() {
        Zoom::Region => bounds,
        Zoom::World => Bounds {
            south: bounds.south.max(ANTARCTIC),
            ..bounds
        },
    };
    // What labels and the legend should not hide: coasts and routes (borders are faint).
    let mut ink = Ink::new(area, bounds);
    for line in atlas::layer(Kind::Coast, scale).lines() {
        if line.bounds.overlaps(clip) {
            ink.add_clipped(line.points(), clip);
        }
    }
    for run in routes.iter().flat_map(|(_, runs)| runs) {
        ink.add(run.iter().map(|c| (c.lon, c.lat)));
    }
    let mut towns: Vec<Option<usize>> = vec![None];
    towns.extend(partners(app).into_iter().map(Some));
    towns.sort_by_key(|t| (*t != selected || t.is_none(), t.is_some()));
    let data = app.data();
    let mut marks: Vec<MapMark> = towns
        .into_iter()
        .filter_map(|town| {
            let (name, at) = match town {
                None => (data.home.name_in(app.lang()), data.home.coordinates),
                Some(i) => (
                    data.partners[i].name_in(app.lang()),
                    data.partners[i].coordinates,
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
    let legend = legend(app, area, &anchors, &ink);
    let mut blocked: Vec<Rect> = legend.iter().map(|l| l.area).collect();
    let scale_bar = scale_bar(app, area, bounds, &anchors, &blocked);
    blocked.extend(scale_bar.iter().map(|s| s.area));
    let widths: Vec<u16> = marks.iter().map(|m| layout::cells(&m.label)).collect();
    let places = map::place_labels(area, &anchors, &widths, &blocked, Some(&ink));
    for (mark, spot) in marks.iter_mut().zip(places) {
        mark.label_area = spot;
    }
    MapView {
        area,
        bounds,
        clip,
        atlas: scale,
        borders,
        routes,
        marks,
        legend,
        scale: scale_bar,
    }
}

fn free_of(r: Rect, anchors: &[(u16, u16)], blocked: &[Rect]) -> bool {
    !anchors
        .iter()
        .any(|&(x, y)| r.contains(Position::new(x, y)))
        && !blocked.iter().any(|b| b.intersects(r))
}

/// The corners of `area` for a `w` x `h` box, in the order they win a tie: bottom left,
/// bottom right, top left, top right.
fn corners(area: Rect, w: u16, h: u16) -> [Rect; 4] {
    let (left, right) = (area.x, area.right().saturating_sub(w));
    let (top, bottom) = (area.y, area.bottom().saturating_sub(h));
    [
        Rect::new(left, bottom, w, h),
        Rect::new(right, bottom, w, h),
        Rect::new(left, top, w, h),
        Rect::new(right, top, w, h),
    ]
}

fn legend(app: &App, area: Rect, anchors: &[(u16, u16)], ink: &Ink) -> Option<Legend> {
    let shown = partners(app);
    // A row each must fit in half the pane: decided before any row is made, so that a
    // list of thousands costs nothing here.
    if shown.is_empty() || shown.len() > usize::from(area.height / 2) {
        return None;
    }
    let mut rows: Vec<(usize, String, String, u32)> = shown
        .into_iter()
        .map(|i| {
            let km = distance_km(app, i);
            (
                i,
                app.data().partners[i].name_in(app.lang()).to_string(),
                km_text(app, km),
                km,
            )
        })
        .collect();
    rows.sort_by_key(|r| r.3);
    let name_w = rows.iter().map(|r| layout::cells(&r.1)).max().unwrap_or(0);
    let km_w = rows.iter().map(|r| layout::cells(&r.2)).max().unwrap_or(0);
    let row_w = name_w + 1 + km_w;
    let title = app.tr("map-legend-title");
    // With its title, then without; a space of margin each side.
    for with_title in [true, false] {
        let w = 2 + if with_title {
            row_w.max(layout::cells(&title))
        } else {
            row_w
        };
        let h = u16::try_from(rows.len()).ok()? + u16::from(with_title);
        if w > area.width / 2 || h > area.height / 2 {
            continue;
        }
        let Some((_, spot)) = corners(area, w, h)
            .into_iter()
            .filter(|r| free_of(*r, anchors, &[]))
            .enumerate()
            .min_by_key(|(n, r)| (ink.under(*r), *n))
        else {
            continue;
        };
        let first_row = spot.y + u16::from(with_title);
        let rows = rows
            .iter()
            .enumerate()
            .map(|(n, (i, name, km, _))| {
                let pad = usize::from(row_w - layout::cells(name) - layout::cells(km));
                LegendRow {
                    partner: *i,
                    text: format!("{name}{}{km}", " ".repeat(pad)),
                    area: Rect::new(spot.x, first_row + n as u16, w, 1),
                }
            })
            .collect();
        return Some(Legend {
            area: spot,
            title: with_title.then(|| title.clone()),
            rows,
        });
    }
    None
}

/// Round lengths a scale bar may stand for, in km.
const NICE_KM: [u32; 13] = [
    10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000,
];

fn scale_bar(
    app: &App,
    area: Rect,
    bounds: Bounds,
    anchors: &[(u16, u16)],
    blocked: &[Rect],
) -> Option<ScaleBar> {
    let km_per_cell = map::km_per_column(bounds, area)?;
    // The longest round length that takes at most a sixth of the pane (and 4 cells at least).
    let most = f64::from((area.width / 6).max(4));
    let km = NICE_KM
        .iter()
        .copied()
        .rfind(|km| f64::from(*km) / km_per_cell <= most)?;
    let cells = (f64::from(km) / km_per_cell).round() as u16;
    if cells < 4 {
        return None;
    }
    let label = km_text(app, km);
    let w = cells + 1 + layout::cells(&label);
    if w + 2 > area.width || area.height < 3 {
        return None;
    }
    let bottom = area.bottom() - 1;
    [
        Rect::new(area.right().saturating_sub(w + 1), bottom, w, 1),
        Rect::new(area.x + 1, bottom, w, 1),
    ]
    .into_iter()
    .find(|r| free_of(*r, anchors, blocked))
    .map(|area| ScaleBar {
        area,
        cells,
        km,
        label,
    })
}

impl MapView {
    /// The partner whose legend row, label or mark (or a cell next to it) is at `at`.
    pub fn target_at(&self, at: Position) -> Option<Target> {
        let partner = |i: usize| Some(Target::City(Entry::Partner(i)));
        if let Some(row) = self
            .legend
            .iter()
            .flat_map(|l| &l.rows)
            .find(|r| r.area.contains(at))
        {
            return partner(row.partner);
        }
        let marks = &self.marks;
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
        mark.partner.and_then(partner)
    }
}
