//! Published worked examples and hand-computed cases, one row each in
//! `tests/data/cases.csv`. Expectations there are computed by hand (and
//! cite their source), never taken from the engine's output.

mod common;

use common::{assess_value, csv_rows};
use serde_json::{json, Value};

fn split(text: &str, sep: char) -> impl Iterator<Item = &str> {
    text.split(sep).map(str::trim).filter(|s| !s.is_empty())
}

fn pair(text: &str) -> (&str, &str) {
    text.split_once('=')
        .unwrap_or_else(|| panic!("`{text}` is not key=value"))
}

fn build_input(row: &std::collections::BTreeMap<String, String>) -> Value {
    let mut input = json!({
        "asOf": row["as_of"],
        "relationship": row["relationship"],
        "invoice": {"number": row["id"], "issueDate": row["issue_date"], "dueDate": row["due_date"], "amount": row["amount"]},
    });
    input["penaltyRate"] = match row["rate"].split_once(':') {
        Some(("fixed", pct)) => json!({"mode": "fixed", "percent": pct}),
        _ => json!({"mode": row["rate"]}),
    };
    input["payments"] = split(&row["payments"], ';')
        .map(|p| {
            let (date, amount) = pair(p);
            json!({"date": date, "amount": amount})
        })
        .collect();
    input["actions"] = split(&row["actions"], ';')
        .map(|a| {
            let (step, date) = pair(a);
            json!({"step": step, "date": date})
        })
        .collect();
    let mut options = json!({});
    let mut overrides = Vec::new();
    for o in split(&row["options"], '|') {
        let (key, value) = pair(o);
        match key.split_once(':') {
            Some((kind, half_year)) => {
                overrides.push(json!({"halfYear": half_year, format!("{kind}Percent"): value}))
            }
            None => options[key] = json!(value),
        }
    }
    options["rateOverrides"] = Value::Array(overrides);
    input["options"] = options;
    input
}

#[test]
fn worked_examples_and_hand_computed_cases() {
    let rows = csv_rows(include_str!("data/cases.csv"));
    assert!(rows.len() >= 20, "the case file lost rows");
    let mut failures = Vec::new();
    for (line, row) in &rows {
        let id = &row["id"];
        let input = build_input(row);
        let result = match assess_value(&input) {
            Ok(r) => serde_json::to_value(&r).unwrap(),
            Err(e) => {
                failures.push(format!("line {line} ({id}): error {e}"));
                continue;
            }
        };
        let mut check = |what: &str, got: Value, want: Value| {
            if got != want {
                failures.push(format!(
                    "line {line} ({id}): {what}: got {got}, want {want}"
                ));
            }
        };
        check("status", result["status"].clone(), json!(row["status"]));
        check(
            "daysLate",
            result["daysLate"].clone(),
            json!(row["days_late"].parse::<i64>().unwrap()),
        );
        check(
            "penalties",
            result["amounts"]["penalties"].clone(),
            json!(row["penalties"]),
        );
        check(
            "indemnity",
            result["amounts"]["indemnity"].clone(),
            json!(row["indemnity"]),
        );
        check(
            "total",
            result["amounts"]["total"].clone(),
            json!(row["total"]),
        );
        check(
            "provisional",
            result["provisional"].clone(),
            json!(row["provisional"] == "true"),
        );
        let periods: Vec<String> = result["periods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                format!(
                    "{}@{}={}",
                    p["days"],
                    p["ratePercent"].as_str().unwrap(),
                    p["amount"].as_str().unwrap()
                )
            })
            .collect();
        check("periods", json!(periods.join(";")), json!(row["periods"]));
        let mut warnings: Vec<String> = result["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap().to_string())
            .collect();
        warnings.sort();
        warnings.dedup();
        let mut want: Vec<String> = split(&row["warnings"], ';').map(String::from).collect();
        want.sort();
        check("warnings", json!(warnings), json!(want));
    }
    assert!(
        failures.is_empty(),
        "{} failing row(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
