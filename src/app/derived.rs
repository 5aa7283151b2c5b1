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
        let version = document.version();
        if self.report.as_ref().is_some_and(|(at, _)| *at != version) {
            self.report = None;
        }
        let catalogue = self.catalogue;
        &self.report.get_or_insert_with(|| (version, match_profile(catalogue, document.profile(), today))).1
    }

    /// The plan towards the document's target (or the best-ranked roles).
    pub fn plan(&mut self, document: &Document, today: Month) -> &Result<Plan, PlanError> {
        let version = document.version();
        if self.plan.as_ref().is_some_and(|(at, _)| *at != version) {
            self.plan = None;
        }
        let (catalogue, graph) = (self.catalogue, &self.graph);
        &self
            .plan
            .get_or_insert_with(|| {
                let settings = document.save_file().plan;
                let options = PlanOptions {
                    target: None,
                    alternatives: 3,
                    years: settings.years,
                    growth_percent: settings.growth_percent,
                };
                (version, plan(catalogue, graph, document.profile(), today, &options))
            })
            .1
    }

    /// The plan and the scenario comparison together (both worked out if needed).
    pub fn plan_and_scenarios(
        &mut self,
        document: &Document,
        today: Month,
    ) -> Option<(&Result<Plan, PlanError>, &ScenarioComparison)> {
        let _ = self.plan(document, today);
        let _ = self.scenarios(document, today);
        match (&self.plan, &self.scenarios) {
            (Some((_, plan)), Some((_, scenarios))) => Some((plan, scenarios)),
            _ => None,
        }
    }

    /// The document's scenarios compared with things as they are.
    pub fn scenarios(&mut self, document: &Document, today: Month) -> &ScenarioComparison {
        let version = document.version();
        if self.scenarios.as_ref().is_some_and(|(at, _)| *at != version) {
            self.scenarios = None;
        }
        let (catalogue, graph) = (self.catalogue, &self.graph);
        &self
            .scenarios
            .get_or_insert_with(|| {
                let settings = document.save_file().plan;
                let options = PlanOptions {
                    target: None,
                    alternatives: 1,
                    years: settings.years,
                    growth_percent: settings.growth_percent,
                };
                let file = document.save_file();
                (
                    version,
                    compare_scenarios(catalogue, graph, &file.profile, today, &file.scenarios, &options),
                )
            })
            .1
    }
}
