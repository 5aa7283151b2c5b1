//! The best-matching roles: fit, what is met, what is missing and how to close it.

use crate::domain::matching::{MatchReport, RequirementVerdict, RoleMatch};

use super::super::model::{MissingRequirement, RoleBlock};

/// How many roles the plan shows.
pub const ROLES_SHOWN: usize = 5;

/// The best `ROLES_SHOWN` roles of a match report, best first.
pub(super) fn role_blocks(matches: &MatchReport<'_>) -> Vec<RoleBlock> {
    matches.roles.iter().take(ROLES_SHOWN).map(role_block).collect()
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
