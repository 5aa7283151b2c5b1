//! Pay in words, the same in the window, the PDF and the command line: a position on the
//! scales, a band's pay range in a nation and year, and the labels of a year's figures.

use chrono::NaiveDate;

use super::super::format::pounds;
use super::super::model::band::Band;
use super::super::model::catalogue::{Catalogue, PointName};
use super::super::model::month::FinancialYear;
use super::super::model::taxonomy::Nation;
use super::PayContext;
use super::path::{PayPosition, PayYear};
use super::rates::{Basis, table_for};

/// "Band 7, entry point".
#[must_use]
pub fn afc_position_words(band: Band, point: PointName) -> String {
    format!("{band}, {} point", point.name())
}

/// Where a person is paid, in words: "Band 7, entry point", or the scheme's or role's title.
#[must_use]
pub fn position_words(position: &PayPosition) -> String {
    match position {
        PayPosition::Afc { band, point } => afc_position_words(*band, *point),
        PayPosition::Scheme { title } | PayPosition::Other { title } | PayPosition::Unpaid { title } => {
            title.clone()
        }
    }
}

/// The annual rate of a year: "£41,546", or "no NHS pay" when unpaid or outside the NHS with no
/// known figure. Never "£0".
#[must_use]
pub fn annual_words(year: &PayYear) -> String {
    amount_or_no_pay(year.annual_pay.map_or(0, u64::from))
}

/// What a year earned (basic pay and HCAS): "£12,345", or "no NHS pay". Never "£0".
#[must_use]
pub fn earned_words(year: &PayYear) -> String {
    amount_or_no_pay(u64::from(year.earned) + u64::from(year.hcas_earned))
}

/// An amount of pay: "£12,345", or "no NHS pay" for nothing. Never "£0".
#[must_use]
pub fn amount_or_no_pay(amount: u64) -> String {
    if amount == 0 { "no NHS pay".to_owned() } else { pounds(amount) }
}

/// "1 month", "7 months".
#[must_use]
pub fn months_words(months: u32) -> String {
    if months == 1 { "1 month".to_owned() } else { format!("{months} months") }
}

/// Which tables a nation's figures come from: "Scotland's Agenda for Change pay tables (2025-26,
/// 2026-27)", or England's when the nation has none.
#[must_use]
pub fn tables_words(catalogue: &Catalogue, nation: Nation) -> String {
    let years: Vec<String> = catalogue
        .pay_tables
        .iter()
        .filter(|table| table.nation == nation)
        .map(
            |table| {
                if table.estimated { format!("{} estimated", table.year) } else { table.year.to_string() }
            },
        )
        .collect();
    if years.is_empty() {
        format!("England's Agenda for Change pay tables (there is none for {} yet)", nation.name())
    } else {
        format!("{}'s Agenda for Change pay tables ({})", nation.name(), years.join(", "))
    }
}

/// One band's entry and top pay, full time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandPayRange {
    /// The band.
    pub band: Band,
    /// Annual pay at the entry point.
    pub entry: u32,
    /// Annual pay at the top point (equal to entry for a one-point band).
    pub top: u32,
}

impl BandPayRange {
    /// "£49,387 (entry) to £56,515 (top)", or one figure for a one-point band.
    #[must_use]
    pub fn words(&self) -> String {
        if self.entry == self.top {
            pounds(self.entry)
        } else {
            format!("{} (entry) to {} (top)", pounds(self.entry), pounds(self.top))
        }
    }
}

/// The pay of a range of bands in a nation and year, and which table it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct PayRange {
    /// The nation whose table it is.
    pub nation: Nation,
    /// The year of that table.
    pub table_year: FinancialYear,
    /// The date that table applies from.
    pub applies_from: NaiveDate,
    /// Published, or estimated (another nation's or a later year's table).
    pub basis: Basis,
    /// Each band, lowest first.
    pub bands: Vec<BandPayRange>,
}

impl PayRange {
    /// The lowest entry and the highest top pay: "£49,387 to £77,368".
    #[must_use]
    pub fn span_words(&self) -> String {
        let low = self.bands.iter().map(|band| band.entry).min().unwrap_or(0);
        let high = self.bands.iter().map(|band| band.top).max().unwrap_or(0);
        format!("{} to {}", pounds(low), pounds(high))
    }

    /// "AfC Scotland 2026-27, published, from 2026-04-01".
    #[must_use]
    pub fn table_words(&self) -> String {
        format!("AfC {} {}, {}, from {}", self.nation.name(), self.table_year, self.basis, self.applies_from)
    }
}

/// The full-time pay of bands `lowest` to `highest` in `nation`'s table for `year` (England's,
/// estimated, when the nation has none; the latest, estimated, for a later year).
#[must_use]
pub fn band_pay_range(
    catalogue: &Catalogue,
    nation: Nation,
    year: FinancialYear,
    (lowest, highest): (Band, Band),
) -> Option<PayRange> {
    let context = PayContext { nation, ..PayContext::new(catalogue) };
    let (table, _, basis) = table_for(&context, year)?;
    let bands: Vec<BandPayRange> = table
        .bands
        .iter()
        .filter(|scale| (lowest..=highest).contains(&scale.band))
        .filter_map(|scale| {
            Some(BandPayRange {
                band: scale.band,
                entry: scale.points.first()?.annual_pounds,
                top: scale.points.last()?.annual_pounds,
            })
        })
        .collect();
    (!bands.is_empty()).then_some(PayRange {
        nation: table.nation,
        table_year: table.year,
        applies_from: table.applies_from,
        basis,
        bands,
    })
}

/// A pay point a person can choose for their band, with its figure in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointChoice {
    /// The point.
    pub point: PointName,
    /// "top (Year 2+): £70,202 a year, full time".
    pub words: String,
}

/// The points `band` has in `nation`'s table for `year` (the nation's latest table for a later
/// year, England's when the nation has none), each with its figure: the only points a profile
/// may choose.
#[must_use]
pub fn point_choices(
    catalogue: &Catalogue,
    nation: Nation,
    year: FinancialYear,
    band: Band,
) -> Vec<PointChoice> {
    let context = PayContext { nation, ..PayContext::new(catalogue) };
    let Some((table, _, _)) = table_for(&context, year) else { return Vec::new() };
    table
        .band(band)
        .map(|scale| {
            scale
                .points
                .iter()
                .map(|point| {
                    let label =
                        if point.label.is_empty() { String::new() } else { format!(" ({})", point.label) };
                    PointChoice {
                        point: point.name,
                        words: format!(
                            "{}{label}: {} a year, full time ({} {})",
                            point.name.name(),
                            pounds(point.annual_pounds),
                            table.nation.name(),
                            table.year
                        ),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}
