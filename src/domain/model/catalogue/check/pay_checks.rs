//! Checks of pay tables and HCAS tables.

use std::collections::HashMap;

use super::super::super::band::Band;
use super::super::super::taxonomy::Nation;
use super::super::{BandScale, HcasLimit, HcasTable, PayTable, PointName};
use super::{CatalogueError, Checker};

/// The file a band's step timing was first read from, and that timing: (point, years to reach it).
type StepTiming = (String, Vec<(PointName, u32)>);

/// The file a pay table is read from: `pay/afc-<nation>-<year>.ron`.
#[must_use]
pub fn pay_file(table: &PayTable) -> String {
    format!("pay/afc-{}-{}.ron", nation_slug(table.nation), table.year)
}

/// The file an HCAS table is read from: `pay/hcas-<nation>.ron`.
#[must_use]
pub fn hcas_file(table: &HcasTable) -> String {
    format!("pay/hcas-{}.ron", nation_slug(table.nation))
}

fn nation_slug(nation: Nation) -> String {
    nation.name().to_lowercase().replace(' ', "-")
}

impl Checker<'_> {
    pub(super) fn pay_tables(&mut self) {
        let c = self.catalogue;
        if c.pay_tables.is_empty() {
            self.errors
                .push(CatalogueError::file("pay/", "there is no pay table: add pay/afc-<nation>-<year>.ron"));
        }
        let mut timings: HashMap<(String, Band), StepTiming> = HashMap::new();
        let mut seen = HashMap::new();
        for table in &c.pay_tables {
            let file = pay_file(table);
            if let Some(first) = seen.insert((table.nation, table.year), file.clone()) {
                self.errors.push(CatalogueError::file(
                    &file,
                    format!(
                        "two pay tables for {} {}: {first} and this one",
                        table.nation.name(),
                        table.year
                    ),
                ));
            }
            self.pay_table_header(&file, table);
            let mut previous_entry: Option<(Band, u32)> = None;
            for scale in &table.bands {
                self.band_scale(&file, table, scale, &mut previous_entry, &mut timings);
            }
        }
    }

    /// The year, hours, sources and completeness of a table.
    fn pay_table_header(&mut self, file: &str, table: &PayTable) {
        if table.applies_from.format("%Y-%m").to_string() < table.year.first_month().to_string()
            || table.applies_from > table.year.next().first_month().first_day()
        {
            self.fail_field(
                file,
                "",
                "applies_from",
                format!(
                    "the table for {} applies from {}, outside that pay year",
                    table.year, table.applies_from
                ),
            );
        }
        let sane = |value: f64| value.is_finite() && value > 0.0;
        if !sane(table.full_time_hours) || !sane(table.hourly_divisor) {
            self.errors.push(CatalogueError::file(
                file,
                "full-time hours and the hourly divisor must be positive numbers",
            ));
        }
        if table.sources.is_empty() {
            self.errors.push(CatalogueError::file(file, "the pay table has no source"));
        }
        for source in &table.sources {
            self.source(file, "sources", source);
        }
        for band in &Band::ALL[1..] {
            if table.band(*band).is_none() {
                self.errors.push(CatalogueError::file(file, format!("{band} is missing from the table")));
            }
        }
    }

    /// One band's points: entry first, rising pay, rising years, the same timing every year.
    fn band_scale(
        &mut self,
        file: &str,
        table: &PayTable,
        scale: &BandScale,
        previous_entry: &mut Option<(Band, u32)>,
        timings: &mut HashMap<(String, Band), StepTiming>,
    ) {
        let band = scale.band;
        let label = format!("{} {band}", table.year);
        let Some(entry) = scale.points.first() else {
            self.errors.push(CatalogueError::file(file, format!("{label} has no pay points")));
            return;
        };
        if entry.name != PointName::Entry || entry.after_years != 0 {
            self.errors.push(CatalogueError::file(
                file,
                format!("{label}: the first pay point must be the entry point, reached after 0 years"),
            ));
        }
        if let Some((lower, pay)) = *previous_entry
            && (lower >= band || pay > entry.annual_pounds)
        {
            // A pay floor (Wales from 2026/27) may lift two entry points to the same figure.
            self.errors.push(CatalogueError::file(file, format!(
                "{label}: bands must be listed lowest first and no entry point may pay less than the band below"
            )));
        }
        *previous_entry = Some((band, entry.annual_pounds));
        for pair in scale.points.windows(2) {
            let (lower, upper) = (&pair[0], &pair[1]);
            if upper.annual_pounds <= lower.annual_pounds {
                self.fail_raw(
                    file,
                    &format!("annual_pounds: {}", upper.annual_pounds),
                    format!(
                        "{label}: pay points do not rise within the band ({} £{} then {} £{})",
                        lower.name.name(),
                        lower.annual_pounds,
                        upper.name.name(),
                        upper.annual_pounds
                    ),
                );
            }
            if upper.after_years <= lower.after_years || upper.name <= lower.name {
                self.errors.push(CatalogueError::file(file, format!(
                    "{label}: step timing is inconsistent: the {} point must come after the {} point, later in years",
                    upper.name.name(),
                    lower.name.name()
                )));
            }
        }
        let timing: Vec<(PointName, u32)> =
            scale.points.iter().map(|point| (point.name, point.after_years)).collect();
        let key = (table.nation.name().to_owned(), band);
        match timings.get(&key) {
            Some((other_file, other)) if *other != timing => {
                self.errors.push(CatalogueError::file(file, format!(
                    "{label}: step timing is inconsistent with {other_file}: the same band must have the same pay \
                     points reached after the same years"
                )));
            }
            Some(_) => {}
            None => {
                timings.insert(key, (file.to_owned(), timing));
            }
        }
    }

    pub(super) fn hcas_tables(&mut self) {
        let c = self.catalogue;
        if c.hcas.is_empty() {
            self.errors
                .push(CatalogueError::file("pay/", "there is no HCAS table: add pay/hcas-<nation>.ron"));
        }
        for table in &c.hcas {
            let file = hcas_file(table);
            if table.sources.is_empty() {
                self.errors.push(CatalogueError::file(&file, "the HCAS table has no source"));
            }
            for source in &table.sources {
                self.source(&file, "sources", source);
            }
            for rate in &table.zones {
                if !(rate.rate_percent.is_finite() && rate.rate_percent > 0.0 && rate.rate_percent < 100.0) {
                    self.errors.push(CatalogueError::file(
                        &file,
                        format!("{}: the rate must be a percentage between 0 and 100", rate.zone.name()),
                    ));
                }
            }
            let mut years = Vec::new();
            for year in &table.years {
                if years.contains(&year.year) {
                    self.errors.push(CatalogueError::file(&file, format!("{} appears twice", year.year)));
                }
                years.push(year.year);
                self.source(&file, "years", &year.source);
                self.hcas_limits(&file, &year.year.to_string(), &year.limits, table);
                for alternative in &year.alternatives {
                    self.source(&file, "alternatives", &alternative.source);
                    self.hcas_limits(
                        &file,
                        &format!("{} (alternative)", year.year),
                        &alternative.limits,
                        table,
                    );
                }
            }
        }
    }

    fn hcas_limits(&mut self, file: &str, label: &str, limits: &[HcasLimit], table: &HcasTable) {
        for zone_rate in &table.zones {
            if !limits.iter().any(|limit| limit.zone == zone_rate.zone) {
                self.errors.push(CatalogueError::file(
                    file,
                    format!("{label}: {} has a rate but no minimum and maximum", zone_rate.zone.name()),
                ));
            }
        }
        for limit in limits {
            if limit.min_pounds > limit.max_pounds || table.rate(limit.zone).is_none() {
                self.errors.push(CatalogueError::file(
                    file,
                    format!(
                        "{label}: {} must have a rate, and its minimum must not exceed its maximum",
                        limit.zone.name()
                    ),
                ));
            }
        }
    }
}
