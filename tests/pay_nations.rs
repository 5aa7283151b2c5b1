//! Pay in every UK nation: the Scotland, Wales and Northern Ireland tables equal the published
//! figures to the pound (both years), the Welsh living-wage floor, HCAS in England only, a
//! Scottish profile's path and PDF, the profile's own growth in `plan --json` and the PDF, only
//! real pay points, and no "£0" in any sample's plan.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use careers_planner::domain::model::catalogue::{PayTable, PointName};
use careers_planner::domain::model::save_file::{PlanSettings, SaveFile};
use careers_planner::domain::model::taxonomy::{HcasZone, Nation};
use careers_planner::domain::pay::{Basis, point_choices};
use careers_planner::domain::progression::{CareerPath, PlanOptions, ProgressionGraph, plan};
use careers_planner::domain::{Band, FinancialYear};
use careers_planner::report::{prepare_save, render};
use common::{catalogue, today};

type Reference = [(&'static str, &'static [u32], &'static [u32]); 11];

/// NHS Scotland, 2025/26 (as revised by PCS(AFC)2026/01) and 2026/27.
const SCOTLAND: Reference = [
    ("2", &[25_694, 27_900], &[26_658, 28_947]),
    ("3", &[28_011, 30_230], &[29_061, 31_364]),
    ("4", &[30_353, 33_016], &[31_492, 34_254]),
    ("5", &[33_247, 35_525, 41_424], &[34_494, 36_857, 42_977]),
    ("6", &[41_608, 43_441, 50_702], &[43_169, 45_070, 52_603]),
    ("7", &[50_861, 52_804, 59_159], &[52_769, 54_784, 61_377]),
    ("8a", &[62_681, 67_665], &[65_032, 70_202]),
    ("8b", &[74_003, 79_164], &[76_778, 82_133]),
    ("8c", &[87_400, 93_685], &[90_678, 97_199]),
    ("8d", &[103_764, 108_206], &[107_655, 112_264]),
    ("9", &[122_736, 128_051], &[127_338, 132_853]),
];

/// England, 2025/26 and 2026/27 (NHS Employers), which Wales and Northern Ireland start from.
const ENGLAND: Reference = [
    ("2", &[24_465], &[25_272]),
    ("3", &[24_937, 26_598], &[25_760, 27_476]),
    ("4", &[27_485, 30_162], &[28_392, 31_157]),
    ("5", &[31_049, 33_487, 37_796], &[32_073, 34_592, 39_043]),
    ("6", &[38_682, 40_823, 46_580], &[39_959, 42_170, 48_117]),
    ("7", &[47_810, 50_273, 54_710], &[49_387, 51_932, 56_515]),
    ("8a", &[55_690, 58_487, 62_682], &[57_528, 60_417, 64_750]),
    ("8b", &[64_455, 68_631, 74_896], &[66_582, 70_896, 77_368]),
    ("8c", &[76_965, 81_652, 88_682], &[79_504, 84_346, 91_609]),
    ("8d", &[91_342, 96_941, 105_337], &[94_356, 100_140, 108_814]),
    ("9", &[109_179, 115_763, 125_637], &[112_782, 119_583, 129_783]),
];

const WALES_FLOOR: u32 = 26_300;

fn year(text: &str) -> FinancialYear {
    text.parse().expect("a pay year")
}

fn table(nation: Nation, pay_year: &str) -> &'static PayTable {
    catalogue().pay_table(nation, year(pay_year)).unwrap_or_else(|| panic!("{nation:?} {pay_year}"))
}

fn figures(nation: Nation, pay_year: &str, band: &str) -> Vec<u32> {
    let band: Band = band.parse().expect("a band");
    let scale = table(nation, pay_year).band(band).expect("the band");
    scale.points.iter().map(|point| point.annual_pounds).collect()
}

/// Checks every band of a nation's two tables against a reference, with `adjust` applied to
/// the reference figures of 2026/27 (the Welsh floor).
fn assert_matches(nation: Nation, reference: &Reference, adjust: impl Fn(&str, usize, u32) -> u32) {
    for (band, first, second) in reference {
        assert_eq!(figures(nation, "2025-26", band), first.to_vec(), "{nation:?} 2025-26 band {band}");
        let expected: Vec<u32> =
            second.iter().enumerate().map(|(index, pounds)| adjust(band, index, *pounds)).collect();
        assert_eq!(figures(nation, "2026-27", band), expected, "{nation:?} 2026-27 band {band}");
    }
}

#[test]
fn scotland_pays_its_own_table_to_the_pound_with_its_own_week() {
    assert_matches(Nation::Scotland, &SCOTLAND, |_, _, pounds| pounds);
    for pay_year in ["2025-26", "2026-27"] {
        assert!((table(Nation::Scotland, pay_year).full_time_hours - 37.0).abs() < f64::EPSILON);
    }
    assert!(table(Nation::Scotland, "2026-27").hours_to_be_confirmed, "the 2026/27 week is to be confirmed");
    let band_8a = table(Nation::Scotland, "2026-27").band(Band::Band8a).expect("8a");
    assert_eq!(band_8a.points.len(), 2, "bands 8a to 9 have two points in Scotland");
    assert!(band_8a.points[1].timing_estimated && band_8a.points[1].label == "Year 2+");
}

#[test]
fn the_wales_floor_lifts_band_2_and_band_3_entry_only() {
    assert_matches(Nation::Wales, &ENGLAND, |band, index, pounds| {
        if (band == "2" || band == "3") && index == 0 { WALES_FLOOR } else { pounds }
    });
    assert_ne!(figures(Nation::England, "2026-27", "2"), vec![WALES_FLOOR], "England has no floor");
}

#[test]
fn northern_ireland_matches_england_and_its_2026_27_table_is_estimated() {
    assert_matches(Nation::NorthernIreland, &ENGLAND, |_, _, pounds| pounds);
    assert_matches(Nation::England, &ENGLAND, |_, _, pounds| pounds);
    assert!(!table(Nation::NorthernIreland, "2025-26").estimated);
    assert!(table(Nation::NorthernIreland, "2026-27").estimated);
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn sample_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)
}

fn load(path: &Path) -> SaveFile {
    careers_planner::storage::load(path).expect("the profile loads").save
}

fn quickest(save: &SaveFile) -> CareerPath {
    let options = PlanOptions {
        alternatives: 1,
        growth_percent: save.plan.growth_percent,
        years: save.plan.years,
        ..PlanOptions::default()
    };
    let graph = ProgressionGraph::new(catalogue());
    let planned = plan(catalogue(), &graph, &save.profile, today(), &options).expect("a plan");
    planned.paths.into_iter().next().expect("a path")
}

/// Band 7 intermediate at 30 hours: Scotland pays 54,784 for 37 hours, England 51,932 for 37.5.
const SCOTTISH_2026_27: u32 = 44_419;
const ENGLISH_2026_27: u32 = 41_546;

#[test]
fn a_scottish_profile_is_paid_from_scotlands_table_and_hcas_is_england_only() {
    let mut save = load(&fixture("therapist-band-7-scotland.ron"));
    let path = quickest(&save);
    assert_eq!(path.pay.nation, Nation::Scotland);
    let first = path.pay.years.first().expect("a year");
    assert_eq!(
        (first.year, first.annual_pay, first.basis),
        (year("2026-27"), Some(SCOTTISH_2026_27), Basis::Published)
    );
    assert!(path.pay.notes.iter().any(|note| note.contains("Scotland's Agenda for Change pay tables")));
    save.profile.hcas_zone = Some(HcasZone::InnerLondon);
    let path = quickest(&save);
    assert!(path.pay.years.iter().all(|row| row.hcas == 0 && row.hcas_earned == 0));
    assert!(path.pay.notes.iter().any(|note| note.contains("England only")), "{:?}", path.pay.notes);
    save.profile.hcas_zone = None;
    save.profile.nation = Nation::NorthernIreland;
    let first = quickest(&save).pay.years.into_iter().next().expect("a year");
    assert_eq!((first.annual_pay, first.basis), (Some(ENGLISH_2026_27), Basis::Estimated));
}

fn pdf_text(save: &SaveFile, settings: PlanSettings) -> String {
    let save = SaveFile { plan: settings, ..save.clone() };
    let report = prepare_save(catalogue(), &save, today(), None).expect("a plan");
    let bytes = render(&report).expect("a PDF").bytes;
    let document = lopdf::Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).expect("text")
}

#[test]
fn the_pdf_shows_scotlands_figures_and_the_profiles_own_growth() {
    let scottish = load(&fixture("therapist-band-7-scotland.ron"));
    let text = pdf_text(&scottish, scottish.plan.clone());
    assert!(text.contains("£44,419"), "Scotland's 2026-27 figure");
    assert!(!text.contains("£41,546"), "not England's");
    let english = load(&sample_path("therapist-band-7-commented.ron"));
    assert!((english.plan.growth_percent - 2.0).abs() < f64::EPSILON, "the sample saves 2% a year");
    let with_growth = pdf_text(&english, english.plan.clone());
    let flat = pdf_text(&english, PlanSettings { growth_percent: 0.0, ..english.plan.clone() });
    // 2027-28 at the top of band 7, 30 hours: 56,515 x 0.8, grown by 2% or not.
    assert!(with_growth.contains("£46,116") && !with_growth.contains("£45,212"), "2% a year: {with_growth}");
    assert!(flat.contains("£45,212") && !flat.contains("£46,116"), "0% a year");
    assert!(with_growth.contains("2%"), "the PDF says which assumption it used");
}

fn planner() -> Command {
    let mut command = Command::cargo_bin("careers-planner").expect("binary");
    command.env("CAREERS_PLANNER_CONFIG_DIR", env!("CARGO_TARGET_TMPDIR")).args(["--today", "2026-11"]);
    command
}

fn plan_json(profile: &Path, extra: &[&str]) -> serde_json::Value {
    let profile = profile.to_str().expect("a UTF-8 path");
    let output = planner()
        .args(["plan", profile, "--alternatives", "1", "--json"])
        .args(extra)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON")
}

fn annual(document: &serde_json::Value, index: usize) -> (u64, String) {
    let row = &document["paths"][0]["years"][index];
    (row["annual_pay"].as_u64().expect("a figure"), row["basis"].as_str().expect("basis").to_owned())
}

#[test]
fn plan_json_uses_the_profiles_growth_unless_growth_is_given() {
    let therapist = sample_path("therapist-band-7-commented.ron");
    let own = plan_json(&therapist, &[]);
    assert_eq!(own["growth_percent"], 2.0);
    assert_eq!(annual(&own, 0), (u64::from(ENGLISH_2026_27), "published".to_owned()));
    assert_eq!(annual(&own, 1), (46_116, "estimated".to_owned()));
    let flat = plan_json(&therapist, &["--growth", "0"]);
    assert_eq!(annual(&flat, 0), annual(&own, 0), "the published year does not move");
    assert_eq!(annual(&flat, 1), (45_212, "estimated".to_owned()));
    let scottish = plan_json(&fixture("therapist-band-7-scotland.ron"), &[]);
    assert_eq!(scottish["nation"], "Scotland");
    assert_eq!(annual(&scottish, 0), (u64::from(SCOTTISH_2026_27), "published".to_owned()));
}

#[test]
fn growth_that_cannot_be_right_is_refused_in_one_line_with_exit_2() {
    let therapist = sample_path("therapist-band-7-commented.ron");
    for bad in ["NaN", "inf", "-11", "20.5"] {
        let output = planner()
            .args(["plan", therapist.to_str().expect("path"), &format!("--growth={bad}")])
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{bad}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{bad}: {stderr}");
        assert!(stderr.contains("--growth") && output.stdout.is_empty(), "{bad}: {stderr}");
    }
    let output =
        planner().args(["pay-path", "--band", "7", "--start", "2026-04", "--growth", "NaN"]).output();
    assert_eq!(output.expect("runs").status.code(), Some(2));
}

#[test]
fn check_refuses_a_pay_point_the_band_does_not_have() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(sample_path("admin-band-4.ron")).expect("sample");
    assert!(text.contains("point: Top") || text.contains("point: Entry"), "the sample names its point");
    let broken =
        text.replace("point: Top", "point: Intermediate").replace("point: Entry", "point: Intermediate");
    let file = dir.path().join("band-4-intermediate.ron");
    std::fs::write(&file, &broken).expect("write");
    let output = planner().args(["check", file.to_str().expect("path")]).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("position, pay, point") && stderr.contains("Band 4 has no intermediate point"),
        "{stderr}"
    );
    let line = broken.lines().position(|line| line.contains("point: Intermediate")).expect("the line") + 1;
    assert!(stderr.contains(&format!("line {line}, column ")), "{stderr}");
    let good = planner().args(["check", sample_path("admin-band-4.ron").to_str().expect("path")]).output();
    assert!(good.expect("runs").status.success());
}

#[test]
fn no_samples_plan_or_pdf_shows_zero_pounds() {
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves")).expect("saves") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|ext| ext != "ron") {
            continue;
        }
        let output = planner().args(["plan", path.to_str().expect("path")]).output().expect("runs");
        assert!(output.status.success(), "{}", path.display());
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(!text.contains("£0"), "{}: {text}", path.display());
        let save = load(&path);
        // The pay sections, from the chart (whose axis starts at £0) to the action plan.
        let pdf = pdf_text(&save, save.plan.clone());
        let start = pdf.find("Band and pay over the years").expect("the chart");
        let end = pdf.find("Action plan").filter(|end| *end > start).unwrap_or(pdf.len());
        let pay = pdf.get(start..end).unwrap_or_default().replacen("£0", "", 1);
        assert!(!pay.contains("£0"), "{}: the PDF's pay shows £0", path.display());
    }
}

#[test]
fn pay_json_for_scotland_matches_the_reference() {
    let output = planner().args(["pay", "--nation", "scotland", "--year", "2026-27", "--json"]).output();
    let output = output.expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!((document["nation"].as_str(), document["hcas"].as_bool()), (Some("Scotland"), Some(false)));
    let bands = document["bands"].as_array().expect("bands");
    assert_eq!(bands.len(), SCOTLAND.len());
    for (band, (name, _, expected)) in bands.iter().zip(SCOTLAND) {
        assert_eq!(band["band"], name);
        let figures: Vec<u64> = band["points"]
            .as_array()
            .expect("points")
            .iter()
            .filter_map(|p| p["annual_pay"].as_u64())
            .collect();
        assert_eq!(
            figures,
            expected.iter().map(|pounds| u64::from(*pounds)).collect::<Vec<_>>(),
            "band {name}"
        );
    }
}

#[test]
fn the_profile_editor_offers_only_the_bands_own_points_with_their_figures() {
    let choices = |nation, band| point_choices(catalogue(), nation, year("2026-27"), band);
    let scottish_8a = choices(Nation::Scotland, Band::Band8a);
    assert_eq!(
        scottish_8a.iter().map(|choice| choice.point).collect::<Vec<_>>(),
        [PointName::Entry, PointName::Top]
    );
    assert!(scottish_8a[1].words.contains("£70,202") && scottish_8a[1].words.contains("Scotland"));
    let english_4 = choices(Nation::England, Band::Band4);
    assert_eq!(
        english_4.iter().map(|choice| choice.point).collect::<Vec<_>>(),
        [PointName::Entry, PointName::Top]
    );
    assert!(english_4[0].words.contains("£28,392"));
    assert_eq!(choices(Nation::England, Band::Band7).len(), 3);
}
