//! Files on disk: safe loading of profiles from anyone, saving that never loses a profile,
//! and catalogue overrides from the config folder.

mod data_override;
mod load;

pub use data_override::{
    CONFIG_DIR_VARIABLE, Override, catalogue_from, catalogue_with_overrides, config_dir, override_dir,
};
pub use load::{BytesError, LoadError, Loaded, MAX_FILE_BYTES, content_hash, load, parse_bytes};
