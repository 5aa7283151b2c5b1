//! Checks that every id the code names exists, and that a route's first-post figure falls
//! within the band it names.

use super::super::super::taxonomy::Nation;
use super::super::gap_advice::PLACEHOLDERS;
use super::super::named;
use super::super::{PointName, Route};
use super::{CatalogueError, Checker};

const ROUTES: &str = "routes.ron";
const GAP_ADVICE: &str = "gap_advice.ron";

/// The `{name}` placeholders in a text.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

impl Checker<'_> {
    /// Every stage, qualification and document id the code names is in the catalogue.
    pub(super) fn named_ids(&mut self) {
        let c = self.catalogue;
        let mut missing = Vec::new();
        for id in named::STAGES {
            if !c.next_steps.stages.iter().any(|stage| stage.id == id) {
                missing.push(("next_steps.ron", format!("the code names the stage \"{id}\"")));
            }
        }
        for id in named::QUALIFICATIONS {
            if c.qualification(id).is_none() {
                missing.push(("qualifications.ron", format!("the code names the qualification \"{id}\"")));
            }
        }
        for id in named::DOCUMENTS {
            if !c.documents.iter().any(|document| document.id == id) {
                missing.push(("sources.ron", format!("the code names the document \"{id}\"")));
            }
        }
        for (file, what) in missing {
            self.errors.push(CatalogueError::file(
                file,
                format!("{what}, which is not in this file: restore it or change the code"),
            ));
        }
    }

    /// Each piece of timed advice in `gap_advice.ron` has text, a source, and only its own
    /// placeholders.
    pub(super) fn timed_advice(&mut self) {
        let advice = &self.catalogue.gap_advice;
        for ((field, timed), (_, allowed)) in advice.timed().into_iter().zip(PLACEHOLDERS) {
            self.source(GAP_ADVICE, field, &timed.source);
            let unknown: Vec<&str> =
                placeholders(&timed.text).filter(|name| !allowed.contains(name)).collect();
            if timed.text.trim().is_empty() || !unknown.is_empty() {
                self.errors.push(CatalogueError::file(
                    GAP_ADVICE,
                    format!(
                        "`{field}` needs text using only the placeholders {allowed:?} (found {unknown:?})"
                    ),
                ));
            }
        }
    }

    /// A route's first post: its source is known and its figure falls within its band in every
    /// England pay table.
    pub(super) fn first_posts(&mut self) {
        let c = self.catalogue;
        for route in &c.routes {
            let Some(first) = &route.first_post else { continue };
            self.source(ROUTES, &route.id, &first.source);
            if first.quote.trim().is_empty() {
                self.fail_field(
                    ROUTES,
                    &route.id,
                    "first_post",
                    format!("route \"{}\": a first post needs the source's words in `quote`", route.id),
                );
            }
            if !self.figure_in_band(route) {
                self.fail_field(
                    ROUTES,
                    &route.id,
                    "first_post",
                    format!(
                        "route \"{}\": £{} is not within {} in every England pay table",
                        route.id, first.annual_pounds, first.band
                    ),
                );
            }
        }
    }

    fn figure_in_band(&self, route: &Route) -> bool {
        let Some(first) = &route.first_post else { return true };
        let mut tables = self.catalogue.pay_tables.iter().filter(|table| table.nation == Nation::England);
        tables.all(|table| {
            let entry = table.point(first.band, PointName::Entry).map(|point| point.annual_pounds);
            let top = table.point(first.band, PointName::Top).map(|point| point.annual_pounds).or(entry);
            entry.zip(top).is_some_and(|(low, high)| (low..=high).contains(&first.annual_pounds))
        })
    }
}
