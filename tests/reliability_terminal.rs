//! Reliability suite, what reaches the terminal and what a save keeps: misspelt fields are
//! errors with the nearest name, comments are kept or asked about, escape sequences from a
//! profile are shown and not acted on, ids and names have limits, and a closed pipe is a normal
//! end.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::report_figure;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_careers-planner"))
        .args(["--today", "2026-11"])
        .args(args)
        .output()
        .expect("runs")
}

fn sample_text(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)).expect("sample")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn case_6_a_misspelt_field_is_an_error_with_its_place_and_the_nearest_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let misspelt = sample_text("nurse-diphe.ron").replace("hours_per_week: 37.5", "hours_per_wek: 22.5");
    let path = write(dir.path(), "misspelt.ron", &misspelt);
    let output = run(&["check", path.to_str().expect("utf-8")]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("line 20, column"), "{stderr}");
    assert!(stderr.contains("did you mean `hours_per_week`?"), "{stderr}");
    let resave = run(&["resave", path.to_str().expect("utf-8")]);
    assert_eq!(resave.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), misspelt, "left untouched");
    report_figure(&format!("case 6, misspelt field: {}", stderr.trim()));
}

#[test]
fn case_6_comments_are_kept_at_the_top_and_asked_about_elsewhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = sample_text("therapist-band-7-commented.ron");
    let path = write(dir.path(), "commented.ron", &original);
    let arg = path.to_str().expect("utf-8");
    let refused = run(&["resave", arg]);
    let stderr = text(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("comments") && stderr.contains("--drop-comments"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), original, "nothing written before they agree");
    assert!(run(&["resave", "--drop-comments", arg]).status.success());
    let backup = dir.path().join("commented.ron.bak");
    assert_eq!(
        std::fs::read_to_string(&backup).expect("backup"),
        original,
        "the commented file is the backup"
    );
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(
        saved.starts_with("// A profile file of the NHS careers planner"),
        "the opening comments are kept"
    );
    assert!(run(&["resave", arg]).status.success(), "only the kept opening comments remain: no question");
    assert_eq!(std::fs::read_to_string(&backup).expect("backup"), original, "the commented backup survives");

    let headed = write(dir.path(), "nurse.ron", &sample_text("nurse-diphe.ron"));
    assert!(run(&["resave", headed.to_str().expect("utf-8")]).status.success());
    assert!(std::fs::read_to_string(&headed).expect("read").starts_with("// Sample profile: a nurse"));
    report_figure(
        "case 6, comments: a file with comments below its opening block is not saved until --drop-comments (then its commented version is the .bak and survives the next save); opening comments are kept",
    );
}

#[test]
fn case_11_escape_sequences_in_a_profile_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hostile = sample_text("nurse-diphe.ron").replacen(
        "display_name: \"",
        "display_name: \"\\u{1b}]0;owned\\u{7}\\u{1b}]52;c;ZWNobyBoaQ==\\u{7}",
        1,
    );
    let path = write(dir.path(), "hostile.ron", &hostile);
    let output = run(&["check", path.to_str().expect("utf-8")]);
    let all = format!("{}{}", text(&output.stdout), text(&output.stderr));
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "no raw escape reaches the terminal: {all:?}");
    assert_eq!(output.status.code(), Some(1), "a control character in a name is refused");
    assert!(all.contains("display name"), "{all}");

    let forged =
        sample_text("nurse-diphe.ron").replacen("display_name: \"", "display_name: \"\\nOK: forged ", 1);
    let path = write(dir.path(), "forged.ron", &forged);
    let output = run(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!text(&output.stdout).contains("OK:"), "no forged OK line");
    assert_eq!(text(&output.stderr).trim().lines().count(), 1, "one line: {}", text(&output.stderr));
    report_figure(
        "case 11: OSC title and OSC 52 sequences and a forged \"OK:\" line in a name are refused and printed escaped",
    );
}

#[test]
fn case_12_long_ids_and_names_are_refused_naming_the_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long_id = "x".repeat(3 * 1024 * 1024);
    let with_id = sample_text("nurse-diphe.ron").replacen(
        "target_role: \"clinical-manager\"",
        &format!("target_role: \"{long_id}\""),
        1,
    );
    let path = write(dir.path(), "long-id.ron", &with_id);
    let output = run(&["check", path.to_str().expect("utf-8")]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{}", &stderr[..stderr.len().min(300)]);
    assert!(
        stderr.contains("goal, target role") && stderr.contains("the most allowed is 100"),
        "{}",
        &stderr[..stderr.len().min(300)]
    );
    assert!(stderr.len() < 1_000, "the message does not repeat the id: {} bytes", stderr.len());

    let long_name = sample_text("nurse-diphe.ron").replacen(
        "display_name: \"",
        &format!("display_name: \"{}", "n".repeat(300)),
        1,
    );
    let path = write(dir.path(), "long-name.ron", &long_name);
    let output = run(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("display name: is 3"), "{}", text(&output.stderr));
    report_figure(&format!(
        "case 12: a 3 MiB id refused in a {}-byte message naming the field; a 300-character name refused",
        stderr.len()
    ));
}

#[test]
fn case_13_a_closed_pipe_is_a_normal_end() {
    let profile = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join("nurse-diphe.ron");
    let profile = profile.to_str().expect("utf-8");
    for args in [
        vec!["plan", profile, "--json"],
        vec!["match", profile, "--json"],
        vec!["catalogue", "--json"],
        vec!["plan", profile],
        vec!["pay"],
    ] {
        // The reader has gone before the first byte is written, as with `| head -c 0`.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let output = Command::new(env!("CARGO_BIN_EXE_careers-planner"))
            .args(["--today", "2026-11"])
            .args(&args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe") && !stderr.contains("error"), "{args:?}: {stderr}");
    }
    report_figure(
        "case 13: plan, match, catalogue and pay, text and JSON, with the reader gone: exit 0, nothing on stderr",
    );
}
