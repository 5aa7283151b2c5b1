//! Advice for gaps that no qualification closes (such as not working in the NHS), as data.

use serde::{Deserialize, Serialize};

use super::source::Source;

/// The advice of `gap_advice.ron`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GapAdvice {
    /// For someone who does not work in the NHS now.
    pub not_in_nhs: GapAction,
}

/// Entry routes to suggest and one action, with about how long the action takes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GapAction {
    /// Entry routes (ids) that close the gap.
    pub routes: Vec<String>,
    /// What to do, in words.
    pub action: String,
    /// About how many months the action takes (the planner's estimate).
    pub months: u32,
    /// Where the figure comes from.
    pub source: Source,
}
