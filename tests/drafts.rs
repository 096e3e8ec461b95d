//! The drafts: snapshots of every document in both languages for each kind
//! of client, and checks that each carries what it must.

mod common;

use chrono::NaiveDate;
use relance::draft::{draft, Draft, DraftKind, DraftOptions, Tone};
use relance::locale::Lang;
use relance::{Error, Input};
use serde_json::{json, Value};

fn parties() -> Value {
    json!({
        "creditor": {
            "name": "Atelier Lumière SARL", "address": "12 rue des Tanneurs\n69002 Lyon", "siret": "812 345 678 00021",
            "contact": "Claire Martin", "email": "compta@atelier-lumiere.fr", "city": "Lyon",
            "paymentDetails": "virement sur le compte IBAN FR76 3000 4000 0500 0012 3456 789"
        },
        "debtor": {
            "name": "Boulangerie Durand", "address": "4 place du Marché\n38000 Grenoble",
            "contact": "M. Paul Durand", "email": "paul.durand@example.fr"
        }
    })
}

/// One scenario per document and client type, with the dates that make
/// that document the natural one.
fn scenario(relationship: &str, kind: DraftKind) -> Value {
    let mut v = json!({
        "relationship": relationship,
        "invoice": {"number": "F-2025-0312", "issueDate": "2025-06-02", "dueDate": "2025-07-02", "amount": "1 251,98"},
        "parties": parties(),
    });
    let (as_of, actions, payments): (&str, Value, Value) = match kind {
        DraftKind::FriendlyReminder => ("2025-07-07", json!([]), json!([])),
        DraftKind::ReminderLetter => (
            "2025-07-22",
            json!([{"step": "friendlyReminder", "date": "2025-07-04"}]),
            json!([{"date": "2025-07-15", "amount": "251,98"}]),
        ),
        DraftKind::FormalNotice => (
            "2025-08-12",
            json!([{"step": "friendlyReminder", "date": "2025-07-04"}, {"step": "reminderLetter", "date": "2025-07-22"}]),
            json!([]),
        ),
        DraftKind::PaidLate => (
            "2025-09-01",
            json!([{"step": "formalNotice", "date": "2025-08-01"}]),
            json!([{"date": "2025-08-20", "amount": "1251.98"}]),
        ),
        DraftKind::Recourse => (
            "2025-09-01",
            json!([{"step": "friendlyReminder", "date": "2025-07-04"}, {"step": "reminderLetter", "date": "2025-07-22"}, {"step": "formalNotice", "date": "2025-08-12"}]),
            json!([]),
        ),
    };
    v["asOf"] = json!(as_of);
    v["actions"] = actions;
    v["payments"] = payments;
    v
}

fn input(v: &Value) -> Input {
    Input::from_deserializer(
        &mut serde_json::Deserializer::from_str(&v.to_string()),
        common::today(),
    )
    .unwrap()
}

fn make(v: &Value, kind: Option<DraftKind>, lang: Lang) -> Result<Draft, Error> {
    let options = DraftOptions {
        kind,
        lang,
        ..DraftOptions::default()
    };
    draft(&input(v), &options)
}

const KINDS: [(DraftKind, &str); 5] = [
    (DraftKind::FriendlyReminder, "friendly_reminder"),
    (DraftKind::ReminderLetter, "reminder_letter"),
    (DraftKind::FormalNotice, "formal_notice"),
    (DraftKind::PaidLate, "paid_late"),
    (DraftKind::Recourse, "recourse"),
];

#[test]
fn snapshots_of_every_document() {
    for rel in ["b2b", "b2c", "public"] {
        for (kind, name) in KINDS {
            for (lang, code) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
                let d = make(&scenario(rel, kind), Some(kind), lang)
                    .unwrap_or_else(|e| panic!("{rel} {name} {code}: {e}"));
                let mut shown = d.text.clone();
                if let Some(url) = &d.mailto {
                    shown.push_str(&format!("\n---\n{url}\n"));
                }
                insta::assert_snapshot!(format!("{rel}_{name}_{code}"), shown);
            }
        }
    }
}

#[test]
fn the_draft_uses_the_recommended_step_by_default() {
    let d = make(&scenario("b2b", DraftKind::FormalNotice), None, Lang::Fr).unwrap();
    assert_eq!(d.kind, DraftKind::FormalNotice);
    let d = make(
        &scenario("b2b", DraftKind::FriendlyReminder),
        None,
        Lang::Fr,
    )
    .unwrap();
    assert_eq!(d.kind, DraftKind::FriendlyReminder);
    let d = make(&scenario("b2b", DraftKind::PaidLate), None, Lang::Fr).unwrap();
    assert_eq!(d.kind, DraftKind::PaidLate);
}

fn assessed_total(v: &Value) -> String {
    let a = relance::assess(&input(v)).unwrap();
    relance::locale::euros(a.amounts.total.0, Lang::Fr)
}

#[test]
fn the_formal_notice_carries_what_it_must() {
    let v = scenario("b2b", DraftKind::FormalNotice);
    let d = make(&v, Some(DraftKind::FormalNotice), Lang::Fr).unwrap();
    let text = &d.text;
    for needle in [
        "mise en demeure de payer",
        "Lettre recommandée avec accusé de réception",
        "F-2025-0312",
        "2 juin 2025",
        "2 juillet 2025",
        "1\u{202f}251,98\u{a0}€",
        // 12 August + 8 days.
        "au plus tard le 20 août 2025",
        "articles L441-10 et D441-5 du Code de commerce",
        "injonction de payer",
        "IBAN FR76",
        "malgré nos relances du 4 juillet 2025 et du 22 juillet 2025",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    // The total is exactly the engine's: 1 251.98 + 41 days at 12.15 % (17.09) + 40.
    assert_eq!(assessed_total(&v), "1\u{202f}309,07\u{a0}€");
    assert!(text.contains("Total dû : 1\u{202f}309,07\u{a0}€"), "{text}");
    assert!(
        text.contains("1\u{202f}251,98\u{a0}€ × 12,15\u{202f}% × 41/365 = 17,09\u{a0}€"),
        "{text}"
    );

    let c = make(
        &scenario("b2c", DraftKind::FormalNotice),
        Some(DraftKind::FormalNotice),
        Lang::Fr,
    )
    .unwrap();
    assert!(
        c.text
            .contains("articles 1231-6, 1344 et 1344-1 du Code civil"),
        "{}",
        c.text
    );
    assert!(!c.text.contains("40,00"), "no indemnity for a consumer");
    let p = make(
        &scenario("public", DraftKind::FormalNotice),
        Some(DraftKind::FormalNotice),
        Lang::Fr,
    )
    .unwrap();
    assert!(
        p.text
            .contains("L2192-13, R2192-31 et D2192-35 du Code de la commande publique"),
        "{}",
        p.text
    );

    let mut v15 = v.clone();
    v15["options"] = json!({"formalNoticeDeadlineDays": 15});
    let d = make(&v15, Some(DraftKind::FormalNotice), Lang::En).unwrap();
    assert!(
        d.text
            .contains("by 27 August 2025 at the latest, that is within 15 days"),
        "{}",
        d.text
    );
}

#[test]
fn the_reminder_email_carries_what_it_must() {
    let v = scenario("b2b", DraftKind::FriendlyReminder);
    let d = make(&v, Some(DraftKind::FriendlyReminder), Lang::Fr).unwrap();
    assert_eq!(
        d.subject.as_deref(),
        Some("Facture F-2025-0312 : rappel d'échéance")
    );
    let body = d.body.as_deref().unwrap();
    for needle in [
        "F-2025-0312",
        "2 juin 2025",
        "2 juillet 2025",
        "1\u{202f}251,98\u{a0}€",
        "pièce jointe",
        "échéancier",
        "40 €",
    ] {
        assert!(body.contains(needle), "missing {needle:?} in\n{body}");
    }
    let url = d.mailto.as_deref().unwrap();
    assert!(
        url.starts_with(
            "mailto:paul.durand@example.fr?subject=Facture%20F-2025-0312%20%3A%20rappel"
        ),
        "{url}"
    );
    assert!(
        url.contains("&body=Bonjour%20M.%20Paul%20Durand%2C%0D%0A%0D%0A"),
        "{url}"
    );

    // Leaving penalties out of a first email.
    let options = DraftOptions {
        kind: Some(DraftKind::FriendlyReminder),
        mention_penalties: false,
        ..DraftOptions::default()
    };
    let quiet = draft(&input(&v), &options).unwrap();
    assert!(!quiet.text.contains("40 €"), "{}", quiet.text);
    // The firm tone gives a date.
    let options = DraftOptions {
        kind: Some(DraftKind::FriendlyReminder),
        tone: Tone::Firm,
        ..DraftOptions::default()
    };
    let firm = draft(&input(&v), &options).unwrap();
    assert!(
        firm.text.contains("au plus tard le 15 juillet 2025"),
        "{}",
        firm.text
    );
}

#[test]
fn the_reminder_letter_carries_what_it_must() {
    let v = scenario("b2b", DraftKind::ReminderLetter);
    let plain = make(&v, Some(DraftKind::ReminderLetter), Lang::Fr).unwrap();
    assert!(!plain.text.contains("recommandée"), "simple by default");
    let options = DraftOptions {
        kind: Some(DraftKind::ReminderLetter),
        registered: true,
        ..DraftOptions::default()
    };
    let d = draft(&input(&v), &options).unwrap();
    for needle in [
        "Lettre recommandée avec accusé de réception",
        "Objet : Relance pour facture impayée n° F-2025-0312",
        "malgré notre relance du 4 juillet 2025",
        "règlement partiel de 251,98\u{a0}€",
        "Principal restant dû : 1\u{202f}000,00\u{a0}€",
        "12,15\u{202f}%",
        "Indemnité forfaitaire pour frais de recouvrement : 40,00\u{a0}€",
        "au plus tard le 30 juillet 2025",
    ] {
        assert!(d.text.contains(needle), "missing {needle:?} in\n{}", d.text);
    }
    assert!(
        d.text
            .contains(&format!("Total dû : {}", assessed_total(&v))),
        "{}",
        d.text
    );
}

#[test]
fn missing_details_become_placeholders() {
    let mut v = scenario("b2b", DraftKind::FormalNotice);
    v.as_object_mut().unwrap().remove("parties");
    v["invoice"].as_object_mut().unwrap().remove("number");
    let fr = make(&v, Some(DraftKind::FormalNotice), Lang::Fr).unwrap();
    for p in [
        "[Votre raison sociale]",
        "[Votre adresse]",
        "[N° SIRET]",
        "[Nom du client]",
        "[Adresse du client]",
        "[Ville], le",
        "[Nom du signataire]",
        "[N° de facture]",
        "[Coordonnées bancaires (IBAN) ou autre moyen de paiement]",
    ] {
        assert!(fr.text.contains(p), "missing {p:?} in\n{}", fr.text);
    }
    let en = make(&v, Some(DraftKind::FormalNotice), Lang::En).unwrap();
    for p in [
        "[Your business name]",
        "[Client address]",
        "[City], ",
        "[Invoice number]",
    ] {
        assert!(en.text.contains(p), "missing {p:?} in\n{}", en.text);
    }
    // No empty line where a detail is missing: every block line has text.
    assert!(fr
        .blocks
        .iter()
        .all(|b| b.lines.iter().all(|l| !l.trim().is_empty())));
    let email = make(&v, Some(DraftKind::FriendlyReminder), Lang::Fr).unwrap();
    assert!(email
        .mailto
        .as_deref()
        .unwrap()
        .starts_with("mailto:?subject="));
}

#[test]
fn special_characters_are_kept_as_text() {
    let mut v = scenario("b2b", DraftKind::FormalNotice);
    let name = "L'Atelier d'Émile & Fils <img src=x onerror=alert(1)> \"Le Bon\"";
    v["parties"]["debtor"]["name"] = json!(name);
    v["parties"]["debtor"]["email"] = json!("émile&fils@example.fr");
    let d = make(&v, Some(DraftKind::FormalNotice), Lang::Fr).unwrap();
    assert_eq!(d.blocks[1].lines[0], name);
    assert!(d.text.contains(name));
    let e = make(&v, Some(DraftKind::FriendlyReminder), Lang::Fr).unwrap();
    let url = e.mailto.unwrap();
    assert!(
        url.starts_with("mailto:%C3%A9mile%26fils@example.fr?"),
        "{url}"
    );
    assert!(
        !url.contains(' ') && !url.contains('<') && !url.contains('"'),
        "{url}"
    );
}

#[test]
fn very_long_names_are_kept_whole() {
    let mut v = scenario("public", DraftKind::FormalNotice);
    let long = "Établissement public de coopération intercommunale ".repeat(8);
    v["parties"]["debtor"]["name"] = json!(long.trim());
    let d = make(&v, Some(DraftKind::FormalNotice), Lang::Fr).unwrap();
    assert_eq!(d.blocks[1].lines[0], long.trim());
}

#[test]
fn consumer_letters_before_any_formal_notice() {
    let v = scenario("b2c", DraftKind::ReminderLetter);
    let d = make(&v, Some(DraftKind::ReminderLetter), Lang::Fr).unwrap();
    assert!(
        d.text.contains("des intérêts au taux légal seront dus"),
        "{}",
        d.text
    );
    assert!(!d.text.contains("Indemnité forfaitaire"), "{}", d.text);
}

#[test]
fn nothing_to_draft_for_an_invoice_paid_on_time() {
    let mut v = scenario("b2b", DraftKind::FriendlyReminder);
    v["payments"] = json!([{"date": "2025-07-01", "amount": "1251.98"}]);
    let err = make(&v, None, Lang::Fr).unwrap_err();
    assert_eq!(err.code(), "nothingToDraft");
    let v = scenario("b2b", DraftKind::FormalNotice);
    let err = make(&v, Some(DraftKind::PaidLate), Lang::Fr).unwrap_err();
    assert_eq!(err.code(), "nothingToDraft");
}

#[test]
fn draft_options_are_validated() {
    use relance::value::Value as V;
    let read = |j: Value| DraftOptions::from_value(&V::read(j).unwrap());
    assert_eq!(
        read(json!({"lang": "de"})).unwrap_err().field(),
        "draftOptions.lang"
    );
    assert_eq!(
        read(json!({"step": "lawsuit"})).unwrap_err().code(),
        "unknownStep"
    );
    assert_eq!(
        read(json!({"registered": "yes"})).unwrap_err().code(),
        "invalidType"
    );
    assert_eq!(
        read(json!({"colour": 1})).unwrap_err().code(),
        "unknownField"
    );
    let o = read(json!({"step": "paidLate", "lang": "en", "tone": "firm", "registered": true}))
        .unwrap();
    assert_eq!(
        (o.kind, o.lang, o.tone, o.registered),
        (Some(DraftKind::PaidLate), Lang::En, Tone::Firm, true)
    );
    let _ = NaiveDate::MIN;
}
