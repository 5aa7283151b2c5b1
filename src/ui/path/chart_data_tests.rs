//! Tests of the chart's data: ranges, labels, years and the words on hover.

use super::*;
use crate::domain::model::band::Band;
use crate::domain::model::catalogue::PointName;
use crate::domain::pay::{PayEvent, PayYear};
use crate::domain::{FinancialYear, Month};

fn year(start: i32, position: PayPosition, annual: Option<u32>, basis: Basis) -> PayYear {
    PayYear {
        year: FinancialYear::starting(start),
        position,
        annual_pay: annual,
        hcas: 0,
        earned: annual.unwrap_or(0),
        hcas_earned: 0,
        months: 12,
        basis,
        hcas_uncertain: false,
        events: Vec::new(),
    }
}

fn afc(band: Band) -> PayPosition {
    PayPosition::Afc { band, point: PointName::Entry }
}

/// Two unpaid years of study, then band 5 and band 6 (the last year estimated, with HCAS).
fn student_then_nurse() -> PayPath {
    let study = || PayPosition::Unpaid { title: "Nursing degree (BSc), full time at university".to_owned() };
    let mut promoted = year(2029, afc(Band::Band6), Some(38_000), Basis::Estimated);
    promoted.hcas = 2_000;
    promoted.events.push(PayEvent {
        month: Month::new(2029, 10).expect("a valid month"),
        kind: PayEventKind::Promotion,
        text: "Promoted to band 6".to_owned(),
    });
    PayPath {
        years: vec![
            year(2026, study(), None, Basis::Published),
            year(2027, study(), None, Basis::Published),
            year(2028, afc(Band::Band5), Some(31_000), Basis::Published),
            promoted,
        ],
        ..PayPath::default()
    }
}

#[test]
fn the_x_axis_covers_every_year_of_the_pay_table_paid_or_not() {
    let data = ChartData::of(&student_then_nurse());
    assert_eq!(data.x_range, (2026.0, 2030.0), "from the first year of the table to the end of the last");
    assert_eq!(data.years.len(), 4);
}

#[test]
fn the_y_axis_fits_the_pay_with_a_margin_not_from_zero() {
    let data = ChartData::of(&student_then_nurse());
    let (low, high) = data.y_range;
    assert!(low > 20_000.0 && low < 31_000.0, "starts a little below the lowest pay, not at £0: {low}");
    assert!(high > 40_000.0 && high < 50_000.0, "ends a little above the highest pay: {high}");
}

#[test]
fn a_flat_line_still_gets_room_above_and_below() {
    let pay = PayPath {
        years: vec![year(2026, afc(Band::Band4), Some(27_000), Basis::Published)],
        ..PayPath::default()
    };
    let (low, high) = ChartData::of(&pay).y_range;
    assert!(low < 27_000.0 && high > 27_000.0);
}

#[test]
fn labels_keep_their_full_text_and_mark_unpaid_years_along_the_bottom() {
    let data = ChartData::of(&student_then_nurse());
    let texts: Vec<&str> = data.labels.iter().map(|label| label.text.as_str()).collect();
    assert_eq!(texts, ["Nursing degree (BSc), full time at university", "Band 5", "Band 6"]);
    assert_eq!(data.labels.first().map(|label| label.y), Some(None), "no pay: placed along the bottom");
    assert_eq!(data.labels.get(1).map(|label| label.y), Some(Some(31_000.0)));
}

#[test]
fn published_and_estimated_years_are_separate_joined_runs() {
    let data = ChartData::of(&student_then_nurse());
    assert_eq!(data.runs.len(), 2);
    let estimated = data.runs.iter().find(|run| run.estimated).expect("an estimated run");
    assert_eq!(estimated.points.first(), Some(&[2029.0, 31_000.0]), "joined to the published run");
    assert_eq!(data.promotions, vec![[2029.5, 40_000.0]]);
}

#[test]
fn hover_words_give_the_year_position_basic_pay_and_hcas_in_pounds() {
    let data = ChartData::of(&student_then_nurse());
    let text = data.hover_text(2029.4).expect("a year under the pointer");
    assert_eq!(
        text,
        "2029-30 (estimated)\nBand 6, entry point\nBasic pay: £38,000 a year\nHCAS: £2,000 a year\nPromoted to band 6"
    );
    let unpaid = data.hover_text(2026.2).expect("an unpaid year");
    assert_eq!(unpaid, "2026-27 (published)\nNursing degree (BSc), full time at university\nNo NHS pay");
    assert_eq!(data.hover_text(2031.0), None, "nothing past the last year");
}

#[test]
fn marks_read_as_financial_years_and_pounds() {
    assert_eq!(year_label(2026.0), "2026-27");
    assert_eq!(year_label(2099.0), "2099-00");
    assert_eq!(year_label(2026.5), "");
    assert_eq!(pay_label(38_000.0), "£38k");
    assert_eq!(pay_label(38_500.0), "£38.5k");
}

#[test]
fn the_chart_grows_with_the_window_within_limits() {
    assert!(chart_height(1080.0) > chart_height(600.0));
    assert!(chart_height(1080.0) >= 400.0, "not a thin strip on a 1080p screen");
    assert!(chart_height(300.0) >= 220.0);
    assert!(chart_height(4000.0) <= 620.0);
}
