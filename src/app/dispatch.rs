//! The command dispatcher: drains the queue (commands raised while applying run in the same
//! pass), answers prompts, and carries out what waited for unsaved changes.

use crate::domain::Profile;
use crate::domain::model::save_file::SaveFile;
use crate::state::{Answer, Command, Document, Pending, Prompt, Purpose, Theme, UiCommand, View};
use crate::storage::OnDiskChange;

use super::App;

impl App {
    /// Applies every queued command, including those queued while applying.
    pub(super) fn apply_queue(&mut self, ctx: &egui::Context) {
        while let Some(command) = self.state.queue.pop_front() {
            self.apply(ctx, command);
        }
    }

    /// Runs one command.
    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(command) => self.apply_ui(ctx, command),
            Command::Show(view) => self.state.show(view),
            Command::EditProfile(profile, group) => self.state.edit_profile(*profile, group),
            Command::EditSave(file, group) => self.state.edit_save(*file, group),
            Command::OpenPath(path) => self.guard_unsaved(ctx, Pending::Open(Some(path))),
            Command::OpenExample(name) => self.guard_unsaved(ctx, Pending::OpenExample(name)),
            Command::SetTarget(role) => self.state.set_target(role),
            Command::AddGaps(role, kind) => self.state.add_gaps(&role, kind),
            Command::ToggleCompare(role) => self.state.toggle_compare(role),
            Command::ShowRole(role) => {
                self.roles.select(Some(role));
                self.state.show(View::Roles);
            }
            Command::SetPayYear(year) => self.state.set_pay_year(year),
            Command::DismissNotice => self.state.set_data_notice(None),
            Command::CloseAbout => self.state.set_about_open(false),
            Command::Answer(answer) => self.answer(ctx, answer),
        }
    }

    /// Applies the answer to the prompt shown; an answer the prompt does not offer leaves it.
    /// Every prompt lists every answer, so that a new answer or prompt is thought through here.
    fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(prompt) = self.state.prompt.take() else { return };
        match prompt {
            Prompt::Unsaved { then } => match answer {
                Answer::Save => self.save(Some(then)),
                Answer::DontSave => {
                    self.state.discard_recovery();
                    if let Some(document) = self.state.document.as_mut() {
                        document.forget_changes();
                    }
                    self.proceed(ctx, then);
                }
                // Cancelling forgets what was to follow (a later save must not quit).
                Answer::Cancel => self.state.after_save = None,
                Answer::Overwrite
                | Answer::Restore
                | Answer::Discard
                | Answer::UsePath(_)
                | Answer::Dismiss => self.keep_prompt(&answer, Prompt::Unsaved { then }),
            },
            Prompt::TypedPath { purpose } => match answer {
                Answer::UsePath(path) => self.picked(purpose, path),
                // Cancelling the path of a save that was to quit or open forgets that too.
                Answer::Cancel => self.state.after_save = None,
                Answer::Save
                | Answer::DontSave
                | Answer::Overwrite
                | Answer::Restore
                | Answer::Discard
                | Answer::Dismiss => self.keep_prompt(&answer, Prompt::TypedPath { purpose }),
            },
            Prompt::ChangedOnDisk { path, comment_lines } => match answer {
                Answer::Overwrite => self.save_to(&path, OnDiskChange::Overwrite),
                Answer::Cancel => self.state.after_save = None,
                Answer::Save
                | Answer::DontSave
                | Answer::Restore
                | Answer::Discard
                | Answer::UsePath(_)
                | Answer::Dismiss => self.keep_prompt(&answer, Prompt::ChangedOnDisk { path, comment_lines }),
            },
            Prompt::Recovery(recovery) => match answer {
                Answer::Restore => self.state.restore(*recovery),
                Answer::Discard => self.state.discard_recovery(),
                // Found unsaved work must be restored or discarded.
                Answer::Save
                | Answer::DontSave
                | Answer::Cancel
                | Answer::Overwrite
                | Answer::UsePath(_)
                | Answer::Dismiss => self.keep_prompt(&answer, Prompt::Recovery(recovery)),
            },
            Prompt::Message { title, text } => match answer {
                Answer::Dismiss | Answer::Cancel => {}
                Answer::Save
                | Answer::DontSave
                | Answer::Overwrite
                | Answer::Restore
                | Answer::Discard
                | Answer::UsePath(_) => self.keep_prompt(&answer, Prompt::Message { title, text }),
            },
        }
    }

    /// Keeps a prompt that was given an answer it does not offer.
    fn keep_prompt(&mut self, answer: &Answer, prompt: Prompt) {
        log::warn!("the answer {answer:?} does not fit the prompt {prompt:?}: the prompt stays");
        self.state.prompt = Some(prompt);
    }

    fn apply_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::New => self.guard_unsaved(ctx, Pending::New),
            UiCommand::Open => self.guard_unsaved(ctx, Pending::Open(None)),
            UiCommand::Save => self.save(None),
            UiCommand::SaveAs => self.pick(Purpose::SaveAs),
            UiCommand::ExportPdf => {
                if self.state.document().is_some() {
                    self.pick(Purpose::Export);
                } else {
                    self.state.tell("Open or start a profile first: the action plan is made from it");
                }
            }
            UiCommand::Quit => self.guard_unsaved(ctx, Pending::Quit),
            UiCommand::Undo => self.state.undo(),
            UiCommand::Redo => self.state.redo(),
            UiCommand::ZoomIn => self.set_zoom(ctx, self.state.zoom() + 0.1),
            UiCommand::ZoomOut => self.set_zoom(ctx, self.state.zoom() - 0.1),
            UiCommand::ZoomReset => self.set_zoom(ctx, 1.0),
            UiCommand::ThemeSystem => self.set_theme(ctx, Theme::System),
            UiCommand::ThemeLight => self.set_theme(ctx, Theme::Light),
            UiCommand::ThemeDark => self.set_theme(ctx, Theme::Dark),
            UiCommand::KeyboardShortcuts => self.help_view.shortcuts_open = true,
            UiCommand::GettingStarted => self.help_view.guide_open = true,
            UiCommand::About => self.state.set_about_open(true),
        }
    }

    /// Goes ahead with `then`, or first asks to save unsaved changes.
    fn guard_unsaved(&mut self, ctx: &egui::Context, then: Pending) {
        if self.state.document().is_some_and(Document::is_dirty) {
            self.state.prompt = Some(Prompt::Unsaved { then });
        } else {
            self.proceed(ctx, then);
        }
    }

    /// Carries out an action once unsaved changes are dealt with.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, then: Pending) {
        match then {
            Pending::New => {
                self.replace_document(Document::untitled(SaveFile::new(Profile::default())));
                self.state.show(View::Profile);
            }
            Pending::Open(None) => self.pick(Purpose::Open),
            Pending::Open(Some(path)) => self.open(&path),
            Pending::OpenExample(name) => match crate::state::example(&name) {
                Some(file) => {
                    self.replace_document(Document::untitled(file));
                    self.state.show(View::Roles);
                    self.state.tell(format!("Opened the example {name} as an untitled copy"));
                }
                None => self.state.tell(format!("There is no example called {name}")),
            },
            Pending::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Shows another document, with a fresh profile editor.
    pub(super) fn replace_document(&mut self, document: Document) {
        self.state.replace_document(document);
        self.profile_view = crate::ui::profile::ProfileView::default();
    }

    fn set_zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        self.state.set_zoom(zoom);
        self.apply_appearance(ctx);
    }

    fn set_theme(&mut self, ctx: &egui::Context, theme: Theme) {
        self.state.set_theme(theme);
        self.apply_appearance(ctx);
    }

    /// Applies the theme and zoom to the window.
    pub(super) fn apply_appearance(&self, ctx: &egui::Context) {
        ctx.set_zoom_factor(self.state.zoom());
        ctx.set_theme(match self.state.theme() {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
    }
}
