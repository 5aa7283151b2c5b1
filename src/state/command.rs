//! Commands: everything that changes the app's state goes through one of these, applied at the
//! end of the frame. Each [`UiCommand`] has one definition of its menu text, tooltip and
//! keyboard shortcut.

use std::path::PathBuf;

use super::View;
use super::document::EditGroup;
use crate::domain::FinancialYear;
use crate::domain::model::profile::Profile;
use crate::domain::model::save_file::SaveFile;

/// A key that a shortcut presses with Ctrl (Cmd on a Mac).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShortcutKey {
    /// E.
    E,
    /// N.
    N,
    /// O.
    O,
    /// Q.
    Q,
    /// S.
    S,
    /// Y.
    Y,
    /// Z.
    Z,
    /// Plus.
    Plus,
    /// Equals (plus without Shift on many keyboards).
    Equals,
    /// Minus.
    Minus,
    /// Zero.
    Zero,
}

/// A keyboard shortcut: Ctrl (Cmd on a Mac), perhaps Shift, and a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortcut {
    /// True when Shift is held too.
    pub shift: bool,
    /// The key.
    pub key: ShortcutKey,
}

impl Shortcut {
    const fn command(key: ShortcutKey) -> Self {
        Self { shift: false, key }
    }

    const fn command_shift(key: ShortcutKey) -> Self {
        Self { shift: true, key }
    }
}

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
    /// Show the keyboard shortcuts of every command.
    KeyboardShortcuts,
    /// Show what each view is for.
    GettingStarted,
    /// Show the About window.
    About,
}

impl UiCommand {
    /// Every command. Those whose shortcut adds Shift to another's come first, so that the
    /// longer shortcut is matched before the shorter one.
    pub const ALL: [Self; 17] = [
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
        Self::GettingStarted,
        Self::KeyboardShortcuts,
        Self::About,
    ];

    /// Every command in the order of the menus, for lists shown to people.
    pub const IN_MENU_ORDER: [Self; 17] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::ExportPdf,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::ThemeSystem,
        Self::ThemeLight,
        Self::ThemeDark,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::GettingStarted,
        Self::KeyboardShortcuts,
        Self::About,
    ];

    /// The menu the command is in.
    #[must_use]
    pub fn menu(self) -> &'static str {
        match self {
            Self::New | Self::Open | Self::Save | Self::SaveAs | Self::ExportPdf | Self::Quit => "File",
            Self::Undo | Self::Redo => "Edit",
            Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ThemeSystem
            | Self::ThemeLight
            | Self::ThemeDark => "View",
            Self::GettingStarted | Self::KeyboardShortcuts | Self::About => "Help",
        }
    }

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
            Self::KeyboardShortcuts => "Keyboard shortcuts",
            Self::GettingStarted => "Getting started",
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
            Self::KeyboardShortcuts => "Every command and its keyboard shortcut",
            Self::GettingStarted => "What each view is for, in five lines",
            Self::About => "The data's sources and dates, and the disclaimer",
        }
    }

    /// The keyboard shortcut, if any.
    #[must_use]
    pub fn shortcut(self) -> Option<Shortcut> {
        use ShortcutKey as Key;
        let shortcut = match self {
            Self::New => Shortcut::command(Key::N),
            Self::Open => Shortcut::command(Key::O),
            Self::Save => Shortcut::command(Key::S),
            Self::SaveAs => Shortcut::command_shift(Key::S),
            Self::ExportPdf => Shortcut::command(Key::E),
            Self::Quit => Shortcut::command(Key::Q),
            Self::Undo => Shortcut::command(Key::Z),
            Self::Redo => Shortcut::command(Key::Y),
            Self::ZoomIn => Shortcut::command(Key::Plus),
            Self::ZoomOut => Shortcut::command(Key::Minus),
            Self::ZoomReset => Shortcut::command(Key::Zero),
            Self::ThemeSystem
            | Self::ThemeLight
            | Self::ThemeDark
            | Self::KeyboardShortcuts
            | Self::GettingStarted
            | Self::About => return None,
        };
        Some(shortcut)
    }

    /// Other shortcuts that do the same.
    #[must_use]
    pub fn alternative_shortcuts(self) -> &'static [Shortcut] {
        const REDO: [Shortcut; 1] = [Shortcut::command_shift(ShortcutKey::Z)];
        const ZOOM_IN: [Shortcut; 1] = [Shortcut::command(ShortcutKey::Equals)];
        match self {
            Self::Redo => &REDO,
            Self::ZoomIn => &ZOOM_IN,
            _ => &[],
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
    /// Replace the profile (an edit), with the part it edits for undo grouping.
    EditProfile(Box<Profile>, EditGroup),
    /// Replace everything (plan settings, scenarios) as one edit.
    EditSave(Box<SaveFile>, EditGroup),
    /// Open this file (asking first if there are unsaved changes).
    OpenPath(PathBuf),
    /// Open an embedded sample profile by name.
    OpenExample(String),
    /// Make a role the target.
    SetTarget(String),
    /// Add a role's missing requirements of one kind (essential or desirable) to the action plan.
    AddGaps(String, crate::domain::gaps::GapKind),
    /// Add or remove a role from the comparison.
    ToggleCompare(String),
    /// Show a role in the roles view.
    ShowRole(String),
    /// Show pay for this financial year.
    SetPayYear(FinancialYear),
    /// Close the notice about the data.
    DismissNotice,
    /// Close the About window.
    CloseAbout,
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
    /// Do nothing (and forget what was to follow).
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

#[cfg(test)]
mod tests {
    use super::UiCommand;

    #[test]
    fn the_menu_order_holds_every_command_once() {
        for command in UiCommand::ALL {
            let times = UiCommand::IN_MENU_ORDER.iter().filter(|listed| **listed == command).count();
            assert_eq!(times, 1, "{command:?}");
        }
    }
}
