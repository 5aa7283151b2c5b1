//! The window, driven as a person would through `egui_kittest`: by the labels on screen, with
//! no display and no GPU.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod accessibility;
mod dialogs;
mod files;
mod harness;
mod large_catalogue;
mod pickers;
mod plan_and_comparison;
mod profile_entry;
mod profile_to_actions;
mod roles;
mod shortcuts;
mod views;
