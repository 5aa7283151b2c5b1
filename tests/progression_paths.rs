//! Paths a careers adviser would sign, on profiles written for the cases that went wrong: time
//! already served counts, no route the person cannot take, no step down, apply directly when
//! close, distinct alternatives, equivalent experience before a degree.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::model::catalogue::QualificationKind;
use careers_planner::domain::model::profile::Profile;
use careers_planner::domain::progression::{
    CareerPath, Plan, PlanOptions, ProgressionGraph, StepKind, comparable_band, plan,
};
use careers_planner::domain::{Band, Month};
use common::{catalogue, sample, today};

fn fixture(name: &str) -> Profile {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/paths").join(name);
    careers_planner::storage::load(&path).expect("fixture loads").save.profile
}

fn planned(profile: &Profile) -> Plan {
    let graph = ProgressionGraph::new(catalogue());
    plan(catalogue(), &graph, profile, today(), &PlanOptions::default()).expect("plan")
}

/// The band each role step is paid at or comparable with.
fn step_bands(path: &CareerPath) -> Vec<(String, Option<Band>)> {
    path.steps
        .iter()
        .filter_map(|step| match &step.kind {
            StepKind::Role(id) => {
                let role = catalogue().role(id).expect("role");
                Some((step.title.clone(), comparable_band(role, step.band)))
            }
            StepKind::Route(_) => Some((step.title.clone(), step.band)),
            StepKind::Now => None,
        })
        .collect()
}

fn months_after_today(month: Month) -> i32 {
    today().months_until(month)
}

#[test]
fn the_medical_secretary_stays_in_post_and_becomes_practice_manager_within_two_years() {
    let plan = planned(&fixture("medical-secretary-band-4.ron"));
    assert!(!plan.paths.is_empty(), "{:?}", plan.no_path_reason);
    for path in &plan.paths {
        for (title, band) in step_bands(path) {
            assert!(band.is_none_or(|band| band >= Band::Band4), "{}: {title} is below band 4", path.label);
        }
        for step in &path.steps {
            if let StepKind::Route(id) = &step.kind {
                let route = catalogue().route(id).expect("route");
                assert!(
                    !catalogue().path_rules.is_first_step(route.kind),
                    "{}: a band 4 secretary is offered the first step \"{}\"",
                    path.label,
                    route.title
                );
            }
            assert_ne!(step.kind, StepKind::Role("medical-secretary".to_owned()), "re-entered her own role");
        }
        for step in path
            .steps
            .iter()
            .skip(1)
            .filter(|step| step.kind == StepKind::Role("general-office-manager".to_owned()))
        {
            assert!(
                months_after_today(step.start) < 24,
                "her seven years as a secretary count towards the two years general office manager asks"
            );
        }
    }
    let quickest = &plan.paths[0];
    assert!(months_after_today(quickest.arrival) <= 24, "arrives {} ({})", quickest.arrival, quickest.label);
    assert_eq!(quickest.steps.len(), 2, "stay in post, close the gaps and apply");
    assert!(quickest.label.starts_with("Stay"), "{}", quickest.label);
    assert!(
        quickest.steps[1].actions.iter().any(|action| action.takes_on.is_some()),
        "the supervising gap closes by taking it on in her post"
    );
}

#[test]
fn the_band_4_administrator_gets_distinct_alternatives_that_say_why() {
    let plan = planned(&sample("admin-band-4.ron"));
    assert!(plan.paths.len() >= 2);
    for (at, path) in plan.paths.iter().enumerate() {
        assert!(!path.why.is_empty(), "{}: no why line", path.label);
        for other in plan.paths.iter().skip(at + 1) {
            assert_ne!(path.key(), other.key(), "two alternatives take the same steps");
            assert_ne!(path.label, other.label, "two alternatives have the same label");
        }
    }
    assert!(plan.paths[1].why.contains("slower than the quickest"), "{}", plan.paths[1].why);
    // Three and a half years as a team leader count towards the two years the next role asks.
    let next = plan
        .paths
        .iter()
        .flat_map(|path| path.steps.iter())
        .find(|step| step.kind == StepKind::Role("business-administrative-manager".to_owned()))
        .expect("a path through business/administrative manager");
    assert!(months_after_today(next.start) <= 6, "starts {}, as if time served did not count", next.start);
}

#[test]
fn the_private_sector_manager_keeps_her_level_or_is_told_of_the_drop() {
    let mut profile = sample("private-manager-mba.ron");
    let plan = planned(&profile);
    assert!(!plan.paths.is_empty());
    for path in &plan.paths {
        let dropped = step_bands(path).iter().any(|(_, band)| band.is_some_and(|band| band < Band::Band8b));
        assert!(!dropped, "{}: a step below her comparable band 8b, without her asking", path.label);
        if profile.goal.target_year.is_some_and(|year| path.arrival.year() > year) {
            assert!(
                path.notes.iter().any(|note| note.contains("after your goal")),
                "{}: {:?}",
                path.label,
                path.notes
            );
        }
    }
    profile.constraints.accept_lower_band = true;
    let willing = planned(&profile);
    let with_drop = willing
        .paths
        .iter()
        .find(|path| step_bands(path).iter().any(|(_, band)| band.is_some_and(|band| band < Band::Band8b)))
        .expect("taking a lower band opens a path through a lower post");
    assert!(with_drop.notes.iter().any(|note| note.contains("drop in pay")), "{:?}", with_drop.notes);
}

#[test]
fn the_scientist_one_gap_from_the_target_applies_directly_first() {
    let plan = planned(&fixture("scientist-band-8b.ron"));
    let quickest = plan.paths.first().expect("a path");
    assert_eq!(quickest.steps.len(), 2, "{}: straight to the target", quickest.label);
    assert!(
        months_after_today(quickest.arrival) <= 15,
        "the gap closes in about a year: {}",
        quickest.arrival
    );
    assert!(quickest.label.starts_with("Stay") || quickest.label.starts_with("Apply"), "{}", quickest.label);
    assert_eq!(quickest.steps[1].band, Some(Band::Band8b), "joins at his own band");
}

#[test]
fn the_secretary_reaches_commissioning_on_experience_without_a_degree() {
    let plan = planned(&fixture("secretary-gcse-commissioning.ron"));
    assert!(!plan.paths.is_empty(), "{:?}", plan.no_path_reason);
    for path in &plan.paths {
        for step in &path.steps {
            for action in &step.actions {
                let degree = action
                    .qualification
                    .as_deref()
                    .and_then(|id| catalogue().qualification(id))
                    .is_some_and(|qualification| qualification.kind == QualificationKind::Degree);
                assert!(
                    !degree,
                    "{}: plans a degree ({}) though experience is accepted",
                    path.label, action.title
                );
            }
            if let StepKind::Route(id) = &step.kind {
                let route = catalogue().route(id).expect("route");
                assert!(
                    route.gains.iter().all(|id| catalogue()
                        .qualification(id)
                        .is_none_or(|qualification| qualification.kind != QualificationKind::Degree)),
                    "{}: takes a degree route ({})",
                    path.label,
                    route.title
                );
            }
        }
    }
}

#[test]
fn the_chosen_path_is_kept_by_its_steps_and_compared_as_things_are() {
    let mut profile = sample("admin-band-4.ron");
    let before = planned(&profile);
    let slower = before.paths.last().expect("alternatives");
    let key = slower.key();
    assert!(key.iter().all(|part| part.starts_with("role:") || part.starts_with("route:")), "{key:?}");
    // An edit that changes the paths' order does not change which path is chosen.
    profile.goal.target_year = Some(2027);
    let after = planned(&profile);
    let kept = careers_planner::domain::progression::chosen_path(&after, &key, 0);
    assert!(!kept.changed);
    assert_eq!(after.paths[kept.index].key(), key);
    let gone =
        careers_planner::domain::progression::chosen_path(&after, &["role:chief-executive".to_owned()], 2);
    assert!(
        gone.changed && gone.index == 0,
        "a chosen path no longer offered falls back to the quickest, and says so"
    );

    let graph = ProgressionGraph::new(catalogue());
    let options = PlanOptions { chosen: key.clone(), ..PlanOptions::default() };
    let scenario = careers_planner::domain::model::scenario::Scenario {
        name: "Inner London".to_owned(),
        changes: vec![careers_planner::domain::model::scenario::ScenarioChange::MoveZone(Some(
            careers_planner::domain::model::taxonomy::HcasZone::InnerLondon,
        ))],
    };
    let comparison = careers_planner::domain::progression::compare_scenarios(
        catalogue(),
        &graph,
        &profile,
        today(),
        &[scenario],
        &options,
    );
    let as_is = &comparison.rows[0];
    assert_eq!(
        as_is.path.as_deref(),
        Some(after.paths[kept.index].label.as_str()),
        "as things are is the chosen path"
    );
    assert_eq!(as_is.arrival, Some(after.paths[kept.index].arrival));
    let london = &comparison.rows[1];
    assert_eq!(
        london.path.as_deref(),
        Some(after.paths[0].label.as_str()),
        "a scenario shows its quickest path"
    );
    let equivalent = london.chosen.as_ref().expect("the chosen path's equivalent in London");
    assert!(equivalent.total_10_years > as_is.total_10_years, "HCAS adds pay on the same path");
}
