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
    if !steps.who_can_help.is_empty() {
        flow.heading("Who can help", H3, 8.0);
        flow.paragraph(&steps.who_can_help.join(" · "), BODY, 0.0, 2.0);
    }
    if !steps.checklist.is_empty() {
        flow.heading("Checklist", H3, 8.0);
        flow.checklist(&steps.checklist, BODY, 2.0);
    }
    if !steps.contacts.is_empty() {
        flow.heading("Helplines and websites", H3, 8.0);
        // Two contacts a row, each its name with its telephone, email or web address below.
        let rows: Vec<Vec<Cell>> = steps
            .contacts
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|(name, detail)| {
                        Cell::Stack(vec![Cell::text(name.clone(), SMALL.bold()), detail_cell(detail)])
                    })
                    .chain(std::iter::repeat_with(|| Cell::text("", SMALL)))
                    .take(2)
                    .collect()
            })
            .collect();
        table(flow, &[Column::left("Who and where", 50.0), Column::left("", 50.0)], &rows, 3.0);
    }
    if !steps.source.is_empty() {
        flow.paragraph(&format!("Source: {}", steps.source), SMALL.coloured(MUTED), 0.0, 4.0);
    }
}

/// A contact's telephone, email or web address; a web address is a link.
fn detail_cell(detail: &str) -> Cell {
    let looks_like_web = !detail.contains('@')
        && !detail.contains(' ')
        && detail.contains('.')
        && !detail.starts_with(|c: char| c.is_ascii_digit());
    if looks_like_web { Cell::Link(detail.to_owned(), SMALL) } else { Cell::text(detail.to_owned(), SMALL) }
}

/// Where the data comes from, the caveats and the disclaimer: a short appendix.
pub fn sources(flow: &mut Flow<'_>, sources: &SourcesSection) {
    flow.section("Sources and disclaimer");
    flow.boxed(&[("Disclaimer".to_owned(), SMALL.bold()), (sources.disclaimer.clone(), SMALL)], 4.0);
    flow.heading("About the figures", H3, 8.0);
    flow.bullets(&sources.caveats, SMALL, 0.0, 2.0);
    flow.heading("Pay tables used", H3, 6.0);
    flow.paragraph(&sources.pay_tables.join("; "), SMALL, 0.0, 2.0);
    flow.heading("Where the data comes from", H3, 6.0);
    let rows: Vec<Vec<Cell>> = sources
        .documents
        .iter()
        .map(|document| {
            let mut title = format!("{}, {}", document.title, document.publisher);
            if let Some(date) = document.date {
                title = format!("{title} ({})", date.format("%-d %b %Y"));
            }
            vec![Cell::text(title, SMALL), Cell::Link(document.location.clone(), SMALL)]
        })
        .collect();
    table(
        flow,
        &[Column::left("Document, publisher and date", 55.0), Column::left("Where", 45.0)],
        &rows,
        3.0,
    );
}

/// Space for the adviser's notes: labelled fields and ruled lines to the foot of the page,
/// at least [`NOTES_LINES`] of them (the renderer leaves them out rather than add a page).
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
pub const NOTES_LINES: usize = 4;
