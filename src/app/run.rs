//! Opening the window: renderer, icon, start-up checks and the first-frame benchmark hook.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use super::App;
use crate::domain::Month;

/// What the command line asked the window to do.
#[derive(Clone, Copy, Debug)]
pub struct Launch {
    /// Today.
    pub today: Month,
    /// Print `first_frame_ms=<ms>` after the first frame and exit.
    pub exit_after_first_frame: bool,
    /// When the process started.
    pub started: Instant,
}

/// The app inside eframe: adds what only a real window has.
struct DesktopApp {
    app: App,
    exit_after_first_frame: bool,
    started: Instant,
    frames: u64,
}

impl eframe::App for DesktopApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.exit_after_first_frame && self.frames == 2 {
            // The first frame was painted before this one began.
            let elapsed = self.started.elapsed().as_secs_f64() * 1000.0;
            report_first_frame(elapsed);
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.app.ui(ui);
        if self.exit_after_first_frame && self.frames == 1 {
            ui.ctx().request_repaint();
        }
    }
}

#[expect(clippy::print_stdout, reason = "the benchmark reads this line from standard output")]
fn report_first_frame(milliseconds: f64) {
    println!("first_frame_ms={milliseconds:.1}");
}

/// The window icon, from `assets/icon.png`.
fn icon() -> Option<Arc<egui::IconData>> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok().map(Arc::new)
}

/// True when there is a display to open a window on.
fn display_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// Opens the window and runs until it closes.
#[must_use]
pub fn run_window(launch: Launch) -> ExitCode {
    if !display_available() {
        eprintln!(
            "error: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). \
             Run it from a desktop session, or use a command such as `careers-planner match PROFILE.ron` \
             (see --help)."
        );
        return ExitCode::FAILURE;
    }
    let (catalogue, notice) = crate::storage::catalogue_with_overrides();
    // The catalogue lives as long as the program: results borrow it without copying.
    let catalogue: &'static crate::domain::Catalogue =
        Box::leak(Box::new(std::sync::Arc::unwrap_or_clone(catalogue)));
    let folders = super::Folders { config: crate::storage::config_dir(), data: crate::storage::data_dir() };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("NHS careers planner")
        .with_app_id("careers-planner")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([760.0, 520.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, renderer: eframe::Renderer::Glow, ..Default::default() };
    let Launch { today, exit_after_first_frame, started } = launch;
    let result = eframe::run_native(
        "careers-planner",
        options,
        Box::new(move |_creation| {
            let mut app = App::new(catalogue, today, folders);
            if let Some(notice) = notice {
                app.set_data_notice(notice);
            }
            Ok(Box::new(DesktopApp { app, exit_after_first_frame, started, frames: 0 }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "error: the window could not be opened: {error}. The planner needs OpenGL 2 or later \
                 (software rendering such as Mesa's llvmpipe works); the commands in --help work without a window."
            );
            ExitCode::FAILURE
        }
    }
}
