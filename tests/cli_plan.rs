//! `careers-planner plan` and `pay-path`: the documented JSON contract.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use common::planner;

use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let output = planner().args(args).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON")
}

#[test]
fn plan_json_follows_the_contract() {
    let profile = format!("{}/saves/graduate-2-2.ron", env!("CARGO_MANIFEST_DIR"));
    let document = json(&[
        "--today",
        "2026-11",
        "plan",
        &profile,
        "--target",
        "service-manager",
        "--alternatives",
        "2",
        "--years",
        "6",
        "--json",
    ]);
    assert_eq!(document["contract"], 1);
    let paths = document["paths"].as_array().expect("paths");
    assert!(!paths.is_empty() && paths.len() <= 2);
    for path in paths {
        assert_eq!(path["target"], "service-manager");
        for step in path["steps"].as_array().expect("steps") {
            assert!(step["start"].as_str().is_some_and(|start| start.len() == 7), "YYYY-MM");
            assert!(step["reason"].is_string() && step["actions"].is_array());
            assert!(step["band"].is_null() || step["band"].is_string());
        }
        let years = path["years"].as_array().expect("years");
        assert_eq!(years.len(), 6);
        assert_eq!(years[0]["year"], "2026-27");
        for year in years {
            assert!(["published", "estimated"].contains(&year["basis"].as_str().expect("basis")));
            assert!(year["hcas"].is_u64() && (year["annual_pay"].is_u64() || year["annual_pay"].is_null()));
            assert!(year.get("band").is_some() && year.get("point").is_some());
        }
    }
}

#[test]
fn pay_path_json_is_the_engine_alone() {
    let document = json(&[
        "pay-path", "--band", "8a", "--start", "2026-04", "--zone", "outer", "--hours", "30", "--years", "3",
        "--json",
    ]);
    let years = document["years"].as_array().expect("years");
    assert_eq!(years.len(), 3);
    assert_eq!(years[0]["year"], "2026-27");
    assert_eq!(years[0]["band"], "8a");
    assert_eq!(years[0]["point"], "entry");
    assert_eq!(years[0]["annual_pay"], 46_022, "57,528 x 30 / 37.5");
    assert_eq!(years[0]["basis"], "published");
    assert_eq!(years[1]["basis"], "estimated");
    assert_eq!(years[2]["point"], "intermediate", "two years after April 2026");
}

#[test]
fn bad_plan_arguments_are_refused() {
    let profile = format!("{}/saves/graduate-2-2.ron", env!("CARGO_MANIFEST_DIR"));
    let output = planner().args(["plan", &profile, "--target", "astronaut"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a role"));
    let output = planner().args(["plan", &profile, "--alternatives", "4"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let output = planner().args(["pay-path", "--band", "7", "--start", "2026-13"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let output = planner()
        .args(["pay-path", "--band", "7", "--start", "2026-04", "--zone", "mars"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
}
