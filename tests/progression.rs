//! Progression paths for the sample people: every step valid at its start, alternatives that
//! differ, constraints honoured, pay that matches the tables, determinism, scenarios.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::matching::Judge;
use careers_planner::domain::model::profile::{ActionKind, Profile};
use careers_planner::domain::model::scenario::{Scenario, ScenarioChange};
use careers_planner::domain::model::taxonomy::HcasZone;
use careers_planner::domain::pay::{Basis, PayPosition};
use careers_planner::domain::progression::{
    CareerPath, Plan, PlanError, PlanOptions, ProgressionGraph, SimState, StepKind, compare_scenarios,
    job_for_role, job_for_route, plan,
};
use careers_planner::domain::{Band, FinancialYear};
use common::{catalogue, month, sample, today};

const SAMPLES: [&str; 7] = [
    "school-leaver-gcse.ron",
    "a-level-student.ron",
    "graduate-2-2.ron",
    "nurse-diphe.ron",
    "admin-band-4.ron",
    "private-manager-mba.ron",
    "hnd-facilities.ron",
];

fn planned(profile: &Profile, options: &PlanOptions) -> Plan {
    let graph = ProgressionGraph::new(catalogue());
    plan(catalogue(), &graph, profile, today(), options).expect("plan")
}

/// Replays a path step by step with its planned courses and skills, and checks that each step's
/// entry requirements are met at its start.
fn assert_every_step_valid(profile: &Profile, path: &CareerPath) {
    let mut state = SimState::new(profile);
    for step in &path.steps {
        for action in &step.actions {
            if let Some(id) = &action.qualification {
                state.gain_qualification(catalogue(), id, action.due);
            }
            if let Some(taken) = action.takes_on
                && let Some(job) = state.paid_job_in(action.due, |_| true)
            {
                state.take_on(job, action.due, taken.people, taken.budget_pounds);
            }
            if action.kind == ActionKind::Skills {
                // Skills actions raise self-assessed levels; replay them by the requirement they serve.
                for (skill, level) in skill_levels(action) {
                    state.profile.skills.manager_skills.insert(skill.clone(), level);
                    state.profile.skills.leadership.insert(skill, level);
                }
            }
        }
        let requirements = match &step.kind {
            StepKind::Now => continue,
            StepKind::Route(id) => &catalogue().route(id).expect("route").essential,
            StepKind::Role(id) => &catalogue().role(id).expect("role").essential,
        };
        let mut judge = Judge::new(catalogue(), &state.profile, step.start);
        for requirement in requirements {
            let verdict = judge.verdict(requirement, true);
            assert!(
                verdict.met(),
                "{}: step {} at {}: {} is not met ({})",
                path.label,
                step.title,
                step.start,
                verdict.text(),
                verdict.reason()
            );
        }
        match &step.kind {
            StepKind::Route(id) => {
                let route = catalogue().route(id).expect("route");
                state.start_job(&job_for_route(catalogue(), route), step.start);
                let done = step.start.plus(i32::try_from(route.duration_months.unwrap_or(0)).unwrap_or(0));
                for gained in &route.gains {
                    state.gain_qualification(catalogue(), gained, done);
                }
            }
            StepKind::Role(id) => state.start_job(
                &job_for_role(catalogue(), catalogue().role(id).expect("role"), step.band),
                step.start,
            ),
            StepKind::Now => {}
        }
    }
}

fn skill_levels(action: &careers_planner::domain::progression::PlannedAction) -> Vec<(String, u8)> {
    let catalogue = catalogue();
    let named = |name: &str| action.title.to_lowercase().contains(&name.to_lowercase());
    let level = action
        .title
        .split("to level ")
        .nth(1)
        .and_then(|rest| rest.chars().next())
        .and_then(|c| c.to_digit(10));
    let Some(level) = level.and_then(|l| u8::try_from(l).ok()) else { return Vec::new() };
    catalogue
        .frameworks
        .manager_skills
        .iter()
        .map(|skill| (skill.id.clone(), skill.name.clone()))
        .chain(catalogue.frameworks.leadership_dimensions.iter().map(|d| (d.id.clone(), d.name.clone())))
        .filter(|(_, name)| named(name))
        .map(|(id, _)| (id, level))
        .collect()
}

#[test]
fn every_sample_gets_valid_paths_with_pay() {
    for name in SAMPLES {
        let profile = sample(name);
        let plan = planned(&profile, &PlanOptions::default());
        assert!(!plan.paths.is_empty(), "{name}: {:?}", plan.no_path_reason);
        for path in &plan.paths {
            assert_every_step_valid(&profile, path);
            assert!(
                path.steps.windows(2).all(|pair| pair[0].start <= pair[1].start),
                "{name}: steps in order"
            );
            assert_eq!(path.pay.years.len(), 10, "{name}: ten financial years");
            assert_eq!(path.pay.years[0].year, FinancialYear::starting(2026));
            assert!(
                path.pay.years.iter().skip(1).all(|year| year.basis == Basis::Estimated),
                "{name}: after 2026-27 every year is estimated"
            );
            assert!(
                path.steps.iter().skip(1).all(|step| !step.reason.is_empty()),
                "{name}: each step says why"
            );
        }
    }
}

#[test]
fn alternatives_really_differ() {
    for name in ["graduate-2-2.ron", "a-level-student.ron", "school-leaver-gcse.ron", "admin-band-4.ron"] {
        let plan = planned(&sample(name), &PlanOptions::default());
        assert!(plan.paths.len() >= 2, "{name} has alternatives");
        let kinds: Vec<Vec<StepKind>> =
            plan.paths.iter().map(|path| path.steps.iter().map(|s| s.kind.clone()).collect()).collect();
        for (i, a) in kinds.iter().enumerate() {
            for b in kinds.iter().skip(i + 1) {
                assert_ne!(a, b, "{name}: two alternatives take the same steps");
            }
        }
        let arrivals: Vec<_> = plan.paths.iter().map(|path| path.arrival).collect();
        assert!(arrivals.windows(2).all(|pair| pair[0] <= pair[1]), "{name}: quickest first");
    }
}

#[test]
fn the_graduate_takes_the_scheme_and_the_student_studies_first() {
    let graduate = planned(&sample("graduate-2-2.ron"), &PlanOptions::default());
    let best = &graduate.paths[0];
    assert!(matches!(&best.steps[1].kind, StepKind::Route(id) if id == "gmts-general-management"));
    assert_eq!(best.steps[1].start, month("2027-09"), "the next September intake");
    assert_eq!(best.arrival, month("2029-09"), "24 months on the scheme");
    // Towards finance manager the scheme no longer assumes CIPFA, so the GCSE finance route is
    // quicker; towards a service manager the degree-then-scheme path is the quickest.
    let towards_service =
        PlanOptions { target: Some("service-manager".to_owned()), ..PlanOptions::default() };
    let student = planned(&sample("a-level-student.ron"), &towards_service);
    let degree_first =
        student.paths.iter().find(|path| path.label.contains("Graduate")).expect("a scheme path");
    let study = degree_first
        .steps
        .iter()
        .flat_map(|step| &step.actions)
        .find(|action| action.qualification.as_deref() == Some("bachelors-degree"))
        .expect("a degree is planned");
    assert_eq!(study.start, month("2027-08"), "after the A-levels expected in August 2027");
}

#[test]
fn constraints_are_honoured() {
    let mut part_time = sample("graduate-2-2.ron");
    part_time.constraints.part_time_only = true;
    let plan = planned(&part_time, &PlanOptions::default());
    assert!(
        plan.paths.iter().all(|path| path
            .steps
            .iter()
            .all(|step| !matches!(&step.kind, StepKind::Route(id) if id.starts_with("gmts")))),
        "the scheme is full time only"
    );
    let mut staying = sample("graduate-2-2.ron");
    staying.constraints.will_not_relocate = true;
    let plan = planned(&staying, &PlanOptions::default());
    assert!(plan.paths.iter().all(|path| {
        path.steps.iter().all(|step| !matches!(&step.kind, StepKind::Route(id) if id.starts_with("gmts")))
    }));
}

#[test]
fn pay_along_a_path_matches_the_table_in_published_years() {
    let nurse = sample("nurse-diphe.ron");
    let plan = planned(
        &nurse,
        &PlanOptions { target: Some("clinical-manager".to_owned()), ..PlanOptions::default() },
    );
    let path = &plan.paths[0];
    let first = &path.pay.years[0];
    assert_eq!(first.basis, Basis::Published);
    // Promoted to band 7 in February 2027, she ends 2026-27 at its entry point, in outer London.
    assert_eq!(
        first.position,
        PayPosition::Afc {
            band: Band::Band7,
            point: careers_planner::domain::model::catalogue::PointName::Entry
        }
    );
    assert_eq!(first.annual_pay, Some(49_387));
    assert_eq!(first.hcas, 6_137, "15% of 49,387 capped at the 2026-27 maximum");
    // The plan starts in November 2026: three months at band 6 top (48,117) and two at band 7
    // entry (49,387) are left of 2026-27.
    assert_eq!(first.months, 5);
    assert_eq!(first.earned, 20_260);
}

#[test]
fn plans_are_deterministic_and_unknown_targets_are_refused() {
    let profile = sample("private-manager-mba.ron");
    assert_eq!(planned(&profile, &PlanOptions::default()), planned(&profile, &PlanOptions::default()));
    let graph = ProgressionGraph::new(catalogue());
    let error = plan(
        catalogue(),
        &graph,
        &profile,
        today(),
        &PlanOptions { target: Some("astronaut".to_owned()), ..PlanOptions::default() },
    );
    assert_eq!(error, Err(PlanError::UnknownTarget("astronaut".to_owned())));
}

#[test]
fn scenarios_compare_time_and_pay() {
    let profile = sample("admin-band-4.ron");
    let graph = ProgressionGraph::new(catalogue());
    let scenarios = vec![
        Scenario {
            name: "Move to inner London".to_owned(),
            changes: vec![ScenarioChange::MoveZone(Some(HcasZone::InnerLondon))],
        },
        Scenario { name: "Part time".to_owned(), changes: vec![ScenarioChange::ChangeHours(22.5)] },
        Scenario {
            name: "Aim at HR".to_owned(),
            changes: vec![ScenarioChange::AimAt("hr-team-manager".to_owned())],
        },
    ];
    let comparison =
        compare_scenarios(catalogue(), &graph, &profile, today(), &scenarios, &PlanOptions::default());
    assert_eq!(comparison.rows.len(), 4);
    let [as_is, london, part_time, hr] = &comparison.rows[..] else { panic!("four rows") };
    assert!(as_is.months_to_target.is_some());
    assert!(london.total_10_years > as_is.total_10_years, "HCAS adds pay");
    assert!(part_time.total_10_years < as_is.total_10_years, "part time earns less");
    assert_eq!(hr.target.as_deref(), Some("hr-team-manager"));
    assert!(as_is.pay_after_10_years.is_some() && as_is.estimated);
}
