//! Work, placements and volunteering.

use serde::{Deserialize, Serialize};

use super::super::month::Month;
use super::super::taxonomy::{Area, Responsibility, Sector};

/// A job, placement or volunteering role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    /// The job title.
    pub title: String,
    /// The kind of employer.
    pub sector: Sector,
    /// The area of work.
    pub area: Area,
    /// True when the work was in a health or care setting (always true in the NHS).
    #[serde(default)]
    pub healthcare: bool,
    /// The first month.
    pub start: Month,
    /// The last month, or none if it is ongoing.
    #[serde(default)]
    pub end: Option<Month>,
    /// Whether it supervised or managed people, and how many.
    #[serde(default)]
    pub people: People,
    /// The budget managed, in pounds a year, if any.
    #[serde(default)]
    pub budget_pounds: Option<u64>,
}

/// Responsibility for people in a job.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum People {
    /// No staff: the job did not supervise or manage anyone (written `None` in format 1).
    #[default]
    #[serde(alias = "None")]
    NoStaff,
    /// Supervised this many people (a supervisor or team leader).
    Supervised(u32),
    /// Line-managed this many people.
    Managed(u32),
}

impl People {
    /// How many people, if any.
    #[must_use]
    pub fn count(self) -> u32 {
        match self {
            Self::NoStaff => 0,
            Self::Supervised(count) | Self::Managed(count) => count,
        }
    }

    /// True when this meets a required level of responsibility.
    #[must_use]
    pub fn meets(self, required: Responsibility) -> bool {
        match required {
            Responsibility::Any => true,
            Responsibility::Supervising => self.count() > 0,
            Responsibility::Managing => matches!(self, Self::Managed(count) if count > 0),
        }
    }
}

impl Experience {
    /// True for experience in a health or care setting.
    #[must_use]
    pub fn in_healthcare(&self) -> bool {
        self.healthcare || self.sector == Sector::Nhs
    }

    /// The last month counted, with ongoing experience counted up to `today`.
    #[must_use]
    pub fn last_month(&self, today: Month) -> Month {
        self.end.unwrap_or(today)
    }
}
