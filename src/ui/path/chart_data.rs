//! What the pay chart shows, as plain numbers and words worked out from a pay path: the lines,
//! the markers, the labels, the axis ranges and the words shown on hover. Testable without
//! drawing anything.

use crate::domain::format::pounds;
use crate::domain::pay::{Basis, PayEventKind, PayPath, PayPosition, position_words};

/// The share of the pay range added above and below the line, so it is neither flat against
/// an edge nor squashed into a strip.
const Y_MARGIN_SHARE: f64 = 0.12;

/// The least margin above and below the line, in pounds (a flat line still gets some room).
const Y_MARGIN_MINIMUM: f64 = 1_500.0;

/// Extra room above the highest pay for the band labels, as a share of the pay range.
const LABEL_ROOM_SHARE: f64 = 0.10;

/// A run of years on the same basis, drawn as one step line.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRun {
    /// True for estimated years (a later year's or another nation's table).
    pub estimated: bool,
    /// The points of the step line: (x, basic pay plus HCAS).
    pub points: Vec<[f64; 2]>,
}

/// A label on the chart: where a band, scheme or role starts.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLabel {
    /// Where it starts on the x axis.
    pub x: f64,
    /// The pay there; none for a year with no NHS pay (the label then sits along the bottom).
    pub y: Option<f64>,
    /// The full text ("Band 6", "Practice manager, GP surgery").
    pub text: String,
}

/// One financial year as the chart knows it, for the words shown on hover.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartYear {
    /// The x of the year's start.
    pub x: f64,
    /// "2027-28".
    pub label: String,
    /// Published or estimated.
    pub basis: Basis,
    /// "Band 6, middle point", or the scheme's or role's title.
    pub position: String,
    /// Basic pay a year, pro rata; none when unpaid or outside the NHS with no known figure.
    pub basic: Option<u32>,
    /// HCAS a year, in pounds (0 for none).
    pub hcas: u32,
    /// Pay steps, promotions and changes in the year, in words.
    pub events: Vec<String>,
}

/// The chart's data, worked out from a pay path.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartData {
    /// Runs of years with the same basis.
    pub runs: Vec<ChartRun>,
    /// Pay steps: (x, pay).
    pub steps: Vec<[f64; 2]>,
    /// Promotions and changes of post: (x, pay).
    pub promotions: Vec<[f64; 2]>,
    /// Where each band, scheme or role starts.
    pub labels: Vec<ChartLabel>,
    /// Every year of the path, paid or not.
    pub years: Vec<ChartYear>,
    /// The x axis: from the start of the first year to the end of the last (the pay table's years).
    pub x_range: (f64, f64),
    /// The y axis: the pay shown with a margin, and room above for the labels.
    pub y_range: (f64, f64),
}

/// x of a month: the financial year's start year plus the months since April, in years.
fn x_of(month: crate::domain::Month) -> f64 {
    let year = month.financial_year();
    let months = year.first_month().months_until(month);
    f64::from(year.start_year()) + f64::from(months) / 12.0
}

/// True when two x values are the same year boundary.
fn same_x(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// The label of a position on the chart: the band alone on AfC, else the full title.
fn label_of(position: &PayPosition) -> String {
    match position {
        PayPosition::Afc { band, .. } => band.to_string(),
        PayPosition::Scheme { title } | PayPosition::Other { title } | PayPosition::Unpaid { title } => {
            title.clone()
        }
    }
}

impl ChartData {
    /// The chart of a pay path.
    #[must_use]
    pub fn of(pay: &PayPath) -> Self {
        let mut data = Self::default();
        let mut last_label: Option<String> = None;
        for year in &pay.years {
            let x = f64::from(year.year.start_year());
            data.years.push(ChartYear {
                x,
                label: year.year.to_string(),
                basis: year.basis,
                position: position_words(&year.position),
                basic: year.annual_pay,
                hcas: year.hcas,
                events: year.events.iter().map(|event| event.text.clone()).collect(),
            });
            let y = year.annual_pay.map(|annual| f64::from(annual + year.hcas));
            let label = label_of(&year.position);
            if last_label.as_ref() != Some(&label) {
                data.labels.push(ChartLabel { x, y, text: label.clone() });
                last_label = Some(label);
            }
            let Some(y) = y else { continue };
            data.add_to_runs(year.basis == Basis::Estimated, x, y);
            for event in &year.events {
                let point = [x_of(event.month), y];
                match event.kind {
                    PayEventKind::Step => data.steps.push(point),
                    PayEventKind::Promotion | PayEventKind::Change => data.promotions.push(point),
                }
            }
        }
        data.x_range = match (data.years.first(), data.years.last()) {
            (Some(first), Some(last)) => (first.x, last.x + 1.0),
            _ => (0.0, 1.0),
        };
        data.y_range = y_range_of(&data.runs);
        data
    }

    /// Adds a year's pay to the step line, starting a new run where the basis changes (joined
    /// to the last one).
    fn add_to_runs(&mut self, estimated: bool, x: f64, y: f64) {
        match self.runs.last_mut() {
            Some(run)
                if run.estimated == estimated && run.points.last().is_some_and(|end| same_x(end[0], x)) =>
            {
                run.points.push([x, y]);
                run.points.push([x + 1.0, y]);
            }
            previous => {
                let mut points = Vec::new();
                if let Some(end) = previous.and_then(|run| run.points.last().copied())
                    && same_x(end[0], x)
                {
                    points.push(end);
                }
                points.push([x, y]);
                points.push([x + 1.0, y]);
                self.runs.push(ChartRun { estimated, points });
            }
        }
    }

    /// The year under `x`, if any.
    #[must_use]
    pub fn year_at(&self, x: f64) -> Option<&ChartYear> {
        self.years.iter().find(|year| year.x <= x && x < year.x + 1.0)
    }

    /// The words shown when the pointer is over `x`: the year, where the person is, basic pay
    /// and HCAS in pounds, and what changed in the year.
    #[must_use]
    pub fn hover_text(&self, x: f64) -> Option<String> {
        let year = self.year_at(x)?;
        let mut lines = vec![format!("{} ({})", year.label, year.basis), year.position.clone()];
        lines.push(match year.basic {
            Some(basic) => format!("Basic pay: {} a year", pounds(basic)),
            None => "No NHS pay".to_owned(),
        });
        if year.hcas > 0 {
            lines.push(format!("HCAS: {} a year", pounds(year.hcas)));
        }
        lines.extend(year.events.iter().cloned());
        Some(lines.join("\n"))
    }
}

/// The y range: the lowest and highest pay with a margin, and room above for labels.
fn y_range_of(runs: &[ChartRun]) -> (f64, f64) {
    let values = runs.iter().flat_map(|run| run.points.iter().map(|point| point[1]));
    let (low, high) =
        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), y| (low.min(y), high.max(y)));
    if !low.is_finite() {
        return (0.0, 1_000.0);
    }
    let span = high - low;
    let margin = (span * Y_MARGIN_SHARE).max(Y_MARGIN_MINIMUM);
    let label_room = (span * LABEL_ROOM_SHARE).max(Y_MARGIN_MINIMUM);
    ((low - margin).max(0.0), high + margin + label_room)
}

/// "2026-27" for a year mark; nothing between years.
#[must_use]
pub fn year_label(value: f64) -> String {
    if (value - value.round()).abs() > 0.01 {
        return String::new();
    }
    #[expect(clippy::cast_possible_truncation, reason = "years on the axis are small whole numbers")]
    let year = value.round() as i32;
    format!("{year}-{:02}", (year + 1).rem_euclid(100))
}

/// "£38k", "£38.5k": the pay axis's marks, precise enough to tell close marks apart.
#[must_use]
pub fn pay_label(value: f64) -> String {
    let thousands = value / 1000.0;
    if (thousands - thousands.round()).abs() < 0.05 {
        format!("£{thousands:.0}k")
    } else {
        format!("£{thousands:.1}k")
    }
}

/// The chart's height for a window of `window_height` points: a good share of the window, so
/// that it is neither a thin strip on a large screen nor taller than a small one.
#[must_use]
pub fn chart_height(window_height: f32) -> f32 {
    (window_height * 0.45).clamp(220.0, 620.0)
}

#[cfg(test)]
#[path = "chart_data_tests.rs"]
mod tests;
