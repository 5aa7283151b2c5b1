//! Who can help and what to do next: the catalogue's advice for the stage the person is at.

use crate::domain::Catalogue;
use crate::domain::Month;
use crate::domain::model::catalogue::Stage;
use crate::domain::model::profile::{HeldQualification, Profile, QualificationChoice, QualificationStatus};

use super::super::model::NextStepsSection;

/// The stage ids of `next_steps.ron` the planner chooses between.
pub mod ids {
    /// Studying for GCSEs.
    pub const GCSE: &str = "gcse";
    /// Studying for A-levels or a college course.
    pub const A_LEVEL: &str = "a-level";
    /// At university.
    pub const UNIVERSITY: &str = "university";
    /// Looking for a new career.
    pub const NEW_CAREER: &str = "new-career";
    /// Working in health already.
    pub const IN_HEALTH: &str = "in-health";
}

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
    let highest = profile.qualifications.iter().filter_map(|held| level_of(catalogue, held)).max();
    let finished_school_recently = profile.qualifications.iter().any(
        |held| matches!(held.status, QualificationStatus::Achieved { year } if year >= today.year() - 1),
    );
    if highest.unwrap_or(0) <= 2 && finished_school_recently {
        return (
            ids::A_LEVEL,
            "You finished your GCSEs recently: the advice for the next stage of study and training applies."
                .to_owned(),
        );
    }
    (ids::NEW_CAREER, "You do not work in the NHS yet.".to_owned())
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

/// The next-steps section for the person's stage, with the advice of the stages it builds on.
pub(super) fn next_steps_section(catalogue: &Catalogue, profile: &Profile, today: Month) -> NextStepsSection {
    let steps = &catalogue.next_steps;
    let (id, stage_reason) = stage_of(catalogue, profile, today);
    let find = |id: &str| steps.stages.iter().find(|stage| stage.id == id);
    let Some(stage) = find(id).or_else(|| steps.stages.first()) else {
        return NextStepsSection {
            stage: String::new(),
            stage_reason,
            what_to_do: Vec::new(),
            earlier: Vec::new(),
            who_can_help: Vec::new(),
            checklist: steps.checklist.clone(),
            contacts: contacts(catalogue),
            source: String::new(),
        };
    };
    let mut earlier = Vec::new();
    let mut base: Option<&Stage> = stage.builds_on.as_deref().and_then(find);
    // The chain is short and checked for self-reference at build time; the cap guards a cycle.
    while let Some(previous) = base
        && earlier.len() < steps.stages.len()
    {
        earlier.push((previous.title.clone(), previous.what_to_do.clone()));
        base = previous.builds_on.as_deref().and_then(find);
    }
    let mut source = catalogue.cite(&stage.source);
    if let Some(checklist_source) = &steps.checklist_source {
        let cited = catalogue.cite(checklist_source);
        if cited != source {
            source = format!("{source}; {cited}");
        }
    }
    NextStepsSection {
        stage: stage.title.clone(),
        stage_reason,
        what_to_do: stage.what_to_do.clone(),
        earlier,
        who_can_help: stage.who_can_help.clone(),
        checklist: steps.checklist.clone(),
        contacts: contacts(catalogue),
        source,
    }
}

fn contacts(catalogue: &Catalogue) -> Vec<(String, String)> {
    catalogue
        .next_steps
        .contacts
        .iter()
        .map(|contact| (contact.name.clone(), contact.detail.clone()))
        .collect()
}
