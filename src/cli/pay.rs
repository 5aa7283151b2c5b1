//! `pay`: an Agenda for Change pay table.

use serde::Serialize;

use super::{Output, UserError};
use crate::domain::format::pounds;
use crate::domain::model::taxonomy::Nation;
use crate::domain::pay::table_basis;
use crate::domain::{Band, Catalogue, FinancialYear};

#[derive(Serialize)]
struct TableJson {
    contract: u32,
    nation: &'static str,
    year: String,
    applies_from: String,
    full_time_hours: f64,
    hours_to_be_confirmed: bool,
    basis: &'static str,
    award: String,
    hcas: bool,
    sources: Vec<String>,
    bands: Vec<BandJson>,
}

#[derive(Serialize)]
struct BandJson {
    band: &'static str,
    points: Vec<PointJson>,
}

#[derive(Serialize)]
struct PointJson {
    point: &'static str,
    label: String,
    annual_pay: u32,
    hourly_rate: f64,
    after_years: u32,
    timing_estimated: bool,
}

pub fn table(
    catalogue: &Catalogue,
    nation: Nation,
    year: FinancialYear,
    band: Option<Band>,
    json: bool,
    out: &mut Output,
) -> Result<(), UserError> {
    let table = catalogue.pay_table(nation, year).ok_or_else(|| {
        let years: Vec<String> =
            catalogue.pay_tables.iter().filter(|t| t.nation == nation).map(|t| t.year.to_string()).collect();
        UserError::new(format!(
            "there is no published pay table for {year} for {}; the data has {}",
            nation.name(),
            if years.is_empty() { "none".to_owned() } else { years.join(", ") }
        ))
    })?;
    let basis = table_basis(table);
    let scales: Vec<_> =
        table.bands.iter().filter(|scale| band.is_none_or(|wanted| scale.band == wanted)).collect();
    if scales.is_empty() {
        return Err(UserError::new(format!(
            "{year} has no {}",
            band.map(|b| b.to_string()).unwrap_or_default()
        )));
    }
    if json {
        let document = TableJson {
            contract: super::json::CONTRACT_VERSION,
            nation: table.nation.name(),
            year: table.year.to_string(),
            applies_from: table.applies_from.to_string(),
            full_time_hours: table.full_time_hours,
            hours_to_be_confirmed: table.hours_to_be_confirmed,
            basis: basis.label(),
            award: table.award_note.clone(),
            hcas: catalogue.hcas_table(nation).is_some(),
            sources: table.sources.iter().map(|source| catalogue.cite(source)).collect(),
            bands: scales
                .iter()
                .map(|scale| BandJson {
                    band: scale.band.short_name(),
                    points: scale
                        .points
                        .iter()
                        .map(|point| PointJson {
                            point: point.name.name(),
                            label: point.label.clone(),
                            annual_pay: point.annual_pounds,
                            hourly_rate: (f64::from(point.annual_pounds) / table.hourly_divisor * 100.0)
                                .round()
                                / 100.0,
                            after_years: point.after_years,
                            timing_estimated: point.timing_estimated,
                        })
                        .collect(),
                })
                .collect(),
        };
        out.json(&document)?;
        return Ok(());
    }
    let to_confirm = if table.hours_to_be_confirmed { ", to be confirmed" } else { "" };
    out.line(&format!(
        "Agenda for Change pay, {} {} ({basis}), full time ({} hours a week{to_confirm}), from {}",
        table.nation.name(),
        table.year,
        table.full_time_hours,
        table.applies_from
    ))?;
    if !table.award_note.is_empty() {
        out.line(&format!("  {}", table.award_note))?;
    }
    for scale in scales {
        let points: Vec<String> = scale
            .points
            .iter()
            .map(|point| {
                let when = if point.after_years == 0 {
                    String::new()
                } else {
                    format!(" after {}", crate::domain::matching::span(point.after_years * 12))
                };
                let estimated = if point.timing_estimated { " (timing estimated)" } else { "" };
                let label =
                    if point.label.is_empty() { String::new() } else { format!(" \"{}\"", point.label) };
                format!(
                    "{}{label} {}{when}{estimated}",
                    point.name.name(),
                    pounds(u64::from(point.annual_pounds))
                )
            })
            .collect();
        out.line(&format!("  {:<8} {}", scale.band.to_string(), points.join(", ")))?;
    }
    if catalogue.hcas_table(nation).is_none() {
        out.line(&format!("No High Cost Area Supplement is paid in {}.", nation.name()))?;
    }
    out.line(&format!(
        "Source: {}",
        table.sources.iter().map(|s| catalogue.cite(s)).collect::<Vec<_>>().join("; ")
    ))?;
    Ok(())
}
