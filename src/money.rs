//! Exact euro amounts: reading them from text, rounding, writing them out.
//!
//! Amounts are [`Decimal`]s from end to end; no binary floating point number
//! is ever used to compute one. A number that arrives from JavaScript is
//! first turned into its shortest decimal text (the text `String(x)` would
//! show) and read from there.

use rust_decimal::{Decimal, RoundingStrategy};

/// The one rounding rule of the crate: to the cent, half away from zero
/// (0.005 -> 0.01, 0.0049 -> 0.00). Each penalty line is rounded with it,
/// and totals are sums of rounded lines.
pub const ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// The largest invoice amount accepted: 1 000 000 000 EUR.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// Why a text is not an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseAmountError {
    /// Not a number in any accepted form.
    Invalid,
    /// More decimals than allowed.
    TooManyDecimals,
}

/// Reads a decimal number written the French or the English way.
///
/// Accepts `1200.5`, `1200,50`, `1 200,50` (with a space, a no-break space
/// or a narrow no-break space between thousands), `1,200.50`, `1.200,50`,
/// an optional sign, and an optional trailing `€` or `EUR`. A lone comma is
/// a decimal comma, as in French. Groups of thousands must have three
/// digits. At most `max_decimals` decimals.
///
/// # Errors
///
/// [`ParseAmountError`] when the text is not such a number.
///
/// # Example
///
/// ```
/// use relance::money::parse_decimal;
/// use rust_decimal::Decimal;
///
/// assert_eq!(parse_decimal("1 200,50", 2), Ok(Decimal::new(120050, 2)));
/// assert_eq!(parse_decimal("1,200.50 €", 2), Ok(Decimal::new(120050, 2)));
/// assert!(parse_decimal("12,3,4", 2).is_err());
/// ```
pub fn parse_decimal(text: &str, max_decimals: usize) -> Result<Decimal, ParseAmountError> {
    use ParseAmountError::Invalid;
    let mut s = text.trim();
    for suffix in ["€", "EUR", "eur"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.trim_end();
            break;
        }
    }
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    // Which character separates the decimals, if any.
    let decimal_sep = match (commas, dots) {
        (0, 0) => None,
        (1, 0) => Some(','),
        (0, 1) => Some('.'),
        (_, 0) | (0, _) => None, // several of one kind: thousands only
        _ => {
            let last = s.rfind([',', '.']).ok_or(Invalid)?;
            let sep = if s[last..].starts_with(',') { ',' } else { '.' };
            if s.matches(sep).count() != 1 {
                return Err(Invalid);
            }
            Some(sep)
        }
    };
    let (int_part, frac_part) = match decimal_sep {
        Some(sep) => s.split_once(sep).ok_or(Invalid)?,
        None => (s, ""),
    };
    if decimal_sep.is_some() && frac_part.is_empty() {
        return Err(Invalid);
    }
    if !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Invalid);
    }
    let digits = integer_digits(int_part).ok_or(Invalid)?;
    let frac = frac_part.trim_end_matches('0');
    if frac.len() > max_decimals {
        return Err(ParseAmountError::TooManyDecimals);
    }
    let digits = digits.trim_start_matches('0');
    if digits.len() + frac.len() > 26 {
        return Err(Invalid);
    }
    let mut mantissa: i128 = 0;
    for b in digits.bytes().chain(frac.bytes()) {
        mantissa = mantissa * 10 + i128::from(b - b'0');
    }
    if negative {
        mantissa = -mantissa;
    }
    Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32).map_err(|_| Invalid)
}

/// The digits of an integer part, checking any thousands grouping.
fn integer_digits(int_part: &str) -> Option<String> {
    let is_group_sep = |c: char| {
        matches!(
            c,
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | ',' | '.' | '\''
        )
    };
    let groups: Vec<&str> = int_part.split(is_group_sep).collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    Some(groups.concat())
}

/// Rounds to the cent with [`ROUNDING`].
pub fn round_cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, ROUNDING)
}

/// Writes an amount with exactly two decimals and a dot, e.g. `1251.90`,
/// the form amounts take at the JS boundary.
///
/// # Example
///
/// ```
/// use relance::money::to_text;
/// use rust_decimal::Decimal;
///
/// assert_eq!(to_text(Decimal::new(40, 0)), "40.00");
/// assert_eq!(to_text(Decimal::new(184_9315, 4)), "184.93");
/// ```
pub fn to_text(value: Decimal) -> String {
    let mut v = round_cents(value);
    v.rescale(2);
    v.to_string()
}

/// An amount in euros as it appears in a result: written as a decimal
/// string with two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub Decimal);

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_text(self.0))
    }
}

/// A percent as it appears in a result: its shortest decimal text, at least
/// two decimals (`12.15`, `2.625`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Percent(pub Decimal);

impl serde::Serialize for Percent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&percent_text(self.0))
    }
}

/// Writes a percent with at least two decimals and no trailing zeros beyond.
pub fn percent_text(value: Decimal) -> String {
    let mut v = value.normalize();
    if v.scale() < 2 {
        v.rescale(2);
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn reads_french_and_english_forms() {
        for (text, want) in [
            ("1200.50", "1200.50"),
            ("1200,5", "1200.5"),
            ("1 200,50", "1200.50"),
            ("1\u{202f}200,50 €", "1200.50"),
            ("1\u{a0}200\u{a0}000", "1200000"),
            ("1,200.50", "1200.50"),
            ("1.200,50", "1200.50"),
            ("1,200,000", "1200000"),
            ("  42 EUR ", "42"),
            ("-3", "-3"),
            ("0.1", "0.1"),
        ] {
            assert_eq!(parse_decimal(text, 2), Ok(d(want)), "{text:?}");
        }
    }

    #[test]
    fn rejects_malformed_text() {
        for text in [
            "",
            "abc",
            "1 20,5",
            "12,",
            ",5",
            "1.2.3,4,5",
            "1e5",
            "--1",
            "1 ,5",
            "NaN",
            "inf",
        ] {
            assert_eq!(
                parse_decimal(text, 2),
                Err(ParseAmountError::Invalid),
                "{text:?}"
            );
        }
        assert_eq!(
            parse_decimal("1.234", 2),
            Err(ParseAmountError::TooManyDecimals)
        );
        assert_eq!(parse_decimal("1.2300", 2), Ok(d("1.23")));
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_cents(d("0.005")), d("0.01"));
        assert_eq!(round_cents(d("0.0049")), d("0.00"));
        assert_eq!(round_cents(d("-0.005")), d("-0.01"));
        assert_eq!(to_text(d("1")), "1.00");
        assert_eq!(percent_text(d("12.150")), "12.15");
        assert_eq!(percent_text(d("2.625")), "2.625");
        assert_eq!(percent_text(d("10")), "10.00");
    }

    #[test]
    fn max_amount_is_one_billion() {
        assert_eq!(MAX_AMOUNT, d("1000000000"));
    }
}
