//! Turns the rate tables in `data/` into Rust statics at compile time, so the
//! crate ships them without parsing anything at run time. A malformed row
//! fails the build with the file and line it is on.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data/legal_rates.csv");
    println!("cargo:rerun-if-changed=data/ecb_rates.csv");
    let mut out = String::new();
    if let Err(msg) = generate(&mut out) {
        eprintln!("{msg}");
        std::process::exit(1);
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rate_tables.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

fn generate(out: &mut String) -> Result<(), String> {
    out.push_str("pub(crate) static LEGAL_ROWS: &[LegalRow] = &[\n");
    for (line_no, cols) in rows("data/legal_rates.csv", 5)? {
        let at = |what: &str| format!("data/legal_rates.csv:{line_no}: {what}");
        let (year, half) = half_year(&cols[0]).ok_or_else(|| at("bad half_year"))?;
        let individual = percent(&cols[1]).ok_or_else(|| at("bad individual_percent"))?;
        let other = percent(&cols[2]).ok_or_else(|| at("bad other_percent"))?;
        let confirmed =
            status(&cols[3]).ok_or_else(|| at("status must be confirmed or unconfirmed"))?;
        writeln!(
            out,
            "    LegalRow {{ year: {year}, second_half: {half}, individual: {individual:?}, other: {other:?}, confirmed: {confirmed}, source: {:?} }},",
            cols[4]
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n\npub(crate) static ECB_ROWS: &[EcbRow] = &[\n");
    for (line_no, cols) in rows("data/ecb_rates.csv", 4)? {
        let at = |what: &str| format!("data/ecb_rates.csv:{line_no}: {what}");
        let (y, m, d) = date(&cols[0]).ok_or_else(|| at("bad from date"))?;
        let p = percent(&cols[1]).ok_or_else(|| at("bad percent"))?;
        let confirmed =
            status(&cols[2]).ok_or_else(|| at("status must be confirmed or unconfirmed"))?;
        writeln!(
            out,
            "    EcbRow {{ from: ({y}, {m}, {d}), percent: {p:?}, confirmed: {confirmed}, source: {:?} }},",
            cols[3]
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n");
    Ok(())
}

/// Data rows of a CSV file (comments and the header skipped), split into
/// `n` columns; the last column takes the rest of the line, commas included.
fn rows(path: &str, n: usize) -> Result<Vec<(usize, Vec<String>)>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let cols: Vec<String> = line.splitn(n, ',').map(|c| c.trim().to_string()).collect();
        if cols.len() != n {
            return Err(format!("{path}:{}: expected {n} columns", i + 1));
        }
        out.push((i + 1, cols));
    }
    Ok(out)
}

fn half_year(s: &str) -> Option<(i32, bool)> {
    let (y, h) = s.split_once("-H")?;
    let year: i32 = y.parse().ok()?;
    match h {
        "1" => Some((year, false)),
        "2" => Some((year, true)),
        _ => None,
    }
}

/// A percent such as `2.76` as (mantissa, scale): `(276, 2)`.
fn percent(s: &str) -> Option<(i64, u32)> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty()
        || frac.len() > 4
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mantissa: i64 = format!("{int}{frac}").parse().ok()?;
    (mantissa <= 100 * 10i64.pow(frac.len() as u32)).then_some((mantissa, frac.len() as u32))
}

fn date(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let len = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (it.next().is_none() && (1..=12).contains(&m) && d >= 1 && d <= len[(m - 1) as usize])
        .then_some((y, m, d))
}

fn status(s: &str) -> Option<bool> {
    match s {
        "confirmed" => Some(true),
        "unconfirmed" => Some(false),
        _ => None,
    }
}
