//! The first view: start a profile, open one, try an example, or reopen a recent file.

use egui::{RichText, Ui};

use crate::state::{Command, State, UiCommand};

/// The examples offered, with a line about each person.
const EXAMPLES: [(&str, &str); 8] = [
    ("school-leaver-gcse.ron", "A school leaver with GCSEs, interested in administration"),
    ("a-level-student.ron", "An A-level student interested in NHS finance"),
    ("graduate-2-2.ron", "A new history graduate with a 2:2, aiming at the graduate scheme"),
    ("nurse-diphe.ron", "A ward sister with a DipHE in nursing, moving into management"),
    ("therapist-band-7-commented.ron", "An occupational therapist at band 7, aiming at service management"),
    ("admin-band-4.ron", "An NHS administrator at band 4 without a degree"),
    ("private-manager-mba.ron", "A retail operations manager with an MBA changing sector"),
    ("hnd-facilities.ron", "A facilities supervisor with an HND"),
];

/// The name of the person in each example, read once.
fn example_people() -> &'static [String] {
    static PEOPLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PEOPLE.get_or_init(|| {
        EXAMPLES
            .iter()
            .map(|(file, _)| {
                crate::state::example(file)
                    .map_or_else(|| (*file).to_owned(), |save| save.profile.display_name)
            })
            .collect()
    })
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
        for ((file, about), person) in EXAMPLES.iter().zip(example_people()) {
            ui.horizontal_wrapped(|ui| {
                if ui.button(format!("Open {person}")).on_hover_text(format!("Opens {file} as an untitled copy")).clicked() {
                    commands.push(Command::OpenExample((*file).to_owned()));
                }
                ui.label(*about);
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
