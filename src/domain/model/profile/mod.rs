//! A person's profile: who they are, what they hold, what they have done and what they want.

mod action;
mod experience;
mod held;
mod validate;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use action::{ActionItem, ActionKind, ActionLink, ActionStatus};
pub use experience::{Experience, People};
pub use held::{Grade, HeldQualification, QualificationChoice, QualificationStatus};
pub use validate::{Limits, ProfileIssue};

use super::band::Band;
use super::catalogue::PointName;
use super::taxonomy::{HcasZone, Nation, Setting};

/// Everything a person tells the planner about themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The name shown on the plan.
    pub display_name: String,
    /// The nation they work in (pay scales differ).
    #[serde(default)]
    pub nation: Nation,
    /// Town, trust or practice, in their own words.
    #[serde(default)]
    pub work_location: String,
    /// The High Cost Area Supplement zone they work in, if any.
    #[serde(default)]
    pub hcas_zone: Option<HcasZone>,
    /// Their job now.
    #[serde(default)]
    pub position: Position,
    /// Contracted hours a week (37.5 is full time).
    #[serde(default = "full_time_hours")]
    pub hours_per_week: f64,
    /// Qualifications held or in progress.
    #[serde(default)]
    pub qualifications: Vec<HeldQualification>,
    /// Jobs, placements and volunteering.
    #[serde(default)]
    pub experience: Vec<Experience>,
    /// Self-assessed skills.
    #[serde(default)]
    pub skills: SelfAssessment,
    /// What they would like to do.
    #[serde(default)]
    pub interests: Interests,
    /// Where they want to get to.
    #[serde(default)]
    pub goal: Goal,
    /// What they cannot or will not do.
    #[serde(default)]
    pub constraints: Constraints,
    /// Their action plan.
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// NHS full-time hours a week.
pub const FULL_TIME_HOURS: f64 = 37.5;

/// The longest average working week the Working Time Regulations 1998 allow unless the worker
/// opts out; the profile editor warns past it.
pub const WORKING_TIME_LIMIT_HOURS: f64 = 48.0;

impl Profile {
    /// A warning when the hours a week are past the working-time limit.
    #[must_use]
    pub fn hours_warning(&self) -> Option<String> {
        (self.hours_per_week > WORKING_TIME_LIMIT_HOURS).then(|| {
            format!(
                "{} hours a week is more than the {WORKING_TIME_LIMIT_HOURS} hours the Working Time Regulations allow on average unless you opt out: check the figure (pay is worked out pro rata from it)",
                self.hours_per_week
            )
        })
    }
}

fn full_time_hours() -> f64 {
    FULL_TIME_HOURS
}

impl Default for Profile {
    fn default() -> Self {
        Self {
            display_name: String::new(),
            nation: Nation::England,
            work_location: String::new(),
            hcas_zone: None,
            position: Position::default(),
            hours_per_week: FULL_TIME_HOURS,
            qualifications: Vec::new(),
            experience: Vec::new(),
            skills: SelfAssessment::default(),
            interests: Interests::default(),
            goal: Goal::default(),
            constraints: Constraints::default(),
            actions: Vec::new(),
            notes: String::new(),
        }
    }
}

/// A person's job now.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Working in the NHS (or an organisation paying NHS terms) now.
    pub in_nhs: bool,
    /// Their job title, in their own words; empty if not working.
    #[serde(default)]
    pub role_title: String,
    /// The catalogue role (id) closest to their job, if any.
    #[serde(default)]
    pub catalogue_role: Option<String>,
    /// How they are paid.
    #[serde(default)]
    pub pay: CurrentPay,
}

/// How a person is paid now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum CurrentPay {
    /// Not on Agenda for Change (not in the NHS, or a GP practice's own terms).
    #[default]
    NotOnAfc,
    /// On Agenda for Change.
    Afc {
        /// The band.
        band: Band,
        /// The pay point within the band.
        point: PointName,
        /// The date they reached that point (or joined the band): the next step counts from it.
        point_started: NaiveDate,
    },
    /// A very senior manager, paid outside Agenda for Change.
    OutsideAfc,
}

impl CurrentPay {
    /// The AfC band, if on AfC.
    #[must_use]
    pub fn band(self) -> Option<Band> {
        match self {
            Self::Afc { band, .. } => Some(band),
            Self::NotOnAfc | Self::OutsideAfc => None,
        }
    }
}

/// Self-assessed levels, 1 to 4, by skill or dimension id; a missing entry is not assessed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfAssessment {
    /// The seeds' manager skills (ids from `frameworks.ron`), 1 to 4.
    #[serde(default)]
    pub manager_skills: BTreeMap<String, u8>,
    /// The Healthcare Leadership Model's dimensions, 1 (essential) to 4 (exemplary).
    #[serde(default)]
    pub leadership: BTreeMap<String, u8>,
}

/// What a person would like to do.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interests {
    /// Specialisms (ids), most preferred first.
    #[serde(default)]
    pub specialisms: Vec<String>,
    /// Settings they would like to work in.
    #[serde(default)]
    pub settings: Vec<Setting>,
}

/// Where a person wants to get to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// The target role (id).
    #[serde(default)]
    pub target_role: Option<String>,
    /// The year they would like to get there by.
    #[serde(default)]
    pub target_year: Option<i32>,
}

/// What a person cannot or will not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is an independent yes or no the person ticks; no two form a state"
)]
#[serde(deny_unknown_fields)]
pub struct Constraints {
    /// They will not move home for a job or a scheme.
    #[serde(default)]
    pub will_not_relocate: bool,
    /// They can only work part time.
    #[serde(default)]
    pub part_time_only: bool,
    /// They have the right to work in the UK without time limit.
    #[serde(default = "yes")]
    pub right_to_work_uk: bool,
    /// They would take a lower band to change field: a path may then step below their band or
    /// comparable level, and says so.
    #[serde(default)]
    pub accept_lower_band: bool,
}

fn yes() -> bool {
    true
}

impl Default for Constraints {
    fn default() -> Self {
        Self {
            will_not_relocate: false,
            part_time_only: false,
            right_to_work_uk: true,
            accept_lower_band: false,
        }
    }
}

impl Profile {
    /// True when the person can work full time (no part-time constraint, full-time hours).
    #[must_use]
    pub fn can_work_full_time(&self) -> bool {
        !self.constraints.part_time_only
    }
}
