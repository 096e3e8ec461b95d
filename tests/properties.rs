//! Properties that hold for every input.

mod common;

use common::{assess_json, assess_value};
use proptest::prelude::*;
use relance::assessment::Status;
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// 1 000 000 000 EUR, the largest amount accepted, in cents.
const MAX_CENTS: i64 = 100_000_000_000;

fn date(days_from_2015: i64) -> String {
    let d = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap()
        + chrono::TimeDelta::days(days_from_2015);
    relance::calendar::iso(d)
}

fn invoice(
    relationship: &str,
    mode: Value,
    cents: i64,
    due: i64,
    as_of: i64,
    payments: &[(i64, i64)],
) -> Value {
    json!({
        "asOf": date(as_of),
        "relationship": relationship,
        "invoice": {"issueDate": date(0), "dueDate": date(due), "amount": format!("{}.{:02}", cents / 100, cents % 100)},
        "penaltyRate": mode,
        "payments": payments.iter().map(|(d, c)| json!({"date": date(*d), "amount": format!("{}.{:02}", c / 100, c % 100)})).collect::<Vec<_>>(),
        "actions": [{"step": "formalNotice", "date": date(due.min(as_of))}],
    })
}

fn relationship() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("b2b"), Just("b2c"), Just("public")]
}

fn mode() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"mode": "default"})),
        Just(json!({"mode": "threeTimesLegal"})),
        (0u32..3000).prop_map(
            |bp| json!({"mode": "fixed", "percent": format!("{}.{:02}", bp / 100, bp % 100)})
        ),
    ]
}

fn penalties(v: &Value) -> Decimal {
    assess_value(v)
        .unwrap_or_else(|e| panic!("{e} for {v}"))
        .amounts
        .penalties_accrued
        .0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_penalty_when_not_late(rel in relationship(), mode in mode(), cents in 1i64..MAX_CENTS, due in 0i64..4000, back in 0i64..4000) {
        let as_of = due - back.min(due);
        let r = assess_value(&invoice(rel, mode, cents, due, as_of, &[])).unwrap();
        prop_assert_eq!(r.status, Status::NotDue);
        prop_assert!(r.amounts.penalties.0.is_zero() && r.amounts.indemnity.0.is_zero());
        prop_assert!(r.periods.is_empty());
    }

    #[test]
    fn penalties_never_decrease_with_time(rel in relationship(), mode in mode(), cents in 1i64..MAX_CENTS, due in 0i64..3000, a in 0i64..800, b in 0i64..800) {
        let (early, late) = (due + a.min(b), due + a.max(b));
        let p1 = penalties(&invoice(rel, mode.clone(), cents, due, early, &[]));
        let p2 = penalties(&invoice(rel, mode, cents, due, late, &[]));
        prop_assert!(p1 <= p2, "{} then {}", p1, p2);
    }

    #[test]
    fn a_payment_never_increases_penalties(rel in relationship(), mode in mode(), cents in 2i64..MAX_CENTS, due in 0i64..3000, late in 1i64..800, when in 0i64..800, share in 1i64..100) {
        let as_of = due + late;
        let paid = (cents * share / 100).max(1);
        let pay_day = (due + when).min(as_of);
        let without = penalties(&invoice(rel, mode.clone(), cents, due, as_of, &[]));
        let with = penalties(&invoice(rel, mode, cents, due, as_of, &[(pay_day, paid)]));
        prop_assert!(with <= without, "{} > {}", with, without);
    }

    #[test]
    fn period_days_add_up_to_days_late(rel in prop_oneof![Just("b2b"), Just("public")], mode in mode(), cents in 1i64..MAX_CENTS, due in 0i64..3000, late in 0i64..2000, payments in proptest::collection::vec((0i64..2000, 1i64..100), 0..4)) {
        let as_of = due + late;
        let total_share: i64 = payments.iter().map(|(_, s)| s).sum();
        let pays: Vec<(i64, i64)> = payments.iter().map(|(d, s)| ((due + d).min(as_of), (cents * s / (total_share.max(100) + 1)).max(1))).filter(|(_, c)| *c > 0).collect();
        let r = assess_value(&invoice(rel, mode, cents, due, as_of, &pays)).unwrap();
        let days: i64 = r.periods.iter().map(|p| p.days).sum();
        prop_assert_eq!(days, r.days_late);
        for w in r.periods.windows(2) {
            prop_assert_eq!(w[0].to.succ_opt().unwrap(), w[1].from);
        }
    }

    #[test]
    fn number_readers_never_panic(text in "\\PC{0,40}") {
        let _ = relance::money::parse_decimal(&text, 2);
        let _ = relance::value::expand_exponent(&text);
        let _ = relance::calendar::parse_date(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(text in "\\PC{0,200}") {
        let _ = assess_json(&text);
    }

    #[test]
    fn arbitrary_values_in_every_field_never_panic(
        fields in proptest::collection::vec((0usize..14, any_json()), 0..6)
    ) {
        let paths: [&[&str]; 14] = [
            &["asOf"], &["relationship"], &["invoice", "amount"], &["invoice", "issueDate"], &["invoice", "dueDate"],
            &["penaltyRate", "mode"], &["penaltyRate", "percent"], &["payments"], &["actions"], &["options", "dayCount"],
            &["options", "rateOverrides"], &["options", "formalNoticeDeadlineDays"], &["parties"], &["invoice", "number"],
        ];
        let mut v = invoice("b2b", json!({"mode": "default"}), 100_000, 30, 90, &[(40, 10_000)]);
        for (i, value) in fields {
            let path = paths[i];
            let mut cur = &mut v;
            for key in &path[..path.len() - 1] {
                if !cur[*key].is_object() { cur[*key] = json!({}); }
                cur = &mut cur[*key];
            }
            cur[path[path.len() - 1]] = value;
        }
        let _ = assess_value(&v);
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,20}".prop_map(Value::String),
        prop_oneof![
            Just("2025-02-29"),
            Just("2024-02-29"),
            Just("1 200,50"),
            Just("fixed"),
            Just("2026-H2"),
            Just("-0")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
