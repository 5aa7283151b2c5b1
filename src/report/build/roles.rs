//! The target role in full (every requirement met or missing) and the other best-matching
//! roles in one line each.

use crate::domain::matching::{MatchReport, RequirementVerdict, RoleMatch};

use crate::domain::model::catalogue::Strength;

use super::super::model::{MetRequirement, MissingRequirement, RequirementNote, RoleBlock, RoleLine};

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
    let mut notes: Vec<RequirementNote> = Vec::new();
    let mut met = Vec::new();
    let mut missing = Vec::new();
    for verdict in &role.requirements {
        let note = note_number(&mut notes, verdict);
        if verdict.met() {
            met.push(MetRequirement { text: requirement_text(verdict), note });
        } else {
            missing.push(MissingRequirement {
                text: requirement_text(verdict),
                essential: verdict.essential,
                reason: verdict.reason().to_owned(),
                ways: verdict.ways().iter().map(|way| way.text.clone()).collect(),
                months: verdict.months_to_close(),
                gap: None,
                note,
            });
        }
    }
    RoleBlock {
        title: role.title().to_owned(),
        fit: role.fit.label().to_owned(),
        score: role.score,
        pay: role.role.pay.label(),
        reasons: role.reasons.iter().map(ToString::to_string).collect(),
        met,
        missing,
        notes,
    }
}

/// The number (from 1) of the note citing where `verdict` comes from, adding the note the first
/// time its words and source are cited.
fn note_number(notes: &mut Vec<RequirementNote>, verdict: &RequirementVerdict<'_>) -> usize {
    let quote = if verdict.strength() == Strength::Estimate {
        String::new()
    } else {
        verdict.requirement.quote.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let note = RequirementNote { quote, source: verdict.source.to_string() };
    let index = notes.iter().position(|known| *known == note).unwrap_or_else(|| {
        notes.push(note);
        notes.len() - 1
    });
    index + 1
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
