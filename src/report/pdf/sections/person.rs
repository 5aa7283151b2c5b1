//! "Where you are now", the target role in full and the other best-matching roles in one
//! line each.

use super::super::super::model::{NowSection, RequirementNote, RoleBlock, RoleLine};
use super::super::flow::{BODY, Flow, H3, MUTED, SMALL};
use super::super::table::{Cell, Column, table};

/// The items as bullets, or a muted line saying there are none.
fn bullets_or(flow: &mut Flow<'_>, items: &[String], none: &str, after: f32) {
    if items.is_empty() {
        flow.paragraph(none, BODY.coloured(MUTED), 0.0, after);
    } else {
        flow.bullets(items, BODY, 0.0, after);
    }
}

/// Where the person is now.
pub fn now(flow: &mut Flow<'_>, now: &NowSection) {
    flow.section("Where you are now");
    flow.key_values(&now.facts, 110.0, 6.0);
    flow.heading("Qualifications", H3, 8.0);
    bullets_or(flow, &now.qualifications, "None recorded yet.", 2.0);
    flow.heading("Experience", H3, 8.0);
    bullets_or(flow, &now.experience, "None recorded yet.", 2.0);
    if !now.notes.is_empty() {
        flow.heading("Your notes", H3, 8.0);
        flow.paragraph(&now.notes, BODY, 0.0, 2.0);
        if let Some(answer) = &now.answer {
            flow.paragraph(&format!("The planner's answer: {answer}"), BODY.bold(), 0.0, 3.0);
        }
    }
}

/// The target role with every requirement met or missing, each referring to a numbered note
/// below the table: the source's own words and the source's title and section, or the
/// planner's estimate.
pub fn target(flow: &mut Flow<'_>, role: &RoleBlock) {
    flow.section(&format!("Your target: {}", role.title));
    flow.paragraph(
        &format!("{} · score {} of 100 · {}", role.fit, role.score, role.pay),
        BODY.bold(),
        0.0,
        4.0,
    );
    flow.keep_last_with_next();
    if !role.reasons.is_empty() {
        flow.paragraph(&role.reasons.join("; "), SMALL.coloured(MUTED), 0.0, 2.0);
    }
    // The role's summary opens the page its requirements start on.
    flow.keep_last_with_next();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for missing in &role.missing {
        let how = match missing.gap {
            Some(number) => format!("How to close it: see gap {number} on page 1."),
            None if missing.ways.is_empty() => "No single step closes this.".to_owned(),
            None => format!("How to close it: {}", missing.ways.join("; or ")),
        };
        rows.push(vec![
            Cell::text(missing.text.clone(), SMALL.bold()),
            Cell::text("Missing", SMALL.bold()),
            Cell::Text(vec![(missing.reason.clone(), SMALL), (how, SMALL)]),
            Cell::text(note_mark(missing.note), SMALL.coloured(MUTED)),
        ]);
    }
    for met in &role.met {
        rows.push(vec![
            Cell::text(met.text.clone(), SMALL),
            Cell::text("Met", SMALL),
            Cell::text("", SMALL),
            Cell::text(note_mark(met.note), SMALL.coloured(MUTED)),
        ]);
    }
    let columns = [
        Column::left("Requirement", 40.0),
        Column::left("You", 9.0),
        Column::left("Why, and how to close it", 44.0),
        Column::left("Note", 7.0),
    ];
    table(flow, &columns, &rows, 6.0);
    requirement_notes(flow, &role.notes);
}

/// A requirement's note number as it is printed: "[3]".
fn note_mark(number: usize) -> String {
    format!("[{number}]")
}

/// The numbered notes under the target's table: what each source says, in its own words.
fn requirement_notes(flow: &mut Flow<'_>, notes: &[RequirementNote]) {
    if notes.is_empty() {
        return;
    }
    flow.heading("Where these requirements come from", H3, 8.0);
    let style = SMALL.coloured(MUTED);
    for (number, note) in (1..).zip(notes) {
        let text = if note.quote.is_empty() {
            format!("{} {}", note_mark(number), note.source)
        } else {
            format!("{} \"{}\" ({})", note_mark(number), note.quote, note.source)
        };
        flow.paragraph(&text, style, 0.0, if number == 1 { 2.0 } else { 1.0 });
    }
}

/// The other best-matching roles, one line each.
pub fn roles(flow: &mut Flow<'_>, roles: &[RoleLine], after_target: bool) {
    if roles.is_empty() {
        return;
    }
    flow.section(if after_target { "Other roles that fit you" } else { "Best-matching roles" });
    let rows: Vec<Vec<Cell>> = roles
        .iter()
        .map(|role| {
            vec![
                Cell::text(role.title.clone(), SMALL.bold()),
                Cell::text(role.fit.clone(), SMALL),
                Cell::text(role.pay.clone(), SMALL),
                Cell::text(role.main_gap.clone(), SMALL),
            ]
        })
        .collect();
    let columns = [
        Column::left("Role", 27.0),
        Column::left("Fit", 11.0),
        Column::left("Pay", 14.0),
        Column::left("Main gap", 48.0),
    ];
    table(flow, &columns, &rows, 4.0);
}
