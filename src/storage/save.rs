//! Saving that never loses a profile: round trip in memory first, refuse to overwrite a file
//! that changed on disk, keep the previous good version as a backup, then write atomically
//! (temporary file in the same folder, permissions kept, fsync, rename, folder fsync).

use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{FileMode, replace_file, resolve_target};
use super::comments::{comment_lines, header_comments};
use super::load::{Loaded, content_hash, parse_bytes};
use super::temporaries::remove_dead;
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
    /// Something that is not a regular file (a device, pipe, folder or socket) is at the path.
    #[error(
        "there is already something at this path that is not a regular file (a folder, device, pipe \
         or socket), so nothing was written and it was left alone; choose another file name ({})",
        .path.display()
    )]
    NotRegularFile {
        /// The path.
        path: PathBuf,
    },
    /// The file holds comments that saving would drop; the person is asked first.
    #[error(
        "the file has {lines} line(s) with comments, which saving from the planner does not keep. \
         Nothing was written; save anyway to drop them (the file with its comments is kept as the \
         .bak backup) ({})", .path.display()
    )]
    CommentsWouldBeLost {
        /// How many lines hold a comment.
        lines: usize,
        /// The file.
        path: PathBuf,
    },
}

impl SaveError {
    /// A failed write of `path` in words: a path that is not a regular file, a file changed in
    /// the last moment before the replace, or any other write error.
    #[must_use]
    pub fn from_io(source: io::Error, path: &Path) -> Self {
        let path = path.to_path_buf();
        if super::atomic::is_not_regular_file(&source) {
            Self::NotRegularFile { path }
        } else if source.get_ref().is_some_and(<dyn std::error::Error + Send + Sync>::is::<ChangedJustNow>) {
            Self::ChangedOnDisk { path }
        } else {
            Self::Write { source, path }
        }
    }
}

/// The last check before the rename found the file changed since the save read it.
#[derive(Debug, thiserror::Error)]
#[error("the file changed while it was being saved")]
struct ChangedJustNow;

/// The last check before a replace: given the target, it may refuse.
pub type LastCheck<'a> = &'a dyn Fn(&Path) -> io::Result<()>;

/// Where saves are written: the real disk, or a test double that fails on purpose.
pub trait Disk {
    /// Replaces `path` (a symbolic link is followed to its file) with `bytes` in one step:
    /// afterwards the file holds either the old or the new bytes, never a mix, and on error the
    /// old bytes. `last_check` runs immediately before the rename and may refuse.
    fn replace(&self, path: &Path, bytes: &[u8], mode: FileMode, last_check: LastCheck<'_>)
    -> io::Result<()>;

    /// Replaces `path` with `bytes`, keeping its mode, with no last check.
    fn write_atomically(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.replace(path, bytes, FileMode::Keep, &|_| Ok(()))
    }
}

/// The real disk.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn replace(
        &self,
        path: &Path,
        bytes: &[u8],
        mode: FileMode,
        last_check: LastCheck<'_>,
    ) -> io::Result<()> {
        replace_file(path, bytes, mode, last_check)
    }
}

/// Writes bytes to a file atomically on the real disk (for PDFs and other exports): through a
/// symbolic link to its file, refusing anything that is not a regular file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    RealDisk.write_atomically(path, bytes).map_err(|source| SaveError::from_io(source, path))
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
/// as last opened or saved, if it came from disk. A symbolic link is followed to its file; the
/// file's mode is kept and the backup is private (0600).
pub fn save(
    disk: &dyn Disk,
    path: &Path,
    save_file: &SaveFile,
    known_hash: Option<[u8; 32]>,
    on_change: OnDiskChange,
) -> Result<Saved, SaveError> {
    let owned = || path.to_path_buf();
    let mut text = checked_text(save_file, path)?;
    let target = resolve_target(path).map_err(|source| SaveError::from_io(source, path))?;
    let backup = backup_path(&target);
    remove_dead(&target);
    remove_dead(&backup);
    let existing = read_existing(&target);
    if on_change == OnDiskChange::Refuse {
        if let (Some(known), Some((bytes, _))) = (known_hash, existing.as_ref())
            && content_hash(bytes) != known
        {
            return Err(SaveError::ChangedOnDisk { path: owned() });
        }
        let lines =
            existing.as_ref().map_or(0, |(bytes, _)| comments_dropped(&String::from_utf8_lossy(bytes)));
        if lines > 0 {
            return Err(SaveError::CommentsWouldBeLost { lines, path: owned() });
        }
    }
    if let Some((bytes, _)) = &existing {
        // The comments at the top of the file are kept as they are.
        text.insert_str(0, header_comments(&String::from_utf8_lossy(bytes)));
    }
    let backup_kept = match &existing {
        Some((bytes, _)) if parse_bytes(bytes).is_ok() => {
            if !keeps_comments_in_backup(bytes, &backup) {
                disk.replace(&backup, bytes, FileMode::Private, &|_| Ok(()))
                    .map_err(|source| SaveError::from_io(source, &backup))?;
            }
            true
        }
        _ => false,
    };
    let seen = existing.map(|(bytes, identity)| (content_hash(&bytes), identity));
    let last_check = |target: &Path| -> io::Result<()> {
        let now = read_existing(target).map(|(bytes, identity)| (content_hash(&bytes), identity));
        if now == seen { Ok(()) } else { Err(io::Error::other(ChangedJustNow)) }
    };
    disk.replace(&target, text.as_bytes(), FileMode::Keep, &last_check)
        .map_err(|source| SaveError::from_io(source, path))?;
    Ok(Saved { content_hash: content_hash(text.as_bytes()), backup_kept })
}

/// The text of a save file, checked: no structural problems, and it reads back the same.
fn checked_text(save_file: &SaveFile, path: &Path) -> Result<String, SaveError> {
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
        Ok(Loaded { save, .. }) if save == *save_file => Ok(text),
        _ => Err(SaveError::RoundTrip { path: owned() }),
    }
}

/// How many comment lines of `text` a save would drop (those below the header, which is kept).
fn comments_dropped(text: &str) -> usize {
    comment_lines(text).saturating_sub(comment_lines(header_comments(text)))
}

/// True when the backup already holds the person's comments and the version being replaced has
/// none: the commented copy is kept rather than overwritten.
fn keeps_comments_in_backup(replaced: &[u8], backup: &Path) -> bool {
    comments_dropped(&String::from_utf8_lossy(replaced)) == 0
        && read_existing(backup)
            .is_some_and(|(bytes, _)| comments_dropped(&String::from_utf8_lossy(&bytes)) > 0)
}

/// Which file is at a path: device and inode, to notice a file replaced by another program.
type Identity = (u64, u64);

/// The current bytes and identity of a file, if it is a readable regular file within the size cap.
fn read_existing(path: &Path) -> Option<(Vec<u8>, Identity)> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() > super::MAX_FILE_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    Some((bytes, identity(&metadata)))
}

#[cfg(unix)]
fn identity(metadata: &std::fs::Metadata) -> Identity {
    use std::os::unix::fs::MetadataExt as _;
    (metadata.dev(), metadata.ino())
}

#[cfg(not(unix))]
fn identity(metadata: &std::fs::Metadata) -> Identity {
    (metadata.len(), 0)
}
