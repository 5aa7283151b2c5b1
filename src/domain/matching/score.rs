//! Fit, score and the reasons for a role's rank.

use serde::Serialize;

use super::super::model::band::Band;
use super::super::model::catalogue::{Catalogue, Role};
use super::super::model::profile::Profile;
use super::super::model::taxonomy::Responsibility;
use super::facts::ProfileFacts;
use super::{CLOSE_MAX_MISSING, CLOSE_WITHIN_MONTHS, RequirementVerdict};

/// How well a person fits a role now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Every essential requirement met.
    Eligible,
    /// At most two essential requirements missing, each closable within two years.
    Close,
    /// Further away.
    NotYet,
}

impl Fit {
    /// `eligible`, `close`, `not_yet`: the JSON names.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Eligible => "eligible",
            Self::Close => "close",
            Self::NotYet => "not_yet",
        }
    }

    /// "Eligible now", "Close", "Not yet": the words shown to people.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Eligible => "Eligible now",
            Self::Close => "Close",
            Self::NotYet => "Not yet",
        }
    }
}

/// The band a person's level is compared with: their AfC band, or for someone not on AfC an
/// estimate from their experience and qualifications, with the reason.
#[must_use]
pub fn level_band(facts: &ProfileFacts) -> (Band, String) {
    if let Some(band) = facts.band {
        return (band, format!("your current {band}"));
    }
    let managing = facts.months_of(|job| job.meets(Responsibility::Managing)).0;
    let supervising = facts.months_of(|job| job.meets(Responsibility::Supervising)).0;
    let any = facts.months_of(|_| true).0;
    let degree = facts.highest_level().is_some_and(|(level, _)| level >= 6);
    let (band, why) = if managing >= 96 {
        (Band::Band8b, "eight or more years managing people")
    } else if managing >= 60 {
        (Band::Band8a, "five or more years managing people")
    } else if managing >= 36 {
        (Band::Band7, "three or more years managing people")
    } else if managing >= 12 || supervising >= 24 {
        (Band::Band6, "some experience of managing or supervising people")
    } else if degree || supervising > 0 {
        (Band::Band5, "a degree or some supervising experience")
    } else if any >= 12 {
        (Band::Band3, "work experience")
    } else {
        (Band::Band2, "a first job")
    };
    (band, format!("{band}, the level your experience suggests ({why})"))
}

/// Fit, score (0 to 100) and reasons. The score adds: fit (up to 45), desirable requirements
/// met (up to 10), interests (up to 25) and how well the role's level suits the person's
/// (up to 20).
pub fn rank(
    catalogue: &Catalogue,
    profile: &Profile,
    facts: &ProfileFacts,
    role: &Role,
    verdicts: &[RequirementVerdict],
) -> (Fit, u8, Vec<String>) {
    let essentials: Vec<&RequirementVerdict> = verdicts.iter().filter(|v| v.essential).collect();
    let missing: Vec<&&RequirementVerdict> = essentials.iter().filter(|v| !v.met).collect();
    let closable =
        missing.iter().all(|v| v.months_to_close.is_some_and(|months| months <= CLOSE_WITHIN_MONTHS));
    let fit = if missing.is_empty() {
        Fit::Eligible
    } else if missing.len() <= CLOSE_MAX_MISSING && closable {
        Fit::Close
    } else {
        Fit::NotYet
    };
    let mut reasons = Vec::new();
    let met_share = share(essentials.len() - missing.len(), essentials.len());
    let fit_points = match fit {
        Fit::Eligible => {
            reasons.push(format!("You meet all {} essential requirements", essentials.len()));
            45.0
        }
        Fit::Close => {
            let slowest = missing.iter().filter_map(|v| v.months_to_close).max().unwrap_or(0);
            reasons.push(format!(
                "{} essential requirement{} missing, closable in about {}",
                missing.len(),
                if missing.len() == 1 { " is" } else { "s are" },
                super::span(slowest.max(1))
            ));
            35.0 - 5.0 * f64::from(u8::try_from(missing.len()).unwrap_or(2))
        }
        Fit::NotYet => {
            reasons.push(format!(
                "You meet {} of {} essential requirements",
                essentials.len() - missing.len(),
                essentials.len()
            ));
            15.0 * met_share
        }
    };
    let desirables: Vec<&RequirementVerdict> = verdicts.iter().filter(|v| !v.essential).collect();
    let desirable_met = desirables.iter().filter(|v| v.met).count();
    let desirable_points =
        if desirables.is_empty() { 5.0 } else { 10.0 * share(desirable_met, desirables.len()) };
    if !desirables.is_empty() {
        reasons.push(format!("{desirable_met} of {} desirable requirements met", desirables.len()));
    }
    let interest_points = interest(catalogue, profile, role, &mut reasons);
    let level_points = level(facts, role, &mut reasons);
    let total = fit_points + desirable_points + interest_points + level_points;
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=100 first")]
    let score = total.round().clamp(0.0, 100.0) as u8;
    (fit, score, reasons)
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        f64::from(u32::try_from(part).unwrap_or(0)) / f64::from(u32::try_from(whole).unwrap_or(1))
    }
}

fn interest(catalogue: &Catalogue, profile: &Profile, role: &Role, reasons: &mut Vec<String>) -> f64 {
    let preferences = &profile.interests.specialisms;
    let name = catalogue.specialism(&role.specialism).map_or(role.specialism.as_str(), |s| s.name.as_str());
    let specialism_points = match preferences.iter().position(|id| *id == role.specialism) {
        _ if preferences.is_empty() => 10.0,
        Some(0) => {
            reasons.push(format!("{name} is your first-choice specialism"));
            20.0
        }
        Some(1) => {
            reasons.push(format!("{name} is your second-choice specialism"));
            14.0
        }
        Some(2) => {
            reasons.push(format!("{name} is your third-choice specialism"));
            9.0
        }
        Some(_) => {
            reasons.push(format!("{name} is among the specialisms you chose"));
            5.0
        }
        None => {
            reasons.push(format!("{name} is not among the specialisms you chose"));
            0.0
        }
    };
    let shared: Vec<&str> = role
        .settings
        .iter()
        .filter(|setting| profile.interests.settings.contains(setting))
        .map(|setting| setting.name())
        .collect();
    let setting_points = if profile.interests.settings.is_empty() {
        2.5
    } else if shared.is_empty() {
        0.0
    } else {
        reasons.push(format!("Found in settings you like: {}", shared.join(", ")));
        5.0
    };
    specialism_points + setting_points
}

fn level(facts: &ProfileFacts, role: &Role, reasons: &mut Vec<String>) -> f64 {
    let (person, why) = level_band(facts);
    let Some((min, max)) = role.pay.band_range() else {
        reasons.push(
            "A board-level post outside Agenda for Change: usually reached after many years in senior roles"
                .to_owned(),
        );
        return if person >= Band::Band9 {
            20.0
        } else if person >= Band::Band8c {
            8.0
        } else {
            0.0
        };
    };
    let person_rank = person.rank();
    let (low, high) = (min.rank(), max.rank());
    if (low..=high).contains(&(person_rank + 1)) || low == person_rank + 1 {
        reasons.push(format!("{} is a realistic next step from {why}", band_range(min, max)));
        20.0
    } else if (low..=high).contains(&person_rank) {
        reasons.push(format!("{} includes {why}: a sideways move", band_range(min, max)));
        12.0
    } else if low == person_rank + 2 {
        reasons.push(format!("{} is two bands above {why}", band_range(min, max)));
        8.0
    } else if high < person_rank {
        reasons.push(format!("{} is below {why}", band_range(min, max)));
        0.0
    } else {
        reasons.push(format!("{} is several bands above {why}", band_range(min, max)));
        3.0
    }
}

fn band_range(min: Band, max: Band) -> String {
    if min == max { min.to_string() } else { format!("Bands {} to {}", min.short_name(), max.short_name()) }
}
