//! The self-assessment: the seeds' manager skills and the Healthcare Leadership Model, in one
//! compact grid with a radio button for each level and one for "Not sure".

use std::collections::BTreeMap;

use egui::{RadioButton, RichText, Role, Ui, WidgetInfo};

use crate::domain::Catalogue;
use crate::domain::model::profile::SelfAssessment;

/// What a blank rating is called.
const NOT_SURE: &str = "Not sure";

/// One scale of the grid: its heading, level words, items and ratings.
struct Scale<'a> {
    heading: &'a str,
    levels: &'a [String],
    items: Vec<(&'a str, &'a str, &'a str)>,
    ratings: &'a mut BTreeMap<String, u8>,
}

/// Draws both scales in one grid.
pub fn skills_ui(ui: &mut Ui, catalogue: &Catalogue, skills: &mut SelfAssessment) {
    let frameworks = &catalogue.frameworks;
    ui.label(RichText::new("Rate yourself honestly; leave a line at \"Not sure\" if unsure. Roles that ask for a skill show how to build it.").weak());
    let scales = [
        Scale {
            heading: "Manager skills",
            levels: &frameworks.skill_scale,
            items: frameworks
                .manager_skills
                .iter()
                .map(|skill| (skill.id.as_str(), skill.name.as_str(), skill.description.as_str()))
                .collect(),
            ratings: &mut skills.manager_skills,
        },
        Scale {
            heading: "Healthcare Leadership Model",
            levels: &frameworks.leadership_scale,
            items: frameworks
                .leadership_dimensions
                .iter()
                .map(|dimension| {
                    (dimension.id.as_str(), dimension.name.as_str(), dimension.description.as_str())
                })
                .collect(),
            ratings: &mut skills.leadership,
        },
    ];
    let columns = 2 + scales.iter().map(|scale| scale.levels.len()).max().unwrap_or(0);
    egui::Grid::new("self-assessment").num_columns(columns).spacing([10.0, 2.0]).striped(true).show(
        ui,
        |ui| {
            for scale in scales {
                scale_ui(ui, scale);
            }
        },
    );
}

fn scale_ui(ui: &mut Ui, scale: Scale<'_>) {
    ui.label(RichText::new(scale.heading).strong());
    for level in scale.levels {
        ui.label(RichText::new(level).small().strong());
    }
    ui.label(RichText::new(NOT_SURE).small().strong());
    ui.end_row();
    for (id, name, description) in scale.items {
        ui.label(name).on_hover_text(description);
        let current = scale.ratings.get(id).copied();
        for (level, word) in (1_u8..).zip(scale.levels) {
            if radio_ui(ui, current == Some(level), &format!("{name}: {word}")) {
                scale.ratings.insert(id.to_owned(), level);
            }
        }
        if radio_ui(ui, current.is_none(), &format!("{name}: {NOT_SURE}")) {
            scale.ratings.remove(id);
        }
        ui.end_row();
    }
}

/// A radio button without text (the column heading says what it means) whose accessible name
/// says both the row and the level. True when clicked.
fn radio_ui(ui: &mut Ui, checked: bool, name: &str) -> bool {
    let response = ui.add(RadioButton::new(checked, "")).on_hover_text(name);
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, checked, name));
    response.clicked()
}
