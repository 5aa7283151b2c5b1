//! What-if scenarios compared side by side: time to target, pay after 5 and 10 years, and the
//! total over 10 years. "As things are" is the chosen path; each scenario shows its quickest
//! path and the chosen path's equivalent.

use serde::Serialize;

use super::super::model::catalogue::Catalogue;
use super::super::model::month::Month;
use super::super::model::profile::{
    Grade, HeldQualification, Profile, QualificationChoice, QualificationStatus,
};
use super::super::model::scenario::{Scenario, ScenarioChange};
use super::{CareerPath, PlanOptions, ProgressionGraph, plan};

/// The profile and target a scenario describes.
#[must_use]
pub fn apply_changes(profile: &Profile, scenario: &Scenario) -> (Profile, Option<String>) {
    let mut changed = profile.clone();
    let mut target = None;
    for change in &scenario.changes {
        match change {
            ScenarioChange::GainQualification { qualification, by } => {
                changed.qualifications.push(HeldQualification {
                    qualification: QualificationChoice::Catalogue(qualification.clone()),
                    subject: String::new(),
                    grade: Grade::NotGiven,
                    count: 1,
                    status: QualificationStatus::InProgress { expected: *by },
                });
            }
            ScenarioChange::MoveZone(zone) => changed.hcas_zone = *zone,
            ScenarioChange::ChangeHours(hours) => changed.hours_per_week = *hours,
            ScenarioChange::AimAt(role) => target = Some(role.clone()),
        }
    }
    (changed, target)
}

/// One scenario's outcome on its quickest path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioOutcome {
    /// The scenario's name.
    pub name: String,
    /// The target role (id).
    pub target: Option<String>,
    /// The quickest path's name.
    pub path: Option<String>,
    /// When the target is reached.
    pub arrival: Option<Month>,
    /// Months to the target.
    pub months_to_target: Option<u32>,
    /// Annual basic pay plus HCAS in the financial year five years on.
    pub pay_after_5_years: Option<u32>,
    /// Annual basic pay plus HCAS in the financial year ten years on.
    pub pay_after_10_years: Option<u32>,
    /// Basic pay and HCAS earned over the first ten years.
    pub total_10_years: u64,
    /// True when any of these figures is estimated.
    pub estimated: bool,
    /// The chosen path's equivalent under this scenario (the same steps), when one was chosen
    /// and the scenario still offers it.
    pub chosen: Option<ChosenOutcome>,
}

/// The chosen path under a scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChosenOutcome {
    /// The path's name.
    pub path: String,
    /// When the target is reached.
    pub arrival: Month,
    /// Months to the target.
    pub months_to_target: u32,
    /// Basic pay and HCAS earned over the first ten years.
    pub total_10_years: u64,
}

/// Scenarios side by side, the profile as it is first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioComparison {
    /// One row per scenario.
    pub rows: Vec<ScenarioOutcome>,
}

/// Compares the profile as it is with each scenario (at most three are useful side by side).
#[must_use]
pub fn compare_scenarios(
    catalogue: &Catalogue,
    graph: &ProgressionGraph,
    profile: &Profile,
    today: Month,
    scenarios: &[Scenario],
    options: &PlanOptions,
) -> ScenarioComparison {
    let as_is = Scenario { name: "As things are".to_owned(), changes: Vec::new() };
    let rows = std::iter::once(&as_is)
        .chain(scenarios)
        .enumerate()
        .map(|(at, scenario)| {
            let (changed, aim) = apply_changes(profile, scenario);
            let options = PlanOptions {
                target: aim.or_else(|| options.target.clone()),
                alternatives: if options.chosen.is_empty() { 1 } else { 3 },
                years: options.years.max(11),
                growth_percent: options.growth_percent,
                chosen: options.chosen.clone(),
            };
            let paths =
                plan(catalogue, graph, &changed, today, &options).map(|plan| plan.paths).unwrap_or_default();
            let same = paths.iter().find(|path| !options.chosen.is_empty() && path.key() == options.chosen);
            // Things as they are show the chosen path; a scenario shows its quickest.
            let best = if at == 0 { same.or(paths.first()) } else { paths.first() };
            outcome(scenario, best, same, options.target.clone())
        })
        .collect();
    ScenarioComparison { rows }
}

/// A scenario's row: the figures of `best`, and the chosen path's equivalent.
fn outcome(
    scenario: &Scenario,
    best: Option<&CareerPath>,
    same: Option<&CareerPath>,
    target: Option<String>,
) -> ScenarioOutcome {
    let year_pay = |index: usize| {
        best.and_then(|path| path.pay.years.get(index))
            .and_then(|year| year.annual_pay.map(|pay| pay + year.hcas))
    };
    ScenarioOutcome {
        name: scenario.name.clone(),
        target: best.map(|path| path.target.clone()).or(target),
        path: best.map(|path| path.label.clone()),
        arrival: best.map(|path| path.arrival),
        months_to_target: best.map(|path| path.months_to_target),
        pay_after_5_years: year_pay(5),
        pay_after_10_years: year_pay(10),
        total_10_years: best.map_or(0, |path| path.pay.total_earned(10)),
        estimated: best.is_none_or(|path| {
            path.pay.years.iter().take(11).any(|year| year.basis == super::super::pay::Basis::Estimated)
        }),
        chosen: same.map(|path| ChosenOutcome {
            path: path.label.clone(),
            arrival: path.arrival,
            months_to_target: path.months_to_target,
            total_10_years: path.pay.total_earned(10),
        }),
    }
}
