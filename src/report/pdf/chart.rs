//! The chart of band and pay over the years, drawn as vector graphics: a bar a year, solid for
//! published figures and pale with a dashed outline for estimated ones, the band named where it
//! changes, promotions marked with a triangle, labelled axes and a legend.

use crate::domain::format::pounds;

use super::super::model::ChartYear;
use super::flow::{ACCENT, ACCENT_TINT, Flow, INK, MUTED, TextStyle, count_f32, text_item};
use super::fonts::Weight;
use super::layout::{Atom, CONTENT_WIDTH, Colour, Item, Stroke};

/// Promotion markers.
pub const PROMOTION: Colour = Colour(0.85, 0.38, 0.0);
const GRID: Colour = Colour(0.85, 0.85, 0.85);
const AXIS: Colour = Colour(0.25, 0.25, 0.25);
const LABEL: TextStyle = TextStyle { weight: Weight::Regular, size: 7.0, leading: 9.0, colour: MUTED };
const BAND: TextStyle = TextStyle { weight: Weight::Bold, size: 7.0, leading: 9.0, colour: INK };

/// Left edge of the plot (room for the pay labels).
const PLOT_LEFT: f32 = 46.0;
/// Top of the plot (room for the axis title).
const PLOT_TOP: f32 = 16.0;
/// Height of the plot.
const PLOT_HEIGHT: f32 = 85.0;
/// Height of the whole chart.
pub const CHART_HEIGHT: f32 = PLOT_TOP + PLOT_HEIGHT + 41.0;

/// A round step for the pay axis and the axis maximum, with headroom for the labels above
/// the tallest bar.
fn pay_scale(max_pay: u32) -> (u32, u32) {
    let wanted = f64::from(max_pay.max(1)) * 1.2;
    let step = [1_000, 2_000, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000]
        .into_iter()
        .find(|step| wanted / f64::from(*step) <= 6.0)
        .unwrap_or(1_000_000);
    let ticks = (wanted / f64::from(step)).ceil().max(1.0);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "at most 6 ticks of a u32 step"
    )]
    let top = (ticks as u32).saturating_mul(step);
    (step, top)
}

/// Pounds as a length before scaling (pay is far below 2^24, so exact).
fn points(pounds: u32) -> f32 {
    #[expect(clippy::cast_precision_loss, reason = "pay figures are far below 2^24")]
    let value = pounds as f32;
    value
}

/// The chart as one atom.
#[must_use]
pub fn chart(flow: &mut Flow<'_>, years: &[ChartYear]) -> Atom {
    let plot_width = CONTENT_WIDTH - PLOT_LEFT - 4.0;
    let plot_bottom = PLOT_TOP + PLOT_HEIGHT;
    let max_pay = years.iter().filter_map(|year| year.annual_pay).max().unwrap_or(0);
    let (step, top) = pay_scale(max_pay);
    let scale = PLOT_HEIGHT / points(top);
    let mut items = Vec::new();
    items.push(text_item(0.0, 8.0, "Annual basic pay, pro rata (£)".to_owned(), LABEL.coloured(INK)));
    let mut tick = 0;
    while tick <= top {
        let y = plot_bottom - points(tick) * scale;
        items.push(Item::line((PLOT_LEFT, y), (PLOT_LEFT + plot_width, y), Stroke::solid(GRID, 0.4)));
        let label = pounds(u64::from(tick));
        let width = flow.width(&label, LABEL);
        items.push(text_item(PLOT_LEFT - 4.0 - width, y + 2.4, label, LABEL));
        tick += step;
    }
    let count = count_f32(years.len().max(1));
    let slot = plot_width / count;
    let bar = (slot * 0.62).min(30.0);
    let year_label_width = flow.width("2026-27", LABEL) + 4.0;
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small positive count")]
    let label_every = (year_label_width / slot).ceil().clamp(1.0, 100.0) as usize;
    let mut previous_band: Option<&str> = None;
    for (index, year) in years.iter().enumerate() {
        let centre = PLOT_LEFT + slot * (count_f32(index) + 0.5);
        let height = year.annual_pay.map_or(0.0, |pay| points(pay) * scale);
        let bar_top = plot_bottom - height;
        if height > 0.0 {
            let (fill, stroke) = if year.estimated {
                (ACCENT_TINT, Stroke { colour: ACCENT, width: 0.8, dash: Some((2.0, 1.5)) })
            } else {
                (ACCENT, Stroke::solid(ACCENT, 0.8))
            };
            items.push(Item::rect(centre - bar / 2.0, bar_top, bar, height, Some(fill), Some(stroke)));
        }
        let mut label_bottom = bar_top - 2.5;
        if year.annual_pay.is_none() {
            // A year with no pay figure (study, work outside the NHS) says so instead of a bar.
            let text = if year.band == "Unpaid" { "unpaid" } else { "no NHS pay" }.to_owned();
            let width = flow.width(&text, LABEL);
            items.push(text_item(centre - width / 2.0, label_bottom - 1.0, text, LABEL));
            label_bottom -= 9.0;
        } else if previous_band != Some(year.band.as_str()) {
            let band = band_label(flow, &year.band, slot);
            let width = flow.width(&band, BAND);
            items.push(text_item(centre - width / 2.0, label_bottom - 1.0, band, BAND));
            label_bottom -= 9.0;
        }
        previous_band = Some(year.band.as_str());
        if year.promotion {
            items.push(triangle(centre, label_bottom - 1.0));
        }
        if index % label_every == 0 {
            let label = year.year.to_string();
            let width = flow.width(&label, LABEL);
            items.push(text_item(centre - width / 2.0, plot_bottom + 10.0, label, LABEL));
        }
    }
    items.push(Item::line((PLOT_LEFT, PLOT_TOP - 4.0), (PLOT_LEFT, plot_bottom), Stroke::solid(AXIS, 0.8)));
    items.push(Item::line(
        (PLOT_LEFT, plot_bottom),
        (PLOT_LEFT + plot_width, plot_bottom),
        Stroke::solid(AXIS, 0.8),
    ));
    let axis_title = "Financial year (April to March)".to_owned();
    let width = flow.width(&axis_title, LABEL.coloured(INK));
    items.push(text_item(
        PLOT_LEFT + (plot_width - width) / 2.0,
        plot_bottom + 20.0,
        axis_title,
        LABEL.coloured(INK),
    ));
    legend(flow, &mut items, plot_bottom + 29.0);
    Atom { height: CHART_HEIGHT, space_before: 6.0, keep_with_next: false, items, ..Atom::default() }
}

/// "Band 8a" when it fits the slot, else "8a".
fn band_label(flow: &mut Flow<'_>, band: &str, slot: f32) -> String {
    let clean = flow.fonts.clean(band, &mut flow.missing);
    if flow.width(&clean, BAND) <= slot - 2.0 {
        clean
    } else {
        clean.strip_prefix("Band ").map_or(clean.clone(), str::to_owned)
    }
}

/// An upward triangle whose bottom centre is at (`x`, `bottom`).
fn triangle(x: f32, bottom: f32) -> Item {
    Item::Path {
        points: vec![(x - 3.5, bottom), (x + 3.5, bottom), (x, bottom - 6.0)],
        closed: true,
        fill: Some(PROMOTION),
        stroke: None,
    }
}

fn legend(flow: &Flow<'_>, items: &mut Vec<Item>, top: f32) {
    let style = LABEL.coloured(INK);
    let mut x = PLOT_LEFT;
    let entries: [(&str, u8); 3] = [
        ("Published pay table", 0),
        ("Estimated (projected or comparable)", 1),
        ("Promotion to a higher band", 2),
    ];
    for (text, kind) in entries {
        match kind {
            0 => items.push(Item::rect(x, top, 12.0, 7.0, Some(ACCENT), Some(Stroke::solid(ACCENT, 0.8)))),
            1 => items.push(Item::rect(
                x,
                top,
                12.0,
                7.0,
                Some(ACCENT_TINT),
                Some(Stroke { colour: ACCENT, width: 0.8, dash: Some((2.0, 1.5)) }),
            )),
            _ => items.push(triangle(x + 6.0, top + 7.0)),
        }
        items.push(text_item(x + 16.0, top + 6.2, text.to_owned(), style));
        x += 16.0 + flow.width(text, style) + 16.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pay_axis_is_round_and_leaves_room_above_the_tallest_bar() {
        assert_eq!(pay_scale(56_515), (20_000, 80_000));
        assert_eq!(pay_scale(32_073), (10_000, 40_000));
        assert_eq!(pay_scale(0), (1_000, 1_000));
        let (step, top) = pay_scale(129_783);
        assert!(top >= 129_783 && top / step <= 6);
    }
}
