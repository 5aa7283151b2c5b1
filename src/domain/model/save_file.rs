//! The saved file: a profile with a format version, read from RON text.

use serde::{Deserialize, Serialize};

use super::profile::{Profile, ProfileIssue};
use super::ron_text::{self, RonError};

/// The format version this build writes and the newest it reads.
pub const CURRENT_FORMAT_VERSION: u32 = 1;

/// Everything saved in a profile file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaveFile {
    /// The file format's version; files newer than [`CURRENT_FORMAT_VERSION`] are refused.
    pub format_version: u32,
    /// The person's profile.
    pub profile: Profile,
}

impl SaveFile {
    /// A save file of the current version holding `profile`.
    #[must_use]
    pub fn new(profile: Profile) -> Self {
        Self { format_version: CURRENT_FORMAT_VERSION, profile }
    }
}

/// Why the text of a save file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveFileError {
    /// The text is not valid RON, or not the shape of a save file.
    #[error("the file is not a valid profile at {error}. Fix that line in a text editor, or open a backup")]
    Syntax {
        /// The parser's error and its position.
        error: RonError,
    },
    /// The file has no `format_version`.
    #[error("the file has no format_version, so it is not a careers planner profile ({error})")]
    NoVersion {
        /// The parser's error and its position.
        error: RonError,
    },
    /// The file was written by a newer version of the planner.
    #[error(
        "the file was saved by a newer version of the planner (format {found}; this version reads up \
         to {supported}). Update the planner to open it; the file has not been changed"
    )]
    Newer {
        /// The file's version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file parsed but holds values that are out of range.
    #[error("the file holds values that cannot be right: {}", list(.issues))]
    Invalid {
        /// Every problem found.
        issues: Vec<ProfileIssue>,
    },
}

fn list(issues: &[ProfileIssue]) -> String {
    issues.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

/// Strips a UTF-8 byte-order mark, which would otherwise give a misleading parse error.
#[must_use]
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a save file from text: checks its version (newer refused, older migrated), parses it
/// and checks every value.
pub fn parse_save(text: &str) -> Result<SaveFile, SaveFileError> {
    let text = strip_bom(text);
    let probe: VersionProbe = ron_text::parse(text).map_err(|error| {
        if error.message.contains("format_version") {
            SaveFileError::NoVersion { error }
        } else {
            SaveFileError::Syntax { error }
        }
    })?;
    if probe.format_version > CURRENT_FORMAT_VERSION {
        return Err(SaveFileError::Newer { found: probe.format_version, supported: CURRENT_FORMAT_VERSION });
    }
    let save: SaveFile = ron_text::parse(text).map_err(|error| SaveFileError::Syntax { error })?;
    let issues = save.profile.structural_issues();
    if issues.is_empty() { Ok(save) } else { Err(SaveFileError::Invalid { issues }) }
}

/// Writes a save file as readable RON.
pub fn to_text(save: &SaveFile) -> Result<String, ron::Error> {
    ron_text::to_pretty(save).map(|mut text| {
        text.push('\n');
        text
    })
}
