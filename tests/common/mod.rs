//! Helpers shared by the integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use relance::{assess, Assessment, Error, Input};

/// Splits one CSV line, honouring double-quoted fields.
pub fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    out
}

/// Rows of a CSV file as (line number, header -> value) maps.
pub fn csv_rows(text: &str) -> Vec<(usize, std::collections::BTreeMap<String, String>)> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let header = lines.next().map(|(_, l)| csv_fields(l)).unwrap_or_default();
    lines
        .map(|(i, l)| {
            let fields = csv_fields(l);
            assert_eq!(
                fields.len(),
                header.len(),
                "line {}: {} fields, header has {}",
                i + 1,
                fields.len(),
                header.len()
            );
            (i + 1, header.iter().cloned().zip(fields).collect())
        })
        .collect()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

/// Assesses a JSON input.
pub fn assess_json(json: &str) -> Result<Assessment, Error> {
    let input = Input::from_deserializer(&mut serde_json::Deserializer::from_str(json), today())?;
    assess(&input)
}

/// Assesses a `serde_json::Value` input.
pub fn assess_value(value: &serde_json::Value) -> Result<Assessment, Error> {
    assess_json(&value.to_string())
}
