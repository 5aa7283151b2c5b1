//! Who can help and what to do next: the catalogue's advice for the stage the person is at,
//! chosen by [`crate::domain::stage::advice_for`], with the contacts of those who can help at
//! that stage.

use crate::domain::model::profile::Profile;
use crate::domain::stage::advice_for;
use crate::domain::{Catalogue, Month};

use super::super::model::NextStepsSection;

/// The next-steps section for the person's stage: only advice that fits them.
pub(super) fn next_steps_section(catalogue: &Catalogue, profile: &Profile, today: Month) -> NextStepsSection {
    let steps = &catalogue.next_steps;
    let all_contacts = || steps.contacts.iter().map(|contact| (contact.name.clone(), contact.detail.clone()));
    let Some(advice) = advice_for(catalogue, profile, today) else {
        let contacts = all_contacts().collect();
        return NextStepsSection {
            stage: String::new(),
            stage_reason: String::new(),
            what_to_do: Vec::new(),
            who_can_help: Vec::new(),
            checklist: steps.checklist.clone(),
            contacts,
            source: String::new(),
        };
    };
    // The contacts of those who can help at this stage ("Health Careers", "NHS Jobs"...).
    let helpers: Vec<String> = advice
        .stage
        .who_can_help
        .iter()
        .map(|who| who.split(" (").next().unwrap_or(who).trim().to_lowercase())
        .collect();
    let contacts = all_contacts()
        .filter(|(name, _)| {
            let name = name.to_lowercase();
            helpers.iter().any(|helper| name.contains(helper.as_str()))
        })
        .collect();
    let mut source = catalogue.cite(&advice.stage.source);
    if advice.checklist_applies
        && let Some(checklist_source) = &steps.checklist_source
    {
        let cited = catalogue.cite(checklist_source);
        if cited != source {
            source = format!("{source}; {cited}");
        }
    }
    NextStepsSection {
        stage: advice.stage.title.clone(),
        stage_reason: advice.reason,
        what_to_do: advice.what_to_do.iter().map(|&item| item.to_owned()).collect(),
        who_can_help: advice.stage.who_can_help.clone(),
        checklist: if advice.checklist_applies { steps.checklist.clone() } else { Vec::new() },
        contacts,
        source,
    }
}
