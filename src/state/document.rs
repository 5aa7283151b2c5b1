//! The open document: the save file, the file it belongs to, whether it has unsaved changes,
//! and undo and redo of its edits.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::domain::model::profile::Profile;
use crate::domain::model::save_file::SaveFile;

/// Edits closer together than this are undone together (typing a word is one step).
const COALESCE: Duration = Duration::from_millis(1200);
/// The most undo steps kept.
const MAX_UNDO: usize = 200;

/// The part of the document an edit changes: quick edits of one group undo together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditGroup {
    /// Name, dates, hours, band and other details about the person.
    Details,
    /// Qualifications.
    Qualifications,
    /// Experience.
    Experience,
    /// Skills and leadership.
    Skills,
    /// Interests, goal and constraints.
    Goals,
    /// The target role.
    Target,
    /// The action plan.
    Actions,
    /// Gaps added to the action plan.
    Gaps,
    /// Planning settings (years, pay award).
    Plan,
    /// The path chosen.
    Path,
    /// What-if scenarios.
    Scenarios,
    /// The roles compared side by side.
    Comparison,
    /// A restored recovery copy.
    Restore,
}

/// A version number never used before in this process: one content, one version, across
/// every document, so caches keyed by version cannot confuse two documents.
fn next_version() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The profile being worked on.
#[derive(Clone, Debug)]
pub struct Document {
    save: SaveFile,
    path: Option<PathBuf>,
    disk_hash: Option<[u8; 32]>,
    version: u64,
    saved_version: u64,
    /// Earlier contents with their versions (undoing back to the saved content is clean again).
    undo: Vec<(SaveFile, u64)>,
    redo: Vec<(SaveFile, u64)>,
    last_edit: Option<(Instant, EditGroup)>,
}

impl Document {
    /// A new, untitled document: nothing to save until it is edited.
    #[must_use]
    pub fn untitled(save: SaveFile) -> Self {
        let version = next_version();
        Self {
            save,
            path: None,
            disk_hash: None,
            version,
            saved_version: version,
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
        }
    }

    /// A document opened from a file.
    #[must_use]
    pub fn opened(save: SaveFile, path: PathBuf, disk_hash: [u8; 32]) -> Self {
        Self { path: Some(path), disk_hash: Some(disk_hash), ..Self::untitled(save) }
    }

    /// What it holds.
    #[must_use]
    pub fn save_file(&self) -> &SaveFile {
        &self.save
    }

    /// The profile.
    #[must_use]
    pub fn profile(&self) -> &Profile {
        &self.save.profile
    }

    /// The file it belongs to, if any.
    #[must_use]
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// The hash of the file's bytes as last opened or saved.
    #[must_use]
    pub fn disk_hash(&self) -> Option<[u8; 32]> {
        self.disk_hash
    }

    /// A number that changes with every change of content and is never reused (for caches).
    #[must_use]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// True when there are unsaved changes.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.version != self.saved_version
    }

    /// "graduate-2-2.ron", or "Untitled profile".
    #[must_use]
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|path| path.file_name())
            .map_or_else(|| "Untitled profile".to_owned(), |name| name.to_string_lossy().into_owned())
    }

    /// Replaces the content as one undoable edit; edits of the same kind in quick succession
    /// are undone together. Does nothing when the content is unchanged.
    pub fn edit(&mut self, save: SaveFile, kind: EditGroup) {
        if save == self.save {
            return;
        }
        let now = Instant::now();
        let coalesce =
            self.last_edit.is_some_and(|(at, last)| last == kind && now.duration_since(at) < COALESCE);
        if !coalesce {
            self.undo.push((self.save.clone(), self.version));
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.save = save;
        self.last_edit = Some((now, kind));
        self.version = next_version();
    }

    /// Replaces the profile as one undoable edit.
    pub fn edit_profile(&mut self, profile: Profile, kind: EditGroup) {
        let mut save = self.save.clone();
        save.profile = profile;
        self.edit(save, kind);
    }

    /// Treats the content as saved, so that leaving it does not ask again (the person chose not
    /// to save).
    pub fn forget_changes(&mut self) {
        self.saved_version = self.version;
    }

    /// True when there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last edit.
    pub fn undo(&mut self) {
        if let Some((previous, version)) = self.undo.pop() {
            self.redo.push((std::mem::replace(&mut self.save, previous), self.version));
            self.version = version;
            self.last_edit = None;
        }
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self) {
        if let Some((next, version)) = self.redo.pop() {
            self.undo.push((std::mem::replace(&mut self.save, next), self.version));
            self.version = version;
            self.last_edit = None;
        }
    }

    /// The same document, belonging to `path` (a restored recovery copy of a file).
    #[must_use]
    pub fn with_path(mut self, path: PathBuf) -> Self {
        self.path = Some(path);
        self
    }

    /// Records that the content of `version` was saved to `path` with these bytes' hash; edits
    /// made while it was saving stay unsaved.
    pub fn mark_saved_version(&mut self, path: PathBuf, disk_hash: [u8; 32], version: u64) {
        self.path = Some(path);
        self.disk_hash = Some(disk_hash);
        self.saved_version = version;
        self.last_edit = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Profile {
        Profile { display_name: name.to_owned(), ..Profile::default() }
    }

    #[test]
    fn edits_undo_and_redo() {
        let mut document = Document::untitled(SaveFile::new(named("A")));
        assert!(!document.is_dirty() && !document.can_undo(), "nothing to save before an edit");
        document.edit_profile(named("B"), EditGroup::Details);
        document.last_edit = None;
        document.edit_profile(named("C"), EditGroup::Details);
        assert_eq!(document.profile().display_name, "C");
        document.undo();
        assert_eq!(document.profile().display_name, "B");
        document.undo();
        assert_eq!(document.profile().display_name, "A");
        assert!(!document.can_undo());
        document.redo();
        assert_eq!(document.profile().display_name, "B");
        document.edit_profile(named("D"), EditGroup::Details);
        assert!(!document.can_redo(), "a new edit clears redo");
    }

    #[test]
    fn quick_edits_of_one_kind_undo_together() {
        let mut document = Document::untitled(SaveFile::new(named("")));
        for name in ["S", "So", "Sop"] {
            document.edit_profile(named(name), EditGroup::Details);
        }
        document.undo();
        assert_eq!(document.profile().display_name, "");
    }

    #[test]
    fn saving_clears_the_unsaved_mark() {
        let mut document = Document::untitled(SaveFile::new(named("A")));
        let version = document.version();
        document.mark_saved_version(PathBuf::from("/tmp/a.ron"), [0; 32], version);
        assert!(!document.is_dirty());
        assert_eq!(document.name(), "a.ron");
        document.edit_profile(named("B"), EditGroup::Details);
        assert!(document.is_dirty());
        document.undo();
        assert!(!document.is_dirty(), "undoing back to the saved content is clean again");
        document.redo();
        assert!(document.is_dirty());
    }

    #[test]
    fn no_two_contents_share_a_version() {
        let mut first = Document::untitled(SaveFile::new(named("A")));
        let second = Document::untitled(SaveFile::new(named("B")));
        assert_ne!(first.version(), second.version());
        let before = first.version();
        first.edit_profile(named("C"), EditGroup::Details);
        assert!(first.version() != before && first.version() != second.version());
        first.undo();
        assert_eq!(first.version(), before, "the same content keeps its version");
    }
}
