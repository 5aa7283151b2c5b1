//! Management roles and specialisms.

use serde::{Deserialize, Serialize};

use super::super::band::Band;
use super::super::month::FinancialYear;
use super::super::taxonomy::{Area, Setting};
use super::requirement::Requirement;
use super::source::Source;

/// A management specialism, such as finance or human resources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Specialism {
    /// Stable id, such as `finance`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it covers.
    pub summary: String,
    /// The area of work that time in its roles counts as, for later requirements.
    pub experience_area: Area,
    /// Where it is described.
    pub sources: Vec<Source>,
}

/// A management role (or a rung of the health career framework that leads to one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// Stable id, such as `hr-team-manager`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Other titles the same job is advertised under.
    #[serde(default)]
    pub also_known_as: Vec<String>,
    /// The specialism (id).
    pub specialism: String,
    /// The broader role this is part of (id), for example general manager for a service manager.
    #[serde(default)]
    pub parent: Option<String>,
    /// One or two sentences.
    pub summary: String,
    /// What the work involves, from the seeds.
    pub activities: Vec<String>,
    /// Where such roles are found.
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// The area of work time in this role counts as, when it differs from its specialism's.
    #[serde(default)]
    pub experience_area: Option<Area>,
    /// The level on seed 000's health career framework (1 initial entry to 9 more senior staff).
    #[serde(default)]
    pub framework_level: Option<u8>,
    /// How the role is paid.
    pub pay: RolePay,
    /// Requirements a person must meet to be appointed.
    pub essential: Vec<Requirement>,
    /// Requirements that help.
    #[serde(default)]
    pub desirable: Vec<Requirement>,
    /// Professional qualifications (ids) to work towards in the role.
    #[serde(default)]
    pub work_towards: Vec<String>,
    /// Entry routes (ids) into the role.
    #[serde(default)]
    pub entry_routes: Vec<String>,
    /// Roles it usually leads to.
    #[serde(default)]
    pub leads_to: Vec<NextRole>,
    /// Anything else a reader should know.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Where the role is described.
    pub sources: Vec<Source>,
}

/// A role that a role usually leads to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextRole {
    /// The next role (id).
    pub role: String,
    /// Typical minimum months in the earlier role before moving on.
    pub min_months: u32,
}

/// How a role is paid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RolePay {
    /// On Agenda for Change, typically within this band range.
    Afc {
        /// Lowest typical band.
        min: Band,
        /// Highest typical band.
        max: Band,
        /// Where the band comes from.
        source: Source,
    },
    /// Usually not on Agenda for Change (for example GP practice managers, employed by the
    /// practice partners).
    NotUsuallyAfc {
        /// A comparable band range, when a source gives one.
        #[serde(default)]
        comparable: Option<(Band, Band)>,
        /// A published pay figure, when known.
        #[serde(default)]
        typical_pay: Option<PayFigure>,
        /// Explanation.
        note: String,
        /// Where this comes from.
        source: Source,
    },
    /// Outside Agenda for Change (very senior managers: board-level executives).
    OutsideAfc {
        /// A published pay figure, when known.
        #[serde(default)]
        typical_pay: Option<PayFigure>,
        /// Explanation.
        note: String,
        /// Where this comes from.
        source: Source,
    },
}

/// A published pay figure outside the Agenda for Change tables.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayFigure {
    /// Annual pay in pounds.
    pub annual_pounds: u32,
    /// What the figure is.
    pub meaning: FigureMeaning,
    /// The pay year it applies to.
    pub year: FinancialYear,
    /// Details, such as a survey's range.
    #[serde(default)]
    pub note: String,
    /// Where it comes from.
    pub source: Source,
}

/// What a pay figure means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FigureMeaning {
    /// An average of many posts.
    Average,
    /// Pay can exceed this.
    AtLeast,
    /// A typical figure.
    Typical,
}

impl RolePay {
    /// The typical band range, if the role is on AfC or has a comparable range.
    #[must_use]
    pub fn band_range(&self) -> Option<(Band, Band)> {
        match self {
            Self::Afc { min, max, .. } => Some((*min, *max)),
            Self::NotUsuallyAfc { comparable, .. } => *comparable,
            Self::OutsideAfc { .. } => None,
        }
    }

    /// The source of the pay information.
    #[must_use]
    pub fn source(&self) -> &Source {
        match self {
            Self::Afc { source, .. }
            | Self::NotUsuallyAfc { source, .. }
            | Self::OutsideAfc { source, .. } => source,
        }
    }

    /// A short description: "Band 7", "Bands 8a to 9", "Outside AfC".
    #[must_use]
    pub fn label(&self) -> String {
        let range = |min: Band, max: Band| {
            if min == max {
                min.to_string()
            } else {
                format!("Bands {} to {}", min.short_name(), max.short_name())
            }
        };
        match self {
            Self::Afc { min, max, .. } => range(*min, *max),
            Self::NotUsuallyAfc { comparable: Some((min, max)), .. } => {
                format!("Not usually on AfC (comparable: {})", range(*min, *max).to_lowercase())
            }
            Self::NotUsuallyAfc { .. } => "Not usually on AfC".to_owned(),
            Self::OutsideAfc { .. } => "Outside AfC (very senior manager pay)".to_owned(),
        }
    }
}
