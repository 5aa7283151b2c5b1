//! The options that shape how the window starts (no subcommand).

use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// How the window starts.
#[derive(Debug, Default, Args)]
pub struct WindowArgs {
    /// A profile to open in the window.
    #[arg(value_name = "PROFILE.ron", value_parser = existing_profile)]
    pub profile: Option<PathBuf>,
    /// Open an embedded example profile instead, such as graduate-2-2.ron (see the Start view).
    #[arg(long, value_name = "NAME", conflicts_with = "profile")]
    pub example: Option<String>,
    /// The view to start on.
    #[arg(long, value_enum)]
    pub view: Option<StartView>,
    /// Light or dark colours (default: as last chosen, else as the system).
    #[arg(long, value_enum)]
    pub theme: Option<StartTheme>,
    /// Type file paths instead of using the system's file dialogs.
    #[arg(long)]
    pub typed_paths: bool,
    /// Open the window, print `first_frame_ms=<ms since start>` once the first frame is
    /// painted, and exit (for start-up benchmarks).
    #[arg(long)]
    pub exit_after_first_frame: bool,
    /// Benchmark: after start-up, count the frames painted in this many idle seconds, print
    /// `idle_frames=<n>` and exit.
    #[arg(long, hide = true, value_name = "SECONDS")]
    pub measure_idle: Option<u64>,
    /// Benchmark: a bare eframe window built the same way, for comparison.
    #[arg(long, hide = true)]
    pub bare_window: bool,
    /// Benchmark: a synthetic catalogue with this many roles instead of the shipped one.
    #[arg(long, hide = true, value_name = "N")]
    pub synthetic_roles: Option<usize>,
}

/// A profile path that exists (so that a mistyped command is not taken for a file).
fn existing_profile(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("\"{text}\" is neither a command nor an existing profile file (see --help)"))
    }
}

/// A view to start on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StartView {
    /// New profile, open, examples, recent files.
    Start,
    /// The profile editor.
    Profile,
    /// The roles browser.
    Roles,
    /// Roles side by side.
    Compare,
    /// Paths, pay and scenarios.
    Path,
    /// The action plan.
    Actions,
}

/// A colour theme to start with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StartTheme {
    /// Follow the system.
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl WindowArgs {
    /// The launch options for the window.
    #[must_use]
    pub fn launch(self, today: crate::domain::Month, started: std::time::Instant) -> crate::app::Launch {
        use crate::app::{Measure, StartDocument};
        use crate::state::{Theme, View};
        let open = match (self.profile, self.example) {
            (Some(path), _) => Some(StartDocument::File(path)),
            (None, Some(name)) => Some(StartDocument::Example(name)),
            (None, None) => None,
        };
        crate::app::Launch {
            today,
            started,
            open,
            view: self.view.map(|view| match view {
                StartView::Start => View::Welcome,
                StartView::Profile => View::Profile,
                StartView::Roles => View::Roles,
                StartView::Compare => View::Compare,
                StartView::Path => View::Path,
                StartView::Actions => View::Actions,
            }),
            theme: self.theme.map(|theme| match theme {
                StartTheme::System => Theme::System,
                StartTheme::Light => Theme::Light,
                StartTheme::Dark => Theme::Dark,
            }),
            typed_paths: self.typed_paths,
            measure: Measure {
                exit_after_first_frame: self.exit_after_first_frame,
                idle_seconds: self.measure_idle,
            },
            bare_window: self.bare_window,
            synthetic_roles: self.synthetic_roles,
        }
    }
}
