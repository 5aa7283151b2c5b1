//! "Your chosen path": the steps with dates, the pay table, the chart of band and pay and the
//! assumptions behind the figures. The table comes before the chart: its rows can continue on
//! the next page, so the chart (which cannot be split) does not leave a page part empty.

use crate::domain::format::pounds;
use crate::domain::matching::span;
use crate::domain::pay::{Basis, amount_or_no_pay, months_words};

use crate::domain::Month;

use super::super::super::model::{ChosenPath, PathSection, PayRow, StepRow};
use super::super::chart::chart;
use super::super::flow::{BODY, Flow, H2, MUTED, SMALL};
use super::super::table::{Cell, Column, table};

/// The chosen path, or why there is none.
pub fn path(flow: &mut Flow<'_>, section: &PathSection) {
    flow.section("Your chosen path");
    match section {
        PathSection::NoPath { target, reason } => {
            if let Some(target) = target {
                flow.paragraph(&format!("Target: {target}"), BODY.bold(), 0.0, 4.0);
            }
            flow.paragraph(reason, BODY, 0.0, 4.0);
        }
        PathSection::Path(path) => chosen(flow, path),
    }
}

fn chosen(flow: &mut Flow<'_>, path: &ChosenPath) {
    let when = if path.months_to_target == 0 {
        "now".to_owned()
    } else {
        format!("in {}, about {} from now", path.arrival.label(), span(path.months_to_target))
    };
    flow.paragraph(
        &format!("{}: you could reach {} {when} (estimated).", path.label, path.target),
        BODY,
        0.0,
        4.0,
    );
    flow.keep_last_with_next();
    flow.heading("Steps (dates are estimated)", H2, 10.0);
    let columns = [
        Column::left("From", 13.0),
        Column::left("To", 13.0),
        Column::left("Step", 56.0),
        Column::left("Pay", 18.0),
    ];
    let rows: Vec<Vec<Cell>> = path.steps.iter().map(step_cells).collect();
    table(flow, &columns, &rows, 4.0);
    flow.heading("Pay year by year", H2, 12.0);
    flow.paragraph(
        "Annual pay is the basic pay rate at the end of the year, pro rata to your hours; HCAS is the High Cost \
         Area Supplement a year, where it applies; earned is basic pay and HCAS for the months of the year the \
         plan covers.",
        SMALL.coloured(MUTED),
        0.0,
        2.0,
    );
    flow.keep_last_with_next();
    let columns = [
        Column::left("Year", 10.0),
        Column::left("Position at the end of the year", 45.0),
        Column::right("Annual pay", 12.0),
        Column::right("HCAS", 9.0),
        Column::right("Earned", 12.0),
        Column::left("Figures", 12.0),
    ];
    let rows: Vec<Vec<Cell>> = path.pay_rows.iter().map(pay_cells).collect();
    table(flow, &columns, &rows, 4.0);
    flow.heading("Band and pay over the years", H2, 12.0);
    flow.paragraph(
        "Basic pay rate at the end of each financial year, pro rata to your hours, without the High Cost Area \
         Supplement. The band is named where it changes.",
        SMALL.coloured(MUTED),
        0.0,
        2.0,
    );
    flow.keep_last_with_next();
    let atom = chart(flow, &path.chart);
    flow.push(atom);
    if !path.notes.is_empty() {
        flow.heading("About these figures", super::super::flow::H3, 8.0);
        flow.bullets(&path.notes, SMALL, 0.0, 2.0);
    }
}

fn step_cells(step: &StepRow) -> Vec<Cell> {
    let mut paragraphs = vec![(step.title.clone(), BODY.bold()), (step.reason.clone(), SMALL)];
    paragraphs
        .extend(step.before.iter().map(|action| (format!("Before it: {action}"), SMALL.coloured(MUTED))));
    vec![
        Cell::text(step.start.label(), BODY),
        Cell::text(step.end.map_or_else(|| "onwards".to_owned(), Month::label), BODY),
        Cell::Text(paragraphs),
        Cell::text(step.pay.clone(), BODY),
    ]
}

fn pay_cells(row: &PayRow) -> Vec<Cell> {
    let mut position = vec![(row.position.clone(), SMALL)];
    position.extend(row.events.iter().map(|event| (event.clone(), SMALL.coloured(MUTED))));
    let mut earned = vec![(amount_or_no_pay(u64::from(row.earned)), SMALL)];
    if row.months < 12 {
        earned.push((months_words(row.months), SMALL.coloured(MUTED)));
    }
    let basis = row.basis.title();
    vec![
        Cell::text(row.year.to_string(), SMALL),
        Cell::Text(position),
        Cell::text(amount_or_no_pay(row.annual_pay.map_or(0, u64::from)), SMALL),
        Cell::text(if row.hcas > 0 { pounds(u64::from(row.hcas)) } else { "–".to_owned() }, SMALL),
        Cell::Text(earned),
        Cell::text(basis, if row.basis == Basis::Estimated { SMALL.coloured(MUTED) } else { SMALL }),
    ]
}
