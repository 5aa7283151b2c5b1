//! Finding where a value appears in RON text, for errors about values that parsed but broke a
//! rule. The text is scanned once into an index, so locating every one of many errors costs
//! time in proportion to the text and the errors, not their product.

use std::collections::HashMap;

use super::ron_text::TextPosition;

/// An index of one RON text: where each line starts, where each quoted string and each field
/// name appears.
#[derive(Clone, Debug)]
pub struct Locator<'a> {
    text: &'a str,
    /// Byte offset of the start of every line, in order.
    line_starts: Vec<usize>,
    /// Whether each line is plain ASCII (its columns are then byte counts).
    line_ascii: Vec<bool>,
    /// The contents of every quoted string, with the offsets of its opening quotes, in order.
    strings: HashMap<&'a str, Vec<usize>>,
    /// Every name directly followed by `:` (a field), with its offsets, in order.
    fields: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Locator<'a> {
    /// Indexes `text` in one pass.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let mut locator = Self {
            text,
            line_starts: vec![0],
            line_ascii: Vec::new(),
            strings: HashMap::new(),
            fields: HashMap::new(),
        };
        locator.scan();
        locator
    }

    fn scan(&mut self) {
        let bytes = self.text.as_bytes();
        let mut at = 0;
        let mut name_start: Option<usize> = None;
        while let Some(&byte) = bytes.get(at) {
            match byte {
                b'"' => {
                    let end = string_end(bytes, at + 1);
                    if let Some(contents) = self.text.get(at + 1..end) {
                        self.strings.entry(contents).or_default().push(at);
                    }
                    name_start = None;
                    at = end + 1;
                    continue;
                }
                b'/' if bytes.get(at + 1) == Some(&b'/') => {
                    at = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |n| at + n);
                    name_start = None;
                    continue;
                }
                b'/' if bytes.get(at + 1) == Some(&b'*') => {
                    let rest = self.text.get(at + 2..).unwrap_or_default();
                    at = rest.find("*/").map_or(bytes.len(), |n| at + 2 + n + 2);
                    name_start = None;
                    continue;
                }
                b':' => {
                    if let Some(start) = name_start.take()
                        && let Some(name) = self.text.get(start..at)
                    {
                        self.fields.entry(name).or_default().push(start);
                    }
                }
                b if b.is_ascii_alphanumeric() || b == b'_' => {
                    if name_start.is_none() {
                        name_start = Some(at);
                    }
                }
                _ => name_start = None,
            }
            at += 1;
        }
        self.index_lines();
    }

    fn index_lines(&mut self) {
        let bytes = self.text.as_bytes();
        let mut ascii = true;
        for (offset, &byte) in bytes.iter().enumerate() {
            if byte == b'\n' {
                self.line_starts.push(offset + 1);
                self.line_ascii.push(ascii);
                ascii = true;
            } else if !byte.is_ascii() {
                ascii = false;
            }
        }
        self.line_ascii.push(ascii);
    }

    /// The position of the `occurrence`-th (from 0) appearance of `"needle"`, or of the
    /// first appearance after the record whose id is `record`, or 1:1 if it is not found.
    #[must_use]
    pub fn find(&self, record: Option<&str>, needle: &str, occurrence: usize) -> TextPosition {
        let Some(offsets) = self.strings.get(needle) else { return TextPosition { line: 1, column: 1 } };
        let chosen = match record {
            None => offsets.get(occurrence),
            Some(id) => {
                let start = self.strings.get(id).and_then(|found| found.first()).copied().unwrap_or(0);
                offsets.get(offsets.partition_point(|&offset| offset < start))
            }
        };
        chosen
            .or(offsets.first())
            .map_or(TextPosition { line: 1, column: 1 }, |&offset| self.position_of(offset))
    }

    /// The position of a field name (such as `sources:`) after the record whose id is `record`.
    #[must_use]
    pub fn find_field(&self, record: &str, field: &str) -> TextPosition {
        let start = self.strings.get(record).and_then(|found| found.first()).copied().unwrap_or(0);
        self.fields
            .get(field)
            .and_then(|offsets| offsets.get(offsets.partition_point(|&offset| offset < start)))
            .map_or_else(|| self.find(None, record, 0), |&offset| self.position_of(offset))
    }

    /// The position of the first appearance of `needle` as it is (not quoted), or 1:1. This one
    /// scans the text, so callers use it for a bounded number of errors.
    #[must_use]
    pub fn find_raw(&self, needle: &str) -> TextPosition {
        self.text.find(needle).map_or(TextPosition { line: 1, column: 1 }, |offset| self.position_of(offset))
    }

    fn position_of(&self, offset: usize) -> TextPosition {
        let line_index = self.line_starts.partition_point(|&start| start <= offset).saturating_sub(1);
        let line_start = self.line_starts.get(line_index).copied().unwrap_or(0);
        let column = if self.line_ascii.get(line_index).copied().unwrap_or(false) {
            offset - line_start
        } else {
            self.text.get(line_start..offset).map_or(0, |before| before.chars().count())
        };
        TextPosition { line: line_index + 1, column: column + 1 }
    }
}

/// The offset of the quote that closes a string whose contents start at `from` (or the end of
/// the text when it is never closed).
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'\\' => at += 2,
            b'"' => return at,
            _ => at += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_fields_and_positions() {
        let text = "[\n (id: \"a\", next: \"x\"),\n // \"x\" in a comment\n (id: \"b\", next: \"x\"),\n]";
        let locator = Locator::new(text);
        assert_eq!(locator.find(Some("b"), "x", 0), TextPosition { line: 4, column: 18 });
        assert_eq!(locator.find(None, "x", 1), TextPosition { line: 4, column: 18 });
        assert_eq!(locator.find(None, "missing", 0), TextPosition { line: 1, column: 1 });
        assert_eq!(locator.find_field("b", "next"), TextPosition { line: 4, column: 12 });
        assert_eq!(locator.find_raw("next: \"x\"),\n]"), TextPosition { line: 4, column: 12 });
    }

    #[test]
    fn columns_count_characters_on_lines_that_are_not_ascii() {
        let text = "(name: \"Zoë\", id: \"z\")";
        assert_eq!(Locator::new(text).find(None, "z", 0), TextPosition { line: 1, column: 19 });
    }

    #[test]
    fn escaped_quotes_stay_inside_their_string() {
        let text = "(a: \"say \\\"x\\\"\", b: \"x\")";
        assert_eq!(Locator::new(text).find(None, "x", 0), TextPosition { line: 1, column: 21 });
    }
}
