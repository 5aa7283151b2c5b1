//! Commands: everything that changes the app's state goes through one of these, applied at the
//! end of the frame. Each [`UiCommand`] has one definition of its menu text, tooltip and
//! keyboard shortcut.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::View;
use crate::domain::model::profile::Profile;
use crate::domain::model::save_file::SaveFile;

/// A command a menu item, button or shortcut can trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Start a new profile.
    New,
    /// Open a profile file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the action plan as PDF.
    ExportPdf,
    /// Quit the app.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Reset the size.
    ZoomReset,
    /// Follow the system's light or dark setting.
    ThemeSystem,
    /// Light theme.
    ThemeLight,
    /// Dark theme.
    ThemeDark,
    /// Show the About window.
    About,
}

impl UiCommand {
    /// Every command. Those whose shortcut adds Shift to another's come first, so that the
    /// longer shortcut is matched before the shorter one.
    pub const ALL: [Self; 15] = [
        Self::SaveAs,
        Self::Redo,
        Self::New,
        Self::Open,
        Self::Save,
        Self::ExportPdf,
        Self::Quit,
        Self::Undo,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ThemeSystem,
        Self::ThemeLight,
        Self::ThemeDark,
        Self::About,
    ];

    /// The menu text (an ellipsis when it opens a window that asks for more).
    #[must_use]
    pub fn text(self) -> &'static str {
        match self {
            Self::New => "New profile",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::ExportPdf => "Export PDF…",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Reset zoom",
            Self::ThemeSystem => "Follow system theme",
            Self::ThemeLight => "Light theme",
            Self::ThemeDark => "Dark theme",
            Self::About => "About",
        }
    }

    /// The tooltip.
    #[must_use]
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Start a new, empty profile",
            Self::Open => "Open a profile file (.ron)",
            Self::Save => "Save the profile to its file (a backup of the previous version is kept)",
            Self::SaveAs => "Save the profile to a new file",
            Self::ExportPdf => "Write your action plan as a PDF to take to a careers adviser",
            Self::Quit => "Close the planner",
            Self::Undo => "Undo the last change to the profile",
            Self::Redo => "Redo the change you undid",
            Self::ZoomIn => "Make text and controls larger",
            Self::ZoomOut => "Make text and controls smaller",
            Self::ZoomReset => "Return text and controls to their normal size",
            Self::ThemeSystem => "Use light or dark colours as your system does",
            Self::ThemeLight => "Dark text on a light background",
            Self::ThemeDark => "Light text on a dark background",
            Self::About => "The data's sources and dates, and the disclaimer",
        }
    }

    /// The keyboard shortcut, if any.
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let command_shift = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key));
        match self {
            Self::New => command(Key::N),
            Self::Open => command(Key::O),
            Self::Save => command(Key::S),
            Self::SaveAs => command_shift(Key::S),
            Self::ExportPdf => command(Key::E),
            Self::Quit => command(Key::Q),
            Self::Undo => command(Key::Z),
            Self::Redo => command(Key::Y),
            Self::ZoomIn => command(Key::Plus),
            Self::ZoomOut => command(Key::Minus),
            Self::ZoomReset => command(Key::Num0),
            Self::ThemeSystem | Self::ThemeLight | Self::ThemeDark | Self::About => None,
        }
    }

    /// Other shortcuts that do the same.
    #[must_use]
    pub fn alternative_shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            Self::Redo => vec![KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)],
            Self::ZoomIn => vec![KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)],
            _ => Vec::new(),
        }
    }
}

/// A change to the app's state, applied at the end of the frame.
#[must_use = "a command does nothing until it is applied"]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A menu or shortcut command.
    Ui(UiCommand),
    /// Show a view.
    Show(View),
    /// Replace the profile (an edit), with the kind of edit for undo grouping.
    EditProfile(Box<Profile>, &'static str),
    /// Replace everything (plan settings, scenarios) as one edit.
    EditSave(Box<SaveFile>, &'static str),
    /// Open this file (asking first if there are unsaved changes).
    OpenPath(PathBuf),
    /// Open an embedded sample profile by name.
    OpenExample(String),
    /// Make a role the target.
    SetTarget(String),
    /// Add a role's missing essential requirements to the action plan.
    AddGaps(String),
    /// Add or remove a role from the comparison.
    ToggleCompare(String),
    /// Show a role in the roles view.
    ShowRole(String),
    /// The person answered the prompt.
    Answer(Answer),
}

/// An answer to a prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    DontSave,
    /// Do nothing.
    Cancel,
    /// Overwrite the file that changed on disk.
    Overwrite,
    /// Restore the recovery copy.
    Restore,
    /// Discard the recovery copy.
    Discard,
    /// Use the typed path.
    UsePath(PathBuf),
    /// Close a message.
    Dismiss,
}
