//! The JSON the command line prints: a stable, documented contract (see the README). Fields
//! are only ever added; `contract` changes if one is removed or changes meaning.

use serde::Serialize;

use crate::domain::matching::{MatchReport, RequirementVerdict, RoleMatch, RouteMatch};
use crate::domain::model::catalogue::Strength;

/// The version of the JSON contract.
pub const CONTRACT_VERSION: u32 = 1;

/// `match --json`.
#[derive(Debug, Serialize)]
pub struct MatchJson {
    /// The contract version.
    pub contract: u32,
    /// The month the verdicts are for, `YYYY-MM`.
    pub as_of: String,
    /// Roles, best first.
    pub roles: Vec<RoleJson>,
    /// Entry routes, eligible first.
    pub routes: Vec<RouteJson>,
}

/// One role in `match --json`.
#[derive(Debug, Serialize)]
pub struct RoleJson {
    /// Role id.
    pub id: String,
    /// Title.
    pub title: String,
    /// `eligible`, `close` or `not_yet`.
    pub fit: &'static str,
    /// 0 to 100.
    pub score: u8,
    /// Met requirements: "requirement: reason".
    pub met: Vec<String>,
    /// Missing requirements with how to close each.
    pub missing: Vec<MissingJson>,
    /// Why the role ranks where it does.
    pub reasons: Vec<String>,
}

/// One entry route in `match --json`.
#[derive(Debug, Serialize)]
pub struct RouteJson {
    /// Route id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Every essential requirement met.
    pub eligible: bool,
    /// Met requirements: "requirement: reason".
    pub met: Vec<String>,
    /// Missing requirements with how to close each.
    pub missing: Vec<MissingJson>,
    /// The route's notes; `applies_to_you` flags those that concern this person.
    pub notes: Vec<NoteJson>,
}

/// A missing requirement.
#[derive(Debug, Serialize)]
pub struct MissingJson {
    /// The requirement in words.
    pub requirement: String,
    /// How to close it, in words (alternatives separated by "; or ").
    pub how: String,
    /// Why it is missing.
    pub reason: String,
    /// `true` for an essential requirement.
    pub essential: bool,
    /// About how many months the quickest way takes, or null.
    pub months_to_close: Option<u32>,
    /// When a qualification in progress will meet it, `YYYY-MM`, or null.
    pub met_from: Option<String>,
    /// `true` when the requirement is a typical expectation, not a stated rule (kept for
    /// readers of the first contract: the same as `strength` not being `required`).
    pub typical: bool,
    /// `required`, `usual` (the source hedges) or `estimate` (the planner's own figure).
    pub strength: &'static str,
    /// The source's words, or null for an estimate.
    pub quote: Option<String>,
    /// Advice about the requirement, or null.
    pub note: Option<String>,
}

/// A route note.
#[derive(Debug, Serialize)]
pub struct NoteJson {
    /// The note.
    pub text: String,
    /// `true` when it concerns this person.
    pub applies_to_you: bool,
}

fn split(verdicts: &[RequirementVerdict<'_>]) -> (Vec<String>, Vec<MissingJson>) {
    let met = verdicts.iter().filter(|v| v.met()).map(|v| format!("{}: {}", v.text(), v.reason())).collect();
    let missing = verdicts
        .iter()
        .filter(|v| !v.met())
        .map(|v| MissingJson {
            requirement: v.text().to_owned(),
            how: how(v),
            reason: v.reason().to_owned(),
            essential: v.essential,
            months_to_close: v.months_to_close(),
            met_from: v.met_from().map(|month| month.to_string()),
            typical: v.strength() != Strength::Required,
            strength: v.strength().key(),
            quote: Some(v.requirement.quote.clone()).filter(|quote| !quote.is_empty()),
            note: v.note().map(ToOwned::to_owned),
        })
        .collect();
    (met, missing)
}

/// How to close a missing requirement, in one line.
#[must_use]
pub fn how(verdict: &RequirementVerdict<'_>) -> String {
    if verdict.ways().is_empty() {
        "No single step closes this; see the reason".to_owned()
    } else {
        verdict.ways().iter().map(|way| way.text.as_str()).collect::<Vec<_>>().join("; or ")
    }
}

impl From<&RoleMatch<'_>> for RoleJson {
    fn from(role: &RoleMatch<'_>) -> Self {
        let (met, missing) = split(&role.requirements);
        Self {
            id: role.role_id().to_owned(),
            title: role.title().to_owned(),
            fit: role.fit.key(),
            score: role.score,
            met,
            missing,
            reasons: role.reasons.iter().map(ToString::to_string).collect(),
        }
    }
}

impl From<&RouteMatch<'_>> for RouteJson {
    fn from(route: &RouteMatch<'_>) -> Self {
        let (met, missing) = split(&route.requirements);
        Self {
            id: route.route_id().to_owned(),
            title: route.title().to_owned(),
            eligible: route.eligible,
            met,
            missing,
            notes: route
                .notes
                .iter()
                .map(|note| NoteJson { text: note.text.to_owned(), applies_to_you: note.applies_to_you })
                .collect(),
        }
    }
}

impl From<&MatchReport<'_>> for MatchJson {
    fn from(report: &MatchReport<'_>) -> Self {
        Self {
            contract: CONTRACT_VERSION,
            as_of: report.as_of.to_string(),
            roles: report.roles.iter().map(RoleJson::from).collect(),
            routes: report.routes.iter().map(RouteJson::from).collect(),
        }
    }
}
