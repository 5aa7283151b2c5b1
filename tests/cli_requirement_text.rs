//! What the command line shows about requirements: `catalogue --json --details` exposes each
//! requirement's strength and source, and no text a person reads names a source file, "seed",
//! or the way a document was supplied.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use assert_cmd::Command;
use serde_json::Value;

fn planner() -> Command {
    let mut command = Command::cargo_bin("careers-planner").expect("binary built");
    command.env("CAREERS_PLANNER_CONFIG_DIR", env!("CARGO_TARGET_TMPDIR"));
    command
}

fn samples() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("saves/ can be read")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("ron")))
        .map(|path| path.display().to_string())
        .collect();
    names.sort();
    names
}

/// Words that only a maintainer should see.
fn internal_words(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    ["seed", ".txt", "supplied as", "careers planner project", "text extraction"]
        .into_iter()
        .filter(|word| lower.contains(word))
        .collect()
}

#[test]
fn catalogue_details_give_every_requirement_its_strength_quote_and_source() {
    let output = planner().args(["catalogue", "--json", "--details"]).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let document: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let mut seen = 0;
    for key in ["roles", "routes"] {
        for item in document[key].as_array().expect("array") {
            let requirements = item["requirements"].as_array().expect("requirements with --details");
            for requirement in requirements {
                seen += 1;
                let strength = requirement["strength"].as_str().expect("strength");
                assert!(["required", "usual", "estimate"].contains(&strength));
                assert!(requirement["essential"].is_boolean());
                assert!(requirement["id"].is_string() && requirement["text"].is_string());
                assert_eq!(requirement["quote"].is_string(), strength != "estimate", "{requirement}");
                let title = requirement["source"]["title"].as_str().expect("source title");
                assert!(internal_words(title).is_empty(), "{title}");
                assert!(requirement["source"]["document"].is_string());
                assert!(requirement["source"]["section"].is_string());
            }
        }
    }
    assert!(seen > 250, "{seen} requirements");
    let plain = planner().args(["catalogue", "--json"]).output().expect("runs");
    let plain: Value = serde_json::from_slice(&plain.stdout).expect("JSON");
    assert!(plain["roles"][0].get("requirements").is_none(), "without --details the contract is unchanged");
}

#[test]
fn no_match_or_plan_output_names_a_source_file_or_seed() {
    for sample in samples() {
        for command in ["match", "plan"] {
            let output = planner().args(["--today", "2026-11", command, &sample]).output().expect("runs");
            assert!(output.status.success(), "{command} {sample}");
            let text = String::from_utf8_lossy(&output.stdout);
            let found = internal_words(&text);
            let lines: Vec<&str> =
                text.lines().filter(|line| !internal_words(line).is_empty()).take(3).collect();
            assert!(found.is_empty(), "{command} {sample} shows {found:?}: {lines:#?}");
        }
    }
}
