//! One invoice assessed: status, amounts, periods, dunning step, warnings
//! and the articles of law applied.

use crate::calendar::{add_days, days_between, iso, HalfYear};
use crate::dunning::{plan, ScheduleEntry, Situation, Step};
use crate::error::{Error, ErrorKind};
use crate::input::{Input, Relationship};
use crate::locale::{self, Lang};
use crate::money::{Money, Percent};
use crate::penalty::{accrue, Accrual, Imputation, Period, RateBasis, RateMode, Terms};
use crate::rates::ReferenceKind;
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

/// The fixed recovery indemnity per late invoice: 40 EUR (Code de commerce
/// D441-5; Code de la commande publique D2192-35).
pub const RECOVERY_INDEMNITY: Decimal = Decimal::from_parts(40, 0, 0, false, 0);

/// The small-claims procedure's ceiling: 5 000 EUR (Code des procédures
/// civiles d'exécution L125-1, R125-1).
pub const SMALL_CLAIMS_CEILING: Decimal = Decimal::from_parts(5000, 0, 0, false, 0);

/// Days a public buyer has to pay interest and indemnity after paying the
/// principal (Code de la commande publique R2192-36).
pub const PUBLIC_INTEREST_PAYMENT_DAYS: i64 = 45;

pub(crate) fn ser_date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso(*d))
}

pub(crate) fn ser_opt_date<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&iso(*d)),
        None => s.serialize_none(),
    }
}

/// Where the invoice stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Not yet due, not fully paid.
    NotDue,
    /// Past due and not fully paid.
    Overdue,
    /// Fully paid on or before the due date.
    Paid,
    /// Fully paid after the due date: penalties and indemnity remain owed.
    PaidLate,
}

/// The money owed, as decimal strings with two decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Amounts {
    /// The invoice amount including VAT.
    pub invoice: Money,
    /// Payments received.
    pub paid: Money,
    /// Principal still owed.
    pub principal: Money,
    /// Penalties still owed.
    pub penalties: Money,
    /// All penalties accrued, before any imputation of payments.
    pub penalties_accrued: Money,
    /// Part of the payments imputed to penalties (interest first).
    pub penalties_paid: Money,
    /// The fixed 40 EUR indemnity, or zero.
    pub indemnity: Money,
    /// Justified extra recovery costs claimed.
    pub extra_costs: Money,
    /// Principal + penalties + indemnity + extra costs.
    pub total: Money,
}

/// The step to take today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepNow {
    /// The step.
    pub id: Step,
    /// Since when it is due.
    #[serde(serialize_with = "ser_opt_date")]
    pub due_since: Option<NaiveDate>,
}

/// The next planned step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NextStep {
    /// The step.
    pub id: Step,
    /// Its planned date.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
}

/// When the claim is time-barred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Prescription {
    /// The last day to act, counted from the due date.
    #[serde(serialize_with = "ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// The limitation period in years.
    pub years: u32,
    /// The article that sets it.
    pub article: &'static str,
}

/// Something the user should know; not an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Stable camelCase code.
    pub code: &'static str,
    /// The message in French.
    pub message: String,
    /// The message in English.
    pub message_en: String,
    /// The half-year concerned, for rate warnings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub half_year: Option<String>,
}

/// A way to recover the debt once the formal notice has gone unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecourseOption {
    /// `agency`, `injonctionDePayer`, `refereProvision` or `smallClaims`.
    pub id: &'static str,
    /// The competent court, when a court is involved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court: Option<&'static str>,
    /// The form to file, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<&'static str>,
    /// The article it rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<&'static str>,
}

/// The whole answer for one invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// The assessment date used.
    #[serde(serialize_with = "ser_date")]
    pub as_of: NaiveDate,
    /// Where the invoice stands.
    pub status: Status,
    /// Days from the due date to the assessment date (or to full payment).
    pub days_late: i64,
    /// Money owed.
    pub amounts: Amounts,
    /// The penalty computation, line by line.
    pub periods: Vec<Period>,
    /// True when some rate used is not confirmed.
    pub provisional: bool,
    /// The step to take today.
    pub step: StepNow,
    /// The next planned step.
    pub next_step: Option<NextStep>,
    /// Every step with its status.
    pub schedule: Vec<ScheduleEntry>,
    /// When the claim is time-barred.
    pub prescription: Prescription,
    /// Ways to recover the debt after the formal notice.
    pub recourse: Vec<RecourseOption>,
    /// What the user should know.
    pub warnings: Vec<Warning>,
    /// The articles of law the result rests on.
    pub legal_basis: Vec<&'static str>,
}

fn overflow() -> Error {
    Error::new(ErrorKind::Overflow, "")
}

fn warn(code: &'static str, fr: String, en: String) -> Warning {
    Warning {
        code,
        message: fr,
        message_en: en,
        half_year: None,
    }
}

/// Assesses one invoice.
///
/// # Errors
///
/// [`ErrorKind::RateUnavailable`] when a rate before the embedded tables is
/// needed and not supplied; [`ErrorKind::Overflow`] never for accepted
/// inputs.
///
/// # Example
///
/// ```
/// use relance::{assess, Input};
/// use chrono::NaiveDate;
///
/// // 15 000 EUR due 15 April 2018 at 15 %, paid on 15 May 2018.
/// let json = r#"{"asOf": "2018-06-01", "relationship": "b2b",
///   "invoice": {"number": "F-7", "issueDate": "2018-03-15", "dueDate": "2018-04-15", "amount": "15000"},
///   "penaltyRate": {"mode": "fixed", "percent": "15"},
///   "payments": [{"date": "2018-05-15", "amount": "15000"}]}"#;
/// let today = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
/// let input = Input::from_deserializer(&mut serde_json::Deserializer::from_str(json), today)?;
/// let result = assess(&input)?;
/// assert_eq!(relance::money::to_text(result.amounts.penalties.0), "184.93");
/// assert_eq!(relance::money::to_text(result.amounts.total.0), "224.93");
/// # Ok::<(), relance::Error>(())
/// ```
pub fn assess(input: &Input) -> Result<Assessment, Error> {
    let rel = input.relationship;
    let mut warnings = Vec::new();
    let terms = Terms {
        relationship: rel,
        rate_mode: input.rate_mode,
        day_count: input.day_count,
        imputation: input.imputation,
        overrides: &input.rate_overrides,
    };
    let first_notice = input
        .actions
        .iter()
        .filter(|a| a.step == Step::FormalNotice)
        .map(|a| a.date)
        .min();

    // When interest starts: the due date, or for a consumer the formal notice.
    let start = match rel {
        Relationship::Consumer => match first_notice {
            Some(notice) => notice.max(input.due_date),
            None => {
                if input.as_of > input.due_date {
                    warnings.push(warn(
                        "noFormalNotice",
                        "Pour un client particulier, les intérêts au taux légal ne courent qu'à partir de la mise en demeure ; aucune n'est encore enregistrée.".into(),
                        "For a consumer client, interest at the legal rate runs only from the formal notice; none is recorded yet.".into(),
                    ));
                }
                input.as_of
            }
        },
        _ => input.due_date,
    };
    let accrual: Accrual = accrue(&terms, start, input.as_of, input.amount, &input.payments)?;

    let status = match accrual.paid_off_on {
        Some(day) if day <= input.due_date => Status::Paid,
        Some(_) => Status::PaidLate,
        None if input.as_of <= input.due_date => Status::NotDue,
        None => Status::Overdue,
    };
    let late = matches!(status, Status::Overdue | Status::PaidLate);
    let days_late = match (status, accrual.paid_off_on) {
        (Status::PaidLate, Some(day)) => days_between(input.due_date, day),
        (Status::Overdue, _) => days_between(input.due_date, input.as_of),
        _ => 0,
    };

    let indemnity = if late && rel != Relationship::Consumer {
        RECOVERY_INDEMNITY
    } else {
        Decimal::ZERO
    };
    let extra_costs = if rel == Relationship::Business && late {
        input.extra_recovery_costs
    } else {
        Decimal::ZERO
    };
    if rel != Relationship::Business && !input.extra_recovery_costs.is_zero() {
        warnings.push(warn(
            "extraCostsNotApplicable",
            "Les frais de recouvrement complémentaires ne sont ajoutés qu'entre professionnels : ils ne sont pas comptés ici.".into(),
            "Extra recovery costs are added only between businesses: they are not counted here.".into(),
        ));
    }
    if rel != Relationship::Business && input.rate_mode != RateMode::Default {
        warnings.push(warn(
            "penaltyRateIgnored",
            "Le taux des pénalités prévu au contrat ne s'applique qu'entre professionnels : le taux légal applicable à ce client est utilisé.".into(),
            "A contractual penalty rate applies only between businesses: the statutory rate for this client is used.".into(),
        ));
    }
    rate_warnings(&accrual.periods, &mut warnings);

    let penalties = accrual.outstanding();
    let total = accrual
        .principal
        .checked_add(penalties)
        .and_then(|t| t.checked_add(indemnity))
        .and_then(|t| t.checked_add(extra_costs))
        .ok_or_else(overflow)?;
    let paid = input
        .payments
        .iter()
        .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(p.amount))
        .ok_or_else(overflow)?;
    let owed_beyond_principal = !(penalties + indemnity + extra_costs).is_zero();

    let situation = match (status, accrual.paid_off_on) {
        (Status::Paid, _) => Situation::PaidOnTime,
        (Status::PaidLate, Some(day)) => {
            let wait = if rel == Relationship::Public {
                PUBLIC_INTEREST_PAYMENT_DAYS + 1
            } else {
                1
            };
            let claim_from = add_days(day, wait).ok_or_else(overflow)?;
            if rel == Relationship::Public && input.as_of < claim_from && owed_beyond_principal {
                let last = add_days(day, PUBLIC_INTEREST_PAYMENT_DAYS).unwrap_or(day);
                warnings.push(warn(
                    "publicPaymentWindow",
                    format!("L'acheteur public doit verser les intérêts moratoires et l'indemnité au plus tard le {} (45 jours après le paiement du principal).", locale::date(last, Lang::Fr)),
                    format!("The public buyer must pay the late-payment interest and indemnity by {} (45 days after paying the principal).", locale::date(last, Lang::En)),
                ));
            }
            Situation::PaidLate {
                claim_from,
                owed: owed_beyond_principal,
            }
        }
        _ => Situation::Unpaid,
    };
    let ladder = plan(
        input.due_date,
        input.as_of,
        situation,
        &input.actions,
        &input.ladder,
    );

    let prescription = prescription(rel, input.due_date);
    if let Some(date) = prescription.date {
        if total > Decimal::ZERO && late {
            prescription_warning(date, input.as_of, &mut warnings);
        }
    }

    let provisional = accrual.periods.iter().any(|p| p.provisional);
    Ok(Assessment {
        as_of: input.as_of,
        status,
        days_late,
        amounts: Amounts {
            invoice: Money(input.amount),
            paid: Money(paid),
            principal: Money(accrual.principal),
            penalties: Money(penalties),
            penalties_accrued: Money(accrual.accrued),
            penalties_paid: Money(accrual.imputed),
            indemnity: Money(indemnity),
            extra_costs: Money(extra_costs),
            total: Money(total),
        },
        provisional,
        step: StepNow {
            id: ladder.step,
            due_since: ladder.due_since,
        },
        next_step: ladder.next.map(|(id, date)| NextStep { id, date }),
        schedule: ladder.schedule,
        prescription,
        recourse: recourse_options(rel, total),
        legal_basis: legal_basis(input, status, &accrual, first_notice.is_some()),
        periods: accrual.periods,
        warnings,
    })
}

fn rate_warnings(periods: &[Period], warnings: &mut Vec<Warning>) {
    let mut seen: Vec<(&'static str, HalfYear)> = Vec::new();
    for p in periods {
        let half_year = p.reference_half_year;
        if p.provisional && !seen.contains(&("rateNotConfirmed", half_year)) {
            seen.push(("rateNotConfirmed", half_year));
            let (fr_name, en_name) = match p.reference_kind {
                ReferenceKind::Ecb => (
                    "Le taux de refinancement de la BCE applicable au",
                    "The ECB refinancing rate for the",
                ),
                ReferenceKind::Legal => (
                    "Le taux de l'intérêt légal du",
                    "The legal interest rate for the",
                ),
            };
            let Percent(used) = p.reference_percent;
            warnings.push(Warning {
                code: "rateNotConfirmed",
                message: format!(
                    "{fr_name} {} n'est pas encore confirmé : le dernier taux connu ({}) est utilisé à titre provisoire. Vous pouvez saisir le taux officiel.",
                    half_year.french(),
                    locale::percent(used, Lang::Fr)
                ),
                message_en: format!(
                    "{en_name} {} is not confirmed yet: the latest known rate ({}) is used provisionally. You can enter the official rate.",
                    half_year.english(),
                    locale::percent(used, Lang::En)
                ),
                half_year: Some(half_year.to_string()),
            });
        }
        if let (RateBasis::LegalFloor, Some(Percent(stated))) = (p.rate_basis, p.stated_percent) {
            if !seen.contains(&("rateRaisedToFloor", half_year)) {
                seen.push(("rateRaisedToFloor", half_year));
                let Percent(floor) = p.rate_percent;
                warnings.push(Warning {
                    code: "rateRaisedToFloor",
                    message: format!(
                        "Le taux prévu ({}) est inférieur au minimum légal de trois fois le taux d'intérêt légal pour le {} : ce minimum ({}) est appliqué.",
                        locale::percent(stated, Lang::Fr),
                        half_year.french(),
                        locale::percent(floor, Lang::Fr)
                    ),
                    message_en: format!(
                        "The stated rate ({}) is below the legal minimum of three times the legal interest rate for the {}: that minimum ({}) is applied.",
                        locale::percent(stated, Lang::En),
                        half_year.english(),
                        locale::percent(floor, Lang::En)
                    ),
                    half_year: Some(half_year.to_string()),
                });
            }
        }
    }
}

fn prescription(rel: Relationship, due: NaiveDate) -> Prescription {
    let (years, article) = match rel {
        Relationship::Business => (5, "Code de commerce, art. L110-4"),
        Relationship::Public => (5, "Code civil, art. 2224"),
        Relationship::Consumer => (2, "Code de la consommation, art. L218-2"),
    };
    Prescription {
        date: due.checked_add_months(Months::new(12 * years)),
        years,
        article,
    }
}

fn prescription_warning(date: NaiveDate, as_of: NaiveDate, warnings: &mut Vec<Warning>) {
    if as_of > date {
        warnings.push(warn(
            "prescribed",
            format!("La créance semble prescrite depuis le {} : un recours en justice risque d'être rejeté.", locale::date(date, Lang::Fr)),
            format!("The claim appears time-barred since {}: a court claim is likely to be dismissed.", locale::date(date, Lang::En)),
        ));
    } else if date
        .checked_sub_months(Months::new(3))
        .is_some_and(|d| as_of >= d)
    {
        warnings.push(warn(
            "prescriptionNear",
            format!(
                "La créance sera prescrite après le {} : une mise en demeure n'interrompt pas ce délai, seule une action en justice ou une reconnaissance de dette le fait.",
                locale::date(date, Lang::Fr)
            ),
            format!(
                "The claim becomes time-barred after {}: a formal notice does not stop that clock; only a court claim or an acknowledgement of the debt does.",
                locale::date(date, Lang::En)
            ),
        ));
    }
}

fn recourse_options(rel: Relationship, total: Decimal) -> Vec<RecourseOption> {
    let opt = |id, court, form, article| RecourseOption {
        id,
        court,
        form,
        article,
    };
    let mut out = Vec::with_capacity(4);
    match rel {
        Relationship::Public => {
            out.push(opt(
                "refereProvision",
                Some("tribunalAdministratif"),
                None,
                Some("Code de justice administrative, art. R541-1"),
            ));
        }
        Relationship::Business | Relationship::Consumer => {
            out.push(opt("agency", None, None, None));
            let (court, form) = if rel == Relationship::Business {
                ("tribunalDeCommerce", "Cerfa 12946")
            } else {
                ("tribunalJudiciaire", "Cerfa 12948")
            };
            out.push(opt(
                "injonctionDePayer",
                Some(court),
                Some(form),
                Some("Code de procédure civile, art. 1405 et suivants"),
            ));
            let referee = if rel == Relationship::Business {
                "Code de procédure civile, art. 873 al. 2"
            } else {
                "Code de procédure civile, art. 835 al. 2"
            };
            out.push(opt("refereProvision", Some(court), None, Some(referee)));
            if total > Decimal::ZERO && total <= SMALL_CLAIMS_CEILING {
                out.push(opt(
                    "smallClaims",
                    None,
                    None,
                    Some("Code des procédures civiles d'exécution, art. L125-1"),
                ));
            }
        }
    }
    out
}

fn legal_basis(
    input: &Input,
    status: Status,
    accrual: &Accrual,
    has_notice: bool,
) -> Vec<&'static str> {
    let late = matches!(status, Status::Overdue | Status::PaidLate);
    let mut out = Vec::with_capacity(6);
    match input.relationship {
        Relationship::Business => {
            out.push("Code de commerce, art. L441-10");
            if late {
                out.push("Code de commerce, art. D441-5");
            }
            out.push("Code de commerce, art. L110-4");
        }
        Relationship::Consumer => {
            out.push("Code civil, art. 1231-6");
            out.push("Code civil, art. 1344");
            if has_notice {
                out.push("Code civil, art. 1344-1");
            }
            out.push("Code des procédures civiles d'exécution, art. L111-8");
            out.push("Code de la consommation, art. L218-2");
        }
        Relationship::Public => {
            out.push("Code de la commande publique, art. L2192-13");
            out.push("Code de la commande publique, art. R2192-31");
            if late {
                out.push("Code de la commande publique, art. D2192-35");
                out.push("Code de la commande publique, art. R2192-36");
            }
            out.push("Code civil, art. 2224");
        }
    }
    if input.imputation == Imputation::InterestFirst && !accrual.imputed.is_zero() {
        out.push("Code civil, art. 1343-1");
    }
    out
}
