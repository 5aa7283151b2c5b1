//! Reliability suite, kill during save: `careers-planner resave` is started on a format 1 file
//! and killed at a random moment, 1,000 times. Afterwards the file must always parse and equal
//! either the old bytes or the new ones.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use careers_planner::storage::{load, parse_bytes};
use common::report_figure;
use proptest::prelude::*;
use proptest::strategy::ValueTree as _;
use proptest::test_runner::TestRunner;

const TRIALS: usize = 1_000;

#[test]
fn a_save_killed_at_any_moment_never_loses_the_profile() {
    let binary = env!("CARGO_BIN_EXE_careers-planner");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("profile.ron");
    let old = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/private-manager-mba.ron"),
    )
    .expect("fixture");
    // One uninterrupted run tells what the new bytes are and how long a save takes.
    std::fs::write(&path, &old).expect("write");
    let started = Instant::now();
    let status = Command::new(binary).arg("resave").arg(&path).stdout(Stdio::null()).status().expect("runs");
    let full_run = started.elapsed();
    assert!(status.success());
    let new = std::fs::read(&path).expect("read");
    assert_ne!(old, new, "resave rewrites format 1 as format 2");
    let expected_profile = load(&path).expect("new file loads").save.profile;

    let window_micros = u64::try_from(full_run.as_micros()).unwrap_or(50_000).saturating_mul(3) / 2;
    let mut runner = TestRunner::deterministic();
    let delays = prop::collection::vec(0..window_micros.max(1), TRIALS)
        .new_tree(&mut runner)
        .expect("delays")
        .current();
    let (mut kept_old, mut got_new, mut lost, mut finished) = (0, 0, 0, 0);
    let started = Instant::now();
    for delay in delays {
        std::fs::write(&path, &old).expect("reset");
        let mut child = Command::new(binary)
            .arg("resave")
            .arg(&path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(delay));
        if child.try_wait().ok().flatten().is_some() {
            finished += 1;
        }
        // It may have finished already; either way it is gone after this.
        child.kill().ok();
        child.wait().expect("the child is reaped");
        let now = std::fs::read(&path).expect("the file still exists");
        let whole = parse_bytes(&now).is_ok_and(|loaded| loaded.save.profile == expected_profile);
        if now == old {
            kept_old += 1;
        } else if now == new {
            got_new += 1;
        } else {
            lost += 1;
        }
        assert!(whole, "after a kill the file must parse and hold the profile");
    }
    // The next command removes what the last killed save left.
    let status = Command::new(binary).arg("resave").arg(&path).stdout(Stdio::null()).status().expect("runs");
    assert!(status.success());
    let leftovers = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name != "profile.ron" && name != "profile.ron.bak"
        })
        .count();
    report_figure(&format!(
        "kill during save: {TRIALS} trials in {:.1} s (a full resave takes {full_run:?}; kills spread over {} ms): {kept_old} old, {got_new} new, {finished} finished before the kill, {lost} profiles lost; {leftovers} stray temporary files left after the next command",
        started.elapsed().as_secs_f64(),
        window_micros / 1000
    ));
    assert_eq!(lost, 0);
    assert_eq!(leftovers, 0, "every killed save's temporary file is removed by the next save");
    assert!(kept_old > 0 && got_new > 0, "kills landed both before and after the rename");
}
