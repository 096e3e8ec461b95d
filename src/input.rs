//! What the caller describes: the invoice, the relationship, payments,
//! actions already taken, options and the parties.
//!
//! [`Input::from_deserializer`] reads the JS API's camelCase object from any
//! serde deserializer, checks every value and returns either a validated
//! [`Input`] or the first [`Error`], with the path of the field it concerns.
//! Fields the API does not have are refused, so a typo is never silently
//! ignored.

use crate::calendar::{parse_date, HalfYear};
use crate::dunning::{LadderOptions, Step};
use crate::error::{Error, ErrorKind};
use crate::money::{parse_decimal, ParseAmountError, MAX_AMOUNT};
use crate::penalty::{DayCount, Imputation, RateMode};
use crate::rates::RateOverride;
use crate::value::{Fields, Value};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::Deserializer;

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
    /// Sender and client details, for the drafts.
    pub parties: Parties,
}

/// One party to the invoice; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Party {
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
    /// How to pay (bank details, IBAN...), creditor only.
    pub payment_details: Option<String>,
}

/// The business that is owed and the client who owes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    /// The business that is owed.
    pub creditor: Party,
    /// The client who owes.
    pub debtor: Party,
}

impl Input {
    /// Reads and checks an input from any serde deserializer (a JS value,
    /// JSON text, ...). `today` stands in for a missing `asOf`.
    ///
    /// # Errors
    ///
    /// The first problem found, as an [`Error`] naming its field.
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
    /// assert_eq!(input.as_of, today);
    ///
    /// let typo = r#"{"relationship": "b2b", "invoice": {"issueDate": "2025-01-10",
    ///   "dueDate": "2025-02-09", "amount": 10, "vat": 2}}"#;
    /// let err = Input::from_deserializer(&mut serde_json::Deserializer::from_str(typo), today).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("unknownField", "invoice.vat"));
    /// # Ok::<(), relance::Error>(())
    /// ```
    pub fn from_deserializer<'de, D: Deserializer<'de>>(
        d: D,
        today: NaiveDate,
    ) -> Result<Input, Error> {
        Input::from_value(&Value::read(d)?, today)
    }

    /// Checks an input already read into a [`Value`].
    ///
    /// # Errors
    ///
    /// The first problem found, as an [`Error`] naming its field.
    pub fn from_value(value: &Value, today: NaiveDate) -> Result<Input, Error> {
        let mut top = Fields::of(value, "")?;
        let relationship = match top.required_text("relationship")? {
            "b2b" => Relationship::Business,
            "b2c" => Relationship::Consumer,
            "public" => Relationship::Public,
            _ => return Err(Error::new(ErrorKind::UnknownRelationship, "relationship")),
        };

        let mut inv = top
            .object("invoice")?
            .ok_or_else(|| Error::new(ErrorKind::MissingField, "invoice"))?;
        let number = inv.text("number")?.unwrap_or("").trim().to_string();
        let issue_date = date(inv.required_text("issueDate")?, "invoice.issueDate")?;
        let due_date = date(inv.required_text("dueDate")?, "invoice.dueDate")?;
        if due_date < issue_date {
            return Err(Error::new(ErrorKind::DueBeforeIssue, "invoice.dueDate"));
        }
        let invoice_amount = positive_amount(inv.required_number("amount")?, "invoice.amount")?;
        inv.finish()?;

        let as_of = match top.text("asOf")? {
            Some(text) => date(text, "asOf")?,
            None => today,
        };
        if as_of < issue_date {
            return Err(Error::new(ErrorKind::AsOfBeforeIssue, "asOf"));
        }
        let rate_mode = match top.object("penaltyRate")? {
            None => RateMode::Default,
            Some(mut r) => {
                let mode = rate_mode(r.required_text("mode")?, r.number("percent")?)?;
                r.finish()?;
                mode
            }
        };

        let mut payments = Vec::new();
        let mut paid = Decimal::ZERO;
        for (i, item) in top.array("payments")?.iter().enumerate() {
            let mut p = Fields::of(item, &format!("payments[{i}]"))?;
            let date = date(p.required_text("date")?, &p.path("date"))?;
            if date > as_of {
                return Err(Error::new(ErrorKind::PaymentAfterAsOf, p.path("date")));
            }
            let amount = positive_amount(p.required_number("amount")?, &p.path("amount"))?;
            // Each payment is at most MAX_AMOUNT and `paid` stays at most the
            // invoice amount, so this sum cannot overflow.
            paid += amount;
            if paid > invoice_amount {
                return Err(Error::new(
                    ErrorKind::PaymentsExceedAmount,
                    p.path("amount"),
                ));
            }
            p.finish()?;
            payments.push(Payment { date, amount });
        }
        payments.sort_by_key(|p| p.date);

        let mut actions = Vec::new();
        for (i, item) in top.array("actions")?.iter().enumerate() {
            let mut a = Fields::of(item, &format!("actions[{i}]"))?;
            let step = Step::from_name(a.required_text("step")?)
                .filter(|s| *s != Step::None)
                .ok_or_else(|| Error::new(ErrorKind::UnknownStep, a.path("step")))?;
            let date = date(a.required_text("date")?, &a.path("date"))?;
            if date > as_of {
                return Err(Error::new(ErrorKind::ActionAfterAsOf, a.path("date")));
            }
            if date < issue_date {
                return Err(Error::new(ErrorKind::ActionBeforeIssue, a.path("date")));
            }
            a.finish()?;
            actions.push(Action { step, date });
        }
        actions.sort_by_key(|a| a.date);

        let options = match top.object("options")? {
            Some(o) => read_options(o)?,
            None => Options::default(),
        };
        let parties = match top.object("parties")? {
            Some(mut p) => {
                let creditor = read_party(&mut p, "creditor")?;
                let debtor = read_party(&mut p, "debtor")?;
                p.finish()?;
                Parties { creditor, debtor }
            }
            None => Parties::default(),
        };
        top.finish()?;

        Ok(Input {
            as_of,
            relationship,
            number,
            issue_date,
            due_date,
            amount: invoice_amount,
            rate_mode,
            payments,
            actions,
            day_count: options.day_count,
            imputation: options.imputation,
            extra_recovery_costs: options.extra_recovery_costs,
            ladder: options.ladder,
            rate_overrides: options.rate_overrides,
            parties,
        })
    }
}

#[derive(Default)]
struct Options {
    day_count: DayCount,
    imputation: Imputation,
    extra_recovery_costs: Decimal,
    ladder: LadderOptions,
    rate_overrides: Vec<RateOverride>,
}

fn read_options(mut o: Fields<'_>) -> Result<Options, Error> {
    let day_count = match o.text("dayCount")? {
        None | Some("actual365") => DayCount::Actual365,
        Some("actualActual") => DayCount::ActualActual,
        Some(_) => {
            return Err(Error::new(
                ErrorKind::UnknownOptionValue,
                o.path("dayCount"),
            ))
        }
    };
    let imputation = match o.text("paymentImputation")? {
        None | Some("principalFirst") => Imputation::PrincipalFirst,
        Some("interestFirst") => Imputation::InterestFirst,
        Some(_) => {
            return Err(Error::new(
                ErrorKind::UnknownOptionValue,
                o.path("paymentImputation"),
            ))
        }
    };
    let extra_recovery_costs = match o.number("extraRecoveryCosts")? {
        None => Decimal::ZERO,
        Some(t) => {
            let field = o.path("extraRecoveryCosts");
            let v = amount_value(t, &field)?;
            if v < Decimal::ZERO {
                return Err(Error::new(ErrorKind::AmountNotPositive, field));
            }
            v
        }
    };
    let defaults = LadderOptions::default();
    let mut days = |name: &str, default: u32, min: i64, max: i64| -> Result<u32, Error> {
        match o.integer(name)? {
            None => Ok(default),
            Some(v) => u32::try_from(v)
                .ok()
                .filter(|_| (min..=max).contains(&v))
                .ok_or_else(|| {
                    Error::new(ErrorKind::DaysOutOfRange { min, max }, join_options(name))
                }),
        }
    };
    let ladder = LadderOptions {
        letter_after_days: days("letterAfterDays", defaults.letter_after_days, 1, 365)?,
        formal_notice_after_days: days(
            "formalNoticeAfterDays",
            defaults.formal_notice_after_days,
            1,
            365,
        )?,
        formal_notice_after_letter_days: days(
            "formalNoticeAfterLetterDays",
            defaults.formal_notice_after_letter_days,
            0,
            90,
        )?,
        formal_notice_deadline_days: days(
            "formalNoticeDeadlineDays",
            defaults.formal_notice_deadline_days,
            8,
            15,
        )?,
    };
    let mut rate_overrides: Vec<RateOverride> = Vec::new();
    for (i, item) in o.array("rateOverrides")?.iter().enumerate() {
        let mut r = Fields::of(item, &format!("options.rateOverrides[{i}]"))?;
        let half_year = HalfYear::parse(r.required_text("halfYear")?)
            .ok_or_else(|| Error::new(ErrorKind::InvalidHalfYear, r.path("halfYear")))?;
        if rate_overrides.iter().any(|o| o.half_year == half_year) {
            return Err(Error::new(ErrorKind::DuplicateOverride, r.path("halfYear")));
        }
        let ecb_percent = r
            .number("ecbPercent")?
            .map(|t| percent(t, &r.path("ecbPercent")))
            .transpose()?;
        let legal_percent = r
            .number("legalPercent")?
            .map(|t| percent(t, &r.path("legalPercent")))
            .transpose()?;
        r.finish()?;
        rate_overrides.push(RateOverride {
            half_year,
            ecb_percent,
            legal_percent,
        });
    }
    o.finish()?;
    Ok(Options {
        day_count,
        imputation,
        extra_recovery_costs,
        ladder,
        rate_overrides,
    })
}

fn join_options(name: &str) -> String {
    format!("options.{name}")
}

fn read_party(parties: &mut Fields<'_>, name: &str) -> Result<Party, Error> {
    let Some(mut f) = parties.object(name)? else {
        return Ok(Party::default());
    };
    let mut field = |key: &str| -> Result<Option<String>, Error> {
        Ok(f.text(key)?
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string))
    };
    let party = Party {
        name: field("name")?,
        address: field("address")?,
        siret: field("siret")?,
        contact: field("contact")?,
        email: field("email")?,
        city: field("city")?,
        payment_details: field("paymentDetails")?,
    };
    f.finish()?;
    Ok(party)
}

fn date(text: &str, field: &str) -> Result<NaiveDate, Error> {
    parse_date(text.trim()).ok_or_else(|| Error::new(ErrorKind::InvalidDate, field))
}

fn amount_value(text: &str, field: &str) -> Result<Decimal, Error> {
    let v = parse_decimal(text, 2).map_err(|e| {
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

fn positive_amount(text: &str, field: &str) -> Result<Decimal, Error> {
    let v = amount_value(text, field)?;
    if v <= Decimal::ZERO {
        return Err(Error::new(ErrorKind::AmountNotPositive, field));
    }
    Ok(v)
}

fn percent(text: &str, field: &str) -> Result<Decimal, Error> {
    let v = parse_decimal(text, 4).map_err(|_| Error::new(ErrorKind::InvalidAmount, field))?;
    if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED {
        return Err(Error::new(ErrorKind::PercentOutOfRange, field));
    }
    Ok(v)
}

fn rate_mode(mode: &str, percent_text: Option<&str>) -> Result<RateMode, Error> {
    match mode {
        "default" => Ok(RateMode::Default),
        "threeTimesLegal" => Ok(RateMode::ThreeTimesLegal),
        "fixed" => {
            let text = percent_text
                .ok_or_else(|| Error::new(ErrorKind::MissingPercent, "penaltyRate.percent"))?;
            Ok(RateMode::Fixed(percent(text, "penaltyRate.percent")?))
        }
        _ => Err(Error::new(ErrorKind::UnknownRateMode, "penaltyRate.mode")),
    }
}
