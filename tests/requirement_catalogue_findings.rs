//! The findings of the review of requirements that concern what the catalogue holds and how a
//! path uses it: each test would fail on the data and rules as they were before the review.

mod common;

use careers_planner::domain::Band;
use careers_planner::domain::matching::match_profile;
use careers_planner::domain::model::catalogue::named::PLANNER_ESTIMATE;
use careers_planner::domain::model::catalogue::{RolePay, RouteKind, Strength};
use careers_planner::domain::model::profile::People;
use careers_planner::domain::model::taxonomy::{Area, Sector};
use careers_planner::domain::progression::{PlanOptions, ProgressionGraph, StepKind, plan};
use common::{catalogue, held, job, sample, today, with_qualifications};

#[test]
fn the_first_post_after_the_graduate_scheme_is_planned_at_the_level_its_source_gives() {
    let graph = ProgressionGraph::new(catalogue());
    let profile = sample("graduate-2-2.ron");
    let plan = plan(catalogue(), &graph, &profile, today(), &PlanOptions::default());
    let plan = plan.ok().filter(|plan| !plan.paths.is_empty());
    let Some(plan) = plan else { panic!("the graduate has a path") };
    let mut checked = 0;
    for path in &plan.paths {
        for pair in path.steps.windows(2) {
            let (StepKind::Route(route), StepKind::Role(role)) = (&pair[0].kind, &pair[1].kind) else {
                continue;
            };
            let Some(first) = catalogue().route(route).and_then(|route| route.first_post.as_ref()) else {
                continue;
            };
            checked += 1;
            let role = catalogue().role(role).map(|role| &role.pay);
            let sourced_range = match role {
                Some(RolePay::Afc { min, max, source }) if source.document != PLANNER_ESTIMATE => {
                    Some((*min, *max))
                }
                _ => None,
            };
            let expected = sourced_range.map_or(first.band, |(min, max)| first.band.clamp(min, max));
            assert_eq!(pair[1].band, Some(expected), "{}: {} after {route}", path.label, pair[1].title);
            assert_ne!(pair[1].band, Some(Band::Band7), "{}: {}", path.label, pair[1].pay_label);
        }
    }
    assert!(checked > 0, "no path goes from the graduate scheme into a post: {:?}", plan.paths);
}

#[test]
fn every_nhs_graduate_scheme_states_its_first_post_level_with_the_sources_words() {
    for route in catalogue().routes.iter().filter(|route| route.id.starts_with("gmts-")) {
        let first = route.first_post.as_ref().unwrap_or_else(|| panic!("{} has no first post", route.id));
        assert_eq!(first.band, Band::Band6, "{}", route.id);
        assert!(first.quote.contains("around £44,000"), "{}", first.quote);
        assert_eq!(first.source.document, "seed-001");
    }
}

#[test]
fn every_band_range_cites_a_source_that_states_it_or_the_planners_estimate() {
    // The line on general and service manager posts says only "typically band 8b".
    for id in ["service-manager", "general-manager"] {
        let role = catalogue().role(id).expect("role");
        assert_eq!(role.pay.source().document, PLANNER_ESTIMATE, "{id}");
    }
    for role in &catalogue().roles {
        if let RolePay::Afc { source, .. } = &role.pay {
            assert!(!source.document.is_empty(), "{}", role.id);
            assert!(catalogue().document(&source.document).is_some(), "{}", role.id);
        }
        for note in &role.notes {
            assert!(!note.contains("junior service manager posts start at band 7"), "{}: {note}", role.id);
        }
    }
}

#[test]
fn an_hnd_is_a_usual_gap_for_direct_entry_not_a_refusal() {
    let report = match_profile(catalogue(), &with_qualifications(vec![held("hnd")]), today());
    let direct = report.route("graduate-direct-entry").expect("direct entry");
    assert!(direct.eligible, "an HND holder may apply directly");
    let degree = direct.requirements.iter().find(|v| v.id() == "degree-or-equivalent").expect("verdict");
    assert!(!degree.met() && !degree.blocks(), "{}", degree.reason());
    let requirement = catalogue()
        .route("graduate-direct-entry")
        .and_then(|route| route.essential.iter().find(|r| r.id == "degree-or-equivalent"))
        .expect("requirement");
    assert_eq!(requirement.strength, Strength::Usual);
    let report = match_profile(catalogue(), &with_qualifications(vec![held("gcse-grade-9-4")]), today());
    assert!(!report.route("graduate-direct-entry").expect("route").eligible, "GCSEs alone do not open it");
    let report = match_profile(catalogue(), &with_qualifications(vec![held("dipcot")]), today());
    let direct = report.route("graduate-direct-entry").expect("route");
    assert!(direct.eligible && direct.requirements.iter().all(|v| v.met() || v.id() == "area-experience"));
}

#[test]
fn the_roles_and_routes_the_sources_name_are_in_the_catalogue_and_linked() {
    let c = catalogue();
    for id in ["private-sector-graduate-scheme", "trust-graduate-trainee-scheme"] {
        assert_eq!(c.route(id).map(|route| route.kind), Some(RouteKind::GraduateScheme), "{id}");
    }
    for id in ["apprenticeship-management", "apprenticeship-human-resources", "apprenticeship-it"] {
        let route = c.route(id).unwrap_or_else(|| panic!("{id} is missing"));
        assert_eq!(route.kind, RouteKind::Apprenticeship, "{id}");
        assert!(route.sources.iter().any(|source| source.document == "seed-001"), "{id}");
        assert!(route.leads_to.iter().all(|role| c.role(role).is_some()), "{id}");
    }
    let roles = [
        "clinical-director-of-service",
        "head-of-midwifery",
        "district-nurse-team-manager",
        "health-promotion-officer",
        "ambulance-station-manager",
    ];
    for id in roles {
        let role = c.role(id).unwrap_or_else(|| panic!("{id} is missing"));
        assert!(!role.leads_to.is_empty(), "{id} leads nowhere");
        let reached = c.roles.iter().any(|other| other.leads_to.iter().any(|next| next.role == id))
            || c.routes.iter().any(|route| route.leads_to.iter().any(|next| next == id));
        assert!(reached, "nothing leads to {id}");
        assert_eq!(role.pay.source().document, PLANNER_ESTIMATE, "{id}: no source gives its band");
    }
    assert_eq!(
        c.role("district-nurse-team-manager").map(|r| r.specialism.as_str()),
        Some("clinical-management")
    );
    assert_eq!(c.role("head-of-midwifery").map(|r| r.specialism.as_str()), Some("clinical-management"));
    assert_eq!(
        c.role("clinical-director-of-service").map(|r| r.specialism.as_str()),
        Some("clinical-management")
    );
}

#[test]
fn an_experienced_midwife_is_eligible_now_for_head_of_midwifery() {
    let mut profile = with_qualifications(vec![held("midwifery-degree")]);
    profile.experience.push(job(Area::Clinical, Sector::Nhs, "2014-09", None, People::Managed(12)));
    let report = match_profile(catalogue(), &profile, today());
    let head = report.role("head-of-midwifery").expect("head of midwifery");
    assert_eq!(head.fit.label(), "Eligible now", "{:?}", head.reasons);
    let nurse = report.role("district-nurse-team-manager").expect("district nurse");
    assert_ne!(nurse.fit.label(), "Eligible now", "a midwife is not a registered nurse: {:?}", nurse.reasons);
}
