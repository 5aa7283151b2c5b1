//! NHS careers planner: compare a person's profile with every management role and entry route
//! in the NHS, plan a progression path across Agenda for Change bands with pay, and export an
//! action plan. Everything runs offline.
//!
//! Layout: [`domain`] is the core (no UI); the other modules build on it.

pub mod app;
pub mod cli;
pub mod domain;
pub mod fonts;
pub mod report;
pub mod state;
pub mod storage;
pub mod ui;
