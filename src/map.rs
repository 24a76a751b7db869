//! Map geometry: which part of the world to show, where each town falls in the terminal's
//! cells, and where its label goes so labels never overlap or leave the map. Pure: shared by
//! drawing and by mouse hit-testing.

use ratatui::layout::Rect;

use crate::data::Coordinates;
use crate::geo;

/// Partners closer than this to the home town belong to the regional zoom.
pub const REGION_RADIUS_KM: f64 = 3500.0;

/// How much of the world the map shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
        let mid_lat = ((self.south + self.north) / 2.0)
            .to_radians()
            .cos()
            .max(0.2);
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

/// The window for `zoom`, before fitting it to an area.
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
            Bounds::around(&near)
        }
    }
}

/// Places one label per anchor cell: to the right of its anchor, else left, above, below,
/// or further out, never over another label or anchor and never outside `area`. A label
/// that fits nowhere is left out (`None`); the first anchors are placed first. Cells are
/// marked taken on a grid of the area, so the cost grows with the labels, not their square.
pub fn place_labels(area: Rect, anchors: &[(u16, u16)], widths: &[u16]) -> Vec<Option<Rect>> {
    let (cols, rows) = (usize::from(area.width), usize::from(area.height));
    let mut taken = vec![false; cols * rows];
    let index = |x: u16, y: u16| {
        (area.contains(ratatui::layout::Position::new(x, y)))
            .then(|| usize::from(y - area.y) * cols + usize::from(x - area.x))
    };
    for &(x, y) in anchors {
        if let Some(i) = index(x, y) {
            taken[i] = true;
        }
    }
    let mut out = Vec::with_capacity(anchors.len());
    for (&(x, y), &w) in anchors.iter().zip(widths) {
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
        let spot = candidates.iter().find_map(|&(cx, cy)| {
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
            free.then_some(r)
        });
        if let Some(r) = spot {
            for cx in r.x..r.right() {
                if let Some(i) = index(cx, r.y) {
                    taken[i] = true;
                }
            }
        }
        out.push(spot);
    }
    out
}

#[cfg(test)]
mod tests {
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
                let labels = place_labels(area, &anchors, &widths[..anchors.len()]);
                let placed: Vec<Rect> = labels.iter().flatten().copied().collect();
                for (i, r) in placed.iter().enumerate() {
                    assert!(
                        area.contains(r.as_position()) && r.right() <= area.right(),
                        "{w}x{h}"
                    );
                    for other in &placed[i + 1..] {
                        assert!(!r.intersects(*other), "{w}x{h} {zoom:?}: {r:?} {other:?}");
                    }
                    for &(x, y) in &anchors {
                        assert!(!r.intersects(Rect::new(x, y, 1, 1)), "label over a marker");
                    }
                }
                if w >= 80 {
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
    fn crowded_anchors_drop_labels_rather_than_overlap() {
        let area = Rect::new(0, 0, 12, 3);
        let anchors = [(5, 1), (6, 1), (5, 2), (6, 0)];
        let labels = place_labels(area, &anchors, &[6, 6, 6, 6]);
        let placed: Vec<Rect> = labels.iter().flatten().copied().collect();
        for (i, r) in placed.iter().enumerate() {
            for other in &placed[i + 1..] {
                assert!(!r.intersects(*other));
            }
        }
        assert!(placed.len() < anchors.len());
    }
}
