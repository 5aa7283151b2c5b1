//! The PDF action plan a person takes to a careers adviser.
//!
//! Data first: [`build`] turns the profile, the matching results and the chosen path into a
//! plain [`PlanReport`] (tested on its own); the renderer lays it out on pages.

pub mod build;
pub mod model;

pub use build::{ReportInputs, prepare};
pub use model::PlanReport;
