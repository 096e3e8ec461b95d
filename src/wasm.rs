//! The JavaScript binding: converts values and errors, nothing else.
//!
//! Inputs are read into the crate's small [`Value`] tree straight from the
//! JS value; results are written with `serde-wasm-bindgen` as plain
//! JSON-compatible objects (amounts as decimal strings). Errors are thrown as
//! JS `Error` objects whose `message` is French, with `code`, `field`,
//! `messageFr` and `messageEn` properties.

#[cfg(feature = "drafts")]
use crate::draft::DraftOptions;
use crate::error::{Error, ErrorKind};
use crate::input::Input;
use crate::rates::RateTables;
use crate::value::Value;
use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("relance.d.ts");

/// Today's date in the user's time zone.
fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MIN)
}

fn to_js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.message_fr());
    let obj: &JsValue = err.as_ref();
    for (key, value) in [
        ("code", e.code().to_string()),
        ("field", e.field().to_string()),
        ("messageFr", e.message_fr()),
        ("messageEn", e.message_en()),
    ] {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), &JsValue::from_str(&value));
    }
    err.into()
}

fn read_input(input: &JsValue) -> Result<Input, JsValue> {
    Value::from_js(input)
        .and_then(|v| Input::from_value(&v, today()))
        .map_err(|e| to_js_error(&e))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))
}

/// Assesses one invoice. See `AssessInput` and `Assessment` in the typings.
#[wasm_bindgen(unchecked_return_type = "Assessment")]
pub fn assess(
    #[wasm_bindgen(unchecked_param_type = "AssessInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input = read_input(&input)?;
    let result = crate::assess(&input).map_err(|e| to_js_error(&e))?;
    to_js(&result)
}

/// Drafts the document for a step. See `DraftOptions` and `Draft` in the
/// typings.
#[cfg(feature = "drafts")]
#[wasm_bindgen(unchecked_return_type = "Draft")]
pub fn draft(
    #[wasm_bindgen(unchecked_param_type = "AssessInput")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DraftOptions")] options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    let input = read_input(&input)?;
    let options = options
        .map_or(Ok(Value::Null), |o| Value::from_js(&o))
        .and_then(|v| DraftOptions::from_value(&v))
        .map_err(|e| to_js_error(&e))?;
    let result = crate::draft::draft(&input, &options).map_err(|e| to_js_error(&e))?;
    to_js(&result)
}

/// The due date for payment terms (`30`, `45eom`, `60`) from the invoice
/// date, both ISO dates.
#[wasm_bindgen(js_name = dueDate)]
pub fn due_date(issue_date: &str, terms: &str) -> Result<String, JsValue> {
    let issue = crate::calendar::parse_date(issue_date)
        .ok_or_else(|| to_js_error(&Error::new(ErrorKind::InvalidDate, "invoice.issueDate")))?;
    crate::calendar::PaymentTerms::parse(terms)
        .and_then(|t| t.due_date(issue))
        .map(crate::calendar::iso)
        .ok_or_else(|| to_js_error(&Error::new(ErrorKind::UnknownOptionValue, "terms")))
}

/// The embedded rate tables with their sources.
#[wasm_bindgen(unchecked_return_type = "RatesReport")]
pub fn rates() -> Result<JsValue, JsValue> {
    to_js(&RateTables::report())
}
