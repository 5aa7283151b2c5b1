//! Catalogue files in the user's config folder that override the embedded data, checked with
//! the same rules as at build time. A bad override is reported and the embedded data is used.

use std::fs;
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
    for path in ron_files(dir) {
        let name = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let text = match fs::metadata(&path) {
            Ok(meta) if meta.len() > super::MAX_FILE_BYTES => {
                problems.push(format!("{name}: larger than {} bytes", super::MAX_FILE_BYTES));
                continue;
            }
            _ => match fs::read_to_string(&path) {
                Ok(text) => text,
                Err(error) => {
                    problems.push(format!("{name}: cannot be read as UTF-8 text: {error}"));
                    continue;
                }
            },
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
        .map(|catalogue| (catalogue, Override::Used(used)))
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The catalogue to use: the embedded one, overridden by the config folder's `data` files when
/// they pass every check, and a message for the person when an override was used or refused.
#[must_use]
pub fn catalogue_with_overrides() -> (Arc<Catalogue>, Option<String>) {
    let embedded_catalogue = || embedded::catalogue().map(|c| Arc::new(c.clone()));
    let Some(dir) = override_dir().filter(|dir| dir.is_dir()) else {
        return (embedded_catalogue().unwrap_or_default(), None);
    };
    match catalogue_from(&dir) {
        Ok((catalogue, Override::None)) => (Arc::new(catalogue), None),
        Ok((catalogue, Override::Used(files))) => {
            let notice =
                format!("Using {} data file(s) from {}: {}", files.len(), dir.display(), files.join(", "));
            (Arc::new(catalogue), Some(notice))
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
            (embedded_catalogue().unwrap_or_default(), Some(notice))
        }
    }
}

fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
