//! The domain model: plain data types for the catalogue, pay tables, profiles and save files,
//! how they are read from RON text, and the checks that keep them consistent.
//!
//! This module uses only `serde`, `ron`, `chrono` and `thiserror`, and refers to its own parts
//! with `super::` paths only: `build.rs` compiles these same files to check the assets and the
//! sample profiles before they are embedded.

pub mod band;
pub mod catalogue;
pub mod month;
pub mod profile;
pub mod ron_text;
pub mod save_file;
pub mod scenario;
pub mod taxonomy;
pub mod text_locator;
