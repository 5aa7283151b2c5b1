//! Reliability suite, files that cannot be turned against the person: saves and exports through
//! symbolic links write the file the link names, devices, pipes and folders are refused, modes
//! are kept and backups are private, a change made in the last moment before the replace is not
//! lost, failed writes leave no temporary file, and recovery copies are one per document.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::os::unix::fs::{PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;

use careers_planner::domain::model::save_file::SaveFile;
use careers_planner::storage::{
    Disk, FileMode, LastCheck, OnDiskChange, RealDisk, Recovery, RecoverySession, SaveError, backup_path,
    load, save, write_atomically,
};
use common::{files_in, report_figure, sample};

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_careers-planner"))
}

fn sample_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name), &path).expect("copy");
    path
}

fn mode_of(path: &Path) -> u32 {
    std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn case_2_resave_through_a_symlink_writes_the_real_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = sample_file(dir.path(), "nurse-diphe.ron");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let link = dir.path().join("link.ron");
    symlink("nurse-diphe.ron", &link).expect("link");
    let mut file = load(&link).expect("load").save;
    file.profile.notes = "Written through the link".to_owned();
    save(&RealDisk, &link, &file, None, OnDiskChange::Overwrite).expect("save");
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "the link is kept");
    assert_eq!(load(&real).expect("real file").save.profile.notes, "Written through the link");
    assert_eq!(mode_of(&real), 0o600, "the real file keeps its mode");
    assert!(backup_path(&real).exists(), "the backup sits beside the real file");
    report_figure("case 2, save through a symlink: the link is kept, its file written, mode 0600 kept");
}

#[test]
fn case_1_report_refuses_devices_pipes_and_folders_and_follows_links() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = sample_file(dir.path(), "nurse-diphe.ron");
    let fifo = dir.path().join("pipe.pdf");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).expect("folder");
    let device = dir.path().join("null.pdf");
    symlink("/dev/null", &device).expect("link to a device");
    let mut refused = 0;
    for target in
        [fifo.clone(), device.clone(), folder.clone(), PathBuf::from(format!("{}/", folder.display()))]
    {
        let output = binary().arg("report").arg(&profile).arg("-o").arg(&target).output().expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{target:?} refused: {stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
        refused += 1;
    }
    assert!(std::fs::symlink_metadata(&fifo).expect("fifo").file_type().is_fifo_like());
    assert!(std::fs::symlink_metadata(&device).expect("link").file_type().is_symlink());
    assert!(files_in(&folder).is_empty(), "no temporary file left in the folder");
    let real = dir.path().join("plan.pdf");
    std::fs::write(&real, b"old").expect("old plan");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let link = dir.path().join("plan-link.pdf");
    symlink(&real, &link).expect("link");
    let output = binary().arg("report").arg(&profile).arg("-o").arg(&link).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(std::fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
    assert!(std::fs::read(&real).expect("plan").starts_with(b"%PDF"), "written through the link");
    assert_eq!(mode_of(&real), 0o640, "mode kept");
    report_figure(&format!(
        "case 1, report -o: {refused} non-regular targets refused with one line (pipe, link to /dev/null, folder, folder/), a link to a file written through, mode kept"
    ));
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt as _;
        self.is_fifo()
    }
}

#[test]
fn case_3_backups_and_recovery_copies_are_private_whatever_the_umask() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_file(dir.path(), "nurse-diphe.ron");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let loaded = load(&path).expect("load");
    save(&RealDisk, &path, &loaded.save, Some(loaded.content_hash), OnDiskChange::Refuse).expect("save");
    assert_eq!(mode_of(&path), 0o644, "the profile keeps its mode");
    assert_eq!(mode_of(&backup_path(&path)), 0o600, "the backup is private");
    let data = dir.path().join("data");
    let session = RecoverySession::new(&data);
    let recovery =
        Recovery { original: Some(path.clone()), written_at: 1, base_hash: None, save: loaded.save };
    session.write(&RealDisk, &recovery).expect("recovery copy");
    let folder = careers_planner::storage::recovery_folder(&data);
    assert_eq!(mode_of(&folder), 0o700, "the recovery folder is private");
    let copy = folder.join(format!("{}.ron", careers_planner::storage::file_key(&path)));
    assert_eq!(mode_of(&copy), 0o600, "the recovery copy is private");
    report_figure("case 3: a 0644 profile keeps 0644; its .bak is 0600; recovery folder 0700, copy 0600");
}

/// Another program writes the file during the save, after the early check and before the
/// replace: the last check, immediately before the rename, notices.
struct ChangedInTheLastMoment(std::sync::atomic::AtomicUsize);

impl Disk for ChangedInTheLastMoment {
    fn replace(
        &self,
        path: &Path,
        bytes: &[u8],
        mode: FileMode,
        last_check: LastCheck<'_>,
    ) -> std::io::Result<()> {
        if path.extension().is_some_and(|ext| ext == "ron") {
            std::thread::sleep(std::time::Duration::from_millis(50));
            let count = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            std::fs::write(
                path,
                format!("(format_version: 2, profile: (display_name: \"Theirs {count}\"))\n"),
            )?;
        }
        RealDisk.replace(path, bytes, mode, last_check)
    }
}

#[test]
fn case_7_a_change_in_the_last_moment_before_the_replace_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_file(dir.path(), "nurse-diphe.ron");
    let loaded = load(&path).expect("load");
    let disk = ChangedInTheLastMoment(std::sync::atomic::AtomicUsize::new(0));
    for on_change in [OnDiskChange::Refuse, OnDiskChange::Overwrite] {
        let error = save(&disk, &path, &loaded.save, Some(loaded.content_hash), on_change)
            .expect_err("the change is noticed");
        assert!(matches!(error, SaveError::ChangedOnDisk { .. }), "{error}");
        assert!(std::fs::read_to_string(&path).expect("read").contains("Theirs"), "their change is kept");
    }
    assert_eq!(files_in(dir.path()), ["nurse-diphe.ron", "nurse-diphe.ron.bak"], "no temporary file");
    report_figure(
        "case 7, change injected 50 ms before the replace: noticed, the other program's text kept, no temporary file",
    );
}

#[test]
fn case_10_failed_writes_leave_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("plan.pdf");
    std::fs::create_dir(&folder).expect("folder");
    let error = write_atomically(&folder, b"%PDF").expect_err("a folder is refused");
    assert!(matches!(error, SaveError::NotRegularFile { .. }), "{error}");
    let missing = dir.path().join("no-such-folder").join("plan.pdf");
    assert!(write_atomically(&missing, b"%PDF").is_err());
    assert_eq!(files_in(dir.path()), ["plan.pdf"]);
    assert!(files_in(&folder).is_empty());
    assert_eq!(files_in(dir.path()), ["plan.pdf"], "nothing left behind");
    report_figure("case 10, failed writes (folder, folder/, missing folder): no temporary file left");
}

#[test]
fn cases_4_and_5_recovery_copies_are_per_document_and_locked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let first_file = sample_file(dir.path(), "nurse-diphe.ron");
    let second_file = sample_file(dir.path(), "graduate-2-2.ron");
    let copy_of = |path: &Path, notes: &str| {
        let mut save: SaveFile = load(path).expect("load").save;
        save.profile.notes = notes.to_owned();
        Recovery { original: Some(path.to_path_buf()), written_at: 1, base_hash: None, save }
    };
    let first = RecoverySession::new(&data);
    let second = RecoverySession::new(&data);
    first.write(&RealDisk, &copy_of(&first_file, "first window")).expect("first");
    second.write(&RealDisk, &copy_of(&second_file, "second window")).expect("second");
    let third = RecoverySession::new(&data);
    assert_eq!(third.found(), None, "live windows' copies are neither offered nor taken");
    third.remove();
    drop(first);
    drop(second);
    // Both windows are gone (killed): each person's edits are offered, one window each.
    let windows = [RecoverySession::new(&data), RecoverySession::new(&data)];
    let mut offered: Vec<String> = windows
        .iter()
        .map(|session| session.found().expect("a copy is offered"))
        .map(|recovery| {
            let original = recovery.original.expect("original");
            assert!(original.is_absolute(), "the copy holds the absolute path: {original:?}");
            recovery.save.profile.notes
        })
        .collect();
    offered.sort();
    assert_eq!(offered, ["first window", "second window"]);

    // Case 5: the copy holds the absolute path, so restoring in another folder saves to the
    // right file; a file changed since the copy's base is not overwritten without asking.
    assert_eq!(RecoverySession::new(&data).found(), None, "each copy is offered to one window only");
    drop(windows);
    let data = dir.path().join("other-data");
    let base = load(&first_file).expect("load").content_hash;
    std::fs::create_dir(dir.path().join("sub")).expect("sub");
    let roundabout = dir.path().join("sub").join("..").join("nurse-diphe.ron");
    let copy = Recovery { base_hash: Some(base), ..copy_of(&roundabout, "x") };
    RecoverySession::new(&data).write(&RealDisk, &copy).expect("copy");
    std::fs::write(&first_file, b"(format_version: 2, profile: (display_name: \"Changed\"))\n")
        .expect("edit");
    let restored = RecoverySession::new(&data).found().expect("offered");
    let original = restored.original.clone().expect("original");
    assert_eq!(original, std::fs::canonicalize(&first_file).expect("canonical"));
    let error = save(&RealDisk, &original, &restored.save, restored.base_hash, OnDiskChange::Refuse)
        .expect_err("the file changed since the copy's base");
    assert!(matches!(error, SaveError::ChangedOnDisk { .. }), "{error}");
    report_figure(
        "cases 4 and 5: two killed windows keep both people's copies; a live window's copy is not offered; the copy holds the absolute path; a restore over a changed file asks",
    );
}

#[test]
fn new_files_take_the_usual_mode_and_replaced_ones_keep_theirs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("new.ron");
    let file = SaveFile::new(sample("nurse-diphe.ron"));
    save(&RealDisk, &path, &file, None, OnDiskChange::Refuse).expect("save");
    assert_eq!(mode_of(&path) & 0o600, 0o600, "a new file is readable and writable by its owner");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    let loaded = load(&path).expect("load");
    save(&RealDisk, &path, &loaded.save, Some(loaded.content_hash), OnDiskChange::Refuse).expect("save");
    assert_eq!(mode_of(&path), 0o400, "mode kept");
}
