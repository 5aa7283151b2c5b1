//! Judging an accepted / not-accepted list, such as the graduate scheme's minimum eligibility.

use super::super::model::catalogue::{Catalogue, EligibilityList, QualificationRule, Rule};
use super::facts::ProfileFacts;
use super::rules::{Outcome, held_matches};
use super::ways::{Way, qualifications_meeting};

/// Met by any accepted item; otherwise why not (a qualification in progress, one refused by
/// name, a degree with no class) and how to close it.
pub fn listed(catalogue: &Catalogue, facts: &ProfileFacts, list: &EligibilityList) -> Outcome {
    // Lines naming a qualification are the most specific reason, so they are tried first.
    let named_first =
        list.accepted
            .iter()
            .filter(|item| matches!(&item.rule, Rule::Qualification(filter) if !filter.any_of.is_empty()))
            .chain(list.accepted.iter().filter(
                |item| !matches!(&item.rule, Rule::Qualification(filter) if !filter.any_of.is_empty()),
            ));
    for item in named_first {
        if let Rule::Qualification(filter) = &item.rule
            && let Some(fact) = facts
                .held
                .iter()
                .find(|fact| !fact.in_progress && held_matches(catalogue, filter, fact.view()))
        {
            return Outcome::met(format!("You have a {}: \"{}\" is accepted", fact.description, item.text));
        }
    }
    if let Some(outcome) = pending(catalogue, facts, list) {
        return outcome;
    }
    let refused: Vec<String> = list
        .not_accepted
        .iter()
        .filter_map(|item| match &item.rule {
            Rule::Qualification(filter) => {
                facts.held.iter().find(|fact| held_matches(catalogue, filter, fact.view())).map(|fact| {
                    format!(
                        "your {} is on the list of qualifications not accepted (\"{}\")",
                        fact.description, item.text
                    )
                })
            }
            _ => None,
        })
        .collect();
    let unclassed = facts.held.iter().find(|fact| {
        !fact.in_progress
            && fact.class.is_none()
            && fact.kind == Some(super::super::model::catalogue::QualificationKind::Degree)
    });
    let reason = if let Some(degree) = unclassed.filter(|_| refused.is_empty()) {
        let class_item = list
            .accepted
            .iter()
            .find(|item| matches!(&item.rule, Rule::Qualification(filter) if filter.min_class.is_some()))
            .map_or_else(String::new, |item| format!(" (\"{}\" is accepted)", item.text));
        format!(
            "Your {} has no class recorded: add its class to your profile{class_item}",
            degree.description
        )
    } else if refused.is_empty() {
        "None of your qualifications is on the accepted list".to_owned()
    } else {
        let mut text = refused.join("; ");
        if let Some(first) = text.get(..1) {
            text = format!("{}{}", first.to_uppercase(), text.get(1..).unwrap_or_default());
        }
        text
    };
    let ways = list
        .accepted
        .iter()
        .filter_map(|item| match &item.rule {
            Rule::Qualification(filter) => {
                qualifications_meeting(catalogue, facts, filter).into_iter().next()
            }
            _ => None,
        })
        .fold(Vec::new(), |mut ways: Vec<Way>, way| {
            if !ways.iter().any(|known| known.text == way.text) {
                ways.push(way);
            }
            ways
        });
    Outcome::missing(reason, ways)
}

/// A qualification in progress that an accepted item will cover once completed. A degree in
/// progress with no predicted class counts if it ends at the class asked for.
fn pending(catalogue: &Catalogue, facts: &ProfileFacts, list: &EligibilityList) -> Option<Outcome> {
    // A degree in progress with no predicted class meets a class rule if it ends at that class.
    let pending = list.accepted.iter().find_map(|item| match &item.rule {
        Rule::Qualification(filter) => facts
            .held
            .iter()
            .filter(|fact| fact.in_progress)
            .filter_map(|fact| {
                if held_matches(catalogue, filter, fact.view()) {
                    return Some((fact, None));
                }
                let classless = QualificationRule { min_class: None, ..filter.clone() };
                (fact.class.is_none() && held_matches(catalogue, &classless, fact.view()))
                    .then_some((fact, filter.min_class))
            })
            .min_by_key(|(fact, _)| fact.counts_from)
            .map(|(fact, class)| (fact, item, class)),
        _ => None,
    });
    if let Some((fact, item, class)) = pending {
        let months = u32::try_from(facts.as_of.months_until(fact.counts_from).max(0)).unwrap_or(0);
        let condition =
            class.map_or_else(String::new, |class| format!(" if you get a {} or better", class.name()));
        return Some(Outcome {
            met: false,
            reason: format!(
                "Your {} will be accepted (\"{}\") once completed{condition}",
                fact.description, item.text
            ),
            met_from: Some(fact.counts_from),
            ways: vec![Way::action(format!("Complete your {}", fact.description), Some(months))],
        });
    }
    None
}
