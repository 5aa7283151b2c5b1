//! The planner makes no network connection: every command is run under `strace` (when it is
//! installed; CI installs it) and no internet socket may be opened.

mod common;

use std::process::Command;

#[test]
fn no_command_opens_a_network_socket() {
    let usable = Command::new("strace")
        .args(["-qq", "-o", "/dev/null", "true"])
        .output()
        .is_ok_and(|probe| probe.status.success());
    if !usable {
        common::require_outside_ci("strace is not installed, or tracing is not allowed here");
        common::report_figure(
            "no network: skipped (strace is not installed, or tracing is not allowed here)",
        );
        return;
    }
    let binary = env!("CARGO_BIN_EXE_careers-planner");
    let sample = format!("{}/saves/nurse-diphe.ron", env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("copy.ron");
    std::fs::copy(&sample, &copy).expect("copy");
    let copy = copy.to_string_lossy().into_owned();
    let runs: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["catalogue", "--json"],
        vec!["pay", "--json"],
        vec!["pay-path", "--band", "7", "--start", "2026-04", "--json"],
        vec!["match", &sample, "--json"],
        vec!["plan", &sample, "--json"],
        vec!["check", &sample],
        vec!["resave", &copy],
    ];
    let mut traced = 0;
    for args in &runs {
        let log = dir.path().join("trace.log");
        let status = Command::new("strace")
            .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
            .arg(&log)
            .arg(binary)
            .args(args)
            .env("CAREERS_PLANNER_CONFIG_DIR", dir.path())
            .output()
            .expect("strace runs");
        assert!(status.status.success(), "{args:?}: {}", String::from_utf8_lossy(&status.stderr));
        let trace = std::fs::read_to_string(&log).unwrap_or_default();
        for line in trace.lines() {
            assert!(!line.contains("AF_INET"), "{args:?} opened a network socket: {line}");
        }
        traced += 1;
    }
    common::report_figure(&format!(
        "no network: {traced} commands run under strace, 0 internet sockets opened (the window is checked by hand under Xvfb)"
    ));
}
