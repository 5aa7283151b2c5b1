//! Questions and messages that wait for the person: unsaved changes, typed paths, a file
//! changed on disk, restoring a recovery copy, and errors.

use std::path::PathBuf;

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
