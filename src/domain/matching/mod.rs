//! Matching: every role and entry route judged against a profile. Each requirement is met or
//! missing with a plain reason and, when missing, concrete ways to close it; each role gets a
//! fit, a score and the reasons for its rank.

mod describe;
mod facts;
mod rules;
mod score;
mod ways;

use serde::Serialize;

pub use describe::span;
pub use facts::{HeldFact, JobFact, ProfileFacts, month_index};
pub use rules::{MONTHS_PER_BAND, MONTHS_TO_BUILD_SKILL, MONTHS_TO_GAIN_RESPONSIBILITY, held_matches};
pub use score::{Fit, level_band};
pub use ways::Way;

use super::model::catalogue::{Catalogue, NoteTopic, Requirement, Role, Route};
use super::model::month::Month;
use super::model::profile::Profile;

/// The most months a missing requirement may take to close for a role to count as close.
pub const CLOSE_WITHIN_MONTHS: u32 = 24;
/// The most missing essential requirements for a role to count as close.
pub const CLOSE_MAX_MISSING: usize = 2;

/// The verdict on one requirement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequirementVerdict {
    /// The requirement's id within its role or route.
    pub id: String,
    /// The requirement in words.
    pub text: String,
    /// Essential (else desirable).
    pub essential: bool,
    /// Met now.
    pub met: bool,
    /// Why, in plain words.
    pub reason: String,
    /// Ways to close it, quickest first, when missing.
    pub ways: Vec<Way>,
    /// About how many months the quickest way takes; none if no way can be timed.
    pub months_to_close: Option<u32>,
    /// When a qualification in progress will meet it.
    pub met_from: Option<Month>,
    /// A typical expectation rather than a stated rule.
    pub typical: bool,
    /// Advice from the catalogue about this requirement, if any.
    pub note: Option<String>,
    /// Where the requirement comes from.
    pub source: String,
}

/// A role judged against a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleMatch {
    /// The role's id.
    pub role_id: String,
    /// The role's title.
    pub title: String,
    /// Eligible now, close, or not yet.
    pub fit: Fit,
    /// 0 to 100, from fit, interests and level; used for ranking.
    pub score: u8,
    /// Every requirement, essential first.
    pub requirements: Vec<RequirementVerdict>,
    /// Why it ranks where it does.
    pub reasons: Vec<String>,
}

/// A route note, flagged when it concerns this person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FlaggedNote {
    /// The note.
    pub text: String,
    /// True when it applies to the person (for example they work in the NHS and must resign).
    pub applies_to_you: bool,
    /// Where it comes from.
    pub source: String,
}

/// An entry route judged against a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RouteMatch {
    /// The route's id.
    pub route_id: String,
    /// The route's title.
    pub title: String,
    /// Every essential requirement met.
    pub eligible: bool,
    /// Every requirement, essential first.
    pub requirements: Vec<RequirementVerdict>,
    /// Its notes, flagged where they apply.
    pub notes: Vec<FlaggedNote>,
}

/// Every role and route judged against a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MatchReport {
    /// The month the judgement is for.
    pub as_of: Month,
    /// Roles, best first.
    pub roles: Vec<RoleMatch>,
    /// Routes, eligible first, then in catalogue order.
    pub routes: Vec<RouteMatch>,
}

impl MatchReport {
    /// The match of a role.
    #[must_use]
    pub fn role(&self, id: &str) -> Option<&RoleMatch> {
        self.roles.iter().find(|role| role.role_id == id)
    }

    /// The match of a route.
    #[must_use]
    pub fn route(&self, id: &str) -> Option<&RouteMatch> {
        self.routes.iter().find(|route| route.route_id == id)
    }
}

impl RoleMatch {
    /// The essential requirements that are missing.
    pub fn missing_essentials(&self) -> impl Iterator<Item = &RequirementVerdict> {
        self.requirements.iter().filter(|verdict| verdict.essential && !verdict.met)
    }
}

/// Judges every role and route of the catalogue against `profile` as at `today`.
#[must_use]
pub fn match_profile(catalogue: &Catalogue, profile: &Profile, today: Month) -> MatchReport {
    let facts = ProfileFacts::new(catalogue, profile, today);
    let mut roles: Vec<RoleMatch> =
        catalogue.roles.iter().map(|role| match_role(catalogue, profile, &facts, role)).collect();
    roles.sort_by(|a, b| b.score.cmp(&a.score).then(a.fit.cmp(&b.fit)).then_with(|| a.title.cmp(&b.title)));
    let mut routes: Vec<RouteMatch> =
        catalogue.routes.iter().map(|route| match_route(catalogue, profile, &facts, route)).collect();
    routes.sort_by_key(|route| !route.eligible);
    MatchReport { as_of: today, roles, routes }
}

/// Judges every requirement in a list.
#[must_use]
pub fn judge_all(
    catalogue: &Catalogue,
    facts: &ProfileFacts,
    essential: &[Requirement],
    desirable: &[Requirement],
) -> Vec<RequirementVerdict> {
    let judge_one = |requirement: &Requirement, is_essential: bool| {
        let outcome = rules::judge(catalogue, facts, requirement);
        RequirementVerdict {
            id: requirement.id.clone(),
            text: requirement.text.clone(),
            essential: is_essential,
            met: outcome.met,
            months_to_close: outcome.months_to_close(),
            reason: outcome.reason,
            ways: outcome.ways,
            met_from: outcome.met_from,
            typical: requirement.typical,
            note: Some(requirement.advice.trim().to_owned()).filter(|advice| !advice.is_empty()),
            source: catalogue.cite(&requirement.source),
        }
    };
    essential
        .iter()
        .map(|requirement| judge_one(requirement, true))
        .chain(desirable.iter().map(|requirement| judge_one(requirement, false)))
        .collect()
}

/// Judges one role.
#[must_use]
pub fn match_role(catalogue: &Catalogue, profile: &Profile, facts: &ProfileFacts, role: &Role) -> RoleMatch {
    let requirements = judge_all(catalogue, facts, &role.essential, &role.desirable);
    let (fit, score, reasons) = score::rank(catalogue, profile, facts, role, &requirements);
    RoleMatch { role_id: role.id.clone(), title: role.title.clone(), fit, score, requirements, reasons }
}

/// Judges one route.
#[must_use]
pub fn match_route(
    catalogue: &Catalogue,
    profile: &Profile,
    facts: &ProfileFacts,
    route: &Route,
) -> RouteMatch {
    let requirements = judge_all(catalogue, facts, &route.essential, &route.desirable);
    let eligible = requirements.iter().filter(|verdict| verdict.essential).all(|verdict| verdict.met);
    let notes = route
        .notes
        .iter()
        .map(|note| FlaggedNote {
            text: note.text.clone(),
            applies_to_you: match note.topic {
                NoteTopic::FullTimeOnly => !profile.can_work_full_time(),
                NoteTopic::NhsStaffMustResign => profile.position.in_nhs,
                NoteTopic::RightToWork => !profile.constraints.right_to_work_uk,
                NoteTopic::NumerateDegree => !requirements
                    .iter()
                    .any(|verdict| verdict.met && verdict.text.to_lowercase().contains("numerate")),
                NoteTopic::Nation => profile.nation != super::model::taxonomy::Nation::England,
                NoteTopic::General => false,
            },
            source: catalogue.cite(&note.source),
        })
        .collect();
    RouteMatch { route_id: route.id.clone(), title: route.title.clone(), eligible, requirements, notes }
}
