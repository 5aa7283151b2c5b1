//! `careers-planner report PROFILE -o PLAN.pdf [--target ROLE_ID]`: one line on success, one
//! plain error naming the file last on failure, and never a half-written file.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use common::{planner, sample_path as sample};

/// Runs `report` on a sample with extra arguments, writing to `output`, as at November 2026.
fn report(name: &str, extra: &[&str], output: &std::path::Path) -> std::process::Output {
    planner()
        .args(["report", &sample(name)])
        .args(extra)
        .arg("-o")
        .arg(output)
        .args(["--today", "2026-11"])
        .output()
        .expect("runs")
}

#[test]
fn writes_the_plan_and_says_how_many_pages() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = folder.path().join("plan.pdf");
    let run = report("nurse-diphe.ron", &[], &output);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let printed = String::from_utf8_lossy(&run.stdout);
    assert_eq!(printed.trim_end(), format!("Wrote {} (5 pages)", output.display()));
    let bytes = std::fs::read(&output).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() > 10_000);
}

#[test]
fn a_target_changes_the_path_and_an_unknown_one_is_a_plain_error() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = folder.path().join("plan.pdf");
    let run = report("graduate-2-2.ron", &["--target", "project-manager"], &output);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let run = report("graduate-2-2.ron", &["--target", "nope"], &folder.path().join("other.pdf"));
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
    let run = report("admin-band-4.ron", &[], &output);
    assert_eq!(run.status.code(), Some(1));
    let message = String::from_utf8_lossy(&run.stderr);
    assert!(message.contains("the plan could not be written"), "{message}");
    assert!(message.trim_end().ends_with(&format!("({})", output.display())), "{message}");
    assert!(!output.exists() && run.stdout.is_empty());
}

/// A folder this process cannot write to: a read-only temporary folder, or (as root, whom file
/// permissions do not stop) the kernel's `/sys/kernel`, which refuses new files to everyone.
fn read_only_folder(scratch: &std::path::Path) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt as _;
    let folder = scratch.join("read-only");
    std::fs::create_dir(&folder).ok()?;
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).ok()?;
    if std::fs::write(folder.join("probe"), b"x").is_err() {
        return Some(folder);
    }
    let kernel = std::path::PathBuf::from("/sys/kernel");
    (std::fs::write(kernel.join("careers-planner-probe"), b"x").is_err() && kernel.is_dir()).then_some(kernel)
}

#[test]
fn a_read_only_folder_is_a_plain_error_and_leaves_no_file() {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let folder = read_only_folder(scratch.path()).expect("a folder this test cannot write to");
    let output = folder.join("plan.pdf");
    let run = report("hnd-facilities.ron", &[], &output);
    assert_eq!(run.status.code(), Some(1));
    let message = String::from_utf8_lossy(&run.stderr);
    assert!(message.starts_with("error: the plan could not be written:"), "{message}");
    assert!(message.trim_end().ends_with(&format!("({})", output.display())), "{message}");
    assert!(!output.exists() && run.stdout.is_empty());
}
