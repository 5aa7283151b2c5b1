//! Annual rates for a band and point in a year: published, or projected from the last table.

use std::fmt;

use serde::Serialize;

use super::super::model::band::Band;
use super::super::model::catalogue::{PayTable, PointName};
use super::super::model::month::FinancialYear;
use super::PayContext;

/// Whether a figure comes from a published table, is estimated, or comes from a table in the
/// person's own data (which is never called published).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Read from a published table of that year.
    Published,
    /// Projected, assumed or taken from a comparable figure.
    Estimated,
    /// Read from a pay table in the person's own data folder, in place of the built-in one.
    OwnData,
}

impl Basis {
    /// "published", "estimated" or "from your own data".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Estimated => "estimated",
            Self::OwnData => "from your own data",
        }
    }

    /// The label with a capital letter, for a table cell.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Published => "Published",
            Self::Estimated => "Estimated",
            Self::OwnData => "From your own data",
        }
    }

    /// True unless the figure was read from a published table.
    #[must_use]
    pub fn is_estimated(self) -> bool {
        self == Self::Estimated
    }

    /// The weaker of the two: from your own data if either is, else estimated if either is.
    #[must_use]
    pub fn and(self, other: Self) -> Self {
        self.max(other)
    }
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What a table's own figures are: from the person's own data, estimated (not yet published by
/// the nation), or published.
#[must_use]
pub fn table_basis(table: &PayTable) -> Basis {
    if table.from_own_data {
        Basis::OwnData
    } else if table.estimated {
        Basis::Estimated
    } else {
        Basis::Published
    }
}

/// A full-time annual rate and where it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PayRate {
    /// Full-time annual basic pay in pounds (fractional when projected).
    pub full_time_annual: f64,
    /// Published or estimated.
    pub basis: Basis,
    /// The year of the table the figure was read from.
    pub table_year: FinancialYear,
}

/// The table used for a year: that year's table if published, else the latest (projected
/// forward) or the earliest (for years before any table), with how many years it is moved.
pub(super) fn table_for<'a>(
    context: &PayContext<'a>,
    year: FinancialYear,
) -> Option<(&'a PayTable, i32, Basis)> {
    let catalogue = context.catalogue;
    let nation_tables: Vec<&PayTable> = {
        let own: Vec<&PayTable> =
            catalogue.pay_tables.iter().filter(|t| t.nation == context.nation).collect();
        if own.is_empty() {
            // No table for this nation: England's are used, and every figure is an estimate.
            catalogue
                .pay_tables
                .iter()
                .filter(|t| t.nation == super::super::model::taxonomy::Nation::England)
                .collect()
        } else {
            own
        }
    };
    let foreign = nation_tables.first().is_some_and(|t| t.nation != context.nation);
    if let Some(exact) = nation_tables.iter().find(|t| t.year == year) {
        let basis = if foreign { table_basis(exact).and(Basis::Estimated) } else { table_basis(exact) };
        return Some((exact, 0, basis));
    }
    let latest = nation_tables.iter().max_by_key(|t| t.year)?;
    if year > latest.year {
        return Some((latest, year.start_year() - latest.year.start_year(), Basis::Estimated));
    }
    let earliest = nation_tables.iter().min_by_key(|t| t.year)?;
    Some((earliest, 0, Basis::Estimated))
}

/// Published when the nation's own table for `year` is published; estimated otherwise (a later
/// year, another nation's table, or a table marked estimated).
pub(super) fn year_basis(context: &PayContext<'_>, year: FinancialYear) -> Basis {
    table_for(context, year).map_or(Basis::Estimated, |(_, _, basis)| basis)
}

/// The full-time annual rate of a band and point in a year, projected with the context's
/// growth assumption after the last published table.
#[must_use]
pub fn afc_rate(
    context: &PayContext<'_>,
    band: Band,
    point: PointName,
    year: FinancialYear,
) -> Option<PayRate> {
    let (table, years_ahead, basis) = table_for(context, year)?;
    let scale = table.band(band)?;
    let chosen = scale
        .points
        .iter()
        .rev()
        .find(|candidate| candidate.name <= point)
        .or_else(|| scale.points.first())?;
    let growth = (1.0 + context.growth_percent / 100.0).powi(years_ahead);
    Some(PayRate {
        full_time_annual: f64::from(chosen.annual_pounds) * growth,
        basis,
        table_year: table.year,
    })
}

/// A pay point of a band as the path needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct StepPoint {
    /// The point.
    pub name: PointName,
    /// Years in the band to reach it.
    pub after_years: u32,
    /// True when that timing is the planner's reading of the table, not stated in it.
    pub timing_estimated: bool,
}

/// The points of a band in the table used for `year`, entry first.
pub(super) fn band_points(context: &PayContext<'_>, band: Band, year: FinancialYear) -> Vec<StepPoint> {
    table_for(context, year)
        .and_then(|(table, _, _)| table.band(band))
        .map(|scale| {
            scale
                .points
                .iter()
                .map(|point| StepPoint {
                    name: point.name,
                    after_years: point.after_years,
                    timing_estimated: point.timing_estimated,
                })
                .collect()
        })
        .unwrap_or_default()
}
