//! Where each record of the catalogue came from.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A document the data was read from: a seed document or a public web page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Short stable id used by [`Source::document`], such as `seed-000` (never shown).
    pub id: String,
    /// The document's title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// A web address, or where in the planner it lives.
    pub location: String,
    /// The date it was issued or read, when known.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Anything a reader should know about its reliability.
    #[serde(default)]
    pub note: String,
}

/// A reference to the section of a document that a record or figure comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The [`Document::id`].
    pub document: String,
    /// The section, heading or table within it.
    pub section: String,
}
