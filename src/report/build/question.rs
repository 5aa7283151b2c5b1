//! The person's own question, from their notes, answered when it is one the planner can
//! answer: whether they can join the graduate scheme, or which NHS level they compare with.

use crate::domain::matching::{MatchReport, ProfileFacts, level_band};
use crate::domain::model::catalogue::RouteKind;
use crate::domain::model::profile::Profile;
use crate::domain::{Catalogue, Month};

/// The planner's answer to the question in the notes, if it can give one.
pub(super) fn answer(
    catalogue: &Catalogue,
    profile: &Profile,
    matches: &MatchReport<'_>,
    today: Month,
) -> Option<String> {
    let notes = profile.notes.to_lowercase();
    if notes.contains("scheme") {
        let scheme = matches.routes.iter().find(|route| route.route.kind == RouteKind::GraduateScheme)?;
        let missing: Vec<String> = scheme
            .requirements
            .iter()
            .filter(|verdict| verdict.essential && !verdict.met())
            .map(|verdict| format!("{} ({})", verdict.text(), verdict.reason()))
            .collect();
        return Some(if missing.is_empty() {
            format!("Yes: you meet the entry requirements of the {} now.", scheme.title())
        } else {
            format!("Not yet: for the {}, you do not meet: {}.", scheme.title(), missing.join("; "))
        });
    }
    if notes.contains("level") || notes.contains("band") {
        let (band, reason) = level_band(&ProfileFacts::new(catalogue, profile, today));
        return Some(format!("Your level compares with {band} (estimated): {reason}."));
    }
    None
}
