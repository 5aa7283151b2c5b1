//! The command line on the embedded catalogue: `catalogue`, `pay`, usage errors, overrides.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use common::planner_with_config as planner;

use serde_json::Value;

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("valid JSON on stdout")
}

#[test]
fn catalogue_json_lists_every_role_and_route() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = planner(config.path()).args(["catalogue", "--json"]).output().expect("runs");
    assert!(output.status.success());
    let document = json(&output.stdout);
    let ids = |key: &str| -> Vec<String> {
        document[key]
            .as_array()
            .expect("array")
            .iter()
            .map(|item| item["id"].as_str().expect("id").to_owned())
            .collect()
    };
    let roles = ids("roles");
    let routes = ids("routes");
    assert!(roles.len() >= 50, "{} roles", roles.len());
    for id in [
        "chief-executive",
        "practice-manager-small",
        "hr-team-manager",
        "operational-manager-decontamination",
    ] {
        assert!(roles.iter().any(|role| role == id), "{id}");
    }
    for id in [
        "gmts-general-management",
        "gmts-finance",
        "gmts-human-resources",
        "gmts-health-informatics",
        "internal-progression",
    ] {
        assert!(routes.iter().any(|route| route == id), "{id}");
    }
    let chief = document["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["id"] == "chief-executive")
        .expect("chief");
    assert!(chief["band_min"].is_null(), "outside AfC has no band");
}

#[test]
fn pay_json_matches_the_reference_to_the_pound() {
    let config = tempfile::tempdir().expect("temp dir");
    for (year, band, entry, top) in
        [("2025-26", "8a", 55690, 62682), ("2026-27", "8a", 57528, 64750), ("2026-27", "2", 25272, 25272)]
    {
        let output = planner(config.path())
            .args(["pay", "--year", year, "--band", band, "--json"])
            .output()
            .expect("runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let document = json(&output.stdout);
        assert_eq!(document["year"], year);
        let points = document["bands"][0]["points"].as_array().expect("points");
        assert_eq!(points.first().expect("entry")["annual_pay"], entry);
        assert_eq!(points.last().expect("top")["annual_pay"], top);
    }
    let output = planner(config.path()).args(["pay", "--year", "2026-27", "--json"]).output().expect("runs");
    let bands = json(&output.stdout)["bands"].as_array().expect("bands").len();
    assert_eq!(bands, 11, "bands 2 to 9 with 8a to 8d");
}

#[test]
fn errors_exit_1_with_one_line_and_usage_errors_exit_2() {
    let config = tempfile::tempdir().expect("temp dir");
    let output = planner(config.path()).args(["pay", "--year", "2031-32"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no published pay table for 2031-32"));
    assert!(output.stdout.is_empty());
    let output = planner(config.path()).args(["pay", "--band", "10"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let output = planner(config.path()).args(["no-such-command"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let output = planner(config.path()).arg("--help").output().expect("runs");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("catalogue"));
}

#[test]
fn a_new_pay_year_in_the_config_folder_needs_no_rebuild() {
    let config = tempfile::tempdir().expect("temp dir");
    let pay = config.path().join("data").join("pay");
    std::fs::create_dir_all(&pay).expect("folder");
    let next = include_str!("../assets/pay/afc-england-2026-27.ron")
        .replace("year: \"2026-27\"", "year: \"2027-28\"")
        .replace("applies_from: \"2026-04-01\"", "applies_from: \"2027-04-01\"")
        .replace("annual_pounds: 57528", "annual_pounds: 59000");
    std::fs::write(pay.join("afc-england-2027-28.ron"), next).expect("write");
    let output = planner(config.path())
        .args(["pay", "--year", "2027-28", "--band", "8a", "--json"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(json(&output.stdout)["bands"][0]["points"][0]["annual_pay"], 59000);
    assert!(String::from_utf8_lossy(&output.stderr).contains("Using 1 data file(s)"));
}

#[test]
fn a_bad_override_is_reported_and_the_embedded_data_used() {
    let config = tempfile::tempdir().expect("temp dir");
    let data = config.path().join("data");
    std::fs::create_dir_all(&data).expect("folder");
    std::fs::write(data.join("roles.ron"), "(specialisms: [], roles: [(id: \"x\",]").expect("write");
    let output = planner(config.path())
        .args(["pay", "--year", "2026-27", "--band", "7", "--json"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert_eq!(json(&output.stdout)["bands"][0]["points"][0]["annual_pay"], 49387);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("were not used") && stderr.contains("roles.ron:1:"), "{stderr}");
}
