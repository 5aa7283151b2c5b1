//! Interests, the goal, constraints and notes.

use egui::{ComboBox, DragValue, RichText, TextEdit, Ui};

use super::super::widgets::{apply_row_action, role_choice_ui, row_controls_ui};
use crate::domain::Catalogue;
use crate::domain::model::profile::Profile;
use crate::domain::model::taxonomy::Setting;

/// Draws interests, goal, constraints and notes.
pub fn interests_ui(ui: &mut Ui, catalogue: &Catalogue, profile: &mut Profile) {
    ui.label(RichText::new("Specialisms you are interested in, most preferred first").strong());
    let count = profile.interests.specialisms.len();
    let mut action = None;
    for (index, id) in profile.interests.specialisms.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!("{}.", index + 1));
            ui.label(catalogue.specialism(id).map_or(id.as_str(), |s| s.name.as_str()));
            if let Some(chosen) = row_controls_ui(ui, index, count) {
                action = Some((index, chosen));
            }
        });
    }
    if let Some((index, chosen)) = action {
        apply_row_action(&mut profile.interests.specialisms, index, chosen);
    }
    let unchosen: Vec<_> =
        catalogue.specialisms.iter().filter(|s| !profile.interests.specialisms.contains(&s.id)).collect();
    if !unchosen.is_empty() {
        let label = ui.label("Add a specialism");
        ComboBox::from_id_salt("add-specialism")
            .selected_text("Choose…")
            .show_ui(ui, |ui| {
                for specialism in unchosen {
                    if ui
                        .selectable_label(false, &specialism.name)
                        .on_hover_text(&specialism.summary)
                        .clicked()
                    {
                        profile.interests.specialisms.push(specialism.id.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Settings you would like to work in").strong());
    ui.horizontal_wrapped(|ui| {
        for setting in Setting::ALL {
            let mut chosen = profile.interests.settings.contains(&setting);
            if ui.checkbox(&mut chosen, setting.name()).changed() {
                if chosen {
                    profile.interests.settings.push(setting);
                } else {
                    profile.interests.settings.retain(|known| *known != setting);
                }
            }
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new("Your goal").strong());
    ui.horizontal_wrapped(|ui| {
        role_choice_ui(ui, catalogue, "Target role", "None yet", &mut profile.goal.target_role);
        let mut has_year = profile.goal.target_year.is_some();
        if ui.checkbox(&mut has_year, "By a year").changed() {
            profile.goal.target_year = has_year.then_some(2030);
        }
        if let Some(year) = profile.goal.target_year.as_mut() {
            let label = ui.label("Target year");
            ui.add(DragValue::new(year).range(1940..=2100)).labelled_by(label.id);
        }
    });
    ui.add_space(6.0);
    ui.label(RichText::new("Constraints").strong());
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut profile.constraints.will_not_relocate, "I will not move home for a job or scheme");
        ui.checkbox(&mut profile.constraints.part_time_only, "I can only work part time");
        ui.checkbox(&mut profile.constraints.right_to_work_uk, "I have the right to work in the UK");
        ui.checkbox(&mut profile.constraints.accept_lower_band, "I would take a lower band to change field")
            .on_hover_text("Paths may then include a post paid below your band, and say so");
    });
    ui.add_space(6.0);
    let label = ui.label(RichText::new("Notes").strong());
    ui.add(TextEdit::multiline(&mut profile.notes).desired_rows(3).desired_width(f32::INFINITY))
        .labelled_by(label.id);
}
