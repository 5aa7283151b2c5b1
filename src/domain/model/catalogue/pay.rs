//! Agenda for Change pay tables and the High Cost Area Supplement.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::band::Band;
use super::super::month::FinancialYear;
use super::super::taxonomy::{HcasZone, Nation};
use super::source::Source;

/// One nation's Agenda for Change pay scale for one financial year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayTable {
    /// The nation.
    pub nation: Nation,
    /// The pay year.
    pub year: FinancialYear,
    /// The date the figures apply from.
    pub applies_from: NaiveDate,
    /// Full-time hours a week the annual figures are for (the nation's standard week); part-time
    /// pay is pro rata to it.
    pub full_time_hours: f64,
    /// True when the nation's standard week for this year is still to be confirmed.
    #[serde(default)]
    pub hours_to_be_confirmed: bool,
    /// True when the nation has not published this table: its figures are estimates (the award
    /// note says what they are taken from).
    #[serde(default)]
    pub estimated: bool,
    /// Annual pay divided by this gives the hourly rate.
    pub hourly_divisor: f64,
    /// What the award was.
    #[serde(default)]
    pub award_note: String,
    /// Each band's pay points, lowest band first.
    pub bands: Vec<BandScale>,
    /// Where the figures come from.
    pub sources: Vec<Source>,
    /// True when the table was read from the person's own data folder instead of the built-in
    /// data: its figures are then never called published.
    #[serde(skip)]
    pub from_own_data: bool,
}

/// The pay points of one band.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandScale {
    /// The band.
    pub band: Band,
    /// Its pay points, entry first.
    pub points: Vec<PayPoint>,
}

/// A pay point within a band.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayPoint {
    /// Which point it is.
    pub name: PointName,
    /// The table's own label for it, such as "Year 2+" (empty when the table uses the names).
    #[serde(default)]
    pub label: String,
    /// Annual basic pay, full time, in pounds.
    pub annual_pounds: u32,
    /// Years in the band after which a person reaches it (0 for the entry point).
    pub after_years: u32,
    /// True when the timing is read from labels rather than seen in the official table.
    #[serde(default)]
    pub timing_estimated: bool,
}

/// The name of a pay point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PointName {
    /// The entry point.
    Entry,
    /// The intermediate point.
    Intermediate,
    /// The top point.
    Top,
}

impl PointName {
    /// A plain name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Entry => "entry",
            Self::Intermediate => "intermediate",
            Self::Top => "top",
        }
    }
}

/// The High Cost Area Supplement of one nation: zones and, per year, their limits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HcasTable {
    /// The nation.
    pub nation: Nation,
    /// The zones and their rates.
    pub zones: Vec<HcasZoneRate>,
    /// Minimum and maximum payments by year.
    pub years: Vec<HcasYear>,
    /// What a reader should know.
    #[serde(default)]
    pub note: String,
    /// Where the zones and rates come from.
    pub sources: Vec<Source>,
}

/// A zone's rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HcasZoneRate {
    /// The zone.
    pub zone: HcasZone,
    /// Percent of basic pay.
    pub rate_percent: f64,
    /// The area it covers.
    #[serde(default)]
    pub area: String,
}

/// The minimum and maximum payments of every zone for one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HcasYear {
    /// The pay year.
    pub year: FinancialYear,
    /// The date the figures apply from.
    pub applies_from: NaiveDate,
    /// False while the figures are not confirmed against the official annex.
    pub confirmed: bool,
    /// The limits used.
    pub limits: Vec<HcasLimit>,
    /// Where the limits used come from.
    pub source: Source,
    /// Figures another source gives for the same year, kept so the disagreement is visible.
    #[serde(default)]
    pub alternatives: Vec<HcasAlternative>,
    /// What a reader should know.
    #[serde(default)]
    pub note: String,
}

/// A zone's minimum and maximum annual payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HcasLimit {
    /// The zone.
    pub zone: HcasZone,
    /// Minimum annual payment in pounds.
    pub min_pounds: u32,
    /// Maximum annual payment in pounds.
    pub max_pounds: u32,
}

/// Another source's figures for the same year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HcasAlternative {
    /// Its limits.
    pub limits: Vec<HcasLimit>,
    /// Where they come from.
    pub source: Source,
    /// How it differs.
    #[serde(default)]
    pub note: String,
}

impl PayTable {
    /// The scale of a band, if the table has it.
    #[must_use]
    pub fn band(&self, band: Band) -> Option<&BandScale> {
        self.bands.iter().find(|scale| scale.band == band)
    }

    /// The pay point of a band, if the band has it.
    #[must_use]
    pub fn point(&self, band: Band, point: PointName) -> Option<&PayPoint> {
        self.band(band)?.points.iter().find(|candidate| candidate.name == point)
    }
}

impl HcasTable {
    /// The rate of a zone.
    #[must_use]
    pub fn rate(&self, zone: HcasZone) -> Option<&HcasZoneRate> {
        self.zones.iter().find(|rate| rate.zone == zone)
    }
}

impl HcasYear {
    /// The limits of a zone.
    #[must_use]
    pub fn limit(&self, zone: HcasZone) -> Option<HcasLimit> {
        self.limits.iter().copied().find(|limit| limit.zone == zone)
    }
}
