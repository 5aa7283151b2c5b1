//! One test per finding of the review of requirements against their sources: each would fail
//! on the data and rules as they were before the review.

mod common;

use careers_planner::domain::matching::{RequirementVerdict, match_profile};
use careers_planner::domain::model::catalogue::{RouteKind, Strength};
use careers_planner::domain::model::profile::{HeldQualification, QualificationStatus};
use common::{catalogue, held, month, sample, today, with_qualifications};

#[test]
fn a_private_sector_manager_with_an_mba_is_eligible_now_for_general_manager() {
    let report = match_profile(catalogue(), &sample("private-manager-mba.ron"), today());
    let general = report.role("general-manager").expect("general manager");
    assert_eq!(general.fit.label(), "Eligible now", "{:?}", general.reasons);
}

#[test]
fn managing_resources_in_healthcare_is_usual_and_names_no_number_of_years() {
    for role in &catalogue().roles {
        for requirement in role.essential.iter().chain(&role.desirable) {
            if requirement.id == "healthcare-resources" {
                assert_eq!(requirement.strength, Strength::Usual, "{}", role.id);
                assert!(!requirement.text.contains("year"), "{}: {}", role.id, requirement.text);
            }
        }
    }
}

#[test]
fn graduate_schemes_do_not_assume_a_named_professional_qualification() {
    for route in catalogue().routes.iter().filter(|route| route.kind == RouteKind::GraduateScheme) {
        for named in ["cipfa-chartered", "cipd-level-7-advanced-diploma", "pgcert"] {
            assert!(!route.gains.iter().any(|id| id == named), "{} gains {named}", route.id);
        }
    }
    let finance = catalogue().route("gmts-finance").expect("finance scheme");
    assert!(finance.usually_gains.iter().any(|gain| gain.qualification == "cipfa-chartered"));
}

#[test]
fn hedged_qualifications_are_usual_and_a_cipd_foundation_counts_as_working_towards() {
    for (role, id) in
        [("hr-team-manager", "cipd"), ("hr-manager", "cipd"), ("facilities-manager", "hnc-estates-hotel")]
    {
        let role = catalogue().role(role).expect("role");
        let requirement =
            role.essential.iter().chain(&role.desirable).find(|r| r.id == id).expect("requirement");
        assert_eq!(requirement.strength, Strength::Usual, "{}/{id}", role.id);
    }
    let profile = with_qualifications(vec![held("cipd-level-3-foundation-certificate")]);
    let report = match_profile(catalogue(), &profile, today());
    let cipd = report
        .role("hr-team-manager")
        .and_then(|role| role.requirements.iter().find(|v| v.id() == "cipd"))
        .expect("verdict");
    assert!(cipd.met(), "{}", cipd.reason());
}

#[test]
fn an_unclassified_medical_degree_meets_the_schemes_2_2_rule() {
    let report = match_profile(catalogue(), &with_qualifications(vec![held("medical-degree")]), today());
    let scheme = report.route("gmts-general-management").expect("scheme");
    assert!(
        scheme.eligible,
        "{:?}",
        scheme.requirements.iter().map(RequirementVerdict::reason).collect::<Vec<_>>()
    );
}

#[test]
fn planner_durations_are_estimates_and_say_so() {
    let c = catalogue();
    let roles = c.roles.iter().map(|role| (&role.id, role.essential.iter().chain(&role.desirable)));
    let routes = c.routes.iter().map(|route| (&route.id, route.essential.iter().chain(&route.desirable)));
    for (owner, requirements) in roles.chain(routes) {
        for requirement in requirements {
            let text = requirement.text.to_lowercase();
            assert!(
                !(text.contains("(typically") && requirement.strength != Strength::Estimate),
                "{owner}/{}: a planner's duration quoted as the source's: {}",
                requirement.id,
                requirement.text
            );
        }
    }
}

#[test]
fn a_dip_he_in_nursing_meets_direct_entry_to_junior_management() {
    let report = match_profile(catalogue(), &with_qualifications(vec![held("diphe-nursing")]), today());
    let direct = report.route("graduate-direct-entry").expect("direct entry");
    let degree = direct.requirements.iter().find(|v| v.id() == "degree-or-equivalent").expect("verdict");
    assert!(degree.met(), "{}", degree.reason());
}

#[test]
fn roles_say_nothing_their_sources_do_not() {
    let site = catalogue().role("clinical-site-manager").expect("role");
    assert!(site.activities.iter().chain([&site.summary]).all(|text| !text.contains("escalation")));
    let chief = catalogue().role("chief-executive").expect("role");
    assert!(chief.activities.iter().all(|text| !text.contains("leading the organisation's board")));
}

#[test]
fn commissioning_roles_are_titled_as_they_are_today() {
    let role = catalogue().role("commissioning-business-manager").expect("role");
    assert!(role.title.contains("integrated care board"), "{}", role.title);
    assert!(
        role.also_known_as.iter().filter(|name| name.contains("CCG")).all(|name| name.contains("replaced"))
    );
}

#[test]
fn a_practice_manager_is_not_called_a_board_level_post() {
    let report = match_profile(catalogue(), &sample("admin-band-4.ron"), today());
    let practice = report.role("practice-manager-large").expect("role");
    assert!(practice.reasons.iter().all(|reason| !reason.contains("board-level")), "{:?}", practice.reasons);
}

#[test]
fn matching_reasons_agree_in_number_and_say_a_date_once() {
    for name in ["a-level-student.ron", "school-leaver-gcse.ron", "admin-band-4.ron", "graduate-2-2.ron"] {
        let report = match_profile(catalogue(), &sample(name), today());
        for role in &report.roles {
            for reason in &role.reasons {
                assert!(!reason.contains("all 1 essential"), "{name}: {reason}");
                assert!(!reason.contains(" of 1 essential requirements"), "{name}: {reason}");
            }
            for verdict in &role.requirements {
                let text = verdict.reason();
                if let Some(month) = verdict.met_from() {
                    let label = month.label();
                    assert!(text.matches(label.as_str()).count() <= 1, "{name}: {text}");
                }
            }
        }
    }
}

#[test]
fn a_doctorate_meets_a_masters_prerequisite_and_held_qualifications_are_not_suggested() {
    let profile = with_qualifications(vec![held("phd")]);
    let report = match_profile(catalogue(), &profile, today());
    for role in &report.roles {
        for verdict in &role.requirements {
            for way in verdict.ways() {
                assert!(!way.text.contains("after Bachelor"), "{}: {}", role.role_id(), way.text);
            }
        }
    }
    let amspar = with_qualifications(vec![held("amspar-medical-secretaries-diploma")]);
    let report = match_profile(catalogue(), &amspar, today());
    for role in &report.roles {
        for verdict in role.requirements.iter().filter(|v| !v.met()) {
            for way in verdict.ways() {
                assert_ne!(
                    way.qualification.as_deref(),
                    Some("amspar-medical-secretaries-diploma"),
                    "{}",
                    role.role_id()
                );
            }
        }
    }
}

#[test]
fn no_right_to_work_or_part_time_only_makes_every_scheme_ineligible() {
    let graduate = sample("graduate-2-2.ron");
    // The NHS scheme's conditions; private and trust schemes set their own.
    let schemes = || {
        catalogue()
            .routes
            .iter()
            .filter(|route| route.kind == RouteKind::GraduateScheme && route.id.starts_with("gmts-"))
    };
    let mut no_right = graduate.clone();
    no_right.constraints.right_to_work_uk = false;
    let mut part_time = graduate;
    part_time.constraints.part_time_only = true;
    for profile in [no_right, part_time] {
        let report = match_profile(catalogue(), &profile, today());
        for scheme in schemes() {
            let verdict = report.route(&scheme.id).expect("route");
            assert!(!verdict.eligible, "{} eligible for {:?}", scheme.id, profile.constraints);
            assert!(verdict.requirements.iter().any(|v| v.blocks() && !v.met()), "{}", scheme.id);
        }
    }
}

#[test]
fn a_degree_in_progress_with_no_class_is_met_from_its_expected_date() {
    let degree = HeldQualification {
        status: QualificationStatus::InProgress { expected: month("2027-06") },
        ..held("bachelors-degree")
    };
    let report = match_profile(catalogue(), &with_qualifications(vec![degree]), today());
    let scheme = report.route("gmts-general-management").expect("scheme");
    let minimum = scheme.requirements.iter().find(|v| v.id() == "minimum-eligibility").expect("verdict");
    assert_eq!(minimum.met_from(), Some(month("2027-06")), "{}", minimum.reason());
    assert!(minimum.reason().contains("2:2 or better"), "{}", minimum.reason());
}
