//! The profile's saved what-if scenarios, each planned on its quickest path.

use crate::domain::matching::span;
use crate::domain::model::profile::Profile;
use crate::domain::model::scenario::Scenario;
use crate::domain::progression::{PlanOptions, ProgressionGraph, compare_scenarios};
use crate::domain::{Catalogue, Month};

use super::super::model::ScenarioRow;

/// The scenarios side by side, the profile as it is first; empty when it has none.
pub(super) fn scenario_rows(
    catalogue: &Catalogue,
    profile: &Profile,
    scenarios: &[Scenario],
    today: Month,
    (target, growth_percent): (Option<&str>, f64),
) -> Vec<ScenarioRow> {
    if scenarios.is_empty() {
        return Vec::new();
    }
    let graph = ProgressionGraph::new(catalogue);
    let options = PlanOptions { target: target.map(str::to_owned), growth_percent, ..PlanOptions::default() };
    compare_scenarios(catalogue, &graph, profile, today, scenarios, &options)
        .rows
        .into_iter()
        .map(|row| ScenarioRow {
            name: row.name,
            arrival: match (row.arrival, row.months_to_target) {
                (_, Some(0)) => "Now".to_owned(),
                (Some(arrival), Some(months)) => format!("{}, in {}", arrival.label(), span(months)),
                _ => "No path found".to_owned(),
            },
            pay_after_5_years: row.pay_after_5_years,
            pay_after_10_years: row.pay_after_10_years,
            estimated: row.estimated,
        })
        .collect()
}
