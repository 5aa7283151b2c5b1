//! `match`: every role and route judged against a profile.

use std::path::Path;

use super::json::{MatchJson, how};
use super::{Output, UserError};
use crate::domain::matching::match_profile;
use crate::domain::{Catalogue, Month};

pub fn run(
    catalogue: &Catalogue,
    path: &Path,
    today: Month,
    json: bool,
    out: &mut Output,
) -> Result<(), UserError> {
    let loaded = crate::storage::load(path)?;
    let profile = &loaded.save.profile;
    for issue in profile.unknown_references(catalogue) {
        out.note(&format!("note: {issue}; it is ignored"));
    }
    let report = match_profile(catalogue, profile, today);
    if json {
        out.json(&MatchJson::from(&report))?;
        return Ok(());
    }
    out.line(&format!("{}: roles and routes as at {}", profile.display_name, today.label()))?;
    out.line("\nBest-matching roles")?;
    for role in report.roles.iter().take(10) {
        out.line(&format!("\n  {} [{}, score {}]", role.title(), role.fit.label(), role.score))?;
        for reason in &role.reasons {
            out.line(&format!("    - {reason}"))?;
        }
        for missing in role.missing_essentials() {
            out.line(&format!("    missing: {}{} ({})", missing.text(), mark(missing), missing.reason()))?;
            out.line(&format!("      how: {}", how(missing)))?;
        }
        for usual in role.requirements.iter().filter(|v| v.essential && !v.blocks() && !v.met()) {
            out.line(&format!("    most posts also ask for: {} ({})", usual.text(), usual.reason()))?;
            out.line(&format!("      how: {}", how(usual)))?;
        }
    }
    out.line("\nEntry routes")?;
    for route in &report.routes {
        let verdict = if route.eligible { "eligible now" } else { "not yet" };
        out.line(&format!("  {} [{verdict}]", route.title()))?;
        for missing in route.requirements.iter().filter(|v| v.blocks() && !v.met()) {
            out.line(&format!("    missing: {}{} ({})", missing.text(), mark(missing), missing.reason()))?;
        }
        for usual in route.requirements.iter().filter(|v| v.essential && !v.blocks() && !v.met()) {
            out.line(&format!("    most also ask for: {} ({})", usual.text(), usual.reason()))?;
        }
        for note in route.notes.iter().filter(|note| note.applies_to_you) {
            out.line(&format!("    note for you: {}", note.text))?;
        }
    }
    out.line(
        "\nRequirements marked \"the planner's estimate\" are the planner's own figures where no source gives one; \
         \"most posts also ask for\" lists what the sources say posts usually want, which does not stop you applying.",
    )?;
    Ok(())
}

/// " (the planner's estimate)" for an estimate, else nothing.
fn mark(verdict: &crate::domain::matching::RequirementVerdict<'_>) -> &'static str {
    match verdict.strength() {
        crate::domain::model::catalogue::Strength::Estimate => " (the planner's estimate)",
        _ => "",
    }
}
