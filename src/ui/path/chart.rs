//! The pay chart of a path: basic pay plus HCAS by financial year, published and estimated
//! years styled apart, markers for pay steps and promotions, band labels, a legend above the
//! plot and the year's figures on hover.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2};
use egui_plot::{Line, LineStyle, MarkerShape, Plot, PlotPoint, PlotTransform, Points};

use super::chart_data::{ChartData, chart_height, pay_label, year_label};
use crate::domain::pay::PayPath;

/// How a series is drawn: colour and shape (or line style) both differ, so that the series
/// tell apart in greyscale and for people who do not see colour.
#[derive(Clone, Copy)]
struct Palette {
    published: Color32,
    estimated: Color32,
    steps: Color32,
    promotions: Color32,
    text: Color32,
    hover: Color32,
}

impl Palette {
    fn of(ui: &Ui) -> Self {
        let visuals = ui.visuals();
        let text = visuals.text_color();
        let hover = visuals.weak_text_color().gamma_multiply(0.15);
        if visuals.dark_mode {
            Self {
                published: Color32::from_rgb(120, 180, 255),
                estimated: Color32::from_rgb(205, 165, 255),
                steps: Color32::from_rgb(235, 235, 235),
                promotions: Color32::from_rgb(255, 170, 60),
                text,
                hover,
            }
        } else {
            Self {
                published: Color32::from_rgb(0, 94, 184),
                estimated: Color32::from_rgb(130, 70, 180),
                steps: Color32::from_rgb(40, 40, 40),
                promotions: Color32::from_rgb(200, 90, 0),
                text,
                hover,
            }
        }
    }
}

/// What a legend entry shows.
#[derive(Clone, Copy)]
enum Sample {
    Solid,
    Dashed,
    Dot,
    Triangle,
}

/// The series names, shared by the legend and the plot.
const PUBLISHED: &str = "Published years";
const ESTIMATED: &str = "Estimated years";
const STEPS: &str = "Pay steps";
const PROMOTIONS: &str = "Promotions and moves";

/// Draws the chart: its legend above the plot, then the plot.
pub fn chart_ui(ui: &mut Ui, id: &str, pay: &PayPath) {
    let data = ChartData::of(pay);
    let palette = Palette::of(ui);
    legend_ui(ui, &data, palette);
    let (x_low, x_high) = data.x_range;
    let (y_low, y_high) = data.y_range;
    let plot = Plot::new(id)
        .height(chart_height(ui.ctx().content_rect().height()))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .default_x_bounds(x_low, x_high)
        .default_y_bounds(y_low, y_high)
        .x_axis_label("Financial year (April to March)")
        .y_axis_label("Basic pay + HCAS a year")
        .x_axis_formatter(|mark, _| year_label(mark.value))
        .y_axis_formatter(|mark, _| pay_label(mark.value));
    let response = plot.show(ui, |plot| {
        for run in &data.runs {
            let (name, colour, style) = if run.estimated {
                (ESTIMATED, palette.estimated, LineStyle::dashed_loose())
            } else {
                (PUBLISHED, palette.published, LineStyle::Solid)
            };
            plot.line(Line::new(name, run.points.clone()).color(colour).width(2.5).style(style));
        }
        if !data.steps.is_empty() {
            plot.points(
                Points::new(STEPS, data.steps.clone())
                    .shape(MarkerShape::Circle)
                    .radius(3.5)
                    .filled(true)
                    .color(palette.steps),
            );
        }
        if !data.promotions.is_empty() {
            plot.points(
                Points::new(PROMOTIONS, data.promotions.clone())
                    .shape(MarkerShape::Up)
                    .radius(7.0)
                    .filled(true)
                    .color(palette.promotions),
            );
        }
    });
    let plot_response = response.response;
    plot_response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Image,
            true,
            format!(
                "Pay chart, estimated: {} to {}",
                year_label(x_low.round()),
                year_label((x_high - 1.0).round())
            ),
        )
    });
    let painter = ui.painter_at(*response.transform.frame());
    let labels = labels_ui(&painter, &response.transform, &data, palette.text);
    let Some(pointer_at) = plot_response.hover_pos() else { return };
    let x = response.transform.value_from_position(pointer_at).x;
    let Some(mut text) = data.hover_text(x) else { return };
    if let Some(year) = data.year_at(x) {
        let frame = response.transform.frame();
        let left = response.transform.position_from_point_x(year.x);
        let right = response.transform.position_from_point_x(year.x + 1.0);
        let band = Rect::from_x_y_ranges(left..=right, frame.y_range());
        painter.rect_filled(band, 0.0, palette.hover);
    }
    if let Some((_, full)) = labels.iter().find(|(rect, _)| rect.contains(pointer_at)) {
        text = format!("{full}\n\n{text}");
    }
    plot_response.on_hover_text_at_pointer(text);
}

/// The legend, above the plot so that it never covers the line or the labels.
fn legend_ui(ui: &mut Ui, data: &ChartData, palette: Palette) {
    let mut entries = Vec::new();
    if data.runs.iter().any(|run| !run.estimated) {
        entries.push((PUBLISHED, palette.published, Sample::Solid));
    }
    if data.runs.iter().any(|run| run.estimated) {
        entries.push((ESTIMATED, palette.estimated, Sample::Dashed));
    }
    if !data.steps.is_empty() {
        entries.push((STEPS, palette.steps, Sample::Dot));
    }
    if !data.promotions.is_empty() {
        entries.push((PROMOTIONS, palette.promotions, Sample::Triangle));
    }
    ui.horizontal_wrapped(|ui| {
        for (name, colour, sample) in entries {
            let (rect, _) = ui.allocate_exact_size(vec2(30.0, 14.0), Sense::hover());
            paint_sample(ui.painter(), rect, colour, sample);
            ui.label(name);
            ui.add_space(10.0);
        }
    });
}

fn paint_sample(painter: &egui::Painter, rect: Rect, colour: Color32, sample: Sample) {
    let (left, right, centre) = (rect.left_center(), rect.right_center(), rect.center());
    let stroke = Stroke::new(2.5, colour);
    match sample {
        Sample::Solid => {
            painter.line_segment([left, right], stroke);
        }
        Sample::Dashed => {
            painter.extend(Shape::dashed_line(&[left, right], stroke, 6.0, 4.0));
        }
        Sample::Dot => {
            painter.circle_filled(centre, 3.5, colour);
        }
        Sample::Triangle => {
            let points = vec![centre + vec2(0.0, -7.0), centre + vec2(6.0, 5.0), centre + vec2(-6.0, 5.0)];
            painter.add(Shape::convex_polygon(points, colour, Stroke::NONE));
        }
    }
}

/// Paints the labels where each band, scheme or role starts, each in full unless it would run
/// into the next one (then shortened with an ellipsis). Returns the shortened labels' rectangles
/// with their full text, for the hover.
fn labels_ui(
    painter: &egui::Painter,
    transform: &PlotTransform,
    data: &ChartData,
    colour: Color32,
) -> Vec<(Rect, String)> {
    let font = FontId::proportional(13.0);
    let frame = *transform.frame();
    let row_height = painter.layout_no_wrap("Band".to_owned(), font.clone(), colour).size().y;
    let anchors: Vec<Pos2> = data
        .labels
        .iter()
        .map(|label| {
            let x = transform.position_from_point_x(label.x) + 4.0;
            match label.y {
                Some(y) => pos2(x, transform.position_from_point(&PlotPoint::new(label.x, y)).y - 4.0),
                None => pos2(x, frame.bottom() - 4.0),
            }
        })
        .collect();
    let mut shortened = Vec::new();
    for (index, (label, anchor)) in data.labels.iter().zip(&anchors).enumerate() {
        // The room up to the next label on the same line, or to the plot's right edge.
        let end = anchors
            .iter()
            .skip(index + 1)
            .filter(|other| (other.y - anchor.y).abs() < row_height + 2.0 && other.x > anchor.x)
            .map(|other| other.x - 8.0)
            .chain(line_barriers(transform, data, label.x, anchor.y, row_height))
            .fold(frame.right() - 2.0, f32::min);
        let room = (end - anchor.x).max(0.0);
        let (text, cut) = fit_text(painter, &label.text, &font, colour, room);
        let galley = painter.layout_no_wrap(text, font.clone(), colour);
        let rect = Align2::LEFT_BOTTOM.anchor_size(*anchor, galley.size());
        painter.galley(rect.min, galley, colour);
        if cut {
            shortened.push((rect.expand2(Vec2::splat(2.0)), label.text.clone()));
        }
    }
    shortened
}

/// Where the line, after `x`, runs into a label whose baseline is at `baseline` (screen
/// points): the label must end before it.
fn line_barriers<'d>(
    transform: &'d PlotTransform,
    data: &'d ChartData,
    x: f64,
    baseline: f32,
    row_height: f32,
) -> impl Iterator<Item = f32> + 'd {
    data.runs.iter().flat_map(|run| run.points.iter()).filter(move |point| point[0] > x + 0.01).filter_map(
        move |point| {
            let at = transform.position_from_point(&PlotPoint::new(point[0], point[1]));
            let inside = at.y > baseline - row_height - 2.0 && at.y < baseline + 2.0;
            inside.then_some(at.x - 6.0)
        },
    )
}

/// The text, or as much of it as fits in `room` points followed by an ellipsis; true when cut.
fn fit_text(
    painter: &egui::Painter,
    text: &str,
    font: &FontId,
    colour: Color32,
    room: f32,
) -> (String, bool) {
    let width = |text: &str| painter.layout_no_wrap(text.to_owned(), font.clone(), colour).size().x;
    if width(text) <= room {
        return (text.to_owned(), false);
    }
    let characters: Vec<char> = text.chars().collect();
    let mut keep = characters.len();
    while keep > 0 {
        keep -= 1;
        let candidate = format!("{}…", characters.iter().take(keep).collect::<String>().trim_end());
        if width(&candidate) <= room {
            return (candidate, true);
        }
    }
    ("…".to_owned(), true)
}
