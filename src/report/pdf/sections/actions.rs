//! "Action plan": each action with its type, due month, status and a tick box, open ones
//! first and those done or dropped apart; and the saved what-if scenarios.

use crate::domain::Month;
use crate::domain::format::pounds;

use super::super::super::model::{ActionRow, ActionSection, ScenarioRow};
use super::super::flow::{BODY, Flow, H2, MUTED, SMALL};
use super::super::table::{Cell, Column, table};

const COLUMNS: [Column; 5] = [
    Column::left("Done", 7.0),
    Column::left("Action", 53.0),
    Column::left("Type", 11.0),
    Column::left("Due", 12.0),
    Column::left("Status", 17.0),
];

/// Rows left blank for writing actions in by hand when the person has none.
const BLANK_ROWS: usize = 5;
/// Rows left blank when the person has none but the path suggests some.
const BLANK_ROWS_WITH_SUGGESTIONS: usize = 3;

/// The action plan.
pub fn actions(flow: &mut Flow<'_>, actions: &ActionSection) {
    flow.section("Action plan");
    flow.paragraph(
        "Tick each action when it is done, and bring this plan to your next review.",
        BODY,
        0.0,
        4.0,
    );
    flow.keep_last_with_next();
    flow.heading("Your actions", H2, 10.0);
    if actions.own.is_empty() {
        let text = if !actions.closed.is_empty() {
            "Every action you added is done or no longer relevant: write the next ones here with your adviser."
        } else if actions.suggested.is_empty() {
            "You have not added any actions yet: write them here with your adviser."
        } else {
            "You have not added any actions yet: the suggested ones below are a place to start, or write your \
             own here with your adviser."
        };
        flow.paragraph(text, BODY.coloured(MUTED), 0.0, 2.0);
        let blank = || {
            vec![
                Cell::Tick(false),
                Cell::Text(vec![(String::new(), BODY), (String::new(), BODY)]),
                Cell::text("", BODY),
                Cell::text("", BODY),
                Cell::text("", BODY),
            ]
        };
        let blank_rows = if actions.suggested.is_empty() { BLANK_ROWS } else { BLANK_ROWS_WITH_SUGGESTIONS };
        let rows: Vec<Vec<Cell>> = (0..blank_rows).map(|_| blank()).collect();
        table(flow, &COLUMNS, &rows, 4.0);
    } else {
        let rows: Vec<Vec<Cell>> = actions.own.iter().map(cells).collect();
        table(flow, &COLUMNS, &rows, 4.0);
    }
    if !actions.closed.is_empty() {
        flow.heading("Done or no longer relevant", H2, 12.0);
        let rows: Vec<Vec<Cell>> = actions.closed.iter().map(cells).collect();
        table(flow, &COLUMNS, &rows, 4.0);
    }
    if !actions.suggested.is_empty() {
        flow.heading("Suggested by your chosen path (dates are estimated)", H2, 12.0);
        let rows: Vec<Vec<Cell>> = actions.suggested.iter().map(cells).collect();
        table(flow, &COLUMNS, &rows, 4.0);
    }
}

fn cells(action: &ActionRow) -> Vec<Cell> {
    let mut text = vec![(action.title.clone(), BODY)];
    if !action.note.is_empty() {
        text.push((action.note.clone(), SMALL.coloured(MUTED)));
    }
    vec![
        Cell::Tick(action.done),
        Cell::Text(text),
        Cell::text(action.kind.clone(), BODY),
        Cell::text(action.due.map_or_else(|| "not set".to_owned(), Month::label), BODY),
        Cell::text(action.status.clone(), BODY),
    ]
}

/// The saved what-if scenarios side by side, the profile as it is first.
pub fn scenarios(flow: &mut Flow<'_>, scenarios: &[ScenarioRow]) {
    if scenarios.is_empty() {
        return;
    }
    flow.section("What-if scenarios");
    flow.paragraph(
        "Your saved scenarios, each planned on its quickest path (estimated). Pay is basic pay and High Cost \
         Area Supplement a year.",
        SMALL.coloured(MUTED),
        0.0,
        4.0,
    );
    flow.keep_last_with_next();
    let money = |pay: Option<u32>| pay.map_or_else(|| "none".to_owned(), |pay| pounds(u64::from(pay)));
    let rows: Vec<Vec<Cell>> = scenarios
        .iter()
        .map(|row| {
            vec![
                Cell::text(row.name.clone(), SMALL.bold()),
                Cell::text(row.arrival.clone(), SMALL),
                Cell::text(money(row.pay_after_5_years), SMALL),
                Cell::text(money(row.pay_after_10_years), SMALL),
                Cell::text(if row.estimated { "Estimated" } else { "Published" }, SMALL),
            ]
        })
        .collect();
    let columns = [
        Column::left("Scenario", 30.0),
        Column::left("Target reached", 24.0),
        Column::right("Pay in 5 years", 16.0),
        Column::right("Pay in 10 years", 16.0),
        Column::left("Figures", 14.0),
    ];
    table(flow, &columns, &rows, 3.0);
}
