//! Relation dates as numbers: [`DateSpan`] turns an ISO date or prefix
//! (`2023`, `2023-05`, `2023-05-24`) into the span of days it covers, as
//! sortable `YYYYMMDD` numbers, and [`Timeline`] lists the dated relations of
//! a model in date order for the strip under the diagram.
//!
//! A month always ends on day 31 and a year on 12-31: the numbers only need
//! to sort and compare, and `20230231` still falls after every February date
//! and before March. [`day_number`] gives an almost linear scale (372-day
//! years, 31-day months) for placing dates on a strip; it is monotonic, which
//! is what a slider needs.

use petgraph::graph::EdgeIndex;

use crate::model::Model;

/// The days an ISO date or date prefix covers, as `YYYYMMDD` numbers,
/// inclusive at both ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateSpan {
    pub first: u32,
    pub last: u32,
}

impl DateSpan {
    pub const EARLIEST: u32 = 0;
    pub const LATEST: u32 = 99_991_231;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything after the day (a
    /// time such as `T10:00`) is ignored. Out-of-range months or days, and
    /// anything else, give `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let date = text.split(['T', ' ']).next().unwrap_or_default();
        let mut parts = date.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let Some(month_text) = parts.next() else {
            return Some(Self {
                first: year * 10_000 + 101,
                last: year * 10_000 + 1231,
            });
        };
        let month = parse_digits(month_text, 2).filter(|m| (1..=12).contains(m))?;
        let Some(day_text) = parts.next() else {
            return Some(Self {
                first: year * 10_000 + month * 100 + 1,
                last: year * 10_000 + month * 100 + 31,
            });
        };
        let day = parse_digits(day_text, 2).filter(|d| (1..=31).contains(d))?;
        if parts.next().is_some() {
            return None;
        }
        let number = year * 10_000 + month * 100 + day;
        Some(Self {
            first: number,
            last: number,
        })
    }

    /// True when the two spans share at least one day.
    pub fn overlaps(self, other: Self) -> bool {
        self.first <= other.last && other.first <= self.last
    }
}

fn parse_digits(text: &str, length: usize) -> Option<u32> {
    if text.len() != length || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The sortable number of a date string: the first day it covers, as
/// `YYYYMMDD` (`"2023-05"` gives `20230501`).
pub fn sortable_date(text: &str) -> Option<u32> {
    DateSpan::parse(text).map(|span| span.first)
}

/// `YYYY-MM-DD` of a `YYYYMMDD` number (the inverse of [`sortable_date`] for
/// full dates), e.g. to turn a slider position back into a filter bound.
/// The day is clamped to the month's real length, so the 31-day months of
/// the numbers never show as "2024-02-31".
pub fn iso_from_sortable(number: u32) -> String {
    let (year, month, day) = (number / 10_000, (number / 100 % 100).clamp(1, 12), number % 100);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    format!("{year:04}-{month:02}-{:02}", day.clamp(1, month_days))
}

/// A near-linear day count of a `YYYYMMDD` number (372-day years, 31-day
/// months), for placing dates on a strip.
pub fn day_number(number: u32) -> u32 {
    let (year, month, day) = (number / 10_000, number / 100 % 100, number % 100);
    year * 372 + month.saturating_sub(1) * 31 + day.saturating_sub(1)
}

/// The inverse of [`day_number`], as a `YYYYMMDD` number.
pub fn sortable_from_day_number(days: u32) -> u32 {
    let (year, rest) = (days / 372, days % 372);
    year * 10_000 + (rest / 31 + 1) * 100 + rest % 31 + 1
}

/// A dated relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub span: DateSpan,
    pub edge: EdgeIndex,
}

/// The relations of a model that have a usable `date_iso`, sorted by date
/// (then by edge index).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    pub entries: Vec<TimelineEntry>,
}

impl Timeline {
    pub fn new(model: &Model) -> Self {
        let mut entries: Vec<TimelineEntry> = model
            .document
            .relations
            .iter()
            .enumerate()
            .filter_map(|(index, relation)| {
                let span = DateSpan::parse(relation.date_iso.as_deref()?)?;
                Some(TimelineEntry {
                    span,
                    edge: EdgeIndex::new(index),
                })
            })
            .collect();
        entries.sort_by_key(|entry| (entry.span, entry.edge));
        Self { entries }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The first day of the earliest date, `YYYYMMDD`.
    pub fn min_date(&self) -> Option<u32> {
        self.entries.first().map(|entry| entry.span.first)
    }

    /// The last day of the latest date, `YYYYMMDD`.
    pub fn max_date(&self) -> Option<u32> {
        self.entries.iter().map(|entry| entry.span.last).max()
    }
}
