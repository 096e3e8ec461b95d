//! The rate tables, with where each figure comes from.
//!
//! Two tables are embedded at compile time from `data/*.csv`:
//!
//! - the **legal interest rate** (taux de l'intérêt légal) per half-year,
//!   in its two columns: creditor an individual acting outside any
//!   profession, and all other cases (Code monétaire et financier L313-2);
//! - the **ECB main refinancing operations rate** by effective date.
//!
//! Each row carries its source and a status. Only `confirmed` rows take part
//! in a computation; `unconfirmed` ones are listed by [`RateTables::report`]
//! so that a user can see what has been reported, and nothing more.
//!
//! When a computation needs a half-year past what the table vouches for, the
//! [`Resolver`] uses the latest confirmed rate and marks the figure
//! provisional; a rate the caller supplies ([`RateOverride`]) always wins.
//! Before the tables begin there is nothing to fall back on: the caller must
//! supply the rate or get [`ErrorKind::RateUnavailable`].

use crate::calendar::{iso, HalfYear};
use crate::error::{Error, ErrorKind};
use crate::money::Percent;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

pub(crate) struct LegalRow {
    year: i32,
    second_half: bool,
    individual: (i64, u32),
    other: (i64, u32),
    confirmed: bool,
    source: &'static str,
}

pub(crate) struct EcbRow {
    from: (i32, u32, u32),
    percent: (i64, u32),
    confirmed: bool,
    source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/rate_tables.rs"));

fn dec((mantissa, scale): (i64, u32)) -> Decimal {
    Decimal::new(mantissa, scale)
}

impl LegalRow {
    fn half_year(&self) -> HalfYear {
        HalfYear::new(self.year, self.second_half)
    }
}

impl EcbRow {
    fn from(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.from.0, self.from.1, self.from.2)
    }
}

/// A rate the caller supplies for one half-year; it takes precedence over
/// the embedded tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateOverride {
    /// The half-year it applies to.
    pub half_year: HalfYear,
    /// The ECB main refinancing rate in force on the half-year's first day.
    pub ecb_percent: Option<Decimal>,
    /// The legal interest rate, column "all other cases".
    pub legal_percent: Option<Decimal>,
}

/// Which figure a reference rate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ReferenceKind {
    /// ECB main refinancing operations rate.
    Ecb,
    /// Legal interest rate, column "all other cases".
    Legal,
}

/// A reference rate as found for a half-year, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The kind of rate.
    pub kind: ReferenceKind,
    /// The rate, in percent per year.
    pub percent: Decimal,
    /// The half-year it was wanted for.
    pub half_year: HalfYear,
    /// Where it comes from: the table's source, or the caller.
    pub source: &'static str,
    /// True when the caller supplied it.
    pub overridden: bool,
    /// True when the table does not vouch for this half-year and the latest
    /// confirmed value stands in for it.
    pub provisional: bool,
}

/// The embedded tables.
pub struct RateTables;

impl RateTables {
    /// The legal rate, column "all other cases", confirmed for `half_year`.
    pub fn legal_other(half_year: HalfYear) -> Option<(Decimal, &'static str)> {
        LEGAL_ROWS
            .iter()
            .find(|r| r.confirmed && r.half_year() == half_year)
            .map(|r| (dec(r.other), r.source))
    }

    /// The legal rate, column "individual creditor", confirmed for `half_year`.
    pub fn legal_individual(half_year: HalfYear) -> Option<(Decimal, &'static str)> {
        LEGAL_ROWS
            .iter()
            .find(|r| r.confirmed && r.half_year() == half_year)
            .map(|r| (dec(r.individual), r.source))
    }

    fn latest_legal() -> Option<&'static LegalRow> {
        LEGAL_ROWS
            .iter()
            .filter(|r| r.confirmed)
            .max_by_key(|r| r.half_year())
    }

    fn first_legal() -> Option<HalfYear> {
        LEGAL_ROWS
            .iter()
            .filter(|r| r.confirmed)
            .map(LegalRow::half_year)
            .min()
    }

    /// The last date the ECB table vouches for: its last confirmed row.
    pub fn ecb_confirmed_through() -> Option<NaiveDate> {
        ECB_ROWS
            .iter()
            .filter(|r| r.confirmed)
            .filter_map(EcbRow::from)
            .max()
    }

    /// The ECB rate in force on `date` by the confirmed rows (the last row
    /// whose date is on or before it), with the row's date and source.
    pub fn ecb_in_force(date: NaiveDate) -> Option<(Decimal, NaiveDate, &'static str)> {
        ECB_ROWS
            .iter()
            .filter(|r| r.confirmed)
            .filter_map(|r| Some((r.from()?, r)))
            .filter(|(from, _)| *from <= date)
            .max_by_key(|(from, _)| *from)
            .map(|(from, r)| (dec(r.percent), from, r.source))
    }

    /// Everything the tables hold, for display.
    pub fn report() -> RatesReport {
        RatesReport {
            legal: LEGAL_ROWS
                .iter()
                .map(|r| LegalEntry {
                    half_year: r.half_year().to_string(),
                    individual_percent: Percent(dec(r.individual)),
                    other_percent: Percent(dec(r.other)),
                    status: status(r.confirmed),
                    source: r.source,
                })
                .collect(),
            ecb: ECB_ROWS
                .iter()
                .filter_map(|r| {
                    Some(EcbEntry {
                        from: iso(r.from()?),
                        percent: Percent(dec(r.percent)),
                        status: status(r.confirmed),
                        source: r.source,
                    })
                })
                .collect(),
            last_legal_half_year: Self::latest_legal().map(|r| r.half_year().to_string()),
            ecb_confirmed_through: Self::ecb_confirmed_through().map(iso),
        }
    }
}

fn status(confirmed: bool) -> &'static str {
    if confirmed {
        "confirmed"
    } else {
        "unconfirmed"
    }
}

/// The embedded tables as the JS `rates()` returns them.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RatesReport {
    /// Legal interest rate rows.
    pub legal: Vec<LegalEntry>,
    /// ECB rate rows.
    pub ecb: Vec<EcbEntry>,
    /// The last half-year with a confirmed legal rate, e.g. `2026-H1`.
    pub last_legal_half_year: Option<String>,
    /// The last date the ECB table vouches for.
    pub ecb_confirmed_through: Option<String>,
}

/// One legal-rate row.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalEntry {
    /// `YYYY-H1` or `YYYY-H2`.
    pub half_year: String,
    /// Creditor an individual acting outside any profession.
    pub individual_percent: Percent,
    /// All other cases.
    pub other_percent: Percent,
    /// `confirmed` or `unconfirmed`.
    pub status: &'static str,
    /// Where the figure comes from.
    pub source: &'static str,
}

/// One ECB-rate row.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EcbEntry {
    /// Effective date.
    pub from: String,
    /// Rate in percent.
    pub percent: Percent,
    /// `confirmed` or `unconfirmed`.
    pub status: &'static str,
    /// Where the figure comes from.
    pub source: &'static str,
}

/// Finds reference rates for half-years, honouring the caller's overrides.
#[derive(Debug, Clone, Copy)]
pub struct Resolver<'a> {
    overrides: &'a [RateOverride],
}

/// Source text of a rate the caller supplied.
pub const OVERRIDE_SOURCE: &str = "Taux fourni par l'utilisateur (rateOverrides)";

impl<'a> Resolver<'a> {
    /// A resolver that consults `overrides` first.
    pub fn new(overrides: &'a [RateOverride]) -> Resolver<'a> {
        Resolver { overrides }
    }

    fn overridden(&self, half_year: HalfYear, kind: ReferenceKind) -> Option<Decimal> {
        self.overrides
            .iter()
            .find(|o| o.half_year == half_year)
            .and_then(|o| match kind {
                ReferenceKind::Ecb => o.ecb_percent,
                ReferenceKind::Legal => o.legal_percent,
            })
    }

    fn supplied(&self, half_year: HalfYear, kind: ReferenceKind) -> Option<Quote> {
        self.overridden(half_year, kind).map(|percent| Quote {
            kind,
            percent,
            half_year,
            source: OVERRIDE_SOURCE,
            overridden: true,
            provisional: false,
        })
    }

    /// The legal rate ("all other cases") for `half_year`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::RateUnavailable`] for a half-year before the table
    /// begins with no override.
    pub fn legal(&self, half_year: HalfYear) -> Result<Quote, Error> {
        if let Some(q) = self.supplied(half_year, ReferenceKind::Legal) {
            return Ok(q);
        }
        if let Some((percent, source)) = RateTables::legal_other(half_year) {
            return Ok(quote(
                ReferenceKind::Legal,
                percent,
                half_year,
                source,
                false,
            ));
        }
        match (RateTables::latest_legal(), RateTables::first_legal()) {
            (Some(latest), Some(first)) if half_year > first => Ok(quote(
                ReferenceKind::Legal,
                dec(latest.other),
                half_year,
                latest.source,
                true,
            )),
            _ => Err(unavailable(half_year)),
        }
    }

    /// The ECB rate in force on the first day of `half_year` (1 January or
    /// 1 July).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::RateUnavailable`] for a date before the table begins
    /// with no override.
    pub fn ecb(&self, half_year: HalfYear) -> Result<Quote, Error> {
        if let Some(q) = self.supplied(half_year, ReferenceKind::Ecb) {
            return Ok(q);
        }
        let day = half_year.start().ok_or_else(|| unavailable(half_year))?;
        let (percent, _, source) =
            RateTables::ecb_in_force(day).ok_or_else(|| unavailable(half_year))?;
        let provisional = RateTables::ecb_confirmed_through().is_none_or(|last| day > last);
        Ok(quote(
            ReferenceKind::Ecb,
            percent,
            half_year,
            source,
            provisional,
        ))
    }
}

fn quote(
    kind: ReferenceKind,
    percent: Decimal,
    half_year: HalfYear,
    source: &'static str,
    provisional: bool,
) -> Quote {
    Quote {
        kind,
        percent,
        half_year,
        source,
        overridden: false,
        provisional,
    }
}

fn unavailable(half_year: HalfYear) -> Error {
    Error::new(
        ErrorKind::RateUnavailable {
            half_year: half_year.to_string(),
        },
        "options.rateOverrides",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_date;

    fn hy(s: &str) -> HalfYear {
        HalfYear::parse(s).unwrap()
    }

    #[test]
    fn every_row_is_a_real_date() {
        assert!(ECB_ROWS.iter().all(|r| r.from().is_some()));
        assert_eq!(RateTables::report().ecb.len(), ECB_ROWS.len());
    }

    #[test]
    fn legal_rows_are_unique_and_in_order() {
        let halves: Vec<HalfYear> = LEGAL_ROWS.iter().map(LegalRow::half_year).collect();
        assert!(halves.windows(2).all(|w| w[0].next() == w[1]));
    }

    #[test]
    fn unconfirmed_rows_are_never_used() {
        let q = Resolver::new(&[]).legal(hy("2026-H2")).unwrap();
        assert!(q.provisional);
        assert_eq!(
            q.percent,
            Decimal::new(262, 2),
            "falls back to 2026-H1, not the reported 2.75"
        );
        let q = Resolver::new(&[]).ecb(hy("2026-H2")).unwrap();
        assert!(q.provisional);
        assert_eq!(q.percent, Decimal::new(215, 2), "not the reported 2.40");
    }

    #[test]
    fn ecb_on_first_of_january_is_confirmed() {
        let q = Resolver::new(&[]).ecb(hy("2026-H1")).unwrap();
        assert!(!q.provisional);
        assert_eq!(q.percent, Decimal::new(215, 2));
        assert_eq!(
            RateTables::ecb_confirmed_through(),
            parse_date("2026-02-05")
        );
    }

    #[test]
    fn before_the_tables_needs_an_override() {
        let err = Resolver::new(&[]).legal(hy("2014-H2")).unwrap_err();
        assert_eq!(err.code(), "rateUnavailable");
        let err = Resolver::new(&[]).ecb(hy("2014-H1")).unwrap_err();
        assert_eq!(err.field(), "options.rateOverrides");
        let o = [RateOverride {
            half_year: hy("2014-H1"),
            ecb_percent: Some(Decimal::new(25, 2)),
            legal_percent: None,
        }];
        let q = Resolver::new(&o).ecb(hy("2014-H1")).unwrap();
        assert!(q.overridden && !q.provisional);
    }
}
