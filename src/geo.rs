//! Great-circle distance and compass direction between two places on a spherical Earth.

// Trigonometry from the `libm` crate (musl's algorithms in Rust) rather than `f64::sin`
// and the like, which call the system's libm: the same results on every machine (the
// committed pictures are byte for byte), and one shared library fewer to load at start.
use libm::{acos, asin, atan2, cos, sin};

use crate::data::Coordinates;

/// Mean Earth radius (IUGG), the one the fact sheet's distances use.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Haversine distance in kilometres.
pub fn distance_km(from: Coordinates, to: Coordinates) -> f64 {
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (to.lon - from.lon).to_radians();
    let h = sin(dlat / 2.0).powi(2) + cos(lat1) * cos(lat2) * sin(dlon / 2.0).powi(2);
    2.0 * EARTH_RADIUS_KM * asin(h.sqrt().min(1.0))
}

/// Initial bearing (forward azimuth) in degrees clockwise from north, 0..360.
pub fn bearing_deg(from: Coordinates, to: Coordinates) -> f64 {
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let dlon = (to.lon - from.lon).to_radians();
    let y = sin(dlon) * cos(lat2);
    let x = cos(lat1) * sin(lat2) - sin(lat1) * cos(lat2) * cos(dlon);
    atan2(y, x).to_degrees().rem_euclid(360.0)
}

/// The great circle from `from` to `to` as points about a degree of arc apart (both ends
/// included), split into runs where it crosses the antimeridian, so each run can be drawn
/// as a line on a longitude/latitude map. Antipodes have no one great circle: a straight
/// run between them is returned.
pub fn great_circle(from: Coordinates, to: Coordinates) -> Vec<Vec<Coordinates>> {
    let unit = |c: Coordinates| {
        let (lat, lon) = (c.lat.to_radians(), c.lon.to_radians());
        [cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat)]
    };
    let (a, b) = (unit(from), unit(to));
    let dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]).clamp(-1.0, 1.0);
    let angle = acos(dot);
    if angle < 1e-9 || (std::f64::consts::PI - angle) < 1e-9 {
        return vec![vec![from, to]];
    }
    let steps = angle.to_degrees().ceil().max(1.0) as usize;
    let mut runs: Vec<Vec<Coordinates>> = vec![Vec::with_capacity(steps + 1)];
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        let (wa, wb) = (
            sin((1.0 - t) * angle) / sin(angle),
            sin(t * angle) / sin(angle),
        );
        let p = [
            wa * a[0] + wb * b[0],
            wa * a[1] + wb * b[1],
            wa * a[2] + wb * b[2],
        ];
        let point = match i {
            0 => from,
            _ if i == steps => to,
            _ => Coordinates {
                lat: asin(p[2].clamp(-1.0, 1.0)).to_degrees(),
                lon: atan2(p[1], p[0]).to_degrees(),
            },
        };
        let run = runs.last_mut().expect("one run at least");
        if let Some(last) = run.last().copied()
            && (point.lon - last.lon).abs() > 180.0
        {
            runs.push(Vec::new());
        }
        runs.last_mut().expect("just pushed").push(point);
    }
    runs
}

/// One of the eight compass directions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compass {
    N,
    NE,
    E,
    SE,
    S,
    SW,
    W,
    NW,
}

impl Compass {
    const ALL: [Compass; 8] = [
        Compass::N,
        Compass::NE,
        Compass::E,
        Compass::SE,
        Compass::S,
        Compass::SW,
        Compass::W,
        Compass::NW,
    ];

    /// The direction whose 45° sector holds `bearing`.
    pub fn from_bearing(bearing: f64) -> Compass {
        let sector = ((bearing.rem_euclid(360.0) + 22.5) / 45.0).floor() as usize % 8;
        Compass::ALL[sector]
    }

    /// The message id of "towards this direction".
    pub fn message_id(self) -> &'static str {
        match self {
            Compass::N => "direction-n",
            Compass::NE => "direction-ne",
            Compass::E => "direction-e",
            Compass::SE => "direction-se",
            Compass::S => "direction-s",
            Compass::SW => "direction-sw",
            Compass::W => "direction-w",
            Compass::NW => "direction-nw",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KARTUZY: Coordinates = Coordinates {
        lat: 54.3350,
        lon: 18.2014,
    };

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates { lat, lon }
    }

    /// The table in shared/source/facts.md, from the same coordinates.
    #[test]
    fn distances_match_the_fact_sheet_within_a_kilometre() {
        let table = [
            ("Polanica-Zdrój", at(50.4000, 16.5167), 452.0),
            ("Duderstadt", at(51.5125, 10.2597), 617.0),
            ("Caissargues", at(43.7967, 4.3794), 1539.5),
            ("Gori", at(41.9667, 44.1000), 2341.0),
            ("Kaili", at(26.5660, 107.9810), 7625.0),
        ];
        for (name, place, km) in table {
            let d = distance_km(KARTUZY, place);
            assert!((d - km).abs() < 1.0, "{name}: {d:.1} km, table says {km}");
        }
    }

    #[test]
    fn distance_is_symmetric_and_zero_to_itself() {
        let gori = at(41.9667, 44.1);
        assert!(distance_km(KARTUZY, KARTUZY).abs() < 1e-9);
        assert!((distance_km(KARTUZY, gori) - distance_km(gori, KARTUZY)).abs() < 1e-9);
        // Antipodes: half the circumference.
        let far = distance_km(at(0.0, 0.0), at(0.0, 180.0));
        assert!((far - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1e-6);
    }

    #[test]
    fn directions_from_kartuzy() {
        let dir = |c| Compass::from_bearing(bearing_deg(KARTUZY, c));
        assert_eq!(dir(at(51.5125, 10.2597)), Compass::SW, "Duderstadt");
        assert_eq!(dir(at(43.7967, 4.3794)), Compass::SW, "Caissargues");
        assert_eq!(dir(at(50.4000, 16.5167)), Compass::S, "Polanica-Zdrój");
        assert_eq!(dir(at(41.9667, 44.1000)), Compass::SE, "Gori");
        assert_eq!(
            dir(at(26.5660, 107.9810)),
            Compass::E,
            "Kaili (great circle)"
        );
    }

    #[test]
    fn the_route_to_kaili_bends_north_through_russia_and_central_asia() {
        let kaili = at(26.566, 107.981);
        let runs = great_circle(KARTUZY, kaili);
        assert_eq!(runs.len(), 1, "no antimeridian on the way");
        let route = &runs[0];
        assert_eq!((route[0], *route.last().expect("end")), (KARTUZY, kaili));
        // About a point per degree of its 68.6 degrees of arc.
        assert!((69..=71).contains(&route.len()), "{}", route.len());
        // Every point is on the great circle: the distances along it add up.
        let along: f64 = route.windows(2).map(|w| distance_km(w[0], w[1])).sum();
        assert!((along - distance_km(KARTUZY, kaili)).abs() < 0.5, "{along}");
        // Halfway in longitude (63 E) the route is still near 53 N, far north of the
        // straight line on the map (about 40 N there): over Russia and Kazakhstan.
        let mid = route
            .iter()
            .min_by(|a, b| (a.lon - 63.0).abs().total_cmp(&(b.lon - 63.0).abs()))
            .expect("points");
        assert!(mid.lat > 50.0, "{mid:?}");
    }

    #[test]
    fn a_route_across_the_antimeridian_is_split_there() {
        let runs = great_circle(at(60.0, 170.0), at(60.0, -170.0));
        assert_eq!(runs.len(), 2);
        assert!(runs[0].iter().all(|p| p.lon > 0.0) && runs[1].iter().all(|p| p.lon < 0.0));
        assert_eq!(
            great_circle(at(0.0, 0.0), at(0.0, 180.0)).len(),
            1,
            "antipodes"
        );
    }

    #[test]
    fn sectors_are_centred_on_their_direction() {
        assert_eq!(Compass::from_bearing(0.0), Compass::N);
        assert_eq!(Compass::from_bearing(22.4), Compass::N);
        assert_eq!(Compass::from_bearing(22.6), Compass::NE);
        assert_eq!(Compass::from_bearing(359.0), Compass::N);
        assert_eq!(Compass::from_bearing(-90.0), Compass::W);
        assert_eq!(Compass::from_bearing(225.0), Compass::SW);
    }
}
