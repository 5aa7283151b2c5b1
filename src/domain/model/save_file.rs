//! The saved file: a profile with everything the person made, and a format version. Older
//! versions are migrated step by step; newer ones are refused.

use serde::{Deserialize, Serialize};

use super::profile::{Profile, ProfileIssue};
use super::ron_text::{self, RonError};
use super::scenario::{Scenario, ScenarioChange};

/// The format version this build writes and the newest it reads.
pub const CURRENT_FORMAT_VERSION: u32 = 3;

/// The most roles compared side by side (and kept in the file).
pub const MAX_COMPARED_ROLES: usize = 3;

/// Everything saved in a profile file (format 3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveFile {
    /// The file format's version; files newer than [`CURRENT_FORMAT_VERSION`] are refused.
    pub format_version: u32,
    /// The person's profile, with their goal (target role) and action plan.
    pub profile: Profile,
    /// How the person looks at their plan.
    #[serde(default)]
    pub plan: PlanSettings,
    /// What-if scenarios they made.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
}

/// Choices about the plan that are saved with the profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSettings {
    /// Which alternative path is chosen (0 is the quickest), for files without `chosen_steps`.
    #[serde(default)]
    pub chosen_path: u8,
    /// The chosen path by what it is: its steps' roles and routes ("role:service-manager",
    /// "route:gmts-finance"), so that it stays chosen after the profile changes.
    #[serde(default)]
    pub chosen_steps: Vec<String>,
    /// Assumed pay award a year after the last published table, in percent.
    #[serde(default)]
    pub growth_percent: f64,
    /// How many financial years of pay to show.
    #[serde(default = "ten")]
    pub years: u32,
    /// The roles (ids) chosen for comparing side by side, in order (format 3); empty until the
    /// person chooses, when their best matches are compared.
    #[serde(default)]
    pub compared_roles: Vec<String>,
}

fn ten() -> u32 {
    10
}

impl Default for PlanSettings {
    fn default() -> Self {
        Self {
            chosen_path: 0,
            chosen_steps: Vec::new(),
            growth_percent: 0.0,
            years: 10,
            compared_roles: Vec::new(),
        }
    }
}

impl SaveFile {
    /// A save file of the current version holding `profile`.
    #[must_use]
    pub fn new(profile: Profile) -> Self {
        Self {
            format_version: CURRENT_FORMAT_VERSION,
            profile,
            plan: PlanSettings::default(),
            scenarios: Vec::new(),
        }
    }

    /// Structural problems of everything in the file (see [`Profile::structural_issues`]).
    #[must_use]
    pub fn structural_issues(&self) -> Vec<ProfileIssue> {
        let mut issues = self.profile.structural_issues();
        let mut push = |field: String, message: String| issues.push(ProfileIssue { field, message });
        let growth = self.plan.growth_percent;
        if !growth.is_finite() || !(-10.0..=20.0).contains(&growth) {
            push(
                "plan, growth percent".to_owned(),
                format!("{growth} is not a yearly pay award between -10% and 20%"),
            );
        }
        if !(1..=40).contains(&self.plan.years) {
            push("plan, years".to_owned(), format!("{} years is outside 1 to 40", self.plan.years));
        }
        if self.plan.chosen_path > 2 {
            push("plan, chosen path".to_owned(), "there are at most three paths (0 to 2)".to_owned());
        }
        if self.plan.compared_roles.len() > MAX_COMPARED_ROLES {
            push(
                "plan, compared roles".to_owned(),
                format!(
                    "{} roles; at most {MAX_COMPARED_ROLES} are compared",
                    self.plan.compared_roles.len()
                ),
            );
        }
        if self.plan.compared_roles.iter().any(|role| role.chars().count() > 200) {
            push("plan, compared roles".to_owned(), "a role id is longer than 200 characters".to_owned());
        }
        if self.scenarios.len() > 20 {
            push(
                "scenarios".to_owned(),
                format!("{} scenarios; the most allowed is 20", self.scenarios.len()),
            );
        }
        for (number, scenario) in (1..).zip(&self.scenarios) {
            if scenario.name.chars().count() > 200 {
                push(format!("scenario {number}, name"), "is longer than 200 characters".to_owned());
            }
            if scenario.changes.len() > 50 {
                push(format!("scenario {number}"), "has more than 50 changes".to_owned());
            }
            for change in &scenario.changes {
                if let ScenarioChange::ChangeHours(hours) = change
                    && (!hours.is_finite() || !(1.0..=80.0).contains(hours))
                {
                    push(
                        format!("scenario {number}, hours"),
                        format!("{hours} is not a number of hours between 1 and 80"),
                    );
                }
            }
        }
        issues
    }
}

/// Format 1: the profile alone (kept to read older files).
#[derive(Deserialize)]
struct SaveFileV1 {
    profile: Profile,
}

/// Format 1 to format 2: the plan settings and scenarios start empty.
fn upgrade_1_to_2(old: SaveFileV1) -> SaveFile {
    SaveFile { format_version: 2, ..SaveFile::new(old.profile) }
}

/// Format 2 to format 3: the comparison starts unchosen (format 2 did not keep it), and an
/// action status may now be "Not started" (format 2's statuses read as before).
fn upgrade_2_to_3(old: SaveFile) -> SaveFile {
    SaveFile { format_version: 3, plan: PlanSettings { compared_roles: Vec::new(), ..old.plan }, ..old }
}

/// Why the text of a save file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveFileError {
    /// The text is not valid RON, or not the shape of a save file.
    #[error(
        "the file is not a valid profile at {error}. Fix that line in a text editor, or open the backup (.bak)"
    )]
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
    /// The version is not one the planner ever wrote.
    #[error("format_version {0} is not a version the planner ever wrote (they start at 1)")]
    UnknownVersion(u32),
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
    parse_save_versioned(text).map(|(save, _)| save)
}

/// Like [`parse_save`], also returning the version the file had before migration.
pub fn parse_save_versioned(text: &str) -> Result<(SaveFile, u32), SaveFileError> {
    let text = strip_bom(text);
    let probe: VersionProbe = ron_text::parse(text).map_err(|error| {
        if error.message.contains("format_version") {
            SaveFileError::NoVersion { error }
        } else {
            SaveFileError::Syntax { error }
        }
    })?;
    let syntax = |error| SaveFileError::Syntax { error };
    let save = match probe.format_version {
        0 => return Err(SaveFileError::UnknownVersion(0)),
        1 => upgrade_2_to_3(upgrade_1_to_2(ron_text::parse(text).map_err(syntax)?)),
        // Format 2 is format 3 without the comparison, so it reads as format 3 (the field
        // defaults to empty) before the step that says what changed.
        2 => upgrade_2_to_3(ron_text::parse(text).map_err(syntax)?),
        CURRENT_FORMAT_VERSION => ron_text::parse(text).map_err(syntax)?,
        found => return Err(SaveFileError::Newer { found, supported: CURRENT_FORMAT_VERSION }),
    };
    let issues = save.structural_issues();
    if issues.is_empty() { Ok((save, probe.format_version)) } else { Err(SaveFileError::Invalid { issues }) }
}

/// Writes a save file as readable RON.
pub fn to_text(save: &SaveFile) -> Result<String, ron::Error> {
    ron_text::to_pretty(save).map(|mut text| {
        text.push('\n');
        text
    })
}
