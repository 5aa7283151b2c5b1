//! Temporary files of a save: named `.NAME.PID-N.tmp` after the writing process, so that the
//! next save (or the next start) can tell a dead writer's leftover from a live one's and remove
//! it at once.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::atomic::folder_of;

/// How old a temporary file of the older, unnumbered form (`.NAME.XXXXXX`) must be before it is
/// removed: its writer cannot be told, so it is given time to finish.
pub const STALE_TEMPORARY_AGE: Duration = Duration::from_mins(10);

/// A new temporary name beside `target` for this process.
#[must_use]
pub fn fresh_name(target: &Path, sequence: u64) -> PathBuf {
    let name = target.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.{}-{sequence}.tmp", std::process::id()))
}

/// Removes the temporary files that saves of `target` left when they were killed: those whose
/// writer process is gone, and unnumbered ones older than [`STALE_TEMPORARY_AGE`]. Best effort.
pub fn remove_dead(target: &Path) {
    let Some(folder) = folder_of(target) else { return };
    let Some(name) = target.file_name().map(|name| name.to_string_lossy().into_owned()) else { return };
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        let Some(suffix) = entry_name.strip_prefix(prefix.as_str()) else { continue };
        let dead = match writer_of(suffix) {
            Some(pid) => !process_alive(pid),
            None => is_unnumbered(suffix) && is_old(&entry),
        };
        let regular = entry.file_type().is_ok_and(|kind| kind.is_file());
        if dead
            && regular
            && let Err(error) = std::fs::remove_file(entry.path())
        {
            log::warn!("a dead save's temporary file was not removed: {error} ({})", entry.path().display());
        }
    }
}

/// The process id in `PID-N.tmp`.
fn writer_of(suffix: &str) -> Option<u32> {
    let (pid, rest) = suffix.strip_suffix(".tmp")?.split_once('-')?;
    rest.chars().all(|c| c.is_ascii_digit()).then_some(())?;
    pid.parse().ok()
}

/// The six letters or digits of a temporary name of the older form.
fn is_unnumbered(suffix: &str) -> bool {
    suffix.len() == 6 && suffix.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_old(entry: &std::fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|meta| meta.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok())
        .is_some_and(|age| age >= STALE_TEMPORARY_AGE)
}

/// True unless the process is known to be gone (where processes cannot be listed, every writer
/// is taken to be alive).
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc_root = Path::new("/proc");
    if !proc_root.join("self").exists() {
        return true;
    }
    proc_root.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dead_writers_file_goes_and_a_live_ones_stays() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let target = folder.path().join("p.ron");
        let mine = fresh_name(&target, 7);
        // Process ids are below 2^22 on Linux, so this one cannot be running.
        let dead = folder.path().join(".p.ron.4999999-0.tmp");
        let other = folder.path().join(".q.ron.4999999-0.tmp");
        for path in [&mine, &dead, &other] {
            std::fs::write(path, "x").expect("write");
        }
        remove_dead(&target);
        assert!(mine.exists(), "this process is alive");
        assert!(!dead.exists(), "a dead writer's file is removed");
        assert!(other.exists(), "another file's temporaries are left alone");
    }
}
