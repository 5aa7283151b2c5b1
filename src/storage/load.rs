//! Loading a profile file someone may have sent: a regular file, size-capped, UTF-8, parsed
//! with the recursion limit, then validated.

use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use crate::domain::model::save_file::{SaveFile, SaveFileError, parse_save_versioned};

/// The largest profile file read, in bytes (4 MiB; a real profile is a few kilobytes).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// A profile read from disk, with the hash of the exact bytes (to notice later changes).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// What the file holds (migrated to the current format).
    pub save: SaveFile,
    /// SHA-256 of the bytes read.
    pub content_hash: [u8; 32],
    /// The format version the file had before migration.
    pub original_version: u32,
}

/// Why a profile file could not be loaded. Each message says what is wrong, where, and what
/// to do; the path comes last.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file does not exist.
    #[error("there is no file at this path; check the name and folder ({})", .path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// The path is a folder, a pipe or a device.
    #[error("this is not a regular file (it is a folder, pipe or device); choose a .ron profile file ({})", .path.display())]
    NotRegularFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than any profile could be.
    #[error(
        "the file is {size} bytes, more than the {limit} bytes a profile can be; it is probably not a \
         profile ({})", .path.display()
    )]
    TooLarge {
        /// Its size in bytes (at least).
        size: u64,
        /// The limit.
        limit: u64,
        /// The path.
        path: PathBuf,
    },
    /// The bytes are not UTF-8 text.
    #[error("{detail}; save it as UTF-8 text, or choose another file ({})", .path.display())]
    NotText {
        /// What the bytes look like.
        detail: String,
        /// The path.
        path: PathBuf,
    },
    /// The file could not be read.
    #[error("the file could not be read: {source}; check that you may read it ({})", .path.display())]
    Io {
        /// The error.
        source: std::io::Error,
        /// The path.
        path: PathBuf,
    },
    /// The text is not a valid profile.
    #[error("{source} ({})", .path.display())]
    Invalid {
        /// What is wrong, with line and column.
        source: SaveFileError,
        /// The path.
        path: PathBuf,
    },
}

impl LoadError {
    /// True when the file was written by a newer version of the planner.
    #[must_use]
    pub fn is_newer_version(&self) -> bool {
        matches!(self, Self::Invalid { source: SaveFileError::Newer { .. }, .. })
    }
}

/// SHA-256 of some bytes.
#[must_use]
pub fn content_hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Loads a profile file. The file is only read, never changed.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let owned = || path.to_path_buf();
    let io_error = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: owned() },
        _ => LoadError::Io { source, path: owned() },
    };
    // The type is checked before opening: opening a named pipe would wait for a writer.
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(LoadError::NotRegularFile { path: owned() });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: metadata.len(), limit: MAX_FILE_BYTES, path: owned() });
    }
    let file = File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io { source, path: owned() })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: bytes.len() as u64, limit: MAX_FILE_BYTES, path: owned() });
    }
    parse_bytes(&bytes).map_err(|error| error.at(path))
}

/// Why bytes are not a profile, before a path is attached.
#[derive(Debug)]
pub enum BytesError {
    /// Not UTF-8 text.
    NotText(String),
    /// Not a valid profile.
    Invalid(SaveFileError),
}

impl BytesError {
    /// The error with the file's path.
    #[must_use]
    pub fn at(self, path: &Path) -> LoadError {
        match self {
            Self::NotText(detail) => LoadError::NotText { detail, path: path.to_path_buf() },
            Self::Invalid(source) => LoadError::Invalid { source, path: path.to_path_buf() },
        }
    }
}

impl std::fmt::Display for BytesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotText(detail) => f.write_str(detail),
            Self::Invalid(error) => write!(f, "{error}"),
        }
    }
}

/// Parses the bytes of a profile file: UTF-8 checked (a byte-order mark is accepted), then
/// parsed, version-checked and validated.
pub fn parse_bytes(bytes: &[u8]) -> Result<Loaded, BytesError> {
    let text = decode(bytes).map_err(BytesError::NotText)?;
    let (save, original_version) = parse_save_versioned(text).map_err(BytesError::Invalid)?;
    Ok(Loaded { original_version, save, content_hash: content_hash(bytes) })
}

/// The text of the bytes, or what they look like instead.
fn decode(bytes: &[u8]) -> Result<&str, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("the file is UTF-16 text, not UTF-8".to_owned());
    }
    if bytes.contains(&0) {
        return Err("the file contains NUL bytes, so it is binary data, not UTF-8 text".to_owned());
    }
    std::str::from_utf8(bytes).map_err(|error| {
        format!(
            "the file is not UTF-8 text (byte {} is not valid; it may be Latin-1 or another encoding)",
            error.valid_up_to() + 1
        )
    })
}
