//! Commands: everything that changes the app's state goes through one of these, applied at the
//! end of the frame. Each [`UiCommand`] has one definition of its menu text, tooltip and
//! keyboard shortcut.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::View;

/// A command a menu item, button or shortcut can trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Quit the app.
    Quit,
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
    /// Every command, for listing shortcuts.
    pub const ALL: [Self; 8] = [
        Self::Quit,
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
            Self::Quit => "Quit",
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
            Self::Quit => "Close the planner",
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
        match self {
            Self::Quit => command(Key::Q),
            Self::ZoomIn => command(Key::Plus),
            Self::ZoomOut => command(Key::Minus),
            Self::ZoomReset => command(Key::Num0),
            Self::ThemeSystem | Self::ThemeLight | Self::ThemeDark | Self::About => None,
        }
    }

    /// Other shortcuts that do the same (Ctrl+= for zoom in, on keyboards without a plus key).
    #[must_use]
    pub fn alternative_shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            Self::ZoomIn => vec![KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)],
            _ => Vec::new(),
        }
    }
}

/// A change to the app's state, applied at the end of the frame.
#[must_use = "a command does nothing until it is applied"]
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Command {
    /// A menu or shortcut command.
    Ui(UiCommand),
    /// Show a view.
    Show(View),
}
