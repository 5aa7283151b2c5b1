//! What to do next and who can help, by stage (seed 000, "Next steps").

use serde::{Deserialize, Serialize};

use super::source::Source;

/// Seed 000's "Where are you now?" table, its checklist and contacts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NextSteps {
    /// Stages, earliest first.
    pub stages: Vec<Stage>,
    /// The checklist for everyone.
    pub checklist: Vec<String>,
    /// Where the checklist comes from.
    pub checklist_source: Option<Source>,
    /// Contacts: helplines and websites.
    pub contacts: Vec<Contact>,
}

/// A stage a person can be at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    /// Stable id, such as `gcse`.
    pub id: String,
    /// "Studying for your GCSEs".
    pub title: String,
    /// The stage (id) whose advice also applies ("As GCSEs, plus:").
    #[serde(default)]
    pub builds_on: Option<String>,
    /// What to do now.
    pub what_to_do: Vec<String>,
    /// Who can help.
    pub who_can_help: Vec<String>,
    /// Where it comes from.
    pub source: Source,
}

/// A helpline or website.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Who.
    pub name: String,
    /// Telephone, email or web address.
    pub detail: String,
    /// Where it comes from.
    pub source: Source,
}
