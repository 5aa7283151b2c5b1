//! High Cost Area Supplement: a percentage of basic pay, within a minimum and a maximum.

use super::super::model::month::FinancialYear;
use super::super::model::taxonomy::HcasZone;
use super::PayContext;
use super::rates::Basis;

/// An HCAS payment and how sure it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HcasAmount {
    /// Annual payment in pounds (pro rata for part time).
    pub annual: f64,
    /// Published, or estimated (projected, or limits not confirmed).
    pub basis: Basis,
    /// True when the limits are not confirmed against the official annex (sources disagree).
    pub uncertain: bool,
    /// True when the percentage was raised to the minimum or cut to the maximum.
    pub clamped: bool,
}

/// HCAS on a full-time annual basic pay in a zone and year: the zone's rate, clamped to the
/// year's minimum and maximum, then pro rata to the hours worked. Years after the last
/// published limits use the last limits grown by the context's assumption.
#[must_use]
pub fn hcas_for(
    context: &PayContext<'_>,
    zone: HcasZone,
    full_time_basic: f64,
    year: FinancialYear,
) -> Option<HcasAmount> {
    let table = context.catalogue.hcas_table(context.nation)?;
    let rate = table.rate(zone)?;
    let (limits_year, years_ahead, basis) =
        if let Some(entry) = table.years.iter().find(|entry| entry.year == year) {
            (entry, 0, Basis::Published)
        } else {
            let latest = table.years.iter().max_by_key(|entry| entry.year)?;
            let ahead = (year.start_year() - latest.year.start_year()).max(0);
            (latest, ahead, Basis::Estimated)
        };
    let limit = limits_year.limit(zone)?;
    let growth = (1.0 + context.growth_percent / 100.0).powi(years_ahead);
    let minimum = f64::from(limit.min_pounds) * growth;
    let maximum = f64::from(limit.max_pounds) * growth;
    let raw = full_time_basic * rate.rate_percent / 100.0;
    let clamped_amount = raw.clamp(minimum, maximum);
    Some(HcasAmount {
        annual: clamped_amount * context.hours_fraction(),
        basis,
        uncertain: !limits_year.confirmed,
        clamped: (clamped_amount - raw).abs() > f64::EPSILON,
    })
}
