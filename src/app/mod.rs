//! The desktop app: the document, commands, background jobs, prompts and the frame around the
//! views. Views read the state and return commands; `apply` runs them at the end of the frame.

mod apply;
mod command;
mod derived;
mod document;
mod jobs;
mod opening;
mod prompt;
mod run;
mod settings;

use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use apply::example;
pub use command::{Answer, Command, UiCommand};
pub use derived::Derived;
pub use document::Document;
pub use jobs::{JobResult, Jobs, Purpose};
pub use opening::StartDocument;
pub use prompt::{Pending, Prompt};
pub use run::{Launch, Measure, run_window};
pub use settings::Settings;

use crate::domain::{Catalogue, FinancialYear, Month};
use crate::storage::RecentFiles;
use crate::ui;

/// The views a person moves between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// New profile, open, examples, recent files.
    Welcome,
    /// The profile editor.
    Profile,
    /// The roles browser with verdicts.
    Roles,
    /// Up to three roles side by side.
    Compare,
    /// Paths, pay and scenarios.
    Path,
    /// The action plan.
    Actions,
}

impl View {
    /// The views in the navigation bar, in order.
    pub const NAVIGATION: [Self; 5] = [Self::Profile, Self::Roles, Self::Compare, Self::Path, Self::Actions];

    /// Its name in the navigation bar.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Welcome => "Start",
            Self::Profile => "Profile",
            Self::Roles => "Roles",
            Self::Compare => "Compare",
            Self::Path => "Path",
            Self::Actions => "Action plan",
        }
    }
}

/// Light, dark or as the system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// How files are chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FileDialogs {
    /// The system's file dialogs, with a typed path when none can be shown.
    #[default]
    Native,
    /// Always a typed path (no desktop portal, or for tests).
    Typed,
}

/// Where the app keeps its files.
#[derive(Clone, Debug, Default)]
pub struct Folders {
    /// Recent files and catalogue overrides.
    pub config: Option<PathBuf>,
    /// Recovery copies.
    pub data: Option<PathBuf>,
}

/// The state of recovery copies.
#[derive(Clone, Copy, Debug, Default)]
struct RecoveryState {
    written_version: Option<u64>,
    last_write: Option<Instant>,
}

/// The roles compared side by side.
#[derive(Clone, Debug, Default)]
struct Comparison {
    /// Their ids, in order.
    roles: Vec<String>,
    /// True once the list was filled or changed (an emptied one stays empty).
    chosen: bool,
}

/// The whole app's state.
pub struct App {
    catalogue: &'static Catalogue,
    today: Month,
    view: View,
    theme: Theme,
    zoom: f32,
    about_open: bool,
    data_notice: Option<String>,
    pending: Vec<Command>,
    document: Option<Document>,
    derived: Derived,
    jobs: Jobs,
    prompt: Option<Prompt>,
    after_save: Option<Pending>,
    recent: RecentFiles,
    folders: Folders,
    recovery: RecoveryState,
    /// This window's recovery copies (locked while it lives).
    recovery_copies: Option<crate::storage::RecoverySession>,
    status: Option<(String, Instant)>,
    allow_close: bool,
    title: String,
    compare: Comparison,
    /// True once the first frame installed the fonts and the theme and zoom.
    started: bool,
    file_dialogs: FileDialogs,
    /// The roles browser.
    pub roles: ui::roles::RolesView,
    /// The profile editor.
    pub profile_view: ui::profile::ProfileView,
    /// The path view.
    pub path_view: ui::path::PathView,
    /// The action plan view.
    pub actions_view: ui::actions::ActionsView,
}

impl App {
    /// An app on a catalogue, as at `today`, keeping its files in `folders`. A recovery copy
    /// found there is offered at once.
    #[must_use]
    pub fn new(catalogue: &'static Catalogue, today: Month, folders: Folders) -> Self {
        let pay_year = default_pay_year(catalogue, today);
        let recent = folders.config.as_deref().map(RecentFiles::load).unwrap_or_default();
        let settings = folders.config.as_deref().map(Settings::load).unwrap_or_default();
        let recovery_copies = folders.data.as_deref().map(crate::storage::RecoverySession::new);
        let recovered = recovery_copies.as_ref().and_then(crate::storage::RecoverySession::found);
        Self {
            roles: ui::roles::RolesView::new(pay_year),
            profile_view: ui::profile::ProfileView::default(),
            path_view: ui::path::PathView::default(),
            actions_view: ui::actions::ActionsView::default(),
            catalogue,
            today,
            view: View::Welcome,
            theme: settings.theme,
            zoom: settings.zoom,
            about_open: false,
            data_notice: None,
            pending: Vec::new(),
            document: None,
            derived: Derived::new(catalogue),
            jobs: Jobs::default(),
            prompt: recovered.map(|recovery| Prompt::Recovery(Box::new(recovery))),
            after_save: None,
            recent,
            folders,
            recovery: RecoveryState::default(),
            recovery_copies,
            status: None,
            allow_close: false,
            title: String::new(),
            compare: Comparison::default(),
            started: false,
            file_dialogs: FileDialogs::Native,
        }
    }

    /// The catalogue in use.
    #[must_use]
    pub fn catalogue(&self) -> &'static Catalogue {
        self.catalogue
    }

    /// The view shown.
    #[must_use]
    pub fn view(&self) -> View {
        self.view
    }

    /// The theme chosen.
    #[must_use]
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// The zoom factor.
    #[must_use]
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Today, as the app sees it.
    #[must_use]
    pub fn today(&self) -> Month {
        self.today
    }

    /// The open document, if any.
    #[must_use]
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// The question or message shown, if any.
    #[must_use]
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// The recent files.
    #[must_use]
    pub fn recent(&self) -> &RecentFiles {
        &self.recent
    }

    /// The roles chosen for comparison.
    #[must_use]
    pub fn compared(&self) -> &[String] {
        &self.compare.roles
    }

    /// The pay year shown.
    #[must_use]
    pub fn pay_year(&self) -> FinancialYear {
        self.roles.pay_year()
    }

    /// The transient status message, if any.
    #[must_use]
    pub fn status_message(&self) -> Option<&str> {
        self.status.as_ref().map(|(text, _)| text.as_str())
    }

    /// What is running in the background, if anything.
    #[must_use]
    pub fn busy(&self) -> Option<(&'static str, Duration)> {
        self.jobs.busy()
    }

    /// Chooses how files are picked.
    pub fn set_file_dialogs(&mut self, dialogs: FileDialogs) {
        self.file_dialogs = dialogs;
    }

    /// Shows a notice about the data until it is dismissed.
    pub fn set_data_notice(&mut self, notice: impl Into<String>) {
        self.data_notice = Some(notice.into());
    }

    /// Queues a command for the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Waits for the background job to finish (tests call this; the next frame applies it).
    pub fn wait_for_jobs(&mut self) {
        self.jobs.wait();
    }

    /// The window title: the file name, with a dot while there are unsaved changes.
    #[must_use]
    pub fn window_title(&self) -> String {
        match &self.document {
            Some(document) if document.is_dirty() => format!("● {} – NHS careers planner", document.name()),
            Some(document) => format!("{} – NHS careers planner", document.name()),
            None => "NHS careers planner".to_owned(),
        }
    }

    /// Draws the whole app into `ui` and applies the frame's commands. Usable without a
    /// window (UI tests drive it through `egui_kittest`).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.started {
            ui::fonts::install(&ctx);
            self.apply_appearance(&ctx);
            self.started = true;
        }
        if let Some(result) = self.jobs.poll() {
            self.finish_job(&ctx, result);
        }
        self.intercept_close(&ctx);
        self.shortcuts(&ctx);
        ui::frame::menu_bar_ui(self, ui);
        ui::frame::status_bar_ui(self, ui);
        if let Some(notice) = self.data_notice.clone()
            && ui::frame::notice_ui(ui, &notice)
        {
            self.data_notice = None;
        }
        egui::CentralPanel::default().show(ui, |ui| self.view_ui(ui));
        if self.about_open {
            ui::frame::about_window_ui(self, &ctx);
        }
        let name = self.document.as_ref().map_or_else(String::new, Document::name);
        let answered = ui::dialogs::prompt_ui(&ctx, &mut self.prompt, &name);
        self.pending.extend(answered);
        for command in std::mem::take(&mut self.pending) {
            self.apply(&ctx, command);
        }
        self.keep_recovery_copy(&ctx);
        self.update_title(&ctx);
        if self.jobs.busy().is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    fn view_ui(&mut self, ui: &mut egui::Ui) {
        let catalogue = self.catalogue;
        let today = self.today;
        let commands = match (self.view, self.document.as_ref()) {
            (View::Roles, document) => {
                let verdicts =
                    document.map(|document| (self.derived.report(document, today), document.version()));
                self.roles.ui(ui, catalogue, verdicts, &self.compare.roles)
            }
            (View::Welcome, _) | (_, None) => {
                ui::welcome::welcome_ui(ui, catalogue, &self.recent, self.document.is_some())
            }
            (View::Profile, Some(document)) => self.profile_view.ui(ui, catalogue, today, document.profile()),
            (View::Compare, Some(document)) => {
                let report = self.derived.report(document, today);
                if !self.compare.chosen {
                    // Until the person chooses, compare their three best matches.
                    self.compare.roles =
                        report.roles.iter().take(3).map(|matched| matched.role_id().to_owned()).collect();
                    self.compare.chosen = true;
                }
                ui::compare::compare_ui(ui, catalogue, report, &self.compare.roles, self.roles.pay_year())
            }
            (View::Path, Some(document)) => match self.derived.plan_and_scenarios(document, today) {
                Some((plan, scenarios)) => self.path_view.ui(ui, catalogue, document, plan, scenarios),
                None => Vec::new(),
            },
            (View::Actions, Some(document)) => {
                let report = self.derived.report(document, today);
                self.actions_view.ui(ui, catalogue, today, document.profile(), report)
            }
        };
        self.pending.extend(commands);
    }

    /// Keyboard shortcuts of every command.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.prompt.is_some() {
            return;
        }
        for command in UiCommand::ALL {
            let shortcuts = command.shortcut().into_iter().chain(command.alternative_shortcuts());
            for shortcut in shortcuts {
                if ctx.input_mut(|input| input.consume_shortcut(&shortcut)) {
                    self.pending.push(Command::Ui(command));
                }
            }
        }
    }

    /// Closing the window with unsaved changes asks first.
    fn intercept_close(&mut self, ctx: &egui::Context) {
        let requested = ctx.input(|input| input.viewport().close_requested());
        if requested && !self.allow_close && self.document.as_ref().is_some_and(Document::is_dirty) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.prompt = Some(Prompt::Unsaved { then: Pending::Quit });
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Writes a recovery copy every few seconds while there are unsaved changes, and asks for
    /// a frame only when a copy is due (no frames at all while idle).
    fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let Some(copies) = self.recovery_copies.clone() else { return };
        let Some(document) = self.document.as_ref().filter(|document| document.is_dirty()) else { return };
        let version = document.version();
        if self.recovery.written_version == Some(version) {
            return;
        }
        if !document.save_file().structural_issues().is_empty() {
            // A copy with problems could not be restored; the last good copy stays.
            self.recovery.written_version = Some(version);
            return;
        }
        let interval = Duration::from_secs(crate::storage::RECOVERY_INTERVAL_SECONDS);
        let since = self.recovery.last_write.map_or(interval, |at| at.elapsed());
        if since < interval {
            ctx.request_repaint_after(interval.saturating_sub(since));
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
        let started = self.jobs.start(ctx, "recovery copy", move || JobResult::RecoveryWritten {
            version,
            result: copies.write(&crate::storage::RealDisk, &recovery).map_err(|error| error.to_string()),
        });
        if started {
            self.recovery.last_write = Some(Instant::now());
        } else {
            ctx.request_repaint_after(Duration::from_secs(1));
        }
    }

    /// Shows a message in the status bar for a while.
    fn tell(&mut self, text: impl Into<String>) {
        self.status = Some((text.into(), Instant::now()));
    }
}

/// The pay year shown by default: this year's table if published, else the latest.
#[must_use]
pub fn default_pay_year(catalogue: &Catalogue, today: Month) -> FinancialYear {
    let nation = crate::domain::model::taxonomy::Nation::England;
    let this_year = today.financial_year();
    if catalogue.pay_table(nation, this_year).is_some() {
        this_year
    } else {
        catalogue.latest_pay_table(nation).map_or(this_year, |table| table.year)
    }
}
