//! The recent-files list, kept in the platform's config folder and pruned of files that no
//! longer exist.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::app_file::{read_app_file, write_app_file};
use super::save::{Disk, SaveError};

/// How many recent files are kept.
pub const MAX_RECENT: usize = 10;

/// The recent files, most recent first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentFiles {
    /// The paths.
    pub paths: Vec<PathBuf>,
}

/// The recent-files file in a config folder.
#[must_use]
pub fn recent_path(config_dir: &Path) -> PathBuf {
    config_dir.join("recent.ron")
}

impl RecentFiles {
    /// The list in a config folder (empty if missing or unreadable), without files that no
    /// longer exist.
    #[must_use]
    pub fn load(config_dir: &Path) -> Self {
        let read: Self = read_app_file(&recent_path(config_dir)).unwrap_or_default();
        let mut recent = Self { paths: read.paths.into_iter().filter(|path| path.is_file()).collect() };
        recent.paths.truncate(MAX_RECENT);
        recent
    }

    /// Puts a file first.
    pub fn add(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.paths.retain(|known| *known != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
    }

    /// Removes a file (for example one that could not be opened).
    pub fn remove(&mut self, path: &Path) {
        self.paths.retain(|known| known != path);
    }

    /// Saves the list atomically.
    pub fn save(&self, disk: &dyn Disk, config_dir: &Path) -> Result<(), SaveError> {
        write_app_file(disk, &recent_path(config_dir), self)
    }
}
