//! Entry routes into NHS management.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::band::Band;
use super::requirement::Requirement;
use super::source::Source;

/// A way into management: a scheme, an apprenticeship, a first job or a move.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// Stable id, such as `gmts-finance`.
    pub id: String,
    /// Title.
    pub title: String,
    /// What kind of route it is.
    pub kind: RouteKind,
    /// One or two sentences.
    pub summary: String,
    /// What the route involves.
    #[serde(default)]
    pub details: Vec<String>,
    /// The specialism (id) it trains for, if one.
    #[serde(default)]
    pub specialism: Option<String>,
    /// Requirements to be accepted.
    pub essential: Vec<Requirement>,
    /// Requirements that help.
    #[serde(default)]
    pub desirable: Vec<Requirement>,
    /// How long the route lasts before its first role, if it has a set length.
    #[serde(default)]
    pub duration_months: Option<u32>,
    /// Roles (ids) the route leads into.
    pub leads_to: Vec<String>,
    /// Qualifications (ids) a person gains by completing the route, as its sources state.
    #[serde(default)]
    pub gains: Vec<String>,
    /// Named qualifications people have studied on the route (a real-life story says so), not
    /// certain for everyone: a path that needs one shows it as its own step.
    #[serde(default)]
    pub usually_gains: Vec<UsualGain>,
    /// The typical Agenda for Change band while on the route, for routes paid as a job (such as
    /// apprenticeships) rather than with their own pay.
    #[serde(default)]
    pub band: Option<Band>,
    /// Pay while on the route (schemes only).
    #[serde(default)]
    pub pay: Option<RoutePay>,
    /// The level of the first post after the route, where a source gives it (such as the
    /// graduate scheme's average first management role): a path plans that post at this band
    /// unless the role's own band range comes from a source.
    #[serde(default)]
    pub first_post: Option<FirstPost>,
    /// Conditions and caveats shown with the verdict.
    #[serde(default)]
    pub notes: Vec<RouteNote>,
    /// Where the route is described.
    pub sources: Vec<Source>,
}

/// A qualification usually studied on a route, with the words that say so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsualGain {
    /// The qualification's id.
    pub qualification: String,
    /// The source's words, copied exactly.
    pub quote: String,
    /// Where they come from.
    pub source: Source,
}

/// The level of the first post after a route, with the source's words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirstPost {
    /// The band the source's figure falls in.
    pub band: Band,
    /// The source's figure, annual pay in pounds (checked to fall within `band`).
    pub annual_pounds: u32,
    /// The source's words, copied exactly.
    pub quote: String,
    /// Where they come from.
    pub source: Source,
}

/// The kind of an entry route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RouteKind {
    /// Volunteering or a work placement, as a first step.
    Volunteering,
    /// Joining as an administrator with school qualifications.
    SchoolLeaver,
    /// An apprenticeship.
    Apprenticeship,
    /// A graduate management training scheme.
    GraduateScheme,
    /// Applying directly for a junior management post.
    DirectEntry,
    /// Joining from management in another sector.
    CareerChanger,
    /// A clinician moving into management.
    ClinicalToManagement,
    /// Working one's way up inside the NHS.
    InternalProgression,
}

impl RouteKind {
    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Volunteering => "volunteering and work placements",
            Self::SchoolLeaver => "starting in administration",
            Self::Apprenticeship => "apprenticeship",
            Self::GraduateScheme => "graduate scheme",
            Self::DirectEntry => "direct entry",
            Self::CareerChanger => "joining from another sector",
            Self::ClinicalToManagement => "from clinical work",
            Self::InternalProgression => "working your way up",
        }
    }
}

/// Pay on a scheme, such as the graduate scheme's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoutePay {
    /// The intake these figures are for, such as 2026.
    pub intake: i32,
    /// The date the figures apply from.
    pub applies_from: NaiveDate,
    /// Annual pay by months on the scheme.
    pub points: Vec<RoutePayPoint>,
    /// True when a High Cost Area Supplement is paid on top in high-cost areas.
    pub hcas_applies: bool,
    /// Where the figures come from.
    pub source: Source,
}

/// Annual pay from a number of months into a scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutePayPoint {
    /// Months after starting.
    pub after_months: u32,
    /// Annual basic pay in pounds.
    pub annual_pounds: u32,
}

/// A condition or caveat of a route.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RouteNote {
    /// What it is about, so that the matcher can flag the ones that apply to a person.
    pub topic: NoteTopic,
    /// The note in plain words.
    pub text: String,
    /// Where it comes from.
    pub source: Source,
}

/// What a route note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteTopic {
    /// The route is full time only.
    FullTimeOnly,
    /// NHS staff must resign their post to take it.
    NhsStaffMustResign,
    /// The right to work in the UK is needed for the whole route.
    RightToWork,
    /// A numerate degree is needed or useful.
    NumerateDegree,
    /// Where the route runs (England only, for example).
    Nation,
    /// Anything else.
    General,
}
