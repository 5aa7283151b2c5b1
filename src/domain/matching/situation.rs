//! Judging rules about a person's situation rather than their record: working in the NHS,
//! their band, working full time and the right to work in the UK.

use super::super::model::band::Band;
use super::super::model::catalogue::Catalogue;
use super::facts::ProfileFacts;
use super::rules::Outcome;
use super::ways::{Way, route_way};

/// Working in the NHS now.
pub fn nhs_employee(catalogue: &Catalogue, facts: &ProfileFacts) -> Outcome {
    if facts.in_nhs {
        return Outcome::met("You work in the NHS now".to_owned());
    }
    let advice = &catalogue.gap_advice.not_in_nhs;
    let ways = advice
        .routes
        .iter()
        .filter_map(|id| route_way(catalogue, id))
        .chain([Way::action(advice.action.clone(), Some(advice.months))])
        .collect();
    Outcome::missing("You do not work in the NHS now".to_owned(), ways)
}

/// Paid at a band or above now.
pub fn minimum_band(catalogue: &Catalogue, facts: &ProfileFacts, band: Band) -> Outcome {
    match facts.band {
        Some(have) if have >= band => {
            Outcome::met(format!("You are at {have}; {band} or above is asked for"))
        }
        have => {
            let steps = have.map_or(3, |have| band.rank().saturating_sub(have.rank()));
            let advice = &catalogue.gap_advice.promotion;
            let months = advice.months * u32::try_from(steps).unwrap_or(3);
            let now =
                have.map_or_else(|| "not paid on Agenda for Change".to_owned(), |have| format!("at {have}"));
            Outcome::missing(
                format!("You are {now}; {band} or above is asked for"),
                vec![Way::action(advice.filled(&[("band", &band.to_string())]), Some(months))],
            )
        }
    }
}

/// Able to work full time.
pub fn full_time(facts: &ProfileFacts) -> Outcome {
    condition(
        facts.full_time,
        "You can work full time",
        "You can only work part time, and this is full time only",
        "Only possible if you can work full time",
    )
}

/// The right to work in the UK.
pub fn right_to_work(facts: &ProfileFacts) -> Outcome {
    condition(
        facts.right_to_work,
        "You have the right to work in the UK",
        "You do not have the right to work in the UK for the whole scheme, which it asks for",
        "Only possible with the right to work in the UK for the whole scheme",
    )
}

/// A yes-or-no condition of a person's situation that no course can change.
fn condition(holds: bool, met: &str, missing: &str, only_if: &str) -> Outcome {
    if holds {
        Outcome::met(met.to_owned())
    } else {
        Outcome::missing(missing.to_owned(), vec![Way::action(only_if, None)])
    }
}
