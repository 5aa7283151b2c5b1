//! Building the plan report from the domain: the profile, the matching results and the chosen
//! path. Pure: the same inputs give the same report.

mod actions;
mod now;
mod path;
mod question;
mod roles;
mod scenarios;
mod sources;
mod stage;
mod summary;

pub use actions::SUGGESTED;
pub use roles::ROLES_SHOWN;
pub use sources::{ESTIMATED_NOTE, TYPICAL_NOTE};
pub use summary::{GAPS_ON_PAGE_ONE, NEXT_ACTIONS};

use crate::domain::matching::{MatchReport, match_profile};
use crate::domain::model::profile::Profile;
use crate::domain::model::save_file::{PlanSettings, SaveFile};
use crate::domain::model::scenario::Scenario;
use crate::domain::progression::{Plan, PlanError, PlanOptions, ProgressionGraph, chosen_path, plan};
use crate::domain::{Catalogue, Month};

use super::model::{Cover, PathSection, PlanReport};

/// The heading of every plan; the document's title adds the person's name.
pub const TITLE: &str = "Career action plan";

/// What the cover says about estimates.
pub const ESTIMATE_NOTICE: &str = "Estimated plan: the steps, dates and pay in this plan are estimates from \
     public rules and typical figures, not a promise of any job or pay.";

/// Everything a plan report is built from.
#[derive(Clone, Copy, Debug)]
pub struct ReportInputs<'a, 'c> {
    /// The catalogue.
    pub catalogue: &'c Catalogue,
    /// The person.
    pub profile: &'a Profile,
    /// Every role judged against the profile.
    pub matches: &'a MatchReport<'c>,
    /// The planned paths.
    pub plan: &'a Plan,
    /// Which of the plan's paths was chosen (the first when out of range).
    pub chosen: usize,
    /// The target role (id) asked for, if any; else the profile's goal.
    pub target: Option<&'a str>,
    /// The month the plan is prepared in.
    pub today: Month,
    /// The saved what-if scenarios.
    pub scenarios: &'a [Scenario],
    /// The pay award assumed after the last published table, in percent (the plan's own).
    pub growth_percent: f64,
}

impl PlanReport {
    /// Builds the report from its inputs.
    #[must_use]
    pub fn build(inputs: &ReportInputs<'_, '_>) -> Self {
        let ReportInputs { catalogue, profile, matches, plan, today, .. } = *inputs;
        let path = plan.paths.get(inputs.chosen).or_else(|| plan.paths.first());
        let target_id =
            path.map(|path| path.target.as_str()).or(inputs.target).or(profile.goal.target_role.as_deref());
        let target_title =
            target_id.map(|id| catalogue.role(id).map_or_else(|| id.to_owned(), |role| role.title.clone()));
        let aim = target_title.as_ref().map(|title| match profile.goal.target_year {
            Some(year) if profile.goal.target_role.as_deref() == target_id => format!("{title}, by {year}"),
            _ => title.clone(),
        });
        let mut target = roles::target_block(matches, target_id);
        let no_path = plan.no_path_reason.as_deref();
        let summary =
            summary::summary(catalogue, profile, today, target.as_mut(), target_title.clone(), path, no_path);
        let path_section = match path {
            Some(path) => PathSection::Path(Box::new(path::chosen_path(catalogue, path))),
            None => PathSection::NoPath {
                target: target_title,
                reason: plan.no_path_reason.clone().unwrap_or_else(|| "No path was planned.".to_owned()),
            },
        };
        let name = profile.display_name.trim().to_owned();
        let mut now = now::now_section(catalogue, profile, today);
        now.answer = question::answer(catalogue, profile, matches, today);
        Self {
            cover: Cover {
                title: TITLE.to_owned(),
                document_title: if name.is_empty() { TITLE.to_owned() } else { format!("{TITLE}: {name}") },
                name,
                prepared: today,
                pay_year: today.financial_year(),
                data: sources::data_date(catalogue, profile.nation),
                aim,
                estimate_notice: ESTIMATE_NOTICE.to_owned(),
            },
            summary,
            now,
            roles: roles::role_lines(matches, target_id),
            target,
            path: path_section,
            actions: actions::action_section(catalogue, &profile.actions, path),
            scenarios: scenarios::scenario_rows(
                catalogue,
                profile,
                inputs.scenarios,
                today,
                (inputs.target, inputs.growth_percent),
            ),
            next_steps: stage::next_steps_section(catalogue, profile, today),
            sources: sources::sources_section(
                catalogue,
                &plan.notes,
                &sources::documents_used(catalogue, profile, target_id, path),
                profile.nation,
            ),
        }
    }
}

/// Plans the quickest path to `target` (or the profile's goal, or the best-ranked roles),
/// matches every role, and builds the report, with the default plan settings (no assumed pay
/// award, ten years) and without what-if scenarios.
pub fn prepare(
    catalogue: &Catalogue,
    profile: &Profile,
    today: Month,
    target: Option<&str>,
) -> Result<PlanReport, PlanError> {
    prepare_with(catalogue, profile, &PlanSettings::default(), &[], today, target)
}

/// As [`prepare`], for a saved file: the person's own plan settings (assumed pay award, years
/// of pay, chosen path) and its what-if scenarios, as the window uses them.
pub fn prepare_save(
    catalogue: &Catalogue,
    save: &SaveFile,
    today: Month,
    target: Option<&str>,
) -> Result<PlanReport, PlanError> {
    prepare_with(catalogue, &save.profile, &save.plan, &save.scenarios, today, target)
}

fn prepare_with(
    catalogue: &Catalogue,
    profile: &Profile,
    settings: &PlanSettings,
    scenarios: &[Scenario],
    today: Month,
    target: Option<&str>,
) -> Result<PlanReport, PlanError> {
    let graph = ProgressionGraph::new(catalogue);
    let options = PlanOptions {
        target: target.map(str::to_owned),
        alternatives: PlanOptions::default().alternatives,
        years: settings.years,
        growth_percent: settings.growth_percent,
        chosen: settings.chosen_steps.clone(),
    };
    let plan = plan(catalogue, &graph, profile, today, &options)?;
    let chosen = chosen_path(&plan, &settings.chosen_steps, usize::from(settings.chosen_path)).index;
    let matches = match_profile(catalogue, profile, today);
    Ok(PlanReport::build(&ReportInputs {
        catalogue,
        profile,
        matches: &matches,
        plan: &plan,
        chosen,
        target,
        today,
        scenarios,
        growth_percent: settings.growth_percent,
    }))
}
