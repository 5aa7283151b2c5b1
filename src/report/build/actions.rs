//! The action plan: the person's own open actions, those done or dropped, then those the
//! chosen path suggests.

use crate::domain::Catalogue;
use crate::domain::model::profile::{ActionItem, ActionStatus};
use crate::domain::progression::CareerPath;

use super::super::model::{ActionRow, ActionSection};

/// The status shown for an action the path suggests.
pub const SUGGESTED: &str = "Suggested";

/// The action plan of a profile and its chosen path, if any.
pub(super) fn action_section(
    catalogue: &Catalogue,
    actions: &[ActionItem],
    path: Option<&CareerPath>,
) -> ActionSection {
    let (open, closed): (Vec<&ActionItem>, Vec<&ActionItem>) =
        actions.iter().partition(|action| action.status.is_open());
    ActionSection {
        own: open.into_iter().map(|action| own_row(catalogue, action)).collect(),
        closed: closed.into_iter().map(|action| own_row(catalogue, action)).collect(),
        suggested: path.map_or_else(Vec::new, suggested_rows),
    }
}

fn own_row(catalogue: &Catalogue, action: &ActionItem) -> ActionRow {
    let mut notes = Vec::new();
    if let Some(link) = &action.serves {
        let target = catalogue
            .role(&link.target)
            .map(|role| role.title.as_str())
            .or_else(|| catalogue.route(&link.target).map(|route| route.title.as_str()))
            .unwrap_or(link.target.as_str());
        notes.push(format!("For: {target}"));
    }
    let note = action.note.trim();
    if !note.is_empty() {
        notes.push(note.to_owned());
    }
    ActionRow {
        title: action.title.trim().to_owned(),
        kind: action.kind.name().to_owned(),
        due: action.due,
        status: action.status.name().to_owned(),
        done: action.status == ActionStatus::Achieved,
        note: notes.join(". "),
    }
}

fn suggested_rows(path: &CareerPath) -> Vec<ActionRow> {
    path.steps
        .iter()
        .flat_map(|step| {
            step.actions.iter().map(move |action| ActionRow {
                title: action.title.clone(),
                kind: action.kind.name().to_owned(),
                due: Some(action.due),
                status: SUGGESTED.to_owned(),
                done: false,
                note: format!("Start {}, before: {}", action.start.label(), step.title),
            })
        })
        .collect()
}
