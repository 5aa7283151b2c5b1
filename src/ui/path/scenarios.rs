//! What-if scenarios: edited here, compared side by side with things as they are.

use egui::{ComboBox, DragValue, RichText, TextEdit, Ui};

use super::super::picker::{Picker, PickerEntry};
use super::super::widgets::{apply_row_action, month_ui, role_entries, row_controls_ui};
use crate::domain::Catalogue;
use crate::domain::format::pounds;
use crate::domain::model::scenario::{Scenario, ScenarioChange};
use crate::domain::model::taxonomy::HcasZone;
use crate::domain::progression::ScenarioComparison;
use crate::domain::search::qualification_texts;
use crate::state::{Command, Document, EditGroup};

// Scenarios live in the document, so the editor keeps no state of its own.

/// Draws the scenarios and their comparison.
pub fn scenarios_ui(
    ui: &mut Ui,
    catalogue: &Catalogue,
    document: &Document,
    comparison: &ScenarioComparison,
) -> Vec<Command> {
    let mut file = document.save_file().clone();
    ui.label(RichText::new("Change one thing and compare: time to your target, pay after 5 and 10 years, and the total over 10 years (all estimated).").weak());
    comparison_ui(ui, catalogue, comparison);
    let count = file.scenarios.len();
    let mut action = None;
    for (index, scenario) in file.scenarios.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let label = ui.label("Scenario name");
                ui.add(TextEdit::singleline(&mut scenario.name).desired_width(260.0)).labelled_by(label.id);
                if let Some(chosen) = row_controls_ui(ui, index, count) {
                    action = Some((index, chosen));
                }
            });
            changes_ui(ui, catalogue, index, scenario);
        });
    }
    if let Some((index, chosen)) = action {
        apply_row_action(&mut file.scenarios, index, chosen);
    }
    if count < 3
        && ui.button("Add a scenario").on_hover_text("Up to three are compared side by side").clicked()
    {
        file.scenarios.push(Scenario { name: format!("Scenario {}", count + 1), changes: Vec::new() });
    }
    if file == *document.save_file() {
        Vec::new()
    } else {
        vec![Command::EditSave(Box::new(file), EditGroup::Scenarios)]
    }
}

fn changes_ui(ui: &mut Ui, catalogue: &Catalogue, index: usize, scenario: &mut Scenario) {
    let mut remove = None;
    for (at, change) in scenario.changes.iter_mut().enumerate() {
        ui.horizontal_wrapped(|ui| {
            change_ui(ui, catalogue, (index, at), change);
            if ui.small_button("✖ Remove").on_hover_text("Remove this change").clicked() {
                remove = Some(at);
            }
        });
    }
    if let Some(at) = remove {
        scenario.changes.remove(at);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label("Add a change:");
        if ui.button("Gain a qualification").clicked() {
            scenario.changes.push(ScenarioChange::GainQualification {
                qualification: "cmi-level-5".to_owned(),
                by: crate::domain::Month::new(2027, 9).unwrap_or_else(crate::domain::Month::earliest),
            });
        }
        if ui.button("Work in another HCAS zone").clicked() {
            scenario.changes.push(ScenarioChange::MoveZone(Some(HcasZone::OuterLondon)));
        }
        if ui.button("Change hours").clicked() {
            scenario.changes.push(ScenarioChange::ChangeHours(30.0));
        }
        if ui.button("Aim at another role").clicked() {
            let first = catalogue.roles.first().map_or_else(String::new, |role| role.id.clone());
            scenario.changes.push(ScenarioChange::AimAt(first));
        }
    });
}

fn change_ui(ui: &mut Ui, catalogue: &Catalogue, id: (usize, usize), change: &mut ScenarioChange) {
    match change {
        ScenarioChange::GainQualification { qualification, by } => {
            let title = catalogue
                .qualification(qualification)
                .map_or(qualification.as_str(), |q| q.title.as_str())
                .to_owned();
            Picker { label: "Gain", selected_text: &title, none: None }.required_ui(
                ui,
                ("gain", id),
                || {
                    catalogue
                        .qualifications
                        .iter()
                        .map(|candidate| PickerEntry {
                            id: &candidate.id,
                            title: &candidate.title,
                            also: qualification_texts(catalogue, candidate),
                        })
                        .collect()
                },
                qualification,
            );
            month_ui(ui, ("by", id), "By", by);
        }
        ScenarioChange::MoveZone(zone) => {
            let label = ui.label("Work in");
            ComboBox::from_id_salt(("zone", id))
                .selected_text(zone.map_or("No HCAS zone", HcasZone::name))
                .show_ui(ui, |ui| {
                    ui.selectable_value(zone, None, "No HCAS zone");
                    for choice in HcasZone::ALL {
                        ui.selectable_value(zone, Some(choice), choice.name());
                    }
                })
                .response
                .labelled_by(label.id);
        }
        ScenarioChange::ChangeHours(hours) => {
            let label = ui.label("Hours a week");
            ui.add(DragValue::new(hours).range(1.0..=80.0).speed(0.5)).labelled_by(label.id);
        }
        ScenarioChange::AimAt(role) => {
            let title = catalogue.role(role).map_or(role.as_str(), |r| r.title.as_str()).to_owned();
            Picker { label: "Aim at", selected_text: &title, none: None }.required_ui(
                ui,
                ("aim", id),
                || role_entries(catalogue),
                role,
            );
        }
    }
}

fn comparison_ui(ui: &mut Ui, catalogue: &Catalogue, comparison: &ScenarioComparison) {
    egui::Grid::new("scenario-table").num_columns(7).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for header in [
            "Scenario",
            "Target",
            "Reached",
            "Pay after 5 years",
            "Pay after 10 years",
            "Total over 10 years",
            "Your chosen path",
        ] {
            ui.label(RichText::new(header).strong());
        }
        ui.end_row();
        for row in &comparison.rows {
            ui.label(&row.name);
            ui.label(
                row.target
                    .as_deref()
                    .and_then(|id| catalogue.role(id))
                    .map_or("–", |role| role.title.as_str()),
            );
            ui.label(row.arrival.map_or_else(
                || "no path".to_owned(),
                |month| format!("{} ({} months)", month.label(), row.months_to_target.unwrap_or(0)),
            ));
            ui.label(row.pay_after_5_years.map_or_else(|| "–".to_owned(), pounds));
            ui.label(row.pay_after_10_years.map_or_else(|| "–".to_owned(), pounds));
            let suffix = if row.estimated { " (estimated)" } else { "" };
            ui.label(format!("{}{suffix}", pounds(row.total_10_years)));
            ui.label(row.chosen.as_ref().map_or_else(
                || "not offered".to_owned(),
                |chosen| format!("{} ({} months)", chosen.arrival.label(), chosen.months_to_target),
            ));
            ui.end_row();
        }
    });
}
