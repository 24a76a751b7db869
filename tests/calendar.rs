//! Right on every day for years: every date-dependent thing the screen says, checked on
//! every day from 2020-01-01 to 2045-12-31, on the fixture and on the real data. Ages
//! claim no more than a date's precision allows and never contradict one another, the
//! year's round anniversaries are of events that are not anniversaries themselves, "this
//! year" and "last year" are true, and the chart's axis ends at the year of the day.

mod common;

use common::{fixture, production};
use partner_cities::data::date::{Precision, days_in_month};
use partner_cities::data::{Age, Dataset, PartialDate};
use partner_cities::ui::chart::axis_labels;

/// Every day of the kiosk's years.
fn days() -> impl Iterator<Item = PartialDate> {
    (2020..=2045).flat_map(|year| {
        (1..=12).flat_map(move |month| {
            (1..=days_in_month(year, month))
                .map(move |day| PartialDate::ymd(year, month, day).expect("a real day"))
        })
    })
}

/// The first and the last day a date may mean, as (year, month, day).
fn span(date: &PartialDate) -> ((u16, u8, u8), (u16, u8, u8)) {
    let month = date.month();
    let first = (date.year(), month.unwrap_or(1), date.day().unwrap_or(1));
    let last_month = month.unwrap_or(12);
    let last_day = date
        .day()
        .unwrap_or_else(|| days_in_month(date.year(), last_month));
    (first, (date.year(), last_month, last_day))
}

fn ymd(d: &PartialDate) -> (u16, u8, u8) {
    (d.year(), d.month().unwrap_or(0), d.day().unwrap_or(0))
}

/// Whole years from `from` to `to`, both days.
fn whole_years(from: (u16, u8, u8), to: (u16, u8, u8)) -> i32 {
    let mut years = i32::from(to.0) - i32::from(from.0);
    if (to.1, to.2) < (from.1, from.2) {
        years -= 1;
    }
    years
}

/// Every date a partner's details give an age for: how the relation began, each step.
fn dated(data: &Dataset) -> Vec<Vec<PartialDate>> {
    data.partners
        .iter()
        .map(|p| {
            p.began
                .iter()
                .map(|b| b.date)
                .chain(p.steps.iter().map(|s| s.date))
                .collect()
        })
        .collect()
}

fn check_ages(name: &str, data: &Dataset) -> usize {
    let mut checked = 0;
    for today in days() {
        let now = ymd(&today);
        for dates in dated(data) {
            let mut seen: Vec<((u16, u8, u8), Age)> = Vec::new();
            for date in dates {
                let (first, last) = span(&date);
                let age = date.age(&today);
                let what = format!("{name}: {date} on {today}: {age:?}");
                match age {
                    None => assert!(
                        first > now
                            || (date.precision() == Precision::Year
                                && date.year() + 1 < today.year()),
                        "{what}: an age is due"
                    ),
                    Some(Age::ThisYear) => {
                        assert_eq!(date.year(), today.year(), "{what}");
                        assert!(first <= now, "{what}: not yet");
                    }
                    Some(Age::LastYear) => {
                        assert_eq!(date.year() + 1, today.year(), "{what}");
                        assert!(
                            date.precision() == Precision::Year || whole_years(last, now) < 1,
                            "{what}: a whole year is certain"
                        );
                    }
                    Some(Age::Years(n)) => {
                        assert_ne!(date.precision(), Precision::Year, "{what}: year-only");
                        // Certainly passed: counted from the last day the date may mean.
                        assert_eq!(i32::from(n), whole_years(last, now), "{what}");
                        assert!(n >= 1, "{what}");
                    }
                }
                if let Some(age) = age {
                    seen.push((last, age));
                }
                checked += 1;
            }
            // On one screen, a later date is never older than an earlier one.
            let rank = |age: &Age| match age {
                Age::ThisYear => 0,
                Age::LastYear => 1,
                Age::Years(n) => u32::from(*n) + 1,
            };
            seen.sort_by_key(|(last, _)| *last);
            for pair in seen.windows(2) {
                assert!(
                    rank(&pair[0].1) >= rank(&pair[1].1),
                    "{name} on {today}: {:?} then {:?}",
                    pair[0],
                    pair[1]
                );
            }
        }
    }
    checked
}

#[test]
fn ages_are_true_at_their_precision_on_every_day() {
    for (name, data) in [("fixture", fixture()), ("production", production())] {
        let checked = check_ages(name, &data);
        assert!(checked > 9_000 * 4, "{name}: {checked} ages checked");
    }
}

#[test]
fn round_anniversaries_are_true_and_of_no_jubilee_on_every_year() {
    for (name, data) in [("fixture", fixture()), ("production", production())] {
        let mut listed = 0;
        for year in 2020..=2045 {
            for (event, age) in data.round_anniversaries(year) {
                let e = &data.events[event];
                assert!(
                    !e.jubilee,
                    "{name} {year}: a milestone of a jubilee: {:?}",
                    e.title
                );
                assert!(age > 0 && age % 5 == 0, "{name} {year}: {age}");
                assert_eq!(e.date.year() + age, year, "{name}");
                listed += 1;
            }
        }
        assert!(listed > 0, "{name}: anniversaries were listed at all");
    }
    // Found: in 2025, "25 years of partnership with Duderstadt – 5 years".
    let data = production();
    let jubilee = data
        .events
        .iter()
        .position(|e| e.jubilee)
        .expect("the real data marks its jubilee");
    assert!(
        data.round_anniversaries(2025)
            .iter()
            .all(|(e, _)| *e != jubilee)
    );
}

#[test]
fn the_chart_s_axis_runs_to_the_year_of_the_day() {
    for data in [fixture(), production()] {
        let first = data
            .partners
            .iter()
            .map(|p| p.start().year())
            .min()
            .expect("partners");
        for year in 2020..=2045 {
            for width in 8..=140 {
                let labels = axis_labels(first, year, width);
                assert_eq!(labels.first(), Some(&(0, first)), "{year} {width}");
                for pair in labels.windows(2) {
                    assert!(pair[0].0 + 4 < pair[1].0, "{year} {width}: {labels:?}");
                    assert!(pair[0].1 < pair[1].1, "{year} {width}: {labels:?}");
                }
                let (column, last) = *labels.last().expect("a label");
                assert!(column + 4 <= width, "{year} {width}: {labels:?}");
                assert!(last <= year, "{year} {width}: {labels:?}");
                if width >= 20 {
                    assert_eq!((column, last), (width - 4, year), "{year} {width}");
                }
            }
        }
    }
}
