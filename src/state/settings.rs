//! Preferences remembered between sessions: the theme and the zoom.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Theme;

/// The preferences.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or as the system.
    pub theme: Theme,
    /// The zoom factor (0.5 to 3).
    pub zoom: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self { theme: Theme::System, zoom: 1.0 }
    }
}

/// The settings file in a config folder.
#[must_use]
pub fn settings_path(config_dir: &Path) -> PathBuf {
    config_dir.join("settings.ron")
}

impl Settings {
    /// The settings in a config folder (the defaults when missing or unreadable), with the
    /// zoom kept within its range.
    #[must_use]
    pub fn load(config_dir: &Path) -> Self {
        let read: Self = crate::storage::read_app_file(&settings_path(config_dir)).unwrap_or_default();
        Self { zoom: clamp_zoom(read.zoom), ..read }
    }

    /// Saves them.
    pub fn save(&self, config_dir: &Path) -> Result<(), crate::storage::SaveError> {
        crate::storage::write_app_file(&crate::storage::RealDisk, &settings_path(config_dir), self)
    }
}

/// A zoom factor rounded to a tenth, from 0.5 to 3.
#[must_use]
pub fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_finite() { (zoom * 10.0).round().clamp(5.0, 30.0) / 10.0 } else { 1.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_remembered_and_a_wild_zoom_is_tamed() {
        let folder = tempfile::tempdir().expect("temporary folder");
        assert_eq!(Settings::load(folder.path()), Settings::default());
        Settings { theme: Theme::Dark, zoom: 1.3 }.save(folder.path()).expect("saved");
        assert_eq!(Settings::load(folder.path()), Settings { theme: Theme::Dark, zoom: 1.3 });
        std::fs::write(settings_path(folder.path()), "(theme: Light, zoom: 90.0)").expect("write");
        assert_eq!(Settings::load(folder.path()), Settings { theme: Theme::Light, zoom: 3.0 });
    }
}
