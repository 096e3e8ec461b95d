//! French and English ways of writing dates, amounts and percents.
//!
//! A tiny table of month names of our own: no locale database is linked.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The languages the product speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Narrow no-break space, the French thousands separator and the space
/// before `%` and `€`.
pub const NNBSP: char = '\u{202f}';

/// `10 septembre 2025`, `1er octobre 2025`; `10 September 2025`.
///
/// # Example
///
/// ```
/// use relance::locale::{date, Lang};
/// use chrono::NaiveDate;
///
/// let d = NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
/// assert_eq!(date(d, Lang::Fr), "1er octobre 2025");
/// assert_eq!(date(d, Lang::En), "1 October 2025");
/// ```
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::Fr if d.day() == 1 => format!("1er {} {}", MONTHS_FR[m], d.year()),
        Lang::Fr => format!("{} {} {}", d.day(), MONTHS_FR[m], d.year()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
    }
}

fn group(int_digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(int_digits.len() + int_digits.len() / 3 * 3);
    for (i, c) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with two decimals in the language's way: `1 251,98`; `1,251.98`.
pub fn number2(value: Decimal, lang: Lang) -> String {
    let text = crate::money::to_text(value);
    let (sign, text) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |t| ("-", t));
    let (int, frac) = text.split_once('.').unwrap_or((text, "00"));
    match lang {
        Lang::Fr => format!("{sign}{},{frac}", group(int, NNBSP)),
        Lang::En => format!("{sign}{}.{frac}", group(int, ',')),
    }
}

/// An amount in euros: `1 251,98 €`; `€1,251.98`.
///
/// # Example
///
/// ```
/// use relance::locale::{euros, Lang};
/// use rust_decimal::Decimal;
///
/// assert_eq!(euros(Decimal::new(125198, 2), Lang::Fr), "1\u{202f}251,98\u{a0}€");
/// assert_eq!(euros(Decimal::new(125198, 2), Lang::En), "€1,251.98");
/// ```
pub fn euros(value: Decimal, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{}\u{a0}€", number2(value, lang)),
        Lang::En => format!("€{}", number2(value, lang)),
    }
}

/// A percent: `12,15 %`; `12.15%`.
pub fn percent(value: Decimal, lang: Lang) -> String {
    let text = crate::money::percent_text(value);
    match lang {
        Lang::Fr => format!("{}{NNBSP}%", text.replace('.', ",")),
        Lang::En => format!("{text}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_forms() {
        let d = NaiveDate::from_ymd_opt(2025, 9, 10).unwrap();
        assert_eq!(date(d, Lang::Fr), "10 septembre 2025");
        assert_eq!(date(d, Lang::En), "10 September 2025");
        assert_eq!(
            number2(Decimal::new(123456789, 2), Lang::Fr),
            "1\u{202f}234\u{202f}567,89"
        );
        assert_eq!(
            number2(Decimal::new(123456789, 2), Lang::En),
            "1,234,567.89"
        );
        assert_eq!(number2(Decimal::new(40, 0), Lang::Fr), "40,00");
        assert_eq!(percent(Decimal::new(1215, 2), Lang::Fr), "12,15\u{202f}%");
        assert_eq!(percent(Decimal::new(10, 0), Lang::En), "10.00%");
    }
}
