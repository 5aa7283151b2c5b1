//! The catalogue and sample profiles embedded in the binary at build time (checked by
//! `build.rs`), so the app needs no files beside it.

use std::sync::OnceLock;

use super::model::catalogue::{AssetFile, Catalogue, CatalogueError};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The embedded asset files: (path relative to `assets/`, text).
#[must_use]
pub fn asset_files() -> Vec<AssetFile> {
    generated::ASSET_FILES
        .iter()
        .map(|(name, text)| AssetFile { name: (*name).to_owned(), text: (*text).to_owned() })
        .collect()
}

/// The embedded sample profiles: (file name, text).
#[must_use]
pub fn sample_profiles() -> &'static [(&'static str, &'static str)] {
    generated::SAMPLE_PROFILES
}

/// The embedded catalogue, parsed once. `build.rs` ran the same checks, so this only fails if
/// the binary was built without them.
pub fn catalogue() -> Result<&'static Catalogue, &'static [CatalogueError]> {
    static CATALOGUE: OnceLock<Result<Catalogue, Vec<CatalogueError>>> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::from_files(&asset_files())).as_ref().map_err(Vec::as_slice)
}
