//! The app's state below the views: the open document with undo, the commands and their one
//! definition, results derived from the document, background jobs, prompts, settings, and what
//! the window shows (view, theme, folders, pay year). It imports the domain, storage and
//! report, never the views or the shell, and no window crate.

pub mod command;
pub mod derived;
pub mod document;
mod edits;
pub mod jobs;
pub mod prompt;
pub mod settings;
pub mod status;
pub mod window;

use std::collections::VecDeque;
use std::time::{Duration, Instant};

pub use command::{Answer, Command, Shortcut, ShortcutKey, UiCommand};
pub use derived::Derived;
pub use document::{Document, EditGroup};
pub use jobs::{ExportError, JobError, JobResult, Jobs, Purpose};
pub use prompt::{Pending, Prompt};
pub use settings::Settings;
pub use status::{STATUS_MESSAGE_SECONDS, StatusMessage, StatusRepaint};
pub use window::{FileDialogs, Folders, Theme, View};

use crate::domain::matching::MatchReport;
use crate::domain::model::save_file::SaveFile;
use crate::domain::model::taxonomy::Nation;
use crate::domain::progression::{Plan, PlanError, ScenarioComparison};
use crate::domain::{Catalogue, FinancialYear, Month};
use crate::storage::RecentFiles;

pub use crate::domain::model::save_file::MAX_COMPARED_ROLES;

/// The nation whose pay is shown before a profile says where the person works.
pub const DEFAULT_NATION: Nation = Nation::England;

/// The state of recovery copies.
#[derive(Clone, Copy, Debug, Default)]
pub struct RecoveryState {
    /// The document version last written as a recovery copy.
    pub written_version: Option<u64>,
    /// When a copy was last written.
    pub last_write: Option<Instant>,
}

/// The roles compared side by side while the document's own list is empty: the person's best
/// matches, or (with no profile open) the roles they chose. A document keeps its chosen list
/// in its save file.
#[derive(Clone, Debug, Default)]
pub struct Comparison {
    /// Their ids, in order.
    pub roles: Vec<String>,
    /// True once the list was filled or changed (an emptied one stays empty).
    pub chosen: bool,
    /// True once the person changed the document's list (so an emptied list stays empty).
    pub edited: bool,
}

/// Everything the window shows, apart from each view's transient widget state. The views read
/// it; the shell changes it by applying commands.
pub struct State {
    pub(crate) catalogue: &'static Catalogue,
    pub(crate) today: Month,
    pub(crate) view: View,
    pub(crate) theme: Theme,
    pub(crate) zoom: f32,
    pub(crate) about_open: bool,
    pub(crate) data_notice: Option<String>,
    pub(crate) queue: VecDeque<Command>,
    pub(crate) document: Option<Document>,
    pub(crate) derived: Derived,
    pub(crate) jobs: Jobs,
    pub(crate) prompt: Option<Prompt>,
    pub(crate) after_save: Option<Pending>,
    pub(crate) recent: RecentFiles,
    pub(crate) folders: Folders,
    pub(crate) recovery: RecoveryState,
    /// This window's recovery copies (locked while it lives).
    pub(crate) recovery_copies: Option<crate::storage::RecoverySession>,
    pub(crate) status: Option<StatusMessage>,
    pub(crate) compare: Comparison,
    pub(crate) pay_year: FinancialYear,
    pub(crate) file_dialogs: FileDialogs,
}

impl State {
    /// The state on a catalogue, as at `today`, keeping its files in `folders`. A recovery
    /// copy found there is offered at once.
    #[must_use]
    pub fn new(catalogue: &'static Catalogue, today: Month, folders: Folders) -> Self {
        let recent = folders.config.as_deref().map(RecentFiles::load).unwrap_or_default();
        let settings = folders.config.as_deref().map(Settings::load).unwrap_or_default();
        let recovery_copies = folders.data.as_deref().map(crate::storage::RecoverySession::new);
        let recovered = recovery_copies.as_ref().and_then(crate::storage::RecoverySession::found);
        Self {
            catalogue,
            today,
            view: View::Welcome,
            theme: settings.theme,
            zoom: settings.zoom,
            about_open: false,
            data_notice: None,
            queue: VecDeque::new(),
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
            compare: Comparison::default(),
            pay_year: default_pay_year(catalogue, today),
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

    /// True while the About window is open.
    #[must_use]
    pub fn about_open(&self) -> bool {
        self.about_open
    }

    /// The notice about the data, until it is dismissed.
    #[must_use]
    pub fn data_notice(&self) -> Option<&str> {
        self.data_notice.as_deref()
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
        let saved =
            self.document.as_ref().map_or(&[][..], |document| &document.save_file().plan.compared_roles);
        if saved.is_empty() && !self.compare.edited { &self.compare.roles } else { saved }
    }

    /// The pay year shown.
    #[must_use]
    pub fn pay_year(&self) -> FinancialYear {
        self.pay_year
    }

    /// The nation whose pay tables are shown: the profile's when the data has its tables, else
    /// England's (as the pay estimates use them).
    #[must_use]
    pub fn pay_nation(&self) -> Nation {
        self.document
            .as_ref()
            .map(|document| document.profile().nation)
            .filter(|nation| self.catalogue.latest_pay_table(*nation).is_some())
            .unwrap_or(DEFAULT_NATION)
    }

    /// The transient status message, if any.
    #[must_use]
    pub fn status_message(&self) -> Option<&str> {
        self.status.as_ref().map(|message| message.text.as_str())
    }

    /// What is running in the background, if anything.
    #[must_use]
    pub fn busy(&self) -> Option<(&'static str, Duration)> {
        self.jobs.busy()
    }

    /// The document's match report, once worked out for this frame.
    #[must_use]
    pub fn report(&self) -> Option<&MatchReport<'static>> {
        self.derived.cached_report(self.document.as_ref()?.version())
    }

    /// The document's plan, once worked out for this frame.
    #[must_use]
    pub fn plan(&self) -> Option<&Result<Plan, PlanError>> {
        self.derived.cached_plan(self.document.as_ref()?.version())
    }

    /// The document's scenario comparison, once worked out for this frame.
    #[must_use]
    pub fn scenarios(&self) -> Option<&ScenarioComparison> {
        self.derived.cached_scenarios(self.document.as_ref()?.version())
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

    /// Queues a command; the shell applies the queue at the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.queue.push_back(command);
    }

    /// Works out what the view shown needs from the document (only when the document changed),
    /// so that the views can read it.
    pub fn prepare(&mut self) {
        let Some(document) = self.document.as_ref() else { return };
        let today = self.today;
        match self.view {
            View::Welcome | View::Profile => {}
            View::Roles | View::Actions => {
                self.derived.report(document, today);
            }
            View::Compare => {
                let report = self.derived.report(document, today);
                if !self.compare.chosen {
                    // Until the person chooses, compare their best matches.
                    self.compare.roles = report
                        .roles
                        .iter()
                        .take(MAX_COMPARED_ROLES)
                        .map(|matched| matched.role_id().to_owned())
                        .collect();
                    self.compare.chosen = true;
                }
            }
            View::Path => {
                self.derived.plan(document, today);
                self.derived.scenarios(document, today);
            }
        }
    }

    /// Shows a message in the status bar for a while.
    pub(crate) fn tell(&mut self, text: impl Into<String>) {
        self.status = Some(StatusMessage::new(text));
    }
}

/// The pay year shown by default: this year's table if published, else the latest.
#[must_use]
pub fn default_pay_year(catalogue: &Catalogue, today: Month) -> FinancialYear {
    let this_year = today.financial_year();
    if catalogue.pay_table(DEFAULT_NATION, this_year).is_some() {
        this_year
    } else {
        catalogue.latest_pay_table(DEFAULT_NATION).map_or(this_year, |table| table.year)
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
