//! The action plan as plain data: every section, row and chart value the document shows, in
//! the order it shows them. Built from the domain by [`super::build`], rendered by
//! [`super::pdf`]; nothing here knows about pages or fonts.

use chrono::NaiveDate;

use crate::domain::pay::Basis;
use crate::domain::{FinancialYear, Month};

/// Everything the printed action plan says.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanReport {
    /// The cover block.
    pub cover: Cover,
    /// Page 1: the plan on one page.
    pub summary: Summary,
    /// Where the person is now.
    pub now: NowSection,
    /// The target role in full, when there is one.
    pub target: Option<RoleBlock>,
    /// The other best-matching roles, one line each, best first.
    pub roles: Vec<RoleLine>,
    /// The chosen path, or why there is none.
    pub path: PathSection,
    /// The action plan.
    pub actions: ActionSection,
    /// The profile's saved what-if scenarios, the profile as it is first (empty when none).
    pub scenarios: Vec<ScenarioRow>,
    /// Who can help and what to do next.
    pub next_steps: NextStepsSection,
    /// Where the data comes from, caveats and the disclaimer.
    pub sources: SourcesSection,
}

/// The cover block.
#[derive(Clone, Debug, PartialEq)]
pub struct Cover {
    /// The plan's heading: "Career action plan".
    pub title: String,
    /// The document's title: "Career action plan: Sophie Turner".
    pub document_title: String,
    /// The person's name as they wrote it (may be empty).
    pub name: String,
    /// The month the plan is prepared for.
    pub prepared: Month,
    /// The financial year the prepared month falls in.
    pub pay_year: FinancialYear,
    /// The latest pay table the figures use: its year and the date it applies from.
    pub data: Option<DataDate>,
    /// The role the plan aims at, with the year wanted, if any: "Service manager, by 2030".
    pub aim: Option<String>,
    /// One or two sentences saying this is an estimated plan.
    pub estimate_notice: String,
}

/// The date of the data: the latest published pay table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataDate {
    /// Its pay year.
    pub year: FinancialYear,
    /// The date its figures apply from.
    pub applies_from: NaiveDate,
}

/// Where the person is now.
#[derive(Clone, Debug, PartialEq)]
pub struct NowSection {
    /// Labelled facts: ("Pay now", "Band 4, top point (since Apr 2024)"), ...
    pub facts: Vec<(String, String)>,
    /// Qualifications, one line each, achieved first.
    pub qualifications: Vec<String>,
    /// Experience, one line each, most recent first.
    pub experience: Vec<String>,
    /// The person's own notes, if any.
    pub notes: String,
    /// The planner's answer to the question in the notes, when it is one it can answer.
    pub answer: Option<String>,
}

/// Page 1: who, where now, the target and when, the gaps and the next three actions.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Where the person is now: role, band and pay in their nation.
    pub now: String,
    /// The target's title, if any.
    pub target: Option<String>,
    /// The estimated arrival in words ("Sep 2029, about 2 years 10 months from now"), or why
    /// there is no path.
    pub arrival: String,
    /// What is missing for the target, each with how to close it and by when.
    pub gaps: Vec<Gap>,
    /// The next actions (at most three), with due dates.
    pub next: Vec<NextAction>,
}

/// A requirement of the target not met yet: the one place its "how to close it" is printed.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// The requirement.
    pub requirement: String,
    /// Essential (else desirable).
    pub essential: bool,
    /// How to close it, quickest first.
    pub how: String,
    /// When it could be closed by (estimated), if the quickest way can be timed.
    pub by: Option<Month>,
}

/// One of the next actions on page 1.
#[derive(Clone, Debug, PartialEq)]
pub struct NextAction {
    /// What to do.
    pub title: String,
    /// When it is due.
    pub due: Option<Month>,
    /// True when the planner suggests it (the person has fewer than three open actions).
    pub suggested: bool,
}

/// Another best-matching role, in one line.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleLine {
    /// The role's title.
    pub title: String,
    /// "Eligible now", "Close" or "Not yet".
    pub fit: String,
    /// How it is paid: "Bands 5 to 7".
    pub pay: String,
    /// The main gap, or "none".
    pub main_gap: String,
}

/// One what-if scenario's outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioRow {
    /// The scenario's name.
    pub name: String,
    /// When the target is reached, and in how long.
    pub arrival: String,
    /// Pay a year (basic and HCAS) five years on.
    pub pay_after_5_years: Option<u32>,
    /// Pay a year ten years on.
    pub pay_after_10_years: Option<u32>,
    /// Any figure estimated.
    pub estimated: bool,
}

/// One best-matching role.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleBlock {
    /// The role's title.
    pub title: String,
    /// "Eligible now", "Close" or "Not yet".
    pub fit: String,
    /// 0 to 100, used for ranking.
    pub score: u8,
    /// How it is paid: "Bands 5 to 7".
    pub pay: String,
    /// Why it ranks where it does.
    pub reasons: Vec<String>,
    /// Requirements met, essential first (typical ones say so).
    pub met: Vec<MetRequirement>,
    /// Requirements missing, essential first.
    pub missing: Vec<MissingRequirement>,
    /// Where the requirements come from, numbered from 1 in the order first cited; a
    /// requirement refers to its note by number, and requirements citing the same words share one.
    pub notes: Vec<RequirementNote>,
}

/// A requirement met.
#[derive(Clone, Debug, PartialEq)]
pub struct MetRequirement {
    /// The requirement, with "(most posts ask)" or "(the planner's estimate)" by its strength.
    pub text: String,
    /// The number of its note in [`RoleBlock::notes`].
    pub note: usize,
}

/// Where a requirement comes from: the source's own words and the source, or the planner's
/// estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequirementNote {
    /// The source's words that carry the requirement, copied exactly; empty for the planner's
    /// estimate.
    pub quote: String,
    /// The source's title and section ("Careers in management (booklet): Entry routes"), or
    /// "The planner's estimate: ..." for the planner's own figures.
    pub source: String,
}

/// A requirement not met yet, and how to close it.
#[derive(Clone, Debug, PartialEq)]
pub struct MissingRequirement {
    /// The requirement, with "(typical)" when it is the planner's reading of such posts.
    pub text: String,
    /// Essential (else desirable).
    pub essential: bool,
    /// Why it is not met.
    pub reason: String,
    /// Ways to close it, quickest first; empty when no single step does.
    pub ways: Vec<String>,
    /// About how many months the quickest way takes, if it can be timed.
    pub months: Option<u32>,
    /// The number of the gap on page 1 whose "how to close it" this is, if it is there.
    pub gap: Option<usize>,
    /// The number of its note in [`RoleBlock::notes`].
    pub note: usize,
}

/// The chosen path section.
#[derive(Clone, Debug, PartialEq)]
pub enum PathSection {
    /// A path to the target.
    Path(Box<ChosenPath>),
    /// No path: why.
    NoPath {
        /// The target's title, if one was asked for.
        target: Option<String>,
        /// Why no path was found.
        reason: String,
    },
}

/// The chosen way from now to the target.
#[derive(Clone, Debug, PartialEq)]
pub struct ChosenPath {
    /// A short name for the way.
    pub label: String,
    /// The target role's title.
    pub target: String,
    /// When the target role starts (estimated).
    pub arrival: Month,
    /// Months from now to the target.
    pub months_to_target: u32,
    /// The steps, earliest first.
    pub steps: Vec<StepRow>,
    /// Band and pay year by year, for the chart.
    pub chart: Vec<ChartYear>,
    /// The pay table, year by year.
    pub pay_rows: Vec<PayRow>,
    /// Assumptions behind the pay figures and caveats of the path.
    pub notes: Vec<String>,
}

/// One step of the chosen path.
#[derive(Clone, Debug, PartialEq)]
pub struct StepRow {
    /// Its title.
    pub title: String,
    /// How it is paid: "Band 7", "Scheme pay".
    pub pay: String,
    /// When it starts.
    pub start: Month,
    /// When it ends, or none for the last.
    pub end: Option<Month>,
    /// Why it is here.
    pub reason: String,
    /// What to do before it, one line each with dates.
    pub before: Vec<String>,
}

/// One financial year of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartYear {
    /// The financial year.
    pub year: FinancialYear,
    /// The annual basic pay rate at the end of the year, pro rata; none when unpaid or unknown.
    pub annual_pay: Option<u32>,
    /// The band's short label ("Band 5"), or what the person is paid as ("Scheme", "Unpaid").
    pub band: String,
    /// True when a promotion to a higher band happens in the year.
    pub promotion: bool,
    /// True when any figure of the year is estimated.
    pub estimated: bool,
}

/// One row of the pay table.
#[derive(Clone, Debug, PartialEq)]
pub struct PayRow {
    /// The financial year.
    pub year: FinancialYear,
    /// Where the person is at the end of the year: "Band 5, entry point", or a title.
    pub position: String,
    /// Promotions, pay steps and changes in the year, in words with their months.
    pub events: Vec<String>,
    /// The annual basic pay rate, pro rata; none when unpaid or unknown.
    pub annual_pay: Option<u32>,
    /// The annual High Cost Area Supplement, pro rata.
    pub hcas: u32,
    /// Basic pay plus HCAS earned in the months of the year the path covers.
    pub earned: u32,
    /// How many months of the year the path covers.
    pub months: u32,
    /// Published or estimated.
    pub basis: Basis,
}

/// The action plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ActionSection {
    /// The person's own open actions, in their order.
    pub own: Vec<ActionRow>,
    /// Their actions achieved or no longer relevant, in their order.
    pub closed: Vec<ActionRow>,
    /// Actions the chosen path suggests before its steps.
    pub suggested: Vec<ActionRow>,
}

/// One action.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionRow {
    /// What to do.
    pub title: String,
    /// "Skills", "Work", "Learning" or "Other".
    pub kind: String,
    /// The month it is due, if set.
    pub due: Option<Month>,
    /// "In progress", "Achieved", "No longer relevant", or "Suggested".
    pub status: String,
    /// True when done (the tick box is ticked).
    pub done: bool,
    /// A note, or when to start a suggested action.
    pub note: String,
}

/// Who can help and what to do next, for the person's stage.
#[derive(Clone, Debug, PartialEq)]
pub struct NextStepsSection {
    /// The stage's title: "Working in health already".
    pub stage: String,
    /// Why this stage was chosen, in words.
    pub stage_reason: String,
    /// What to do now at this stage.
    pub what_to_do: Vec<String>,
    /// Who can help.
    pub who_can_help: Vec<String>,
    /// The checklist for people getting into a career (empty for those working in health).
    pub checklist: Vec<String>,
    /// Helplines and websites: (who, detail).
    pub contacts: Vec<(String, String)>,
    /// Where the advice comes from.
    pub source: String,
}

/// Where the data comes from, caveats and the disclaimer.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcesSection {
    /// The pay tables used: "Agenda for Change, England, 2026-27: applies from 1 Apr 2026".
    pub pay_tables: Vec<String>,
    /// Documents the catalogue is read from.
    pub documents: Vec<SourceRow>,
    /// Caveats of the whole plan ("typical", "estimated").
    pub caveats: Vec<String>,
    /// The disclaimer.
    pub disclaimer: String,
}

/// One source document.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRow {
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Its web address without the scheme, or empty when it has none.
    pub location: String,
    /// The date it was issued or read, if known.
    pub date: Option<NaiveDate>,
}
