//! Action plan items.

use serde::{Deserialize, Serialize};

use super::super::month::Month;

/// One thing a person plans to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// What to do.
    pub title: String,
    /// What kind of action it is.
    pub kind: ActionKind,
    /// When it is due.
    #[serde(default)]
    pub due: Option<Month>,
    /// How it is going.
    #[serde(default)]
    pub status: ActionStatus,
    /// The role or route, and the requirement, it serves.
    #[serde(default)]
    pub serves: Option<ActionLink>,
    /// Notes.
    #[serde(default)]
    pub note: String,
}

/// The kind of an action (the categories careers advisers use).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActionKind {
    /// Building a skill.
    Skills,
    /// Getting work or experience.
    Work,
    /// A course or qualification.
    Learning,
    /// Anything else.
    Other,
}

impl ActionKind {
    /// Every kind.
    pub const ALL: [Self; 4] = [Self::Skills, Self::Work, Self::Learning, Self::Other];

    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Skills => "Skills",
            Self::Work => "Work",
            Self::Learning => "Learning",
            Self::Other => "Other",
        }
    }
}

/// How an action is going.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    /// Planned, not begun: where every new action starts.
    #[default]
    NotStarted,
    /// Under way.
    InProgress,
    /// Done.
    Achieved,
    /// Dropped.
    NoLongerRelevant,
}

impl ActionStatus {
    /// Every status.
    pub const ALL: [Self; 4] = [Self::NotStarted, Self::InProgress, Self::Achieved, Self::NoLongerRelevant];

    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::NotStarted => "Not started",
            Self::InProgress => "In progress",
            Self::Achieved => "Achieved",
            Self::NoLongerRelevant => "No longer relevant",
        }
    }

    /// True while the action is still to do: not started or in progress.
    #[must_use]
    pub fn is_open(self) -> bool {
        matches!(self, Self::NotStarted | Self::InProgress)
    }
}

/// What an action serves: a role or route, and optionally one of its requirements.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionLink {
    /// The role or route (id).
    pub target: String,
    /// The requirement (id within that role or route), if the action closes a gap.
    #[serde(default)]
    pub requirement: Option<String>,
}
