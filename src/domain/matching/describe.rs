//! Plain-English phrases for rules, qualifications and lengths of time.

use super::super::model::catalogue::{Catalogue, ExperienceRule, QualificationRule};
use super::super::model::taxonomy::{Area, Responsibility};

/// "1 year 4 months", "8 months", "3 years".
#[must_use]
pub fn span(months: u32) -> String {
    let (years, rest) = (months / 12, months % 12);
    let years_text = match years {
        0 => String::new(),
        1 => "1 year".to_owned(),
        n => format!("{n} years"),
    };
    let months_text = match rest {
        0 => String::new(),
        1 => "1 month".to_owned(),
        n => format!("{n} months"),
    };
    match (years_text.is_empty(), months_text.is_empty()) {
        (true, true) => "no time".to_owned(),
        (false, true) => years_text,
        (true, false) => months_text,
        (false, false) => format!("{years_text} {months_text}"),
    }
}

/// "finance or human resources".
#[must_use]
pub fn areas_phrase(areas: &[Area]) -> String {
    let names: Vec<&str> = areas.iter().map(|area| area.name()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// What a qualification filter asks for: "a degree at 2:2 or above", "one of: CIPD Level 5, ...".
#[must_use]
pub fn qualification_phrase(catalogue: &Catalogue, filter: &QualificationRule) -> String {
    let mut parts = Vec::new();
    if !filter.any_of.is_empty() {
        let names: Vec<String> = filter
            .any_of
            .iter()
            .map(|id| catalogue.qualification(id).map_or_else(|| id.clone(), |q| q.title.clone()))
            .collect();
        parts.push(if names.len() == 1 { names.concat() } else { format!("one of: {}", names.join("; ")) });
    }
    let kind = match filter.kinds.as_slice() {
        [] => None,
        [one] => Some(one.name().to_owned()),
        many => Some(many.iter().map(|kind| kind.name()).collect::<Vec<_>>().join(" or ")),
    };
    if filter.any_of.is_empty() {
        let noun = kind.unwrap_or_else(|| "qualification".to_owned());
        let clinical = if filter.clinical { "clinical " } else { "" };
        parts.push(if filter.count > 1 {
            format!("{} subjects", filter.count)
        } else {
            format!("a {clinical}{noun}")
        });
    }
    if let Some(level) = filter.min_level {
        parts.push(format!("at level {level} or above"));
    }
    if let Some(class) = filter.min_class {
        parts.push(format!("at {} or above", class.name()));
    }
    if !filter.areas.is_empty() {
        parts.push(format!("in {}", areas_phrase(&filter.areas)));
    }
    if let Some(group) = &filter.subject_group {
        parts.push(format!("in a {} subject", catalogue.frameworks.subject_group_name(group)));
    }
    parts.join(" ")
}

/// What an experience rule asks for, without the length: "managing people in finance, in a
/// health or care setting".
#[must_use]
pub fn experience_kind(rule: &ExperienceRule) -> String {
    let mut text = match rule.responsibility {
        Responsibility::Any => "experience".to_owned(),
        Responsibility::Supervising => "experience supervising or managing people".to_owned(),
        Responsibility::Managing => "experience managing people".to_owned(),
    };
    if !rule.areas.is_empty() {
        text = format!("{text} in {}", areas_phrase(&rule.areas));
    }
    if !rule.sectors.is_empty() {
        let sectors: Vec<&str> = rule.sectors.iter().map(|sector| sector.name()).collect();
        text = format!("{text} in the {}", sectors.join(" or "));
    }
    if rule.healthcare {
        text = format!("{text}, in a health or care setting");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_naturally() {
        assert_eq!(span(0), "no time");
        assert_eq!(span(1), "1 month");
        assert_eq!(span(12), "1 year");
        assert_eq!(span(16), "1 year 4 months");
        assert_eq!(span(36), "3 years");
        assert_eq!(span(25), "2 years 1 month");
    }

    #[test]
    fn experience_kinds_name_every_condition() {
        let rule = ExperienceRule {
            months: 24,
            areas: vec![Area::Finance, Area::HumanResources],
            responsibility: Responsibility::Managing,
            healthcare: true,
            sectors: Vec::new(),
        };
        assert_eq!(
            experience_kind(&rule),
            "experience managing people in finance or human resources, in a health or care setting"
        );
    }
}
