//! Relance: what a late-paying client owes under French law, and which
//! dunning step to take today.
//!
//! The crate is a pure core that builds and tests natively, plus one thin
//! WebAssembly binding (compiled only for wasm targets) that converts values
//! and errors at the JavaScript boundary.
//!
//! - [`money`]: exact euro amounts and the one rounding rule.
//! - [`calendar`]: dates and half-years.
//! - [`rates`]: the legal interest and ECB rate tables, with their sources.
//! - [`penalty`]: periods, rates and amounts of late-payment penalties.
//! - [`dunning`]: the ladder of reminders, formal notice and recourse.
//! - [`input`]: what the caller describes, and its validation.
//! - [`assessment`]: everything put together for one invoice.
//! - [`draft`]: the copy-ready emails, letters and notes.
//! - [`locale`]: French and English dates and amounts.
//! - [`Error`]: one structured error for every input problem.
//!
//! # Example
//!
//! ```
//! use relance::{assess, Input};
//! use chrono::NaiveDate;
//!
//! let json = r#"{"asOf": "2025-09-10", "relationship": "b2b",
//!   "invoice": {"number": "F-2025-031", "issueDate": "2025-07-01",
//!               "dueDate": "2025-07-31", "amount": "1 200,00"}}"#;
//! let today = NaiveDate::from_ymd_opt(2025, 9, 10).unwrap();
//! let input = Input::from_deserializer(&mut serde_json::Deserializer::from_str(json), today)?;
//! let result = assess(&input)?;
//! // 41 days at 12.15 % (ECB 2.15 % on 1 July 2025 + 10 points):
//! // 1 200 x 12.15 % x 41 / 365 = 16.38 EUR, plus the 40 EUR indemnity.
//! assert_eq!(result.days_late, 41);
//! assert_eq!(relance::money::to_text(result.amounts.total.0), "1256.38");
//! # Ok::<(), relance::Error>(())
//! ```
//!
//! # Design notes
//!
//! - Money is [`rust_decimal::Decimal`] from end to end, with one rounding
//!   rule, [`money::ROUNDING`]; amounts leave the crate as decimal strings.
//! - The law is data: rate tables live in `data/*.csv` with a source and a
//!   status per row, and are embedded at compile time. An unconfirmed rate
//!   is never used silently: the latest confirmed one stands in, the result
//!   is marked provisional, and the caller can supply the rate.
//! - Nothing panics on input: every problem is an [`Error`] with a code,
//!   the field it concerns and a message in French and English.

#![deny(missing_docs)]

pub mod assessment;
pub mod calendar;
#[cfg(feature = "drafts")]
pub mod draft;
pub mod dunning;
mod error;
pub mod input;
pub mod locale;
pub mod money;
pub mod penalty;
pub mod rates;
pub mod value;
#[cfg(target_family = "wasm")]
mod wasm;

pub use assessment::{assess, Assessment};
pub use error::{Error, ErrorKind};
pub use input::{Input, Parties, Party};
