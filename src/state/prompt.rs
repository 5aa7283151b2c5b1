//! Questions and messages that wait for the person: unsaved changes, typed paths, a file
//! changed on disk, restoring a recovery copy, and errors.

use std::path::{Component, Path, PathBuf};

use super::jobs::Purpose;
use crate::storage::Recovery;

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Start a new profile.
    New,
    /// Open a file (choose one when none is given).
    Open(Option<PathBuf>),
    /// Open an embedded example.
    OpenExample(String),
    /// Quit.
    Quit,
}

/// A question or message shown over the window.
#[derive(Clone, Debug)]
pub enum Prompt {
    /// "Save changes to X?" before `then`.
    Unsaved {
        /// What follows.
        then: Pending,
    },
    /// No file dialog could be shown: type a path (the text typed is the prompt view's own).
    TypedPath {
        /// What it is for.
        purpose: Purpose,
    },
    /// The file changed on disk since it was opened: overwrite it?
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
        /// When not 0, the file did not change, but this many comment lines would be dropped.
        comment_lines: usize,
    },
    /// Restore unsaved work found after a crash?
    Recovery(Box<Recovery>),
    /// A message with a title (errors in plain words).
    Message {
        /// The title.
        title: String,
        /// The message.
        text: String,
    },
}

/// Where a typed path points: `~` at its start is the home folder, and a relative path is
/// taken from `base` (the profile's folder, else the current folder). `.` and `..` are worked
/// out from the text alone, so the path shown is the one that will be used.
#[must_use]
pub fn resolve_typed_path(text: &str, home: Option<&Path>, base: &Path) -> PathBuf {
    let text = text.trim();
    let expanded = match (text.strip_prefix('~'), home) {
        (Some(""), Some(home)) => Some(home.to_path_buf()),
        (Some(rest), Some(home)) if rest.starts_with('/') => Some(home.join(rest.trim_start_matches('/'))),
        _ => None,
    };
    let path = expanded.unwrap_or_else(|| PathBuf::from(text));
    let path = if path.is_absolute() { path } else { base.join(path) };
    let mut resolved = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                resolved.pop();
            }
            other => resolved.push(other),
        }
    }
    resolved
}

/// The home folder, for `~` in typed paths.
#[must_use]
pub fn home_folder() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|home| !home.is_empty()).map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tilde_is_the_home_folder() {
        let home = Path::new("/home/sam");
        let base = Path::new("/work");
        assert_eq!(resolve_typed_path("~/plan.pdf", Some(home), base), PathBuf::from("/home/sam/plan.pdf"));
        assert_eq!(resolve_typed_path(" ~ ", Some(home), base), PathBuf::from("/home/sam"));
        assert_eq!(resolve_typed_path("~other/x", Some(home), base), PathBuf::from("/work/~other/x"));
    }

    #[test]
    fn relative_paths_are_taken_from_the_base_folder() {
        let base = Path::new("/home/sam/plans");
        assert_eq!(resolve_typed_path("plan.ron", None, base), PathBuf::from("/home/sam/plans/plan.ron"));
        assert_eq!(
            resolve_typed_path("../old/./plan.ron", None, base),
            PathBuf::from("/home/sam/old/plan.ron")
        );
        assert_eq!(resolve_typed_path("/tmp/a.ron", None, base), PathBuf::from("/tmp/a.ron"));
    }
}
