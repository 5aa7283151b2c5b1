//! Name, where you work, your job now and your hours.

use egui::{ComboBox, DragValue, Ui};

use super::super::widgets::{month_ui, problem_ui, role_choice_ui, text_field_ui};
use super::issues_of;
use crate::domain::model::catalogue::PointName;
use crate::domain::model::profile::{CurrentPay, Profile, ProfileIssue};
use crate::domain::model::taxonomy::{HcasZone, Nation};
use crate::domain::pay::point_choices;
use crate::domain::{Band, Catalogue, Month};

/// Draws the "About you" fields.
pub fn about_ui(
    ui: &mut Ui,
    catalogue: &Catalogue,
    today: Month,
    profile: &mut Profile,
    issues: &[ProfileIssue],
) {
    egui::Grid::new("about-grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.horizontal(|ui| {
            text_field_ui(ui, "Name", &mut profile.display_name, 260.0);
        });
        ui.end_row();
        ui.horizontal(|ui| {
            let label = ui.label("Nation");
            ComboBox::from_id_salt("nation")
                .selected_text(profile.nation.name())
                .show_ui(ui, |ui| {
                    for nation in Nation::ALL {
                        ui.selectable_value(&mut profile.nation, nation, nation.name());
                    }
                })
                .response
                .labelled_by(label.id);
            if catalogue.pay_tables.iter().all(|table| table.nation != profile.nation) {
                ui.label(format!(
                    "(no {} pay table yet: England's figures are used, as estimates)",
                    profile.nation.name()
                ));
            }
        });
        ui.end_row();
        ui.horizontal(|ui| {
            text_field_ui(ui, "Where you work", &mut profile.work_location, 260.0);
            let label = ui.label("High Cost Area Supplement zone");
            ComboBox::from_id_salt("hcas-zone")
                .selected_text(profile.hcas_zone.map_or("None", HcasZone::name))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut profile.hcas_zone, None, "None");
                    for zone in HcasZone::ALL {
                        ui.selectable_value(&mut profile.hcas_zone, Some(zone), zone.name());
                    }
                })
                .response
                .labelled_by(label.id);
            if catalogue.hcas_table(profile.nation).is_none() {
                ui.label(format!("(paid in England only: none in {})", profile.nation.name()));
            }
        });
        ui.end_row();
        ui.horizontal(|ui| {
            ui.checkbox(&mut profile.position.in_nhs, "I work in the NHS now");
            text_field_ui(ui, "Job title", &mut profile.position.role_title, 260.0);
        });
        ui.end_row();
        let role_changed = ui
            .horizontal(|ui| {
                role_choice_ui(
                    ui,
                    catalogue,
                    "Closest role in the catalogue",
                    "None",
                    &mut profile.position.catalogue_role,
                )
            })
            .inner;
        ui.end_row();
        let nation = profile.nation;
        // A band chosen now starts at the closest catalogue role's band, when it has one.
        let known_band = profile
            .position
            .catalogue_role
            .as_deref()
            .and_then(|id| catalogue.role(id))
            .and_then(|role| role.pay.band_range())
            .map(|(lowest, _)| lowest);
        if role_changed
            && let (CurrentPay::Afc { band, .. }, Some(known)) = (&mut profile.position.pay, known_band)
        {
            *band = known;
        }
        // Wrapped, so that a narrow window keeps the pay point's month and year in view.
        ui.horizontal_wrapped(|ui| {
            ui.set_max_width(ui.ctx().content_rect().width() - 60.0);
            pay_ui(ui, catalogue, (today, nation, known_band), &mut profile.position.pay);
        });
        ui.end_row();
        ui.horizontal(|ui| hours_ui(ui, catalogue, nation, &mut profile.hours_per_week));
        ui.end_row();
        if let Some(warning) = profile.hours_warning() {
            problem_ui(ui, &warning);
            ui.end_row();
        }
    });
    for issue in issues_of(issues, "display name")
        .chain(issues_of(issues, "hours"))
        .chain(issues_of(issues, "position"))
        .chain(issues_of(issues, "work location"))
    {
        problem_ui(ui, &issue.to_string());
    }
}

/// The hours a week, with what full time is in the person's nation.
fn hours_ui(ui: &mut Ui, catalogue: &Catalogue, nation: Nation, hours: &mut f64) {
    let label = ui.label("Hours a week");
    ui.add(DragValue::new(hours).range(1.0..=80.0).speed(0.5).suffix(" h")).labelled_by(label.id);
    let full_time =
        crate::domain::pay::PayContext { nation, ..crate::domain::pay::PayContext::new(catalogue) }
            .full_time_hours();
    ui.label(format!(
        "({} is full time in {}; pay is pro rata)",
        crate::domain::pay::trim_percent(full_time),
        nation.name()
    ));
}

fn pay_ui(
    ui: &mut Ui,
    catalogue: &Catalogue,
    (today, nation, known_band): (Month, Nation, Option<Band>),
    pay: &mut CurrentPay,
) {
    let label = ui.label("How you are paid");
    let text = match pay {
        CurrentPay::NotOnAfc => "Not on Agenda for Change",
        CurrentPay::Afc { .. } => "Agenda for Change",
        CurrentPay::OutsideAfc => "Very senior manager (outside AfC)",
    };
    ComboBox::from_id_salt("pay-kind")
        .selected_text(text)
        .show_ui(ui, |ui| {
            if ui.selectable_label(matches!(pay, CurrentPay::NotOnAfc), "Not on Agenda for Change").clicked()
            {
                *pay = CurrentPay::NotOnAfc;
            }
            if ui.selectable_label(matches!(pay, CurrentPay::Afc { .. }), "Agenda for Change").clicked()
                && !matches!(pay, CurrentPay::Afc { .. })
            {
                *pay = CurrentPay::Afc {
                    band: known_band.unwrap_or(Band::Band5),
                    point: PointName::Entry,
                    point_started: today.plus(-12).first_day(),
                };
            }
            if ui
                .selectable_label(matches!(pay, CurrentPay::OutsideAfc), "Very senior manager (outside AfC)")
                .clicked()
            {
                *pay = CurrentPay::OutsideAfc;
            }
        })
        .response
        .labelled_by(label.id);
    if let CurrentPay::Afc { band, point, point_started } = pay {
        let label = ui.label("Band");
        ComboBox::from_id_salt("pay-band")
            .selected_text(band.to_string())
            .show_ui(ui, |ui| {
                for choice in Band::ALL {
                    ui.selectable_value(band, choice, choice.to_string());
                }
            })
            .response
            .labelled_by(label.id);
        // Only the points the band has in the person's nation's table, each with its figure.
        let choices = point_choices(catalogue, nation, today.financial_year(), *band);
        if !choices.is_empty() && !choices.iter().any(|choice| choice.point == *point) {
            *point = PointName::Entry;
        }
        let label = ui.label("Pay point");
        let selected =
            choices.iter().find(|choice| choice.point == *point).map_or(point.name(), |choice| &choice.words);
        ComboBox::from_id_salt("pay-point")
            .selected_text(selected)
            .width(300.0)
            .show_ui(ui, |ui| {
                for choice in &choices {
                    ui.selectable_value(point, choice.point, &choice.words);
                }
            })
            .response
            .labelled_by(label.id);
        let mut month = Month::of(*point_started);
        month_ui(ui, "point-started", "Point reached", &mut month);
        *point_started = month.first_day();
    }
}
