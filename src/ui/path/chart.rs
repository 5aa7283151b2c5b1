//! The pay chart of a path: basic pay plus HCAS by financial year, published and estimated
//! years styled apart, markers for pay steps and promotions, band labels.

use egui::{Color32, Ui};
use egui_plot::{Corner, Legend, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points, Text};

use crate::domain::pay::{Basis, PayEventKind, PayPath, PayPosition};

/// The chart's data, worked out from a pay path (plain numbers, testable without drawing).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartData {
    /// Runs of years with the same basis: (estimated, points of a step line).
    pub runs: Vec<(bool, Vec<[f64; 2]>)>,
    /// Pay steps: (x, pay).
    pub steps: Vec<[f64; 2]>,
    /// Promotions and changes of post: (x, pay).
    pub promotions: Vec<[f64; 2]>,
    /// Band labels: (x, pay, text).
    pub labels: Vec<(f64, f64, String)>,
}

/// x of a month: the financial year's start year plus the months since April, in years.
fn x_of(month: crate::domain::Month) -> f64 {
    let year = month.financial_year();
    let months = year.first_month().months_until(month);
    f64::from(year.start_year()) + f64::from(months) / 12.0
}

impl ChartData {
    /// The chart of a pay path.
    #[must_use]
    pub fn of(pay: &PayPath) -> Self {
        let mut data = Self::default();
        let mut last_label: Option<String> = None;
        for year in &pay.years {
            let Some(annual) = year.annual_pay else { continue };
            let y = f64::from(annual + year.hcas);
            let x = f64::from(year.year.start_year());
            let estimated = year.basis == Basis::Estimated;
            match data.runs.last_mut() {
                Some((run_estimated, points)) if *run_estimated == estimated => {
                    points.push([x, y]);
                    points.push([x + 1.0, y]);
                }
                previous => {
                    let mut points = Vec::new();
                    if let Some((_, earlier)) = previous
                        && let Some(end) = earlier.last().copied()
                    {
                        points.push(end);
                    }
                    points.push([x, y]);
                    points.push([x + 1.0, y]);
                    data.runs.push((estimated, points));
                }
            }
            for event in &year.events {
                let point = [x_of(event.month), y];
                match event.kind {
                    PayEventKind::Step => data.steps.push(point),
                    PayEventKind::Promotion | PayEventKind::Change => data.promotions.push(point),
                }
            }
            let label = match &year.position {
                PayPosition::Afc { band, .. } => band.to_string(),
                PayPosition::Scheme { .. } => "Scheme".to_owned(),
                PayPosition::Other { title } | PayPosition::Unpaid { title } => short(title),
            };
            if last_label.as_ref() != Some(&label) {
                data.labels.push((x + 0.1, y, label.clone()));
                last_label = Some(label);
            }
        }
        data
    }
}

fn short(text: &str) -> String {
    let mut short: String = text.chars().take(18).collect();
    if text.chars().count() > 18 {
        short.push('…');
    }
    short
}

/// "2026-27" for a year mark; nothing between years.
fn year_label(value: f64) -> String {
    if (value - value.round()).abs() > 0.01 {
        return String::new();
    }
    #[expect(clippy::cast_possible_truncation, reason = "years on the axis are small whole numbers")]
    let year = value.round() as i32;
    format!("{year}-{:02}", (year + 1).rem_euclid(100))
}

/// Draws the chart.
pub fn chart_ui(ui: &mut Ui, id: &str, pay: &PayPath) {
    let data = ChartData::of(pay);
    let dark = ui.visuals().dark_mode;
    let (published, estimated) = if dark {
        (Color32::from_rgb(120, 180, 255), Color32::from_rgb(200, 160, 255))
    } else {
        (Color32::from_rgb(0, 94, 184), Color32::from_rgb(120, 60, 170))
    };
    let text_colour = ui.visuals().text_color();
    Plot::new(id)
        .height(260.0)
        .legend(Legend::default().position(Corner::LeftTop))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .x_axis_label("Financial year (April to March)")
        .y_axis_label("Basic pay + HCAS a year")
        .x_axis_formatter(|mark, _| year_label(mark.value))
        .y_axis_formatter(|mark, _| format!("£{:.0}k", mark.value / 1000.0))
        .show(ui, |plot| {
            for (is_estimated, points) in &data.runs {
                let (name, colour, style) = if *is_estimated {
                    ("Estimated years", estimated, LineStyle::dashed_loose())
                } else {
                    ("Published years", published, LineStyle::Solid)
                };
                plot.line(Line::new(name, points.clone()).color(colour).width(2.5).style(style));
            }
            if !data.steps.is_empty() {
                plot.points(
                    Points::new("Pay steps", data.steps.clone())
                        .shape(MarkerShape::Circle)
                        .radius(4.0)
                        .color(published),
                );
            }
            if !data.promotions.is_empty() {
                plot.points(
                    Points::new("Promotions and moves", data.promotions.clone())
                        .shape(MarkerShape::Up)
                        .radius(6.0)
                        .filled(true)
                        .color(estimated),
                );
            }
            for (x, y, label) in &data.labels {
                plot.text(Text::new("", PlotPoint::new(*x, *y * 1.06), label.as_str()).color(text_colour));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_marks_read_as_financial_years() {
        assert_eq!(year_label(2026.0), "2026-27");
        assert_eq!(year_label(2099.0), "2099-00");
        assert_eq!(year_label(2026.5), "");
    }
}
