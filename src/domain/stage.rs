//! The stage a person is at (studying for GCSEs, at university, working in health...) and the
//! advice that fits it: one walk of the stage chain with one rule, used by the window and the PDF.
//!
//! A stage may build on another ("as A-levels, plus:"). The advice of an earlier stage is kept
//! only while the person has not yet passed that stage's level of study, so a graduate is not
//! told to check their likely exam grades. The checklist is for people getting into a career,
//! so it is left out for those already working in health.

use super::model::catalogue::Stage;
use super::model::profile::{HeldQualification, Profile, QualificationChoice, QualificationStatus};
use super::{Catalogue, Month};

/// The stage ids of `next_steps.ron` the planner chooses between (named once in the model, so
/// that the catalogue check fails when one is missing).
pub use super::model::catalogue::named::stage_ids as ids;

/// The ids this module names, for the catalogue check.
pub const NAMED_IDS: [&str; 5] = super::model::catalogue::named::STAGES;

/// The stage a person is at (its id) and why, in words.
#[must_use]
pub fn stage_of(catalogue: &Catalogue, profile: &Profile, today: Month) -> (&'static str, String) {
    if profile.position.in_nhs {
        return (ids::IN_HEALTH, "You work in the NHS now.".to_owned());
    }
    let studying = profile
        .qualifications
        .iter()
        .filter(
            |held| matches!(held.status, QualificationStatus::InProgress { expected } if expected >= today),
        )
        .filter_map(|held| level_of(catalogue, held).map(|level| (level, title_of(catalogue, held))))
        .max_by_key(|(level, _)| *level);
    if let Some((level, title)) = studying {
        let id = match level {
            0..=2 => ids::GCSE,
            3 => ids::A_LEVEL,
            _ => ids::UNIVERSITY,
        };
        return (id, format!("You are studying for: {title}."));
    }
    let finished_school_recently = profile.qualifications.iter().any(
        |held| matches!(held.status, QualificationStatus::Achieved { year } if year >= today.year() - 1),
    );
    if highest_level(catalogue, profile).unwrap_or(0) <= 2 && finished_school_recently {
        return (
            ids::A_LEVEL,
            "You finished your GCSEs recently: the advice for the next stage of study and training applies."
                .to_owned(),
        );
    }
    (ids::NEW_CAREER, "You do not work in the NHS yet.".to_owned())
}

/// The highest level among the person's achieved qualifications.
fn highest_level(catalogue: &Catalogue, profile: &Profile) -> Option<u8> {
    profile
        .qualifications
        .iter()
        .filter(|held| matches!(held.status, QualificationStatus::Achieved { .. }))
        .filter_map(|held| level_of(catalogue, held))
        .max()
}

/// The level of study a stage leads to: its advice is past for someone holding that level.
fn study_level(stage_id: &str) -> Option<u8> {
    match stage_id {
        ids::GCSE => Some(2),
        ids::A_LEVEL => Some(3),
        ids::UNIVERSITY => Some(6),
        _ => None,
    }
}

fn level_of(catalogue: &Catalogue, held: &HeldQualification) -> Option<u8> {
    match &held.qualification {
        QualificationChoice::Catalogue(id) => catalogue.qualification(id).and_then(|found| found.level),
        QualificationChoice::Other { level, .. } => *level,
    }
}

fn title_of(catalogue: &Catalogue, held: &HeldQualification) -> String {
    match &held.qualification {
        QualificationChoice::Catalogue(id) => {
            catalogue.qualification(id).map_or_else(|| id.clone(), |found| found.title.clone())
        }
        QualificationChoice::Other { title, .. } => title.clone(),
    }
}

/// The advice for a person's stage.
#[derive(Clone, Debug, PartialEq)]
pub struct StageAdvice<'c> {
    /// The person's stage.
    pub stage: &'c Stage,
    /// Why this stage, in words.
    pub reason: String,
    /// What to do now: the stage's own advice, then that of earlier stages that still fit.
    pub what_to_do: Vec<&'c str>,
    /// Whether the checklist for people getting into a career applies.
    pub checklist_applies: bool,
}

/// The advice that fits the person's stage, or none when the catalogue has no stages.
#[must_use]
pub fn advice_for<'c>(catalogue: &'c Catalogue, profile: &Profile, today: Month) -> Option<StageAdvice<'c>> {
    let stages = &catalogue.next_steps.stages;
    let (id, reason) = stage_of(catalogue, profile, today);
    let find = |id: &str| stages.iter().find(|stage| stage.id == id);
    let stage = find(id).or_else(|| stages.first())?;
    let passed = highest_level(catalogue, profile).unwrap_or(0);
    let mut what_to_do: Vec<&str> = stage.what_to_do.iter().map(String::as_str).collect();
    let mut seen = vec![stage.id.as_str()];
    let mut base = stage.builds_on.as_deref().and_then(find);
    while let Some(earlier) = base {
        if seen.contains(&earlier.id.as_str()) {
            break;
        }
        seen.push(&earlier.id);
        if study_level(&earlier.id).is_none_or(|level| passed < level) {
            what_to_do.extend(earlier.what_to_do.iter().map(String::as_str));
        }
        base = earlier.builds_on.as_deref().and_then(find);
    }
    Some(StageAdvice { stage, reason, what_to_do, checklist_applies: stage.id != ids::IN_HEALTH })
}
