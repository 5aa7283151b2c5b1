//! The caveats of a pay path, in words, and the year rows being added up.

use super::super::model::month::FinancialYear;
use super::path::{PayEvent, PayPosition, PayYear};
use super::rates::Basis;
use super::{PayContext, round_pounds, trim_percent};

/// What a pay path met on its way, for its notes.
#[derive(Debug, Default)]
#[expect(clippy::struct_excessive_bools, reason = "independent facts, each adding its own note")]
pub(super) struct PathFacts {
    /// A promotion happened.
    pub promotion: bool,
    /// Some month's figure is estimated.
    pub estimate: bool,
    /// Some HCAS figure is uncertain.
    pub uncertain_hcas: bool,
    /// A pay step's date is the planner's reading of the table.
    pub estimated_timing: bool,
    /// The financial years covered, in order.
    pub years: Vec<FinancialYear>,
}

pub(super) fn notes(context: &PayContext<'_>, seen: &PathFacts) -> Vec<String> {
    let catalogue = context.catalogue;
    let nation = context.nation.name();
    let mut notes = vec![format!("Figures are from {}.", super::tables_words(catalogue, context.nation))];
    notes.push(
        "Pay steps are assumed on their dates; since 2019 each step also needs an appraisal in the last \
         12 months, no formal capability process or live disciplinary sanction, and statutory and \
         mandatory training done (AfC handbook, annex 23)."
            .to_owned(),
    );
    if seen.estimated_timing {
        notes.push(format!(
            "Pay-step dates marked \"date estimated\" are the planner's reading of {nation}'s table, which \
             gives the years of each point but not when a step is due."
        ));
    }
    if seen.promotion {
        notes.push(
            "On promotion pay starts at the entry point of the new band and the pay-step date resets to the \
             appointment date; the handbook (section 1, paras 1.18-1.20) protects against a fall in \
             earnings on promotion."
                .to_owned(),
        );
    }
    for table in catalogue
        .pay_tables
        .iter()
        .filter(|table| table.nation == context.nation && table.estimated && seen.years.contains(&table.year))
    {
        notes.push(table.award_note.clone());
    }
    if seen.estimate {
        notes.push(context.projection_assumption());
    }
    let full_time = context.full_time_hours();
    if context.hours_per_week < full_time {
        let to_confirm = if catalogue.pay_tables.iter().any(|table| {
            table.nation == context.nation && table.hours_to_be_confirmed && seen.years.contains(&table.year)
        }) {
            format!(" ({nation}'s standard week for some of these years is still to be confirmed)")
        } else {
            String::new()
        };
        notes.push(format!(
            "Part time: pay and HCAS are pro rata to {} of {} hours a week, {nation}'s standard week{to_confirm}.",
            trim_percent(context.hours_per_week),
            trim_percent(full_time)
        ));
    } else if context.hours_per_week > full_time {
        notes.push(format!(
            "Basic pay is for {} hours a week, {nation}'s standard week; hours beyond it are overtime, which \
             the planner does not count.",
            trim_percent(full_time)
        ));
    }
    if context.zone.is_some() && catalogue.hcas_table(context.nation).is_none() {
        notes.push(format!(
            "The High Cost Area Supplement is paid in England only, so none is shown for work in {nation}."
        ));
    }
    if seen.uncertain_hcas {
        notes.push(
            "The 2025/26 HCAS minimums are uncertain: the published figure looks a year old, and the \
             planner's estimate is higher; the lower figure is used."
                .to_owned(),
        );
    }
    if catalogue.pay_tables.iter().all(|table| table.nation != context.nation) {
        notes.push(format!(
            "There is no {nation} pay table in the data yet: England's tables are used, so every figure is an estimate."
        ));
    }
    notes
}

/// A year being accumulated, with exact sums rounded at the end.
pub(super) struct RowBuilder {
    pub year: FinancialYear,
    pub position: PayPosition,
    pub annual_pay: Option<u32>,
    pub hcas: u32,
    pub earned_exact: f64,
    pub hcas_exact: f64,
    pub months: u32,
    pub basis: Basis,
    pub hcas_uncertain: bool,
    pub events: Vec<PayEvent>,
}

pub(super) fn empty_row(year: FinancialYear) -> RowBuilder {
    RowBuilder {
        year,
        position: PayPosition::Unpaid { title: String::new() },
        annual_pay: None,
        hcas: 0,
        earned_exact: 0.0,
        hcas_exact: 0.0,
        months: 0,
        basis: Basis::Published,
        hcas_uncertain: false,
        events: Vec::new(),
    }
}

impl RowBuilder {
    pub(super) fn finish(self) -> PayYear {
        PayYear {
            year: self.year,
            position: self.position,
            annual_pay: self.annual_pay,
            hcas: self.hcas,
            earned: round_pounds(self.earned_exact),
            hcas_earned: round_pounds(self.hcas_exact),
            months: self.months,
            basis: self.basis,
            hcas_uncertain: self.hcas_uncertain,
            events: self.events,
        }
    }
}
