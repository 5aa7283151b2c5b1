//! The first view: start a profile, open one, try an example, or reopen a recent file.

use egui::{RichText, Ui};

use crate::state::{Command, State, UiCommand};

/// The name of the person in a sample profile (its file name when it cannot be read), all read
/// once.
fn example_person(file: &str) -> String {
    static PEOPLE: std::sync::OnceLock<std::collections::HashMap<&'static str, String>> =
        std::sync::OnceLock::new();
    let people = PEOPLE.get_or_init(|| {
        crate::domain::embedded::sample_profiles()
            .iter()
            .filter_map(|(name, _)| {
                crate::state::example(name).map(|save| (*name, save.profile.display_name))
            })
            .collect()
    });
    people.get(file).cloned().unwrap_or_else(|| file.to_owned())
}

/// Draws the welcome view.
pub fn welcome_ui(ui: &mut Ui, state: &State) -> Vec<Command> {
    let (catalogue, recent, has_document) = (state.catalogue(), state.recent(), state.document().is_some());
    let mut commands = Vec::new();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.add_space(12.0);
        ui.label(RichText::new("Plan a management career in the NHS").heading().strong());
        ui.label(format!(
            "Describe yourself once, then see for each of {} management roles and {} ways in whether you \
             qualify now or exactly what is missing, a path to your target role with pay year by year, and \
             an action plan to take to a careers adviser. Everything stays on this computer.",
            catalogue.roles.len(),
            catalogue.routes.len()
        ));
        if !has_document {
            ui.label(RichText::new("Start or open a profile to see the Profile, Compare, Path and Action plan views. The Roles view works without one.").weak());
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            for command in [UiCommand::New, UiCommand::Open] {
                if ui.add(egui::Button::new(RichText::new(command.text()).size(16.0))).on_hover_text(command.tooltip()).clicked() {
                    commands.push(Command::Ui(command));
                }
            }
        });
        super::widgets::heading_ui(ui, "Try an example");
        for example in &catalogue.examples {
            let (file, person) = (&example.file, example_person(&example.file));
            ui.horizontal_wrapped(|ui| {
                if ui.button(format!("Open {person}")).on_hover_text(format!("Opens {file} as an untitled copy")).clicked() {
                    commands.push(Command::OpenExample(file.clone()));
                }
                ui.label(&example.about);
            });
        }
        if !recent.paths.is_empty() {
            super::widgets::heading_ui(ui, "Recent files");
            for path in &recent.paths {
                let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                    commands.push(Command::OpenPath(path.clone()));
                }
            }
        }
        ui.add_space(12.0);
        ui.label(RichText::new(crate::domain::wording::DISCLAIMER).small().weak());
    });
    commands
}
