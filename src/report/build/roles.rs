//! The target role in full (every requirement met or missing) and the other best-matching
//! roles in one line each.

use crate::domain::matching::{MatchReport, RequirementVerdict, RoleMatch};

use super::super::model::{MissingRequirement, RoleBlock, RoleLine};

/// How many roles the plan shows: the target and the best others.
pub const ROLES_SHOWN: usize = 5;

/// The target role in full, when the matching judged it.
pub(super) fn target_block(matches: &MatchReport<'_>, target: Option<&str>) -> Option<RoleBlock> {
    target.and_then(|id| matches.role(id)).map(role_block)
}

/// The best roles other than the target, one line each: `ROLES_SHOWN` roles in all.
pub(super) fn role_lines(matches: &MatchReport<'_>, target: Option<&str>) -> Vec<RoleLine> {
    let others =
        if target.is_some_and(|id| matches.role(id).is_some()) { ROLES_SHOWN - 1 } else { ROLES_SHOWN };
    matches
        .roles
        .iter()
        .filter(|role| Some(role.role_id()) != target)
        .take(others)
        .map(|role| RoleLine {
            title: role.title().to_owned(),
            fit: role.fit.label().to_owned(),
            pay: role.role.pay.label(),
            main_gap: role
                .requirements
                .iter()
                .find(|verdict| !verdict.met())
                .map_or_else(|| "None".to_owned(), requirement_text),
        })
        .collect()
}

fn role_block(role: &RoleMatch<'_>) -> RoleBlock {
    RoleBlock {
        title: role.title().to_owned(),
        fit: role.fit.label().to_owned(),
        score: role.score,
        pay: role.role.pay.label(),
        reasons: role.reasons.iter().map(ToString::to_string).collect(),
        met: role.requirements.iter().filter(|verdict| verdict.met()).map(requirement_text).collect(),
        missing: role
            .requirements
            .iter()
            .filter(|verdict| !verdict.met())
            .map(|verdict| MissingRequirement {
                text: requirement_text(verdict),
                essential: verdict.essential,
                reason: verdict.reason().to_owned(),
                ways: verdict.ways().iter().map(|way| way.text.clone()).collect(),
                months: verdict.months_to_close(),
                gap: None,
                source: verdict.source.to_string(),
            })
            .collect(),
    }
}

/// The requirement's words, marked "most posts ask" or "the planner's estimate" by strength
/// and "desirable" when it is not essential.
fn requirement_text(verdict: &RequirementVerdict<'_>) -> String {
    let mut marks = Vec::new();
    if !verdict.essential {
        marks.push("desirable");
    }
    if let Some(label) = verdict.strength().label() {
        marks.push(label);
    }
    if marks.is_empty() {
        verdict.text().to_owned()
    } else {
        format!("{} ({})", verdict.text(), marks.join(", "))
    }
}
