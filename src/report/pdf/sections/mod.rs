//! The document's sections, in order, turned into atoms.

mod actions;
mod cover;
mod help;
mod path;
mod person;

use super::super::model::PlanReport;
use super::flow::Flow;

/// Every section of the body after page 1, in order.
pub fn body(flow: &mut Flow<'_>, report: &PlanReport) {
    person::now(flow, &report.now);
    if let Some(target) = &report.target {
        person::target(flow, target);
    }
    person::roles(flow, &report.roles, report.target.is_some());
    path::path(flow, &report.path);
    actions::actions(flow, &report.actions);
    actions::scenarios(flow, &report.scenarios);
    help::next_steps(flow, &report.next_steps);
    help::sources(flow, &report.sources);
}

/// Space for the adviser's notes, placed after the body only when it fits on the last page.
pub use help::adviser_notes;

pub use cover::{cover, missing_notice};
