//! The planner's own small files (recent files, settings): read leniently, since a damaged one
//! only costs a preference, and written atomically.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::save::{Disk, SaveError};
use crate::domain::model::ron_text;

/// The value in a small RON file, or none when it is missing, too large or unreadable.
#[must_use]
pub fn read_app_file<T: DeserializeOwned>(path: &Path) -> Option<T> {
    std::fs::metadata(path)
        .ok()
        .filter(|meta| meta.is_file() && meta.len() <= super::MAX_FILE_BYTES)
        .and_then(|_| std::fs::read_to_string(path).ok())
        .and_then(|text| ron_text::parse::<T>(&text).ok())
}

/// Writes a value as RON to `path`, creating its folder, atomically.
pub fn write_app_file<T: Serialize>(disk: &dyn Disk, path: &Path, value: &T) -> Result<(), SaveError> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|source| SaveError::Write { source, path: path.to_path_buf() })?;
    }
    let text = ron_text::to_pretty(value)
        .map_err(|error| SaveError::Serialize { message: error.to_string(), path: path.to_path_buf() })?;
    disk.write_atomically(path, text.as_bytes())
        .map_err(|source| SaveError::Write { source, path: path.to_path_buf() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::RealDisk;

    #[test]
    fn a_written_file_reads_back_and_a_damaged_one_reads_as_nothing() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("deeper").join("value.ron");
        write_app_file(&RealDisk, &path, &vec![1_u32, 2, 3]).expect("written");
        assert_eq!(read_app_file::<Vec<u32>>(&path), Some(vec![1, 2, 3]));
        std::fs::write(&path, "[1, 2,").expect("damage it");
        assert_eq!(read_app_file::<Vec<u32>>(&path), None);
        assert_eq!(read_app_file::<Vec<u32>>(&folder.path().join("missing.ron")), None);
    }
}
