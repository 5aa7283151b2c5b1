//! Reading RON text: one set of parser options, positions for every error.

use std::fmt;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

/// A line and column in a text file, both counted from 1 (0 when unknown).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct TextPosition {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

impl fmt::Display for TextPosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Why RON text could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {}, column {}: {message}", position.line, position.column)]
pub struct RonError {
    /// Where the parser stopped.
    pub position: TextPosition,
    /// What it expected or found.
    pub message: String,
}

/// The parser options used for every file: the default recursion limit (128) is kept, and
/// `Some(..)` and single-field variant brackets may be left out.
#[must_use]
pub fn options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_default_extension(Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Parses RON text into `T`, with the error's position.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, RonError> {
    options().from_str(text).map_err(|error| RonError {
        position: TextPosition { line: error.span.start.line, column: error.span.start.col },
        message: plain_message(&error.code),
    })
}

/// The parser's message in words a person can act on.
fn plain_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            "brackets are nested too deeply (more than 128 levels): this is not a profile the planner wrote"
                .to_owned()
        }
        ron::Error::NoSuchStructField { expected, found, outer } => {
            let within = outer.as_deref().map(|name| format!(" in {name}")).unwrap_or_default();
            let nearest = expected
                .iter()
                .map(|name| (strsim::damerau_levenshtein(found, name), *name))
                .min()
                .filter(|(distance, name)| *distance <= 3.max(name.len() / 3));
            match nearest {
                Some((_, name)) => format!("unknown field `{found}`{within}: did you mean `{name}`?"),
                None => format!(
                    "unknown field `{found}`{within}; the fields here are {}",
                    expected.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
                ),
            }
        }
        other => other.to_string(),
    }
}

/// Serializes `value` as readable RON, in the form [`parse`] reads back.
pub fn to_pretty<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    options().to_string_pretty(value, config)
}

pub use super::text_locator::Locator;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_carry_line_and_column() {
        let error = parse::<Vec<u32>>("[\n  1,\n  x\n]").expect_err("not a list of numbers");
        assert_eq!(error.position.line, 3);
        assert!(error.to_string().starts_with("line 3, column"));
    }

    #[test]
    fn an_unknown_field_names_the_nearest_known_one() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[expect(dead_code, reason = "only the parse error is looked at")]
        struct Hours {
            hours_per_week: f64,
        }
        let error = parse::<Hours>("(\n  hours_per_wek: 22.5,\n)").expect_err("misspelt");
        assert_eq!(error.position.line, 2);
        assert!(error.message.contains("did you mean `hours_per_week`?"), "{}", error.message);
    }

    #[test]
    fn the_recursion_limit_stops_deep_nesting() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse::<ron::Value>(&deep).is_err());
    }
}
