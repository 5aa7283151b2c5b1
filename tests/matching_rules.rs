//! Requirement rules: experience adds up without double counting, counts of subjects, in
//! progress, determinism, and a property: more never turns a met requirement into a missing one.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::matching::{Judge, RequirementVerdict, match_profile};
use careers_planner::domain::model::catalogue::{
    ExperienceRule, QualificationRule, Requirement, Rule, Source, Strength,
};
use careers_planner::domain::model::profile::{
    Grade, HeldQualification, People, Profile, QualificationChoice, QualificationStatus,
};
use careers_planner::domain::model::taxonomy::{Area, Responsibility, Sector};
use common::{catalogue, held, job, month, sample, today, with_qualifications};
use proptest::prelude::*;

fn requirement(rule: Rule) -> Requirement {
    Requirement {
        id: "test".to_owned(),
        text: "A test requirement".to_owned(),
        rule,
        ways_to_meet: Vec::new(),
        advice: String::new(),
        strength: Strength::Required,
        quote: String::new(),
        source: Source { document: "seed-000".to_owned(), section: "test".to_owned() },
    }
}

/// The verdict on a one-off requirement (leaked so that the verdict may borrow it).
fn verdict(profile: &Profile, rule: Rule) -> RequirementVerdict<'static> {
    let requirement: &'static Requirement = Box::leak(Box::new(requirement(rule)));
    Judge::new(catalogue(), profile, today()).verdict(requirement, true)
}

#[test]
fn overlapping_experience_is_counted_once() {
    let mut profile = Profile::default();
    // Two NHS jobs held at the same time for a year: 2020-01..2021-12 and 2021-01..2022-12.
    profile.experience.push(job(Area::Finance, Sector::Nhs, "2020-01", Some("2021-12"), People::NoStaff));
    profile.experience.push(job(Area::Finance, Sector::Nhs, "2021-01", Some("2022-12"), People::NoStaff));
    let rule = |months| {
        Rule::Experience(ExperienceRule { months, areas: vec![Area::Finance], ..ExperienceRule::default() })
    };
    let met = verdict(&profile, rule(36));
    assert!(met.met(), "{}", met.reason());
    assert!(met.reason().contains("3 years"), "36 months, not 48: {}", met.reason());
    assert!(met.reason().contains("overlapping months counted once"), "{}", met.reason());
    let missing = verdict(&profile, rule(37));
    assert!(!missing.met());
    assert_eq!(missing.months_to_close(), Some(1));
}

#[test]
fn experience_filters_by_area_setting_and_responsibility() {
    let mut profile = Profile::default();
    profile.experience.push(job(
        Area::Other,
        Sector::Private,
        "2018-01",
        Some("2021-12"),
        People::Managed(10),
    ));
    profile.experience.push(job(Area::Administration, Sector::Nhs, "2022-01", None, People::Supervised(2)));
    let managing = Rule::Experience(ExperienceRule {
        months: 24,
        responsibility: Responsibility::Managing,
        healthcare: true,
        ..ExperienceRule::default()
    });
    let result = verdict(&profile, managing);
    assert!(!result.met(), "managing outside health does not count: {}", result.reason());
    assert!(
        result.reason().contains("no experience managing people, in a health or care setting"),
        "{}",
        result.reason()
    );
    let supervising = Rule::Experience(ExperienceRule {
        months: 24,
        responsibility: Responsibility::Supervising,
        ..ExperienceRule::default()
    });
    assert!(verdict(&profile, supervising).met(), "managing counts as supervising");
    let ongoing = verdict(
        &profile,
        Rule::Experience(ExperienceRule {
            months: 58,
            areas: vec![Area::Administration],
            ..ExperienceRule::default()
        }),
    );
    assert!(
        ongoing.met(),
        "ongoing jobs count up to today (Jan 2022 to Nov 2026 is 59 months): {}",
        ongoing.reason()
    );
}

#[test]
fn gcses_are_counted_and_a_higher_level_counts_as_the_whole_number() {
    let four = HeldQualification { count: 4, ..held("gcse-grade-9-4") };
    let three = HeldQualification { count: 3, ..held("gcse-grade-9-4") };
    let rule = Rule::Qualification(QualificationRule {
        min_level: Some(2),
        count: 4,
        ..QualificationRule::default()
    });
    assert!(verdict(&with_qualifications(vec![four]), rule.clone()).met());
    let short = verdict(&with_qualifications(vec![three.clone()]), rule.clone());
    assert!(!short.met() && short.reason().contains("3 subjects"), "{}", short.reason());
    let with_a_level = verdict(&with_qualifications(vec![three, held("a-level")]), rule);
    assert!(with_a_level.met() && with_a_level.reason().contains("A-level"), "{}", with_a_level.reason());
}

#[test]
fn a_qualification_in_progress_is_shown_as_such() {
    let studying = HeldQualification {
        status: QualificationStatus::InProgress { expected: month("2027-09") },
        ..held("cipd-level-5-associate-diploma")
    };
    let rule = Rule::Qualification(QualificationRule {
        any_of: vec!["cipd-level-5-associate-diploma".to_owned()],
        ..QualificationRule::default()
    });
    let result = verdict(&with_qualifications(vec![studying]), rule);
    assert!(!result.met());
    assert_eq!(result.met_from(), Some(month("2027-09")));
    assert_eq!(result.months_to_close(), Some(10));
    assert!(
        result.ways().first().is_some_and(|way| way.text.starts_with("Complete your")),
        "{:?}",
        result.ways()
    );
}

#[test]
fn every_missing_essential_of_every_sample_has_a_reason_and_most_a_way() {
    for name in ["school-leaver-gcse.ron", "graduate-2-2.ron", "nurse-diphe.ron", "admin-band-4.ron"] {
        let report = match_profile(catalogue(), &sample(name), today());
        for role in &report.roles {
            assert!(!role.reasons.is_empty(), "{name} {}: the rank is explained", role.role_id());
            for verdict in &role.requirements {
                assert!(!verdict.reason().is_empty(), "{name} {} {}", role.role_id(), verdict.id());
                if !verdict.met() && verdict.essential && verdict.months_to_close().is_some() {
                    assert!(
                        !verdict.ways().is_empty(),
                        "{name} {} {}: a timed gap has a way",
                        role.role_id(),
                        verdict.id()
                    );
                }
            }
        }
    }
}

#[test]
fn results_are_deterministic() {
    let profile = sample("private-manager-mba.ron");
    let first = match_profile(catalogue(), &profile, today());
    let second = match_profile(catalogue(), &profile, today());
    assert_eq!(first, second);
    let scores: Vec<u8> = first.roles.iter().map(|role| role.score).collect();
    assert!(scores.windows(2).all(|pair| pair[0] >= pair[1]), "roles are best first");
    assert!(first.roles.iter().all(|role| role.score <= 100));
}

/// Every requirement of every role and route, judged as met or not.
fn all_met(profile: &Profile) -> Vec<(String, String, bool)> {
    let mut judge = Judge::new(catalogue(), profile, today());
    let roles = catalogue().roles.iter().map(|role| (&role.id, &role.essential, &role.desirable));
    let routes = catalogue().routes.iter().map(|route| (&route.id, &route.essential, &route.desirable));
    let lists: Vec<_> = roles.chain(routes).collect();
    lists
        .into_iter()
        .flat_map(|(id, essential, desirable)| {
            judge
                .verdicts(essential, desirable)
                .into_iter()
                .map(|v| (id.clone(), v.id().to_owned(), v.met()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn arbitrary_qualification() -> impl Strategy<Value = HeldQualification> {
    let ids: Vec<String> = catalogue().qualifications.iter().map(|q| q.id.clone()).collect();
    let classes = prop::sample::select(vec![
        None,
        Some(careers_planner::domain::model::taxonomy::DegreeClass::Third),
        Some(careers_planner::domain::model::taxonomy::DegreeClass::LowerSecond),
        Some(careers_planner::domain::model::taxonomy::DegreeClass::First),
    ]);
    let subjects = prop::sample::select(vec![
        "",
        "History",
        "Accounting and finance",
        "Nursing",
        "Human resource management",
    ]);
    (prop::sample::select(ids), classes, subjects, 1_u8..6, prop::bool::ANY, 2000_i32..2026).prop_map(
        |(id, class, subject, count, in_progress, year)| HeldQualification {
            qualification: QualificationChoice::Catalogue(id),
            subject: subject.to_owned(),
            grade: class.map_or(Grade::NotGiven, Grade::Class),
            count,
            status: if in_progress {
                QualificationStatus::InProgress { expected: month("2027-06") }
            } else {
                QualificationStatus::Achieved { year }
            },
        },
    )
}

fn arbitrary_job() -> impl Strategy<Value = careers_planner::domain::model::profile::Experience> {
    let areas = prop::sample::select(Area::ALL.to_vec());
    let sectors = prop::sample::select(Sector::ALL.to_vec());
    let people = prop::sample::select(vec![People::NoStaff, People::Supervised(3), People::Managed(8)]);
    (areas, sectors, people, 2005_i32..2026, 1_u32..13, 1_i32..60, prop::bool::ANY).prop_map(
        |(area, sector, people, year, month_number, length, ongoing)| {
            let start = careers_planner::domain::Month::new(year, month_number).expect("month");
            let mut entry = job(area, sector, "2000-01", None, people);
            entry.start = start;
            entry.end = (!ongoing).then(|| start.plus(length));
            entry.budget_pounds = (people == People::Managed(8)).then_some(400_000);
            entry
        },
    )
}

fn arbitrary_profile() -> impl Strategy<Value = Profile> {
    (
        prop::collection::vec(arbitrary_qualification(), 0..5),
        prop::collection::vec(arbitrary_job(), 0..4),
        prop::bool::ANY,
    )
        .prop_map(|(qualifications, experience, in_nhs)| {
            let mut profile = with_qualifications(qualifications);
            profile.experience = experience;
            profile.position.in_nhs = in_nhs;
            profile
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn adding_a_qualification_never_unmeets_a_requirement(profile in arbitrary_profile(), extra in arbitrary_qualification()) {
        let before = all_met(&profile);
        let mut more = profile.clone();
        more.qualifications.push(extra);
        let after = all_met(&more);
        for ((role, id, was), (_, _, now)) in before.iter().zip(&after) {
            prop_assert!(!*was || *now, "{role} {id} was met and is now missing");
        }
    }

    #[test]
    fn a_month_more_experience_never_unmeets_a_requirement(profile in arbitrary_profile(), extra in arbitrary_job()) {
        let before = all_met(&profile);
        let mut more = profile.clone();
        if let Some(entry) = more.experience.iter_mut().find(|entry| entry.end.is_some_and(|end| end < today())) { entry.end = entry.end.map(|end| end.plus(1)) } else {
            let mut month_long = extra;
            month_long.end = Some(month_long.start);
            more.experience.push(month_long);
        }
        let after = all_met(&more);
        for ((role, id, was), (_, _, now)) in before.iter().zip(&after) {
            prop_assert!(!*was || *now, "{role} {id} was met and is now missing");
        }
    }
}

#[test]
fn five_gcses_are_the_reason_even_with_a_higher_qualification() {
    let five = HeldQualification { count: 5, ..held("gcse-grade-9-4") };
    let rule = Rule::Qualification(QualificationRule {
        min_level: Some(2),
        count: 4,
        ..QualificationRule::default()
    });
    let outcome = verdict(&with_qualifications(vec![held("a-level"), five]), rule);
    assert!(outcome.met() && outcome.reason().contains("GCSE"), "{}", outcome.reason());
}
