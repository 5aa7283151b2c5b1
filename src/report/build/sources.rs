//! Sources of the data, the caveats of the plan and the disclaimer.

use crate::domain::Catalogue;
use crate::domain::model::taxonomy::Nation;
use crate::domain::wording::DISCLAIMER;

use super::super::model::{DataDate, SourceRow, SourcesSection};

/// What "most posts ask" and "the planner's estimate" mean in the plan.
pub const TYPICAL_NOTE: &str = "Requirements marked \"most posts ask\" are what the sources say such posts \
     usually want: they do not stop you applying. Those marked \"the planner's estimate\" are the planner's own \
     figures where no source gives one.";

/// What "estimated" means in the plan.
pub const ESTIMATED_NOTE: &str = "Figures marked estimated are projected from the latest published pay table, \
     or taken from a comparable figure; published figures are read from the table for that year.";

/// The latest pay table the figures use for a nation (England's when the nation has none).
pub(super) fn data_date(catalogue: &Catalogue, nation: Nation) -> Option<DataDate> {
    catalogue
        .latest_pay_table(nation)
        .or_else(|| catalogue.latest_pay_table(Nation::England))
        .map(|table| DataDate { year: table.year, applies_from: table.applies_from })
}

/// A web address without its scheme ("www.nhsemployers.org/..."); empty for a location that
/// is not one (a seed file's name means nothing to a reader).
fn web_address(location: &str) -> String {
    let location = location.trim();
    let bare = location.strip_prefix("https://").or_else(|| location.strip_prefix("http://"));
    match bare {
        Some(bare) => bare.trim_end_matches('/').to_owned(),
        None if location.starts_with("www.") => location.to_owned(),
        None => String::new(),
    }
}

/// The sources section, with the plan's own caveats first.
pub(super) fn sources_section(catalogue: &Catalogue, plan_notes: &[String]) -> SourcesSection {
    let pay_tables = catalogue
        .pay_tables
        .iter()
        .map(|table| {
            format!(
                "Agenda for Change pay table, {}, {}: applies from {}",
                table.nation.name(),
                table.year,
                table.applies_from.format("%-d %b %Y")
            )
        })
        .collect();
    let documents = catalogue
        .documents
        .iter()
        .map(|document| SourceRow {
            title: document.title.clone(),
            publisher: document.publisher.clone(),
            location: web_address(&document.location),
            date: document.date,
        })
        .collect();
    let mut caveats: Vec<String> = plan_notes.to_vec();
    caveats.push(TYPICAL_NOTE.to_owned());
    caveats.push(ESTIMATED_NOTE.to_owned());
    SourcesSection { pay_tables, documents, caveats, disclaimer: DISCLAIMER.to_owned() }
}
