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
            out.line(&format!("    missing: {} ({})", missing.text(), missing.reason()))?;
            out.line(&format!("      how: {}", how(missing)))?;
        }
    }
    out.line("\nEntry routes")?;
    for route in &report.routes {
        let verdict = if route.eligible { "eligible now" } else { "not yet" };
        out.line(&format!("  {} [{verdict}]", route.title()))?;
        for missing in route.requirements.iter().filter(|v| v.essential && !v.met()) {
            out.line(&format!("    missing: {} ({})", missing.text(), missing.reason()))?;
        }
        for note in route.notes.iter().filter(|note| note.applies_to_you) {
            out.line(&format!("    note for you: {}", note.text))?;
        }
    }
    out.line("\nRequirements marked typical are the planner's reading of such posts, not stated rules.")?;
    Ok(())
}
