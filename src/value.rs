//! A small tree of the caller's input, and typed access to it by path.
//!
//! The input is first read into a [`Value`] from any serde deserializer (a
//! JS value, JSON text). Fields are then taken one by one with [`Fields`],
//! which knows the path of each, so that every problem (a missing field, a
//! field that does not exist, a value of the wrong type) names exactly
//! where it is, e.g. `payments[1].amount`. One generic reader instead of a
//! derived deserializer per struct also keeps the WebAssembly module small.

use crate::error::{Error, ErrorKind};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// How deeply objects and arrays may nest.
pub const MAX_DEPTH: u32 = 16;

/// A JSON-like value. Numbers are kept as their decimal text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null` or `undefined`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as decimal text.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// Reads a value from any deserializer.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidInput`] when the deserializer fails (malformed
    /// JSON, say) or the value nests deeper than [`MAX_DEPTH`].
    pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Value, Error> {
        Seed(0)
            .deserialize(d)
            .map_err(|_| Error::new(ErrorKind::InvalidInput, ""))
    }
}

#[cfg(target_family = "wasm")]
impl Value {
    /// Reads a value straight from a JS value: `null` and `undefined` are
    /// [`Value::Null`], numbers keep their shortest decimal text, arrays and
    /// plain objects (own enumerable string keys) are walked; anything else
    /// (functions, symbols, big integers) is refused.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] for a value JSON cannot hold,
    /// [`ErrorKind::InvalidInput`] past [`MAX_DEPTH`].
    pub fn from_js(value: &wasm_bindgen::JsValue) -> Result<Value, Error> {
        from_js(value, 0)
    }
}

#[cfg(target_family = "wasm")]
fn from_js(v: &wasm_bindgen::JsValue, depth: u32) -> Result<Value, Error> {
    use wasm_bindgen::JsCast;
    if depth > MAX_DEPTH {
        return Err(Error::new(ErrorKind::InvalidInput, ""));
    }
    if v.is_null() || v.is_undefined() {
        Ok(Value::Null)
    } else if let Some(b) = v.as_bool() {
        Ok(Value::Bool(b))
    } else if let Some(n) = v.as_f64() {
        Ok(Value::Number(float_text(n)))
    } else if let Some(s) = v.as_string() {
        Ok(Value::String(s))
    } else if js_sys::Array::is_array(v) {
        let array: &js_sys::Array = v.unchecked_ref();
        array
            .iter()
            .map(|item| from_js(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(Value::Array)
    } else if v.is_object() {
        let entries = js_sys::Object::entries(v.unchecked_ref());
        let mut out = Vec::with_capacity(entries.length() as usize);
        for entry in entries.iter() {
            let pair: &js_sys::Array = entry.unchecked_ref();
            let key = pair.get(0).as_string().unwrap_or_default();
            out.push((key, from_js(&pair.get(1), depth + 1)?));
        }
        Ok(Value::Object(out))
    } else {
        Err(Error::new(ErrorKind::InvalidType, ""))
    }
}

/// Reads a [`Value`] while counting depth.
struct Seed(u32);

impl<'de> DeserializeSeed<'de> for Seed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(de::Error::custom("too deep"));
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(float_text(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Seed(self.0 + 1))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        // Keys go through our own visitor too: serde's `String` visitor would
        // link Rust's float formatting for its error messages.
        while let Some(key) = map.next_key_seed(Seed(MAX_DEPTH))? {
            let value = map.next_value_seed(Seed(self.0 + 1))?;
            match key {
                Value::String(key) => entries.push((key, value)),
                _ => return Err(de::Error::custom("object key is not a string")),
            }
        }
        Ok(Value::Object(entries))
    }
}

/// The shortest decimal text of a number, as JavaScript's `String(x)`
/// gives it, with any exponent written out (`1e-7` -> `0.0000001`).
fn float_text(v: f64) -> String {
    #[cfg(target_family = "wasm")]
    {
        // The engine's own shortest round-trip text; saves linking Rust's
        // float formatting into the module.
        let text: String = js_sys::Number::from(v)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default();
        expand_exponent(&text)
    }
    #[cfg(not(target_family = "wasm"))]
    {
        // Rust's display of f64 is the shortest round-trip text too, and
        // never uses an exponent.
        v.to_string()
    }
}

/// Writes `d.ddde±x` without the exponent; other text is returned as is.
/// Exponents beyond ±400 are left alone (no amount is that large or small).
pub fn expand_exponent(text: &str) -> String {
    let Some((mantissa, exp)) = text.split_once(['e', 'E']) else {
        return text.to_string();
    };
    let Ok(exp) = exp.parse::<i32>() else {
        return text.to_string();
    };
    if exp.abs() > 400 {
        return text.to_string();
    }
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map_or(("", mantissa), |m| ("-", m));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return text.to_string();
    }
    let digits = format!("{int}{frac}");
    let point = int.len() as i32 + exp; // position of the decimal point in `digits`
    if point <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!(
            "{sign}{digits}{}",
            "0".repeat(point as usize - digits.len())
        )
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{sign}{a}.{b}")
    }
}

/// The fields of one object, taken by name; what is left is refused.
pub struct Fields<'a> {
    path: String,
    entries: &'a [(String, Value)],
    taken: Vec<bool>,
}

/// `parent.name`, or `name` at the top.
pub fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

impl<'a> Fields<'a> {
    /// The fields of `value`, which must be an object.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] when it is not an object.
    pub fn of(value: &'a Value, path: &str) -> Result<Fields<'a>, Error> {
        match value {
            Value::Object(entries) => Ok(Fields {
                path: path.to_string(),
                entries,
                taken: vec![false; entries.len()],
            }),
            _ => Err(Error::new(ErrorKind::InvalidType, path)),
        }
    }

    /// The path of a field of this object.
    pub fn path(&self, name: &str) -> String {
        join(&self.path, name)
    }

    /// A field, absent when missing or null.
    pub fn get(&mut self, name: &str) -> Option<&'a Value> {
        let i = self.entries.iter().position(|(k, _)| k == name)?;
        self.taken[i] = true;
        Some(&self.entries[i].1).filter(|v| **v != Value::Null)
    }

    /// A text field, if present.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] when it is not a string.
    pub fn text(&mut self, name: &str) -> Result<Option<&'a str>, Error> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(Error::new(ErrorKind::InvalidType, self.path(name))),
        }
    }

    /// A required text field.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MissingField`] or [`ErrorKind::InvalidType`].
    pub fn required_text(&mut self, name: &str) -> Result<&'a str, Error> {
        self.text(name)?
            .ok_or_else(|| Error::new(ErrorKind::MissingField, self.path(name)))
    }

    /// A number given as a number or as text, as its text, if present.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] for anything else.
    pub fn number(&mut self, name: &str) -> Result<Option<&'a str>, Error> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s) | Value::Number(s)) => Ok(Some(s)),
            Some(_) => Err(Error::new(ErrorKind::InvalidType, self.path(name))),
        }
    }

    /// A required number given as a number or as text.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::MissingField`] or [`ErrorKind::InvalidType`].
    pub fn required_number(&mut self, name: &str) -> Result<&'a str, Error> {
        self.number(name)?
            .ok_or_else(|| Error::new(ErrorKind::MissingField, self.path(name)))
    }

    /// A whole number, if present.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] for anything but a whole number.
    pub fn integer(&mut self, name: &str) -> Result<Option<i64>, Error> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Number(s)) => s
                .parse()
                .map(Some)
                .map_err(|_| Error::new(ErrorKind::InvalidType, self.path(name))),
            Some(_) => Err(Error::new(ErrorKind::InvalidType, self.path(name))),
        }
    }

    /// An array field, empty when absent.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] when it is not an array.
    pub fn array(&mut self, name: &str) -> Result<&'a [Value], Error> {
        match self.get(name) {
            None => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(_) => Err(Error::new(ErrorKind::InvalidType, self.path(name))),
        }
    }

    /// An object field, if present.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidType`] when it is not an object.
    pub fn object(&mut self, name: &str) -> Result<Option<Fields<'a>>, Error> {
        let path = self.path(name);
        self.get(name).map(|v| Fields::of(v, &path)).transpose()
    }

    /// Checks that every field was taken.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownField`] naming the first field left.
    pub fn finish(self) -> Result<(), Error> {
        match self.taken.iter().position(|t| !t) {
            None => Ok(()),
            Some(i) => Err(Error::new(
                ErrorKind::UnknownField,
                join(&self.path, &self.entries[i].0),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponents_are_written_out() {
        assert_eq!(expand_exponent("1e-7"), "0.0000001");
        assert_eq!(expand_exponent("1.5e-7"), "0.00000015");
        assert_eq!(expand_exponent("1e21"), "1000000000000000000000");
        assert_eq!(expand_exponent("-1.25e2"), "-125");
        assert_eq!(expand_exponent("1.2345e2"), "123.45");
        assert_eq!(expand_exponent("12.5"), "12.5");
        assert_eq!(expand_exponent("é1e2"), "é1e2");
        assert_eq!(expand_exponent("1e99999"), "1e99999");
    }

    #[test]
    fn fields_report_their_path() {
        let v = Value::Object(vec![
            ("a".into(), Value::Number("1".into())),
            ("b".into(), Value::Bool(true)),
        ]);
        let mut f = Fields::of(&v, "invoice").unwrap();
        assert_eq!(f.required_number("a").unwrap(), "1");
        assert_eq!(f.required_text("c").unwrap_err().field(), "invoice.c");
        assert_eq!(f.text("b").unwrap_err().field(), "invoice.b");
        let f = Fields::of(&v, "").unwrap();
        assert_eq!(f.finish().unwrap_err().field(), "a");
    }
}
