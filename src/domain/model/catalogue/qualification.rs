//! Qualifications, professional memberships and the bodies that award them.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::super::taxonomy::Area;
use super::source::Source;

/// A professional body, awarding body or institute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// Stable id, such as `cipd`.
    pub id: String,
    /// Full name.
    pub name: String,
    /// The usual abbreviation.
    #[serde(default)]
    pub short_name: String,
    /// Its public web address.
    #[serde(default)]
    pub website: String,
    /// What it does for health managers.
    #[serde(default)]
    pub note: String,
    /// Where it is named.
    pub sources: Vec<Source>,
}

/// A qualification, membership grade, registration or leadership programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Qualification {
    /// Stable id, such as `cipd-level-5-associate-diploma`.
    pub id: String,
    /// Full title.
    pub title: String,
    /// The usual abbreviation, such as "HND".
    #[serde(default)]
    pub short_name: String,
    /// Other names people know it by ("AMSPAR certificate"), found by the search.
    #[serde(default)]
    pub also_known_as: Vec<String>,
    /// Regulated Qualifications Framework level (1 to 8); none for memberships without one.
    #[serde(default)]
    pub level: Option<u8>,
    /// A caveat about the level, for example when it varies by provider.
    #[serde(default)]
    pub level_note: String,
    /// What kind of qualification it is.
    pub kind: QualificationKind,
    /// The areas of work it belongs to.
    #[serde(default)]
    pub areas: Vec<Area>,
    /// True for a professional health qualification (nursing, therapy, medicine...).
    #[serde(default)]
    pub clinical: bool,
    /// True for a degree normally awarded without a class (such as a medical degree): with no
    /// class recorded, it meets a rule asking for a class.
    #[serde(default)]
    pub unclassified: bool,
    /// The awarding or professional body (id), if any.
    #[serde(default)]
    pub body: Option<String>,
    /// Typical length.
    #[serde(default)]
    pub duration: Option<Duration>,
    /// Qualifications (ids) normally held first.
    #[serde(default)]
    pub requires: Vec<String>,
    /// How to get it, in plain words.
    pub how_to_get: String,
    /// Where it is named and where its level and length come from.
    pub sources: Vec<Source>,
}

/// The kind of a qualification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum QualificationKind {
    /// School qualifications: GCSEs, A levels, T levels.
    School,
    /// Vocational and technical qualifications: NVQs, BTECs, City and Guilds, ONC/OND.
    Vocational,
    /// An apprenticeship.
    Apprenticeship,
    /// Higher education below a degree: CertHE, HNC, HND, DipHE, foundation degree.
    HigherEducation,
    /// A bachelor's degree, including degree apprenticeships.
    Degree,
    /// A postgraduate qualification: PGCert, PGDip, master's, MBA, doctorate.
    Postgraduate,
    /// A professional body's qualification (CIPD, CIMA, CIPS, APM, ILM, CMI...).
    Professional,
    /// A membership grade of a professional body.
    Membership,
    /// A statutory or professional registration (chartered status, NMC, HCPC, FEDIP).
    Registration,
    /// A leadership development programme.
    Leadership,
}

impl QualificationKind {
    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::School => "school qualification",
            Self::Vocational => "vocational qualification",
            Self::Apprenticeship => "apprenticeship",
            Self::HigherEducation => "higher education below degree",
            Self::Degree => "degree",
            Self::Postgraduate => "postgraduate qualification",
            Self::Professional => "professional qualification",
            Self::Membership => "professional membership",
            Self::Registration => "registration",
            Self::Leadership => "leadership programme",
        }
    }
}

impl fmt::Display for QualificationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The typical length of a course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    /// Shortest typical length in months.
    pub min_months: u32,
    /// Longest typical length in months.
    pub max_months: u32,
    /// How it is usually studied.
    pub mode: StudyMode,
}

/// How a course is usually studied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StudyMode {
    /// Full time.
    FullTime,
    /// Part time, usually alongside work.
    PartTime,
    /// Full or part time.
    Either,
    /// Earned through work and assessment (apprenticeships, memberships).
    AtWork,
    /// Online at one's own pace.
    Online,
}

impl StudyMode {
    /// A plain phrase: "full time", "part time".
    #[must_use]
    pub fn phrase(self) -> &'static str {
        match self {
            Self::FullTime => "full time",
            Self::PartTime => "part time",
            Self::Either => "full or part time",
            Self::AtWork => "while working",
            Self::Online => "online",
        }
    }
}

impl Duration {
    /// "about 8 to 10 months, part time".
    #[must_use]
    pub fn phrase(self) -> String {
        let span = if self.min_months == self.max_months {
            months_phrase(self.max_months)
        } else if self.min_months.is_multiple_of(12) && self.max_months.is_multiple_of(12) {
            format!("{} to {} years", self.min_months / 12, self.max_months / 12)
        } else {
            format!("{} to {} months", self.min_months, self.max_months)
        };
        format!("about {span}, {}", self.mode.phrase())
    }
}

/// "1 month", "8 months", "2 years", "18 months".
#[must_use]
pub fn months_phrase(months: u32) -> String {
    match months {
        1 => "1 month".to_owned(),
        12 => "1 year".to_owned(),
        m if m.is_multiple_of(12) => format!("{} years", m / 12),
        m => format!("{m} months"),
    }
}
