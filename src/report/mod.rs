//! The PDF action plan a person takes to a careers adviser.
//!
//! Data first: [`build`] turns the profile, the matching results and the chosen path into a
//! plain [`PlanReport`] (tested on its own); [`pdf::render`] lays it out on A4 pages and
//! writes PDF bytes. Writing the file is the caller's step.

pub mod build;
pub mod model;
pub mod pdf;

pub use build::{ReportInputs, prepare, prepare_save};
pub use model::PlanReport;
pub use pdf::{RenderError, RenderedPdf, render};
