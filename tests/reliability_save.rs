//! Reliability suite, saving: round trip of generated profiles, disk full and read-only
//! folders, files changed on disk, backups only of good files, recovery copies, recent files.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::io::Write as _;
use std::path::Path;

use careers_planner::domain::model::profile::{
    ActionItem, ActionKind, ActionStatus, Experience, Grade, HeldQualification, People, Profile,
    QualificationChoice, QualificationStatus,
};
use careers_planner::domain::model::save_file::{SaveFile, to_text};
use careers_planner::domain::model::taxonomy::{Area, DegreeClass, HcasZone, Sector};
use careers_planner::domain::{Band, Month};
use careers_planner::storage::{
    AtomicFile, Disk, FileMode, LastCheck, OnDiskChange, RealDisk, RecentFiles, SaveError, backup_path,
    content_hash, load, parse_bytes, save,
};
use common::{files_in, report_figure};
use proptest::prelude::*;

/// A disk that writes half of the file through the real atomic writer, then fails as a full
/// disk would.
struct FullDisk;

impl Disk for FullDisk {
    fn replace(
        &self,
        path: &Path,
        bytes: &[u8],
        mode: FileMode,
        _last_check: LastCheck<'_>,
    ) -> std::io::Result<()> {
        let mut file = AtomicFile::create(path, mode)?;
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::from_raw_os_error(28))
    }
}

fn fixture(dir: &Path, name: &str) -> (std::path::PathBuf, Vec<u8>) {
    let path = dir.join(name);
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)).expect("sample");
    std::fs::write(&path, &bytes).expect("write");
    (path, bytes)
}

#[test]
fn a_full_disk_leaves_the_original_and_the_profile_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, original) = fixture(dir.path(), "nurse-diphe.ron");
    let loaded = load(&path).expect("load");
    let mut changed = loaded.save.clone();
    changed.profile.notes = "A change that must not be lost".to_owned();
    let before = changed.clone();
    let error = save(&FullDisk, &path, &changed, Some(loaded.content_hash), OnDiskChange::Refuse)
        .expect_err("disk full");
    assert!(matches!(error, SaveError::Write { .. }));
    assert!(error.to_string().contains("The original is unchanged"), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), original, "byte-identical");
    assert_eq!(changed, before, "nothing lost in memory");
    assert_eq!(files_in(dir.path()), ["nurse-diphe.ron"], "no temporary file left behind");
    report_figure(
        "disk full (injected after half the bytes): error reported, original byte-identical, no temporary file left, profile unchanged in memory",
    );
}

#[test]
fn a_profile_with_problems_is_not_saved_and_says_which_fields() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, original) = fixture(dir.path(), "nurse-diphe.ron");
    let loaded = load(&path).expect("load");
    let mut changed = loaded.save.clone();
    let first = changed.profile.experience.first_mut().expect("experience");
    first.end = Some(first.start.plus(-12));
    changed.profile.hours_per_week = 0.0;
    let error = save(&RealDisk, &path, &changed, Some(loaded.content_hash), OnDiskChange::Refuse)
        .expect_err("problems are refused");
    let SaveError::Invalid { count, .. } = &error else { panic!("{error:?}") };
    assert_eq!(*count, 2);
    let message = error.to_string();
    assert!(
        message.contains("hours per week") && message.contains("experience 1, end: ends before it starts"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), original, "the file on disk is unchanged");
    assert_eq!(files_in(dir.path()), ["nurse-diphe.ron"]);
}

#[test]
fn a_read_only_folder_is_reported() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, original) = fixture(dir.path(), "graduate-2-2.ron");
    let loaded = load(&path).expect("load");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o500)).expect("chmod");
    let probe = std::fs::File::create(dir.path().join("probe"));
    let as_root = probe.is_ok();
    let result = save(&RealDisk, &path, &loaded.save, Some(loaded.content_hash), OnDiskChange::Refuse);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).expect("chmod back");
    if as_root {
        // Root ignores permissions: the same save is run as an unprivileged user instead.
        drop(result);
        read_only_folder_as_unprivileged_user();
        return;
    }
    let error = result.expect_err("read-only");
    assert!(error.to_string().contains("could not be written"), "{error}");
    assert_eq!(std::fs::read(&path).expect("read"), original);
    report_figure("read-only folder: error reported, original byte-identical");
}

/// `resave` as the unprivileged user `nobody` (through `setpriv`) of a file it may write, in a
/// folder it may not: the save is refused and the file is byte-identical.
fn read_only_folder_as_unprivileged_user() {
    use std::os::unix::fs::{PermissionsExt as _, chown};
    let setpriv = Path::new("/usr/bin/setpriv");
    if !setpriv.exists() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "setpriv (util-linux) is needed on CI");
        report_figure("read-only folder: not run (running as root without setpriv)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let (path, original) = fixture(dir.path(), "graduate-2-2.ron");
    chown(&path, Some(65_534), Some(65_534)).expect("give the file to nobody");
    let output = std::process::Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(env!("CARGO_BIN_EXE_careers-planner"))
        .arg("resave")
        .arg(&path)
        .output()
        .expect("setpriv runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "refused: {stderr}");
    assert!(stderr.contains("could not be written") && stderr.contains("ermission denied"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("read"), original, "byte-identical");
    assert_eq!(files_in(dir.path()), ["graduate-2-2.ron"], "no temporary file");
    report_figure(
        "read-only folder (as the unprivileged user nobody, through setpriv): error reported, original byte-identical, nothing left",
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, original) = fixture(dir.path(), "admin-band-4.ron");
    let loaded = load(&path).expect("load");
    // Identical content written again raises no alarm.
    std::fs::write(&path, &original).expect("rewrite");
    save(&RealDisk, &path, &loaded.save, Some(loaded.content_hash), OnDiskChange::Refuse)
        .expect("same content");
    let after_first = std::fs::read(&path).expect("read");
    let known = content_hash(&after_first);
    // Someone else edits it.
    let theirs = String::from_utf8(after_first).expect("UTF-8").replace("Darren Price", "Darren P. Price");
    std::fs::write(&path, &theirs).expect("their edit");
    let error =
        save(&RealDisk, &path, &loaded.save, Some(known), OnDiskChange::Refuse).expect_err("changed on disk");
    assert!(matches!(error, SaveError::ChangedOnDisk { .. }), "{error}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs, "their version is kept");
    save(&RealDisk, &path, &loaded.save, Some(known), OnDiskChange::Overwrite)
        .expect("the person chose to overwrite");
    assert_eq!(load(&path).expect("load").save.profile.display_name, "Darren Price");
    report_figure("file changed on disk: refused until confirmed; identical content raised no alarm");
}

#[test]
fn a_backup_is_kept_only_of_a_good_file_and_permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, original) = fixture(dir.path(), "hnd-facilities.ron");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let loaded = load(&path).expect("load");
    let saved =
        save(&RealDisk, &path, &loaded.save, Some(loaded.content_hash), OnDiskChange::Refuse).expect("save");
    assert!(saved.backup_kept);
    assert_eq!(std::fs::read(backup_path(&path)).expect("backup"), original);
    assert_eq!(
        std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
        0o640,
        "permissions kept"
    );
    std::fs::write(&path, b"(format_version: 2, profile: (display_name: ").expect("corrupt it");
    let saved =
        save(&RealDisk, &path, &loaded.save, None, OnDiskChange::Overwrite).expect("save over a broken file");
    assert!(!saved.backup_kept, "a file that does not parse is not kept as the backup");
    assert_eq!(std::fs::read(backup_path(&path)).expect("backup"), original, "the good backup survives");
}

#[test]
fn stale_temporary_files_of_killed_saves_are_tidied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, _) = fixture(dir.path(), "nurse-diphe.ron");
    let old = std::time::SystemTime::now() - std::time::Duration::from_hours(1);
    for name in [".nurse-diphe.ron.Ab12Cd", ".nurse-diphe.ron.bak.Zz99Yy"] {
        let file = std::fs::File::create(dir.path().join(name)).expect("create");
        file.set_modified(old).expect("age it");
    }
    // Process ids are below 2^22 on Linux: this writer is gone, so its file goes at once.
    std::fs::write(dir.path().join(".nurse-diphe.ron.4999999-0.tmp"), b"a dead save's").expect("dead");
    std::fs::write(dir.path().join(".nurse-diphe.ron.fresh1"), b"a save running now").expect("fresh");
    std::fs::write(dir.path().join(".other.ron.Ab12Cd"), b"another file's").expect("other");
    careers_planner::storage::remove_dead_temporaries(&path);
    careers_planner::storage::remove_dead_temporaries(&backup_path(&path));
    assert_eq!(files_in(dir.path()), [".nurse-diphe.ron.fresh1", ".other.ron.Ab12Cd", "nurse-diphe.ron"]);
}

#[test]
fn recent_files_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (first, _) = fixture(dir.path(), "nurse-diphe.ron");
    let (second, _) = fixture(dir.path(), "graduate-2-2.ron");
    let mut recent = RecentFiles::default();
    recent.add(&first);
    recent.add(&second);
    recent.add(&first);
    recent.save(&RealDisk, dir.path()).expect("save list");
    std::fs::remove_file(&second).expect("remove one");
    let reloaded = RecentFiles::load(dir.path());
    assert_eq!(reloaded.paths.len(), 1, "the missing file is pruned");
    assert!(reloaded.paths[0].ends_with("nurse-diphe.ron"));
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        "Zoë Ó'Brien",
        "Łódź",
        "Ærø",
        "Ελένη",
        "Дмитрий",
        "李华",
        "emoji 🙂",
        "quotes \" and \\ back",
        "line\nbreak",
        "#[tag]",
        "r#raw",
    ])
    .prop_flat_map(|fixed| ("[a-zA-Z0-9 ,.'()-]{0,30}", Just(fixed)))
    .prop_map(|(random, fixed)| format!("{fixed}{random}"))
}

/// Text of one line (names and titles may not hold a line break).
fn arbitrary_line() -> impl Strategy<Value = String> {
    arbitrary_text().prop_map(|text| text.replace('\n', " "))
}

fn arbitrary_month() -> impl Strategy<Value = Month> {
    (1950_i32..2060, 1_u32..13).prop_map(|(year, month)| Month::new(year, month).expect("month"))
}

fn arbitrary_save() -> impl Strategy<Value = SaveFile> {
    let qualification = (
        arbitrary_line(),
        prop::option::of(1_u8..9),
        prop::bool::ANY,
        arbitrary_month(),
        1950_i32..2060,
        1_u8..20,
        prop::option::of(prop::sample::select(DegreeClass::ALL.to_vec())),
    )
        .prop_map(|(title, level, typed, expected, year, count, class)| HeldQualification {
            qualification: if typed {
                QualificationChoice::Other { title: title.clone(), level }
            } else {
                QualificationChoice::Catalogue("bachelors-degree".to_owned())
            },
            subject: title,
            grade: class.map_or(Grade::NotGiven, Grade::Class),
            count,
            status: if level.is_some() {
                QualificationStatus::Achieved { year }
            } else {
                QualificationStatus::InProgress { expected }
            },
        });
    let job = (
        arbitrary_line(),
        prop::sample::select(Sector::ALL.to_vec()),
        prop::sample::select(Area::ALL.to_vec()),
        arbitrary_month(),
        prop::option::of(0_i32..200),
        0_u32..3,
        prop::option::of(0_u64..100_000_000),
    )
        .prop_map(|(title, sector, area, start, length, people, budget)| Experience {
            title,
            sector,
            area,
            healthcare: sector == Sector::Nhs,
            start,
            end: length.map(|months| start.plus(months)),
            people: match people {
                0 => People::NoStaff,
                1 => People::Supervised(3),
                _ => People::Managed(12),
            },
            budget_pounds: budget,
        });
    let action = (arbitrary_line(), prop::option::of(arbitrary_month()), 0_usize..4).prop_map(
        |(title, due, status)| ActionItem {
            title,
            kind: ActionKind::Learning,
            due,
            status: ActionStatus::ALL[status],
            serves: None,
            note: String::new(),
        },
    );
    (
        arbitrary_line(),
        1.0_f64..80.0,
        prop::collection::vec(qualification, 0..6),
        prop::collection::vec(job, 0..5),
        prop::collection::vec(action, 0..5),
        prop::option::of(prop::sample::select(HcasZone::ALL.to_vec())),
        arbitrary_text(),
        -5.0_f64..10.0,
    )
        .prop_map(|(name, hours, qualifications, experience, actions, zone, notes, growth)| {
            let mut profile = Profile {
                display_name: name,
                hours_per_week: hours,
                qualifications,
                experience,
                actions,
                hcas_zone: zone,
                notes,
                ..Profile::default()
            };
            profile.position.pay = careers_planner::domain::model::profile::CurrentPay::Afc {
                band: Band::Band6,
                point: careers_planner::domain::model::catalogue::PointName::Intermediate,
                point_started: chrono::NaiveDate::from_ymd_opt(2024, 6, 1).expect("date"),
            };
            let mut save = SaveFile::new(profile);
            save.plan.growth_percent = growth;
            save
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn saving_then_loading_gives_the_same_profile(file in arbitrary_save()) {
        let text = to_text(&file).expect("text");
        let loaded = parse_bytes(text.as_bytes()).expect("loads back");
        prop_assert_eq!(loaded.save, file);
    }
}
