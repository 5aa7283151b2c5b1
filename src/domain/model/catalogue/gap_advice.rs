//! Advice for gaps that no qualification closes (such as not working in the NHS), and the
//! planner's assumed durations for closing them, as data.

use serde::{Deserialize, Serialize};

use super::source::Source;

/// The advice of `gap_advice.ron`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GapAdvice {
    /// For someone who does not work in the NHS now.
    pub not_in_nhs: GapAction,
    /// Gaining experience of a kind where the source gives no length (`{kind}`).
    pub gain_experience: TimedAdvice,
    /// Taking on supervising a team (`{count}` people).
    pub supervise_team: TimedAdvice,
    /// Taking responsibility for a budget (`{budget}` pounds, with thousands separators).
    pub take_budget: TimedAdvice,
    /// Promotion towards a band (`{band}`); `months` is per band.
    pub promotion: TimedAdvice,
    /// Raising a self-assessed skill that has no advice of its own (`{name}`).
    pub build_skill: TimedAdvice,
    /// Raising a Healthcare Leadership Model dimension.
    pub develop_leadership: TimedAdvice,
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

/// An action in words, with about how long it takes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimedAdvice {
    /// What to do; `{name}` placeholders are filled in by the matcher.
    pub text: String,
    /// About how many months it takes (the planner's estimate).
    pub months: u32,
    /// Where the words and the figure come from.
    pub source: Source,
}

impl TimedAdvice {
    /// The text with each `{name}` placeholder replaced by its value.
    #[must_use]
    pub fn filled(&self, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.text.clone(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
    }
}

/// The placeholders each piece of timed advice may use, by its field name.
pub const PLACEHOLDERS: [(&str, &[&str]); 6] = [
    ("gain_experience", &["kind"]),
    ("supervise_team", &["count"]),
    ("take_budget", &["budget"]),
    ("promotion", &["band"]),
    ("build_skill", &["name"]),
    ("develop_leadership", &[]),
];

impl GapAdvice {
    /// Each piece of timed advice with its field name, in the order of the placeholders list.
    #[must_use]
    pub fn timed(&self) -> [(&'static str, &TimedAdvice); 6] {
        [
            ("gain_experience", &self.gain_experience),
            ("supervise_team", &self.supervise_team),
            ("take_budget", &self.take_budget),
            ("promotion", &self.promotion),
            ("build_skill", &self.build_skill),
            ("develop_leadership", &self.develop_leadership),
        ]
    }
}
