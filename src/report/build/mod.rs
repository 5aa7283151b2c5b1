//! Building the plan report from the domain: the profile, the matching results and the chosen
//! path. Pure: the same inputs give the same report.

mod actions;
mod now;
mod path;
mod roles;
mod sources;
mod stage;

pub use actions::SUGGESTED;
pub use roles::ROLES_SHOWN;
pub use sources::{ESTIMATED_NOTE, TYPICAL_NOTE};
pub use stage::{ids as stage_ids, stage_of};

use crate::domain::matching::{MatchReport, match_profile};
use crate::domain::model::profile::Profile;
use crate::domain::model::save_file::PlanSettings;
use crate::domain::progression::{Plan, PlanError, PlanOptions, ProgressionGraph, chosen_path, plan};
use crate::domain::{Catalogue, Month};

use super::model::{Cover, PathSection, PlanReport};

/// The title of every plan.
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
        let path_section = match path {
            Some(path) => PathSection::Path(Box::new(path::chosen_path(catalogue, path))),
            None => PathSection::NoPath {
                target: target_title,
                reason: plan.no_path_reason.clone().unwrap_or_else(|| "No path was planned.".to_owned()),
            },
        };
        Self {
            cover: Cover {
                title: TITLE.to_owned(),
                name: profile.display_name.trim().to_owned(),
                prepared: today,
                pay_year: today.financial_year(),
                data: sources::data_date(catalogue, profile.nation),
                aim,
                estimate_notice: ESTIMATE_NOTICE.to_owned(),
            },
            now: now::now_section(catalogue, profile, today),
            roles: roles::role_blocks(matches),
            path: path_section,
            actions: actions::action_section(catalogue, &profile.actions, path),
            next_steps: stage::next_steps_section(catalogue, profile, today),
            sources: sources::sources_section(catalogue, &plan.notes),
        }
    }
}

/// Plans the quickest path to `target` (or the profile's goal, or the best-ranked roles),
/// matches every role, and builds the report, with the default plan settings (no assumed pay
/// award, ten years).
pub fn prepare(
    catalogue: &Catalogue,
    profile: &Profile,
    today: Month,
    target: Option<&str>,
) -> Result<PlanReport, PlanError> {
    prepare_with_settings(catalogue, profile, PlanSettings::default(), today, target)
}

/// As [`prepare`], with the person's own plan settings: their assumed pay award, years of pay
/// and chosen path, as the window uses them.
pub fn prepare_with_settings(
    catalogue: &Catalogue,
    profile: &Profile,
    settings: PlanSettings,
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
    }))
}
