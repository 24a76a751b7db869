//! Great-circle distance and compass direction between two places on a spherical Earth.

use crate::data::Coordinates;

/// Mean Earth radius (IUGG), the one the fact sheet's distances use.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Haversine distance in kilometres.
pub fn distance_km(from: Coordinates, to: Coordinates) -> f64 {
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (to.lon - from.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// Initial bearing (forward azimuth) in degrees clockwise from north, 0..360.
pub fn bearing_deg(from: Coordinates, to: Coordinates) -> f64 {
    let (lat1, lat2) = (from.lat.to_radians(), to.lat.to_radians());
    let dlon = (to.lon - from.lon).to_radians();
    let y = dlon.sin() * lat2.cos();
    let x = lat1.cos() * lat2.sin() - lat1.sin() * lat2.cos() * dlon.cos();
    y.atan2(x).to_degrees().rem_euclid(360.0)
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
    fn sectors_are_centred_on_their_direction() {
        assert_eq!(Compass::from_bearing(0.0), Compass::N);
        assert_eq!(Compass::from_bearing(22.4), Compass::N);
        assert_eq!(Compass::from_bearing(22.6), Compass::NE);
        assert_eq!(Compass::from_bearing(359.0), Compass::N);
        assert_eq!(Compass::from_bearing(-90.0), Compass::W);
        assert_eq!(Compass::from_bearing(225.0), Compass::SW);
    }
}
