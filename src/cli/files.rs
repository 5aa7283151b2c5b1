//! `check` and `resave`: validate a profile file, and save it again safely in the current format.

use std::path::Path;

use super::{Output, UserError};
use crate::domain::Catalogue;
use crate::domain::model::save_file::CURRENT_FORMAT_VERSION;
use crate::storage::{OnDiskChange, RealDisk, load, save};

pub fn check(catalogue: &Catalogue, path: &Path, out: &mut Output) -> Result<(), UserError> {
    let loaded = load(path)?;
    let profile = &loaded.save.profile;
    if let Some(issue) = profile.pay_point_issue(catalogue) {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let position = pay_point_position(&text);
        return Err(UserError::new(format!(
            "line {}, column {}: {issue} ({})",
            position.line,
            position.column,
            path.display()
        )));
    }
    let migrated = if loaded.original_version < CURRENT_FORMAT_VERSION {
        format!(
            " (format {}; `resave` updates it to format {CURRENT_FORMAT_VERSION})",
            loaded.original_version
        )
    } else {
        String::new()
    };
    out.line(&format!(
        "OK: {} is a valid profile for \"{}\"{migrated}: {} qualifications, {} experience entries, {} actions, {} scenarios",
        path.display(),
        profile.display_name,
        profile.qualifications.len(),
        profile.experience.len(),
        profile.actions.len(),
        loaded.save.scenarios.len()
    ))?;
    for issue in profile.unknown_references(catalogue) {
        out.note(&format!("note: {issue}; it is kept but ignored by matching"));
    }
    Ok(())
}

pub fn resave(path: &Path, drop_comments: bool, out: &mut Output) -> Result<(), UserError> {
    let loaded = load(path)?;
    let mut file = loaded.save;
    file.format_version = CURRENT_FORMAT_VERSION;
    let on_change = if drop_comments { OnDiskChange::Overwrite } else { OnDiskChange::Refuse };
    let saved =
        save(&RealDisk, path, &file, Some(loaded.content_hash), on_change).map_err(|error| match error {
            crate::storage::SaveError::CommentsWouldBeLost { .. } => {
                UserError::new(format!("{error}; run `resave --drop-comments` to save anyway"))
            }
            other => UserError::new(other.to_string()),
        })?;
    let backup =
        if saved.backup_kept { "; the previous version is kept as a .bak file beside it" } else { "" };
    out.line(&format!("Saved {} in format {CURRENT_FORMAT_VERSION}{backup}", path.display()))?;
    Ok(())
}

/// Where the current pay point is written: the `point:` field after `pay: Afc(` (comments
/// before it may also mention points), or 1:1.
fn pay_point_position(text: &str) -> crate::domain::model::ron_text::TextPosition {
    let start = text.find("pay: Afc(").unwrap_or(0);
    let offset = text.get(start..).and_then(|rest| rest.find("point:")).map_or(0, |at| start + at);
    let before = text.get(..offset).unwrap_or_default();
    crate::domain::model::ron_text::TextPosition {
        line: before.matches('\n').count() + 1,
        column: before.rsplit('\n').next().map_or(0, |tail| tail.chars().count()) + 1,
    }
}
