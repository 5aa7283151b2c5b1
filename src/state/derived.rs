//! Results worked out from the document (matching, paths, scenarios), recomputed only when the
//! document changes, never on every frame.

use crate::domain::matching::{MatchReport, match_profile};
use crate::domain::progression::{
    Plan, PlanError, PlanOptions, ProgressionGraph, ScenarioComparison, compare_scenarios, plan,
};
use crate::domain::{Catalogue, Month};

use super::document::Document;

/// Cached results, each tagged with the document version it was worked out for.
pub struct Derived {
    catalogue: &'static Catalogue,
    graph: ProgressionGraph,
    report: Option<(u64, MatchReport<'static>)>,
    plan: Option<(u64, Result<Plan, PlanError>)>,
    scenarios: Option<(u64, ScenarioComparison)>,
}

impl Derived {
    /// Nothing worked out yet; the progression graph is built once.
    #[must_use]
    pub fn new(catalogue: &'static Catalogue) -> Self {
        Self { catalogue, graph: ProgressionGraph::new(catalogue), report: None, plan: None, scenarios: None }
    }

    /// Forgets everything (a new document).
    pub fn clear(&mut self) {
        self.report = None;
        self.plan = None;
        self.scenarios = None;
    }

    /// Every role and route judged for the document, as at `today`.
    pub fn report(&mut self, document: &Document, today: Month) -> &MatchReport<'static> {
        let catalogue = self.catalogue;
        fresh(&mut self.report, document.version(), || match_profile(catalogue, document.profile(), today))
    }

    /// The plan towards the document's target (or the best-ranked roles).
    pub fn plan(&mut self, document: &Document, today: Month) -> &Result<Plan, PlanError> {
        let (catalogue, graph) = (self.catalogue, &self.graph);
        fresh(&mut self.plan, document.version(), || {
            plan(catalogue, graph, document.profile(), today, &options(document, 3))
        })
    }

    /// The document's scenarios compared with things as they are.
    pub fn scenarios(&mut self, document: &Document, today: Month) -> &ScenarioComparison {
        let (catalogue, graph) = (self.catalogue, &self.graph);
        fresh(&mut self.scenarios, document.version(), || {
            let file = document.save_file();
            compare_scenarios(catalogue, graph, &file.profile, today, &file.scenarios, &options(document, 1))
        })
    }
}

impl Derived {
    /// The match report worked out for `version`, if it was.
    #[must_use]
    pub fn cached_report(&self, version: u64) -> Option<&MatchReport<'static>> {
        cached(self.report.as_ref(), version)
    }

    /// The plan worked out for `version`, if it was.
    #[must_use]
    pub fn cached_plan(&self, version: u64) -> Option<&Result<Plan, PlanError>> {
        cached(self.plan.as_ref(), version)
    }

    /// The scenario comparison worked out for `version`, if it was.
    #[must_use]
    pub fn cached_scenarios(&self, version: u64) -> Option<&ScenarioComparison> {
        cached(self.scenarios.as_ref(), version)
    }
}

fn cached<T>(slot: Option<&(u64, T)>, version: u64) -> Option<&T> {
    slot.filter(|(at, _)| *at == version).map(|(_, value)| value)
}

/// The cached value if it was worked out for `version`, else a new one.
fn fresh<T>(slot: &mut Option<(u64, T)>, version: u64, make: impl FnOnce() -> T) -> &T {
    if slot.as_ref().is_some_and(|(at, _)| *at != version) {
        *slot = None;
    }
    &slot.get_or_insert_with(|| (version, make())).1
}

/// Planning options from the document's settings.
fn options(document: &Document, alternatives: usize) -> PlanOptions {
    let settings = &document.save_file().plan;
    PlanOptions {
        target: None,
        alternatives,
        years: settings.years,
        growth_percent: settings.growth_percent,
        chosen: settings.chosen_steps.clone(),
    }
}
