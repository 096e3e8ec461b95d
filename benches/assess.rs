//! One assessment of a 3-period invoice with 2 payments.

use criterion::{criterion_group, criterion_main, Criterion};
use relance::{assess, Input};
use std::hint::black_box;

const INPUT: &str = r#"{
  "asOf": "2025-08-20", "relationship": "b2b",
  "invoice": {"number": "F-2025-014", "issueDate": "2025-04-15", "dueDate": "2025-05-15", "amount": "12 480,00"},
  "payments": [{"date": "2025-06-10", "amount": "2000"}, {"date": "2025-07-20", "amount": "3000"}]
}"#;

fn bench(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2025, 8, 20).unwrap();
    let input =
        Input::from_deserializer(&mut serde_json::Deserializer::from_str(INPUT), today).unwrap();
    // Periods: 16/05-10/06, 11/06-30/06, 01/07-20/07, 21/07-20/08: split at
    // 1 July and at both payments.
    c.bench_function("assess (validated input)", |b| {
        b.iter(|| assess(black_box(&input)).unwrap())
    });
    c.bench_function("parse + validate + assess (JSON)", |b| {
        b.iter(|| {
            let input = Input::from_deserializer(
                &mut serde_json::Deserializer::from_str(black_box(INPUT)),
                today,
            )
            .unwrap();
            assess(&input).unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
