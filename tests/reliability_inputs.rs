//! Reliability suite, files from anyone: every prefix and every single-bit flip of the sample
//! profiles, random bytes, the empty file, deep nesting, huge files, pipes, encodings, numbers
//! and versions. Each gives a valid profile or an error that says where; never a panic.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use careers_planner::domain::model::save_file::SaveFileError;
use careers_planner::storage::{BytesError, LoadError, MAX_FILE_BYTES, load, parse_bytes};
use common::{report_figure, sample_bytes};
use proptest::prelude::*;
use proptest::strategy::ValueTree as _;
use proptest::test_runner::{Config, TestRunner};

/// Outcome counts of feeding inputs to the loader.
#[derive(Default)]
struct Tally {
    inputs: u64,
    valid: u64,
    errors: u64,
    panics: u64,
    errors_without_position: u64,
}

impl Tally {
    fn feed(&mut self, bytes: &[u8]) {
        self.inputs += 1;
        match catch_unwind(AssertUnwindSafe(|| parse_bytes(bytes))) {
            Ok(Ok(_)) => self.valid += 1,
            Ok(Err(error)) => {
                self.errors += 1;
                let positioned = match &error {
                    BytesError::Invalid(
                        SaveFileError::Syntax { error } | SaveFileError::NoVersion { error },
                    ) => {
                        error.position.line >= 1
                            && error.position.column >= 1
                            && error.to_string().contains("line ")
                    }
                    BytesError::NotText(text) => !text.is_empty(),
                    BytesError::Invalid(other) => !other.to_string().is_empty(),
                };
                if !positioned {
                    self.errors_without_position += 1;
                }
            }
            Err(_) => self.panics += 1,
        }
    }

    fn merge(&mut self, other: &Self) {
        self.inputs += other.inputs;
        self.valid += other.valid;
        self.errors += other.errors;
        self.panics += other.panics;
        self.errors_without_position += other.errors_without_position;
    }
}

fn quietly<T>(run: impl FnOnce() -> T) -> T {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = run();
    std::panic::set_hook(previous);
    result
}

#[test]
fn every_prefix_bit_flip_and_random_input_is_handled_without_panic() {
    let samples = sample_bytes();
    let started = Instant::now();
    let tallies: Vec<Tally> = quietly(|| {
        std::thread::scope(|scope| {
            let handles: Vec<_> = samples
                .iter()
                .map(|(_, bytes)| {
                    scope.spawn(move || {
                        let mut tally = Tally::default();
                        for cut in 0..bytes.len() {
                            tally.feed(&bytes[..cut]);
                        }
                        let mut flipped = bytes.clone();
                        for at in 0..bytes.len() {
                            for bit in 0..8 {
                                flipped[at] ^= 1 << bit;
                                tally.feed(&flipped);
                                flipped[at] ^= 1 << bit;
                            }
                        }
                        tally
                    })
                })
                .collect();
            handles.into_iter().map(|handle| handle.join().unwrap_or_default()).collect()
        })
    });
    let mut total = Tally::default();
    for tally in &tallies {
        total.merge(tally);
    }
    let mut random = Tally::default();
    let mut runner = TestRunner::new(Config { cases: 2_000, ..Config::default() });
    quietly(|| {
        let strategy = prop::collection::vec(any::<u8>(), 0..4_096);
        for _ in 0..2_000 {
            let tree = strategy.new_tree(&mut runner).expect("value");
            random.feed(&tree.current());
        }
        random.feed(&[]);
    });
    total.merge(&random);
    report_figure(&format!(
        "corrupt inputs: {} tried (every prefix and every single-bit flip of {} sample profiles, 2,000 random, the empty file) in {:.1} s: {} valid, {} refused with a reason, {} panics, {} errors without a position",
        total.inputs,
        samples.len(),
        started.elapsed().as_secs_f64(),
        total.valid,
        total.errors,
        total.panics,
        total.errors_without_position
    ));
    assert!(total.inputs >= 10_000);
    assert_eq!(total.panics, 0);
    assert_eq!(total.errors_without_position, 0);
}

#[test]
fn the_empty_file_is_refused_with_a_position() {
    let error = parse_bytes(b"").expect_err("empty");
    assert!(error.to_string().contains("line 1"), "{error}");
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let deep = format!("(format_version: 2, profile: {}{})", "[".repeat(100_000), "]".repeat(100_000));
    let started = Instant::now();
    let error = parse_bytes(deep.as_bytes()).expect_err("too deep");
    assert!(started.elapsed() < Duration::from_secs(2));
    report_figure(&format!("deep nesting: 100,000 brackets refused in {:?}: {error}", started.elapsed()));
}

#[test]
fn huge_files_and_pipes_are_refused_without_reading_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let huge = dir.path().join("huge.ron");
    let file = std::fs::File::create(&huge).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    let started = Instant::now();
    assert!(matches!(load(&huge), Err(LoadError::TooLarge { .. })));
    let huge_time = started.elapsed();
    let folder = load(dir.path());
    assert!(matches!(folder, Err(LoadError::NotRegularFile { .. })), "{folder:?}");
    let pipe = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().is_ok_and(|status| status.success());
    let pipe_time = if made {
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = pipe.clone();
        std::thread::spawn(move || {
            // The receiver may have given up waiting: the test then fails on its timeout.
            sender.send(matches!(load(&path), Err(LoadError::NotRegularFile { .. }))).ok();
        });
        let started = Instant::now();
        assert_eq!(
            receiver.recv_timeout(Duration::from_secs(5)),
            Ok(true),
            "a pipe is refused without blocking"
        );
        format!("{:?}", started.elapsed())
    } else {
        "skipped (no mkfifo)".to_owned()
    };
    report_figure(&format!(
        "oversize file ({} bytes) refused in {huge_time:?}; folder refused; named pipe refused in {pipe_time}",
        MAX_FILE_BYTES + 1
    ));
}

#[test]
fn encodings_other_than_utf8_are_refused_in_plain_words() {
    let (_, sample) = &sample_bytes()[0];
    let mut with_bom = vec![0xEF, 0xBB, 0xBF];
    with_bom.extend_from_slice(sample);
    assert!(parse_bytes(&with_bom).is_ok(), "a UTF-8 byte-order mark is accepted");
    let text = String::from_utf8(sample.clone()).expect("UTF-8");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert!(parse_bytes(&utf16).expect_err("UTF-16").to_string().contains("UTF-16"));
    let mut latin1 = sample.clone();
    latin1.extend_from_slice(b"// caf\xe9\n");
    assert!(parse_bytes(&latin1).expect_err("Latin-1").to_string().contains("not UTF-8 text"));
    let mut nul = sample.clone();
    nul.insert(10, 0);
    assert!(parse_bytes(&nul).expect_err("NUL").to_string().contains("NUL bytes"));
}

#[test]
fn numbers_that_cannot_be_right_name_their_field() {
    let (_, sample) =
        sample_bytes().into_iter().find(|(name, _)| name == "graduate-2-2.ron").expect("sample");
    let text = String::from_utf8(sample).expect("UTF-8");
    for bad in ["NaN", "inf", "-inf", "1e400", "0.0", "500.0"] {
        let changed = text.replace("hours_per_week: 37.5", &format!("hours_per_week: {bad}"));
        let error = parse_bytes(changed.as_bytes()).expect_err(bad).to_string();
        assert!(error.contains("hours per week"), "{bad}: {error}");
    }
    let growth = text.replace("growth_percent: 0.0", "growth_percent: NaN");
    assert!(parse_bytes(growth.as_bytes()).expect_err("NaN growth").to_string().contains("growth percent"));
    let overflow = text.replace("count: 8,", "count: 300,");
    let error = parse_bytes(overflow.as_bytes()).expect_err("u8 overflow").to_string();
    assert!(error.contains("line ") && error.contains("column"), "{error}");
    let year = text.replace("year: 2020", "year: 99999");
    assert!(parse_bytes(year.as_bytes()).expect_err("year").to_string().contains("qualification 1, year"));
    let long = text.replace("\"Sophie Turner\"", &format!("\"{}\"", "x".repeat(20_001)));
    assert!(parse_bytes(long.as_bytes()).expect_err("long name").to_string().contains("display name"));
}

#[test]
fn a_newer_version_is_refused_and_older_ones_are_migrated_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let newer = dir.path().join("newer.ron");
    let (_, sample) = &sample_bytes()[0];
    let text =
        String::from_utf8(sample.clone()).expect("UTF-8").replace("format_version: 2", "format_version: 4");
    std::fs::write(&newer, &text).expect("write");
    let error = load(&newer).expect_err("newer");
    assert!(error.is_newer_version() && error.to_string().contains("newer version"), "{error}");
    assert_eq!(std::fs::read_to_string(&newer).expect("read"), text, "the file is left untouched");
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut migrated = 0;
    for entry in std::fs::read_dir(&fixtures).expect("fixtures") {
        let path = entry.expect("entry").path();
        let old = load(&path).expect("a format 1 file loads");
        assert_eq!(old.original_version, 1);
        assert_eq!(
            old.save.format_version,
            careers_planner::domain::model::save_file::CURRENT_FORMAT_VERSION
        );
        // Nothing is dropped: the profile read as format 1 equals the same profile in the
        // current sample (which was written from it by `resave`).
        let current = load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("saves")
                .join(path.file_name().expect("name")),
        )
        .expect("current sample");
        assert_eq!(old.save.profile, current.save.profile, "{}", path.display());
        migrated += 1;
    }
    report_figure(&format!(
        "versions: a format 4 file refused and left byte-identical; {migrated} format 1 files migrated with nothing dropped"
    ));
    assert!(migrated >= 7);
}
