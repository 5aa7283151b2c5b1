//! Applying commands and background-job results to the app's state.

use std::path::{Path, PathBuf};

use super::jobs::{self, JobResult, Purpose};
use super::{App, Command, Document, Pending, Prompt, Theme, UiCommand, View};
use crate::domain::model::profile::{ActionItem, ActionKind, ActionLink, ActionStatus, Profile};
use crate::domain::model::save_file::SaveFile;
use crate::storage::{OnDiskChange, RealDisk, SaveError, load, save};

impl App {
    /// Runs one command.
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(command) => self.apply_ui(ctx, command),
            Command::Show(view) => self.view = view,
            Command::EditProfile(profile, kind) => {
                if let Some(document) = self.document.as_mut() {
                    document.edit_profile(*profile, kind);
                }
            }
            Command::EditSave(file, kind) => {
                if let Some(document) = self.document.as_mut() {
                    document.edit(*file, kind);
                }
            }
            Command::OpenPath(path) => self.guard_unsaved(ctx, Pending::Open(Some(path))),
            Command::OpenExample(name) => self.guard_unsaved(ctx, Pending::OpenExample(name)),
            Command::SetTarget(role) => self.set_target(role),
            Command::AddGaps(role) => self.add_gaps(&role),
            Command::ToggleCompare(role) => {
                self.compare.chosen = true;
                if let Some(at) = self.compare.roles.iter().position(|known| *known == role) {
                    self.compare.roles.remove(at);
                } else if self.compare.roles.len() < 3 {
                    self.compare.roles.push(role);
                } else {
                    self.tell("Up to three roles can be compared: remove one first");
                }
            }
            Command::ShowRole(role) => {
                self.roles.select(Some(role));
                self.view = View::Roles;
            }
            Command::Answer(answer) => self.answer(ctx, answer),
        }
    }

    fn answer(&mut self, ctx: &egui::Context, answer: super::Answer) {
        use super::Answer;
        let Some(prompt) = self.prompt.take() else { return };
        match (prompt, answer) {
            (Prompt::Unsaved { then }, Answer::Save) => self.save_then(ctx, then),
            (Prompt::Unsaved { then }, Answer::DontSave) => {
                self.discard_recovery();
                if let Some(document) = self.document.as_mut() {
                    document.forget_changes();
                }
                self.proceed(ctx, then);
            }
            (Prompt::ChangedOnDisk { path }, Answer::Overwrite) => {
                self.save_to(ctx, &path, OnDiskChange::Overwrite);
            }
            (Prompt::Recovery(recovery), Answer::Restore) => self.restore(*recovery),
            (Prompt::Recovery(_), Answer::Discard) => self.discard_recovery(),
            (Prompt::TypedPath { purpose, .. }, Answer::UsePath(path)) => self.picked(ctx, purpose, path),
            (Prompt::ChangedOnDisk { .. } | Prompt::Unsaved { .. }, Answer::Cancel) => self.after_save = None,
            (prompt @ Prompt::Recovery(_), _) => self.prompt = Some(prompt),
            _ => {}
        }
    }

    fn apply_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::New => self.guard_unsaved(ctx, Pending::New),
            UiCommand::Open => self.guard_unsaved(ctx, Pending::Open(None)),
            UiCommand::Save => self.save(ctx, None),
            UiCommand::SaveAs => self.pick(ctx, Purpose::SaveAs),
            UiCommand::ExportPdf => {
                if self.document.is_some() {
                    self.pick(ctx, Purpose::Export);
                } else {
                    self.tell("Open or start a profile first: the action plan is made from it");
                }
            }
            UiCommand::Quit => self.guard_unsaved(ctx, Pending::Quit),
            UiCommand::Undo => {
                if let Some(document) = self.document.as_mut() {
                    document.undo();
                }
            }
            UiCommand::Redo => {
                if let Some(document) = self.document.as_mut() {
                    document.redo();
                }
            }
            UiCommand::ZoomIn => self.set_zoom(ctx, self.zoom + 0.1),
            UiCommand::ZoomOut => self.set_zoom(ctx, self.zoom - 0.1),
            UiCommand::ZoomReset => self.set_zoom(ctx, 1.0),
            UiCommand::ThemeSystem => self.set_theme(ctx, Theme::System),
            UiCommand::ThemeLight => self.set_theme(ctx, Theme::Light),
            UiCommand::ThemeDark => self.set_theme(ctx, Theme::Dark),
            UiCommand::About => self.about_open = true,
        }
    }

    /// Goes ahead with `then`, or first asks to save unsaved changes.
    pub(super) fn guard_unsaved(&mut self, ctx: &egui::Context, then: Pending) {
        if self.document.as_ref().is_some_and(Document::is_dirty) {
            self.prompt = Some(Prompt::Unsaved { then });
        } else {
            self.proceed(ctx, then);
        }
    }

    /// Carries out an action once unsaved changes are dealt with.
    pub(crate) fn proceed(&mut self, ctx: &egui::Context, then: Pending) {
        match then {
            Pending::New => {
                self.replace_document(Document::untitled(SaveFile::new(Profile::default())));
                self.view = View::Profile;
            }
            Pending::Open(None) => self.pick(ctx, Purpose::Open),
            Pending::Open(Some(path)) => self.open(ctx, &path),
            Pending::OpenExample(name) => match example(&name) {
                Some(file) => {
                    self.replace_document(Document::untitled(file));
                    self.view = View::Roles;
                    self.tell(format!("Opened the example {name} as an untitled copy"));
                }
                None => self.tell(format!("There is no example called {name}")),
            },
            Pending::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Discards the unsaved changes' recovery copy and shows another document.
    pub(super) fn replace_document(&mut self, document: Document) {
        if let Some(data_dir) = &self.folders.data {
            let _ = crate::storage::remove_recovery(data_dir);
        }
        self.recovery = super::RecoveryState::default();
        self.derived.clear();
        self.profile_view = crate::ui::profile::ProfileView::default();
        self.document = Some(document);
    }

    /// Restores a recovery copy as the open document (unsaved).
    pub(crate) fn restore(&mut self, recovery: crate::storage::Recovery) {
        let mut document = match recovery.original {
            Some(path) => Document::untitled(SaveFile::new(Profile::default())).with_path(path),
            None => Document::untitled(SaveFile::new(Profile::default())),
        };
        document.edit(recovery.save, "restore");
        self.derived.clear();
        self.document = Some(document);
        self.view = View::Profile;
        self.tell("Restored your unsaved work: save it to keep it");
    }

    /// Removes the recovery copy (the person discarded it).
    pub(crate) fn discard_recovery(&mut self) {
        if let Some(data_dir) = &self.folders.data {
            let _ = crate::storage::remove_recovery(data_dir);
        }
    }

    fn pick(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.file_dialogs == super::FileDialogs::Typed {
            self.prompt = Some(Prompt::TypedPath { purpose, text: String::new(), problem: None });
            return;
        }
        let suggested = match purpose {
            Purpose::Open => None,
            Purpose::SaveAs => self.document.as_ref().map(|document| file_stem(document.profile(), "ron")),
            Purpose::Export => self.document.as_ref().map(|document| file_stem(document.profile(), "pdf")),
        };
        if !self.jobs.start(ctx, "file dialog", move || jobs::pick(purpose, suggested)) {
            self.tell("Please wait: the planner is still busy with the last file");
        }
    }

    /// Opens a file in the background.
    pub(crate) fn open(&mut self, ctx: &egui::Context, path: &Path) {
        let opening = path.to_path_buf();
        if !self.jobs.start(ctx, "opening", move || JobResult::Loaded {
            result: load(&opening).map(Box::new),
            path: opening,
        }) {
            self.tell("Please wait: the planner is still busy with the last file");
        }
    }

    /// Saves to `path`, or to the document's own file, or asks for a file.
    pub(crate) fn save_to(&mut self, ctx: &egui::Context, path: &Path, on_change: OnDiskChange) {
        let Some(document) = self.document.as_ref() else { return };
        let file = document.save_file().clone();
        let known =
            if document.path().map(PathBuf::as_path) == Some(path) { document.disk_hash() } else { None };
        let version = document.version();
        let target = path.to_path_buf();
        let work = move || JobResult::Saved {
            result: save(&RealDisk, &target, &file, known, on_change),
            path: target,
            version,
        };
        if !self.jobs.start(ctx, "saving", work) {
            self.tell("Please wait: the planner is still busy with the last file");
        }
    }

    fn save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        self.after_save = then;
        match self.document.as_ref().and_then(|document| document.path().cloned()) {
            Some(path) => self.save_to(ctx, &path, OnDiskChange::Refuse),
            None if self.document.is_some() => self.pick(ctx, Purpose::SaveAs),
            None => self.tell("There is no profile to save: start one with New profile"),
        }
    }

    /// Saves, then carries out `then` if the save succeeds.
    pub(crate) fn save_then(&mut self, ctx: &egui::Context, then: Pending) {
        self.save(ctx, Some(then));
    }

    /// Builds the action plan from the cached results, then renders and writes the PDF in the
    /// background.
    fn export(&mut self, ctx: &egui::Context, path: &Path) {
        let today = self.today;
        let catalogue = self.catalogue;
        let Some(document) = self.document.as_ref() else { return };
        let plan = match self.derived.plan(document, today) {
            Ok(plan) => plan.clone(),
            Err(error) => {
                self.prompt = Some(Prompt::Message {
                    title: "The PDF could not be made".to_owned(),
                    text: error.to_string(),
                });
                return;
            }
        };
        let matches = self.derived.report(document, today);
        let report = crate::report::PlanReport::build(&crate::report::ReportInputs {
            catalogue,
            profile: document.profile(),
            matches,
            plan: &plan,
            chosen: usize::from(document.save_file().plan.chosen_path),
            target: None,
            today,
            scenarios: &document.save_file().scenarios,
        });
        let target = path.to_path_buf();
        let work = move || {
            let result = crate::report::render(&report).map_err(|error| error.to_string()).and_then(|pdf| {
                crate::storage::write_atomically(&target, &pdf.bytes)
                    .map(|()| pdf.pages)
                    .map_err(|error| error.to_string())
            });
            JobResult::Exported { path: target, result }
        };
        if self.jobs.start(ctx, "exporting the PDF", work) {
            self.tell(format!("Writing your action plan to {}…", path.display()));
        } else {
            self.tell("Please wait: the planner is still busy with the last file");
        }
    }

    fn set_target(&mut self, role: String) {
        let Some(document) = self.document.as_ref() else {
            self.tell("Start or open a profile to set a target");
            return;
        };
        let mut profile = document.profile().clone();
        let title = self.catalogue.role(&role).map_or_else(|| role.clone(), |r| r.title.clone());
        profile.goal.target_role = Some(role);
        self.pending.push(Command::EditProfile(Box::new(profile), "target"));
        self.tell(format!("{title} is your target: see the Path view"));
    }

    fn add_gaps(&mut self, role_id: &str) {
        let today = self.today;
        let Some(document) = self.document.as_ref() else { return };
        let report = self.derived.report(document, today);
        let Some(role) = report.role(role_id) else { return };
        let mut profile = document.profile().clone();
        let mut added = 0;
        for verdict in role.missing_essentials() {
            let link = ActionLink { target: role_id.to_owned(), requirement: Some(verdict.id().to_owned()) };
            if profile.actions.iter().any(|action| action.serves.as_ref() == Some(&link)) {
                continue;
            }
            let way = verdict.ways().first();
            let kind = match (&verdict.requirement.rule, way) {
                (_, Some(way)) if way.qualification.is_some() => ActionKind::Learning,
                (
                    crate::domain::model::catalogue::Rule::Skill { .. }
                    | crate::domain::model::catalogue::Rule::Leadership { .. },
                    _,
                ) => ActionKind::Skills,
                _ => ActionKind::Work,
            };
            let months = verdict.months_to_close().unwrap_or(12);
            profile.actions.push(ActionItem {
                title: way.map_or_else(|| verdict.text().to_owned(), |way| way.text.clone()),
                kind,
                due: Some(today.plus(i32::try_from(months).unwrap_or(12))),
                status: ActionStatus::InProgress,
                serves: Some(link),
                note: format!("For {}: {}", role.title(), verdict.text()),
            });
            added += 1;
        }
        let title = role.title();
        if added > 0 {
            self.pending.push(Command::EditProfile(Box::new(profile), "gaps"));
            self.tell(format!("Added {added} action(s) for {title} to your action plan"));
        } else {
            self.tell(format!("No new gaps to add for {title}"));
        }
    }

    fn set_zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        self.zoom = super::settings::clamp_zoom(zoom);
        self.apply_appearance(ctx);
        self.remember_appearance();
    }

    fn set_theme(&mut self, ctx: &egui::Context, theme: Theme) {
        self.theme = theme;
        self.apply_appearance(ctx);
        self.remember_appearance();
    }

    /// Applies the theme and zoom to the window.
    pub(super) fn apply_appearance(&self, ctx: &egui::Context) {
        ctx.set_zoom_factor(self.zoom);
        ctx.set_theme(match self.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
    }

    fn remember_appearance(&self) {
        if let Some(config) = &self.folders.config {
            super::Settings { theme: self.theme, zoom: self.zoom }.save(config);
        }
    }

    /// Closes the About window.
    pub fn close_about(&mut self) {
        self.about_open = false;
    }

    /// Applies a finished background job.
    pub(super) fn finish_job(&mut self, ctx: &egui::Context, result: JobResult) {
        match result {
            JobResult::Picked { purpose, path: Some(path), .. } => self.picked(ctx, purpose, path),
            JobResult::Picked { purpose, path: None, unavailable: true } => {
                self.prompt = Some(Prompt::TypedPath { purpose, text: String::new(), problem: None });
            }
            JobResult::Picked { path: None, .. } => self.after_save = None,
            JobResult::Loaded { path, result } => self.loaded(&path, result),
            JobResult::Saved { path, version, result } => self.saved(ctx, &path, version, result),
            JobResult::Exported { path, result: Ok(pages) } => {
                self.tell(format!("Exported your action plan ({pages} pages) to {}", path.display()));
            }
            JobResult::Exported { result: Err(error), .. } => {
                self.status = None;
                self.prompt =
                    Some(Prompt::Message { title: "The PDF could not be written".to_owned(), text: error });
            }
            JobResult::RecoveryWritten { version, result } => {
                if result.is_ok() {
                    self.recovery.written_version = Some(version);
                }
            }
        }
    }

    /// A path was chosen for a purpose (from a dialog or typed).
    pub(crate) fn picked(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open(ctx, &path),
            Purpose::SaveAs => self.save_to(ctx, &with_extension(path, "ron"), OnDiskChange::Overwrite),
            Purpose::Export => self.export(ctx, &with_extension(path, "pdf")),
        }
    }

    fn saved(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        version: u64,
        result: Result<crate::storage::Saved, SaveError>,
    ) {
        match result {
            Ok(saved) => {
                if let Some(document) = self.document.as_mut() {
                    document.mark_saved_version(path.to_path_buf(), saved.content_hash, version);
                }
                if let Some(data_dir) = &self.folders.data {
                    let _ = crate::storage::remove_recovery(data_dir);
                }
                self.recovery = super::RecoveryState::default();
                self.remember(path);
                let backup =
                    if saved.backup_kept { " (the previous version is kept as a .bak file)" } else { "" };
                self.tell(format!("Saved {}{backup}", path.display()));
                if let Some(then) = self.after_save.take() {
                    self.proceed(ctx, then);
                }
            }
            Err(SaveError::ChangedOnDisk { path }) => self.prompt = Some(Prompt::ChangedOnDisk { path }),
            Err(error) => {
                self.after_save = None;
                self.prompt = Some(Prompt::Message {
                    title: "The profile was not saved".to_owned(),
                    text: error.to_string(),
                });
            }
        }
    }

    pub(super) fn remember(&mut self, path: &std::path::Path) {
        self.recent.add(path);
        if let Some(config) = &self.folders.config {
            let _ = self.recent.save(&RealDisk, config);
        }
    }
}

/// An embedded sample profile by file name.
#[must_use]
pub fn example(name: &str) -> Option<SaveFile> {
    crate::domain::embedded::sample_profiles()
        .iter()
        .find(|(file, _)| *file == name)
        .and_then(|(_, text)| crate::storage::parse_bytes(text.as_bytes()).ok())
        .map(|loaded| loaded.save)
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case(extension)) {
        path
    } else {
        path.with_extension(extension)
    }
}

/// "grace-okafor.ron" from the display name.
fn file_stem(profile: &Profile, extension: &str) -> String {
    let stem: String = profile
        .display_name
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() { "profile".to_owned() } else { stem };
    if extension == "pdf" { format!("{stem}-action-plan.pdf") } else { format!("{stem}.{extension}") }
}
