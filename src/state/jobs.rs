//! Background jobs: file dialogs, loading, saving, exporting and recovery copies run on a named
//! thread, one at a time, and the frame polls for the result. Nothing slow runs while drawing.
//! A job that panics or cannot be started is reported as such, with a typed error.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::report::RenderError;
use crate::storage::{LoadError, Loaded, SaveError, Saved};

/// Wakes the window when a job has finished (the shell asks for a frame).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Why a job could not run or did not finish.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// Another job is still running.
    #[error("the planner is still busy with the last file: try again in a moment")]
    Busy,
    /// The system refused a new thread.
    #[error("the planner could not start {name}: {source}. Close some programs and try again")]
    Spawn {
        /// The job.
        name: &'static str,
        /// What the system said.
        source: std::io::Error,
    },
    /// The job stopped with an internal error (a bug).
    #[error(
        "{name} stopped with an internal error ({message}). Your profile is still open; please report this"
    )]
    Panicked {
        /// The job.
        name: &'static str,
        /// The panic's message.
        message: String,
    },
}

/// Why the PDF action plan was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The PDF could not be made.
    #[error("{0}")]
    Render(#[from] RenderError),
    /// The file could not be written.
    #[error(
        "the action plan could not be written: {source}. Nothing was written there: choose another folder \
         or free some space, then export again ({})", .path.display()
    )]
    Write {
        /// What the system said.
        source: std::io::Error,
        /// The file.
        path: PathBuf,
    },
}

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
        result: Result<usize, ExportError>,
    },
    /// A recovery copy was written (or not).
    RecoveryWritten {
        /// The document version it holds.
        version: u64,
        /// The outcome.
        result: Result<(), SaveError>,
    },
    /// A job panicked before it produced a result.
    Failed(JobError),
}

struct Running {
    name: &'static str,
    receiver: Receiver<JobResult>,
    handle: Option<JoinHandle<()>>,
    started: Instant,
}

/// The one background job, if any.
pub struct Jobs {
    running: Option<Running>,
    waker: Waker,
}

impl Default for Jobs {
    fn default() -> Self {
        Self { running: None, waker: Arc::new(|| {}) }
    }
}

impl Jobs {
    /// Sets what wakes the window when a job finishes.
    pub fn set_waker(&mut self, waker: Waker) {
        self.waker = waker;
    }

    /// Starts a job on a named thread unless one is running.
    pub fn start(
        &mut self,
        name: &'static str,
        work: impl FnOnce() -> JobResult + Send + 'static,
    ) -> Result<(), JobError> {
        if self.running.is_some() {
            return Err(JobError::Busy);
        }
        let (sender, receiver) = mpsc::channel();
        let waker = Arc::clone(&self.waker);
        let handle = std::thread::Builder::new()
            .name(format!("careers-planner: {name}"))
            .spawn(move || {
                if sender.send(work()).is_err() {
                    log::warn!("{name} finished after the window stopped waiting for it");
                }
                waker();
            })
            .map_err(|source| JobError::Spawn { name, source })?;
        self.running = Some(Running { name, receiver, handle: Some(handle), started: Instant::now() });
        Ok(())
    }

    /// The finished job's result, if it has finished; a job that panicked gives
    /// [`JobResult::Failed`].
    pub fn poll(&mut self) -> Option<JobResult> {
        let running = self.running.as_mut()?;
        let result = match running.receiver.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                JobResult::Failed(JobError::Panicked { name: running.name, message: "no result".to_owned() })
            }
        };
        let name = running.name;
        let joined = running.handle.take().map(JoinHandle::join);
        self.running = None;
        match joined {
            Some(Err(panic)) => {
                Some(JobResult::Failed(JobError::Panicked { name, message: panic_message(&panic) }))
            }
            _ => Some(result),
        }
    }

    /// What is running, and for how long.
    #[must_use]
    pub fn busy(&self) -> Option<(&'static str, Duration)> {
        self.running.as_ref().map(|running| (running.name, running.started.elapsed()))
    }

    /// Waits for the running job's thread to end (for tests and for quitting); its result is
    /// still collected by the next [`Jobs::poll`].
    pub fn wait(&mut self) {
        let Some(running) = self.running.as_mut() else { return };
        while !running.handle.as_ref().is_none_or(JoinHandle::is_finished) {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// The text of a panic's payload.
fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_job_is_reported_with_its_message() {
        let mut jobs = Jobs::default();
        jobs.start("saving", || panic!("disk on fire")).expect("started");
        jobs.wait();
        let Some(JobResult::Failed(JobError::Panicked { name, message })) = jobs.poll() else {
            panic!("expected a failed job");
        };
        assert_eq!((name, message.as_str()), ("saving", "disk on fire"));
        assert!(jobs.busy().is_none(), "the spinner goes");
    }

    #[test]
    fn a_second_job_while_one_runs_is_refused_as_busy() {
        let mut jobs = Jobs::default();
        let (release, wait) = mpsc::channel::<()>();
        jobs.start("opening", move || {
            assert!(wait.recv().is_ok(), "released");
            JobResult::RecoveryWritten { version: 1, result: Ok(()) }
        })
        .expect("started");
        assert!(matches!(jobs.start("saving", || unreachable!()), Err(JobError::Busy)));
        release.send(()).expect("released");
        jobs.wait();
        assert!(matches!(jobs.poll(), Some(JobResult::RecoveryWritten { version: 1, .. })));
    }
}
