//! Calendar dates known to a year, a month or a day, as the source states them.

use std::fmt;
use std::str::FromStr;

/// A date whose precision is what the source knows: `1994`, `1990-10` or `1995-05-13`.
///
/// Ordering is chronological; within the same year a coarser date sorts before a finer one
/// (`1995` < `1995-05` < `1995-05-13`), so year-only events open their year on the timeline.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    Format(String),
    Year(String),
    Month(u8),
    Day { year: u16, month: u8, day: u8 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(
                f,
                "\"{s}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1994, 1990-10, 1995-05-13)"
            ),
            DateError::Year(s) => write!(f, "\"{s}\" has no valid year: use 0001 to 9999"),
            DateError::Month(m) => write!(f, "month {m} does not exist: use 01 to 12"),
            DateError::Day { year, month, day } => write!(
                f,
                "day {day} does not exist in {year}-{month:02} (it has {} days)",
                days_in_month(*year, *month)
            ),
        }
    }
}

impl std::error::Error for DateError {}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl PartialDate {
    /// The earliest date there is: the year 1.
    pub const MIN: PartialDate = PartialDate {
        year: 1,
        month: None,
        day: None,
    };

    pub fn ymd(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        Self::build(year, Some(month), Some(day))
    }

    fn build(year: u16, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Year(format!("{year:04}")));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(m));
            }
            if let Some(d) = day
                && (d == 0 || d > days_in_month(year, m))
            {
                return Err(DateError::Day {
                    year,
                    month: m,
                    day: d,
                });
            }
        }
        Ok(PartialDate { year, month, day })
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> Option<u8> {
        self.month
    }

    pub fn day(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the date may mean: its first month and day where it gives none.
    fn earliest(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date may mean: its last month and day where it gives none.
    fn latest(&self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// Whole years that have certainly passed from `self` to `today`: counted from the
    /// last day the date may mean (a month date waits for its month to end, a year-only
    /// date for its year). `None` when `self` may lie after `today`.
    pub fn whole_years_until(&self, today: &PartialDate) -> Option<u16> {
        let (year, month, day) = self.latest();
        let (_, today_month, today_day) = today.latest();
        let mut years = i32::from(today.year) - i32::from(year);
        if (today_month, today_day) < (month, day) {
            years -= 1;
        }
        u16::try_from(years).ok()
    }

    /// How long ago the date was on `today`, at no more precision than it has: whole
    /// years for a month or a day (counted as [`whole_years_until`](Self::whole_years_until)
    /// does); "this year" and "last year" by the calendar; for a year-only date further
    /// back, nothing (it may be a year more or less). `None` too for a date after `today`.
    pub fn age(&self, today: &PartialDate) -> Option<Age> {
        if self.earliest() > today.latest() {
            return None;
        }
        let years = self.whole_years_until(today).unwrap_or(0);
        if self.year == today.year {
            Some(Age::ThisYear)
        } else if years >= 1 && self.precision() != Precision::Year {
            Some(Age::Years(years))
        } else if self.year + 1 == today.year {
            Some(Age::LastYear)
        } else {
            None
        }
    }
}

/// How long ago a date was, as [`PartialDate::age`] says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    ThisYear,
    LastYear,
    Years(u16),
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let format_error = || DateError::Format(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(format_error());
        }
        // Each part is 2 or 4 ASCII digits, so these parses cannot overflow.
        let year: u16 = parts[0].parse().map_err(|_| format_error())?;
        let month: Option<u8> = parts.get(1).and_then(|m| m.parse().ok());
        let day: Option<u8> = parts.get(2).and_then(|d| d.parse().ok());
        if year == 0 {
            return Err(DateError::Year(parts[0].to_string()));
        }
        Self::build(year, month, day)
    }
}

impl fmt::Display for PartialDate {
    /// The ISO form the data file uses.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("1994").precision(), Precision::Year);
        assert_eq!(d("1990-10").precision(), Precision::Month);
        assert_eq!(d("1995-05-13").precision(), Precision::Day);
        assert_eq!(d("1995-05-13").day(), Some(13));
        assert_eq!(d("1990-10").month(), Some(10));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in [
            "",
            "95",
            "1995-5",
            "1995-05-1",
            "1995/05/13",
            "1995-05-13-01",
            "199a",
            " 1995",
            "+995",
            "1995-",
        ] {
            assert!(
                matches!(bad.parse::<PartialDate>(), Err(DateError::Format(_))),
                "{bad:?} should be a format error"
            );
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(
            "0000".parse::<PartialDate>(),
            Err(DateError::Year("0000".into()))
        );
        assert_eq!("2019-13".parse::<PartialDate>(), Err(DateError::Month(13)));
        assert_eq!("2019-00".parse::<PartialDate>(), Err(DateError::Month(0)));
        assert!(matches!(
            "2019-02-29".parse::<PartialDate>(),
            Err(DateError::Day { .. })
        ));
        assert!(matches!(
            "2019-02-30".parse::<PartialDate>(),
            Err(DateError::Day { .. })
        ));
        assert!(matches!(
            "2019-04-31".parse::<PartialDate>(),
            Err(DateError::Day { .. })
        ));
        assert!(matches!(
            "2019-01-00".parse::<PartialDate>(),
            Err(DateError::Day { .. })
        ));
    }

    #[test]
    fn knows_leap_years() {
        assert!(d("2020-02-29").day() == Some(29));
        assert!(d("2000-02-29").day() == Some(29));
        assert!("1900-02-29".parse::<PartialDate>().is_err());
        assert!("2100-02-29".parse::<PartialDate>().is_err());
    }

    #[test]
    fn orders_chronologically_coarse_first() {
        let mut dates = [
            d("2016-10-01"),
            d("1995"),
            d("1995-05-13"),
            d("1990-10"),
            d("1995-05"),
            d("1995-09-04"),
        ];
        dates.sort();
        let shown: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "1990-10",
                "1995",
                "1995-05",
                "1995-05-13",
                "1995-09-04",
                "2016-10-01"
            ]
        );
    }

    #[test]
    fn displays_iso_round_trip() {
        for s in ["1994", "1990-10", "1995-05-13", "0001"] {
            assert_eq!(d(s).to_string(), s);
        }
    }

    #[test]
    fn counts_whole_years_by_precision() {
        let today = d("2026-11-23");
        // From the last day the date may mean: 31 December 1994, 31 October 1990.
        assert_eq!(d("1994").whole_years_until(&today), Some(31));
        assert_eq!(d("1990-10").whole_years_until(&today), Some(36));
        assert_eq!(d("1990-11").whole_years_until(&today), Some(35));
        assert_eq!(d("1990-12").whole_years_until(&today), Some(35));
        assert_eq!(d("1995-11-23").whole_years_until(&today), Some(31));
        assert_eq!(d("1995-11-24").whole_years_until(&today), Some(30));
        assert_eq!(d("2026").whole_years_until(&today), None);
        assert_eq!(d("2027").whole_years_until(&today), None);
        assert_eq!(d("2026-12-01").whole_years_until(&today), None);
        // In its month, a month date has not yet had its anniversary for certain.
        assert_eq!(d("1990-10").whole_years_until(&d("2026-10-31")), Some(36));
        assert_eq!(d("1990-10").whole_years_until(&d("2026-10-30")), Some(35));
        assert_eq!(d("2016-02").whole_years_until(&d("2024-02-29")), Some(8));
    }

    #[test]
    fn an_age_has_no_more_precision_than_its_date() {
        let today = d("2026-05-12");
        // Found: "October 1990 (35 years ago)" beside "1990 (36 years ago)".
        assert_eq!(d("1990-10").age(&today), Some(Age::Years(35)));
        assert_eq!(d("1990").age(&today), None);
        // Found: June 2019 called "this year" on 1 January 2020.
        assert_eq!(d("2019-06").age(&d("2020-01-01")), Some(Age::LastYear));
        assert_eq!(d("2019").age(&d("2020-01-01")), Some(Age::LastYear));
        assert_eq!(d("2019-06").age(&d("2020-06-30")), Some(Age::Years(1)));
        assert_eq!(d("2026").age(&today), Some(Age::ThisYear));
        assert_eq!(d("2026-05").age(&today), Some(Age::ThisYear));
        assert_eq!(d("2026-06").age(&today), None, "not yet");
        assert_eq!(d("2026-05-13").age(&today), None, "tomorrow");
    }
}
