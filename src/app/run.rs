//! Opening the window: renderer, icon, start-up options, and the hooks the start-up and idle
//! benchmarks read.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::{App, StartDocument};
use crate::domain::{Catalogue, Month};
use crate::state::{FileDialogs, Folders, Theme, View};

/// How the window starts.
#[derive(Clone, Debug)]
pub struct Launch {
    /// Today.
    pub today: Month,
    /// When the process started.
    pub started: Instant,
    /// A profile or example to open.
    pub open: Option<StartDocument>,
    /// The view to start on.
    pub view: Option<View>,
    /// The theme to start with.
    pub theme: Option<Theme>,
    /// Type paths instead of using file dialogs.
    pub typed_paths: bool,
    /// What to measure, if anything.
    pub measure: Measure,
    /// A bare eframe window instead of the app (the benchmarks' baseline).
    pub bare_window: bool,
    /// A synthetic catalogue with this many roles (benchmarks).
    pub synthetic_roles: Option<usize>,
}

/// Measurements for the benchmarks; each prints one `name=value` line and closes the window.
#[derive(Clone, Copy, Debug, Default)]
pub struct Measure {
    /// Print `first_frame_ms=<ms since start>` once the first frame is painted, and exit.
    pub exit_after_first_frame: bool,
    /// Print `idle_frames=<n>`: frames painted in this many seconds after start-up, and exit.
    pub idle_seconds: Option<u64>,
}

/// How long start-up is given to settle before idle frames are counted.
const SETTLE: Duration = Duration::from_secs(2);

/// The window's content (the app, or the bare baseline) with the measuring hooks around it.
struct Measured {
    content: Box<dyn FnMut(&mut egui::Ui)>,
    measure: Measure,
    started: Instant,
    frames: Arc<AtomicU64>,
    done: Arc<AtomicBool>,
}

impl eframe::App for Measured {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let frame = self.frames.fetch_add(1, Ordering::Relaxed) + 1;
        if self.measure.exit_after_first_frame && frame == 2 {
            // The first frame was painted before this one began.
            report("first_frame_ms", &format!("{:.1}", self.started.elapsed().as_secs_f64() * 1000.0));
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if self.done.load(Ordering::Relaxed) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        (self.content)(ui);
        if self.measure.exit_after_first_frame && frame == 1 {
            ui.ctx().request_repaint();
        }
    }
}

#[expect(clippy::print_stdout, reason = "the benchmark scripts read these lines from standard output")]
fn report(name: &str, value: &str) {
    println!("{name}={value}");
}

/// Counts the frames painted in `seconds` after start-up has settled, from another thread so
/// that an idle window is not woken to do it; then wakes it once to close.
fn count_idle_frames(ctx: egui::Context, seconds: u64, frames: Arc<AtomicU64>, done: Arc<AtomicBool>) {
    let spawned =
        std::thread::Builder::new().name("careers-planner: idle count".to_owned()).spawn(move || {
            std::thread::sleep(SETTLE);
            let before = frames.load(Ordering::Relaxed);
            std::thread::sleep(Duration::from_secs(seconds));
            let after = frames.load(Ordering::Relaxed);
            report("idle_frames", &(after - before).to_string());
            done.store(true, Ordering::Relaxed);
            ctx.request_repaint();
        });
    if spawned.is_err() {
        eprintln!("error: the idle-frame counter could not be started");
    }
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

/// The catalogue for the window: the embedded one with any overrides, or a synthetic one.
/// It lives as long as the program, so results borrow it without copying.
fn window_catalogue(synthetic_roles: Option<usize>) -> (&'static Catalogue, Option<String>) {
    let (catalogue, notice) = crate::storage::catalogue_with_overrides();
    let catalogue = match synthetic_roles {
        Some(roles) => crate::domain::synthetic::with_role_count(&catalogue, roles),
        None => Arc::unwrap_or_clone(catalogue),
    };
    (Box::leak(Box::new(catalogue)), notice)
}

/// Parses the catalogue on another thread while the window is being created.
fn prepare_catalogue(
    synthetic_roles: Option<usize>,
) -> impl FnOnce() -> (&'static Catalogue, Option<String>) {
    let handle = std::thread::Builder::new()
        .name("careers-planner: catalogue".to_owned())
        .spawn(move || window_catalogue(synthetic_roles))
        .ok();
    move || handle.and_then(|handle| handle.join().ok()).unwrap_or_else(|| window_catalogue(synthetic_roles))
}

/// The app, set up as the launch options ask.
fn app_content(launch: &Launch, catalogue: (&'static Catalogue, Option<String>)) -> App {
    let (catalogue, notice) = catalogue;
    let folders = Folders { config: crate::storage::config_dir(), data: crate::storage::data_dir() };
    if let Some(data) = &folders.data {
        super::logging::start(data);
    }
    let mut app = App::new(catalogue, launch.today, folders);
    if let Some(notice) = notice {
        app.set_data_notice(notice);
    }
    if launch.typed_paths {
        app.set_file_dialogs(FileDialogs::Typed);
    }
    if let Some(open) = launch.open.clone() {
        app.open_at_start(open);
    }
    if let Some(view) = launch.view {
        app.show_at_start(view);
    }
    if let Some(theme) = launch.theme {
        app.theme_at_start(theme);
    }
    app
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
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("NHS careers planner")
        .with_app_id("careers-planner")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([760.0, 520.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, renderer: eframe::Renderer::Glow, ..Default::default() };
    let catalogue = (!launch.bare_window).then(|| prepare_catalogue(launch.synthetic_roles));
    let result = eframe::run_native(
        "careers-planner",
        options,
        Box::new(move |creation| {
            let content: Box<dyn FnMut(&mut egui::Ui)> = match catalogue {
                Some(catalogue) => {
                    let mut app = app_content(&launch, catalogue());
                    Box::new(move |ui: &mut egui::Ui| app.ui(ui))
                }
                None => Box::new(|ui: &mut egui::Ui| {
                    egui::CentralPanel::default().show(ui, |ui| {
                        ui.label("A bare eframe window");
                    });
                }),
            };
            let (frames, done) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicBool::new(false)));
            if let Some(seconds) = launch.measure.idle_seconds {
                count_idle_frames(creation.egui_ctx.clone(), seconds, Arc::clone(&frames), Arc::clone(&done));
            }
            Ok(Box::new(Measured { content, measure: launch.measure, started: launch.started, frames, done }))
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
