//! Saving that never loses a profile: round trip in memory first, refuse to overwrite a file
//! that changed on disk, keep the previous good version as a backup, then write atomically
//! (temporary file in the same folder, permissions kept, fsync, rename, folder fsync).

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use super::load::{Loaded, content_hash, parse_bytes};
use crate::domain::model::save_file::{SaveFile, to_text};

/// Why a save did not happen. In every case the file on disk is unchanged and the profile is
/// still in memory.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The profile has problems the person must fix first (shown next to the fields).
    #[error(
        "the profile has {count} problem(s) to fix first: {list}. Nothing was written; the file on disk is \
         unchanged ({})", .path.display()
    )]
    Invalid {
        /// How many problems.
        count: usize,
        /// The first few, in words.
        list: String,
        /// The file.
        path: PathBuf,
    },
    /// The profile did not survive a round trip through the file format (a bug; nothing written).
    #[error(
        "the profile could not be written safely (it did not read back the same). Nothing was written; \
         please report this and keep the app open ({})", .path.display()
    )]
    RoundTrip {
        /// The file.
        path: PathBuf,
    },
    /// The file changed on disk since it was opened or last saved.
    #[error(
        "the file was changed by something else since you opened it. Reload it, or save anyway to \
         overwrite those changes ({})", .path.display()
    )]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// Writing failed (disk full, read-only folder, no permission...).
    #[error(
        "the file could not be written: {source}. The original is unchanged and your profile is still \
         open: free some space or choose another folder, then save again ({})", .path.display()
    )]
    Write {
        /// What the system said.
        source: io::Error,
        /// The file.
        path: PathBuf,
    },
    /// The profile could not be turned into text (a bug; nothing written).
    #[error("the profile could not be turned into text: {message}. Nothing was written ({})", .path.display())]
    Serialize {
        /// What went wrong.
        message: String,
        /// The file.
        path: PathBuf,
    },
}

/// Where saves are written: the real disk, or a test double that fails on purpose.
pub trait Disk {
    /// Replaces `path` with `bytes` atomically: afterwards the file holds either the old or the
    /// new bytes, never a mix, and on error the old bytes.
    fn write_atomically(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
}

/// The real disk, through `atomic-write-file`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn write_atomically(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = AtomicWriteFile::options().open(path)?;
        file.write_all(bytes)?;
        file.flush()?;
        // `commit` syncs the file, renames it over the target and syncs the folder; dropping it
        // uncommitted (on any error above) removes the temporary file.
        file.commit()
    }
}

/// Writes bytes to a file atomically on the real disk (for PDFs and other exports).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    RealDisk
        .write_atomically(path, bytes)
        .map_err(|source| SaveError::Write { source, path: path.to_path_buf() })
}

/// The backup kept beside a profile: `name.ron` → `name.ron.bak`.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// What a save produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// SHA-256 of the bytes written, to notice later changes on disk.
    pub content_hash: [u8; 32],
    /// True when the previous version was kept as a backup.
    pub backup_kept: bool,
}

/// How to treat a file that changed on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDiskChange {
    /// Refuse to overwrite it (the person is asked first).
    Refuse,
    /// Overwrite it (the person said so).
    Overwrite,
}

/// Saves a profile with the algorithm of RELIABILITY.md. `known_hash` is the hash of the file
/// as last opened or saved, if it came from disk.
pub fn save(
    disk: &dyn Disk,
    path: &Path,
    save_file: &SaveFile,
    known_hash: Option<[u8; 32]>,
    on_change: OnDiskChange,
) -> Result<Saved, SaveError> {
    let owned = || path.to_path_buf();
    let issues = save_file.structural_issues();
    if !issues.is_empty() {
        let shown: Vec<String> = issues.iter().take(3).map(ToString::to_string).collect();
        let more = if issues.len() > 3 { format!(" (and {} more)", issues.len() - 3) } else { String::new() };
        return Err(SaveError::Invalid {
            count: issues.len(),
            list: format!("{}{more}", shown.join("; ")),
            path: owned(),
        });
    }
    let text = to_text(save_file)
        .map_err(|error| SaveError::Serialize { message: error.to_string(), path: owned() })?;
    match parse_bytes(text.as_bytes()) {
        Ok(Loaded { save, .. }) if save == *save_file => {}
        _ => return Err(SaveError::RoundTrip { path: owned() }),
    }
    remove_stale_temporaries(path);
    let existing = read_existing(path);
    if let (Some(known), Some(bytes)) = (known_hash, existing.as_ref())
        && content_hash(bytes) != known
        && on_change == OnDiskChange::Refuse
    {
        return Err(SaveError::ChangedOnDisk { path: owned() });
    }
    let backup_kept = match existing {
        Some(bytes) if parse_bytes(&bytes).is_ok() => {
            disk.write_atomically(&backup_path(path), &bytes)
                .map_err(|source| SaveError::Write { source, path: backup_path(path) })?;
            true
        }
        _ => false,
    };
    disk.write_atomically(path, text.as_bytes())
        .map_err(|source| SaveError::Write { source, path: owned() })?;
    Ok(Saved { content_hash: content_hash(text.as_bytes()), backup_kept })
}

/// How old a leftover temporary file must be before a save removes it, so that a save running
/// in another window at the same moment is never disturbed.
pub const STALE_TEMPORARY_AGE: std::time::Duration = std::time::Duration::from_mins(10);

/// Removes temporary files that a save of `path` (or of its backup) killed mid-commit left
/// behind: `.NAME.XXXXXX`, six letters or digits, older than [`STALE_TEMPORARY_AGE`]. Best effort.
pub fn remove_stale_temporaries(path: &Path) {
    let Some(folder) =
        path.parent().map(|parent| if parent.as_os_str().is_empty() { Path::new(".") } else { parent })
    else {
        return;
    };
    let names: Vec<String> = [path.to_path_buf(), backup_path(path)]
        .iter()
        .filter_map(|p| p.file_name().map(|name| format!(".{}.", name.to_string_lossy())))
        .collect();
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_temporary = names.iter().any(|prefix| {
            name.strip_prefix(prefix.as_str())
                .is_some_and(|suffix| suffix.len() == 6 && suffix.chars().all(|c| c.is_ascii_alphanumeric()))
        });
        let stale = entry
            .metadata()
            .and_then(|meta| meta.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age >= STALE_TEMPORARY_AGE);
        if is_temporary
            && stale
            && let Err(error) = std::fs::remove_file(entry.path())
        {
            log::warn!("a stale temporary file was not removed: {error} ({})", entry.path().display());
        }
    }
}

/// The current bytes of a file, if it is a readable regular file within the size cap.
fn read_existing(path: &Path) -> Option<Vec<u8>> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() > super::MAX_FILE_BYTES {
        return None;
    }
    std::fs::read(path).ok()
}
