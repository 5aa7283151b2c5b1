//! Reliability suite, the data-override folder: symbolic-link loops, pipes, devices and huge
//! files cannot hang a command, and data in use from the person's own files is said so in the
//! results, not only on standard error.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::fmt::Write as _;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::report_figure;

/// Runs a command with the override folder in `config` and returns (exit code, stdout, stderr,
/// seconds). A command still running after a minute is a hang: it is killed and the test fails.
fn run_with_config(config: &Path, args: &[&str]) -> (Option<i32>, String, String, f64) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_careers-planner"))
        .env("CAREERS_PLANNER_CONFIG_DIR", config)
        .args(["--today", "2026-11"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_mins(1) {
            child.kill().ok();
            panic!("{args:?} hung with the override folder");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        started.elapsed().as_secs_f64(),
    )
}

/// `count` records with ids the checks refuse, one a line.
fn records_with_bad_ids(count: usize) -> String {
    (0..count).fold(String::new(), |mut text, n| {
        writeln!(text, "(id: \"Bad id {n:05}\", title: \"T\", publisher: \"P\", location: \"L\"),").ok();
        text
    })
}

#[test]
fn case_8_loops_pipes_devices_and_huge_files_cannot_hang_a_command() {
    let config = tempfile::tempdir().expect("temp dir");
    let data = config.path().join("data");
    std::fs::create_dir_all(data.join("a")).expect("folders");
    symlink(&data, data.join("a").join("loop-one")).expect("loop");
    symlink(data.join("a"), data.join("loop-two")).expect("loop");
    assert!(Command::new("mkfifo").arg(data.join("roles.ron")).status().expect("mkfifo").success());
    symlink("/dev/zero", data.join("routes.ron")).expect("link to /dev/zero");
    let bad_ids = records_with_bad_ids(85_000);
    std::fs::write(data.join("sources.ron"), format!("(documents: [\n{bad_ids}])")).expect("huge file");
    let (code, _, stderr, seconds) = run_with_config(config.path(), &["pay"]);
    assert_eq!(code, Some(0), "the built-in data is used instead: {stderr}");
    assert!(stderr.contains("were not used"), "{stderr}");
    let problems = careers_planner::storage::catalogue_from(&data).expect_err("refused").join("\n");
    assert!(problems.contains("loop-two: is a symbolic link"), "{problems}");
    assert!(problems.contains("routes.ron: is a symbolic link"), "{problems}");
    assert!(problems.contains("roles.ron: is not a regular file"), "{problems}");
    assert!(problems.contains("sources.ron: larger than"), "{problems}");

    // The largest file allowed, all bad ids: the checks end.
    let limit = usize::try_from(careers_planner::storage::MAX_OVERRIDE_FILE_BYTES).expect("fits");
    let count =
        (limit - 100) / "(id: \"Bad id 00000\", title: \"T\", publisher: \"P\", location: \"L\"),\n".len();
    let within = records_with_bad_ids(count);
    let folder = config.path().join("within");
    std::fs::create_dir_all(folder.join("data")).expect("folder");
    std::fs::write(folder.join("data").join("sources.ron"), format!("(documents: [\n{within}])"))
        .expect("file");
    let (code, _, stderr, largest_seconds) = run_with_config(&folder, &["pay"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("were not used"), "{stderr}");
    report_figure(&format!(
        "case 8, override folder with two symlink loops, a FIFO, a link to /dev/zero and a {} MB file of 85,000 bad ids: refused in {seconds:.2} s, built-in data used; a file at the 1 MiB limit with {count} bad ids checked and refused in {largest_seconds:.2} s",
        bad_ids.len() / 1_000_000
    ));
}

#[test]
fn case_9_figures_from_your_own_data_are_said_so_in_the_results() {
    let config = tempfile::tempdir().expect("temp dir");
    let data = config.path().join("data").join("pay");
    std::fs::create_dir_all(&data).expect("folders");
    let name = "afc-england-2026-27.ron";
    let published =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/pay").join(name))
            .expect("table");
    std::fs::write(data.join(name), &published).expect("override");
    for args in [vec!["pay"], vec!["pay-path", "--band", "5", "--start", "2026-04"]] {
        let (code, stdout, stderr, _) = run_with_config(config.path(), &args);
        assert_eq!(code, Some(0), "{stderr}");
        assert!(
            stdout.contains("from your own data, not published"),
            "{args:?} says so in its results: {stdout}"
        );
    }
    let (code, stdout, _, _) = run_with_config(config.path(), &["pay", "--year", "2026-27"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("2026-27 (from your own data)"), "the table is not called published: {stdout}");
    assert!(!stdout.contains("(published)"), "{stdout}");
    let (code, stdout, _, _) = run_with_config(config.path(), &["pay", "--year", "2026-27", "--json"]);
    assert_eq!(code, Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("JSON stays JSON");
    assert_eq!(json["basis"], "from your own data", "{json}");
    report_figure(
        "case 9: with an override pay table, pay and pay-path results end with a note that the figures are from your own data, not published",
    );
}

#[test]
fn case_9_the_plan_and_its_sources_page_say_the_pay_is_from_your_own_data() {
    let mut catalogue = careers_planner::domain::embedded::catalogue().expect("catalogue").clone();
    catalogue.mark_own_data(vec!["pay/afc-england-2026-27.ron".to_owned()]);
    let catalogue: &'static _ = Box::leak(Box::new(catalogue));
    let profile = common::sample("admin-band-4.ron");
    let report =
        careers_planner::report::prepare(catalogue, &profile, common::today(), None).expect("a plan");
    assert!(
        report.sources.caveats.first().is_some_and(|caveat| caveat.contains("from your own data")),
        "the sources page says so first: {:?}",
        report.sources.caveats
    );
    assert!(
        report
            .sources
            .pay_tables
            .iter()
            .any(|line| line.contains("2026-27") && line.contains("from your own data")),
        "{:?}",
        report.sources.pay_tables
    );
    let pdf = careers_planner::report::render(&report).expect("a PDF");
    let document = lopdf::Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).expect("text");
    assert!(text.contains("from your own data"), "the PDF says so");
    report_figure(
        "case 9: a plan made with an own pay table says \"from your own data\" on its sources page and in the PDF",
    );
}
