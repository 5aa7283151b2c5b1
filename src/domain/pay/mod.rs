//! The pay engine: Agenda for Change pay year by year from the real tables, with pay steps,
//! promotions, the High Cost Area Supplement, part-time pro rata and labelled projections.
//! Usable on its own, without a profile.

mod hcas;
mod notes;
mod path;
mod rates;
mod words;

pub use hcas::{HcasAmount, hcas_for};
pub use path::{PayEvent, PayEventKind, PayPath, PayPosition, PayStint, PayYear, StintKind, pay_path};
pub use rates::{Basis, PayRate, afc_rate, table_basis};
pub use words::{
    BandPayRange, PayRange, PointChoice, afc_position_words, amount_or_no_pay, annual_words, band_pay_range,
    earned_words, months_words, point_choices, position_words, tables_words,
};

use super::model::catalogue::Catalogue;
use super::model::profile::FULL_TIME_HOURS;
use super::model::taxonomy::{HcasZone, Nation};

/// Everything the pay engine needs besides the career itself.
#[derive(Clone, Copy, Debug)]
pub struct PayContext<'a> {
    /// Pay tables and HCAS limits.
    pub catalogue: &'a Catalogue,
    /// The nation whose tables apply.
    pub nation: Nation,
    /// The HCAS zone, if any.
    pub zone: Option<HcasZone>,
    /// Contracted hours a week; pay is pro rata to the nation's standard week.
    pub hours_per_week: f64,
    /// Assumed pay award a year, in percent, for years after the last published table.
    pub growth_percent: f64,
}

impl<'a> PayContext<'a> {
    /// Full time, England, no HCAS, no assumed growth.
    #[must_use]
    pub fn new(catalogue: &'a Catalogue) -> Self {
        Self {
            catalogue,
            nation: Nation::England,
            zone: None,
            hours_per_week: FULL_TIME_HOURS,
            growth_percent: 0.0,
        }
    }

    /// The nation's standard (full-time) week, from its latest pay table; 37.5 hours without one.
    #[must_use]
    pub fn full_time_hours(&self) -> f64 {
        self.catalogue.latest_pay_table(self.nation).map_or(FULL_TIME_HOURS, |table| table.full_time_hours)
    }

    /// The share of full-time pay, such as 0.8 for 30 of 37.5 hours. Basic pay is for contracted
    /// hours up to the standard week; hours beyond it are overtime, which the planner leaves out.
    #[must_use]
    pub fn hours_fraction(&self) -> f64 {
        (self.hours_per_week / self.full_time_hours()).clamp(0.0, 1.0)
    }

    /// The assumption used for years without a published table, in words.
    #[must_use]
    pub fn projection_assumption(&self) -> String {
        format!(
            "Years after the last published table are estimated by assuming a pay award of {}% a year.",
            trim_percent(self.growth_percent)
        )
    }
}

/// "3.3", "0", "2.5" (no trailing zeros).
#[must_use]
pub fn trim_percent(percent: f64) -> String {
    let text = format!("{percent:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Rounds a non-negative amount of pounds to the nearest pound.
#[must_use]
pub fn round_pounds(amount: f64) -> u32 {
    if amount.is_finite() && amount > 0.0 {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to the u32 range first"
        )]
        let pounds = amount.round().min(f64::from(u32::MAX)) as u32;
        pounds
    } else {
        0
    }
}
