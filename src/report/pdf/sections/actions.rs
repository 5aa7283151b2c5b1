//! "Action plan": each action with its type, due month, status and a tick box.

use crate::domain::Month;

use super::super::super::model::{ActionRow, ActionSection};
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
        let text = if actions.suggested.is_empty() {
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
        let rows: Vec<Vec<Cell>> = (0..BLANK_ROWS).map(|_| blank()).collect();
        table(flow, &COLUMNS, &rows, 4.0);
    } else {
        let rows: Vec<Vec<Cell>> = actions.own.iter().map(cells).collect();
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
