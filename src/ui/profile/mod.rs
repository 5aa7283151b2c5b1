//! The profile editor: every field of the profile, with inline checks. It edits a copy each
//! frame and sends one command when anything changed (undoable; typing is grouped).

mod about;
mod experience;
mod interests;
mod qualifications;
mod skills;

use egui::{RichText, ScrollArea, Ui};

use crate::domain::model::profile::{Profile, ProfileIssue};
use crate::state::{Command, EditGroup, State};

/// The profile editor's own state: the qualification search.
#[derive(Debug, Default)]
pub struct ProfileView {
    qualification_search: String,
}

/// The part of the profile an edit belongs to (edits of one part close together undo together).
fn kind(before: &Profile, after: &Profile) -> EditGroup {
    if before.qualifications != after.qualifications {
        EditGroup::Qualifications
    } else if before.experience != after.experience {
        EditGroup::Experience
    } else if before.skills != after.skills {
        EditGroup::Skills
    } else if before.interests != after.interests
        || before.goal != after.goal
        || before.constraints != after.constraints
    {
        EditGroup::Goals
    } else if before.actions != after.actions {
        EditGroup::Actions
    } else {
        EditGroup::Details
    }
}

impl ProfileView {
    /// Draws the editor.
    pub fn ui(&mut self, ui: &mut Ui, state: &State) -> Vec<Command> {
        let Some(document) = state.document() else { return Vec::new() };
        let (catalogue, today, profile) = (state.catalogue(), state.today(), document.profile());
        let mut draft = profile.clone();
        let issues = draft.structural_issues();
        ScrollArea::vertical().id_salt("profile-editor").auto_shrink([false, false]).show(ui, |ui| {
            ui.label(RichText::new("Your profile").heading().strong());
            ui.label(RichText::new("Everything here stays on this computer. Changes are saved with File › Save; Edit › Undo takes them back.").weak());
            section_ui(ui, "About you", true, |ui| about::about_ui(ui, catalogue, today, &mut draft, &issues));
            let title = format!("Qualifications ({})", draft.qualifications.len());
            let context = qualifications::QualificationsContext {
                catalogue,
                today,
                first_job_year: draft.experience.iter().map(|job| job.start.year()).min(),
            };
            section_ui(ui, &title, true, |ui| {
                qualifications::qualifications_ui(ui, &context, &mut draft.qualifications, &mut self.qualification_search, &issues);
            });
            let title = format!("Experience ({})", draft.experience.len());
            section_ui(ui, &title, true, |ui| experience::experience_ui(ui, today, &mut draft.experience, &issues));
            section_ui(ui, "Skills and leadership (self-assessment)", false, |ui| skills::skills_ui(ui, catalogue, &mut draft.skills));
            section_ui(ui, "Interests, goal and constraints", true, |ui| interests::interests_ui(ui, catalogue, &mut draft));
        });
        if draft == *profile {
            Vec::new()
        } else {
            vec![Command::EditProfile(Box::new(draft.clone()), kind(profile, &draft))]
        }
    }
}

fn section_ui(ui: &mut Ui, title: &str, open: bool, body: impl FnOnce(&mut Ui)) {
    egui::CollapsingHeader::new(RichText::new(title).strong().size(16.0))
        .id_salt(title.split(" (").next().unwrap_or(title))
        .default_open(open)
        .show(ui, body);
}

/// The problems of fields whose name starts with `prefix`.
fn issues_of<'a>(issues: &'a [ProfileIssue], prefix: &'a str) -> impl Iterator<Item = &'a ProfileIssue> {
    issues.iter().filter(move |issue| issue.field.starts_with(prefix))
}
