//! The prompts shown over the window: unsaved changes, typed paths, a file changed on disk,
//! restoring unsaved work, and messages. Answers come back as commands.

use egui::{RichText, TextEdit};

use crate::state::{Answer, Command, Prompt, Purpose, State};

/// The path being typed, and the problem with the last one tried.
#[derive(Debug, Default)]
struct TypedPath {
    text: String,
    problem: Option<String>,
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
        let name = state.document().map_or_else(String::new, crate::state::Document::name);
        let typed = self.typed.get_or_insert_with(TypedPath::default);
        prompt_ui(ctx, prompt, &name, typed)
    }
}

/// Draws a prompt and returns the answer given this frame.
fn prompt_ui(
    ctx: &egui::Context,
    current: &Prompt,
    document_name: &str,
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
                answer = typed_path_ui(ui, *purpose, &mut typed.text, &mut typed.problem);
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
                    .map_or_else(|| "an untitled profile".to_owned(), |path| path.display().to_string());
                ui.label(format!(
                    "The planner closed with unsaved changes to {from} (\"{}\"). Restore them?",
                    recovery.save.profile.display_name
                ));
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
    if matches!(current, Prompt::Message { .. }) && ctx.input(|input| input.key_pressed(egui::Key::Escape)) {
        answer = Some(Answer::Dismiss);
    }
    answer.map(|answer| vec![Command::Answer(answer)]).unwrap_or_default()
}

fn typed_path_ui(
    ui: &mut egui::Ui,
    purpose: Purpose,
    text: &mut String,
    problem: &mut Option<String>,
) -> Option<Answer> {
    ui.label("No file dialog can be shown on this system. Type the full path of the file instead.");
    ui.add_space(4.0);
    let label = ui.label("File path");
    let example = match purpose {
        Purpose::Open => "/home/you/Documents/profile.ron",
        Purpose::SaveAs => "/home/you/Documents/my-profile.ron",
        Purpose::Export => "/home/you/Documents/action-plan.pdf",
    };
    let response = ui
        .add(TextEdit::singleline(text).hint_text(example).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if let Some(problem) = problem.as_ref() {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    let mut answer = None;
    let submitted = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        let verb = match purpose {
            Purpose::Open => "Open",
            Purpose::SaveAs => "Save",
            Purpose::Export => "Export",
        };
        if ui.button(verb).clicked() || submitted {
            let path = std::path::PathBuf::from(text.trim());
            *problem = check_typed_path(purpose, &path);
            if problem.is_none() {
                answer = Some(Answer::UsePath(path));
            }
        }
        if ui.button("Cancel").clicked() {
            answer = Some(Answer::Cancel);
        }
    });
    answer
}

/// A problem with a typed path, in words, before anything is read or written.
fn check_typed_path(purpose: Purpose, path: &std::path::Path) -> Option<String> {
    if path.as_os_str().is_empty() {
        return Some("Type a path first".to_owned());
    }
    if !path.is_absolute() {
        return Some("Type the full path, starting with /".to_owned());
    }
    match purpose {
        Purpose::Open if !path.is_file() => Some("There is no file at this path".to_owned()),
        Purpose::SaveAs | Purpose::Export if !path.parent().is_some_and(std::path::Path::is_dir) => {
            Some("That folder does not exist".to_owned())
        }
        _ => None,
    }
}
