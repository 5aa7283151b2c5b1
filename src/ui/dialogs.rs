//! The prompts shown over the window: unsaved changes, typed paths, a file changed on disk,
//! restoring unsaved work, and messages. Answers come back as commands; Escape gives each
//! prompt's safe answer (cancel, dismiss, or restore found work so that nothing is lost).

use std::path::{Path, PathBuf};

use egui::{Key, RichText, TextEdit};

use crate::state::prompt::{home_folder, resolve_typed_path};
use crate::state::{Answer, Command, Prompt, Purpose, State};

/// What an untitled profile is called in prompts.
pub const UNSAVED_NEW_PROFILE: &str = "an unsaved new profile";

/// The path being typed, the problem with the last one tried, and whether the box has been
/// given the keyboard focus yet.
#[derive(Debug, Default)]
struct TypedPath {
    text: String,
    problem: Option<String>,
    focused: bool,
}

/// The prompt's own state: the path being typed while a typed-path prompt is shown.
#[derive(Debug, Default)]
pub struct PromptView {
    typed: Option<TypedPath>,
}

impl PromptView {
    /// Draws the state's prompt, if any, and returns the answer given this frame.
    pub fn ui(&mut self, ctx: &egui::Context, state: &State) -> Vec<Command> {
        let typing = matches!(state.prompt(), Some(Prompt::TypedPath { .. }));
        if !typing {
            self.typed = None;
        }
        let Some(prompt) = state.prompt() else { return Vec::new() };
        let document = state.document();
        let name = match document {
            Some(document) if document.path().is_some() => document.name(),
            Some(_) | None => UNSAVED_NEW_PROFILE.to_owned(),
        };
        // Relative paths are taken from the profile's folder, else the current folder.
        let base = document
            .and_then(|document| document.path())
            .and_then(|path| path.parent())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let typed = self.typed.get_or_insert_with(TypedPath::default);
        prompt_ui(ctx, prompt, &name, &base, typed)
    }
}

/// The answer Escape gives: the one that changes nothing, or loses nothing.
#[must_use]
pub fn escape_answer(prompt: &Prompt) -> Answer {
    match prompt {
        Prompt::Unsaved { .. } | Prompt::TypedPath { .. } | Prompt::ChangedOnDisk { .. } => Answer::Cancel,
        // Found work must be restored or discarded: restoring loses nothing.
        Prompt::Recovery(_) => Answer::Restore,
        Prompt::Message { .. } => Answer::Dismiss,
    }
}

/// Draws a prompt and returns the answer given this frame.
fn prompt_ui(
    ctx: &egui::Context,
    current: &Prompt,
    document_name: &str,
    base: &Path,
    typed: &mut TypedPath,
) -> Vec<Command> {
    let mut answer = None;
    let title = match current {
        Prompt::Unsaved { .. } => "Unsaved changes".to_owned(),
        Prompt::TypedPath { purpose, .. } => purpose.title().to_owned(),
        Prompt::ChangedOnDisk { comment_lines: 0, .. } => "The file changed on disk".to_owned(),
        Prompt::ChangedOnDisk { .. } => "Comments in the file would be lost".to_owned(),
        Prompt::Recovery(_) => "Unsaved work was found".to_owned(),
        Prompt::Message { title, .. } => title.clone(),
    };
    egui::Modal::new(egui::Id::unique("careers-planner-prompt")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new(title).strong().size(17.0));
        ui.add_space(6.0);
        match current {
            Prompt::Unsaved { .. } => {
                ui.label(format!(
                    "Save the changes to {document_name} first? Changes you do not save are lost."
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        answer = Some(Answer::Save);
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(Answer::DontSave);
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
            }
            Prompt::TypedPath { purpose } => {
                answer = typed_path_ui(ui, *purpose, base, typed);
            }
            Prompt::ChangedOnDisk { path, comment_lines } => {
                ui.label(if *comment_lines == 0 {
                    format!(
                        "{} was changed by something else since you opened it. Overwrite it with your \
                         version? Its current content would be kept as the backup only if it is a valid \
                         profile.",
                        path.display()
                    )
                } else {
                    format!(
                        "{} has {comment_lines} line(s) of comments that the planner cannot keep when it \
                         saves. Save anyway? The file as it is now, with its comments, is kept as the .bak \
                         backup.",
                        path.display()
                    )
                });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let overwrite = if *comment_lines == 0 { "Overwrite" } else { "Save anyway" };
                    if ui.button(overwrite).clicked() {
                        answer = Some(Answer::Overwrite);
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
            }
            Prompt::Recovery(recovery) => {
                let from = recovery
                    .original
                    .as_ref()
                    .map_or_else(|| UNSAVED_NEW_PROFILE.to_owned(), |path| path.display().to_string());
                let person = recovery.save.profile.display_name.trim();
                let whose = if person.is_empty() { String::new() } else { format!(" (\"{person}\")") };
                ui.label(format!("The planner closed with unsaved changes to {from}{whose}. Restore them?"));
                ui.label(RichText::new("Escape restores them, so that nothing is lost.").weak());
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        answer = Some(Answer::Restore);
                    }
                    if ui.button("Discard").clicked() {
                        answer = Some(Answer::Discard);
                    }
                });
            }
            Prompt::Message { text, .. } => {
                ui.label(text.as_str());
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    answer = Some(Answer::Dismiss);
                }
            }
        }
    });
    if answer.is_none() && ctx.input(|input| input.key_pressed(Key::Escape)) {
        answer = Some(escape_answer(current));
    }
    answer.map(|answer| vec![Command::Answer(answer)]).unwrap_or_default()
}

fn typed_path_ui(ui: &mut egui::Ui, purpose: Purpose, base: &Path, typed: &mut TypedPath) -> Option<Answer> {
    ui.label(
        "No file dialog can be shown on this system. Type the path of the file instead: ~ is your home \
         folder, and a path that does not start with / is taken from the folder shown.",
    );
    ui.add_space(4.0);
    let label = ui.label("File path");
    let example = match purpose {
        Purpose::Open => "~/Documents/profile.ron",
        Purpose::SaveAs => "~/Documents/my-profile.ron",
        Purpose::Export => "~/Documents/action-plan.pdf",
    };
    let response = ui
        .add(TextEdit::singleline(&mut typed.text).hint_text(example).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if !typed.focused {
        response.request_focus();
        typed.focused = true;
    }
    let path = resolve_typed_path(&typed.text, home_folder().as_deref(), base);
    if response.changed() && typed.problem.is_some() {
        // The warning goes as soon as the path is right.
        typed.problem = check_typed_path(purpose, &typed.text, &path);
    }
    let shown =
        if typed.text.trim().is_empty() { base.display().to_string() } else { path.display().to_string() };
    let verb = match purpose {
        Purpose::Open => "Open",
        Purpose::SaveAs => "Save",
        Purpose::Export => "Export",
    };
    let will = if typed.text.trim().is_empty() { "Folder" } else { "Will use" };
    ui.label(RichText::new(format!("{will}: {shown}")).weak());
    if let Some(problem) = typed.problem.as_ref() {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    let mut answer = None;
    let submitted = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
    ui.horizontal(|ui| {
        if ui.button(verb).clicked() || submitted {
            typed.problem = check_typed_path(purpose, &typed.text, &path);
            if typed.problem.is_none() {
                answer = Some(Answer::UsePath(path.clone()));
            }
        }
        if ui.button("Cancel").clicked() {
            answer = Some(Answer::Cancel);
        }
    });
    answer
}

/// A problem with a typed path (as typed, and as resolved), in words, before anything is read
/// or written.
fn check_typed_path(purpose: Purpose, typed: &str, path: &Path) -> Option<String> {
    if typed.trim().is_empty() {
        return Some("Type a path first".to_owned());
    }
    match purpose {
        Purpose::Open if !path.is_file() => Some("There is no file at this path".to_owned()),
        Purpose::SaveAs | Purpose::Export if path.is_dir() => {
            Some("That is a folder: add a file name to the path".to_owned())
        }
        Purpose::SaveAs | Purpose::Export if !path.parent().is_some_and(Path::is_dir) => {
            Some("That folder does not exist".to_owned())
        }
        _ => None,
    }
}
