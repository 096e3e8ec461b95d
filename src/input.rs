//! What the caller describes: the invoice, the relationship, payments,
//! actions already taken and options.
//!
//! Input arrives in two stages. [`RawInput`] mirrors the JS API's camelCase
//! object and only checks its shape (unknown fields are refused); amounts,
//! dates and names stay as text there. [`Input::from_raw`] then checks every
//! value and returns either a validated [`Input`] or the first [`Error`], with
//! the path of the field it concerns.

use crate::calendar::{parse_date, HalfYear};
use crate::dunning::{LadderOptions, Step};
use crate::error::{Error, ErrorKind};
use crate::money::{parse_decimal, ParseAmountError, MAX_AMOUNT};
use crate::penalty::{DayCount, Imputation, RateMode};
use crate::rates::RateOverride;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// A number given either as text or as a JS number, kept as decimal text.
///
/// A JS number becomes its shortest decimal text (Rust's `f64` display, the
/// same digits as JavaScript's `String(x)`), so `0.1` stays `0.1`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NumberText(pub String);

impl<'de> Deserialize<'de> for NumberText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = NumberText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a decimal string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<NumberText, E> {
                Ok(NumberText(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<NumberText, E> {
                Ok(NumberText(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<NumberText, E> {
                Ok(NumberText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<NumberText, E> {
                Ok(NumberText(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// The input object exactly as the JS API takes it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawInput {
    /// Assessment date; today when absent.
    pub as_of: Option<String>,
    /// `b2b`, `b2c` or `public`.
    pub relationship: String,
    /// The invoice.
    pub invoice: RawInvoice,
    /// The penalty rate clause.
    pub penalty_rate: Option<RawPenaltyRate>,
    /// Payments received.
    #[serde(default)]
    pub payments: Vec<RawPayment>,
    /// Dunning actions already taken.
    #[serde(default)]
    pub actions: Vec<RawAction>,
    /// Options.
    pub options: Option<RawOptions>,
    /// Sender and client details; the assessment does not use them.
    pub parties: Option<RawParties>,
}

/// The invoice part of [`RawInput`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawInvoice {
    /// Invoice number, as printed.
    #[serde(default)]
    pub number: String,
    /// Invoice date.
    pub issue_date: String,
    /// Due date.
    pub due_date: String,
    /// Amount including VAT.
    pub amount: NumberText,
}

/// The penalty clause part of [`RawInput`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawPenaltyRate {
    /// `default`, `threeTimesLegal` or `fixed`.
    pub mode: String,
    /// The stated annual percent, for `fixed`.
    pub percent: Option<NumberText>,
}

/// A payment in [`RawInput`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawPayment {
    /// Date received.
    pub date: String,
    /// Amount received.
    pub amount: NumberText,
}

/// An action already taken, in [`RawInput`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawAction {
    /// Step name.
    pub step: String,
    /// Date sent.
    pub date: String,
}

/// Options in [`RawInput`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawOptions {
    /// `actual365` or `actualActual`.
    pub day_count: Option<String>,
    /// `principalFirst` or `interestFirst`.
    pub payment_imputation: Option<String>,
    /// Justified recovery costs above the 40 EUR indemnity.
    pub extra_recovery_costs: Option<NumberText>,
    /// Days after the due date for the reminder letter.
    pub letter_after_days: Option<i64>,
    /// Days after the due date for the formal notice.
    pub formal_notice_after_days: Option<i64>,
    /// Days between the letter and the formal notice, at least.
    pub formal_notice_after_letter_days: Option<i64>,
    /// Days the formal notice gives the debtor to pay.
    pub formal_notice_deadline_days: Option<i64>,
    /// Rates supplied by the caller.
    #[serde(default)]
    pub rate_overrides: Vec<RawRateOverride>,
}

/// A rate override in [`RawOptions`].
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawRateOverride {
    /// `YYYY-H1` or `YYYY-H2`.
    pub half_year: String,
    /// ECB main refinancing rate on the half-year's first day.
    pub ecb_percent: Option<NumberText>,
    /// Legal interest rate, column "all other cases".
    pub legal_percent: Option<NumberText>,
}

/// Sender and client details, used by the drafts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawParties {
    /// The business that is owed.
    pub creditor: Option<RawParty>,
    /// The client who owes.
    pub debtor: Option<RawParty>,
}

/// One party; every field is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RawParty {
    /// Name or company name.
    pub name: Option<String>,
    /// Postal address, several lines.
    pub address: Option<String>,
    /// SIRET number.
    pub siret: Option<String>,
    /// Contact person.
    pub contact: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// City, for the place-and-date line.
    pub city: Option<String>,
}

/// Who the client is; it decides which rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relationship {
    /// Between professionals: Code de commerce L441-10.
    Business,
    /// A consumer client: Code civil 1231-6, 1344-1.
    Consumer,
    /// A public buyer: Code de la commande publique L2192-13.
    Public,
}

/// A payment received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payment {
    /// Date received.
    pub date: NaiveDate,
    /// Amount.
    pub amount: Decimal,
}

/// An action already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    /// Which step.
    pub step: Step,
    /// When it was sent.
    pub date: NaiveDate,
}

/// A validated input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Assessment date.
    pub as_of: NaiveDate,
    /// Who the client is.
    pub relationship: Relationship,
    /// Invoice number.
    pub number: String,
    /// Invoice date.
    pub issue_date: NaiveDate,
    /// Due date.
    pub due_date: NaiveDate,
    /// Amount including VAT.
    pub amount: Decimal,
    /// Penalty rate clause.
    pub rate_mode: RateMode,
    /// Payments, sorted by date.
    pub payments: Vec<Payment>,
    /// Actions taken, sorted by date.
    pub actions: Vec<Action>,
    /// How days are counted.
    pub day_count: DayCount,
    /// How payments are imputed.
    pub imputation: Imputation,
    /// Justified extra recovery costs.
    pub extra_recovery_costs: Decimal,
    /// Dunning ladder timings.
    pub ladder: LadderOptions,
    /// Caller-supplied rates.
    pub rate_overrides: Vec<RateOverride>,
}

impl Input {
    /// Reads an input from any serde deserializer (a JS value, JSON, ...).
    ///
    /// # Errors
    ///
    /// An [`Error`] for a malformed or invalid input; see [`Input::from_raw`].
    ///
    /// # Example
    ///
    /// ```
    /// use relance::Input;
    /// use chrono::NaiveDate;
    ///
    /// let json = r#"{"relationship": "b2b",
    ///   "invoice": {"number": "F-1", "issueDate": "2025-01-10",
    ///               "dueDate": "2025-02-09", "amount": "1 200,00"}}"#;
    /// let today = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    /// let input = Input::from_deserializer(&mut serde_json::Deserializer::from_str(json), today)?;
    /// assert_eq!(relance::money::to_text(input.amount), "1200.00");
    /// # Ok::<(), relance::Error>(())
    /// ```
    pub fn from_deserializer<'de, D: Deserializer<'de>>(
        d: D,
        today: NaiveDate,
    ) -> Result<Input, Error> {
        let raw: RawInput = serde_path_to_error::deserialize(d)
            .map_err(|e| Error::from_serde(&e.path().to_string(), &e.inner().to_string()))?;
        Input::from_raw(&raw, today)
    }

    /// Checks every value of `raw`. `today` stands in for a missing `asOf`.
    ///
    /// # Errors
    ///
    /// The first problem found, as an [`Error`] naming its field.
    pub fn from_raw(raw: &RawInput, today: NaiveDate) -> Result<Input, Error> {
        let relationship = match raw.relationship.as_str() {
            "b2b" => Relationship::Business,
            "b2c" => Relationship::Consumer,
            "public" => Relationship::Public,
            _ => return Err(Error::new(ErrorKind::UnknownRelationship, "relationship")),
        };
        let issue_date = date(&raw.invoice.issue_date, "invoice.issueDate")?;
        let due_date = date(&raw.invoice.due_date, "invoice.dueDate")?;
        if due_date < issue_date {
            return Err(Error::new(ErrorKind::DueBeforeIssue, "invoice.dueDate"));
        }
        let invoice_amount = positive_amount(&raw.invoice.amount, "invoice.amount")?;
        let as_of = match &raw.as_of {
            Some(text) => date(text, "asOf")?,
            None => today,
        };
        if as_of < issue_date {
            return Err(Error::new(ErrorKind::AsOfBeforeIssue, "asOf"));
        }
        let rate_mode = rate_mode(raw.penalty_rate.as_ref())?;

        let mut payments = Vec::with_capacity(raw.payments.len());
        let mut paid = Decimal::ZERO;
        for (i, p) in raw.payments.iter().enumerate() {
            let date = date(&p.date, &format!("payments[{i}].date"))?;
            if date > as_of {
                return Err(Error::new(
                    ErrorKind::PaymentAfterAsOf,
                    format!("payments[{i}].date"),
                ));
            }
            let amount = positive_amount(&p.amount, &format!("payments[{i}].amount"))?;
            // Each payment is at most MAX_AMOUNT and `paid` stays at most the
            // invoice amount, so this sum cannot overflow.
            paid += amount;
            if paid > invoice_amount {
                return Err(Error::new(
                    ErrorKind::PaymentsExceedAmount,
                    format!("payments[{i}].amount"),
                ));
            }
            payments.push(Payment { date, amount });
        }
        payments.sort_by_key(|p| p.date);

        let mut actions = Vec::with_capacity(raw.actions.len());
        for (i, a) in raw.actions.iter().enumerate() {
            let step = Step::from_name(&a.step)
                .filter(|s| *s != Step::None)
                .ok_or_else(|| Error::new(ErrorKind::UnknownStep, format!("actions[{i}].step")))?;
            let date = date(&a.date, &format!("actions[{i}].date"))?;
            if date > as_of {
                return Err(Error::new(
                    ErrorKind::ActionAfterAsOf,
                    format!("actions[{i}].date"),
                ));
            }
            if date < issue_date {
                return Err(Error::new(
                    ErrorKind::ActionBeforeIssue,
                    format!("actions[{i}].date"),
                ));
            }
            actions.push(Action { step, date });
        }
        actions.sort_by_key(|a| a.date);

        let default_options = RawOptions::default();
        let o = raw.options.as_ref().unwrap_or(&default_options);
        let day_count = match o.day_count.as_deref() {
            None | Some("actual365") => DayCount::Actual365,
            Some("actualActual") => DayCount::ActualActual,
            Some(_) => {
                return Err(Error::new(
                    ErrorKind::UnknownOptionValue,
                    "options.dayCount",
                ))
            }
        };
        let imputation = match o.payment_imputation.as_deref() {
            None | Some("principalFirst") => Imputation::PrincipalFirst,
            Some("interestFirst") => Imputation::InterestFirst,
            Some(_) => {
                return Err(Error::new(
                    ErrorKind::UnknownOptionValue,
                    "options.paymentImputation",
                ))
            }
        };
        let extra_recovery_costs = match &o.extra_recovery_costs {
            None => Decimal::ZERO,
            Some(t) => {
                let v = amount_value(t, "options.extraRecoveryCosts")?;
                if v < Decimal::ZERO {
                    return Err(Error::new(
                        ErrorKind::AmountNotPositive,
                        "options.extraRecoveryCosts",
                    ));
                }
                v
            }
        };
        let defaults = LadderOptions::default();
        let ladder = LadderOptions {
            letter_after_days: days(
                o.letter_after_days,
                defaults.letter_after_days,
                1,
                365,
                "options.letterAfterDays",
            )?,
            formal_notice_after_days: days(
                o.formal_notice_after_days,
                defaults.formal_notice_after_days,
                1,
                365,
                "options.formalNoticeAfterDays",
            )?,
            formal_notice_after_letter_days: days(
                o.formal_notice_after_letter_days,
                defaults.formal_notice_after_letter_days,
                0,
                90,
                "options.formalNoticeAfterLetterDays",
            )?,
            formal_notice_deadline_days: days(
                o.formal_notice_deadline_days,
                defaults.formal_notice_deadline_days,
                8,
                15,
                "options.formalNoticeDeadlineDays",
            )?,
        };
        let mut rate_overrides: Vec<RateOverride> = Vec::with_capacity(o.rate_overrides.len());
        for (i, r) in o.rate_overrides.iter().enumerate() {
            let at = |name: &str| format!("options.rateOverrides[{i}].{name}");
            let half_year = HalfYear::parse(&r.half_year)
                .ok_or_else(|| Error::new(ErrorKind::InvalidHalfYear, at("halfYear")))?;
            if rate_overrides.iter().any(|o| o.half_year == half_year) {
                return Err(Error::new(ErrorKind::DuplicateOverride, at("halfYear")));
            }
            let pct = |t: &Option<NumberText>, name: &str| {
                t.as_ref().map(|t| percent(t, &at(name))).transpose()
            };
            rate_overrides.push(RateOverride {
                half_year,
                ecb_percent: pct(&r.ecb_percent, "ecbPercent")?,
                legal_percent: pct(&r.legal_percent, "legalPercent")?,
            });
        }

        Ok(Input {
            as_of,
            relationship,
            number: raw.invoice.number.trim().to_string(),
            issue_date,
            due_date,
            amount: invoice_amount,
            rate_mode,
            payments,
            actions,
            day_count,
            imputation,
            extra_recovery_costs,
            ladder,
            rate_overrides,
        })
    }
}

fn date(text: &str, field: &str) -> Result<NaiveDate, Error> {
    parse_date(text.trim()).ok_or_else(|| Error::new(ErrorKind::InvalidDate, field))
}

fn amount_value(text: &NumberText, field: &str) -> Result<Decimal, Error> {
    let v = parse_decimal(&text.0, 2).map_err(|e| {
        let kind = match e {
            ParseAmountError::Invalid => ErrorKind::InvalidAmount,
            ParseAmountError::TooManyDecimals => ErrorKind::TooManyDecimals,
        };
        Error::new(kind, field)
    })?;
    if v > MAX_AMOUNT {
        return Err(Error::new(ErrorKind::AmountTooLarge, field));
    }
    Ok(v)
}

fn positive_amount(text: &NumberText, field: &str) -> Result<Decimal, Error> {
    let v = amount_value(text, field)?;
    if v <= Decimal::ZERO {
        return Err(Error::new(ErrorKind::AmountNotPositive, field));
    }
    Ok(v)
}

fn percent(text: &NumberText, field: &str) -> Result<Decimal, Error> {
    let v = parse_decimal(&text.0, 4).map_err(|_| Error::new(ErrorKind::InvalidAmount, field))?;
    if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED {
        return Err(Error::new(ErrorKind::PercentOutOfRange, field));
    }
    Ok(v)
}

fn rate_mode(raw: Option<&RawPenaltyRate>) -> Result<RateMode, Error> {
    let Some(r) = raw else {
        return Ok(RateMode::Default);
    };
    match r.mode.as_str() {
        "default" => Ok(RateMode::Default),
        "threeTimesLegal" => Ok(RateMode::ThreeTimesLegal),
        "fixed" => {
            let text = r
                .percent
                .as_ref()
                .ok_or_else(|| Error::new(ErrorKind::MissingPercent, "penaltyRate.percent"))?;
            Ok(RateMode::Fixed(percent(text, "penaltyRate.percent")?))
        }
        _ => Err(Error::new(ErrorKind::UnknownRateMode, "penaltyRate.mode")),
    }
}

fn days(value: Option<i64>, default: u32, min: i64, max: i64, field: &str) -> Result<u32, Error> {
    match value {
        None => Ok(default),
        Some(v) if (min..=max).contains(&v) => {
            u32::try_from(v).map_err(|_| Error::new(ErrorKind::DaysOutOfRange { min, max }, field))
        }
        Some(_) => Err(Error::new(ErrorKind::DaysOutOfRange { min, max }, field)),
    }
}
