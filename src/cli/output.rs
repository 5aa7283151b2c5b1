//! The one place the command line writes: results to standard output, messages to standard error.

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
        writeln!(self.out, "{text}")
    }

    /// Writes a value as pretty JSON.
    pub fn json<T: serde::Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.out, value).map_err(io::Error::other)?;
        writeln!(self.out)
    }

    /// Writes a one-line message to standard error (errors are reported once, here).
    pub fn error(&mut self, message: &str) {
        // With standard error gone there is nowhere left to report to.
        writeln!(self.err, "error: {message}").ok();
    }

    /// Writes a note to standard error.
    pub fn note(&mut self, message: &str) {
        writeln!(self.err, "{message}").ok();
    }
}
