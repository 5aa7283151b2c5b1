//! The path view: the target, assumptions, alternative paths, the pay chart, the steps, pay
//! year by year, and what-if scenarios.

mod chart;
mod scenarios;

pub use chart::{ChartData, chart_ui};

use egui::{DragValue, RichText, ScrollArea, Ui};

use super::widgets::{bullet_ui, heading_ui, role_choice_ui};
use crate::app::{Command, Document};
use crate::domain::Catalogue;
use crate::domain::format::pounds;
use crate::domain::matching::span;
use crate::domain::pay::{Basis, annual_words, earned_words, months_words, position_words};
use crate::domain::progression::{CareerPath, Plan, PlanError, ScenarioComparison};

/// The path view's own state.
#[derive(Debug, Default)]
pub struct PathView {}

impl PathView {
    /// Draws the view.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        catalogue: &Catalogue,
        document: &Document,
        plan: &Result<Plan, PlanError>,
        comparison: &ScenarioComparison,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
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
            commands.push(Command::EditProfile(Box::new(changed), "target"));
        }
        let mut settings = document.save_file().plan;
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
            commands.push(Command::EditSave(Box::new(file), "plan"));
        }
    });
    commands
}

fn paths_ui(ui: &mut Ui, catalogue: &Catalogue, document: &Document, plan: &Plan) -> Vec<Command> {
    let mut commands = Vec::new();
    let chosen = usize::from(document.save_file().plan.chosen_path).min(plan.paths.len().saturating_sub(1));
    heading_ui(ui, "Alternatives");
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
                && index != chosen
            {
                let mut file = document.save_file().clone();
                file.plan.chosen_path = u8::try_from(index).unwrap_or(0);
                commands.push(Command::EditSave(Box::new(file), "path"));
            }
        }
    });
    let Some(path) = plan.paths.get(chosen) else { return commands };
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
            });
            ui.end_row();
        }
    });
}
