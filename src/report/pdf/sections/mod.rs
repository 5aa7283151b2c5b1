//! The document's sections, in order, turned into atoms.

mod actions;
mod cover;
mod help;
mod path;
mod person;

use super::super::model::PlanReport;
use super::flow::Flow;

/// Every section of the body after the cover, in order.
pub fn body(flow: &mut Flow<'_>, report: &PlanReport) {
    person::now(flow, &report.now);
    person::roles(flow, &report.roles);
    path::path(flow, &report.path);
    actions::actions(flow, &report.actions);
    help::next_steps(flow, &report.next_steps);
    help::sources(flow, &report.sources);
    help::adviser_notes(flow);
}

pub use cover::{cover, missing_notice};
