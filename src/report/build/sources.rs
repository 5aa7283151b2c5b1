//! Sources of the data, the caveats of the plan and the disclaimer.

use std::collections::BTreeSet;

use crate::domain::Catalogue;
use crate::domain::model::catalogue::{Requirement, Source};
use crate::domain::model::profile::Profile;
use crate::domain::model::taxonomy::Nation;
use crate::domain::progression::{CareerPath, StepKind};
use crate::domain::wording::{DISCLAIMER, own_data_notice};

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

/// The documents (ids) this plan draws on: the target role's and the path's roles and routes,
/// the next-steps advice, and the pay and HCAS tables of the person's nation.
pub(super) fn documents_used(
    catalogue: &Catalogue,
    profile: &Profile,
    target: Option<&str>,
    path: Option<&CareerPath>,
) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut add = |sources: &mut dyn Iterator<Item = &Source>| {
        used.extend(sources.map(|source| source.document.clone()));
    };
    let requirement_sources = |requirements: &[Requirement]| -> Vec<Source> {
        requirements.iter().map(|requirement| requirement.source.clone()).collect()
    };
    let mut roles: Vec<&str> = target.into_iter().collect();
    for step in path.into_iter().flat_map(|path| &path.steps) {
        match &step.kind {
            StepKind::Role(id) => roles.push(id),
            StepKind::Route(id) => {
                if let Some(route) = catalogue.route(id) {
                    add(&mut route.sources.iter());
                    add(&mut requirement_sources(&route.essential).iter());
                    add(&mut requirement_sources(&route.desirable).iter());
                }
            }
            StepKind::Now => {}
        }
    }
    for role in roles.into_iter().filter_map(|id| catalogue.role(id)) {
        add(&mut role.sources.iter());
        add(&mut requirement_sources(&role.essential).iter());
        add(&mut requirement_sources(&role.desirable).iter());
    }
    let steps = &catalogue.next_steps;
    add(&mut steps.stages.iter().map(|stage| &stage.source));
    add(&mut steps.checklist_source.iter());
    add(&mut steps.contacts.iter().map(|contact| &contact.source));
    for table in catalogue.pay_tables.iter().filter(|table| table.nation == profile.nation) {
        add(&mut table.sources.iter());
    }
    for table in catalogue.hcas.iter().filter(|table| table.nation == profile.nation) {
        add(&mut table.sources.iter());
    }
    used
}

/// The sources section, with the plan's own caveats first; only the documents in `used`.
pub(super) fn sources_section(
    catalogue: &Catalogue,
    plan_notes: &[String],
    used: &BTreeSet<String>,
    nation: Nation,
) -> SourcesSection {
    let pay_tables = catalogue
        .pay_tables
        .iter()
        .filter(|table| table.nation == nation)
        .map(|table| {
            format!(
                "Agenda for Change pay table, {}, {}: applies from {}{}",
                table.nation.name(),
                table.year,
                table.applies_from.format("%-d %b %Y"),
                if table.from_own_data { " (from your own data, not published)" } else { "" }
            )
        })
        .collect();
    let documents = catalogue
        .documents
        .iter()
        .filter(|document| used.contains(&document.id))
        .map(|document| SourceRow {
            title: document.title.clone(),
            publisher: document.publisher.clone(),
            location: web_address(&document.location),
            date: document.date,
        })
        .collect();
    let mut caveats: Vec<String> =
        own_data_notice(catalogue).map(|notice| format!("{notice}.")).into_iter().collect();
    caveats.extend(plan_notes.iter().cloned());
    caveats.push(TYPICAL_NOTE.to_owned());
    caveats.push(ESTIMATED_NOTE.to_owned());
    SourcesSection { pay_tables, documents, caveats, disclaimer: DISCLAIMER.to_owned() }
}
