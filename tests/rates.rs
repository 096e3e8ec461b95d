//! The embedded tables against the figures the domain notes derive by hand.

use relance::calendar::HalfYear;
use relance::rates::{RateTables, Resolver};
use rust_decimal::Decimal;

/// "Derived B2B default rate (ECB on 1 Jan / 1 Jul + 10)" from the domain
/// notes, section 4.
const B2B_DEFAULT: &[(&str, &str)] = &[
    ("2015-H1", "10.05"),
    ("2015-H2", "10.05"),
    ("2016-H1", "10.05"),
    ("2016-H2", "10.00"),
    ("2019-H1", "10.00"),
    ("2022-H1", "10.00"),
    ("2022-H2", "10.00"),
    ("2023-H1", "12.50"),
    ("2023-H2", "14.00"),
    ("2024-H1", "14.50"),
    ("2024-H2", "14.25"),
    ("2025-H1", "13.15"),
    ("2025-H2", "12.15"),
    ("2026-H1", "12.15"),
];

#[test]
fn b2b_default_rates_match_the_derived_table() {
    for (half_year, want) in B2B_DEFAULT {
        let q = Resolver::new(&[])
            .ecb(HalfYear::parse(half_year).unwrap())
            .unwrap();
        let got = q.percent + Decimal::TEN;
        assert_eq!(got, want.parse::<Decimal>().unwrap(), "{half_year}");
        assert!(!q.provisional, "{half_year} is confirmed");
    }
}

#[test]
fn both_legal_columns_differ_and_are_sourced() {
    let report = RateTables::report();
    assert_eq!(report.legal.first().unwrap().half_year, "2015-H1");
    assert_eq!(report.last_legal_half_year.as_deref(), Some("2026-H1"));
    assert_eq!(report.ecb_confirmed_through.as_deref(), Some("2026-02-05"));
    for row in &report.legal {
        assert_ne!(
            row.individual_percent, row.other_percent,
            "{}",
            row.half_year
        );
        assert!(!row.source.is_empty());
    }
    let spot = |hy: &str| {
        RateTables::legal_other(HalfYear::parse(hy).unwrap()).map(|(p, _)| p.to_string())
    };
    assert_eq!(spot("2020-H2").as_deref(), Some("0.84"));
    assert_eq!(spot("2024-H1").as_deref(), Some("5.07"));
    assert_eq!(spot("2026-H1").as_deref(), Some("2.62"));
    assert_eq!(spot("2026-H2"), None, "unconfirmed");
    let individual = RateTables::legal_individual(HalfYear::parse("2020-H2").unwrap())
        .map(|(p, _)| p.to_string());
    assert_eq!(individual.as_deref(), Some("3.11"));
}

#[test]
fn unconfirmed_rows_are_listed_as_such() {
    let report = RateTables::report();
    let unconfirmed: Vec<&str> = report
        .ecb
        .iter()
        .filter(|r| r.status == "unconfirmed")
        .map(|r| r.from.as_str())
        .collect();
    assert_eq!(unconfirmed, ["2026-06-17", "2026-09-16"]);
    assert!(report
        .legal
        .iter()
        .any(|r| r.half_year == "2026-H2" && r.status == "unconfirmed"));
}
