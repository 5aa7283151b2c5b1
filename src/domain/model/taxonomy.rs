//! Small closed vocabularies shared by the catalogue and the profile.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An area of work, used for experience, qualifications and requirements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Area {
    /// Clinical work with patients (nursing, therapy, medicine, science).
    Clinical,
    /// Administration and office work.
    Administration,
    /// Finance, accounts, payroll.
    Finance,
    /// Human resources and workforce.
    HumanResources,
    /// Health informatics, data, IT, records, libraries.
    Informatics,
    /// Estates: buildings, engineering, architecture, surveying.
    Estates,
    /// Facilities and hotel services: cleaning, catering, linen, security, decontamination.
    Facilities,
    /// Project and programme work, procurement.
    Project,
    /// Communications, media, public relations and engagement.
    Communications,
    /// General and operational management.
    GeneralManagement,
    /// Anything else.
    Other,
}

impl Area {
    /// Every area, in display order.
    pub const ALL: [Self; 11] = [
        Self::Clinical,
        Self::Administration,
        Self::Finance,
        Self::HumanResources,
        Self::Informatics,
        Self::Estates,
        Self::Facilities,
        Self::Project,
        Self::Communications,
        Self::GeneralManagement,
        Self::Other,
    ];

    /// A plain name for sentences ("finance", "human resources").
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Clinical => "clinical",
            Self::Administration => "administration",
            Self::Finance => "finance",
            Self::HumanResources => "human resources",
            Self::Informatics => "health informatics",
            Self::Estates => "estates",
            Self::Facilities => "facilities",
            Self::Project => "project and procurement",
            Self::Communications => "communications",
            Self::GeneralManagement => "general management",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The kind of employer an experience was with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sector {
    /// The NHS, or an organisation providing NHS services.
    Nhs,
    /// Another public body (council, civil service, armed forces, education).
    OtherPublic,
    /// A private company.
    Private,
    /// A charity, social enterprise or volunteering.
    Voluntary,
}

impl Sector {
    /// Every sector, in display order.
    pub const ALL: [Self; 4] = [Self::Nhs, Self::OtherPublic, Self::Private, Self::Voluntary];

    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Nhs => "NHS",
            Self::OtherPublic => "other public sector",
            Self::Private => "private sector",
            Self::Voluntary => "voluntary sector",
        }
    }
}

/// A kind of place where health services are run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Setting {
    /// An acute or community hospital trust.
    Hospital,
    /// Community health services.
    Community,
    /// A GP practice or primary care.
    GpPractice,
    /// An ambulance service.
    Ambulance,
    /// Mental health services.
    MentalHealth,
    /// Commissioning bodies (formerly CCGs, now integrated care boards).
    Commissioning,
}

impl Setting {
    /// Every setting, in display order.
    pub const ALL: [Self; 6] = [
        Self::Hospital,
        Self::Community,
        Self::GpPractice,
        Self::Ambulance,
        Self::MentalHealth,
        Self::Commissioning,
    ];

    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Hospital => "hospital",
            Self::Community => "community",
            Self::GpPractice => "GP practice",
            Self::Ambulance => "ambulance",
            Self::MentalHealth => "mental health",
            Self::Commissioning => "commissioning",
        }
    }
}

/// A UK nation: each has its own pay scales.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Nation {
    /// England (the default; the shipped pay tables are England's).
    #[default]
    England,
    /// Scotland.
    Scotland,
    /// Wales.
    Wales,
    /// Northern Ireland.
    NorthernIreland,
}

impl Nation {
    /// Every nation.
    pub const ALL: [Self; 4] = [Self::England, Self::Scotland, Self::Wales, Self::NorthernIreland];

    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::England => "England",
            Self::Scotland => "Scotland",
            Self::Wales => "Wales",
            Self::NorthernIreland => "Northern Ireland",
        }
    }
}

/// A High Cost Area Supplement zone (AfC handbook, section 4 and annex 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum HcasZone {
    /// Inner London.
    InnerLondon,
    /// Outer London.
    OuterLondon,
    /// The fringe zone around London.
    Fringe,
}

impl HcasZone {
    /// Every zone.
    pub const ALL: [Self; 3] = [Self::InnerLondon, Self::OuterLondon, Self::Fringe];

    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::InnerLondon => "Inner London",
            Self::OuterLondon => "Outer London",
            Self::Fringe => "Fringe",
        }
    }

    /// The short name used on the command line: `inner`, `outer`, `fringe`.
    #[must_use]
    pub fn short_name(self) -> &'static str {
        match self {
            Self::InnerLondon => "inner",
            Self::OuterLondon => "outer",
            Self::Fringe => "fringe",
        }
    }
}

/// A UK honours degree classification, lowest first so that classes compare in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DegreeClass {
    /// An ordinary or pass degree.
    Ordinary,
    /// Third class (40 to 49%).
    Third,
    /// Lower second, 2:2 (50 to 59%).
    LowerSecond,
    /// Upper second, 2:1 (60 to 69%).
    UpperSecond,
    /// First class (70% and above).
    First,
}

impl DegreeClass {
    /// Every class, lowest first.
    pub const ALL: [Self; 5] =
        [Self::Ordinary, Self::Third, Self::LowerSecond, Self::UpperSecond, Self::First];

    /// The usual short name: "2:2", "first".
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Ordinary => "ordinary (pass)",
            Self::Third => "third",
            Self::LowerSecond => "2:2",
            Self::UpperSecond => "2:1",
            Self::First => "first",
        }
    }
}

/// How much responsibility for people an experience carried.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Responsibility {
    /// Any experience counts.
    #[default]
    Any,
    /// Supervising people (a team leader or supervisor) or managing them.
    Supervising,
    /// Line-managing people.
    Managing,
}

/// The four-point scale of a self-assessment, 1 (lowest) to 4.
pub const SELF_ASSESSMENT_MAX: u8 = 4;
