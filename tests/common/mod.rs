//! Builders shared by the integration tests.
#![expect(dead_code, reason = "each test crate uses a different part of the shared builders")]
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use careers_planner::domain::model::catalogue::Catalogue;
use careers_planner::domain::model::profile::{
    Experience, Grade, HeldQualification, People, Profile, QualificationChoice, QualificationStatus,
};
use careers_planner::domain::model::taxonomy::{Area, DegreeClass, Sector};
use careers_planner::domain::{Month, embedded};

/// The embedded catalogue.
pub fn catalogue() -> &'static Catalogue {
    embedded::catalogue().expect("the embedded catalogue passes its checks")
}

/// A month from "YYYY-MM".
pub fn month(text: &str) -> Month {
    text.parse().expect("a valid month")
}

/// November 2026, "today" in the tests.
pub fn today() -> Month {
    month("2026-11")
}

/// A catalogue qualification achieved in 2020.
pub fn held(id: &str) -> HeldQualification {
    HeldQualification {
        qualification: QualificationChoice::Catalogue(id.to_owned()),
        subject: String::new(),
        grade: Grade::NotGiven,
        count: 1,
        status: QualificationStatus::Achieved { year: 2020 },
    }
}

/// A degree in a subject with a class.
pub fn degree(subject: &str, class: DegreeClass) -> HeldQualification {
    HeldQualification { subject: subject.to_owned(), grade: Grade::Class(class), ..held("bachelors-degree") }
}

/// A job.
pub fn job(area: Area, sector: Sector, start: &str, end: Option<&str>, people: People) -> Experience {
    Experience {
        title: "A job".to_owned(),
        sector,
        area,
        healthcare: sector == Sector::Nhs,
        start: month(start),
        end: end.map(month),
        people,
        budget_pounds: None,
    }
}

/// A profile holding only these qualifications.
pub fn with_qualifications(qualifications: Vec<HeldQualification>) -> Profile {
    Profile { display_name: "Test person".to_owned(), qualifications, ..Profile::default() }
}

/// A sample profile from `saves/`, loaded as a person would open it.
pub fn sample(name: &str) -> Profile {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name);
    careers_planner::storage::load(&path).expect("sample profile loads").save.profile
}

/// The sample profiles' bytes, from `saves/`.
pub fn sample_bytes() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("saves folder")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "ron"))
        .map(|entry| {
            (entry.file_name().to_string_lossy().into_owned(), std::fs::read(entry.path()).expect("read"))
        })
        .collect();
    files.sort();
    files
}

/// Records a figure of the reliability suite: printed, and appended to
/// `target/reliability-figures.txt`, which `.ci/check` shows.
pub fn report_figure(line: &str) {
    use std::io::Write as _;
    eprintln!("figures: {line}");
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("..").join("reliability-figures.txt");
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        writeln!(file, "{line}").expect("the figures file is writable");
    }
}

/// The planner's binary, with its config folder in the build's scratch space.
pub fn planner() -> assert_cmd::Command {
    planner_with_config(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")))
}

/// The planner's binary, with its config folder at `config`.
pub fn planner_with_config(config: &std::path::Path) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("careers-planner").expect("binary built");
    command.env("CAREERS_PLANNER_CONFIG_DIR", config);
    command
}

/// The path of a sample profile in `saves/`, as text for a command line.
pub fn sample_path(name: &str) -> String {
    format!("{}/saves/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// True when `tool` is on the `PATH`. A missing tool fails the test under `CI=true` (CI
/// installs it), and elsewhere skips the check with a note.
pub fn tool_available(tool: &str) -> bool {
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|folder| folder.join(tool).is_file()));
    if !found {
        require_outside_ci(&format!("{tool} is not installed"));
    }
    found
}

/// Fails under `CI=true`, where every tool the tests use is installed; elsewhere notes why a
/// check was skipped.
pub fn require_outside_ci(why: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{why}: CI installs it, so this check must run there"
    );
    eprintln!("skipped: {why}");
}

/// The names of the entries of a folder, sorted.
pub fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
