//! The dunning ladder, prescription and legal basis, through `assess`.

mod common;

use common::assess_value;
use serde_json::{json, Value};

fn input(as_of: &str, relationship: &str, actions: Value) -> Value {
    json!({
        "asOf": as_of,
        "relationship": relationship,
        "invoice": {"number": "F-9", "issueDate": "2025-03-01", "dueDate": "2025-03-31", "amount": "2000"},
        "actions": actions,
    })
}

fn result(v: &Value) -> Value {
    serde_json::to_value(assess_value(v).unwrap_or_else(|e| panic!("{e}"))).unwrap()
}

fn statuses(r: &Value) -> Vec<(String, String, Value)> {
    r["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["status"].as_str().unwrap().to_string(),
                e["date"].clone(),
            )
        })
        .collect()
}

#[test]
fn before_the_due_date_nothing_to_do() {
    let r = result(&input("2025-03-31", "b2b", json!([])));
    assert_eq!(r["status"], "notDue");
    assert_eq!(r["step"], json!({"id": "none", "dueSince": null}));
    assert_eq!(
        r["nextStep"],
        json!({"id": "friendlyReminder", "date": "2025-04-01"})
    );
}

#[test]
fn each_step_in_turn() {
    // Day after the due date: the friendly email.
    let r = result(&input("2025-04-01", "b2b", json!([])));
    assert_eq!(
        r["step"],
        json!({"id": "friendlyReminder", "dueSince": "2025-04-01"})
    );
    assert_eq!(
        r["nextStep"],
        json!({"id": "reminderLetter", "date": "2025-04-15"})
    );

    // Email sent on 2 April: the letter waits for due + 15.
    let sent = json!([{"step": "friendlyReminder", "date": "2025-04-02"}]);
    let r = result(&input("2025-04-10", "b2b", sent.clone()));
    assert_eq!(r["step"]["id"], "none");
    assert_eq!(
        r["nextStep"],
        json!({"id": "reminderLetter", "date": "2025-04-15"})
    );
    let r = result(&input("2025-04-15", "b2b", sent));
    assert_eq!(
        r["step"],
        json!({"id": "reminderLetter", "dueSince": "2025-04-15"})
    );

    // Letter sent on 25 April: the formal notice from max(due + 30, letter + 8) = 3 May.
    let both = json!([{"step": "friendlyReminder", "date": "2025-04-02"}, {"step": "reminderLetter", "date": "2025-04-25"}]);
    let r = result(&input("2025-05-03", "b2b", both.clone()));
    assert_eq!(
        r["step"],
        json!({"id": "formalNotice", "dueSince": "2025-05-03"})
    );
    assert_eq!(r["schedule"][2]["deadline"], "2025-05-11");
    assert_eq!(
        r["nextStep"],
        json!({"id": "recourse", "date": "2025-05-12"})
    );

    // Formal notice sent 5 May with a 15-day deadline: recourse from 21 May.
    let mut all = both.as_array().unwrap().clone();
    all.push(json!({"step": "formalNotice", "date": "2025-05-05"}));
    let mut v = input("2025-05-20", "b2b", json!(all));
    v["options"] = json!({"formalNoticeDeadlineDays": 15});
    let r = result(&v);
    assert_eq!(r["step"]["id"], "none");
    assert_eq!(r["schedule"][2]["deadline"], "2025-05-20");
    assert_eq!(
        r["nextStep"],
        json!({"id": "recourse", "date": "2025-05-21"})
    );
    v["asOf"] = json!("2025-05-21");
    let r = result(&v);
    assert_eq!(
        r["step"],
        json!({"id": "recourse", "dueSince": "2025-05-21"})
    );
    let ids: Vec<&str> = r["recourse"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "agency",
            "injonctionDePayer",
            "refereProvision",
            "smallClaims"
        ]
    );
}

#[test]
fn a_later_step_taken_skips_the_earlier_ones() {
    let r = result(&input(
        "2025-05-20",
        "b2b",
        json!([{"step": "formalNotice", "date": "2025-05-02"}]),
    ));
    let s = statuses(&r);
    assert_eq!(s[0].1, "skipped");
    assert_eq!(s[1].1, "skipped");
    assert_eq!((s[2].1.as_str(), &s[2].2), ("done", &json!("2025-05-02")));
    assert_eq!(
        r["step"],
        json!({"id": "recourse", "dueSince": "2025-05-11"})
    );
}

#[test]
fn configurable_timings_and_dates_never_go_backwards() {
    let mut v = input("2025-06-30", "b2b", json!([]));
    v["options"] = json!({"letterAfterDays": 10, "formalNoticeAfterDays": 20, "formalNoticeAfterLetterDays": 5});
    let r = result(&v);
    // Nothing sent by 30 June: the email is due; what follows is planned from today.
    assert_eq!(
        r["step"],
        json!({"id": "friendlyReminder", "dueSince": "2025-04-01"})
    );
    let dates: Vec<&str> = r["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        ["2025-04-01", "2025-06-30", "2025-07-05", "2025-07-14"]
    );
}

#[test]
fn paid_late_invoice_claims_what_is_left() {
    let mut v = input("2025-05-15", "b2b", json!([]));
    v["payments"] = json!([{"date": "2025-04-30", "amount": "2000"}]);
    let r = result(&v);
    assert_eq!(r["status"], "paidLate");
    assert_eq!(r["amounts"]["principal"], "0.00");
    assert_eq!(
        r["step"],
        json!({"id": "penaltyClaim", "dueSince": "2025-05-01"})
    );
    v["actions"] = json!([{"step": "penaltyClaim", "date": "2025-05-10"}]);
    let r = result(&v);
    assert_eq!(r["step"]["id"], "none");
}

#[test]
fn public_buyer_has_45_days_to_pay_interest() {
    let mut v = input("2025-05-15", "public", json!([]));
    v["payments"] = json!([{"date": "2025-04-30", "amount": "2000"}]);
    let r = result(&v);
    assert_eq!(r["status"], "paidLate");
    assert_eq!(r["step"]["id"], "none");
    assert_eq!(
        r["nextStep"],
        json!({"id": "penaltyClaim", "date": "2025-06-15"})
    );
    assert_eq!(r["warnings"][0]["code"], "publicPaymentWindow");
    assert!(r["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("14 juin 2025"));
}

#[test]
fn consumer_interest_starts_with_the_formal_notice() {
    let r = result(&input(
        "2025-05-20",
        "b2c",
        json!([{"step": "formalNotice", "date": "2025-05-10"}]),
    ));
    assert_eq!(r["periods"][0]["from"], "2025-05-11");
    assert_eq!(r["amounts"]["indemnity"], "0.00");
    assert!(r["legalBasis"]
        .as_array()
        .unwrap()
        .contains(&json!("Code civil, art. 1231-6")));
    assert_eq!(r["recourse"][1]["court"], "tribunalJudiciaire");
}

#[test]
fn prescription_dates_and_warnings() {
    let r = result(&input("2025-05-20", "b2b", json!([])));
    assert_eq!(
        r["prescription"],
        json!({"date": "2030-03-31", "years": 5, "article": "Code de commerce, art. L110-4"})
    );
    assert!(r["warnings"].as_array().unwrap().is_empty());

    let r = result(&input("2027-01-10", "b2c", json!([])));
    assert_eq!(r["prescription"]["date"], "2027-03-31");
    let codes: Vec<&str> = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"prescriptionNear"), "{codes:?}");

    let r = result(&input("2027-04-01", "b2c", json!([])));
    let codes: Vec<&str> = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"prescribed"), "{codes:?}");
}

#[test]
fn legal_basis_follows_the_case() {
    let r = result(&input("2025-05-20", "b2b", json!([])));
    assert_eq!(
        r["legalBasis"],
        json!([
            "Code de commerce, art. L441-10",
            "Code de commerce, art. D441-5",
            "Code de commerce, art. L110-4"
        ])
    );
    let r = result(&input("2025-05-20", "public", json!([])));
    assert!(r["legalBasis"]
        .as_array()
        .unwrap()
        .contains(&json!("Code de la commande publique, art. R2192-31")));
    let mut v = input("2025-05-20", "b2b", json!([]));
    v["payments"] = json!([{"date": "2025-04-30", "amount": "500"}]);
    v["options"] = json!({"paymentImputation": "interestFirst"});
    let r = result(&v);
    assert!(r["legalBasis"]
        .as_array()
        .unwrap()
        .contains(&json!("Code civil, art. 1343-1")));
}

#[test]
fn extra_costs_between_businesses_only() {
    let mut v = input("2025-05-20", "b2b", json!([]));
    v["options"] = json!({"extraRecoveryCosts": "120,00"});
    let r = result(&v);
    assert_eq!(r["amounts"]["extraCosts"], "120.00");
    v["relationship"] = json!("b2c");
    let r = result(&v);
    assert_eq!(r["amounts"]["extraCosts"], "0.00");
    assert_eq!(
        r["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| w["code"] == "extraCostsNotApplicable")
            .count(),
        1
    );
}
