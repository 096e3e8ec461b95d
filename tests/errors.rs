//! Every input problem is a structured error: a stable code, the field it
//! concerns, and a message in French and in English.

mod common;

use common::assess_value;
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "asOf": "2025-09-10",
        "relationship": "b2b",
        "invoice": {"number": "F-1", "issueDate": "2025-07-01", "dueDate": "2025-07-31", "amount": "1200.50"},
    })
}

fn with(path: &[&str], value: Value) -> Value {
    let mut v = base();
    let mut cur = &mut v;
    for (i, key) in path.iter().enumerate() {
        if i + 1 == path.len() {
            cur[*key] = value.clone();
        } else {
            cur = &mut cur[*key];
        }
    }
    v
}

#[track_caller]
fn expect_error(input: Value, code: &str, field: &str) {
    match assess_value(&input) {
        Ok(_) => panic!("expected {code} on {field}, got a result for {input}"),
        Err(e) => {
            assert_eq!((e.code(), e.field()), (code, field), "input {input}");
            let (fr, en) = (e.message_fr(), e.message_en());
            assert!(
                !fr.is_empty() && !en.is_empty() && fr != en,
                "{code}: messages {fr:?} / {en:?}"
            );
        }
    }
}

#[test]
fn the_base_input_is_valid() {
    assert!(assess_value(&base()).is_ok());
}

#[test]
fn dates() {
    expect_error(
        with(&["invoice", "issueDate"], json!("2025-02-30")),
        "invalidDate",
        "invoice.issueDate",
    );
    expect_error(
        with(&["invoice", "dueDate"], json!("31/07/2025")),
        "invalidDate",
        "invoice.dueDate",
    );
    expect_error(with(&["asOf"], json!("yesterday")), "invalidDate", "asOf");
    expect_error(
        with(&["invoice", "dueDate"], json!("2025-06-30")),
        "dueBeforeIssue",
        "invoice.dueDate",
    );
    expect_error(
        with(&["asOf"], json!("2025-06-30")),
        "asOfBeforeIssue",
        "asOf",
    );
}

#[test]
fn amounts() {
    expect_error(
        with(&["invoice", "amount"], json!("12O0")),
        "invalidAmount",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!("1 20,00")),
        "invalidAmount",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!("0")),
        "amountNotPositive",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!(-5)),
        "amountNotPositive",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!("10.005")),
        "tooManyDecimals",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!(0.1 + 0.2)),
        "tooManyDecimals",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!("1000000000.01")),
        "amountTooLarge",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!(1e300)),
        "invalidAmount",
        "invoice.amount",
    );
    expect_error(
        with(&["invoice", "amount"], json!(true)),
        "invalidType",
        "invoice.amount",
    );
}

#[test]
fn accepted_amount_forms() {
    for amount in [
        json!("1 200,50"),
        json!("1\u{202f}200,50 €"),
        json!("1,200.50"),
        json!(1200.5),
        json!("1200.5"),
    ] {
        let r = assess_value(&with(&["invoice", "amount"], amount.clone()))
            .unwrap_or_else(|e| panic!("{amount}: {e}"));
        assert_eq!(
            relance::money::to_text(r.amounts.invoice.0),
            "1200.50",
            "{amount}"
        );
    }
}

#[test]
fn one_billion_does_not_overflow() {
    let mut input = with(&["invoice", "amount"], json!("1 000 000 000"));
    input["asOf"] = json!("2200-12-31");
    input["invoice"]["issueDate"] = json!("2015-01-01");
    input["invoice"]["dueDate"] = json!("2015-01-31");
    input["penaltyRate"] = json!({"mode": "fixed", "percent": 100});
    let r = assess_value(&input).expect("a result, not an overflow");
    assert!(r.amounts.total.0 > r.amounts.invoice.0);
    assert!(r.provisional, "beyond the tables");
}

#[test]
fn payments() {
    let p =
        |date: &str, amount: Value| with(&["payments"], json!([{"date": date, "amount": amount}]));
    expect_error(
        p("2025-09-11", json!(10)),
        "paymentAfterAsOf",
        "payments[0].date",
    );
    expect_error(
        p("2025-09-01", json!("0,00")),
        "amountNotPositive",
        "payments[0].amount",
    );
    expect_error(
        p("2025-09-01", json!("1200.51")),
        "paymentsExceedAmount",
        "payments[0].amount",
    );
    expect_error(p("2025-9-01", json!(1)), "invalidDate", "payments[0].date");
    let two = with(
        &["payments"],
        json!([{"date": "2025-08-01", "amount": 700}, {"date": "2025-08-02", "amount": "500.51"}]),
    );
    expect_error(two, "paymentsExceedAmount", "payments[1].amount");
    expect_error(
        with(&["payments"], json!({"date": "2025-08-01"})),
        "invalidType",
        "payments",
    );
    expect_error(
        with(&["payments"], json!([{"date": "2025-08-01"}])),
        "missingField",
        "payments[0].amount",
    );
}

#[test]
fn names_and_modes() {
    expect_error(
        with(&["relationship"], json!("B2B")),
        "unknownRelationship",
        "relationship",
    );
    expect_error(
        with(&["penaltyRate"], json!({"mode": "ecb"})),
        "unknownRateMode",
        "penaltyRate.mode",
    );
    expect_error(
        with(&["penaltyRate"], json!({"mode": "fixed"})),
        "missingPercent",
        "penaltyRate.percent",
    );
    expect_error(
        with(
            &["penaltyRate"],
            json!({"mode": "fixed", "percent": "100.01"}),
        ),
        "percentOutOfRange",
        "penaltyRate.percent",
    );
    expect_error(
        with(&["penaltyRate"], json!({"mode": "fixed", "percent": -1})),
        "percentOutOfRange",
        "penaltyRate.percent",
    );
    expect_error(
        with(
            &["actions"],
            json!([{"step": "lawsuit", "date": "2025-08-01"}]),
        ),
        "unknownStep",
        "actions[0].step",
    );
    expect_error(
        with(
            &["actions"],
            json!([{"step": "none", "date": "2025-08-01"}]),
        ),
        "unknownStep",
        "actions[0].step",
    );
    expect_error(
        with(
            &["actions"],
            json!([{"step": "formalNotice", "date": "2025-09-11"}]),
        ),
        "actionAfterAsOf",
        "actions[0].date",
    );
    expect_error(
        with(
            &["actions"],
            json!([{"step": "formalNotice", "date": "2025-06-11"}]),
        ),
        "actionBeforeIssue",
        "actions[0].date",
    );
    expect_error(
        with(&["options"], json!({"dayCount": "30/360"})),
        "unknownOptionValue",
        "options.dayCount",
    );
    expect_error(
        with(&["options"], json!({"paymentImputation": "x"})),
        "unknownOptionValue",
        "options.paymentImputation",
    );
    expect_error(
        with(&["options"], json!({"formalNoticeDeadlineDays": 7})),
        "daysOutOfRange",
        "options.formalNoticeDeadlineDays",
    );
    expect_error(
        with(&["options"], json!({"formalNoticeDeadlineDays": 16})),
        "daysOutOfRange",
        "options.formalNoticeDeadlineDays",
    );
    expect_error(
        with(&["options"], json!({"letterAfterDays": 1.5})),
        "invalidType",
        "options.letterAfterDays",
    );
    expect_error(
        with(
            &["options"],
            json!({"rateOverrides": [{"halfYear": "2026-S2", "ecbPercent": 2}]}),
        ),
        "invalidHalfYear",
        "options.rateOverrides[0].halfYear",
    );
    expect_error(
        with(
            &["options"],
            json!({"rateOverrides": [{"halfYear": "2026-H2", "ecbPercent": 2}, {"halfYear": "2026-H2"}]}),
        ),
        "duplicateOverride",
        "options.rateOverrides[1].halfYear",
    );
    expect_error(
        with(
            &["options"],
            json!({"rateOverrides": [{"halfYear": "2026-H2", "legalPercent": 101}]}),
        ),
        "percentOutOfRange",
        "options.rateOverrides[0].legalPercent",
    );
}

#[test]
fn shape() {
    expect_error(
        with(&["invoice", "vat"], json!(20)),
        "unknownField",
        "invoice.vat",
    );
    expect_error(with(&["colour"], json!("red")), "unknownField", "colour");
    expect_error(
        with(&["options"], json!({"dayCounts": "actual365"})),
        "unknownField",
        "options.dayCounts",
    );
    expect_error(
        with(&["parties"], json!({"creditor": {"phone": "01"}})),
        "unknownField",
        "parties.creditor.phone",
    );
    let mut no_due = base();
    no_due["invoice"].as_object_mut().unwrap().remove("dueDate");
    expect_error(no_due, "missingField", "invoice.dueDate");
    expect_error(json!({"relationship": "b2b"}), "missingField", "invoice");
    expect_error(json!([1, 2]), "invalidType", "");
    expect_error(
        with(&["invoice", "issueDate"], json!(20250701)),
        "invalidType",
        "invoice.issueDate",
    );
    let err = common::assess_json("{\"relationship\": ").unwrap_err();
    assert_eq!(err.code(), "invalidInput");
}

#[test]
fn rates_before_the_tables_need_the_caller() {
    let mut input = base();
    input["invoice"]["issueDate"] = json!("2014-03-01");
    input["invoice"]["dueDate"] = json!("2014-03-31");
    input["asOf"] = json!("2014-05-30");
    expect_error(input.clone(), "rateUnavailable", "options.rateOverrides");
    input["options"] = json!({"rateOverrides": [{"halfYear": "2014-H1", "ecbPercent": "0.25"}]});
    let r = assess_value(&input).unwrap();
    // 1 200.50 x 10.25 % x 60 / 365 = 20.2276... -> 20.23
    assert_eq!(relance::money::to_text(r.amounts.penalties.0), "20.23");
}
