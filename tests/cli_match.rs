//! `careers-planner match`: the documented JSON contract and errors with positions.

mod common;

use common::{planner, sample_path as sample};

use serde_json::Value;

#[test]
fn match_json_follows_the_contract() {
    let output = planner()
        .args(["--today", "2026-11", "match", &sample("graduate-2-2.ron"), "--json"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let document: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(document["contract"], 1);
    assert_eq!(document["as_of"], "2026-11");
    let roles = document["roles"].as_array().expect("roles");
    assert_eq!(roles.len(), 58);
    let mut previous = 101;
    for role in roles {
        for key in ["id", "title"] {
            assert!(role[key].is_string(), "{key}");
        }
        assert!(["eligible", "close", "not_yet"].contains(&role["fit"].as_str().expect("fit")));
        let score = role["score"].as_u64().expect("score");
        assert!(score <= 100 && score <= previous, "best first");
        previous = score;
        assert!(role["met"].as_array().expect("met").iter().all(Value::is_string));
        for missing in role["missing"].as_array().expect("missing") {
            assert!(missing["requirement"].is_string() && missing["how"].is_string());
        }
        assert!(!role["reasons"].as_array().expect("reasons").is_empty());
    }
    let routes = document["routes"].as_array().expect("routes");
    let scheme = routes.iter().find(|route| route["id"] == "gmts-general-management").expect("scheme");
    assert_eq!(scheme["eligible"], true);
    assert!(
        scheme["met"]
            .as_array()
            .expect("met")
            .iter()
            .any(|m| m.as_str().is_some_and(|m| m.contains("any subject")))
    );
    for route in routes {
        assert!(route["eligible"].is_boolean() && route["missing"].is_array() && route["notes"].is_array());
    }
}

#[test]
fn match_output_is_deterministic() {
    let run = || {
        planner()
            .args(["--today", "2026-11", "match", &sample("nurse-diphe.ron"), "--json"])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn an_invalid_profile_exits_1_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "(\n    format_version: 1,\n    profile: (\n        display_name: 42,\n    ),\n)\n",
    )
    .expect("write");
    let output = planner().args(["match", path.to_str().expect("path")]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("line 4, column"), "{stderr}");
    assert!(stderr.contains("broken.ron"), "the path comes last: {stderr}");
    let missing = planner().args(["match", "/no/such/profile.ron"]).output().expect("runs");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no file"));
}
