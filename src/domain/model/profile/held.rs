//! Qualifications a person holds or is working towards.

use serde::{Deserialize, Serialize};

use super::super::month::Month;
use super::super::taxonomy::DegreeClass;

/// A qualification held or in progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldQualification {
    /// Which qualification.
    pub qualification: QualificationChoice,
    /// The subject, such as "History" or "English, maths, science".
    #[serde(default)]
    pub subject: String,
    /// The grade or degree class.
    #[serde(default)]
    pub grade: Grade,
    /// How many subjects it covers (for GCSEs and A levels), at least 1.
    #[serde(default = "one")]
    pub count: u8,
    /// Achieved, or still in progress.
    pub status: QualificationStatus,
}

fn one() -> u8 {
    1
}

/// A qualification from the catalogue, or one typed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QualificationChoice {
    /// A catalogue qualification (id).
    Catalogue(String),
    /// Any other qualification, with its RQF level if known.
    Other {
        /// Its title.
        title: String,
        /// Its RQF level (1 to 8), if known.
        #[serde(default)]
        level: Option<u8>,
    },
}

/// A grade.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grade {
    /// No grade given (written `None` in format 1).
    #[default]
    #[serde(alias = "None")]
    NotGiven,
    /// A degree class (predicted, for a degree in progress).
    Class(DegreeClass),
    /// Any other grade, such as "9-4" or "Merit".
    Text(String),
}

/// Whether a qualification is achieved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QualificationStatus {
    /// Achieved in this year.
    Achieved {
        /// The year.
        year: i32,
    },
    /// Being studied, expected in this month.
    InProgress {
        /// The expected completion month.
        expected: Month,
    },
}

impl QualificationStatus {
    /// The month from which the qualification counts: achieved ones count at once (from
    /// December of their year), in-progress ones from their expected month.
    #[must_use]
    pub fn counts_from(self) -> Month {
        match self {
            Self::Achieved { year } => Month::new(year, 12).unwrap_or_else(Month::earliest),
            Self::InProgress { expected } => expected,
        }
    }
}

impl HeldQualification {
    /// True when the qualification has been achieved by `month`.
    #[must_use]
    pub fn held_by(&self, month: Month) -> bool {
        match self.status {
            QualificationStatus::Achieved { .. } => true,
            QualificationStatus::InProgress { expected } => expected <= month,
        }
    }

    /// The degree class, if the grade is one.
    #[must_use]
    pub fn class(&self) -> Option<DegreeClass> {
        match self.grade {
            Grade::Class(class) => Some(class),
            Grade::NotGiven | Grade::Text(_) => None,
        }
    }
}
