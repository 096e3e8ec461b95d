//! Calendar dates and half-years.
//!
//! Dates are [`NaiveDate`]s, read and written as ISO `YYYY-MM-DD`. French
//! rates change by half-year (1 January and 1 July), so [`HalfYear`] is a
//! noun of its own.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// Earliest year accepted in a date.
pub const MIN_YEAR: i32 = 1970;
/// Latest year accepted in a date.
pub const MAX_YEAR: i32 = 2200;

/// Reads a strict ISO date `YYYY-MM-DD` in [`MIN_YEAR`]..=[`MAX_YEAR`].
///
/// # Example
///
/// ```
/// use relance::calendar::parse_date;
///
/// assert!(parse_date("2024-02-29").is_some());
/// assert!(parse_date("2025-02-29").is_none());
/// assert!(parse_date("2025-2-1").is_none());
/// ```
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// Writes a date as `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Whole days from `a` to `b` (negative when `b` is before `a`).
pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// `date` moved by `days` days, or `None` past chrono's range.
pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// 366 in a leap year, else 365.
pub fn days_in_year(year: i32) -> u32 {
    if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    }
}

/// 1 January of the year after `date`'s.
pub fn next_new_year(date: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
}

/// Payment terms that give a due date from the invoice date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentTerms {
    /// A number of days after the invoice date (30, 60...).
    Days(u32),
    /// 45 days end of month, counted as the invoice date + 45 days, then the
    /// end of that month (one of the two readings accepted in practice; the
    /// other, end of the invoice's month + 45 days, can give another date).
    FortyFiveDaysEndOfMonth,
}

impl PaymentTerms {
    /// Reads `30`, `45eom`, `60` (any number of days from 0 to 365, or
    /// `45eom`).
    pub fn parse(text: &str) -> Option<PaymentTerms> {
        match text {
            "45eom" => Some(PaymentTerms::FortyFiveDaysEndOfMonth),
            days => days
                .parse()
                .ok()
                .filter(|d| *d <= 365)
                .map(PaymentTerms::Days),
        }
    }

    /// The due date of an invoice dated `issue`.
    ///
    /// # Example
    ///
    /// ```
    /// use relance::calendar::{parse_date, PaymentTerms};
    ///
    /// let issue = parse_date("2025-01-20").unwrap();
    /// assert_eq!(PaymentTerms::Days(30).due_date(issue), parse_date("2025-02-19"));
    /// // 20 January + 45 days = 6 March, end of that month: 31 March.
    /// assert_eq!(PaymentTerms::FortyFiveDaysEndOfMonth.due_date(issue), parse_date("2025-03-31"));
    /// ```
    pub fn due_date(self, issue: NaiveDate) -> Option<NaiveDate> {
        match self {
            PaymentTerms::Days(days) => add_days(issue, i64::from(days)),
            PaymentTerms::FortyFiveDaysEndOfMonth => {
                let d = add_days(issue, 45)?;
                let first_of_next = if d.month() == 12 {
                    NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
                }?;
                add_days(first_of_next, -1)
            }
        }
    }
}

/// One half of a calendar year: H1 runs from 1 January to 30 June, H2 from
/// 1 July to 31 December.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HalfYear {
    year: i32,
    second: bool,
}

impl HalfYear {
    /// The half-year of `year`: the first when `second` is false.
    pub fn new(year: i32, second: bool) -> HalfYear {
        HalfYear { year, second }
    }

    /// The half-year that contains `date`.
    pub fn of(date: NaiveDate) -> HalfYear {
        HalfYear::new(date.year(), date.month() >= 7)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// True for July to December.
    pub fn is_second(self) -> bool {
        self.second
    }

    /// 1 January or 1 July.
    pub fn start(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, if self.second { 7 } else { 1 }, 1)
    }

    /// The half-year that follows.
    pub fn next(self) -> HalfYear {
        if self.second {
            HalfYear::new(self.year + 1, false)
        } else {
            HalfYear::new(self.year, true)
        }
    }

    /// Reads `2026-H1` or `2026-H2`.
    ///
    /// # Example
    ///
    /// ```
    /// use relance::calendar::HalfYear;
    ///
    /// assert_eq!(HalfYear::parse("2026-H2"), Some(HalfYear::new(2026, true)));
    /// assert_eq!(HalfYear::parse("2026-S2"), None);
    /// ```
    pub fn parse(text: &str) -> Option<HalfYear> {
        let (y, h) = text.split_once("-H")?;
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        match h {
            "1" => Some(HalfYear::new(year, false)),
            "2" => Some(HalfYear::new(year, true)),
            _ => None,
        }
    }

    /// `1er semestre 2026` / `2e semestre 2026`.
    pub fn french(self) -> String {
        format!(
            "{} semestre {}",
            if self.second { "2e" } else { "1er" },
            self.year
        )
    }

    /// `first half of 2026` / `second half of 2026`.
    pub fn english(self) -> String {
        format!(
            "{} half of {}",
            if self.second { "second" } else { "first" },
            self.year
        )
    }
}

impl fmt::Display for HalfYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-H{}", self.year, if self.second { 2 } else { 1 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn strict_iso_dates() {
        for bad in [
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "25-04-01",
            "2025/04/01",
            "2025-04-01T00",
            "1969-12-31",
            "2201-01-01",
            "２０２５-01-01",
            "",
        ] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
        assert_eq!(iso(date("2025-09-10")), "2025-09-10");
    }

    #[test]
    fn half_years() {
        let h = HalfYear::of(date("2025-06-30"));
        assert_eq!(h.to_string(), "2025-H1");
        assert_eq!(h.next().start(), Some(date("2025-07-01")));
        assert_eq!(h.next().next().start(), Some(date("2026-01-01")));
        assert_eq!(
            HalfYear::of(date("2025-07-01")).french(),
            "2e semestre 2025"
        );
    }

    #[test]
    fn payment_terms() {
        let due = |issue: &str, terms: &str| {
            PaymentTerms::parse(terms).and_then(|t| t.due_date(date(issue)))
        };
        assert_eq!(due("2025-12-10", "45eom"), Some(date("2026-01-31")));
        assert_eq!(due("2024-01-15", "45eom"), Some(date("2024-02-29")));
        assert_eq!(due("2025-11-20", "60"), Some(date("2026-01-19")));
        assert_eq!(due("2025-11-20", "x"), None);
        assert_eq!(due("2025-11-20", "400"), None);
    }

    #[test]
    fn day_arithmetic() {
        assert_eq!(days_between(date("2018-04-15"), date("2018-05-15")), 30);
        assert_eq!(days_in_year(2024), 366);
        assert_eq!(days_in_year(2100), 365);
        assert_eq!(add_days(date("2024-02-28"), 1), Some(date("2024-02-29")));
    }
}
