//! The shell: the [`App`] owns the state and the views, draws the views from the state, and
//! applies the commands they return (with the file work and the window's own effects) at the
//! end of each frame. `run` opens the window.

mod dispatch;
mod file_dialog;
mod files;
pub mod logging;
mod opening;
mod run;

use std::time::Duration;

pub use crate::state::example;
pub use opening::StartDocument;
pub use run::{Launch, Measure, run_window};

use crate::domain::{Catalogue, Month};
use crate::state::{Command, FileDialogs, Folders, State, StatusRepaint, UiCommand, View};
use crate::ui;

/// The whole app: the state, and the views with their own transient state.
pub struct App {
    state: State,
    allow_close: bool,
    title: String,
    /// True once the first frame installed the fonts and the theme and zoom.
    started: bool,
    /// The roles browser.
    pub roles: ui::roles::RolesView,
    /// The profile editor.
    pub profile_view: ui::profile::ProfileView,
    /// The path view.
    pub path_view: ui::path::PathView,
    /// The action plan view.
    pub actions_view: ui::actions::ActionsView,
    /// The prompt shown over the window.
    pub prompt_view: ui::dialogs::PromptView,
    /// The Help windows.
    pub help_view: ui::help::HelpView,
}

impl App {
    /// An app on a catalogue, as at `today`, keeping its files in `folders`. A recovery copy
    /// found there is offered at once.
    #[must_use]
    pub fn new(catalogue: &'static Catalogue, today: Month, folders: Folders) -> Self {
        Self {
            state: State::new(catalogue, today, folders),
            allow_close: false,
            title: String::new(),
            started: false,
            roles: ui::roles::RolesView::default(),
            profile_view: ui::profile::ProfileView::default(),
            path_view: ui::path::PathView::default(),
            actions_view: ui::actions::ActionsView::default(),
            prompt_view: ui::dialogs::PromptView::default(),
            help_view: ui::help::HelpView::default(),
        }
    }

    /// The state the views read.
    #[must_use]
    pub fn state(&self) -> &State {
        &self.state
    }

    /// True once the person chose to quit and the window was asked to close.
    #[must_use]
    pub fn quitting(&self) -> bool {
        self.allow_close
    }

    /// Chooses how files are picked.
    pub fn set_file_dialogs(&mut self, dialogs: FileDialogs) {
        self.state.file_dialogs = dialogs;
    }

    /// Shows a notice about the data until it is dismissed.
    pub fn set_data_notice(&mut self, notice: impl Into<String>) {
        self.state.set_data_notice(Some(notice.into()));
    }

    /// Queues a command for the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.state.push(command);
    }

    /// Waits for the background job to finish (tests call this; the next frame applies it).
    pub fn wait_for_jobs(&mut self) {
        self.state.jobs.wait();
    }

    /// Draws the whole app into `ui` and applies the frame's commands. Usable without a
    /// window (UI tests drive it through `egui_kittest`).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.started {
            ui::fonts::install(&ctx);
            self.apply_appearance(&ctx);
            let waker = ctx.clone();
            self.state.jobs.set_waker(std::sync::Arc::new(move || waker.request_repaint()));
            self.started = true;
        }
        if let Some(result) = self.state.jobs.poll() {
            self.finish_job(&ctx, result);
        }
        self.state.drop_expired_status(ctx.input(|input| input.time));
        self.intercept_close(&ctx);
        self.shortcuts(&ctx);
        // A drop-down open since the last frame that is answered with Enter closes with the
        // choice made (egui closes it only on a click).
        let choose_and_close =
            egui::Popup::is_any_open(&ctx) && ctx.input(|input| input.key_pressed(egui::Key::Enter));
        self.state.prepare();
        let state = &self.state;
        let mut commands = ui::frame::menu_bar_ui(ui, state);
        ui::frame::status_bar_ui(ui, state);
        if let Some(notice) = state.data_notice() {
            commands.extend(ui::frame::notice_ui(ui, notice));
        }
        egui::CentralPanel::default().show(ui, |ui| commands.extend(self.view_ui(ui)));
        let state = &self.state;
        if state.about_open() {
            commands.extend(ui::frame::about_window_ui(&ctx, state));
        }
        self.help_view.ui(&ctx, state.prompt().is_some());
        commands.extend(self.prompt_view.ui(&ctx, state));
        if choose_and_close {
            egui::Popup::close_all(&ctx);
        }
        for command in commands {
            self.state.push(command);
        }
        self.apply_queue(&ctx);
        self.keep_recovery_copy(&ctx);
        self.update_title(&ctx);
        if self.state.busy().is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        match self.state.expire_status(ctx.input(|input| input.time)) {
            StatusRepaint::None => {}
            StatusRepaint::Now => ctx.request_repaint(),
            StatusRepaint::After(delay) => ctx.request_repaint_after(delay),
        }
    }

    /// The view shown; those that need a profile show the welcome view without one.
    fn view_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let state = &self.state;
        match (state.view(), state.document().is_some()) {
            // Views that need a profile are disabled without one; the start page stands in.
            (View::Roles, _) => self.roles.ui(ui, state),
            (View::Welcome, _) | (_, false) => ui::welcome::welcome_ui(ui, state),
            (View::Profile, true) => self.profile_view.ui(ui, state),
            (View::Compare, true) => ui::compare::compare_ui(ui, state),
            (View::Path, true) => self.path_view.ui(ui, state),
            (View::Actions, true) => self.actions_view.ui(ui, state),
        }
    }

    /// Keyboard shortcuts of every command.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.state.prompt().is_some() {
            return;
        }
        for command in UiCommand::ALL {
            let shortcuts =
                command.shortcut().into_iter().chain(command.alternative_shortcuts().iter().copied());
            for shortcut in shortcuts {
                let shortcut = ui::frame::keyboard_shortcut(shortcut);
                if ctx.input_mut(|input| input.consume_shortcut(&shortcut)) {
                    self.state.push(Command::Ui(command));
                }
            }
        }
    }

    /// Closing the window with unsaved changes asks first.
    fn intercept_close(&mut self, ctx: &egui::Context) {
        let requested = ctx.input(|input| input.viewport().close_requested());
        let dirty = self.state.document().is_some_and(crate::state::Document::is_dirty);
        if requested && !self.allow_close && dirty {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.state.prompt = Some(crate::state::Prompt::Unsaved { then: crate::state::Pending::Quit });
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.state.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
