//! The example profiles the welcome view offers (`examples.ron`), each with a line about the
//! person; the build checks that every file is one of the sample profiles in `saves/`.

use serde::{Deserialize, Serialize};

/// `examples.ron`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExamplesFile {
    /// The examples, in the order they are offered.
    pub examples: Vec<Example>,
}

/// One example profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Example {
    /// The sample profile's file name in `saves/`.
    pub file: String,
    /// A line about the person.
    pub about: String,
}
