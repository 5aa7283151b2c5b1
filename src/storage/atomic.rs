//! Replacing a file in one step, where the person means: a symbolic link is followed to the file
//! it names (and kept), anything that exists and is not a regular file (a device, pipe, folder or
//! socket) is refused, the replaced file's mode is kept, and the temporary file carries the
//! writer's process id so that one left by a killed save is removed by the next save at once.
//!
//! The steps: create the temporary file beside the target (`.NAME.PID-N.tmp`, 0600), write, set
//! its mode, sync it, run the caller's last check (has the target changed?), rename it over the
//! target, sync the folder. On any failure the temporary file is removed and the target is left
//! as it was.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::temporaries;

/// How many symbolic links are followed before giving up (as the kernel does).
const MAX_LINKS_FOLLOWED: usize = 40;

/// The mode a written file gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileMode {
    /// The mode of the file it replaces; a new file gets the usual mode (0666 less the umask).
    Keep,
    /// Readable and writable by the owner only (0600), whatever the umask: for backups and
    /// recovery copies of a person's profile.
    Private,
}

/// The error inside an [`io::Error`] when the target exists and is not a regular file.
#[derive(Debug, thiserror::Error)]
#[error(
    "there is already something at this path that is not a regular file (a folder, device, pipe or \
     socket), so it was left alone; choose another file name"
)]
pub struct NotRegularFile;

/// True when an I/O error says the target is not a regular file.
#[must_use]
pub fn is_not_regular_file(error: &io::Error) -> bool {
    error.get_ref().is_some_and(<dyn std::error::Error + Send + Sync>::is::<NotRegularFile>)
}

/// The file a write of `path` should replace: `path` itself, or the file a chain of symbolic
/// links ends at (which may not exist yet). Fails if that exists and is not a regular file.
pub fn resolve_target(path: &Path) -> io::Result<PathBuf> {
    if path.as_os_str().to_string_lossy().ends_with(std::path::MAIN_SEPARATOR) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, NotRegularFile));
    }
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS_FOLLOWED {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(folder) if target.is_relative() => folder.join(target),
                    _ => target,
                };
            }
            Ok(meta) if meta.is_file() => return Ok(current),
            Ok(_) => return Err(io::Error::new(io::ErrorKind::InvalidInput, NotRegularFile)),
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// A temporary file that becomes the target on [`AtomicFile::commit`]; dropped uncommitted, it is
/// removed.
#[derive(Debug)]
pub struct AtomicFile {
    file: Option<File>,
    temporary: PathBuf,
    target: PathBuf,
    mode: Option<u32>,
}

impl AtomicFile {
    /// Starts replacing `path` (after following symbolic links).
    pub fn create(path: &Path, mode: FileMode) -> io::Result<Self> {
        let target = resolve_target(path)?;
        let existing_mode = fs::metadata(&target).ok().map(|meta| permission_bits(&meta));
        let final_mode = match mode {
            FileMode::Private => Some(0o600),
            FileMode::Keep => existing_mode,
        };
        let temporary = temporaries::fresh_name(&target, next_sequence());
        let file = create_new(&temporary, final_mode.is_some())?;
        Ok(Self { file: Some(file), temporary, target, mode: final_mode })
    }

    /// The file that will be replaced (symbolic links followed).
    #[must_use]
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Syncs the new bytes, runs `last_check` (which may refuse), and renames the new file over
    /// the target, then syncs the folder.
    pub fn commit(mut self, last_check: &dyn Fn(&Path) -> io::Result<()>) -> io::Result<()> {
        let file = self.file.take().ok_or_else(|| io::Error::other("already committed"))?;
        set_mode(&file, self.mode)?;
        file.sync_all()?;
        drop(file);
        last_check(&self.target)?;
        fs::rename(&self.temporary, &self.target)?;
        self.temporary = PathBuf::new();
        if let Some(folder) = folder_of(&self.target) {
            // Some filesystems cannot sync a folder; the rename itself has happened.
            if let Err(error) = File::open(folder).and_then(|folder| folder.sync_all()) {
                log::debug!("the folder {} was not synced: {error}", folder.display());
            }
        }
        Ok(())
    }

    fn file(&mut self) -> io::Result<&mut File> {
        self.file.as_mut().ok_or_else(|| io::Error::other("already committed"))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.file()?.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file()?.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.temporary.as_os_str().is_empty()
            && let Err(error) = fs::remove_file(&self.temporary)
        {
            log::warn!("a temporary file was not removed: {error} ({})", self.temporary.display());
        }
    }
}

/// Replaces `path` with `bytes` in one step (see the module's documentation).
pub fn replace_file(
    path: &Path,
    bytes: &[u8],
    mode: FileMode,
    last_check: &dyn Fn(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = AtomicFile::create(path, mode)?;
    temporaries::remove_dead(file.target());
    file.write_all(bytes)?;
    file.flush()?;
    file.commit(last_check)
}

/// The folder of a path ("." for a bare file name).
pub(super) fn folder_of(path: &Path) -> Option<&Path> {
    path.parent().map(|parent| if parent.as_os_str().is_empty() { Path::new(".") } else { parent })
}

fn next_sequence() -> u64 {
    static SEQUENCE: AtomicU64 = AtomicU64::new(0);
    SEQUENCE.fetch_add(1, Ordering::Relaxed)
}

#[cfg(unix)]
fn permission_bits(meta: &fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    meta.permissions().mode() & 0o7777
}

#[cfg(not(unix))]
fn permission_bits(_meta: &fs::Metadata) -> u32 {
    0o600
}

/// Creates a new file: 0600 when its mode is set afterwards, else 0666 less the umask.
fn create_new(path: &Path, mode_set_later: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(if mode_set_later { 0o600 } else { 0o666 });
    }
    #[cfg(not(unix))]
    let _ = mode_set_later;
    options.open(path)
}

#[cfg(unix)]
fn set_mode(file: &File, mode: Option<u32>) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    match mode {
        Some(mode) => file.set_permissions(fs::Permissions::from_mode(mode)),
        None => Ok(()),
    }
}

#[cfg(not(unix))]
fn set_mode(_file: &File, _mode: Option<u32>) -> io::Result<()> {
    Ok(())
}
