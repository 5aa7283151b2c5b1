//! `plan` and `pay-path`: progression paths with pay, and the pay engine on its own.

use std::path::Path;

use serde::Serialize;

use super::{Output, UserError};
use crate::domain::model::taxonomy::HcasZone;
use crate::domain::pay::{
    PayContext, PayPath, PayPosition, PayStint, PayYear, StintKind, annual_words, earned_words, months_words,
    pay_path, position_words,
};
use crate::domain::progression::{CareerPath, PlanOptions, ProgressionGraph, StepKind, plan};
use crate::domain::{Band, Catalogue, Month};

#[derive(Serialize)]
struct PlanJson {
    contract: u32,
    as_of: String,
    nation: &'static str,
    growth_percent: f64,
    years: u32,
    paths: Vec<PathJson>,
    notes: Vec<String>,
    no_path_reason: Option<String>,
}

#[derive(Serialize)]
struct PathJson {
    label: String,
    why: String,
    target: String,
    arrival: String,
    months_to_target: u32,
    steps: Vec<StepJson>,
    years: Vec<YearJson>,
    notes: Vec<String>,
}

#[derive(Serialize)]
struct StepJson {
    kind: &'static str,
    role: Option<String>,
    route: Option<String>,
    title: String,
    band: Option<&'static str>,
    pay: String,
    start: String,
    end: Option<String>,
    reason: String,
    actions: Vec<ActionJson>,
}

#[derive(Serialize)]
struct ActionJson {
    kind: &'static str,
    title: String,
    start: String,
    due: String,
    qualification: Option<String>,
}

/// One financial year in the JSON contract.
#[derive(Serialize)]
pub struct YearJson {
    year: String,
    position: String,
    band: Option<&'static str>,
    point: Option<&'static str>,
    annual_pay: Option<u32>,
    hcas: u32,
    earned: u32,
    hcas_earned: u32,
    months: u32,
    basis: &'static str,
    hcas_uncertain: bool,
    events: Vec<String>,
}

impl From<&PayYear> for YearJson {
    fn from(year: &PayYear) -> Self {
        let (position, band, point) = match &year.position {
            PayPosition::Afc { band, point } => {
                (band.to_string(), Some(band.short_name()), Some(point.name()))
            }
            PayPosition::Scheme { title } | PayPosition::Other { title } | PayPosition::Unpaid { title } => {
                (title.clone(), None, None)
            }
        };
        Self {
            year: year.year.to_string(),
            position,
            band,
            point,
            annual_pay: year.annual_pay,
            hcas: year.hcas,
            earned: year.earned,
            hcas_earned: year.hcas_earned,
            months: year.months,
            basis: year.basis.label(),
            hcas_uncertain: year.hcas_uncertain,
            events: year.events.iter().map(|event| event.text.clone()).collect(),
        }
    }
}

fn path_json(path: &CareerPath) -> PathJson {
    PathJson {
        label: path.label.clone(),
        why: path.why.clone(),
        target: path.target.clone(),
        arrival: path.arrival.to_string(),
        months_to_target: path.months_to_target,
        steps: path
            .steps
            .iter()
            .map(|step| {
                let (kind, role, route) = match &step.kind {
                    StepKind::Now => ("now", None, None),
                    StepKind::Route(id) => ("route", None, Some(id.clone())),
                    StepKind::Role(id) => ("role", Some(id.clone()), None),
                };
                StepJson {
                    kind,
                    role,
                    route,
                    title: step.title.clone(),
                    band: step.band.map(Band::short_name),
                    pay: step.pay_label.clone(),
                    start: step.start.to_string(),
                    end: step.end.map(|month| month.to_string()),
                    reason: step.reason.clone(),
                    actions: step
                        .actions
                        .iter()
                        .map(|action| ActionJson {
                            kind: action.kind.name(),
                            title: action.title.clone(),
                            start: action.start.to_string(),
                            due: action.due.to_string(),
                            qualification: action.qualification.clone(),
                        })
                        .collect(),
                }
            })
            .collect(),
        years: path.pay.years.iter().map(YearJson::from).collect(),
        notes: path.pay.notes.iter().chain(&path.notes).cloned().collect(),
    }
}

/// The options of `plan`.
pub struct PlanArgs<'a> {
    /// The profile file.
    pub profile: &'a Path,
    /// The target role.
    pub target: Option<String>,
    /// Alternatives.
    pub alternatives: usize,
    /// Years of pay; none for the profile's own setting.
    pub years: Option<u32>,
    /// Assumed growth after the last table; none for the profile's own setting.
    pub growth_percent: Option<f64>,
    /// JSON output.
    pub json: bool,
}

pub fn run_plan(
    catalogue: &Catalogue,
    args: &PlanArgs<'_>,
    today: Month,
    out: &mut Output,
) -> Result<(), UserError> {
    let loaded = crate::storage::load(args.profile)?;
    let profile = &loaded.save.profile;
    let graph = ProgressionGraph::new(catalogue);
    let options = PlanOptions {
        target: args.target.clone(),
        alternatives: args.alternatives,
        years: args.years.unwrap_or(loaded.save.plan.years),
        growth_percent: args.growth_percent.unwrap_or(loaded.save.plan.growth_percent),
        chosen: Vec::new(),
    };
    let plan = plan(catalogue, &graph, profile, today, &options)
        .map_err(|error| UserError::new(error.to_string()))?;
    if args.json {
        out.json(&PlanJson {
            contract: super::json::CONTRACT_VERSION,
            as_of: plan.as_of.to_string(),
            nation: profile.nation.name(),
            growth_percent: options.growth_percent,
            years: options.years,
            paths: plan.paths.iter().map(path_json).collect(),
            notes: plan.notes.clone(),
            no_path_reason: plan.no_path_reason.clone(),
        })?;
        return Ok(());
    }
    if let Some(reason) = &plan.no_path_reason {
        out.line(reason)?;
    }
    for (number, path) in (1..).zip(&plan.paths) {
        let target = catalogue.role(&path.target).map_or(path.target.as_str(), |role| role.title.as_str());
        out.line(&format!(
            "\nPath {number}: {} (reaches {target} in {}, {} months; estimated)",
            path.label,
            path.arrival.label(),
            path.months_to_target
        ))?;
        if !path.why.is_empty() {
            out.line(&format!("  Why: {}", path.why))?;
        }
        for step in &path.steps {
            out.line(&format!("  {}  {} [{}]", step.start.label(), step.title, step.pay_label))?;
            out.line(&format!("      {}", step.reason))?;
            for action in &step.actions {
                out.line(&format!(
                    "      before: {} ({} to {})",
                    action.title,
                    action.start.label(),
                    action.due.label()
                ))?;
            }
        }
        for note in &path.notes {
            out.line(&format!("  Warning: {note}"))?;
        }
        print_years(out, &path.pay)?;
    }
    for note in &plan.notes {
        out.line(&format!("\nNote: {note}"))?;
    }
    Ok(())
}

fn print_years(out: &mut Output, pay: &PayPath) -> Result<(), UserError> {
    out.line(&format!(
        "  Pay by financial year ({} pay, pro rata; annual rate at the year's end, basic plus HCAS; earned in the months covered):",
        pay.nation.name()
    ))?;
    for year in &pay.years {
        let position = position_words(&year.position);
        let hcas = if year.hcas > 0 {
            format!(" + HCAS {}", crate::domain::format::pounds(u64::from(year.hcas)))
        } else {
            String::new()
        };
        let months =
            if year.months < 12 { format!(" in {}", months_words(year.months)) } else { String::new() };
        let figures = if year.earned == 0 && year.hcas_earned == 0 {
            format!("{}{months}", earned_words(year))
        } else {
            format!("{}{hcas}; earned {}{months}", annual_words(year), earned_words(year))
        };
        out.line(&format!("    {}  {:<34} {figures}  [{}]", year.year, position, year.basis))?;
    }
    for note in &pay.notes {
        out.line(&format!("  Note: {note}"))?;
    }
    Ok(())
}

/// The options of `pay-path`.
pub struct PayPathArgs {
    /// Band to start at.
    pub band: Band,
    /// Month to start.
    pub start: Month,
    /// HCAS zone.
    pub zone: Option<HcasZone>,
    /// Hours a week.
    pub hours: f64,
    /// The nation whose tables apply.
    pub nation: crate::domain::model::taxonomy::Nation,
    /// Years.
    pub years: u32,
    /// Growth assumption.
    pub growth_percent: f64,
    /// JSON output.
    pub json: bool,
}

#[derive(Serialize)]
struct PayPathJson {
    contract: u32,
    nation: &'static str,
    band: &'static str,
    start: String,
    years: Vec<YearJson>,
    notes: Vec<String>,
}

pub fn run_pay_path(catalogue: &Catalogue, args: &PayPathArgs, out: &mut Output) -> Result<(), UserError> {
    if !args.hours.is_finite() || !(1.0..=80.0).contains(&args.hours) {
        return Err(UserError::new(format!("{} is not a number of hours between 1 and 80", args.hours)));
    }
    let context = PayContext {
        catalogue,
        nation: args.nation,
        zone: args.zone,
        hours_per_week: args.hours,
        growth_percent: args.growth_percent,
    };
    let stint = PayStint {
        start: args.start,
        kind: StintKind::Afc {
            band: args.band,
            point: crate::domain::model::catalogue::PointName::Entry,
            point_started: args.start,
        },
    };
    let path = pay_path(&context, &[stint], args.start, args.years);
    if args.json {
        out.json(&PayPathJson {
            contract: super::json::CONTRACT_VERSION,
            nation: args.nation.name(),
            band: args.band.short_name(),
            start: args.start.to_string(),
            years: path.years.iter().map(YearJson::from).collect(),
            notes: path.notes.clone(),
        })?;
        return Ok(());
    }
    out.line(&format!(
        "Estimated pay in {} from {} at the entry point of {}:",
        args.nation.name(),
        args.start.label(),
        args.band
    ))?;
    print_years(out, &path)
}
