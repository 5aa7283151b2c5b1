//! Pay along a career, month by month, summarised by financial year.

use serde::Serialize;

use super::super::model::band::Band;
use super::super::model::catalogue::{PointName, RoutePay};
use super::super::model::month::{FinancialYear, Month};
use super::super::model::taxonomy::Nation;
use super::notes::{PathFacts, RowBuilder, empty_row, notes};
use super::rates::{Basis, band_points, year_basis};
use super::{PayContext, afc_rate, hcas_for, round_pounds};

/// A stretch of a career from a month on, paid one way.
#[derive(Clone, Debug, PartialEq)]
pub struct PayStint {
    /// The first month.
    pub start: Month,
    /// How it is paid.
    pub kind: StintKind,
}

/// How a stint is paid.
#[derive(Clone, Debug, PartialEq)]
pub enum StintKind {
    /// On Agenda for Change at a band and point, reached in `point_started` (the next pay step
    /// counts from it). A new AfC stint in a higher band is a promotion.
    Afc {
        /// The band.
        band: Band,
        /// The point within it.
        point: PointName,
        /// When that point was reached.
        point_started: Month,
    },
    /// On a scheme with its own pay (the graduate scheme), started in `started`.
    Scheme {
        /// The scheme's title.
        title: String,
        /// The month it started.
        started: Month,
        /// Its pay.
        pay: RoutePay,
    },
    /// A role paid outside AfC, at a published or comparable figure (always estimated).
    Other {
        /// The role's title.
        title: String,
        /// Annual full-time pay, if any figure is known.
        annual_pounds: Option<u32>,
    },
    /// Unpaid time: study, volunteering.
    Unpaid {
        /// What it is.
        title: String,
    },
}

/// Where a person is on the pay scales at the end of a year.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum PayPosition {
    /// On AfC.
    Afc {
        /// The band.
        band: Band,
        /// The point.
        point: PointName,
    },
    /// On a scheme.
    Scheme {
        /// The scheme.
        title: String,
    },
    /// Paid outside AfC.
    Other {
        /// The role.
        title: String,
    },
    /// Not paid.
    Unpaid {
        /// What it is.
        title: String,
    },
}

/// Something that changed pay.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PayEvent {
    /// When.
    pub month: Month,
    /// What kind of change.
    pub kind: PayEventKind,
    /// In words.
    pub text: String,
}

/// The kind of a pay event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PayEventKind {
    /// A pay step within a band.
    Step,
    /// A promotion to a higher band.
    Promotion,
    /// Any other change of role or scheme.
    Change,
}

/// One financial year of a pay path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PayYear {
    /// The financial year.
    pub year: FinancialYear,
    /// The position at the end of the year (or of the path, if it ends first).
    pub position: PayPosition,
    /// The annual basic pay rate at that position, pro rata to hours; none when unpaid or unknown.
    pub annual_pay: Option<u32>,
    /// The annual HCAS at that rate, pro rata.
    pub hcas: u32,
    /// Basic pay earned in the months of this year the path covers.
    pub earned: u32,
    /// HCAS earned in those months.
    pub hcas_earned: u32,
    /// How many months of this year the path covers.
    pub months: u32,
    /// Published when every month's figure came from a published table; else estimated.
    pub basis: Basis,
    /// True when HCAS limits are not confirmed (two sources disagree).
    pub hcas_uncertain: bool,
    /// Steps, promotions and changes in this year.
    pub events: Vec<PayEvent>,
}

/// Pay year by year, with the assumptions behind it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PayPath {
    /// Financial years, earliest first.
    pub years: Vec<PayYear>,
    /// Assumptions and caveats, in words.
    pub notes: Vec<String>,
    /// The nation whose pay tables the figures come from.
    pub nation: Nation,
}

impl PayPath {
    /// Basic pay plus HCAS earned over the first `count` years.
    #[must_use]
    pub fn total_earned(&self, count: usize) -> u64 {
        self.years.iter().take(count).map(|year| u64::from(year.earned) + u64::from(year.hcas_earned)).sum()
    }
}

/// The month-by-month state of an AfC stint.
#[derive(Clone, Copy, Debug)]
struct AfcState {
    band: Band,
    point: PointName,
    point_started: Month,
}

/// The next pay step of a state: the point, the month it is reached, and whether that timing is
/// the planner's reading of the table.
fn next_step(
    context: &PayContext<'_>,
    state: AfcState,
    year: FinancialYear,
) -> Option<(PointName, Month, bool)> {
    let points = band_points(context, state.band, year);
    let current_years =
        points.iter().find(|point| point.name == state.point).map_or(0, |point| point.after_years);
    points.iter().find(|point| point.name > state.point).map(|next| {
        let months = (next.after_years.saturating_sub(current_years) * 12).min(1200);
        (next.name, state.point_started.plus(i32::try_from(months).unwrap_or(1200)), next.timing_estimated)
    })
}

struct MonthPay {
    position: PayPosition,
    full_time_annual: Option<f64>,
    basis: Basis,
}

/// Computes pay from `from` for `years` financial years (the first may be partial) along the
/// stints, which must be in order of start month. Months before the first stint are unpaid.
#[must_use]
pub fn pay_path(context: &PayContext<'_>, stints: &[PayStint], from: Month, years: u32) -> PayPath {
    let first_year = from.financial_year();
    let end =
        FinancialYear::starting(first_year.start_year() + i32::try_from(years).unwrap_or(50)).first_month();
    let mut rows: Vec<RowBuilder> = Vec::new();
    let mut afc: Option<AfcState> = None;
    let mut active: Option<usize> = None;
    let mut seen = PathFacts::default();
    let mut month = from;
    while month < end {
        let year = month.financial_year();
        let mut events = Vec::new();
        let current = stints.iter().rposition(|stint| stint.start <= month);
        if current != active {
            active = current;
            if let Some(stint) = current.and_then(|at| stints.get(at)) {
                let (promoted, event) = enter_stint(stint, afc, month);
                seen.promotion |= promoted;
                events.extend(event);
                afc = match (&stint.kind, afc) {
                    // A move to another post in the same band keeps the pay point and its date.
                    (StintKind::Afc { band, .. }, Some(previous)) if previous.band == *band => Some(previous),
                    (StintKind::Afc { band, point, point_started }, _) => {
                        Some(AfcState { band: *band, point: *point, point_started: *point_started })
                    }
                    _ => None,
                };
            }
        }
        if let Some(state) = afc.as_mut() {
            while let Some((point, due, estimated)) =
                next_step(context, *state, year).filter(|(_, due, _)| *due <= month)
            {
                state.point = point;
                state.point_started = due;
                seen.estimated_timing |= estimated;
                let timing = if estimated { ", date estimated" } else { "" };
                events.push(PayEvent {
                    month,
                    kind: PayEventKind::Step,
                    text: format!(
                        "Pay step to the {} point of {} ({}{timing})",
                        point.name(),
                        state.band,
                        month.label()
                    ),
                });
            }
        }
        let pay = month_pay(context, current.and_then(|at| stints.get(at)), afc, month);
        let hcas = match (context.zone, pay.full_time_annual) {
            (Some(zone), Some(basic)) if basic > 0.0 => hcas_for(context, zone, basic, year),
            _ => None,
        };
        seen.estimate |= pay.basis == Basis::Estimated;
        seen.uncertain_hcas |= hcas.is_some_and(|amount| amount.uncertain);
        seen.years.push(year);
        let fraction = context.hours_fraction();
        let row = match rows.last_mut() {
            Some(row) if row.year == year => row,
            _ => {
                rows.push(empty_row(year));
                let Some(row) = rows.last_mut() else { break };
                row
            }
        };
        row.months += 1;
        row.earned_exact += pay.full_time_annual.unwrap_or(0.0) * fraction / 12.0;
        row.hcas_exact += hcas.map_or(0.0, |amount| amount.annual) / 12.0;
        row.position = pay.position;
        row.annual_pay = pay.full_time_annual.map(|annual| round_pounds(annual * fraction));
        row.hcas = hcas.map_or(0, |amount| round_pounds(amount.annual));
        row.basis = row.basis.and(pay.basis).and(hcas.map_or(Basis::Published, |amount| amount.basis));
        row.hcas_uncertain |= hcas.is_some_and(|amount| amount.uncertain);
        row.events.extend(events);
        month = month.plus(1);
    }
    let years = rows.into_iter().map(RowBuilder::finish).collect();
    seen.years.dedup();
    PayPath { years, notes: notes(context, &seen), nation: context.nation }
}

/// Starting a stint: whether it is a promotion, and the event to record.
fn enter_stint(stint: &PayStint, previous: Option<AfcState>, month: Month) -> (bool, Option<PayEvent>) {
    match (&stint.kind, previous) {
        (StintKind::Afc { band, .. }, Some(before)) if *band == before.band => (
            false,
            Some(PayEvent {
                month,
                kind: PayEventKind::Change,
                text: format!(
                    "A move to another {band} post ({}) keeps the {} point and its pay-step date; \
                     Agenda for Change resets them only on promotion",
                    month.label(),
                    before.point.name()
                ),
            }),
        ),
        (StintKind::Afc { band, point, .. }, Some(before)) if *band > before.band => (
            true,
            Some(PayEvent {
                month,
                kind: PayEventKind::Promotion,
                text: format!(
                    "Promotion to {band} at its {} point ({}); the pay-step date resets to this month",
                    point.name(),
                    month.label()
                ),
            }),
        ),
        (StintKind::Afc { band, point, .. }, _) => (
            false,
            Some(PayEvent {
                month,
                kind: PayEventKind::Change,
                text: format!("{}, from {}", super::afc_position_words(*band, *point), month.label()),
            }),
        ),
        (
            StintKind::Scheme { title, .. } | StintKind::Other { title, .. } | StintKind::Unpaid { title },
            _,
        ) => (
            false,
            Some(PayEvent {
                month,
                kind: PayEventKind::Change,
                text: format!("{title} from {}", month.label()),
            }),
        ),
    }
}

fn month_pay(
    context: &PayContext<'_>,
    stint: Option<&PayStint>,
    afc: Option<AfcState>,
    month: Month,
) -> MonthPay {
    let year = month.financial_year();
    match (stint.map(|s| &s.kind), afc) {
        (Some(StintKind::Afc { .. }), Some(state)) => {
            let rate = afc_rate(context, state.band, state.point, year);
            MonthPay {
                position: PayPosition::Afc { band: state.band, point: state.point },
                full_time_annual: rate.map(|r| r.full_time_annual),
                basis: rate.map_or(Basis::Estimated, |r| r.basis),
            }
        }
        (Some(StintKind::Scheme { title, started, pay }), _) => {
            let months_in = u32::try_from(started.months_until(month).max(0)).unwrap_or(0);
            let figure = pay.points.iter().rev().find(|point| point.after_months <= months_in);
            let intake_year = started.year();
            let years_after_intake = (intake_year - pay.intake).max(0);
            let growth = (1.0 + context.growth_percent / 100.0).powi(years_after_intake);
            MonthPay {
                position: PayPosition::Scheme { title: title.clone() },
                full_time_annual: figure.map(|point| f64::from(point.annual_pounds) * growth),
                basis: if intake_year == pay.intake { Basis::Published } else { Basis::Estimated },
            }
        }
        (Some(StintKind::Other { title, annual_pounds }), _) => MonthPay {
            position: PayPosition::Other { title: title.clone() },
            full_time_annual: annual_pounds.map(f64::from),
            // A month with no figure adds nothing: it is as sure as the year's own table.
            basis: if annual_pounds.is_some() { Basis::Estimated } else { year_basis(context, year) },
        },
        (Some(StintKind::Unpaid { title }), _) => MonthPay {
            position: PayPosition::Unpaid { title: title.clone() },
            full_time_annual: None,
            basis: year_basis(context, year),
        },
        _ => MonthPay {
            position: PayPosition::Unpaid { title: "Not yet started".to_owned() },
            full_time_annual: None,
            basis: year_basis(context, year),
        },
    }
}
