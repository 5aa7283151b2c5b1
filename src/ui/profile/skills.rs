//! The self-assessment: the seeds' manager skills and the Healthcare Leadership Model.

use std::collections::BTreeMap;

use egui::{ComboBox, RichText, Ui};

use crate::domain::Catalogue;
use crate::domain::model::profile::SelfAssessment;

/// Draws both scales.
pub fn skills_ui(ui: &mut Ui, catalogue: &Catalogue, skills: &mut SelfAssessment) {
    let frameworks = &catalogue.frameworks;
    ui.label(RichText::new("Rate yourself honestly; leave a line as \"Not rated\" if unsure. Roles that ask for a skill show how to build it.").weak());
    ui.label(RichText::new("Manager skills").strong());
    let skills_list: Vec<(&str, &str, &str)> = frameworks
        .manager_skills
        .iter()
        .map(|skill| (skill.id.as_str(), skill.name.as_str(), skill.description.as_str()))
        .collect();
    scale_ui(ui, "skill", &skills_list, &frameworks.skill_scale, &mut skills.manager_skills);
    ui.add_space(8.0);
    ui.label(RichText::new("Healthcare Leadership Model").strong());
    let dimensions: Vec<(&str, &str, &str)> = frameworks
        .leadership_dimensions
        .iter()
        .map(|dimension| (dimension.id.as_str(), dimension.name.as_str(), dimension.description.as_str()))
        .collect();
    scale_ui(ui, "leadership", &dimensions, &frameworks.leadership_scale, &mut skills.leadership);
}

fn scale_ui(
    ui: &mut Ui,
    group: &str,
    items: &[(&str, &str, &str)],
    scale: &[String],
    ratings: &mut BTreeMap<String, u8>,
) {
    egui::Grid::new(("scale", group)).num_columns(2).spacing([12.0, 4.0]).striped(true).show(ui, |ui| {
        for (id, name, description) in items {
            let label = ui.label(*name).on_hover_text(*description);
            let current = ratings.get(*id).copied();
            let text = current.map_or_else(
                || "Not rated".to_owned(),
                |level| {
                    format!(
                        "{level}: {}",
                        scale.get(usize::from(level.saturating_sub(1))).map_or("", String::as_str)
                    )
                },
            );
            ComboBox::from_id_salt((group, *id))
                .selected_text(text)
                .width(180.0)
                .show_ui(ui, |ui| {
                    if ui.selectable_label(current.is_none(), "Not rated").clicked() {
                        ratings.remove(*id);
                    }
                    for (level, word) in (1_u8..).zip(scale) {
                        if ui.selectable_label(current == Some(level), format!("{level}: {word}")).clicked() {
                            ratings.insert((*id).to_owned(), level);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
        }
    });
}
