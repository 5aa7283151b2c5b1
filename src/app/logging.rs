//! The log: warnings about things that cost only a convenience (a preference not remembered, a
//! recovery copy not removed) are written to `careers-planner.log` in the data folder, one line
//! each, instead of interrupting the person. Failures the person must know about are shown.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The log file in a data folder.
#[must_use]
pub fn log_path(data_dir: &Path) -> PathBuf {
    data_dir.join("careers-planner.log")
}

/// Appends warnings and errors to a file.
struct FileLogger {
    path: PathBuf,
    lock: Mutex<()>,
}

impl log::Log for FileLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn && metadata.target().starts_with("careers_planner")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let Ok(_guard) = self.lock.lock() else { return };
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .and_then(|mut file| writeln!(file, "{seconds} {}: {}", record.level(), record.args()));
        if let Err(error) = written {
            // The log itself could not be written: standard error is the last place left.
            eprintln!(
                "careers-planner: {} (the log {} could not be written: {error})",
                record.args(),
                self.path.display()
            );
        }
    }

    fn flush(&self) {}
}

/// Sends the app's warnings to the log file in `data_dir` (once per process; later calls do
/// nothing).
pub fn start(data_dir: &Path) {
    if let Err(error) = std::fs::create_dir_all(data_dir) {
        eprintln!("careers-planner: warnings are not logged: {error} ({})", data_dir.display());
        return;
    }
    let logger = FileLogger { path: log_path(data_dir), lock: Mutex::new(()) };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}
