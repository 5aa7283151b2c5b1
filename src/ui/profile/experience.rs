//! Jobs, placements and volunteering.

use egui::{ComboBox, DragValue, Ui};

use super::super::widgets::{
    RowAction, apply_row_action, month_ui, problem_ui, row_controls_ui, text_field_ui,
};
use super::issues_of;
use crate::domain::Month;
use crate::domain::model::profile::{Experience, People, ProfileIssue};
use crate::domain::model::taxonomy::{Area, Sector};

/// Draws the experience list.
pub fn experience_ui(ui: &mut Ui, today: Month, list: &mut Vec<Experience>, issues: &[ProfileIssue]) {
    let count = list.len();
    let mut action: Option<(usize, RowAction)> = None;
    for (index, job) in list.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                text_field_ui(ui, "Job title", &mut job.title, 220.0);
                choice_ui(ui, ("sector", index), "Sector", &mut job.sector, &Sector::ALL, |sector| {
                    sector.name().to_owned()
                });
                choice_ui(ui, ("area", index), "Area", &mut job.area, &Area::ALL, |area| {
                    capitalised(area.name())
                });
                ui.checkbox(&mut job.healthcare, "In a health or care setting");
            });
            ui.horizontal_wrapped(|ui| {
                month_ui(ui, ("start", index), "Start", &mut job.start);
                let mut ongoing = job.end.is_none();
                if ui.checkbox(&mut ongoing, "Ongoing").changed() {
                    job.end = if ongoing { None } else { Some(today.plus(-1).max(job.start)) };
                }
                if let Some(end) = job.end.as_mut() {
                    month_ui(ui, ("end", index), "End", end);
                }
            });
            ui.horizontal_wrapped(|ui| {
                people_ui(ui, index, &mut job.people);
                let mut has_budget = job.budget_pounds.is_some();
                if ui.checkbox(&mut has_budget, "Managed a budget").changed() {
                    job.budget_pounds = has_budget.then_some(100_000);
                }
                if let Some(budget) = job.budget_pounds.as_mut() {
                    let label = ui.label("Budget a year");
                    let pounds = DragValue::new(budget)
                        .range(0..=10_000_000_000_u64)
                        .speed(1_000.0)
                        .custom_formatter(|value, _| budget_text(value))
                        .custom_parser(|text| {
                            text.chars().filter(char::is_ascii_digit).collect::<String>().parse().ok()
                        });
                    ui.add(pounds).labelled_by(label.id);
                }
                if let Some(chosen) = row_controls_ui(ui, index, count) {
                    action = Some((index, chosen));
                }
            });
            for issue in issues_of(issues, &format!("experience {}", index + 1)) {
                problem_ui(ui, &issue.to_string());
            }
        });
    }
    if let Some((index, chosen)) = action {
        apply_row_action(list, index, chosen);
    }
    if ui.button("Add experience").on_hover_text("A job, placement or volunteering, in any sector").clicked()
    {
        list.push(new_experience(list, today));
    }
}

/// A new entry: the job now (started a year ago) when the list is empty, else a past job that
/// ended the month before the earliest one listed began, two years long, in the same sector and
/// area.
#[must_use]
pub fn new_experience(list: &[Experience], today: Month) -> Experience {
    let earliest = list.iter().min_by_key(|job| job.start);
    let (start, end) = match earliest {
        None => (today.plus(-12), None),
        Some(job) => {
            let end = job.start.plus(-1).min(today.plus(-1));
            (end.plus(-23), Some(end))
        }
    };
    Experience {
        title: String::new(),
        sector: earliest.map_or(Sector::Nhs, |job| job.sector),
        area: earliest.map_or(Area::Administration, |job| job.area),
        healthcare: earliest.is_none_or(|job| job.healthcare),
        start,
        end,
        people: People::NoStaff,
        budget_pounds: None,
    }
}

fn people_ui(ui: &mut Ui, index: usize, people: &mut People) {
    let label = ui.label("People");
    let text = match people {
        People::NoStaff => "No staff",
        People::Supervised(_) => "Supervised",
        People::Managed(_) => "Line-managed",
    };
    let count = people.count().max(1);
    ComboBox::from_id_salt(("people", index))
        .selected_text(text)
        .show_ui(ui, |ui| {
            if ui.selectable_label(matches!(people, People::NoStaff), "No staff").clicked() {
                *people = People::NoStaff;
            }
            if ui.selectable_label(matches!(people, People::Supervised(_)), "Supervised").clicked() {
                *people = People::Supervised(count);
            }
            if ui.selectable_label(matches!(people, People::Managed(_)), "Line-managed").clicked() {
                *people = People::Managed(count);
            }
        })
        .response
        .labelled_by(label.id);
    if let People::Supervised(number) | People::Managed(number) = people {
        let label = ui.label("How many");
        ui.add(DragValue::new(number).range(1..=100_000)).labelled_by(label.id);
    }
}

/// A labelled drop-down of choices.
pub fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    value: &mut T,
    choices: &[T],
    text: impl Fn(T) -> String,
) {
    let label = ui.label(name);
    ComboBox::from_id_salt(id)
        .selected_text(text(*value))
        .show_ui(ui, |ui| {
            for choice in choices {
                ui.selectable_value(value, *choice, text(*choice));
            }
        })
        .response
        .labelled_by(label.id);
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// "£150,000" for a budget (the drag value keeps it within 0 to 10 billion).
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "clamped to 0 to 10 billion first"
)]
fn budget_text(value: f64) -> String {
    crate::domain::format::pounds(value.clamp(0.0, 1e10).round() as u64)
}
