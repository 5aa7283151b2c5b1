//! Gaps to actions: a role's missing requirements (essential, or desirable) become actions in
//! the person's plan, each with the kind of action it is and a due month.

use crate::domain::Month;
use crate::domain::matching::{RequirementVerdict, RoleMatch};
use crate::domain::model::catalogue::Rule;
use crate::domain::model::profile::{ActionItem, ActionKind, ActionLink, ActionStatus};

/// How long closing a gap is given when the catalogue does not say.
pub const DEFAULT_MONTHS_TO_CLOSE: u32 = 12;

/// Which of a role's missing requirements become actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GapKind {
    /// The essential requirements that stop the person being eligible now.
    Essential,
    /// The desirable ones (and essential ones the source only hedges).
    Desirable,
}

/// The actions that would close `role`'s missing essential requirements, as at `today`,
/// leaving out gaps that one of `existing` already serves.
#[must_use]
pub fn gaps_to_actions(role: &RoleMatch<'_>, existing: &[ActionItem], today: Month) -> Vec<ActionItem> {
    gaps_of_kind_to_actions(role, GapKind::Essential, existing, today)
}

/// The actions that would close `role`'s missing requirements of one kind, as at `today`,
/// leaving out gaps that one of `existing` already serves.
#[must_use]
pub fn gaps_of_kind_to_actions(
    role: &RoleMatch<'_>,
    kind: GapKind,
    existing: &[ActionItem],
    today: Month,
) -> Vec<ActionItem> {
    let role_id = role.role_id();
    let missing: Vec<&RequirementVerdict<'_>> = match kind {
        GapKind::Essential => role.missing_essentials().collect(),
        GapKind::Desirable => role.missing_desirables().collect(),
    };
    missing
        .into_iter()
        .filter_map(|verdict| {
            let link = ActionLink { target: role_id.to_owned(), requirement: Some(verdict.id().to_owned()) };
            let served = existing.iter().any(|action| action.serves.as_ref() == Some(&link));
            (!served).then(|| action_for(role, verdict, link, today))
        })
        .collect()
}

/// The action for one missing requirement: its quickest way, or the requirement itself.
fn action_for(
    role: &RoleMatch<'_>,
    verdict: &RequirementVerdict<'_>,
    link: ActionLink,
    today: Month,
) -> ActionItem {
    let way = verdict.ways().first();
    let months = verdict.months_to_close().unwrap_or(DEFAULT_MONTHS_TO_CLOSE);
    ActionItem {
        title: way.map_or_else(|| verdict.text().to_owned(), |way| way.text.clone()),
        kind: kind_of(verdict),
        due: Some(today.plus(i32::try_from(months).unwrap_or(i32::MAX))),
        status: ActionStatus::NotStarted,
        serves: Some(link),
        note: if verdict.blocks() {
            format!("For {}: {}", role.title(), verdict.text())
        } else {
            format!("For {} (desirable): {}", role.title(), verdict.text())
        },
    }
}

/// Learning when the quickest way is a qualification, skills for a skill or leadership
/// requirement, else work (experience is gained at work).
fn kind_of(verdict: &RequirementVerdict<'_>) -> ActionKind {
    let by_qualification = verdict.ways().first().is_some_and(|way| way.qualification.is_some());
    match &verdict.requirement.rule {
        _ if by_qualification => ActionKind::Learning,
        Rule::Skill { .. } | Rule::Leadership { .. } => ActionKind::Skills,
        _ => ActionKind::Work,
    }
}
