//! Background jobs: file dialogs, loading, saving, exporting and recovery copies run on a named
//! thread, one at a time, and the frame polls for the result. Nothing slow runs while drawing.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::storage::{LoadError, Loaded, SaveError, Saved};

/// A dialog that returns "nothing chosen" faster than this could not be shown (no desktop
/// portal and no zenity): the person is offered a typed path instead.
pub const DIALOG_UNAVAILABLE_WITHIN: Duration = Duration::from_millis(300);

/// What a file is being chosen for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Opening a profile.
    Open,
    /// Saving the profile to a new file.
    SaveAs,
    /// Exporting the PDF action plan.
    Export,
}

impl Purpose {
    /// The dialog's title.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Open => "Open profile",
            Self::SaveAs => "Save profile as",
            Self::Export => "Export PDF action plan",
        }
    }
}

/// What a job produced.
#[derive(Debug)]
pub enum JobResult {
    /// A file dialog closed.
    Picked {
        /// What the file is for.
        purpose: Purpose,
        /// The chosen path, if any.
        path: Option<PathBuf>,
        /// True when no dialog could be shown.
        unavailable: bool,
    },
    /// A profile was read.
    Loaded {
        /// The file.
        path: PathBuf,
        /// The profile, or why not.
        result: Result<Box<Loaded>, LoadError>,
    },
    /// A profile was saved (or not).
    Saved {
        /// The file.
        path: PathBuf,
        /// The document version that was saved.
        version: u64,
        /// The outcome.
        result: Result<Saved, SaveError>,
    },
    /// The PDF was written (or not).
    Exported {
        /// The file.
        path: PathBuf,
        /// Pages written, or why not.
        result: Result<usize, String>,
    },
    /// A recovery copy was written (or not).
    RecoveryWritten {
        /// The document version it holds.
        version: u64,
        /// The outcome.
        result: Result<(), String>,
    },
}

struct Running {
    name: &'static str,
    receiver: Receiver<JobResult>,
    handle: Option<JoinHandle<()>>,
    started: Instant,
}

/// The one background job, if any.
#[derive(Default)]
pub struct Jobs {
    running: Option<Running>,
}

impl Jobs {
    /// Starts a job unless one is running; returns false when busy.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        name: &'static str,
        work: impl FnOnce() -> JobResult + Send + 'static,
    ) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name(format!("careers-planner: {name}")).spawn(move || {
            let result = work();
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        match spawned {
            Ok(handle) => {
                self.running =
                    Some(Running { name, receiver, handle: Some(handle), started: Instant::now() });
                true
            }
            Err(_) => false,
        }
    }

    /// The finished job's result, if it has finished.
    pub fn poll(&mut self) -> Option<JobResult> {
        let running = self.running.as_mut()?;
        match running.receiver.try_recv() {
            Ok(result) => {
                if let Some(handle) = running.handle.take() {
                    let _ = handle.join();
                }
                self.running = None;
                Some(result)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.running = None;
                None
            }
        }
    }

    /// What is running, and for how long.
    #[must_use]
    pub fn busy(&self) -> Option<(&'static str, Duration)> {
        self.running.as_ref().map(|running| (running.name, running.started.elapsed()))
    }

    /// Waits for the running job to finish (for tests and for quitting).
    pub fn wait(&mut self) {
        if let Some(handle) = self.running.as_mut().and_then(|running| running.handle.take()) {
            let _ = handle.join();
        }
    }
}

/// Shows a native file dialog and reports whether one could be shown at all.
#[must_use]
pub fn pick(purpose: Purpose, suggested: Option<String>) -> JobResult {
    let started = Instant::now();
    let dialog = rfd::FileDialog::new().set_title(purpose.title());
    let path = match purpose {
        Purpose::Open => dialog.add_filter("Careers planner profile", &["ron"]).pick_file(),
        Purpose::SaveAs => dialog
            .add_filter("Careers planner profile", &["ron"])
            .set_file_name(suggested.unwrap_or_else(|| "profile.ron".to_owned()))
            .save_file(),
        Purpose::Export => dialog
            .add_filter("PDF document", &["pdf"])
            .set_file_name(suggested.unwrap_or_else(|| "action-plan.pdf".to_owned()))
            .save_file(),
    };
    let unavailable = path.is_none() && started.elapsed() < DIALOG_UNAVAILABLE_WITHIN;
    JobResult::Picked { purpose, path, unavailable }
}
