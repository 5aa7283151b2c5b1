//! Commands that change the state without touching a file: edits of the document, undo and
//! redo, the target, gaps to actions, the comparison, the pay year, theme and zoom, and the
//! document being replaced or restored.

use super::{Document, EditGroup, MAX_COMPARED_ROLES, RecoveryState, State, Theme, View};
use crate::domain::Profile;
use crate::domain::gaps::{GapKind, gaps_of_kind_to_actions};
use crate::domain::model::save_file::SaveFile;
use crate::storage::Recovery;

impl State {
    /// Replaces the profile as one undoable edit.
    pub fn edit_profile(&mut self, profile: Profile, group: EditGroup) {
        if let Some(document) = self.document.as_mut() {
            document.edit_profile(profile, group);
        }
    }

    /// Replaces the whole save file as one undoable edit.
    pub fn edit_save(&mut self, file: SaveFile, group: EditGroup) {
        if let Some(document) = self.document.as_mut() {
            document.edit(file, group);
        }
    }

    /// Undoes the last edit.
    pub fn undo(&mut self) {
        if let Some(document) = self.document.as_mut() {
            document.undo();
        }
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self) {
        if let Some(document) = self.document.as_mut() {
            document.redo();
        }
    }

    /// Makes a role the profile's target.
    pub fn set_target(&mut self, role: String) {
        let Some(document) = self.document.as_ref() else {
            self.tell("Start or open a profile to set a target");
            return;
        };
        let mut profile = document.profile().clone();
        let title = self.catalogue.role(&role).map_or_else(|| role.clone(), |found| found.title.clone());
        profile.goal.target_role = Some(role);
        self.edit_profile(profile, EditGroup::Target);
        self.tell(format!("{title} is your target: see the Path view"));
    }

    /// Adds a role's missing requirements of one kind to the action plan (once each).
    pub fn add_gaps(&mut self, role_id: &str, kind: GapKind) {
        let today = self.today;
        let Some(document) = self.document.as_ref() else { return };
        let report = self.derived.report(document, today);
        let Some(role) = report.role(role_id) else { return };
        let mut profile = document.profile().clone();
        let added = gaps_of_kind_to_actions(role, kind, &profile.actions, today);
        let (count, title) = (added.len(), role.title());
        let which = match kind {
            GapKind::Essential => "",
            GapKind::Desirable => "desirable ",
        };
        if count == 0 {
            self.tell(format!("No new {which}gaps to add for {title}"));
            return;
        }
        profile.actions.extend(added);
        self.edit_profile(profile, EditGroup::Gaps);
        self.tell(format!("Added {count} action(s) for {title}'s {which}gaps to your action plan"));
    }

    /// Adds a role to the comparison, or takes it out. With a profile open, the comparison is
    /// an undoable edit kept in its save file.
    pub fn toggle_compare(&mut self, role: String) {
        let mut roles = self.compared().to_vec();
        if let Some(at) = roles.iter().position(|known| *known == role) {
            roles.remove(at);
        } else if roles.len() < MAX_COMPARED_ROLES {
            roles.push(role);
        } else {
            self.tell(format!("Up to {MAX_COMPARED_ROLES} roles can be compared: remove one first"));
            return;
        }
        self.compare.chosen = true;
        match self.document.as_ref() {
            Some(document) => {
                let mut file = document.save_file().clone();
                file.plan.compared_roles = roles;
                self.compare.edited = true;
                self.edit_save(file, EditGroup::Comparison);
            }
            None => self.compare.roles = roles,
        }
    }

    /// Shows a view.
    pub fn show(&mut self, view: View) {
        self.view = view;
    }

    /// Shows pay for another financial year.
    pub fn set_pay_year(&mut self, year: crate::domain::FinancialYear) {
        self.pay_year = year;
    }

    /// Sets the zoom (kept within its range) and remembers it.
    pub fn set_zoom(&mut self, zoom: f32) {
        self.zoom = super::settings::clamp_zoom(zoom);
        self.remember_appearance();
    }

    /// Sets the theme and remembers it.
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
        self.remember_appearance();
    }

    /// Opens or closes the About window.
    pub fn set_about_open(&mut self, open: bool) {
        self.about_open = open;
    }

    /// Shows a notice about the data until it is dismissed.
    pub fn set_data_notice(&mut self, notice: Option<String>) {
        self.data_notice = notice;
    }

    fn remember_appearance(&self) {
        let Some(config) = &self.folders.config else { return };
        if let Err(error) = (super::Settings { theme: self.theme, zoom: self.zoom }).save(config) {
            log::warn!("the theme and zoom were not remembered: {error}");
        }
    }

    /// Shows another document, discarding the last one's recovery copy and results.
    pub fn replace_document(&mut self, document: Document) {
        self.discard_recovery();
        self.derived.clear();
        self.compare = super::Comparison::default();
        self.document = Some(document);
    }

    /// Restores a recovery copy as the open document (unsaved).
    pub fn restore(&mut self, recovery: Recovery) {
        // A restored copy belongs to its file as it was then: if the file changed since, saving
        // asks before overwriting it.
        let mut document = match recovery.original {
            Some(path) => Document::opened(
                SaveFile::new(Profile::default()),
                path,
                recovery.base_hash.unwrap_or([0; 32]),
            ),
            None => Document::untitled(SaveFile::new(Profile::default())),
        };
        document.edit(recovery.save, EditGroup::Restore);
        self.derived.clear();
        self.compare = super::Comparison::default();
        self.document = Some(document);
        self.view = View::Profile;
        self.tell("Restored your unsaved work: save it to keep it");
    }

    /// Removes the recovery copy (the person discarded it, or the work was saved or replaced).
    pub fn discard_recovery(&mut self) {
        self.recovery = RecoveryState::default();
        if let Some(copies) = &self.recovery_copies {
            copies.remove();
        }
    }

    /// Adds a file to the recent files and remembers them.
    pub fn remember(&mut self, path: &std::path::Path) {
        self.recent.add(path);
        let Some(config) = &self.folders.config else { return };
        if let Err(error) = self.recent.save(&crate::storage::RealDisk, config) {
            log::warn!("the recent files were not remembered: {error}");
        }
    }
}
