//! What the window shows and how: the views, the theme, how files are chosen, and where the
//! app keeps its files.

use std::path::PathBuf;

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

    /// True for the views that show a profile, or what was worked out from one.
    #[must_use]
    pub fn needs_profile(self) -> bool {
        match self {
            Self::Profile | Self::Compare | Self::Path | Self::Actions => true,
            Self::Welcome | Self::Roles => false,
        }
    }

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
