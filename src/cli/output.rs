//! The one place the command line writes: results to standard output, messages to standard error.
//! Control characters from files (escape sequences that could set the terminal title, write the
//! clipboard or forge a line) are escaped here, before anything reaches the terminal.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Where a command writes. Tests can capture both streams.
pub struct Output {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
}

impl Output {
    /// Standard output and standard error.
    #[must_use]
    pub fn standard() -> Self {
        Self { out: Box::new(io::stdout()), err: Box::new(io::stderr()) }
    }

    /// Any pair of writers.
    #[must_use]
    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Self {
        Self { out, err }
    }

    /// Writes a line of results.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{}", plain(text, Breaks::Keep))
    }

    /// Writes a value as pretty JSON (every control character escaped as `\uXXXX`).
    pub fn json<T: serde::Serialize>(&mut self, value: &T) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        writeln!(self.out, "{}", plain(&text, Breaks::Json))
    }

    /// Writes a one-line message to standard error (errors are reported once, here).
    pub fn error(&mut self, message: &str) {
        writeln!(self.err, "error: {}", plain(message, Breaks::Escape)).ok();
    }

    /// Writes a note to standard error.
    pub fn note(&mut self, message: &str) {
        writeln!(self.err, "{}", plain(message, Breaks::Keep)).ok();
    }
}

/// What to do with line breaks in text being printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Breaks {
    /// Keep them (the text is several lines on purpose; values from files cannot hold any).
    Keep,
    /// Escape them: a one-line message stays one line.
    Escape,
    /// JSON: serde already escaped C0 controls; escape the rest as `\uXXXX`.
    Json,
}

/// `text` with every control character (C0, DEL, C1) and bidirectional override shown as an
/// escape instead of acting on the terminal.
fn plain(text: &str, breaks: Breaks) -> Cow<'_, str> {
    let acts = |c: char| {
        (c.is_control() && !(breaks != Breaks::Escape && matches!(c, '\n' | '\t')))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !acts(c) {
            shown.push(c);
        } else if breaks == Breaks::Json {
            write!(shown, "\\u{:04x}", u32::from(c)).ok();
        } else {
            write!(shown, "{}", c.escape_unicode()).ok();
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::{Breaks, plain};

    #[test]
    fn escape_sequences_are_shown_not_acted_on() {
        let title = "\u{1b}]0;pwned\u{7}Grace";
        assert_eq!(plain(title, Breaks::Keep), "\\u{1b}]0;pwned\\u{7}Grace");
        assert_eq!(plain("a\nOK: forged", Breaks::Escape), "a\\u{a}OK: forged");
        assert_eq!(plain("\"\u{9b}31m\"", Breaks::Json), "\"\\u009b31m\"");
        assert_eq!(plain("plain words\n", Breaks::Keep), "plain words\n");
    }
}
