//! File commands: choosing a file, opening, saving and exporting in the background, applying
//! what the jobs produced, and the recovery copy kept while there are unsaved changes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::App;
use crate::domain::Profile;
use crate::state::{ExportError, FileDialogs, JobError, JobResult, Pending, Prompt, Purpose};
use crate::storage::{Disk as _, OnDiskChange, RealDisk, SaveError, load, save};

impl App {
    /// Starts a background job; a busy planner or a thread that could not start is reported.
    fn start_job(&mut self, name: &'static str, work: impl FnOnce() -> JobResult + Send + 'static) -> bool {
        match self.state.jobs.start(name, work) {
            Ok(()) => true,
            Err(JobError::Busy) => {
                self.state.tell("Please wait: the planner is still busy with the last file");
                false
            }
            Err(error) => {
                self.show_job_error(&error);
                false
            }
        }
    }

    fn show_job_error(&mut self, error: &JobError) {
        self.state.after_save = None;
        self.state.status = None;
        self.state.prompt =
            Some(Prompt::Message { title: "Something went wrong".to_owned(), text: error.to_string() });
    }

    pub(super) fn pick(&mut self, purpose: Purpose) {
        if self.state.file_dialogs == FileDialogs::Typed {
            self.state.prompt = Some(Prompt::TypedPath { purpose });
            return;
        }
        let document = self.state.document();
        let suggested = match purpose {
            Purpose::Open => None,
            Purpose::SaveAs => document.map(|document| file_stem(document.profile(), "ron")),
            Purpose::Export => document.map(|document| file_stem(document.profile(), "pdf")),
        };
        self.start_job("file dialog", move || super::file_dialog::pick(purpose, suggested));
    }

    /// Opens a file in the background.
    pub(super) fn open(&mut self, path: &Path) {
        let opening = path.to_path_buf();
        self.start_job("opening", move || JobResult::Loaded {
            result: load(&opening).map(Box::new),
            path: opening,
        });
    }

    /// Saves to `path` in the background.
    pub(super) fn save_to(&mut self, path: &Path, on_change: OnDiskChange) {
        let Some(document) = self.state.document() else { return };
        let file = document.save_file().clone();
        let known =
            if document.path().map(PathBuf::as_path) == Some(path) { document.disk_hash() } else { None };
        let version = document.version();
        let target = path.to_path_buf();
        self.start_job("saving", move || JobResult::Saved {
            result: save(&RealDisk, &target, &file, known, on_change),
            path: target,
            version,
        });
    }

    /// Saves to the document's own file, or asks for one; then carries out `then` if it saved.
    pub(super) fn save(&mut self, then: Option<Pending>) {
        self.state.after_save = then;
        match self.state.document().map(|document| document.path().cloned()) {
            Some(Some(path)) => self.save_to(&path, OnDiskChange::Refuse),
            Some(None) => self.pick(Purpose::SaveAs),
            None => self.state.tell("There is no profile to save: start one with New profile"),
        }
    }

    /// Builds the action plan from the cached results, then renders and writes the PDF in the
    /// background.
    fn export(&mut self, path: &Path) {
        let (today, catalogue) = (self.state.today(), self.state.catalogue());
        let Some(document) = self.state.document.as_ref() else { return };
        let plan = match self.state.derived.plan(document, today) {
            Ok(plan) => plan.clone(),
            Err(error) => {
                self.state.prompt = Some(Prompt::Message {
                    title: "The PDF could not be made".to_owned(),
                    text: error.to_string(),
                });
                return;
            }
        };
        let matches = self.state.derived.report(document, today);
        let report = crate::report::PlanReport::build(&crate::report::ReportInputs {
            catalogue,
            profile: document.profile(),
            matches,
            plan: &plan,
            chosen: {
                let settings = &document.save_file().plan;
                crate::domain::progression::chosen_path(
                    &plan,
                    &settings.chosen_steps,
                    usize::from(settings.chosen_path),
                )
                .index
            },
            target: None,
            today,
            scenarios: &document.save_file().scenarios,
            growth_percent: document.save_file().plan.growth_percent,
        });
        let target = path.to_path_buf();
        let work = move || {
            let result = crate::report::render(&report).map_err(ExportError::from).and_then(|pdf| {
                RealDisk
                    .write_atomically(&target, &pdf.bytes)
                    .map(|()| pdf.pages)
                    .map_err(|source| ExportError::Write { source, path: target.clone() })
            });
            JobResult::Exported { path: target, result }
        };
        if self.start_job("exporting the PDF", work) {
            self.state.tell(format!("Writing your action plan to {}…", path.display()));
        }
    }

    /// Applies a finished background job.
    pub(super) fn finish_job(&mut self, ctx: &egui::Context, result: JobResult) {
        match result {
            JobResult::Picked { purpose, path: Some(path), .. } => self.picked(purpose, path),
            JobResult::Picked { purpose, path: None, unavailable: true } => {
                self.state.prompt = Some(Prompt::TypedPath { purpose });
            }
            JobResult::Picked { path: None, unavailable: false, .. } => self.state.after_save = None,
            JobResult::Loaded { path, result } => self.loaded(&path, result),
            JobResult::Saved { path, version, result } => self.saved(ctx, &path, version, result),
            JobResult::Exported { path, result: Ok(pages) } => {
                self.state.tell(format!("Exported your action plan ({pages} pages) to {}", path.display()));
            }
            JobResult::Exported { result: Err(error), .. } => {
                self.state.status = None;
                self.state.prompt = Some(Prompt::Message {
                    title: "The PDF could not be written".to_owned(),
                    text: error.to_string(),
                });
            }
            JobResult::RecoveryWritten { version, result: Ok(()) } => {
                self.state.recovery.written_version = Some(version);
            }
            JobResult::RecoveryWritten { result: Err(error), .. } => {
                log::warn!("the recovery copy was not written: {error}");
            }
            JobResult::Failed(error) => self.show_job_error(&error),
        }
    }

    /// A path was chosen for a purpose (from a dialog or typed).
    pub(super) fn picked(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open(&path),
            Purpose::SaveAs => self.save_to(&with_extension(path, "ron"), OnDiskChange::Overwrite),
            Purpose::Export => self.export(&with_extension(path, "pdf")),
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
                if let Some(document) = self.state.document.as_mut() {
                    document.mark_saved_version(path.to_path_buf(), saved.content_hash, version);
                }
                self.state.discard_recovery();
                self.state.remember(path);
                let backup =
                    if saved.backup_kept { " (the previous version is kept as a .bak file)" } else { "" };
                self.state.tell(format!("Saved {}{backup}", path.display()));
                if let Some(then) = self.state.after_save.take() {
                    self.proceed(ctx, then);
                }
            }
            Err(SaveError::ChangedOnDisk { path }) => {
                self.state.prompt = Some(Prompt::ChangedOnDisk { path, comment_lines: 0 });
            }
            Err(SaveError::CommentsWouldBeLost { path, lines }) => {
                self.state.prompt = Some(Prompt::ChangedOnDisk { path, comment_lines: lines });
            }
            Err(error) => {
                self.state.after_save = None;
                self.state.prompt = Some(Prompt::Message {
                    title: "The profile was not saved".to_owned(),
                    text: error.to_string(),
                });
            }
        }
    }

    /// Writes a recovery copy every few seconds while there are unsaved changes, and asks for
    /// a frame only when a copy is due (no frames at all while idle).
    pub(super) fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let Some(copies) = self.state.recovery_copies.clone() else { return };
        let Some(document) = self.state.document().filter(|document| document.is_dirty()) else { return };
        let version = document.version();
        if self.state.recovery.written_version == Some(version) {
            return;
        }
        if !document.save_file().structural_issues().is_empty() {
            // A copy with problems could not be restored; the last good copy stays.
            self.state.recovery.written_version = Some(version);
            return;
        }
        let interval = Duration::from_secs(crate::storage::RECOVERY_INTERVAL_SECONDS);
        let since = self.state.recovery.last_write.map_or(interval, |at| at.elapsed());
        if since < interval {
            ctx.request_repaint_after(interval.saturating_sub(since));
            return;
        }
        if self.state.busy().is_some() {
            ctx.request_repaint_after(Duration::from_secs(1));
            return;
        }
        let recovery = crate::storage::Recovery {
            original: document.path().cloned(),
            base_hash: document.disk_hash(),
            written_at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_secs()),
            save: document.save_file().clone(),
        };
        let work = move || JobResult::RecoveryWritten { version, result: copies.write(&RealDisk, &recovery) };
        match self.state.jobs.start("recovery copy", work) {
            Ok(()) => self.state.recovery.last_write = Some(Instant::now()),
            Err(error) => log::warn!("the recovery copy was not started: {error}"),
        }
    }
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
