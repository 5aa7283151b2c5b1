//! The pay engine on its own: step timing of every band, promotions, HCAS limits, part time,
//! published and estimated years, figures to the pound.

mod common;

use careers_planner::domain::model::catalogue::PointName;
use careers_planner::domain::model::taxonomy::HcasZone;
use careers_planner::domain::pay::{
    Basis, PayContext, PayEventKind, PayPath, PayPosition, PayStint, StintKind, hcas_for, pay_path,
};
use careers_planner::domain::{Band, FinancialYear, Month};
use common::{catalogue, month};

fn afc(band: Band, start: &str) -> PayStint {
    let start = month(start);
    PayStint { start, kind: StintKind::Afc { band, point: PointName::Entry, point_started: start } }
}

fn run(context: &PayContext<'_>, stints: &[PayStint], from: &str, years: u32) -> PayPath {
    pay_path(context, stints, month(from), years)
}

/// The months at which each step happened.
fn steps(path: &PayPath) -> Vec<(Month, String)> {
    path.years
        .iter()
        .flat_map(|year| year.events.iter())
        .filter(|event| event.kind == PayEventKind::Step)
        .map(|event| (event.month, event.text.clone()))
        .collect()
}

#[test]
fn every_band_steps_on_its_reference_dates() {
    // Years in band to the intermediate and top points (nhs-facts.md section 1).
    let timing = [
        (Band::Band2, vec![]),
        (Band::Band3, vec![24]),
        (Band::Band4, vec![36]),
        (Band::Band5, vec![24, 48]),
        (Band::Band6, vec![24, 60]),
        (Band::Band7, vec![24, 60]),
        (Band::Band8a, vec![24, 60]),
        (Band::Band8b, vec![24, 60]),
        (Band::Band8c, vec![24, 60]),
        (Band::Band8d, vec![24, 60]),
        (Band::Band9, vec![24, 60]),
    ];
    let context = PayContext::new(catalogue());
    for (band, months) in timing {
        let path = run(&context, &[afc(band, "2026-04")], "2026-04", 7);
        let expected: Vec<Month> = months.iter().map(|m| month("2026-04").plus(*m)).collect();
        let actual: Vec<Month> = steps(&path).into_iter().map(|(month, _)| month).collect();
        assert_eq!(actual, expected, "{band}");
    }
}

#[test]
fn published_years_match_the_table_to_the_pound() {
    let context = PayContext::new(catalogue());
    let path = run(&context, &[afc(Band::Band6, "2026-04")], "2026-04", 2);
    let first = &path.years[0];
    assert_eq!(first.year, FinancialYear::starting(2026));
    assert_eq!(first.annual_pay, Some(39_959));
    assert_eq!(first.earned, 39_959, "twelve months at the entry point");
    assert_eq!(first.basis, Basis::Published);
    assert_eq!(path.years[1].basis, Basis::Estimated, "2027-28 has no published table yet");
    let earlier = run(&context, &[afc(Band::Band8a, "2025-04")], "2025-04", 2);
    assert_eq!(earlier.years[0].annual_pay, Some(55_690));
    assert_eq!(earlier.years[1].annual_pay, Some(57_528), "the 2026-27 table applies from April 2026");
    assert!(earlier.years.iter().all(|year| year.basis == Basis::Published));
}

#[test]
fn a_promotion_starts_at_entry_and_resets_the_step_date() {
    let context = PayContext::new(catalogue());
    let stints = [afc(Band::Band5, "2026-04"), afc(Band::Band6, "2027-10")];
    let path = run(&context, &stints, "2026-04", 8);
    let events: Vec<(Month, PayEventKind)> = path
        .years
        .iter()
        .flat_map(|year| year.events.iter())
        .map(|event| (event.month, event.kind))
        .collect();
    assert!(events.contains(&(month("2027-10"), PayEventKind::Promotion)));
    let band_6_steps: Vec<Month> = steps(&path)
        .into_iter()
        .filter(|(_, text)| text.contains("Band 6"))
        .map(|(month, _)| month)
        .collect();
    assert_eq!(band_6_steps, vec![month("2029-10"), month("2032-10")], "two and five years after promotion");
    let year_2027 =
        path.years.iter().find(|year| year.year == FinancialYear::starting(2027)).expect("2027-28");
    assert_eq!(year_2027.position, PayPosition::Afc { band: Band::Band6, point: PointName::Entry });
    assert!(path.notes.iter().any(|note| note.contains("resets")), "the no-detriment rule is noted");
}

#[test]
fn a_move_in_the_same_band_keeps_the_step_date() {
    let context = PayContext::new(catalogue());
    let stints = [afc(Band::Band7, "2026-04"), afc(Band::Band7, "2027-01")];
    let path = run(&context, &stints, "2026-04", 3);
    assert_eq!(steps(&path).first().map(|(month, _)| *month), Some(month("2028-04")));
}

#[test]
fn hcas_is_a_percentage_within_its_minimum_and_maximum() {
    let context = PayContext::new(catalogue());
    let year = FinancialYear::starting(2026);
    let inner_low = hcas_for(&context, HcasZone::InnerLondon, 25_272.0, year).expect("inner");
    assert!(
        (inner_low.annual - 5_794.0).abs() < 0.01 && inner_low.clamped,
        "20% of 25,272 is below the minimum"
    );
    let inner_high = hcas_for(&context, HcasZone::InnerLondon, 129_783.0, year).expect("inner");
    assert!((inner_high.annual - 8_746.0).abs() < 0.01 && inner_high.clamped, "capped at the maximum");
    let fringe = hcas_for(&context, HcasZone::Fringe, 28_392.0, year).expect("fringe");
    assert!((fringe.annual - 1_419.6).abs() < 0.01 && !fringe.clamped, "5% within the limits");
    assert!(!fringe.uncertain, "the 2026-27 limits are confirmed (handbook amendment 62, annex 9)");
    let earlier =
        hcas_for(&context, HcasZone::InnerLondon, 24_465.0, FinancialYear::starting(2025)).expect("2025-26");
    assert!((earlier.annual - 5_415.0).abs() < 0.01, "2025-26 uses the published minimum");
    assert!(earlier.uncertain, "the 2025-26 minimums are flagged");
}

#[test]
fn part_time_pay_and_hcas_are_pro_rata() {
    let mut context = PayContext::new(catalogue());
    context.hours_per_week = 30.0;
    context.zone = Some(HcasZone::OuterLondon);
    let path = run(&context, &[afc(Band::Band7, "2026-04")], "2026-04", 1);
    let year = &path.years[0];
    assert_eq!(year.annual_pay, Some(39_510), "49,387 x 30 / 37.5");
    assert_eq!(year.hcas, 4_910, "15% of 49,387 is capped at 6,137, then x 0.8");
    assert!(path.notes.iter().any(|note| note.contains("pro rata")));
}

#[test]
fn years_after_the_last_table_are_estimated_with_the_stated_growth() {
    let mut context = PayContext::new(catalogue());
    context.growth_percent = 3.0;
    let path = run(&context, &[afc(Band::Band2, "2026-04")], "2026-04", 3);
    assert_eq!(path.years[0].annual_pay, Some(25_272));
    assert_eq!(path.years[1].annual_pay, Some(26_030), "25,272 x 1.03");
    assert_eq!(path.years[2].annual_pay, Some(26_811), "25,272 x 1.03^2");
    assert_eq!(path.years[1].basis, Basis::Estimated);
    assert!(path.notes.iter().any(|note| note.contains("3% a year")));
}

#[test]
fn a_partial_first_year_counts_only_its_months() {
    let context = PayContext::new(catalogue());
    let path = run(&context, &[afc(Band::Band5, "2026-10")], "2026-10", 2);
    assert_eq!(path.years[0].months, 6);
    assert_eq!(path.years[0].earned, 16_037, "32,073 / 2, rounded");
}
