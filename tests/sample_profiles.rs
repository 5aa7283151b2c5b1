//! Each sample person gets the verdicts a careers adviser would sign.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::matching::{Fit, MatchReport, match_profile};
use common::{catalogue, sample, today};

fn report(name: &str) -> MatchReport<'static> {
    match_profile(catalogue(), &sample(name), today())
}

fn fit(report: &MatchReport, role: &str) -> Fit {
    report.role(role).unwrap_or_else(|| panic!("role {role}")).fit
}

fn eligible(report: &MatchReport, route: &str) -> bool {
    report.route(route).unwrap_or_else(|| panic!("route {route}")).eligible
}

fn missing_reasons(report: &MatchReport, route: &str) -> String {
    let route = report.route(route).expect("route");
    route
        .requirements
        .iter()
        .filter(|v| !v.met())
        .map(|v| v.reason().to_owned())
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn school_leaver_with_gcses_can_start_in_administration() {
    let report = report("school-leaver-gcse.ron");
    assert!(eligible(&report, "admin-entry-gcse"));
    assert!(eligible(&report, "apprenticeship-administration"));
    assert_eq!(fit(&report, "administrative-assistant"), Fit::Eligible);
    assert!(!eligible(&report, "admin-entry-a-level"), "no level 3 yet");
    assert!(!eligible(&report, "gmts-general-management"));
    assert_eq!(fit(&report, "general-manager"), Fit::NotYet);
    assert_eq!(
        report.roles.first().map(careers_planner::domain::matching::RoleMatch::role_id),
        Some("administrative-assistant")
    );
}

#[test]
fn a_level_student_waits_for_results_for_level_3_routes() {
    let report = report("a-level-student.ron");
    assert!(eligible(&report, "admin-entry-gcse"));
    let route = report.route("admin-entry-a-level").expect("route");
    assert!(!route.eligible);
    let pending = route.requirements.iter().find(|v| !v.met()).expect("level 3 pending");
    assert_eq!(pending.met_from().map(|month| month.to_string()).as_deref(), Some("2027-08"));
    assert!(!eligible(&report, "gmts-finance"));
    assert_eq!(fit(&report, "accounts-assistant"), Fit::Eligible, "finance is the first choice");
}

#[test]
fn new_graduate_with_a_2_2_meets_the_graduate_scheme_but_not_band_7_posts() {
    let report = report("graduate-2-2.ron");
    for route in [
        "gmts-general-management",
        "gmts-human-resources",
        "gmts-finance",
        "gmts-health-informatics",
        "graduate-direct-entry",
    ] {
        assert!(eligible(&report, route), "{route}: {}", missing_reasons(&report, route));
    }
    let scheme = report.route("gmts-general-management").expect("route");
    assert!(
        scheme.requirements.iter().any(|v| v.met()
            && v.reason().contains("in History (2:2)")
            && v.reason().contains("any subject"))
    );
    assert!(!eligible(&report, "gmts-health-analysis"), "history is not a numerate degree");
    for role in ["service-manager", "hr-team-manager", "performance-quality-manager"] {
        assert_ne!(fit(&report, role), Fit::Eligible, "{role}");
    }
    assert_eq!(fit(&report, "communications-corporate-affairs-manager"), Fit::NotYet);
}

#[test]
fn nurse_with_a_diphe_can_move_into_clinical_management() {
    let report = report("nurse-diphe.ron");
    assert_eq!(fit(&report, "clinical-manager"), Fit::Eligible);
    assert_eq!(fit(&report, "clinical-site-manager"), Fit::Eligible);
    assert!(eligible(&report, "clinician-into-management"));
    assert!(eligible(&report, "gmts-general-management"), "DipHE Nursing is on the accepted list");
    let scheme = report.route("gmts-general-management").expect("route");
    assert!(
        scheme.notes.iter().any(|note| note.applies_to_you && note.text.to_lowercase().contains("resign"))
    );
    for role in [
        "communications-corporate-affairs-manager",
        "finance-manager",
        "hr-team-manager",
        "information-manager",
    ] {
        assert_ne!(fit(&report, role), Fit::Eligible, "{role}");
    }
}

#[test]
fn band_4_administrator_progresses_internally_but_not_through_the_scheme() {
    let report = report("admin-band-4.ron");
    assert!(eligible(&report, "internal-progression"));
    for role in ["admin-team-leader", "general-office-manager", "business-administrative-manager"] {
        assert_eq!(fit(&report, role), Fit::Eligible, "{role}");
    }
    assert!(!eligible(&report, "gmts-general-management"));
    let reasons = missing_reasons(&report, "gmts-general-management");
    assert!(reasons.contains("NVQ level 3 or below"), "the NVQ 3 is named as not accepted: {reasons}");
    assert_ne!(fit(&report, "service-manager"), Fit::Eligible);
}

#[test]
fn private_sector_manager_with_an_mba_joins_at_her_level() {
    let report = report("private-manager-mba.ron");
    assert!(eligible(&report, "experienced-manager-other-sector"));
    assert!(eligible(&report, "gmts-general-management"), "an MBA is a postgraduate qualification");
    // No source makes health-sector experience a condition for her: most senior posts "may
    // require" it, so it is listed as usual and does not stop her being eligible.
    let general = report.role("general-manager").expect("role");
    assert_eq!(general.fit, Fit::Eligible);
    let usual: Vec<&str> = general
        .requirements
        .iter()
        .filter(|v| v.essential && !v.blocks() && !v.met())
        .map(careers_planner::domain::matching::RequirementVerdict::text)
        .collect();
    assert!(usual.iter().any(|text| text.contains("healthcare environment")), "{usual:?}");
    assert_eq!(fit(&report, "clinical-manager"), Fit::NotYet);
}

#[test]
fn hnd_holder_is_eligible_for_facilities_management_and_refused_by_the_scheme() {
    let report = report("hnd-facilities.ron");
    assert_eq!(fit(&report, "facilities-supervisor"), Fit::Eligible);
    // Facilities managers "typically" need BIFM membership: usual, so eligible with it listed.
    let facilities = report.role("facilities-manager").expect("role");
    assert_eq!(facilities.fit, Fit::Eligible);
    let gaps: Vec<String> =
        facilities.requirements.iter().filter(|v| !v.met()).map(|v| v.text().to_lowercase()).collect();
    assert!(
        gaps.iter().any(|text| text.contains("iwfm")
            || text.contains("bifm")
            || text.contains("facilities management")),
        "{gaps:?}"
    );
    assert!(!eligible(&report, "gmts-general-management"));
    assert!(missing_reasons(&report, "gmts-general-management").contains("HNC/HND"));
}
