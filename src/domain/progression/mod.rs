//! Progression: from where a person is to a target role, year by year, with alternatives, and
//! the pay along each path. Every step is one the person would meet the requirements of at its
//! start, given what the path has them do before it.

mod describe;
mod graph;
mod jobs;
mod meeting;
mod pay_along;
mod rules;
mod scenario;
mod search;
mod simulate;

use serde::Serialize;

pub use graph::{Edge, Node, ProgressionGraph};
pub use jobs::{comparable_band, job_for_role, job_for_route, role_band};
pub use meeting::{MAX_WAIT_MONTHS, blocks};
pub use pay_along::pay_for_path;
pub use scenario::{ChosenOutcome, ScenarioComparison, ScenarioOutcome, apply_changes, compare_scenarios};
pub use simulate::{PlannedAction, SimJob, SimState, TakeOn, typical_responsibility};

use super::matching::match_profile;
use super::model::band::Band;
use super::model::catalogue::Catalogue;
use super::model::month::Month;
use super::model::profile::Profile;
use super::pay::{PayContext, PayPath};

/// What kind of step a path takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum StepKind {
    /// Where the person is now.
    Now,
    /// A scheme or apprenticeship (route id).
    Route(String),
    /// A role (role id).
    Role(String),
}

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathStep {
    /// What it is.
    pub kind: StepKind,
    /// Its title.
    pub title: String,
    /// The AfC band, if on AfC.
    pub band: Option<Band>,
    /// A short pay description ("Band 7", "Scheme pay", "Outside AfC").
    pub pay_label: String,
    /// When it starts.
    pub start: Month,
    /// When it ends (the month before the next step), or none for the last.
    pub end: Option<Month>,
    /// Why it is here.
    pub reason: String,
    /// What to do before it.
    pub actions: Vec<PlannedAction>,
}

/// One way from now to the target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CareerPath {
    /// A short name for what distinguishes the way: "NHS Graduate Management Training Scheme:
    /// finance", "Through general office manager", "Stay and qualify, then apply".
    pub label: String,
    /// One line on why it is slower or faster than the quickest path.
    pub why: String,
    /// The steps, earliest first.
    pub steps: Vec<PathStep>,
    /// When the target role starts.
    pub arrival: Month,
    /// Months from now to the target.
    pub months_to_target: u32,
    /// The target role (id).
    pub target: String,
    /// Pay year by year along the path.
    pub pay: PayPath,
    /// Caveats particular to this path.
    pub notes: Vec<String>,
}

impl CareerPath {
    /// What the path is, to recognise it again after the profile changes: the roles and routes
    /// of its steps after where the person is now ("role:service-manager", "route:gmts-finance").
    #[must_use]
    pub fn key(&self) -> Vec<String> {
        self.steps
            .iter()
            .filter_map(|step| match &step.kind {
                StepKind::Now => None,
                StepKind::Route(id) => Some(format!("route:{id}")),
                StepKind::Role(id) => Some(format!("role:{id}")),
            })
            .collect()
    }

    /// The titles of the steps between where the person is now and the target.
    #[must_use]
    pub fn middle_titles(&self) -> Vec<&str> {
        let middle = self.steps.len().saturating_sub(2);
        self.steps.iter().skip(1).take(middle).map(|step| step.title.as_str()).collect()
    }
}

/// What to plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOptions {
    /// The target role (id); none to plan towards the best-ranked roles.
    pub target: Option<String>,
    /// How many alternative paths at most (1 to 3).
    pub alternatives: usize,
    /// How many financial years of pay.
    pub years: u32,
    /// Assumed pay award a year after the last published table, in percent.
    pub growth_percent: f64,
    /// The path the person chose, by its steps ([`CareerPath::key`]); empty for the quickest.
    pub chosen: Vec<String>,
}

impl Default for PlanOptions {
    fn default() -> Self {
        Self { target: None, alternatives: 3, years: 10, growth_percent: 0.0, chosen: Vec::new() }
    }
}

/// Which of a plan's paths is the chosen one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chosen {
    /// Its position in [`Plan::paths`].
    pub index: usize,
    /// True when the path chosen before is no longer offered, so the quickest is shown instead.
    pub changed: bool,
}

/// The chosen path of a plan: the one with the steps `key` if it is still offered, else the
/// quickest (and `changed`). Without a key (files saved before paths were kept by their
/// steps), the path at `index`.
#[must_use]
pub fn chosen_path(plan: &Plan, key: &[String], index: usize) -> Chosen {
    if key.is_empty() {
        return Chosen { index: index.min(plan.paths.len().saturating_sub(1)), changed: false };
    }
    match plan.paths.iter().position(|path| path.key() == key) {
        Some(index) => Chosen { index, changed: false },
        None => Chosen { index: 0, changed: true },
    }
}

/// Paths to a target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    /// The month the plan starts.
    pub as_of: Month,
    /// Up to the number of alternatives asked for, quickest first.
    pub paths: Vec<CareerPath>,
    /// Caveats for the whole plan.
    pub notes: Vec<String>,
    /// Why there is no path, when there is none.
    pub no_path_reason: Option<String>,
}

/// Why a plan could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The target is not a role in the catalogue.
    #[error("\"{0}\" is not a role in the catalogue; `careers-planner catalogue` lists the role ids")]
    UnknownTarget(String),
}

/// The pay context of a profile.
#[must_use]
pub fn pay_context<'c>(catalogue: &'c Catalogue, profile: &Profile, growth_percent: f64) -> PayContext<'c> {
    PayContext {
        catalogue,
        nation: profile.nation,
        zone: profile.hcas_zone,
        hours_per_week: profile.hours_per_week,
        growth_percent,
    }
}

/// Plans paths from `profile` as at `today` to the target of `options` (or, without one, to
/// the profile's goal, or to the best-ranked roles above the person's level).
pub fn plan(
    catalogue: &Catalogue,
    graph: &ProgressionGraph,
    profile: &Profile,
    today: Month,
    options: &PlanOptions,
) -> Result<Plan, PlanError> {
    let targets: Vec<usize> = match options.target.as_deref().or(profile.goal.target_role.as_deref()) {
        Some(id) => vec![catalogue.role_index(id).ok_or_else(|| PlanError::UnknownTarget(id.to_owned()))?],
        None => best_ranked_targets(catalogue, profile, today, options.alternatives),
    };
    let wanted = options.alternatives.clamp(1, 3);
    let mut paths: Vec<CareerPath> = Vec::new();
    if let [target] = targets.as_slice() {
        paths = search::alternatives(catalogue, graph, profile, today, *target, wanted);
    } else {
        for target in targets.iter().take(wanted) {
            paths.extend(search::alternatives(catalogue, graph, profile, today, *target, 1));
        }
    }
    let context = pay_context(catalogue, profile, options.growth_percent);
    for path in &mut paths {
        path.pay = pay_for_path(&context, profile, path, today, options.years);
    }
    let mut notes = vec![
        "Paths are estimates: each step assumes a post is available when you meet its requirements, and \
         requirements marked \"the planner's estimate\" are the planner's own figures."
            .to_owned(),
    ];
    if profile.constraints.part_time_only {
        notes.push(
            "You said you can only work part time: steps that are full time only (such as the graduate \
             scheme) are left out, and pay is pro rata."
                .to_owned(),
        );
    }
    explain_pay(&mut paths);
    let no_path_reason = paths.is_empty().then(|| {
        "No path was found within the planner's limits: the target needs something no step on the way \
         provides (for example a clinical qualification, or working full time), or more than ten years in \
         one place. Check the target's essential requirements in the roles view."
            .to_owned()
    });
    Ok(Plan { as_of: today, paths, notes, no_path_reason })
}

/// Adds to each alternative's why line how its pay over the first ten years compares with the
/// quickest path's.
fn explain_pay(paths: &mut [CareerPath]) {
    let Some(quickest) = paths.first().map(|path| path.pay.total_earned(10)) else { return };
    for path in paths.iter_mut().skip(1) {
        let total = path.pay.total_earned(10);
        let difference = total.abs_diff(quickest);
        if difference >= 1_000 {
            let (more, rounded) = (total > quickest, super::format::thousands(difference / 1_000 * 1_000));
            let word = if more { "more" } else { "less" };
            path.why = format!("{} It earns about £{rounded} {word} over ten years (estimated).", path.why);
        }
    }
}

/// The best-ranked roles at or above the person's level, for planning without a target.
fn best_ranked_targets(catalogue: &Catalogue, profile: &Profile, today: Month, count: usize) -> Vec<usize> {
    let report = match_profile(catalogue, profile, today);
    let level = super::matching::ProfileFacts::new(catalogue, profile, today).level.0;
    report
        .roles
        .iter()
        .filter(|role| role.role.pay.band_range().is_none_or(|(_, max)| max > level))
        .take(count.clamp(1, 3))
        .filter_map(|role| catalogue.role_index(role.role_id()))
        .collect()
}
