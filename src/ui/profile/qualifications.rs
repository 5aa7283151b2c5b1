//! Qualifications: picked from the catalogue with search, or typed; achieved or in progress.

use egui::{Align, ComboBox, DragValue, Label, Layout, RichText, TextEdit, Ui};

use super::super::widgets::{RowAction, apply_row_action, month_ui, problem_ui, row_controls_ui};
use super::issues_of;
use crate::domain::model::catalogue::QualificationKind;
use crate::domain::model::profile::{
    Grade, HeldQualification, ProfileIssue, QualificationChoice, QualificationStatus,
};
use crate::domain::model::taxonomy::DegreeClass;
use crate::domain::search::search_qualifications;
use crate::domain::{Catalogue, Month};

/// What the qualifications list knows besides the list.
pub struct QualificationsContext<'a> {
    /// The catalogue.
    pub catalogue: &'a Catalogue,
    /// Today.
    pub today: Month,
    /// The year a new school or vocational qualification is given: the year the person's
    /// earliest job began, when one is listed.
    pub first_job_year: Option<i32>,
}

/// Draws the list and the ways to add to it.
pub fn qualifications_ui(
    ui: &mut Ui,
    context: &QualificationsContext<'_>,
    list: &mut Vec<HeldQualification>,
    search: &mut String,
    issues: &[ProfileIssue],
) {
    let (catalogue, today) = (context.catalogue, context.today);
    let count = list.len();
    let mut action: Option<(usize, RowAction)> = None;
    for (index, held) in list.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            // The title and the row's buttons on one line: a long title is cut short (shown in
            // full on hover) so the buttons never wrap.
            ui.horizontal(|ui| {
                let title_width = (ui.available_width() - ROW_CONTROLS_WIDTH).max(120.0);
                ui.allocate_ui_with_layout(
                    egui::vec2(title_width, ui.spacing().interact_size.y),
                    Layout::left_to_right(Align::Center),
                    |ui| title_ui(ui, catalogue, index, held, title_width),
                );
                if let Some(chosen) = row_controls_ui(ui, index, count) {
                    action = Some((index, chosen));
                }
            });
            ui.horizontal_wrapped(|ui| row_ui(ui, today, index, held));
            for issue in issues_of(issues, &format!("qualification {}", index + 1)) {
                problem_ui(ui, &issue.to_string());
            }
        });
    }
    if let Some((index, chosen)) = action {
        apply_row_action(list, index, chosen);
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label("Add a qualification");
        ui.add(
            TextEdit::singleline(search)
                .hint_text("Words in any order: AMSPAR certificate")
                .desired_width(320.0),
        )
        .labelled_by(label.id);
        if ui.button("Add one not in the list").on_hover_text("Type its title and level yourself").clicked() {
            list.push(new_held(
                QualificationChoice::Other { title: String::new(), level: None },
                today.year() - 1,
            ));
        }
    });
    if search.trim().is_empty() {
        return;
    }
    let found = search_qualifications(catalogue, search);
    if found.found.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Nothing in the catalogue matches").weak());
            if let Some(suggestion) = &found.did_you_mean {
                if ui.button(format!("Did you mean \u{201c}{suggestion}\u{201d}?")).clicked() {
                    search.clone_from(suggestion);
                }
            } else {
                ui.label(RichText::new("Try fewer words, or use \"Add one not in the list\"").weak());
            }
        });
    }
    for qualification in found.found {
        let level = qualification.level.map_or_else(String::new, |level| format!(" (level {level})"));
        if ui.button(format!("Add {}{level}", qualification.title)).clicked() {
            let year = match qualification.kind {
                QualificationKind::School | QualificationKind::Vocational => context.first_job_year,
                _ => None,
            };
            let year = year.unwrap_or(today.year() - 1).min(today.year());
            list.push(new_held(QualificationChoice::Catalogue(qualification.id.clone()), year));
            search.clear();
        }
    }
}

/// Room kept at the end of a row's first line for its move and remove buttons.
const ROW_CONTROLS_WIDTH: f32 = 170.0;

fn new_held(qualification: QualificationChoice, year: i32) -> HeldQualification {
    HeldQualification {
        qualification,
        subject: String::new(),
        grade: Grade::NotGiven,
        count: 1,
        status: QualificationStatus::Achieved { year },
    }
}

fn title_ui(ui: &mut Ui, catalogue: &Catalogue, index: usize, held: &mut HeldQualification, width: f32) {
    match &mut held.qualification {
        QualificationChoice::Catalogue(id) => {
            let title = catalogue
                .qualification(id)
                .map_or_else(|| format!("{id} (not in the catalogue)"), |q| q.title.clone());
            ui.add(Label::new(RichText::new(title).strong()).truncate());
        }
        QualificationChoice::Other { title, level } => {
            let label = ui.label("Title");
            ui.add(TextEdit::singleline(title).desired_width((width - 220.0).max(80.0)))
                .labelled_by(label.id);
            let label = ui.label("Level");
            ComboBox::from_id_salt(("level", index))
                .selected_text(level.map_or_else(|| "Not known".to_owned(), |l| format!("Level {l}")))
                .show_ui(ui, |ui| {
                    ui.selectable_value(level, None, "Not known");
                    for value in 1..=8 {
                        ui.selectable_value(level, Some(value), format!("Level {value}"));
                    }
                })
                .response
                .labelled_by(label.id);
        }
    }
}

fn row_ui(ui: &mut Ui, today: Month, index: usize, held: &mut HeldQualification) {
    let label = ui.label("Subject");
    ui.add(TextEdit::singleline(&mut held.subject).desired_width(160.0)).labelled_by(label.id);
    grade_ui(ui, index, &mut held.grade);
    let label = ui.label("Subjects");
    ui.add(DragValue::new(&mut held.count).range(1..=50))
        .labelled_by(label.id)
        .on_hover_text("How many subjects, for GCSEs and A-levels");
    let mut in_progress = matches!(held.status, QualificationStatus::InProgress { .. });
    if ui.checkbox(&mut in_progress, "In progress").changed() {
        held.status = if in_progress {
            QualificationStatus::InProgress { expected: today.plus(12) }
        } else {
            QualificationStatus::Achieved { year: today.year() - 1 }
        };
    }
    match &mut held.status {
        QualificationStatus::Achieved { year } => {
            let label = ui.label("Year");
            ui.add(DragValue::new(year).range(1940..=2100)).labelled_by(label.id);
        }
        QualificationStatus::InProgress { expected } => {
            month_ui(ui, ("expected", index), "Expected", expected);
        }
    }
}

fn grade_ui(ui: &mut Ui, index: usize, grade: &mut Grade) {
    let label = ui.label("Grade");
    let text = match grade {
        Grade::NotGiven => "Not given".to_owned(),
        Grade::Class(class) => class.name().to_owned(),
        Grade::Text(_) => "Other grade".to_owned(),
    };
    ComboBox::from_id_salt(("grade", index))
        .selected_text(text)
        .show_ui(ui, |ui| {
            if ui.selectable_label(matches!(grade, Grade::NotGiven), "Not given").clicked() {
                *grade = Grade::NotGiven;
            }
            for class in DegreeClass::ALL.iter().rev() {
                if ui
                    .selectable_label(*grade == Grade::Class(*class), format!("Degree: {}", class.name()))
                    .clicked()
                {
                    *grade = Grade::Class(*class);
                }
            }
            if ui.selectable_label(matches!(grade, Grade::Text(_)), "Other grade").clicked()
                && !matches!(grade, Grade::Text(_))
            {
                *grade = Grade::Text(String::new());
            }
        })
        .response
        .labelled_by(label.id);
    if let Grade::Text(text) = grade {
        let label = ui.label("Grade text");
        ui.add(TextEdit::singleline(text).desired_width(80.0)).labelled_by(label.id);
    }
}
