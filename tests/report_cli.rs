//! `careers-planner report PROFILE -o PLAN.pdf [--target ROLE_ID]`: one line on success, one
//! plain error naming the file last on failure, and never a half-written file.

use assert_cmd::Command;

fn planner() -> Command {
    let mut command = Command::cargo_bin("careers-planner").expect("binary");
    command.env("CAREERS_PLANNER_CONFIG_DIR", env!("CARGO_TARGET_TMPDIR"));
    command
}

fn sample(name: &str) -> String {
    format!("{}/saves/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn writes_the_plan_and_says_how_many_pages() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = folder.path().join("plan.pdf");
    let run = planner()
        .args(["report", &sample("nurse-diphe.ron"), "-o"])
        .arg(&output)
        .args(["--today", "2026-11"])
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let printed = String::from_utf8_lossy(&run.stdout);
    assert_eq!(printed.trim_end(), format!("Wrote {} (8 pages)", output.display()));
    let bytes = std::fs::read(&output).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() > 10_000);
}

#[test]
fn a_target_changes_the_path_and_an_unknown_one_is_a_plain_error() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = folder.path().join("plan.pdf");
    let run = planner()
        .args(["report", &sample("graduate-2-2.ron"), "--target", "project-manager", "-o"])
        .arg(&output)
        .args(["--today", "2026-11"])
        .output()
        .expect("runs");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let run = planner()
        .args(["report", &sample("graduate-2-2.ron"), "--target", "nope", "-o"])
        .arg(folder.path().join("other.pdf"))
        .args(["--today", "2026-11"])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    let message = String::from_utf8_lossy(&run.stderr);
    assert!(message.starts_with("error: \"nope\" is not a role"), "{message}");
    assert!(message.trim_end().ends_with("graduate-2-2.ron)"), "{message}");
    assert!(!folder.path().join("other.pdf").exists());
}

#[test]
fn an_unwritable_place_is_a_plain_error_and_leaves_no_file() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = folder.path().join("missing-folder").join("plan.pdf");
    let run = planner()
        .args(["report", &sample("admin-band-4.ron"), "-o"])
        .arg(&output)
        .args(["--today", "2026-11"])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    let message = String::from_utf8_lossy(&run.stderr);
    assert!(message.contains("the plan could not be written"), "{message}");
    assert!(message.trim_end().ends_with(&format!("({})", output.display())), "{message}");
    assert!(!output.exists() && run.stdout.is_empty());
}
