//! The system's file dialogs (run on a background job), and telling "cancelled" from "no
//! dialog could be shown".

use std::time::{Duration, Instant};

use crate::state::{JobResult, Purpose};

/// A dialog that returns "nothing chosen" faster than this could not be shown (no desktop
/// portal and no zenity): the person is offered a typed path instead.
pub const DIALOG_UNAVAILABLE_WITHIN: Duration = Duration::from_millis(300);

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
