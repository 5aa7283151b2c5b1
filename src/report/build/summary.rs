//! Page 1: who the person is, where they are now, the target and when they could reach it,
//! the gaps to the target with how to close each and by when, and the next three actions.

use crate::domain::matching::{ProfileFacts, level_band, span};
use crate::domain::model::profile::{CurrentPay, Profile};
use crate::domain::pay::afc_rate;
use crate::domain::progression::{CareerPath, PlanOptions, pay_context};
use crate::domain::{Catalogue, Month};

use super::super::model::{Gap, NextAction, RoleBlock, Summary};

/// The most gaps page 1 lists; the rest are in the target's section.
pub const GAPS_ON_PAGE_ONE: usize = 5;
/// How many next actions page 1 lists.
pub const NEXT_ACTIONS: usize = 3;

/// Page 1. Numbers the target's gaps shown here, so the target's section refers to them.
pub(super) fn summary(
    catalogue: &Catalogue,
    profile: &Profile,
    today: Month,
    target: Option<&mut RoleBlock>,
    target_title: Option<String>,
    path: Option<&CareerPath>,
    no_path: Option<&str>,
) -> Summary {
    let arrival = match path {
        Some(path) if path.months_to_target == 0 => "Now: you meet what it asks".to_owned(),
        Some(path) => {
            format!("{} (estimated), about {} from now", path.arrival.label(), span(path.months_to_target))
        }
        None => no_path.unwrap_or("No path was planned.").to_owned(),
    };
    let gaps = target.map(|block| gaps(block, today)).unwrap_or_default();
    let next = next_actions(profile, path, &gaps);
    Summary { now: now_line(catalogue, profile, today), target: target_title, arrival, gaps, next }
}

/// "Senior administrator, in the NHS · Band 4, top point · £27,485 a year in England
/// (2026-27, pro rata)".
fn now_line(catalogue: &Catalogue, profile: &Profile, today: Month) -> String {
    let job = super::now::job(profile);
    match profile.position.pay {
        CurrentPay::Afc { band, point, .. } => {
            let context = pay_context(catalogue, profile, PlanOptions::default().growth_percent);
            let year = today.financial_year();
            let pay = afc_rate(&context, band, point, year).map(|rate| {
                let annual =
                    crate::domain::pay::round_pounds(rate.full_time_annual * context.hours_fraction());
                format!(
                    " · {} a year in {} ({year}, {}basic pay)",
                    crate::domain::format::pounds(annual),
                    profile.nation.name(),
                    if context.hours_fraction() < 1.0 { "pro rata " } else { "" }
                )
            });
            format!("{job} · {band}, {} point{}", point.name(), pay.unwrap_or_default())
        }
        CurrentPay::NotOnAfc | CurrentPay::OutsideAfc => {
            let (_, reason) = level_band(&ProfileFacts::new(catalogue, profile, today));
            format!("{job} · not on Agenda for Change; {reason} (estimated)")
        }
    }
}

/// The target's gaps, essential first, at most [`GAPS_ON_PAGE_ONE`]; each is numbered in the
/// target's block.
fn gaps(target: &mut RoleBlock, today: Month) -> Vec<Gap> {
    let mut gaps = Vec::new();
    let mut order: Vec<usize> = (0..target.missing.len()).collect();
    order.sort_by_key(|&index| target.missing.get(index).is_none_or(|missing| !missing.essential));
    for index in order.into_iter().take(GAPS_ON_PAGE_ONE) {
        let Some(missing) = target.missing.get_mut(index) else { continue };
        gaps.push(Gap {
            requirement: missing.text.clone(),
            essential: missing.essential,
            how: if missing.ways.is_empty() {
                format!("No single step closes this: {}", missing.reason)
            } else {
                missing.ways.join("; or ")
            },
            by: missing.months.map(|months| today.plus(i32::try_from(months).unwrap_or(i32::MAX / 2))),
        });
        missing.gap = Some(gaps.len());
    }
    gaps
}

/// The person's next open actions by due date, topped up to [`NEXT_ACTIONS`] with the path's
/// suggested actions and then one from each gap.
fn next_actions(profile: &Profile, path: Option<&CareerPath>, gaps: &[Gap]) -> Vec<NextAction> {
    let mut next: Vec<NextAction> = profile
        .actions
        .iter()
        .filter(|action| action.status.is_open())
        .map(|action| NextAction { title: action.title.trim().to_owned(), due: action.due, suggested: false })
        .collect();
    next.sort_by_key(|action| (action.due.is_none(), action.due));
    next.truncate(NEXT_ACTIONS);
    let mut suggested: Vec<NextAction> = path
        .into_iter()
        .flat_map(|path| &path.steps)
        .flat_map(|step| &step.actions)
        .map(|action| NextAction { title: action.title.clone(), due: Some(action.due), suggested: true })
        .collect();
    suggested.sort_by_key(|action| action.due);
    suggested.extend(gaps.iter().map(|gap| NextAction {
        title: format!("Close gap: {}", gap.requirement),
        due: gap.by,
        suggested: true,
    }));
    for action in suggested {
        if next.len() >= NEXT_ACTIONS {
            break;
        }
        if next.iter().all(|known| known.title != action.title) {
            next.push(action);
        }
    }
    next
}
