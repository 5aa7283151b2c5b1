//! Accepted and not-accepted qualification lists, kept word for word.

use serde::{Deserialize, Serialize};

use super::requirement::Rule;
use super::source::Source;

/// A published list of qualifications that are and are not accepted, such as the graduate
/// scheme's minimum eligibility (seed 002).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EligibilityList {
    /// Stable id, such as `gmts-minimum`.
    pub id: String,
    /// The list's heading, word for word.
    pub heading: String,
    /// Accepted items: meeting any one is enough.
    pub accepted: Vec<ListedItem>,
    /// Items that are explicitly not accepted.
    pub not_accepted: Vec<ListedItem>,
    /// The heading of the not-accepted list, word for word.
    pub not_accepted_heading: String,
    /// Where it comes from.
    pub source: Source,
}

/// One line of an eligibility list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListedItem {
    /// The line, word for word (typing errors included).
    pub text: String,
    /// The heading it sits under, word for word, if it is a sub-item.
    #[serde(default)]
    pub group: Option<String>,
    /// The qualifications the line covers.
    pub rule: Rule,
}
