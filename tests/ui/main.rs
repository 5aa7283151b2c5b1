//! The window, driven as a person would through `egui_kittest`: by the labels on screen, with
//! no display and no GPU.

mod accessibility;
mod files;
mod harness;
mod large_catalogue;
mod profile_to_actions;
mod roles;
mod shortcuts;
