//! Words for a path: what distinguishes it (its label), why it is slower than the quickest,
//! and the notes that warn where it costs the person.

use super::super::matching::span;
use super::super::model::catalogue::NoteTopic;
use super::super::model::profile::ActionKind;
use super::graph::Node;
use super::search::{Label, Search};
use super::{CareerPath, StepKind};

/// How much slower than the quickest path an alternative may be, at least, in months.
const SLOWER_ALTERNATIVE_MONTHS: u32 = 36;

/// True when two paths take the same roles and routes.
pub(super) fn same_steps(one: &CareerPath, other: &CareerPath) -> bool {
    one.key() == other.key()
}

/// Sorts paths quickest first, drops alternatives too slow to be a useful choice, makes every
/// label distinct and says why each alternative is slower.
pub(super) fn order_and_explain(paths: &mut Vec<CareerPath>) {
    paths.sort_by_key(|path| (path.arrival, path.steps.len()));
    // An alternative that takes over twice as long as the quickest, and more than three years
    // longer, is not a useful choice to offer.
    if let Some(best) = paths.first().map(|path| path.months_to_target) {
        let limit = best + best.max(SLOWER_ALTERNATIVE_MONTHS);
        paths.retain(|path| path.months_to_target <= limit);
    }
    for at in 1..paths.len() {
        let taken: Vec<String> = paths.iter().take(at).map(|path| path.label.clone()).collect();
        if let Some(path) = paths.get_mut(at)
            && taken.contains(&path.label)
        {
            let through: Vec<&str> = path.middle_titles().into_iter().skip(1).collect();
            path.label = match through.as_slice() {
                [] => format!("{} (another way)", path.label),
                more => format!("{}, then {}", path.label, joined(more)),
            };
        }
    }
    let Some(quickest) = paths.first().cloned() else { return };
    for path in paths.iter_mut() {
        path.why = why(&quickest, path);
    }
}

/// One line on why a path is as quick as, or slower than, the quickest.
fn why(quickest: &CareerPath, path: &CareerPath) -> String {
    let through = path.middle_titles();
    let way = if through.is_empty() {
        "it goes straight to the target".to_owned()
    } else {
        format!("it goes through {}", joined(&through))
    };
    if path.key() == quickest.key() {
        return format!("The quickest way: {way}.");
    }
    let later = quickest.arrival.months_until(path.arrival).max(0);
    if later == 0 {
        return format!("As quick as the quickest ({}); {way}.", quickest.label);
    }
    let extra_steps = path.steps.len().saturating_sub(quickest.steps.len());
    let cause = match extra_steps {
        0 => "",
        1 => ", one more step on the way",
        _ => ", more steps on the way",
    };
    format!(
        "{} slower than the quickest ({}){cause}: {way}.",
        capital_first(&span(u32::try_from(later).unwrap_or(0))),
        quickest.label
    )
}

/// Finishes a path: step ends, its label and its notes.
pub(super) fn finish(search: &Search<'_>, label: Label) -> CareerPath {
    let (catalogue, profile) = (search.catalogue, search.profile);
    let mut steps = label.steps;
    let starts: Vec<_> = steps.iter().map(|step| step.start).collect();
    for (step, next_start) in steps.iter_mut().zip(starts.iter().skip(1)) {
        step.end = Some(next_start.plus(-1).max(step.start));
    }
    let label_text = match label.first.and_then(|node| search.graph.node(node)) {
        Some(Node::Route(index)) => {
            catalogue.routes.get(index).map_or_else(String::new, |route| route.title.clone())
        }
        Some(Node::Role(index)) if index == search.target && steps.len() == 2 => {
            let actions = steps.last().map(|step| step.actions.as_slice()).unwrap_or_default();
            if actions.iter().any(|action| action.kind == ActionKind::Learning) {
                "Stay and qualify, then apply".to_owned()
            } else if !actions.is_empty() {
                "Stay in your post, close the gaps and apply".to_owned()
            } else {
                "Apply directly".to_owned()
            }
        }
        _ => steps.get(1).map_or_else(
            || "Work your way up from where you are".to_owned(),
            |step| format!("Through {}", lower_first(&step.title)),
        ),
    };
    let mut notes = label.notes;
    for step in &steps {
        if let StepKind::Route(id) = &step.kind
            && let Some(route) = catalogue.route(id)
        {
            for note in &route.notes {
                let applies = match note.topic {
                    NoteTopic::NhsStaffMustResign => profile.position.in_nhs,
                    NoteTopic::FullTimeOnly => true,
                    NoteTopic::RightToWork => !profile.constraints.right_to_work_uk,
                    _ => false,
                };
                if applies && !notes.contains(&note.text) {
                    notes.push(note.text.clone());
                }
            }
        }
    }
    if let (Some(year), Some(last)) = (profile.goal.target_year, steps.last())
        && last.start.year() > year
    {
        notes.push(format!(
            "This path reaches the target in {}, after your goal of {year}.",
            last.start.label()
        ));
    }
    CareerPath {
        label: label_text,
        why: String::new(),
        months_to_target: u32::try_from(search.today.months_until(label.arrive).max(0)).unwrap_or(0),
        arrival: label.arrive,
        target: catalogue.roles.get(search.target).map_or_else(String::new, |role| role.id.clone()),
        steps,
        pay: super::super::pay::PayPath::default(),
        notes,
    }
}

/// Step titles in a sentence: "business/administrative manager, then practice manager".
fn joined(titles: &[&str]) -> String {
    titles.iter().map(|title| lower_first(title)).collect::<Vec<_>>().join(", then ")
}

/// The text with its first letter in lower case, unless it starts an abbreviation ("NHS").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

/// The text with its first letter in capitals.
fn capital_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
