//! Page 1, the plan on one page: title and name, where the person is now, the target and the
//! estimated arrival, the gaps with how to close each and by when, the next three actions,
//! the date of the data and the estimate notice.

use std::collections::BTreeSet;

use crate::domain::Month;

use super::super::super::model::{Cover, Summary};
use super::super::flow::{ACCENT, BODY, Flow, H2, INK, MUTED, SMALL, TextStyle};
use super::super::fonts::{REPLACEMENT, Weight};
use super::super::layout::Atom;
use super::super::table::{Cell, Column, table};

const TITLE: TextStyle = TextStyle { weight: Weight::Bold, size: 22.0, leading: 27.0, colour: ACCENT };
const NAME: TextStyle = TextStyle { weight: Weight::Bold, size: 16.0, leading: 21.0, colour: INK };

/// Page 1: the cover block and the summary of the plan.
pub fn cover(flow: &mut Flow<'_>, cover: &Cover, summary: &Summary) {
    flow.heading(&cover.title, TITLE, 0.0);
    flow.bookmark_last("Summary");
    let name = if cover.name.is_empty() { "Name not given" } else { cover.name.as_str() };
    flow.heading(name, NAME, 1.0);
    let mut facts = vec![("Now".to_owned(), summary.now.clone())];
    facts.push(("Target".to_owned(), cover.aim.clone().unwrap_or_else(|| "None chosen yet".to_owned())));
    facts.push(("Could arrive".to_owned(), summary.arrival.clone()));
    let mut data =
        format!("Prepared {}; pay year {} (April to March)", cover.prepared.label(), cover.pay_year);
    if let Some(table) = cover.data {
        data = format!(
            "{data}; Agenda for Change pay table {}, applying from {}",
            table.year,
            table.applies_from.format("%-d %B %Y")
        );
    }
    facts.push(("Data".to_owned(), data));
    flow.key_values(&facts, 80.0, 8.0);
    flow.boxed(&[(cover.estimate_notice.clone(), SMALL.bold())], 6.0);
    if let Some(target) = &summary.target {
        flow.heading(&format!("Gaps to close for {target}"), H2, 10.0);
        if summary.gaps.is_empty() {
            flow.paragraph("None: you meet every requirement of the target.", BODY.coloured(MUTED), 0.0, 2.0);
        } else {
            let rows: Vec<Vec<Cell>> = (1..)
                .zip(&summary.gaps)
                .map(|(number, gap)| {
                    let requirement = gap.requirement.clone();
                    vec![
                        Cell::text(format!("{number}"), SMALL.bold()),
                        Cell::text(requirement, SMALL.bold()),
                        Cell::text(gap.how.clone(), SMALL),
                        Cell::text(gap.by.map_or_else(|| "not timed".to_owned(), Month::label), SMALL),
                    ]
                })
                .collect();
            let columns = [
                Column::left("Gap", 5.0),
                Column::left("What is missing", 32.0),
                Column::left("How to close it", 48.0),
                Column::left("By (estimated)", 15.0),
            ];
            table(flow, &columns, &rows, 3.0);
        }
    }
    flow.heading("Next three actions", H2, 10.0);
    if summary.next.is_empty() {
        flow.paragraph("None yet: agree them with your adviser.", BODY.coloured(MUTED), 0.0, 2.0);
    } else {
        let rows: Vec<Vec<Cell>> = summary
            .next
            .iter()
            .map(|action| {
                let title = if action.suggested {
                    format!("{} (suggested by the planner)", action.title)
                } else {
                    action.title.clone()
                };
                vec![
                    Cell::text(title, SMALL),
                    Cell::text(action.due.map_or_else(|| "not set".to_owned(), Month::label), SMALL),
                ]
            })
            .collect();
        table(flow, &[Column::left("Action", 82.0), Column::left("Due", 18.0)], &rows, 3.0);
    }
}

/// A note on page 1 naming the characters no font could draw, if any; they are shown as the
/// replacement character, and listed here with how to install a font, so nothing is lost
/// silently.
#[must_use]
pub fn missing_notice(flow: &mut Flow<'_>, missing: &BTreeSet<char>) -> Vec<Atom> {
    if missing.is_empty() {
        return Vec::new();
    }
    let mut codes: Vec<String> =
        missing.iter().take(24).map(|c| format!("U+{:04X}", u32::from(*c))).collect();
    if missing.len() > 24 {
        codes.push(format!("and {} more", missing.len() - 24));
    }
    let mut scripts: Vec<&str> = missing.iter().map(|c| crate::fonts::script_name(*c)).collect();
    scripts.dedup();
    scripts.sort_unstable();
    scripts.dedup();
    let text = format!(
        "Some characters in this plan ({} script) are not in any font installed on this computer and are \
         shown as {REPLACEMENT}: their Unicode code points are {}. Install a font that covers them (on Debian \
         or Ubuntu: sudo apt-get install fonts-noto-core fonts-noto-cjk) and export the plan again.",
        scripts.join(", "),
        codes.join(", ")
    );
    let start = flow.atoms.len();
    flow.boxed(&[(text, SMALL.coloured(MUTED))], 6.0);
    flow.atoms.split_off(start)
}
