//! Matching: every role and entry route judged against a profile. Each requirement is met or
//! missing with a plain reason and, when missing, concrete ways to close it; each role gets a
//! fit, a score and the reasons for its rank.
//!
//! Results borrow the catalogue's text and share the judgement of each distinct rule, so
//! judging thousands of roles allocates little.

mod describe;
mod facts;
mod judge;
mod listed;
mod rules;
mod score;
mod situation;
mod ways;

use std::sync::Arc;

pub use describe::span;
pub use facts::{HeldFact, JobFact, ProfileFacts, QualificationView, month_index};
pub use judge::Judge;
pub use rules::{Outcome, evaluate, held_matches};
pub use score::{Fit, ReasonKey, level_band};
pub use ways::Way;

use super::model::catalogue::{Catalogue, NoteTopic, Requirement, Role, Route, Strength};
use super::model::month::Month;
use super::model::profile::Profile;

/// The most months a missing requirement may take to close for a role to count as close.
pub const CLOSE_WITHIN_MONTHS: u32 = 24;
/// The most missing essential requirements for a role to count as close.
pub const CLOSE_MAX_MISSING: usize = 2;

/// The verdict on one requirement.
#[derive(Clone, Debug, PartialEq)]
pub struct RequirementVerdict<'c> {
    /// The requirement.
    pub requirement: &'c Requirement,
    /// Essential (else desirable).
    pub essential: bool,
    /// The judgement (shared by every requirement with the same rule and ways).
    pub outcome: Arc<Outcome>,
    /// Where the requirement comes from, cited.
    pub source: Arc<str>,
}

impl<'c> RequirementVerdict<'c> {
    /// The requirement's id within its role or route.
    #[must_use]
    pub fn id(&self) -> &'c str {
        &self.requirement.id
    }

    /// The requirement in words.
    #[must_use]
    pub fn text(&self) -> &'c str {
        &self.requirement.text
    }

    /// Met now.
    #[must_use]
    pub fn met(&self) -> bool {
        self.outcome.met
    }

    /// Why, in plain words.
    #[must_use]
    pub fn reason(&self) -> &str {
        &self.outcome.reason
    }

    /// Ways to close it, quickest first, when missing.
    #[must_use]
    pub fn ways(&self) -> &[Way] {
        &self.outcome.ways
    }

    /// About how many months the quickest way takes; none if no way can be timed.
    #[must_use]
    pub fn months_to_close(&self) -> Option<u32> {
        self.outcome.months_to_close()
    }

    /// When a qualification in progress will meet it.
    #[must_use]
    pub fn met_from(&self) -> Option<Month> {
        self.outcome.met_from
    }

    /// How firmly the source states it.
    #[must_use]
    pub fn strength(&self) -> Strength {
        self.requirement.strength
    }

    /// True when, essential and unmet, it stops the person being eligible now.
    #[must_use]
    pub fn blocks(&self) -> bool {
        self.essential && self.requirement.blocks_eligibility()
    }

    /// Advice from the catalogue about this requirement, if any.
    #[must_use]
    pub fn note(&self) -> Option<&'c str> {
        Some(self.requirement.advice.trim()).filter(|advice| !advice.is_empty())
    }
}

/// A role judged against a profile.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleMatch<'c> {
    /// The role.
    pub role: &'c Role,
    /// Eligible now, close, or not yet.
    pub fit: Fit,
    /// 0 to 100, from fit, interests and level; used for ranking.
    pub score: u8,
    /// Every requirement, essential first.
    pub requirements: Vec<RequirementVerdict<'c>>,
    /// Why it ranks where it does.
    pub reasons: Vec<Arc<str>>,
}

impl<'c> RoleMatch<'c> {
    /// The role's id.
    #[must_use]
    pub fn role_id(&self) -> &'c str {
        &self.role.id
    }

    /// The role's title.
    #[must_use]
    pub fn title(&self) -> &'c str {
        &self.role.title
    }

    /// The essential requirements that are missing and stop the person being eligible now.
    pub fn missing_essentials(&self) -> impl Iterator<Item = &RequirementVerdict<'c>> {
        self.requirements.iter().filter(|verdict| verdict.blocks() && !verdict.met())
    }

    /// The missing requirements that do not stop the person being eligible now: desirable
    /// ones, and essential ones the source only hedges ("usually").
    pub fn missing_desirables(&self) -> impl Iterator<Item = &RequirementVerdict<'c>> {
        self.requirements.iter().filter(|verdict| !verdict.blocks() && !verdict.met())
    }
}

/// A route note, flagged when it concerns this person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlaggedNote<'c> {
    /// The note.
    pub text: &'c str,
    /// True when it applies to the person (for example they work in the NHS and must resign).
    pub applies_to_you: bool,
    /// Where it comes from.
    pub source: String,
}

/// An entry route judged against a profile.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteMatch<'c> {
    /// The route.
    pub route: &'c Route,
    /// Every essential requirement met.
    pub eligible: bool,
    /// Every requirement, essential first.
    pub requirements: Vec<RequirementVerdict<'c>>,
    /// Its notes, flagged where they apply.
    pub notes: Vec<FlaggedNote<'c>>,
}

impl<'c> RouteMatch<'c> {
    /// The route's id.
    #[must_use]
    pub fn route_id(&self) -> &'c str {
        &self.route.id
    }

    /// The route's title.
    #[must_use]
    pub fn title(&self) -> &'c str {
        &self.route.title
    }
}

/// Every role and route judged against a profile.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchReport<'c> {
    /// The month the judgement is for.
    pub as_of: Month,
    /// Roles, best first.
    pub roles: Vec<RoleMatch<'c>>,
    /// Routes, eligible first, then in catalogue order.
    pub routes: Vec<RouteMatch<'c>>,
    /// Role id to position in `roles`.
    index: rustc_hash::FxHashMap<&'c str, usize>,
}

impl<'c> MatchReport<'c> {
    /// A report of ranked roles and routes.
    #[must_use]
    pub fn new(as_of: Month, roles: Vec<RoleMatch<'c>>, routes: Vec<RouteMatch<'c>>) -> Self {
        let index = roles.iter().enumerate().map(|(at, role)| (role.role_id(), at)).collect();
        Self { as_of, roles, routes, index }
    }

    /// The match of a role.
    #[must_use]
    pub fn role(&self, id: &str) -> Option<&RoleMatch<'c>> {
        self.index.get(id).and_then(|&at| self.roles.get(at))
    }

    /// The match of a route.
    #[must_use]
    pub fn route(&self, id: &str) -> Option<&RouteMatch<'c>> {
        self.routes.iter().find(|route| route.route_id() == id)
    }
}

/// Judges every role and route of the catalogue against `profile` as at `today`.
#[must_use]
pub fn match_profile<'c>(catalogue: &'c Catalogue, profile: &Profile, today: Month) -> MatchReport<'c> {
    let mut judge = Judge::new(catalogue, profile, today);
    let mut roles: Vec<RoleMatch<'c>> =
        catalogue.roles.iter().map(|role| match_role(&mut judge, profile, role)).collect();
    roles
        .sort_by(|a, b| b.score.cmp(&a.score).then(a.fit.cmp(&b.fit)).then_with(|| a.title().cmp(b.title())));
    let mut routes: Vec<RouteMatch<'c>> =
        catalogue.routes.iter().map(|route| match_route(&mut judge, profile, route)).collect();
    routes.sort_by_key(|route| !route.eligible);
    MatchReport::new(today, roles, routes)
}

/// Judges one role.
#[must_use]
pub fn match_role<'c>(judge: &mut Judge<'c>, profile: &Profile, role: &'c Role) -> RoleMatch<'c> {
    let requirements = judge.verdicts(&role.essential, &role.desirable);
    let (fit, score, reasons) = score::rank(judge, profile, role, &requirements);
    RoleMatch { role, fit, score, requirements, reasons }
}

/// Judges one route.
#[must_use]
pub fn match_route<'c>(judge: &mut Judge<'c>, profile: &Profile, route: &'c Route) -> RouteMatch<'c> {
    let catalogue = judge.catalogue();
    let requirements = judge.verdicts(&route.essential, &route.desirable);
    let eligible = requirements.iter().filter(|verdict| verdict.blocks()).all(RequirementVerdict::met);
    let notes = route
        .notes
        .iter()
        .map(|note| FlaggedNote {
            text: &note.text,
            applies_to_you: match note.topic {
                NoteTopic::FullTimeOnly => !profile.can_work_full_time(),
                NoteTopic::NhsStaffMustResign => profile.position.in_nhs,
                NoteTopic::RightToWork => !profile.constraints.right_to_work_uk,
                NoteTopic::NumerateDegree => !requirements
                    .iter()
                    .any(|verdict| verdict.met() && verdict.text().to_lowercase().contains("numerate")),
                NoteTopic::Nation => profile.nation != super::model::taxonomy::Nation::England,
                NoteTopic::General => false,
            },
            source: catalogue.cite(&note.source),
        })
        .collect();
    RouteMatch { route, eligible, requirements, notes }
}
