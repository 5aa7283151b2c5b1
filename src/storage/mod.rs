//! Files on disk: safe loading of profiles from anyone, saving that never loses a profile,
//! recovery copies and recent files, and catalogue overrides from the config folder.

mod app_file;
mod atomic;
mod comments;
mod data_override;
mod load;
mod recent;
mod recovery;
mod save;
mod temporaries;

pub use app_file::{read_app_file, write_app_file};
pub use atomic::{AtomicFile, FileMode, NotRegularFile, replace_file, resolve_target};
pub use comments::comment_lines;
pub use data_override::{
    CONFIG_DIR_VARIABLE, DataNotice, MAX_OVERRIDE_FILE_BYTES, Override, catalogue_and_data_notice,
    catalogue_from, catalogue_with_overrides, config_dir, override_dir,
};
pub use load::{BytesError, LoadError, Loaded, MAX_FILE_BYTES, content_hash, load, parse_bytes};
pub use recent::{MAX_RECENT, RecentFiles, recent_path};
pub use recovery::{
    DATA_DIR_VARIABLE, RECOVERY_INTERVAL_SECONDS, Recovery, RecoverySession, absolute_path, data_dir,
    file_key, recovery_folder, write_recovery,
};
pub use save::{
    Disk, LastCheck, OnDiskChange, RealDisk, SaveError, Saved, backup_path, save, write_atomically,
};
pub use temporaries::{STALE_TEMPORARY_AGE, remove_dead as remove_dead_temporaries};
