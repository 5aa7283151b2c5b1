//! Opening profiles: from a file read in the background, at start-up from the command line, or
//! an embedded example.

use std::path::Path;

use super::App;
use crate::domain::model::save_file::CURRENT_FORMAT_VERSION;
use crate::state::{Command, Document, Prompt, Theme, UiCommand, View};
use crate::storage::{LoadError, Loaded};

/// What to open when the window starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartDocument {
    /// A profile file.
    File(std::path::PathBuf),
    /// An embedded example by file name.
    Example(String),
}

impl App {
    /// Shows a profile that was read (or why it could not be).
    pub(super) fn loaded(&mut self, path: &Path, result: Result<Box<Loaded>, LoadError>) {
        let loaded = match result {
            Ok(loaded) => loaded,
            Err(error) => {
                self.state.recent.remove(path);
                self.state.prompt = Some(Prompt::Message {
                    title: "The profile could not be opened".to_owned(),
                    text: error.to_string(),
                });
                return;
            }
        };
        let note = (loaded.original_version < CURRENT_FORMAT_VERSION)
            .then(|| format!(" (an older format: saving updates it to format {CURRENT_FORMAT_VERSION})"));
        let name = path.file_name().map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        let unknown = loaded.save.profile.unknown_references(self.state.catalogue);
        let Loaded { save, content_hash, .. } = *loaded;
        self.replace_document(Document::opened(save, path.to_path_buf(), content_hash));
        self.state.remember(path);
        self.state.show(View::Roles);
        self.state.tell(format!("Opened {name}{}", note.unwrap_or_default()));
        if let Some(first) = unknown.first() {
            self.state.prompt = Some(Prompt::Message {
                title: "Some entries are not in the catalogue".to_owned(),
                text: format!(
                    "{} entr(ies) refer to things this planner does not know, for example {first}. They are \
                     kept but ignored when matching.",
                    unknown.len()
                ),
            });
        }
    }

    /// Opens a document at start-up (before the first frame; a file is read at once).
    pub fn open_at_start(&mut self, start: StartDocument) {
        match start {
            StartDocument::File(path) => {
                let result = crate::storage::load(&path).map(Box::new);
                self.loaded(&path, result);
            }
            StartDocument::Example(name) => self.push(Command::OpenExample(name)),
        }
    }

    /// Starts on a view (after any document opened at start-up).
    pub fn show_at_start(&mut self, view: View) {
        self.push(Command::Show(view));
    }

    /// Starts with a theme.
    pub fn theme_at_start(&mut self, theme: Theme) {
        let command = match theme {
            Theme::System => UiCommand::ThemeSystem,
            Theme::Light => UiCommand::ThemeLight,
            Theme::Dark => UiCommand::ThemeDark,
        };
        self.push(Command::Ui(command));
    }
}
