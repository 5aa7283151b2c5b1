//! The path view: the target, assumptions, alternative paths, the pay chart, the steps, pay
//! year by year, and what-if scenarios.

mod chart;
mod chart_data;
mod scenarios;

pub use chart::chart_ui;
pub use chart_data::{ChartData, ChartLabel, ChartRun, ChartYear, chart_height};

use egui::{DragValue, RichText, ScrollArea, Ui};

use super::widgets::{bullet_ui, heading_ui, role_choice_ui};
use crate::domain::Catalogue;
use crate::domain::format::pounds;
use crate::domain::matching::span;
use crate::domain::pay::{Basis, annual_words, earned_words, months_words, position_words};
use crate::domain::progression::{CareerPath, Plan, chosen_path};
use crate::state::{Command, Document, EditGroup, State};

/// The path view's own state.
#[derive(Debug, Default)]
pub struct PathView {}

impl PathView {
    /// Draws the view.
    pub fn ui(&mut self, ui: &mut Ui, state: &State) -> Vec<Command> {
        let mut commands = Vec::new();
        let (Some(document), Some(plan), Some(comparison)) =
            (state.document(), state.plan(), state.scenarios())
        else {
            return commands;
        };
        let catalogue = state.catalogue();
        ScrollArea::vertical().id_salt("path-view").auto_shrink([false, false]).show(ui, |ui| {
            ui.label(RichText::new("Your path and pay (estimated)").heading().strong());
            commands.extend(settings_ui(ui, catalogue, document));
            match plan {
                Err(error) => {
                    ui.label(error.to_string());
                }
                Ok(plan) if plan.paths.is_empty() => {
                    ui.label(plan.no_path_reason.as_deref().unwrap_or("No path was found."));
                }
                Ok(plan) => commands.extend(paths_ui(ui, catalogue, document, plan)),
            }
            heading_ui(ui, "What if?");
            commands.extend(scenarios::scenarios_ui(ui, catalogue, document, comparison));
        });
        commands
    }
}

fn settings_ui(ui: &mut Ui, catalogue: &Catalogue, document: &Document) -> Vec<Command> {
    let mut commands = Vec::new();
    let profile = document.profile();
    ui.horizontal_wrapped(|ui| {
        let mut target = profile.goal.target_role.clone();
        role_choice_ui(ui, catalogue, "Target role", "Best matches (no target)", &mut target);
        if target != profile.goal.target_role {
            let mut changed = profile.clone();
            changed.goal.target_role = target;
            commands.push(Command::EditProfile(Box::new(changed), EditGroup::Target));
        }
        let mut settings = document.save_file().plan.clone();
        let label = ui.label("Assumed pay award after the last published table");
        ui.add(
            DragValue::new(&mut settings.growth_percent).range(-10.0..=20.0).speed(0.1).suffix("% a year"),
        )
        .labelled_by(label.id);
        let label = ui.label("Years of pay");
        ui.add(DragValue::new(&mut settings.years).range(1..=40)).labelled_by(label.id);
        if settings != document.save_file().plan {
            let mut file = document.save_file().clone();
            file.plan = settings;
            commands.push(Command::EditSave(Box::new(file), EditGroup::Plan));
        }
    });
    commands
}

fn paths_ui(ui: &mut Ui, catalogue: &Catalogue, document: &Document, plan: &Plan) -> Vec<Command> {
    let mut commands = Vec::new();
    let settings = &document.save_file().plan;
    let picked = chosen_path(plan, &settings.chosen_steps, usize::from(settings.chosen_path));
    let chosen = picked.index;
    heading_ui(ui, "Alternatives");
    if picked.changed
        && let Some(now) = plan.paths.get(chosen)
    {
        let before: Vec<&str> = settings
            .chosen_steps
            .iter()
            .map(|key| {
                let id = key.split_once(':').map_or(key.as_str(), |(_, id)| id);
                catalogue
                    .role(id)
                    .map(|role| role.title.as_str())
                    .or_else(|| catalogue.route(id).map(|route| route.title.as_str()))
                    .unwrap_or(id)
            })
            .collect();
        ui.label(
            RichText::new(format!(
                "The path you chose ({}) is no longer offered after your changes; Path {}, {}, is chosen now.",
                before.join(", then "),
                chosen + 1,
                now.label
            ))
            .strong(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        for (index, path) in plan.paths.iter().enumerate() {
            let target =
                catalogue.role(&path.target).map_or(path.target.as_str(), |role| role.title.as_str());
            let text = format!(
                "Path {}: {}\n{target} in {} ({})",
                index + 1,
                path.label,
                path.arrival.label(),
                span(path.months_to_target.max(1))
            );
            if ui
                .selectable_label(index == chosen, text)
                .on_hover_text("Show this path; the PDF action plan uses it")
                .clicked()
                && (index != chosen || picked.changed)
            {
                let mut file = document.save_file().clone();
                file.plan.chosen_path = u8::try_from(index).unwrap_or(0);
                file.plan.chosen_steps = path.key();
                commands.push(Command::EditSave(Box::new(file), EditGroup::Path));
            }
        }
    });
    let Some(path) = plan.paths.get(chosen) else { return commands };
    if !path.why.is_empty() {
        ui.label(&path.why);
    }
    heading_ui(ui, "Pay over the years");
    chart_ui(ui, "pay-chart", &path.pay);
    heading_ui(ui, "Steps");
    steps_ui(ui, path);
    heading_ui(ui, "Pay by financial year");
    pay_table_ui(ui, path);
    for note in path.pay.notes.iter().chain(&path.notes).chain(&plan.notes) {
        bullet_ui(ui, note);
    }
    commands
}

fn steps_ui(ui: &mut Ui, path: &CareerPath) {
    for step in &path.steps {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let when = match step.end {
                Some(end) if end != step.start => format!("{} to {}", step.start.label(), end.label()),
                _ => format!("From {}", step.start.label()),
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(when).strong());
                ui.label(RichText::new(&step.title).strong());
                ui.label(RichText::new(format!("({})", step.pay_label)).weak());
            });
            ui.label(&step.reason);
            for action in &step.actions {
                bullet_ui(
                    ui,
                    &format!(
                        "Before this: {} ({} to {})",
                        action.title,
                        action.start.label(),
                        action.due.label()
                    ),
                );
            }
        });
    }
}

fn pay_table_ui(ui: &mut Ui, path: &CareerPath) {
    ui.label(RichText::new(format!("{} pay (Agenda for Change tables).", path.pay.nation.name())).strong());
    ui.label(
        RichText::new(
            "Annual pay is the basic rate at the end of the year, pro rata to your hours; earned is basic pay and HCAS \
             for the months of the year the plan covers (months with no figure, such as a job outside the NHS, add nothing).",
        )
        .weak(),
    );
    egui::Grid::new("pay-table").num_columns(6).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for header in ["Year", "Position at year end", "Annual pay", "HCAS", "Earned in the year", "Figures"]
        {
            ui.label(RichText::new(header).strong());
        }
        ui.end_row();
        for year in &path.pay.years {
            ui.label(year.year.to_string());
            ui.label(position_words(&year.position));
            ui.label(annual_words(year));
            let uncertain = if year.hcas_uncertain { " (uncertain)" } else { "" };
            ui.label(if year.hcas > 0 {
                format!("{}{uncertain}", pounds(year.hcas))
            } else {
                "–".to_owned()
            });
            ui.label(format!("{} ({})", earned_words(year), months_words(year.months)));
            ui.label(match year.basis {
                Basis::Published => "✔ published",
                Basis::Estimated => "≈ estimated",
                Basis::OwnData => "⚠ from your own data",
            });
            ui.end_row();
        }
    });
}
