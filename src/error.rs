//! The one error type of the crate.
//!
//! Every problem with the caller's input is an [`Error`] with a stable
//! [`code`](Error::code), the [`field`](Error::field) path it concerns (in
//! the camelCase names of the JS API, e.g. `payments[1].amount`) and a
//! message in French and in English, so a page can show it next to the
//! field in the user's language.

use std::fmt;

/// An input problem, or an amount too large to compute with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    field: String,
}

/// What went wrong. New kinds may be added in any release.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A date that is not a real `YYYY-MM-DD` calendar date in 1970..=2200.
    InvalidDate,
    /// An amount or percent that cannot be read as a decimal number.
    InvalidAmount,
    /// An amount with more than two decimals.
    TooManyDecimals,
    /// An amount that is zero or negative where a positive one is needed.
    AmountNotPositive,
    /// An amount above 1 000 000 000 EUR.
    AmountTooLarge,
    /// The due date is before the invoice date.
    DueBeforeIssue,
    /// The assessment date is before the invoice date.
    AsOfBeforeIssue,
    /// A payment dated after the assessment date.
    PaymentAfterAsOf,
    /// Payments add up to more than the invoice amount.
    PaymentsExceedAmount,
    /// An action dated after the assessment date.
    ActionAfterAsOf,
    /// An action dated before the invoice date.
    ActionBeforeIssue,
    /// A relationship other than `b2b`, `b2c` or `public`.
    UnknownRelationship,
    /// A penalty rate mode other than `default`, `threeTimesLegal` or `fixed`.
    UnknownRateMode,
    /// A dunning step name that does not exist.
    UnknownStep,
    /// An option whose value is not one of the allowed names.
    UnknownOptionValue,
    /// The `fixed` rate mode without a `percent`.
    MissingPercent,
    /// A percent outside 0..=100.
    PercentOutOfRange,
    /// A number of days outside its allowed range (given in the message).
    DaysOutOfRange {
        /// Smallest allowed value.
        min: i64,
        /// Largest allowed value.
        max: i64,
    },
    /// A half-year that is not written `YYYY-H1` or `YYYY-H2`.
    InvalidHalfYear,
    /// The same half-year given twice in the rate overrides.
    DuplicateOverride,
    /// No rate is known for a half-year before the embedded tables begin,
    /// and the caller did not supply one.
    RateUnavailable {
        /// The half-year, as `YYYY-H1` or `YYYY-H2`.
        half_year: String,
    },
    /// A field that the input does not have.
    UnknownField,
    /// A required field is missing.
    MissingField,
    /// A value of the wrong type (a number where text is expected, ...).
    InvalidType,
    /// Input that cannot be read at all (malformed JSON, nesting too deep).
    InvalidInput,
    /// A computation exceeded the range of exact decimal arithmetic.
    Overflow,
    /// No document fits: the invoice is paid on time, or nothing is owed.
    NothingToDraft,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, field: impl Into<String>) -> Error {
        Error {
            kind,
            field: field.into(),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The input field the error concerns, as a path in the JS API's names
    /// (`invoice.dueDate`, `payments[0].amount`); empty for the whole input.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// A stable camelCase code for programs, e.g. `invalidDate`.
    pub fn code(&self) -> &'static str {
        use ErrorKind::*;
        match self.kind {
            InvalidDate => "invalidDate",
            InvalidAmount => "invalidAmount",
            TooManyDecimals => "tooManyDecimals",
            AmountNotPositive => "amountNotPositive",
            AmountTooLarge => "amountTooLarge",
            DueBeforeIssue => "dueBeforeIssue",
            AsOfBeforeIssue => "asOfBeforeIssue",
            PaymentAfterAsOf => "paymentAfterAsOf",
            PaymentsExceedAmount => "paymentsExceedAmount",
            ActionAfterAsOf => "actionAfterAsOf",
            ActionBeforeIssue => "actionBeforeIssue",
            UnknownRelationship => "unknownRelationship",
            UnknownRateMode => "unknownRateMode",
            UnknownStep => "unknownStep",
            UnknownOptionValue => "unknownOptionValue",
            MissingPercent => "missingPercent",
            PercentOutOfRange => "percentOutOfRange",
            DaysOutOfRange { .. } => "daysOutOfRange",
            InvalidHalfYear => "invalidHalfYear",
            DuplicateOverride => "duplicateOverride",
            RateUnavailable { .. } => "rateUnavailable",
            UnknownField => "unknownField",
            MissingField => "missingField",
            InvalidType => "invalidType",
            InvalidInput => "invalidInput",
            Overflow => "overflow",
            NothingToDraft => "nothingToDraft",
        }
    }

    /// The message in French.
    pub fn message_fr(&self) -> String {
        use ErrorKind::*;
        match &self.kind {
            InvalidDate => "Date invalide : saisissez une date réelle au format AAAA-MM-JJ.".into(),
            InvalidAmount => "Montant illisible : saisissez un nombre, par exemple 1 200,50.".into(),
            TooManyDecimals => "Un montant en euros a au plus deux décimales.".into(),
            AmountNotPositive => "Le montant doit être supérieur à zéro.".into(),
            AmountTooLarge => "Le montant dépasse 1 000 000 000 €.".into(),
            DueBeforeIssue => "L'échéance ne peut pas précéder la date de la facture.".into(),
            AsOfBeforeIssue => "La date du calcul ne peut pas précéder la date de la facture.".into(),
            PaymentAfterAsOf => "Ce paiement est daté après la date du calcul.".into(),
            PaymentsExceedAmount => "Les paiements dépassent le montant de la facture.".into(),
            ActionAfterAsOf => "Cette démarche est datée après la date du calcul.".into(),
            ActionBeforeIssue => "Cette démarche est datée avant la facture.".into(),
            UnknownRelationship => "Type de client inconnu : professionnel (b2b), particulier (b2c) ou acheteur public (public).".into(),
            UnknownRateMode => "Mode de taux inconnu : default, threeTimesLegal ou fixed.".into(),
            UnknownStep => "Étape inconnue : friendlyReminder, reminderLetter, formalNotice ou recourse.".into(),
            UnknownOptionValue => "Valeur d'option inconnue.".into(),
            MissingPercent => "Indiquez le taux annuel prévu par vos conditions (en %).".into(),
            PercentOutOfRange => "Le taux doit être compris entre 0 et 100 %.".into(),
            DaysOutOfRange { min, max } => format!("Le nombre de jours doit être compris entre {min} et {max}."),
            InvalidHalfYear => "Semestre invalide : écrivez AAAA-H1 ou AAAA-H2.".into(),
            DuplicateOverride => "Ce semestre est déjà renseigné.".into(),
            RateUnavailable { half_year } => format!(
                "Aucun taux connu pour le semestre {half_year} : indiquez-le dans les taux fournis."
            ),
            UnknownField => "Champ inconnu.".into(),
            MissingField => "Champ obligatoire manquant.".into(),
            InvalidType => "Valeur du mauvais type.".into(),
            InvalidInput => "Données illisibles.".into(),
            Overflow => "Montants trop grands pour être calculés exactement.".into(),
            NothingToDraft => "Aucun courrier à rédiger : rien n'est dû pour cette facture.".into(),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        use ErrorKind::*;
        match &self.kind {
            InvalidDate => "Invalid date: enter a real date as YYYY-MM-DD.".into(),
            InvalidAmount => "Unreadable amount: enter a number, e.g. 1200.50.".into(),
            TooManyDecimals => "A euro amount has at most two decimals.".into(),
            AmountNotPositive => "The amount must be greater than zero.".into(),
            AmountTooLarge => "The amount exceeds EUR 1,000,000,000.".into(),
            DueBeforeIssue => "The due date cannot be before the invoice date.".into(),
            AsOfBeforeIssue => "The assessment date cannot be before the invoice date.".into(),
            PaymentAfterAsOf => "This payment is dated after the assessment date.".into(),
            PaymentsExceedAmount => "Payments exceed the invoice amount.".into(),
            ActionAfterAsOf => "This step is dated after the assessment date.".into(),
            ActionBeforeIssue => "This step is dated before the invoice.".into(),
            UnknownRelationship => {
                "Unknown client type: business (b2b), consumer (b2c) or public buyer (public)."
                    .into()
            }
            UnknownRateMode => "Unknown rate mode: default, threeTimesLegal or fixed.".into(),
            UnknownStep => {
                "Unknown step: friendlyReminder, reminderLetter, formalNotice or recourse.".into()
            }
            UnknownOptionValue => "Unknown option value.".into(),
            MissingPercent => "Enter the annual rate stated in your terms (in %).".into(),
            PercentOutOfRange => "The rate must be between 0 and 100%.".into(),
            DaysOutOfRange { min, max } => {
                format!("The number of days must be between {min} and {max}.")
            }
            InvalidHalfYear => "Invalid half-year: write YYYY-H1 or YYYY-H2.".into(),
            DuplicateOverride => "This half-year is already given.".into(),
            RateUnavailable { half_year } => format!(
                "No rate is known for half-year {half_year}: supply it in the rate overrides."
            ),
            UnknownField => "Unknown field.".into(),
            MissingField => "Required field missing.".into(),
            InvalidType => "Value of the wrong type.".into(),
            InvalidInput => "Unreadable input.".into(),
            Overflow => "Amounts too large to compute exactly.".into(),
            NothingToDraft => "Nothing to draft: nothing is owed on this invoice.".into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.code(), self.message_en())
        } else {
            write!(f, "{} ({}): {}", self.code(), self.field, self.message_en())
        }
    }
}

impl std::error::Error for Error {}
