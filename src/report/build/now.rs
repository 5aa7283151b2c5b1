//! "Where you are now": the job, pay, qualifications and experience, in short lines.

use std::fmt::Write as _;

use crate::domain::Catalogue;
use crate::domain::Month;
use crate::domain::matching::span;
use crate::domain::model::profile::{
    CurrentPay, Experience, Grade, HeldQualification, People, Profile, QualificationChoice,
    QualificationStatus,
};

use super::super::model::NowSection;

/// The summary of where the person is as at `today`.
pub(super) fn now_section(catalogue: &Catalogue, profile: &Profile, today: Month) -> NowSection {
    // The job and the comparable level are on page 1.
    let mut facts = vec![("Pay now".to_owned(), pay(profile))];
    facts.push(("Works in".to_owned(), place(profile)));
    facts.push(("Hours".to_owned(), hours(profile)));
    let limits = limits(profile);
    if !limits.is_empty() {
        facts.push(("Limits".to_owned(), limits));
    }
    let mut qualifications: Vec<&HeldQualification> = profile.qualifications.iter().collect();
    qualifications.sort_by_key(|held| matches!(held.status, QualificationStatus::InProgress { .. }));
    let mut experience: Vec<&Experience> = profile.experience.iter().collect();
    experience.sort_by_key(|job| std::cmp::Reverse((job.end.is_none(), job.last_month(today), job.start)));
    NowSection {
        facts,
        qualifications: qualifications.iter().map(|held| qualification_line(catalogue, held)).collect(),
        experience: experience.iter().map(|job| experience_line(job, today)).collect(),
        notes: profile.notes.trim().to_owned(),
        answer: None,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// The job in words: "Senior administrator, in the NHS".
pub(super) fn job(profile: &Profile) -> String {
    let title = profile.position.role_title.trim();
    match (title.is_empty(), profile.position.in_nhs) {
        (true, true) => "Working in the NHS".to_owned(),
        (true, false) => "Not given".to_owned(),
        (false, true) => format!("{title}, in the NHS"),
        (false, false) => title.to_owned(),
    }
}

fn pay(profile: &Profile) -> String {
    match profile.position.pay {
        CurrentPay::Afc { band, point, point_started } => {
            let position = crate::domain::pay::afc_position_words(band, point);
            format!("{position} (since {})", Month::of(point_started).label())
        }
        CurrentPay::NotOnAfc => "Not on Agenda for Change".to_owned(),
        CurrentPay::OutsideAfc => "Paid outside Agenda for Change (very senior manager)".to_owned(),
    }
}

fn place(profile: &Profile) -> String {
    let location = profile.work_location.trim();
    let mut text = if location.is_empty() {
        profile.nation.name().to_owned()
    } else {
        format!("{location}, {}", profile.nation.name())
    };
    if let Some(zone) = profile.hcas_zone {
        write!(text, " ({} High Cost Area Supplement zone)", zone.name()).ok();
    }
    text
}

fn hours(profile: &Profile) -> String {
    let hours = profile.hours_per_week;
    let kind =
        if hours >= crate::domain::model::profile::FULL_TIME_HOURS { "full time" } else { "part time" };
    let number = format!("{hours:.1}");
    let number = number.strip_suffix(".0").unwrap_or(&number);
    format!("{number} a week ({kind})")
}

fn limits(profile: &Profile) -> String {
    let constraints = profile.constraints;
    let mut parts = Vec::new();
    if constraints.part_time_only {
        parts.push("part time only");
    }
    if constraints.will_not_relocate {
        parts.push("will not move home for a job");
    }
    if !constraints.right_to_work_uk {
        parts.push("no unlimited right to work in the UK");
    }
    capitalised(&parts.join("; "))
}

fn qualification_line(catalogue: &Catalogue, held: &HeldQualification) -> String {
    let mut text = match &held.qualification {
        QualificationChoice::Catalogue(id) => {
            catalogue.qualification(id).map_or_else(|| id.clone(), |found| found.title.clone())
        }
        QualificationChoice::Other { title, level: Some(level) } => format!("{title} (level {level})"),
        QualificationChoice::Other { title, level: None } => title.clone(),
    };
    if held.count > 1 {
        write!(text, " × {}", held.count).ok();
    }
    let subject = held.subject.trim();
    if !subject.is_empty() {
        write!(text, ": {subject}").ok();
    }
    if let Grade::Class(class) = &held.grade {
        write!(text, ", {}", class.name()).ok();
    } else if let Grade::Text(grade) = &held.grade
        && !grade.trim().is_empty()
    {
        write!(text, ", grade {}", grade.trim()).ok();
    }
    match held.status {
        QualificationStatus::Achieved { year } => {
            write!(text, " (achieved {year})").ok();
        }
        QualificationStatus::InProgress { expected } => {
            write!(text, " (in progress, expected {})", expected.label()).ok();
        }
    }
    text
}

fn experience_line(job: &Experience, today: Month) -> String {
    let end = job.end.map_or_else(|| "now".to_owned(), Month::label);
    let months = u32::try_from(job.start.months_until(job.last_month(today)) + 1).unwrap_or(0);
    let mut text = format!(
        "{} ({}, {}): {} to {end}, {}",
        job.title.trim(),
        job.sector.name(),
        job.area.name(),
        job.start.label(),
        span(months)
    );
    let people = job.people.count();
    if people > 0 {
        let verb = if matches!(job.people, People::Managed(_)) { "managed" } else { "supervised" };
        write!(text, "; {verb} {people}").ok();
    }
    if let Some(budget) = job.budget_pounds {
        write!(text, "; budget {}", crate::domain::format::pounds(budget)).ok();
    }
    text
}
