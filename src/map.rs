//! Map geometry: which part of the world to show, where each town falls in the terminal's
//! cells, and where its label goes so labels never overlap or leave the map. Pure: shared by
//! drawing and by mouse hit-testing.

use line_clipping::{LineSegment, Point, Window, cohen_sutherland};
use ratatui::layout::Rect;

use crate::data::Coordinates;
use crate::geo;

/// Partners closer than this to the home town belong to the regional zoom.
pub const REGION_RADIUS_KM: f64 = 3500.0;

/// How much of the world the map shows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
pub enum Zoom {
    /// The home town's neighbourhood (for Kartuzy: Europe).
    Region,
    World,
}

/// A longitude/latitude window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

impl Bounds {
    pub const WORLD: Bounds = Bounds {
        west: -180.0,
        east: 180.0,
        south: -58.0,
        north: 84.0,
    };

    /// The two windows share some point.
    pub fn overlaps(&self, other: Bounds) -> bool {
        self.west <= other.east
            && other.west <= self.east
            && self.south <= other.north
            && other.south <= self.north
    }

    pub fn contains(&self, c: Coordinates) -> bool {
        (self.west..=self.east).contains(&c.lon) && (self.south..=self.north).contains(&c.lat)
    }

    /// The smallest window holding `points`, with a margin of a fifth of its size (at least
    /// two degrees) on every side.
    pub fn around(points: &[Coordinates]) -> Bounds {
        let (mut west, mut east, mut south, mut north) =
            (180.0_f64, -180.0_f64, 90.0_f64, -90.0_f64);
        for p in points {
            west = west.min(p.lon);
            east = east.max(p.lon);
            south = south.min(p.lat);
            north = north.max(p.lat);
        }
        if west > east {
            return Bounds::WORLD;
        }
        let pad_lon = ((east - west) * 0.2).max(2.0);
        let pad_lat = ((north - south) * 0.2).max(2.0);
        Bounds {
            west: (west - pad_lon).max(-180.0),
            east: (east + pad_lon).min(180.0),
            south: (south - pad_lat).max(-90.0),
            north: (north + pad_lat).min(90.0),
        }
    }

    /// Widened (never narrowed) so that a degree looks about as long across as down on
    /// `area`, whose cells are twice as tall as wide.
    pub fn fit(self, area: Rect) -> Bounds {
        if area.width == 0 || area.height == 0 {
            return self;
        }
        let mid_lat = libm::cos(((self.south + self.north) / 2.0).to_radians()).max(0.2);
        let (w, h) = (f64::from(area.width), f64::from(area.height));
        // Degrees of latitude per row that match the longitude scale per column.
        let lon_per_col = (self.east - self.west) / w;
        let lat_per_row = (self.north - self.south) / h;
        let wanted_lat_per_row = lon_per_col * 2.0 * mid_lat;
        let mut b = self;
        if wanted_lat_per_row > lat_per_row {
            let extra = (wanted_lat_per_row * h - (b.north - b.south)) / 2.0;
            b.south = (b.south - extra).max(-90.0);
            b.north = (b.north + extra).min(90.0);
        } else {
            let wanted_lon_per_col = lat_per_row / (2.0 * mid_lat);
            let extra = (wanted_lon_per_col * w - (b.east - b.west)) / 2.0;
            b.west = (b.west - extra).max(-180.0);
            b.east = (b.east + extra).min(180.0);
        }
        b
    }

    /// The cell of `area` that shows `c`, if `c` is inside the window.
    pub fn cell(&self, area: Rect, c: Coordinates) -> Option<(u16, u16)> {
        if !self.contains(c) || area.width == 0 || area.height == 0 {
            return None;
        }
        let fx = (c.lon - self.west) / (self.east - self.west);
        let fy = (self.north - c.lat) / (self.north - self.south);
        let col = (fx * f64::from(area.width))
            .floor()
            .min(f64::from(area.width - 1));
        let row = (fy * f64::from(area.height))
            .floor()
            .min(f64::from(area.height - 1));
        Some((area.x + col as u16, area.y + row as u16))
    }
}

/// The window for `zoom`, before fitting it to an area. The regional one is centred on the
/// home town from west to east, as wide as its farthest near partner (partners closer
/// than [`REGION_RADIUS_KM`]) is from it plus a fifth, so the routes fan out from the
/// middle; from south to north it spans the towns with a fifth of margin.
pub fn window(zoom: Zoom, home: Coordinates, partners: &[Coordinates]) -> Bounds {
    match zoom {
        Zoom::World => Bounds::WORLD,
        Zoom::Region => {
            let mut near: Vec<Coordinates> = partners
                .iter()
                .copied()
                .filter(|p| geo::distance_km(home, *p) < REGION_RADIUS_KM)
                .collect();
            near.push(home);
            let around = Bounds::around(&near);
            let half = near
                .iter()
                .map(|p| (p.lon - home.lon).abs())
                .fold(0.0, f64::max)
                * 1.2;
            let half = half.max(2.0);
            Bounds {
                west: (home.lon - half).max(-180.0),
                east: (home.lon + half).min(180.0),
                ..around
            }
        }
    }
}

/// Kilometres one column of `area` spans along the middle latitude of `bounds`, where the
/// fitted map's horizontal scale is true (its vertical scale is true everywhere).
pub fn km_per_column(bounds: Bounds, area: Rect) -> Option<f64> {
    if area.width == 0 {
        return None;
    }
    let mid_lat = libm::cos(((bounds.south + bounds.north) / 2.0).to_radians());
    let km_per_degree = geo::EARTH_RADIUS_KM * std::f64::consts::PI / 180.0;
    let km = (bounds.east - bounds.west) / f64::from(area.width) * km_per_degree * mid_lat;
    (km > 0.0).then_some(km)
}

/// How much line each cell of a map pane holds: the cells the lines of the map pass
/// through, counted on the pane's own grid, so that labels and the legend can go where
/// they hide the least of the map.
#[derive(Debug, Clone)]
pub struct Ink {
    area: Rect,
    bounds: Bounds,
    cells: Vec<u16>,
}

impl Ink {
    pub fn new(area: Rect, bounds: Bounds) -> Ink {
        Ink {
            area,
            bounds,
            cells: vec![0; usize::from(area.width) * usize::from(area.height)],
        }
    }

    /// Where (longitude, latitude) falls on the pane's grid, in cells (fractional).
    fn grid(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        let b = self.bounds;
        (
            (lon - b.west) / (b.east - b.west) * f64::from(self.area.width),
            (b.north - lat) / (b.north - b.south) * f64::from(self.area.height),
        )
    }

    /// Adds the line through `points`, clipped to the window.
    pub fn add(&mut self, points: impl Iterator<Item = (f64, f64)>) {
        self.add_clipped(points, self.bounds);
    }

    /// Adds the part of the line through `points` inside `clip` (and the window).
    pub fn add_clipped(&mut self, points: impl Iterator<Item = (f64, f64)>, clip: Bounds) {
        let b = Bounds {
            west: clip.west.max(self.bounds.west),
            east: clip.east.min(self.bounds.east),
            south: clip.south.max(self.bounds.south),
            north: clip.north.min(self.bounds.north),
        };
        if self.cells.is_empty() || b.east <= b.west || b.north <= b.south {
            return;
        }
        let window = Window::new(b.west, b.east, b.south, b.north);
        let mut last: Option<(f64, f64)> = None;
        for p in points {
            if let Some(q) = last {
                let segment = LineSegment::new(Point::new(q.0, q.1), Point::new(p.0, p.1));
                if let Some(s) = cohen_sutherland::clip_line(segment, window) {
                    self.segment(self.grid((s.p1.x, s.p1.y)), self.grid((s.p2.x, s.p2.y)));
                }
            }
            last = Some(p);
        }
    }

    fn segment(&mut self, a: (f64, f64), b: (f64, f64)) {
        let (w, h) = (i64::from(self.area.width), i64::from(self.area.height));
        let cell = |v: f64, n: i64| (v.floor() as i64).clamp(0, n - 1);
        let from = (cell(a.0, w), cell(a.1, h));
        for (x, y) in bresenham(from, (cell(b.0, w), cell(b.1, h))) {
            let i = usize::try_from(y * w + x).unwrap_or(0);
            if let Some(c) = self.cells.get_mut(i) {
                *c = c.saturating_add(1);
            }
        }
    }

    /// The line in the cells of `r` (the part inside the pane).
    pub fn under(&self, r: Rect) -> u32 {
        let r = r.intersection(self.area);
        let mut sum = 0;
        for y in r.y..r.bottom() {
            let row = usize::from(y - self.area.y) * usize::from(self.area.width);
            for x in r.x..r.right() {
                let i = row + usize::from(x - self.area.x);
                sum += u32::from(self.cells.get(i).copied().unwrap_or(0));
            }
        }
        sum
    }
}

/// How much farther from its anchor each place `place_labels` tries is, as a cost in
/// cells of line hidden: a label two rows away must hide much less to be chosen.
const FARTHER: [u32; 10] = [0, 2, 3, 3, 4, 4, 4, 4, 8, 8];

/// How far a mark at `at` looks from a label at `r`, squared: the columns between them
/// and the rows, a row counting as two columns (a cell is about twice as high as wide).
pub fn label_distance(r: Rect, (x, y): (u16, u16)) -> u32 {
    let dx = if x < r.x {
        r.x - x
    } else if x >= r.right() {
        x - r.right() + 1
    } else {
        0
    };
    let dy = 2 * r.y.abs_diff(y);
    u32::from(dx).pow(2) + u32::from(dy).pow(2)
}

/// Places one label per anchor cell, next to its anchor (right, left, above, below, or
/// one row further out), never over another label, an anchor or a `blocked` box, and
/// never outside `area`; of the free places, the one that hides the least `ink`, counting
/// distance from the anchor as ink too ([`FARTHER`]; the first in that order on a tie). A label that fits nowhere is left out (`None`); the
/// first anchors are placed first. Cells are marked taken on a grid of the area, so the
/// cost grows with the labels, not their square.
pub fn place_labels(
    area: Rect,
    anchors: &[(u16, u16)],
    widths: &[u16],
    blocked: &[Rect],
    ink: Option<&Ink>,
) -> Vec<Option<Rect>> {
    let (cols, rows) = (usize::from(area.width), usize::from(area.height));
    let mut taken = vec![false; cols * rows];
    // Cells of labels already placed, and of anchors: a label keeps a blank cell from
    // them on its row, or two names would read as one, or a name as another town's.
    let mut lettered = vec![false; cols * rows];
    let index = |x: u16, y: u16| {
        (area.contains(ratatui::layout::Position::new(x, y)))
            .then(|| usize::from(y - area.y) * cols + usize::from(x - area.x))
    };
    // The marks' cells (lettered also comes to hold labels).
    let mut marked = vec![false; cols * rows];
    for &(x, y) in anchors {
        if let Some(i) = index(x, y) {
            taken[i] = true;
            lettered[i] = true;
            marked[i] = true;
        }
    }
    for b in blocked {
        for y in b.y..b.bottom() {
            for x in b.x..b.right() {
                if let Some(i) = index(x, y) {
                    taken[i] = true;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(anchors.len());
    for (own, (&(x, y), &w)) in anchors.iter().zip(widths).enumerate() {
        // A label reads as the name of the mark nearest to it: its own must be nearer
        // than any other (found: "Duderstadt⠈●⠄Polanica-Zdrój", the name running into
        // another town's mark while its own stood a row above).
        let nearest_is_own = |r: Rect| {
            let d = label_distance(r, anchors[own]);
            // Only marks within that distance can be as near: a few cells around.
            let reach = u16::try_from(d.isqrt()).unwrap_or(u16::MAX);
            let rows = r.y.saturating_sub(reach / 2)..=r.y.saturating_add(reach / 2);
            let columns = r.x.saturating_sub(reach)..=r.right().saturating_add(reach);
            rows.flat_map(|cy| columns.clone().map(move |cx| (cx, cy)))
                .filter(|&cell| {
                    cell != anchors[own] && index(cell.0, cell.1).is_some_and(|i| marked[i])
                })
                .all(|cell| label_distance(r, cell) > d)
        };
        let (x, y, w) = (i32::from(x), i32::from(y), i32::from(w));
        let candidates = [
            (x + 2, y),
            (x - 1 - w, y),
            (x - w / 2, y - 1),
            (x - w / 2, y + 1),
            (x + 1, y - 1),
            (x + 1, y + 1),
            (x - w, y - 1),
            (x - w, y + 1),
            (x - w / 2, y - 2),
            (x - w / 2, y + 2),
        ];
        let free = candidates.iter().enumerate().filter_map(|(n, &(cx, cy))| {
            let r = Rect::new(
                u16::try_from(cx).ok()?,
                u16::try_from(cy).ok()?,
                u16::try_from(w).ok()?,
                1,
            );
            let inside = r.x >= area.x
                && r.y >= area.y
                && r.right() <= area.right()
                && r.bottom() <= area.bottom();
            let free =
                inside && (r.x..r.right()).all(|cx| index(cx, r.y).is_some_and(|i| !taken[i]));
            let apart = [r.x.checked_sub(1), Some(r.right())]
                .into_iter()
                .flatten()
                .all(|cx| index(cx, r.y).is_none_or(|i| !lettered[i]));
            (free && apart && nearest_is_own(r)).then_some((n, r))
        });
        let spot = free
            .min_by_key(|(n, r)| (ink.map_or(0, |ink| ink.under(*r)) + FARTHER[*n], *n))
            .map(|(_, r)| r);
        if let Some(r) = spot {
            for cx in r.x..r.right() {
                if let Some(i) = index(cx, r.y) {
                    taken[i] = true;
                    lettered[i] = true;
                }
            }
        }
        out.push(spot);
    }
    out
}

/// The grid points of a straight line from `a` to `b`, both included (Bresenham).
pub fn bresenham(a: (i64, i64), b: (i64, i64)) -> impl Iterator<Item = (i64, i64)> {
    let (dx, dy) = ((b.0 - a.0).abs(), -(b.1 - a.1).abs());
    let (sx, sy) = (
        if a.0 < b.0 { 1 } else { -1 },
        if a.1 < b.1 { 1 } else { -1 },
    );
    let mut err = dx + dy;
    let mut next = Some(a);
    std::iter::from_fn(move || {
        let (x, y) = next?;
        next = ((x, y) != b).then(|| {
            let e2 = 2 * err;
            let (mut x, mut y) = (x, y);
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
            (x, y)
        });
        Some((x, y))
    })
}

#[cfg(test)]
mod tests {
    use super::bresenham;

    #[test]
    fn a_line_goes_from_end_to_end_one_cell_at_a_time() {
        for (a, b) in [
            ((0, 0), (5, 2)),
            ((3, 7), (-2, 1)),
            ((4, 4), (4, 4)),
            ((0, 3), (0, -3)),
        ] {
            let points: Vec<(i64, i64)> = bresenham(a, b).collect();
            assert_eq!((points[0], *points.last().unwrap()), (a, b));
            let steps = (b.0 - a.0).abs().max((b.1 - a.1).abs());
            assert_eq!(points.len() as i64, steps + 1);
            for w in points.windows(2) {
                assert!((w[1].0 - w[0].0).abs() <= 1 && (w[1].1 - w[0].1).abs() <= 1);
            }
        }
    }

    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates { lat, lon }
    }

    const KARTUZY: Coordinates = Coordinates {
        lat: 54.335,
        lon: 18.2014,
    };

    fn partners() -> Vec<Coordinates> {
        vec![
            at(51.5125, 10.2597),
            at(43.7967, 4.3794),
            at(26.566, 107.981),
            at(41.9667, 44.1),
            at(50.4, 16.5167),
        ]
    }

    #[test]
    fn the_region_holds_the_four_european_partners_and_not_kaili() {
        let b = window(Zoom::Region, KARTUZY, &partners());
        for (i, p) in partners().into_iter().enumerate() {
            assert_eq!(b.contains(p), i != 2, "partner {i}");
        }
        assert!(b.contains(KARTUZY));
        let world = window(Zoom::World, KARTUZY, &partners());
        assert!(partners().into_iter().all(|p| world.contains(p)));
    }

    #[test]
    fn fitting_only_widens_and_keeps_every_point() {
        let b = window(Zoom::Region, KARTUZY, &partners());
        for area in [
            Rect::new(0, 0, 50, 20),
            Rect::new(0, 0, 120, 30),
            Rect::new(0, 0, 30, 30),
        ] {
            let f = b.fit(area);
            assert!(
                f.west <= b.west && f.east >= b.east && f.south <= b.south && f.north >= b.north
            );
            for p in partners().into_iter().filter(|p| b.contains(*p)) {
                let (x, y) = f.cell(area, p).expect("inside");
                assert!(area.contains(ratatui::layout::Position::new(x, y)));
            }
        }
    }

    #[test]
    fn labels_never_overlap_and_stay_inside() {
        let widths = [7, 10, 11, 5, 4, 14];
        for (w, h) in [(30, 8), (48, 20), (60, 22), (80, 24), (120, 40), (200, 60)] {
            let area = Rect::new(1, 1, w, h);
            for zoom in [Zoom::Region, Zoom::World] {
                let b = window(zoom, KARTUZY, &partners()).fit(area);
                let mut points = vec![KARTUZY];
                points.extend(partners());
                let anchors: Vec<(u16, u16)> =
                    points.iter().filter_map(|p| b.cell(area, *p)).collect();
                let labels = place_labels(area, &anchors, &widths[..anchors.len()], &[], None);
                let placed: Vec<Rect> = labels.iter().flatten().copied().collect();
                for (i, r) in placed.iter().enumerate() {
                    assert!(
                        area.contains(r.as_position()) && r.right() <= area.right(),
                        "{w}x{h}"
                    );
                    for other in &placed[i + 1..] {
                        assert!(!r.intersects(*other), "{w}x{h} {zoom:?}: {r:?} {other:?}");
                        let touching =
                            r.y == other.y && (r.right() == other.x || other.right() == r.x);
                        assert!(!touching, "{w}x{h} {zoom:?}: {r:?} {other:?} read as one");
                    }
                    for &(x, y) in &anchors {
                        assert!(!r.intersects(Rect::new(x, y, 1, 1)), "label over a marker");
                    }
                }
                // Where towns crowd together (the European ones on the world map of a small
                // screen), a label that cannot sit nearer its own mark than another's is
                // left out: the legend names every town.
                if w >= 120 || (w >= 80 && zoom == Zoom::Region) {
                    assert_eq!(
                        placed.len(),
                        anchors.len(),
                        "{w}x{h} {zoom:?}: every label fits"
                    );
                }
            }
        }
    }

    #[test]
    fn labels_keep_out_of_blocked_boxes() {
        let area = Rect::new(0, 0, 20, 5);
        let legend = Rect::new(0, 3, 10, 2);
        // The right of the anchor is free; below-left would be in the legend.
        let labels = place_labels(area, &[(4, 2)], &[5], &[legend], None);
        assert_eq!(labels, [Some(Rect::new(6, 2, 5, 1))]);
        let right = Rect::new(11, 0, 9, 5);
        let labels = place_labels(area, &[(10, 2)], &[5], &[right], None);
        assert_eq!(labels, [Some(Rect::new(4, 2, 5, 1))], "left of it");
        assert!(place_labels(area, &[(4, 2)], &[5], &[area], None)[0].is_none());
    }

    #[test]
    fn a_label_goes_where_it_hides_the_least_line() {
        // A line along row 2 right of the anchor: the label goes left instead.
        let area = Rect::new(0, 0, 20, 5);
        let bounds = Bounds {
            west: 0.0,
            east: 20.0,
            south: 0.0,
            north: 5.0,
        };
        let mut ink = Ink::new(area, bounds);
        ink.add([(6.0, 2.5), (19.9, 2.5)].into_iter());
        assert_eq!(ink.under(Rect::new(6, 2, 14, 1)), 14);
        assert_eq!(ink.under(Rect::new(0, 0, 6, 5)), 0);
        let labels = place_labels(area, &[(5, 2)], &[4], &[], Some(&ink));
        assert_eq!(labels, [Some(Rect::new(0, 2, 4, 1))]);
        let plain = place_labels(area, &[(5, 2)], &[4], &[], None);
        assert_eq!(
            plain,
            [Some(Rect::new(7, 2, 4, 1))],
            "right of it without ink"
        );
    }

    #[test]
    fn a_column_of_the_world_map_is_about_fifty_km_at_its_middle() {
        // 360 degrees over 720 columns, along latitude 13 (the world window's middle).
        let km = km_per_column(Bounds::WORLD, Rect::new(0, 0, 720, 100)).expect("width");
        let expected = 0.5 * 111.19 * 13.0_f64.to_radians().cos();
        assert!((km - expected).abs() < 0.1, "{km}");
        assert_eq!(km_per_column(Bounds::WORLD, Rect::new(0, 0, 0, 10)), None);
    }

    #[test]
    fn crowded_anchors_drop_labels_rather_than_overlap() {
        let area = Rect::new(0, 0, 12, 3);
        let anchors = [(5, 1), (6, 1), (5, 2), (6, 0)];
        let labels = place_labels(area, &anchors, &[6, 6, 6, 6], &[], None);
        let placed: Vec<Rect> = labels.iter().flatten().copied().collect();
        for (i, r) in placed.iter().enumerate() {
            for other in &placed[i + 1..] {
                assert!(!r.intersects(*other));
            }
        }
        assert!(placed.len() < anchors.len());
    }
}
