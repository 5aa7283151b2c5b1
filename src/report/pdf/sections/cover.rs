//! The cover block: title, name, dates, the data's date, the aim and the estimate notice.

use std::collections::BTreeSet;

use super::super::super::model::Cover;
use super::super::flow::{ACCENT, BODY, Flow, INK, MUTED, SMALL, TextStyle};
use super::super::fonts::{REPLACEMENT, Weight};
use super::super::layout::Atom;

const TITLE: TextStyle = TextStyle { weight: Weight::Bold, size: 24.0, leading: 30.0, colour: ACCENT };
const NAME: TextStyle = TextStyle { weight: Weight::Bold, size: 17.0, leading: 22.0, colour: INK };

/// The cover block.
pub fn cover(flow: &mut Flow<'_>, cover: &Cover) {
    flow.heading(&cover.title, TITLE, 0.0);
    let name = if cover.name.is_empty() { "Name not given" } else { cover.name.as_str() };
    flow.heading(name, NAME, 2.0);
    let mut facts = vec![
        ("Prepared".to_owned(), cover.prepared.label()),
        ("Pay year".to_owned(), format!("{} (April to March)", cover.pay_year)),
    ];
    if let Some(data) = cover.data {
        facts.push((
            "Pay data".to_owned(),
            format!(
                "Agenda for Change pay table {}, applying from {}",
                data.year,
                data.applies_from.format("%-d %B %Y")
            ),
        ));
    }
    if let Some(aim) = &cover.aim {
        facts.push(("Aiming for".to_owned(), aim.clone()));
    }
    flow.key_values(&facts, 80.0, 10.0);
    flow.boxed(&[(cover.estimate_notice.clone(), BODY.bold())], 10.0);
}

/// A note on the cover naming the characters the fonts cannot draw, if any; they are shown
/// as the replacement character, and listed here by code point so nothing is lost silently.
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
    let text = format!(
        "Some characters in this plan are not in the font it uses (DejaVu Sans) and are shown as {REPLACEMENT}: \
         their Unicode code points are {}.",
        codes.join(", ")
    );
    let start = flow.atoms.len();
    flow.boxed(&[(text, SMALL.coloured(MUTED))], 6.0);
    flow.atoms.split_off(start)
}
