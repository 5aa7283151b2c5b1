//! Recovery copies: while a profile has unsaved changes, a copy is written to the platform's
//! data folder every few seconds; after a crash it is offered at the next start. It is removed
//! after a save or when the person discards it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

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

/// The recovery file in a data folder.
#[must_use]
pub fn recovery_path(data_dir: &Path) -> PathBuf {
    data_dir.join("recovery.ron")
}

/// A recovery copy: the unsaved profile and the file it belongs to, if any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The file the profile was opened from or last saved to, if any.
    pub original: Option<PathBuf>,
    /// When the copy was written, as seconds since 1970 (UTC).
    pub written_at: u64,
    /// The unsaved profile.
    pub save: SaveFile,
}

/// Writes a recovery copy (atomically, so a crash while writing it keeps the previous copy).
pub fn write_recovery(disk: &dyn Disk, data_dir: &Path, recovery: &Recovery) -> Result<(), SaveError> {
    let path = recovery_path(data_dir);
    std::fs::create_dir_all(data_dir).map_err(|source| SaveError::Write { source, path: path.clone() })?;
    let text = ron_text::to_pretty(recovery)
        .map_err(|error| SaveError::Serialize { message: error.to_string(), path: path.clone() })?;
    disk.write_atomically(&path, text.as_bytes()).map_err(|source| SaveError::Write { source, path })
}

/// The recovery copy in a data folder, if there is a readable one. A damaged copy is ignored
/// (and left in place for the person to inspect).
#[must_use]
pub fn read_recovery(data_dir: &Path) -> Option<Recovery> {
    let path = recovery_path(data_dir);
    let metadata = std::fs::metadata(&path).ok()?;
    if !metadata.is_file() || metadata.len() > super::MAX_FILE_BYTES {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let recovery: Recovery = ron_text::parse(strip_bom(&text)).ok()?;
    recovery.save.structural_issues().is_empty().then_some(recovery)
}

/// Removes the recovery copy (after a save, or when the person discards it).
pub fn remove_recovery(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(recovery_path(data_dir)) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}
