//! Fuzz target: any bytes given to the profile loader give a profile or an error, never a panic,
//! and a profile that loads saves and loads back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = careers_planner::storage::parse_bytes(data) {
        let text = careers_planner::domain::model::save_file::to_text(&loaded.save).expect("a loaded profile serializes");
        let again = careers_planner::storage::parse_bytes(text.as_bytes()).expect("a saved profile loads back");
        assert_eq!(again.save, loaded.save);
    }
});
