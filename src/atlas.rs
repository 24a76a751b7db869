//! Coastlines and country borders from Natural Earth (public domain), embedded as built by
//! `tools/atlas.py` (see `data/ATLAS.md`): polylines of longitude/latitude points in
//! hundredths of a degree, each with its bounding box. Read in place, without decoding or
//! allocating: the map costs nothing at start-up.

use crate::map::Bounds;

static ATLAS: &[u8] = include_bytes!("../data/atlas.bin");

const MAGIC: &[u8] = b"PCATLAS1";
const LAYER_ROW: usize = 10;
const LINE_ROW: usize = 16;
const POINT: usize = 4;

/// What a layer's lines are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Coast,
    Border,
}

/// Natural Earth's scale: 1:50m for the regional view, 1:110m for the world.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Fine,
    Coarse,
}

/// The lines of one kind at one scale.
#[derive(Debug, Clone, Copy)]
pub struct Layer {
    table: &'static [u8],
    points: &'static [u8],
}

/// One polyline: its bounding box and its points.
#[derive(Debug, Clone, Copy)]
pub struct Polyline {
    pub bounds: Bounds,
    points: &'static [u8],
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let n = u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?);
    usize::try_from(n).ok()
}

/// Hundredths of a degree to degrees.
fn degrees(bytes: &[u8], at: usize) -> f64 {
    let raw = bytes
        .get(at..at + 2)
        .map_or(0, |b| i16::from_le_bytes([b[0], b[1]]));
    f64::from(raw) / 100.0
}

/// The layer of `kind` at `scale`; empty if the embedded file lacks it (a test checks that
/// it has every one).
pub fn layer(kind: Kind, scale: Scale) -> Layer {
    find(ATLAS, kind, scale).unwrap_or(Layer {
        table: &[],
        points: &[],
    })
}

fn find(atlas: &'static [u8], kind: Kind, scale: Scale) -> Option<Layer> {
    if !atlas.starts_with(MAGIC) {
        return None;
    }
    let layers = usize::from(u16_at(atlas, MAGIC.len())?);
    let heads = MAGIC.len() + 2;
    let lines_start = heads + layers * LAYER_ROW;
    let total_lines = (0..layers)
        .map(|i| u32_at(atlas, heads + i * LAYER_ROW + 2))
        .sum::<Option<usize>>()?;
    let points_start = lines_start + total_lines * LINE_ROW;
    let points = atlas.get(points_start..)?;
    let wanted = (
        match kind {
            Kind::Coast => 0,
            Kind::Border => 1,
        },
        match scale {
            Scale::Fine => 50,
            Scale::Coarse => 110,
        },
    );
    (0..layers).find_map(|i| {
        let row = atlas.get(heads + i * LAYER_ROW..heads + (i + 1) * LAYER_ROW)?;
        if (row[0], row[1]) != wanted {
            return None;
        }
        let count = u32_at(row, 2)?;
        let first = u32_at(row, 6)?;
        let start = lines_start + first * LINE_ROW;
        let table = atlas.get(start..start + count * LINE_ROW)?;
        Some(Layer { table, points })
    })
}

impl Layer {
    pub fn len(&self) -> usize {
        self.table.len() / LINE_ROW
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn lines(&self) -> impl Iterator<Item = Polyline> + '_ {
        self.table.chunks_exact(LINE_ROW).filter_map(|row| {
            let first = u32_at(row, 8)?;
            let count = u32_at(row, 12)?;
            let points = self.points.get(first * POINT..(first + count) * POINT)?;
            Some(Polyline {
                bounds: Bounds {
                    west: degrees(row, 0),
                    south: degrees(row, 2),
                    east: degrees(row, 4),
                    north: degrees(row, 6),
                },
                points,
            })
        })
    }
}

impl Polyline {
    /// The points as (longitude, latitude) in degrees.
    pub fn points(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.points
            .chunks_exact(POINT)
            .map(|p| (degrees(p, 0), degrees(p, 2)))
    }

    pub fn len(&self) -> usize {
        self.points.len() / POINT
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [(Kind, Scale); 4] = [
        (Kind::Coast, Scale::Fine),
        (Kind::Border, Scale::Fine),
        (Kind::Coast, Scale::Coarse),
        (Kind::Border, Scale::Coarse),
    ];

    #[test]
    fn every_layer_is_there_and_every_point_is_on_the_globe() {
        let mut points = 0;
        for (kind, scale) in ALL {
            let layer = layer(kind, scale);
            assert!(
                layer.len() > 200,
                "{kind:?} {scale:?}: {} lines",
                layer.len()
            );
            for line in layer.lines() {
                assert!(line.len() >= 2);
                let b = line.bounds;
                for (lon, lat) in line.points() {
                    assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
                    assert!((b.west..=b.east).contains(&lon) && (b.south..=b.north).contains(&lat));
                }
                points += line.len();
            }
            assert_eq!(layer.lines().count(), layer.len(), "every row reads");
        }
        // The whole point table is used: nothing was cut off or left over.
        let (_, _, total) = header_sizes();
        assert_eq!(points, total);
    }

    fn header_sizes() -> (usize, usize, usize) {
        let layers = usize::from(u16_at(ATLAS, 8).expect("count"));
        let lines: usize = (0..layers)
            .map(|i| u32_at(ATLAS, 10 + i * LAYER_ROW + 2).expect("lines"))
            .sum();
        let start = 10 + layers * LAYER_ROW + lines * LINE_ROW;
        (layers, lines, (ATLAS.len() - start) / POINT)
    }

    #[test]
    fn the_baltic_coast_at_kartuzy_is_in_the_fine_layer() {
        // The Gulf of Gdańsk: some coast point within 0.3 degrees of Gdynia (54.52 N,
        // 18.53 E) and of the tip of the Hel peninsula (54.60 N, 18.80 E).
        let coast = layer(Kind::Coast, Scale::Fine);
        for (lat, lon) in [(54.52, 18.53), (54.60, 18.80)] {
            let near = coast.lines().any(|l| {
                l.points()
                    .any(|(x, y)| (x - lon).abs() < 0.3 && (y - lat).abs() < 0.3)
            });
            assert!(near, "coast near {lat} {lon}");
        }
    }

    #[test]
    fn a_damaged_file_gives_empty_layers_not_a_panic() {
        static SHORT: &[u8] = b"PCATLAS1\x04\x00\x00\x32";
        static WRONG: &[u8] = b"NOTATLAS";
        for bytes in [SHORT, WRONG, &ATLAS[..40], &ATLAS[..ATLAS.len() / 2]] {
            for (kind, scale) in ALL {
                if let Some(layer) = find(bytes, kind, scale) {
                    // Whatever reads, reads within the bytes.
                    for line in layer.lines() {
                        assert!(line.points().count() == line.len());
                    }
                }
            }
        }
    }
}
