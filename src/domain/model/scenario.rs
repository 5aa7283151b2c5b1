//! What-if scenarios: the profile plus changes, compared side by side.

use serde::{Deserialize, Serialize};

use super::month::Month;
use super::taxonomy::HcasZone;

/// A named set of changes to the profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Its name, such as "Do the CIPD diploma next year".
    pub name: String,
    /// What changes.
    pub changes: Vec<ScenarioChange>,
}

/// One change of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ScenarioChange {
    /// Gain a catalogue qualification (id) by a month.
    GainQualification {
        /// The qualification's id.
        qualification: String,
        /// When it is gained.
        by: Month,
    },
    /// Work in another HCAS zone (or none).
    MoveZone(Option<HcasZone>),
    /// Work these hours a week.
    ChangeHours(f64),
    /// Aim at another role (id).
    AimAt(String),
}
