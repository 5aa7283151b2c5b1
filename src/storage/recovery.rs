//! Recovery copies, one per open document: while a profile has unsaved changes, a copy is written
//! to the platform's data folder every few seconds; after a crash it is offered at the next start.
//!
//! Each copy is keyed by the original's absolute, canonical path (or, for an untitled profile, by
//! the window that made it) and holds that absolute path and the hash of the original as it was
//! opened, so that restoring into a file that changed since asks first. A window holds an advisory
//! lock on each copy it writes or offers, so a second window neither offers nor deletes a live
//! window's copy. The folder is 0700 and the copies 0600.

use std::fmt::Write as _;
use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use super::atomic::FileMode;
use super::save::{Disk, SaveError};
use crate::domain::model::ron_text;
use crate::domain::model::save_file::{SaveFile, strip_bom};

/// The environment variable that moves the data folder (for portable use and tests).
pub const DATA_DIR_VARIABLE: &str = "CAREERS_PLANNER_DATA_DIR";

/// Seconds between recovery copies while there are unsaved changes.
pub const RECOVERY_INTERVAL_SECONDS: u64 = 5;

/// The app's data folder: `$CAREERS_PLANNER_DATA_DIR`, or the platform's (for example
/// `~/.local/share/careers-planner` on Linux).
#[must_use]
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|value| !value.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "careers-planner").map(|dirs| dirs.data_dir().to_path_buf())
}

/// The folder of recovery copies in a data folder.
#[must_use]
pub fn recovery_folder(data_dir: &Path) -> PathBuf {
    data_dir.join("recovery")
}

/// A recovery copy: the unsaved profile and the file it belongs to, if any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The file the profile was opened from or last saved to, if any (absolute once written).
    pub original: Option<PathBuf>,
    /// When the copy was written, as seconds since 1970 (UTC).
    pub written_at: u64,
    /// SHA-256 of the original's bytes when it was opened or last saved: a restore into a file
    /// that no longer has them asks before overwriting.
    #[serde(default)]
    pub base_hash: Option<[u8; 32]>,
    /// The unsaved profile.
    pub save: SaveFile,
}

/// The recovery key of a file: a hash of its absolute, canonical path.
#[must_use]
pub fn file_key(path: &Path) -> String {
    let absolute = absolute_path(path);
    let hash = super::load::content_hash(absolute.as_os_str().as_encoded_bytes());
    let hex = hash.iter().take(16).fold(String::with_capacity(32), |mut hex, byte| {
        // Writing to a String cannot fail.
        write!(hex, "{byte:02x}").ok();
        hex
    });
    format!("file-{hex}")
}

/// The absolute, canonical form of a path (absolute only, if it does not exist yet).
#[must_use]
pub fn absolute_path(path: &Path) -> PathBuf {
    fs::canonicalize(path).or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// One window's recovery copies: the copies it writes and the one it offers, each locked while
/// the window lives. Cloning shares the same locks.
#[derive(Clone, Debug)]
pub struct RecoverySession {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    folder: PathBuf,
    untitled_key: String,
    held: Mutex<Vec<Held>>,
}

/// A copy this window holds the lock of.
#[derive(Debug)]
struct Held {
    key: String,
    _lock: File,
}

impl RecoverySession {
    /// A session for the copies in `data_dir`.
    #[must_use]
    pub fn new(data_dir: &Path) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.subsec_nanos());
        let untitled_key = format!("untitled-{}-{nanos:09}", std::process::id());
        Self {
            inner: Arc::new(Inner {
                folder: recovery_folder(data_dir),
                untitled_key,
                held: Mutex::new(Vec::new()),
            }),
        }
    }

    /// A copy left by a window that is gone (not locked by a live one), now held by this window;
    /// damaged copies are left in place for the person to inspect.
    #[must_use]
    pub fn found(&self) -> Option<Recovery> {
        let mut names: Vec<String> = fs::read_dir(&self.inner.folder)
            .ok()?
            .flatten()
            .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
            .filter_map(|entry| entry.file_name().to_str()?.strip_suffix(".ron").map(str::to_owned))
            .collect();
        names.sort();
        names.into_iter().find_map(|key| {
            let held = self.claim(&key)?;
            let path = self.copy_path(&key);
            super::temporaries::remove_dead(&path);
            let recovery = read_copy(&path)?;
            self.held().push(held);
            Some(recovery)
        })
    }

    /// Writes the copy of a document (atomically, 0600, in a 0700 folder) and removes the other
    /// copies this window held, which belonged to a document it no longer shows.
    pub fn write(&self, disk: &dyn Disk, recovery: &Recovery) -> Result<(), SaveError> {
        let mut recovery = recovery.clone();
        recovery.original = recovery.original.as_deref().map(absolute_path);
        let key = match &recovery.original {
            Some(path) => file_key(path),
            None => self.inner.untitled_key.clone(),
        };
        let path = self.copy_path(&key);
        private_folder(&self.inner.folder).map_err(|source| SaveError::from_io(source, &path))?;
        let key = if self.holds(&key) {
            key
        } else if let Some(held) = self.claim(&key) {
            self.held().push(held);
            key
        } else {
            // Another window has unsaved changes to the same file: keep both copies.
            let own = format!("{key}-{}", self.inner.untitled_key);
            if !self.holds(&own) {
                let held = self.claim(&own).ok_or_else(|| SaveError::Write {
                    source: std::io::Error::other("the recovery copy is in use"),
                    path: self.copy_path(&own),
                })?;
                self.held().push(held);
            }
            own
        };
        let path = self.copy_path(&key);
        let text = ron_text::to_pretty(&recovery)
            .map_err(|error| SaveError::Serialize { message: error.to_string(), path: path.clone() })?;
        disk.replace(&path, text.as_bytes(), FileMode::Private, &|_| Ok(()))
            .map_err(|source| SaveError::from_io(source, &path))?;
        self.release_except(Some(&key));
        Ok(())
    }

    /// Removes every copy this window holds (after a save, or when the person discards it).
    pub fn remove(&self) {
        self.release_except(None);
    }

    fn release_except(&self, keep: Option<&str>) {
        let mut held = self.held();
        held.retain(|copy| {
            if keep == Some(copy.key.as_str()) {
                return true;
            }
            for file in [self.copy_path(&copy.key), self.lock_path(&copy.key)] {
                if let Err(error) = fs::remove_file(&file)
                    && error.kind() != std::io::ErrorKind::NotFound
                {
                    log::warn!("a recovery file was not removed: {error} ({})", file.display());
                }
            }
            false
        });
    }

    fn holds(&self, key: &str) -> bool {
        self.held().iter().any(|copy| copy.key == key)
    }

    /// The lock of a copy, if no live window holds it.
    fn claim(&self, key: &str) -> Option<Held> {
        let lock =
            OpenOptions::new().create(true).truncate(false).write(true).open(self.lock_path(key)).ok()?;
        lock.try_lock().ok()?;
        Some(Held { key: key.to_owned(), _lock: lock })
    }

    fn held(&self) -> std::sync::MutexGuard<'_, Vec<Held>> {
        self.inner.held.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn copy_path(&self, key: &str) -> PathBuf {
        self.inner.folder.join(format!("{key}.ron"))
    }

    fn lock_path(&self, key: &str) -> PathBuf {
        self.inner.folder.join(format!("{key}.lock"))
    }
}

/// Writes a recovery copy in `data_dir` for a window that then ends (tests and tools): the copy
/// is left for the next window to offer.
pub fn write_recovery(disk: &dyn Disk, data_dir: &Path, recovery: &Recovery) -> Result<(), SaveError> {
    let session = RecoverySession::new(data_dir);
    session.write(disk, recovery)?;
    session.held().clear();
    Ok(())
}

/// Creates the folder with mode 0700 (and makes an existing one 0700).
fn private_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        builder.mode(0o700);
        builder.create(folder)?;
        fs::set_permissions(folder, fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    builder.create(folder)
}

/// A readable, valid copy at `path`.
fn read_copy(path: &Path) -> Option<Recovery> {
    let metadata = fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() > super::MAX_FILE_BYTES {
        return None;
    }
    let text = fs::read_to_string(path).ok()?;
    let recovery: Recovery = ron_text::parse(strip_bom(&text)).ok()?;
    recovery.save.structural_issues().is_empty().then_some(recovery)
}
