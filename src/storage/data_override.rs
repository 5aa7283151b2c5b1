//! Catalogue files in the user's config folder that override the embedded data, checked with
//! the same rules as at build time. A bad override is reported and the embedded data is used.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::domain::Catalogue;
use crate::domain::embedded;
use crate::domain::model::catalogue::AssetFile;

/// The environment variable that moves the config folder (for portable use and tests).
pub const CONFIG_DIR_VARIABLE: &str = "CAREERS_PLANNER_CONFIG_DIR";

/// The app's config folder: `$CAREERS_PLANNER_CONFIG_DIR`, or the platform's (for example
/// `~/.config/careers-planner` on Linux).
#[must_use]
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_VARIABLE).filter(|value| !value.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "careers-planner").map(|dirs| dirs.config_dir().to_path_buf())
}

/// The override folder: `data` inside the config folder.
#[must_use]
pub fn override_dir() -> Option<PathBuf> {
    config_dir().map(|dir| dir.join("data"))
}

/// What happened to the override folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Override {
    /// There is no override folder, or it has no `.ron` files.
    None,
    /// These files replaced or added to the embedded ones.
    Used(Vec<String>),
}

/// The embedded files with those in `dir` replacing or adding to them, checked together.
/// Returns every problem, with file, line and column, if the combination is not consistent.
pub fn catalogue_from(dir: &Path) -> Result<(Catalogue, Override), Vec<String>> {
    let mut files = embedded::asset_files();
    let mut used = Vec::new();
    let mut problems = Vec::new();
    let (paths, skipped) = ron_files(dir);
    problems.extend(skipped);
    for path in paths {
        let name = relative_name(dir, &path);
        let text = match read_bounded(&path) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(format!("{name}: {problem}"));
                continue;
            }
        };
        let text = crate::domain::model::save_file::strip_bom(&text).to_owned();
        match files.iter_mut().find(|file| file.name == name) {
            Some(file) => file.text = text,
            None => files.push(AssetFile { name: name.clone(), text }),
        }
        used.push(name);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if used.is_empty() {
        return embedded::catalogue()
            .map(|c| (c.clone(), Override::None))
            .map_err(|errors| errors.iter().map(ToString::to_string).collect());
    }
    Catalogue::from_files(&files)
        .map(|mut catalogue| {
            catalogue.mark_own_data(used.clone());
            (catalogue, Override::Used(used))
        })
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The catalogue to use: the embedded one, overridden by the config folder's `data` files when
/// they pass every check, and a message for the person when an override was used or refused.
#[must_use]
pub fn catalogue_with_overrides() -> (Arc<Catalogue>, Option<String>) {
    let (catalogue, notice) = catalogue_and_data_notice();
    (catalogue, notice.map(DataNotice::into_text))
}

/// What the person is told about the override folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataNotice {
    /// Files from the person's own data are in use: their figures are not the published ones.
    InUse(String),
    /// The files did not pass the checks; the built-in data is used.
    Refused(String),
}

impl DataNotice {
    /// The message.
    #[must_use]
    pub fn into_text(self) -> String {
        match self {
            Self::InUse(text) | Self::Refused(text) => text,
        }
    }
}

/// Like [`catalogue_with_overrides`], telling an override in use from one refused.
#[must_use]
pub fn catalogue_and_data_notice() -> (Arc<Catalogue>, Option<DataNotice>) {
    let embedded_catalogue = || embedded::catalogue().map(|c| Arc::new(c.clone()));
    let Some(dir) = override_dir().filter(|dir| dir.is_dir()) else {
        return (embedded_catalogue().unwrap_or_default(), None);
    };
    match catalogue_from(&dir) {
        Ok((catalogue, Override::None)) => (Arc::new(catalogue), None),
        Ok((catalogue, Override::Used(files))) => {
            let notice = format!(
                "Using {} data file(s) of your own from {} ({}) in place of the built-in data; figures from them are from your own data, not published",
                files.len(),
                dir.display(),
                files.join(", ")
            );
            (Arc::new(catalogue), Some(DataNotice::InUse(notice)))
        }
        Err(problems) => {
            let shown: Vec<&str> = problems.iter().take(3).map(String::as_str).collect();
            let more = if problems.len() > 3 {
                format!(" (and {} more)", problems.len() - 3)
            } else {
                String::new()
            };
            let notice = format!(
                "The data files in {} were not used because they do not pass the checks: {}{more}. The built-in data is used instead.",
                dir.display(),
                shown.join("; ")
            );
            (embedded_catalogue().unwrap_or_default(), Some(DataNotice::Refused(notice)))
        }
    }
}

/// The largest override file read, in bytes (1 MiB: the largest built-in file is about a quarter
/// of that). The checks' cost grows with the file, so the limit also bounds their time.
pub const MAX_OVERRIDE_FILE_BYTES: u64 = 1024 * 1024;

/// How deep the override folder is searched.
const MAX_DEPTH: usize = 8;

/// The most override files read.
const MAX_FILES: usize = 200;

fn relative_name(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The text of an override file, read with a size limit (a file that grows while it is read, or
/// a device, cannot make it read without bound).
fn read_bounded(path: &Path) -> Result<String, String> {
    let file = fs::File::open(path).map_err(|error| format!("cannot be read: {error}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_OVERRIDE_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot be read: {error}"))?;
    if bytes.len() as u64 > MAX_OVERRIDE_FILE_BYTES {
        return Err(format!("larger than {MAX_OVERRIDE_FILE_BYTES} bytes, more than any data file needs"));
    }
    String::from_utf8(bytes).map_err(|_| "is not UTF-8 text".to_owned())
}

/// The `.ron` files under `dir`, and a problem for each entry that is not followed: symbolic
/// links (so no loop), and anything that is not a folder or a regular file (so no pipe or device
/// is opened). The walk stops at [`MAX_DEPTH`] and [`MAX_FILES`].
fn ron_files(dir: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![(dir.to_path_buf(), 0)];
    while let Some((folder, depth)) = pending.pop() {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            let is_ron = path.extension().is_some_and(|ext| ext == "ron");
            if kind.is_symlink() {
                if is_ron || path.is_dir() {
                    problems.push(format!(
                        "{}: is a symbolic link, which is not followed; copy the file here instead",
                        relative_name(dir, &path)
                    ));
                }
            } else if kind.is_dir() {
                if depth + 1 < MAX_DEPTH {
                    pending.push((path, depth + 1));
                }
            } else if is_ron && kind.is_file() {
                found.push(path);
            } else if is_ron {
                problems.push(format!("{}: is not a regular file", relative_name(dir, &path)));
            }
        }
        if found.len() > MAX_FILES {
            problems.push(format!("more than {MAX_FILES} data files; remove those not needed"));
            found.truncate(MAX_FILES);
            break;
        }
    }
    found.sort();
    (found, problems)
}
