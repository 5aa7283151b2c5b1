//! The chosen path: its steps with dates, band and pay year by year for the chart, and the
//! pay table.

use crate::domain::pay::{Basis, PayEventKind, PayPosition, PayYear, position_words};
use crate::domain::progression::{CareerPath, PathStep};
use crate::domain::{Catalogue, Month};

use super::super::model::{ChartYear, ChosenPath, PayRow, StepRow};

/// The report's view of a career path.
pub(super) fn chosen_path(catalogue: &Catalogue, path: &CareerPath) -> ChosenPath {
    // The first event only restates where the person starts.
    let start = path.pay.years.first().and_then(|year| year.events.first()).map(|event| event.month);
    let target = catalogue.role(&path.target).map_or_else(|| path.target.clone(), |role| role.title.clone());
    ChosenPath {
        label: path.label.clone(),
        target,
        arrival: path.arrival,
        months_to_target: path.months_to_target,
        steps: path.steps.iter().map(step_row).collect(),
        chart: path.pay.years.iter().map(chart_year).collect(),
        pay_rows: path.pay.years.iter().map(|year| pay_row(year, start)).collect(),
        notes: std::iter::once(&path.why)
            .filter(|why| !why.is_empty())
            .chain(&path.notes)
            .chain(&path.pay.notes)
            .cloned()
            .collect(),
    }
}

fn step_row(step: &PathStep) -> StepRow {
    StepRow {
        title: step.title.clone(),
        pay: step.pay_label.clone(),
        start: step.start,
        end: step.end,
        reason: step.reason.clone(),
        before: step
            .actions
            .iter()
            .map(|action| {
                format!(
                    "{}: {} ({} to {})",
                    action.kind.name(),
                    action.title,
                    action.start.label(),
                    action.due.label()
                )
            })
            .collect(),
    }
}

/// The short name of where a person is paid: "Band 5", "Scheme", "Other pay", "Unpaid".
fn position_short(position: &PayPosition) -> String {
    match position {
        PayPosition::Afc { band, .. } => band.to_string(),
        PayPosition::Scheme { .. } => "Scheme".to_owned(),
        PayPosition::Other { .. } => "Other pay".to_owned(),
        PayPosition::Unpaid { .. } => "Unpaid".to_owned(),
    }
}

fn chart_year(year: &PayYear) -> ChartYear {
    ChartYear {
        year: year.year,
        annual_pay: year.annual_pay,
        band: position_short(&year.position),
        promotion: year.events.iter().any(|event| event.kind == PayEventKind::Promotion),
        estimated: year.basis == Basis::Estimated,
    }
}

fn pay_row(year: &PayYear, start: Option<Month>) -> PayRow {
    let position = position_words(&year.position);
    let events = year
        .events
        .iter()
        .filter(|event| !(event.kind == PayEventKind::Change && Some(event.month) == start))
        .map(|event| {
            if event.kind == PayEventKind::Change && event_restates(&event.text, &position) {
                format!("From {}", event.month.label())
            } else {
                // The first clause says what happened and when; the rest is in the notes.
                event.text.split(';').next().unwrap_or_default().trim().to_owned()
            }
        })
        .collect();
    PayRow {
        year: year.year,
        position,
        events,
        annual_pay: year.annual_pay,
        hcas: year.hcas,
        earned: year.earned.saturating_add(year.hcas_earned),
        months: year.months,
        basis: year.basis,
    }
}

/// True when a change event names the row's own position ("Band 7, entry point, from Sep 2029"
/// in a year that ends at Band 7, entry point).
fn event_restates(text: &str, position: &str) -> bool {
    text.strip_prefix(position)
        .is_some_and(|rest| rest.trim_start_matches(',').trim_start().starts_with("from "))
}
