//! "Who can help and what to do next", "Sources and disclaimer" and the adviser's notes.

use super::super::super::model::{NextStepsSection, SourcesSection};
use super::super::flow::{BODY, Flow, H3, MUTED, RULE, SMALL, count_f32, text_item};
use super::super::layout::{Atom, CONTENT_WIDTH, Item, Ruling, Stroke};
use super::super::table::{Cell, Column, table};

/// Who can help and what to do next, for the person's stage.
pub fn next_steps(flow: &mut Flow<'_>, steps: &NextStepsSection) {
    flow.section("Who can help and what to do next");
    if !steps.stage.is_empty() {
        flow.paragraph(&format!("Your stage: {}. {}", steps.stage, steps.stage_reason), BODY, 0.0, 4.0);
        flow.keep_last_with_next();
    }
    if !steps.what_to_do.is_empty() {
        flow.heading("What to do now", H3, 8.0);
        flow.bullets(&steps.what_to_do, BODY, 0.0, 2.0);
    }
    for (title, advice) in &steps.earlier {
        flow.heading(&format!("Also, from the stage “{title}”"), H3, 8.0);
        flow.bullets(advice, BODY, 0.0, 2.0);
    }
    if !steps.who_can_help.is_empty() {
        flow.heading("Who can help", H3, 8.0);
        flow.paragraph(&steps.who_can_help.join(" · "), BODY, 0.0, 2.0);
    }
    if !steps.checklist.is_empty() {
        flow.heading("Checklist", H3, 8.0);
        flow.checklist(&steps.checklist, BODY, 2.0);
    }
    if !steps.contacts.is_empty() {
        flow.heading("Helplines and websites", H3, 10.0);
        let rows: Vec<Vec<Cell>> = steps
            .contacts
            .iter()
            .map(|(name, detail)| vec![Cell::text(name.clone(), SMALL), Cell::text(detail.clone(), SMALL)])
            .collect();
        table(
            flow,
            &[Column::left("Who", 60.0), Column::left("Telephone, email or website", 40.0)],
            &rows,
            3.0,
        );
    }
    if !steps.source.is_empty() {
        flow.paragraph(&format!("Source: {}", steps.source), SMALL.coloured(MUTED), 0.0, 4.0);
    }
}

/// Where the data comes from, the caveats and the disclaimer.
pub fn sources(flow: &mut Flow<'_>, sources: &SourcesSection) {
    flow.section("Sources and disclaimer");
    flow.boxed(&[("Disclaimer".to_owned(), BODY.bold()), (sources.disclaimer.clone(), BODY)], 6.0);
    flow.heading("About the figures", H3, 10.0);
    flow.bullets(&sources.caveats, SMALL, 0.0, 2.0);
    flow.heading("Pay tables used", H3, 8.0);
    flow.bullets(&sources.pay_tables, SMALL, 0.0, 2.0);
    flow.heading("Where the data comes from", H3, 8.0);
    let rows: Vec<Vec<Cell>> = sources
        .documents
        .iter()
        .map(|document| {
            vec![
                Cell::text(document.title.clone(), SMALL),
                Cell::text(document.publisher.clone(), SMALL),
                Cell::text(document.location.clone(), SMALL),
                Cell::text(
                    document.date.map_or_else(String::new, |date| date.format("%-d %b %Y").to_string()),
                    SMALL,
                ),
            ]
        })
        .collect();
    table(
        flow,
        &[
            Column::left("Document", 36.0),
            Column::left("Publisher", 22.0),
            Column::left("Where", 28.0),
            Column::left("Date", 14.0),
        ],
        &rows,
        3.0,
    );
}

/// Space for the adviser's notes: labelled fields and ruled lines to the foot of the page,
/// at least [`NOTES_LINES`] of them (else on a page of their own).
pub fn adviser_notes(flow: &mut Flow<'_>) {
    flow.section("Adviser's notes");
    let rule = Stroke::solid(RULE, 0.5);
    let label = SMALL.coloured(MUTED);
    let mut items = Vec::new();
    let fields = [("Adviser", 0.0), ("Date", CONTENT_WIDTH * 0.5), ("Next review", CONTENT_WIDTH * 0.75)];
    for (index, (name, x)) in fields.iter().enumerate() {
        let end = fields.get(index + 1).map_or(CONTENT_WIDTH, |(_, next)| next - 10.0);
        items.push(text_item(*x, 12.0, (*name).to_owned(), label));
        items.push(Item::line((*x, 26.0), (end, 26.0), rule));
    }
    let spacing = 22.0;
    let first = 50.0;
    flow.push(Atom {
        height: first + spacing * count_f32(NOTES_LINES - 1) + 4.0,
        space_before: 6.0,
        items,
        ruling: Some(Ruling { first, spacing, stroke: rule }),
        ..Atom::default()
    });
}

/// The fewest ruled lines for the adviser's notes.
pub const NOTES_LINES: usize = 12;
