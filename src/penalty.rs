//! Late-payment penalties: periods, rates and amounts.
//!
//! # How a penalty is computed
//!
//! Interest runs from the day after its start date (the due date; for a
//! consumer, the formal notice's date) through the assessment date, or
//! through the day the principal is paid off. The delay is cut into
//! periods:
//!
//! - at every 1 January and 1 July when the rate follows the half-year (B2B
//!   and consumer rates; a public buyer's rate is fixed once for the whole
//!   delay, Code de la commande publique R2192-31);
//! - at every 1 January with the `actualActual` day count, so that each
//!   period lies in one year;
//! - the day after each payment: a payment counts for its own day.
//!
//! Each period's amount is `base x rate x days / (100 x divisor)`, with a
//! divisor of 365 (`actual365`, the default, even in leap years) or the
//! number of days of the period's year (`actualActual`), rounded to the
//! cent with [`ROUNDING`](crate::money::ROUNDING). The penalty is the sum of
//! the rounded lines.
//!
//! A payment reduces the principal ([`Imputation::PrincipalFirst`], the
//! default) or first pays the penalties accrued up to its date, then the
//! principal ([`Imputation::InterestFirst`], Code civil 1343-1).

use crate::calendar::{add_days, days_between, days_in_year, next_new_year, HalfYear};
use crate::error::{Error, ErrorKind};
use crate::input::{Payment, Relationship};
use crate::money::{round_cents, Money, Percent};
use crate::rates::{Quote, RateOverride, ReferenceKind, Resolver};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// The penalty clause of a B2B invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateMode {
    /// Nothing stated: ECB rate on 1 January / 1 July + 10 points.
    Default,
    /// Three times the legal interest rate.
    ThreeTimesLegal,
    /// A stated annual percent, raised to three times the legal rate when
    /// below it.
    Fixed(Decimal),
}

/// How days are turned into a fraction of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayCount {
    /// Days / 365, also in leap years.
    #[default]
    Actual365,
    /// Days / the number of days of the year they fall in.
    ActualActual,
}

/// What a partial payment pays first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Imputation {
    /// The invoice principal.
    #[default]
    PrincipalFirst,
    /// The penalties accrued to the payment's date, then the principal
    /// (Code civil 1343-1).
    InterestFirst,
}

/// The points added to the ECB rate for the B2B default rate (L441-10).
pub const B2B_DEFAULT_MARGIN: Decimal = Decimal::from_parts(10, 0, 0, false, 0);
/// The points added to the ECB rate for a public buyer (R2192-31).
pub const PUBLIC_MARGIN: Decimal = Decimal::from_parts(8, 0, 0, false, 0);
/// The multiple of the legal rate that B2B penalties may not go below.
pub const LEGAL_FLOOR_MULTIPLE: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// How a period's rate was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RateBasis {
    /// ECB rate on 1 January / 1 July + 10 points (B2B default).
    EcbPlus10,
    /// Three times the legal rate (B2B clause).
    ThreeTimesLegal,
    /// The rate stated in the terms of sale.
    Fixed,
    /// Three times the legal rate, because the stated rate was below it.
    LegalFloor,
    /// The legal interest rate (consumer client).
    Legal,
    /// ECB rate on the first day of the half-year the delay began in + 8
    /// points (public buyer).
    EcbPlus8,
}

/// The rate of one period, with what it was derived from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRate {
    /// Annual percent applied.
    pub percent: Decimal,
    /// How it was obtained.
    pub basis: RateBasis,
    /// The reference rate it rests on.
    pub reference: Quote,
    /// The stated rate, when it was raised to the legal floor.
    pub stated: Option<Decimal>,
}

/// One line of the penalty computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// First day, included.
    #[serde(serialize_with = "crate::assessment::ser_date")]
    pub from: NaiveDate,
    /// Last day, included.
    #[serde(serialize_with = "crate::assessment::ser_date")]
    pub to: NaiveDate,
    /// Number of days.
    pub days: i64,
    /// Annual rate applied, in percent.
    pub rate_percent: Percent,
    /// How the rate was obtained.
    pub rate_basis: RateBasis,
    /// Which reference rate it rests on.
    pub reference_kind: ReferenceKind,
    /// The reference rate, in percent.
    pub reference_percent: Percent,
    /// The half-year the reference rate was taken for (`2026-H1`).
    #[serde(serialize_with = "ser_half_year")]
    pub reference_half_year: HalfYear,
    /// Where the reference rate comes from.
    pub rate_source: &'static str,
    /// True when the reference rate is not confirmed for that half-year.
    pub provisional: bool,
    /// True when the caller supplied the reference rate.
    pub overridden: bool,
    /// The stated rate that was raised to the legal floor, if any.
    pub stated_percent: Option<Percent>,
    /// 365, or the days of the year with `actualActual`.
    pub divisor: u32,
    /// Principal the rate applies to.
    pub base: Money,
    /// Amount, rounded to the cent.
    pub amount: Money,
}

fn ser_half_year<S: serde::Serializer>(h: &HalfYear, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(h)
}

/// What [`accrue`] needs to know besides dates and money.
#[derive(Debug, Clone, Copy)]
pub struct Terms<'a> {
    /// Who the client is.
    pub relationship: Relationship,
    /// The B2B penalty clause (ignored for other relationships).
    pub rate_mode: RateMode,
    /// Day count convention.
    pub day_count: DayCount,
    /// Payment imputation.
    pub imputation: Imputation,
    /// Caller-supplied rates.
    pub overrides: &'a [RateOverride],
}

/// The outcome of [`accrue`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Accrual {
    /// The periods, in order.
    pub periods: Vec<Period>,
    /// Sum of the periods' amounts.
    pub accrued: Decimal,
    /// Part of the accrued penalties paid by payments (interest first).
    pub imputed: Decimal,
    /// Principal still owed at the end.
    pub principal: Decimal,
    /// The day a payment brought the principal to zero, if one did.
    pub paid_off_on: Option<NaiveDate>,
}

impl Accrual {
    /// Penalties still owed.
    pub fn outstanding(&self) -> Decimal {
        self.accrued - self.imputed
    }
}

fn overflow() -> Error {
    Error::new(ErrorKind::Overflow, "")
}

/// The rate for the period starting on `day`, interest having started to
/// run on `first_day`.
///
/// # Errors
///
/// [`ErrorKind::RateUnavailable`] when no rate is known for the half-year.
pub fn rate_for(
    terms: &Terms<'_>,
    first_day: NaiveDate,
    day: NaiveDate,
) -> Result<PeriodRate, Error> {
    let resolver = Resolver::new(terms.overrides);
    let half_year = HalfYear::of(day);
    let rate = match terms.relationship {
        Relationship::Public => {
            let reference = resolver.ecb(HalfYear::of(first_day))?;
            let percent = reference
                .percent
                .checked_add(PUBLIC_MARGIN)
                .ok_or_else(overflow)?;
            PeriodRate {
                percent,
                basis: RateBasis::EcbPlus8,
                reference,
                stated: None,
            }
        }
        Relationship::Consumer => {
            let reference = resolver.legal(half_year)?;
            PeriodRate {
                percent: reference.percent,
                basis: RateBasis::Legal,
                reference,
                stated: None,
            }
        }
        Relationship::Business => match terms.rate_mode {
            RateMode::Default => {
                let reference = resolver.ecb(half_year)?;
                let percent = reference
                    .percent
                    .checked_add(B2B_DEFAULT_MARGIN)
                    .ok_or_else(overflow)?;
                PeriodRate {
                    percent,
                    basis: RateBasis::EcbPlus10,
                    reference,
                    stated: None,
                }
            }
            RateMode::ThreeTimesLegal => {
                let reference = resolver.legal(half_year)?;
                let percent = reference
                    .percent
                    .checked_mul(LEGAL_FLOOR_MULTIPLE)
                    .ok_or_else(overflow)?;
                PeriodRate {
                    percent,
                    basis: RateBasis::ThreeTimesLegal,
                    reference,
                    stated: None,
                }
            }
            RateMode::Fixed(stated) => {
                let reference = resolver.legal(half_year)?;
                let floor = reference
                    .percent
                    .checked_mul(LEGAL_FLOOR_MULTIPLE)
                    .ok_or_else(overflow)?;
                if stated < floor {
                    PeriodRate {
                        percent: floor,
                        basis: RateBasis::LegalFloor,
                        reference,
                        stated: Some(stated),
                    }
                } else {
                    PeriodRate {
                        percent: stated,
                        basis: RateBasis::Fixed,
                        reference,
                        stated: None,
                    }
                }
            }
        },
    };
    Ok(rate)
}

/// The amount of one period: `base x percent x days / (100 x divisor)`,
/// rounded to the cent.
///
/// # Errors
///
/// [`ErrorKind::Overflow`] if the product leaves decimal range (it cannot
/// for amounts and delays the input accepts).
///
/// # Example
///
/// ```
/// use relance::penalty::line_amount;
/// use rust_decimal::Decimal;
///
/// // 15 000 EUR at 15 % for 30 days: 184.93 EUR.
/// let amount = line_amount(Decimal::new(15_000, 0), Decimal::new(15, 0), 30, 365)?;
/// assert_eq!(amount, Decimal::new(18493, 2));
/// # Ok::<(), relance::Error>(())
/// ```
pub fn line_amount(
    base: Decimal,
    percent: Decimal,
    days: i64,
    divisor: u32,
) -> Result<Decimal, Error> {
    let numerator = base
        .checked_mul(percent)
        .and_then(|v| v.checked_mul(Decimal::from(days)))
        .ok_or_else(overflow)?;
    let denominator = Decimal::from(divisor)
        .checked_mul(Decimal::ONE_HUNDRED)
        .ok_or_else(overflow)?;
    numerator
        .checked_div(denominator)
        .map(round_cents)
        .ok_or_else(overflow)
}

/// Accrues penalties on `principal` from the day after `start` through
/// `end`, given `payments` sorted by date.
///
/// # Errors
///
/// [`ErrorKind::RateUnavailable`] when a needed rate is unknown,
/// [`ErrorKind::Overflow`] on arithmetic overflow.
pub fn accrue(
    terms: &Terms<'_>,
    start: NaiveDate,
    end: NaiveDate,
    principal: Decimal,
    payments: &[Payment],
) -> Result<Accrual, Error> {
    let mut out = Accrual {
        principal,
        ..Accrual::default()
    };
    let mut next_payment = 0;
    let mut unpaid_interest = Decimal::ZERO;
    let pay = |out: &mut Accrual, unpaid: &mut Decimal, p: &Payment| {
        let to_interest = match terms.imputation {
            Imputation::PrincipalFirst => Decimal::ZERO,
            Imputation::InterestFirst => p.amount.min(*unpaid),
        };
        *unpaid -= to_interest;
        out.imputed += to_interest;
        out.principal = (out.principal - (p.amount - to_interest)).max(Decimal::ZERO);
        if out.principal.is_zero() && out.paid_off_on.is_none() {
            out.paid_off_on = Some(p.date);
        }
    };
    // Payments made before interest starts only reduce the principal.
    while let Some(p) = payments.get(next_payment).filter(|p| p.date <= start) {
        pay(&mut out, &mut unpaid_interest, p);
        next_payment += 1;
    }
    let Some(first_day) = add_days(start, 1) else {
        return Ok(out);
    };
    let split_by_half_year = terms.relationship != Relationship::Public;
    let mut cursor = first_day;
    while cursor <= end && !out.principal.is_zero() {
        let mut next = add_days(end, 1).ok_or_else(overflow)?;
        if split_by_half_year {
            if let Some(d) = HalfYear::of(cursor).next().start() {
                next = next.min(d);
            }
        }
        if terms.day_count == DayCount::ActualActual {
            if let Some(d) = next_new_year(cursor) {
                next = next.min(d);
            }
        }
        if let Some(d) = payments.get(next_payment).and_then(|p| add_days(p.date, 1)) {
            next = next.min(d);
        }
        let to = add_days(next, -1).ok_or_else(overflow)?;
        let days = days_between(cursor, to) + 1;
        let rate = rate_for(terms, first_day, cursor)?;
        let divisor = match terms.day_count {
            DayCount::Actual365 => 365,
            DayCount::ActualActual => days_in_year(chrono::Datelike::year(&cursor)),
        };
        let amount = line_amount(out.principal, rate.percent, days, divisor)?;
        out.accrued = out.accrued.checked_add(amount).ok_or_else(overflow)?;
        unpaid_interest += amount;
        out.periods.push(Period {
            from: cursor,
            to,
            days,
            rate_percent: Percent(rate.percent),
            rate_basis: rate.basis,
            reference_kind: rate.reference.kind,
            reference_percent: Percent(rate.reference.percent),
            reference_half_year: rate.reference.half_year,
            rate_source: rate.reference.source,
            provisional: rate.reference.provisional,
            overridden: rate.reference.overridden,
            stated_percent: rate.stated.map(Percent),
            divisor,
            base: Money(out.principal),
            amount: Money(amount),
        });
        while let Some(p) = payments.get(next_payment).filter(|p| p.date <= to) {
            pay(&mut out, &mut unpaid_interest, p);
            next_payment += 1;
        }
        cursor = next;
    }
    // Payments left once the principal is paid off (none when the input is
    // valid) or made on the last day still count.
    for p in &payments[next_payment.min(payments.len())..] {
        pay(&mut out, &mut unpaid_interest, p);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_date;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }
    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }
    fn terms(relationship: Relationship, rate_mode: RateMode) -> Terms<'static> {
        Terms {
            relationship,
            rate_mode,
            day_count: DayCount::Actual365,
            imputation: Imputation::PrincipalFirst,
            overrides: &[],
        }
    }

    #[test]
    fn published_line_examples() {
        assert_eq!(
            line_amount(dec("15000"), dec("15"), 30, 365).unwrap(),
            dec("184.93")
        );
        assert_eq!(
            line_amount(dec("5000"), dec("10"), 30, 365).unwrap(),
            dec("41.10")
        );
        assert_eq!(
            line_amount(dec("2000"), dec("3.11"), 30, 365).unwrap(),
            dec("5.11")
        );
    }

    #[test]
    fn splits_at_half_years_and_payments() {
        let t = terms(Relationship::Business, RateMode::Default);
        let pay = [Payment {
            date: d("2025-06-10"),
            amount: dec("400"),
        }];
        let a = accrue(&t, d("2025-05-31"), d("2025-07-10"), dec("1000"), &pay).unwrap();
        let spans: Vec<(String, i64)> = a
            .periods
            .iter()
            .map(|p| (p.from.to_string(), p.days))
            .collect();
        assert_eq!(
            spans,
            [
                ("2025-06-01".to_string(), 10),
                ("2025-06-11".into(), 20),
                ("2025-07-01".into(), 10)
            ]
        );
        assert_eq!(a.principal, dec("600"));
    }

    #[test]
    fn public_rate_is_fixed_for_the_whole_delay() {
        let t = terms(Relationship::Public, RateMode::Default);
        let a = accrue(&t, d("2025-06-15"), d("2025-07-15"), dec("1000"), &[]).unwrap();
        assert_eq!(a.periods.len(), 1);
        // ECB on 2025-01-01 was 3.15: + 8 = 11.15.
        assert_eq!(a.periods[0].rate_percent, Percent(dec("11.15")));
    }
}
