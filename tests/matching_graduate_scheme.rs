//! The graduate scheme's minimum eligibility (seed 002), one case for every accepted and
//! every not-accepted qualification, and the degree-class boundaries.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::matching::{Judge, RequirementVerdict, match_profile, match_route};
use careers_planner::domain::model::profile::{
    Grade, HeldQualification, QualificationChoice, QualificationStatus,
};
use careers_planner::domain::model::taxonomy::DegreeClass;
use common::{catalogue, degree, held, month, today, with_qualifications};

/// The verdict on the scheme's list requirement for someone holding only `qualifications`.
fn list_verdict(qualifications: Vec<HeldQualification>) -> RequirementVerdict<'static> {
    let profile = with_qualifications(qualifications);
    let mut judge = Judge::new(catalogue(), &profile, today());
    let route = catalogue().route("gmts-general-management").expect("route");
    let result = match_route(&mut judge, &profile, route);
    result
        .requirements
        .into_iter()
        .find(|verdict| {
            verdict.essential && verdict.reason().contains("accepted") || verdict.text().contains("2:2")
        })
        .expect("the list requirement")
}

fn assert_accepted(qualification: HeldQualification, listed_text: &str) {
    let verdict = list_verdict(vec![qualification]);
    assert!(verdict.met(), "should be accepted: {}", verdict.reason());
    assert!(verdict.reason().contains(listed_text), "the reason should quote the list: {}", verdict.reason());
}

fn assert_refused(qualification: HeldQualification, listed_text: &str) {
    let verdict = list_verdict(vec![qualification]);
    assert!(!verdict.met(), "should not be accepted: {}", verdict.reason());
    assert!(verdict.reason().contains(listed_text), "the reason should quote the list: {}", verdict.reason());
    assert!(!verdict.ways().is_empty(), "a refused qualification must come with ways to close the gap");
}

#[test]
fn a_2_2_in_any_subject_is_accepted() {
    let verdict = list_verdict(vec![degree("history", DegreeClass::LowerSecond)]);
    assert!(verdict.met());
    assert!(verdict.reason().starts_with("You have a Bachelor"), "{}", verdict.reason());
    assert!(verdict.reason().contains("in history (2:2)"), "{}", verdict.reason());
    assert!(verdict.reason().contains("\"a 2:2 degree in any subject\" is accepted"), "{}", verdict.reason());
}

#[test]
fn degree_classes_compare_in_order_at_the_2_2_boundary() {
    for class in [DegreeClass::First, DegreeClass::UpperSecond, DegreeClass::LowerSecond] {
        assert!(list_verdict(vec![degree("biology", class)]).met(), "{class:?} is at or above 2:2");
    }
    for class in [DegreeClass::Third, DegreeClass::Ordinary] {
        let verdict = list_verdict(vec![degree("biology", class)]);
        assert!(!verdict.met(), "{class:?} is below 2:2");
    }
    let unclassed = HeldQualification { grade: Grade::NotGiven, ..degree("biology", DegreeClass::First) };
    let verdict = list_verdict(vec![unclassed]);
    assert!(!verdict.met() && verdict.reason().contains("no class recorded"), "{}", verdict.reason());
}

#[test]
fn postgraduate_qualifications_are_accepted() {
    for id in ["masters", "mba", "phd", "pgcert", "pgdip"] {
        assert_accepted(held(id), "A postgraduate qualification (MBA Masters, PhD)");
    }
}

#[test]
fn every_listed_equivalent_is_accepted() {
    let cases = [
        ("nvq-qcf-level-5-management", "NVQ/QCF level 5 in management"),
        ("diploma-management-studies", "Diploma in Management Studies (DMS)"),
        ("diphe-nursing", "Diploma, Nursing or Health Visiting (DipHE Nursing) etc"),
        ("dip-physiotherapy-csp", "Diploma from the Chartered Society of Physiotherapy"),
        ("dip-speech-language-therapy", "Diploma in Speech and Language Therapy"),
        ("dipcot", "Diploma from the College of Occupational Therapy (DipCOT)"),
        ("dcr", "Diploma from the College of Radiographers (DCR)"),
        ("dsw", "Diploma in Social Work (DSW) or the certificate of Qualification in Social Work (CQSW)"),
        ("cqsw", "Diploma in Social Work (DSW) or the certificate of Qualification in Social Work (CQSW)"),
    ];
    for (id, text) in cases {
        assert_accepted(held(id), text);
    }
}

#[test]
fn every_listed_exclusion_is_refused_with_its_line() {
    let cases = [
        ("certificate-management-studies", "Certificate in Management Studies"),
        ("diphe", "DipHE (Diploma of Higher Education) in any subject other than that listed above"),
        ("onc", "ONC/OND (Ordinary National Certificate/Diploma)"),
        ("ond", "ONC/OND (Ordinary National Certificate/Diploma)"),
        ("hnc", "HNC/HND (Higher National Certifiate/ Diploma)"),
        ("hnd", "HNC/HND (Higher National Certifiate/ Diploma)"),
        ("nvq-level-1", "NVQ level 3 or below"),
        ("nvq-level-2", "NVQ level 3 or below"),
        ("nvq-level-3", "NVQ level 3 or below"),
        ("city-and-guilds", "CGLI/C&G (City and Guilds)"),
        ("oda-certificate", "ODA/ODP Certificate or Diploma"),
        ("odp-diploma", "ODA/ODP Certificate or Diploma"),
    ];
    for (id, text) in cases {
        assert_refused(held(id), text);
    }
}

#[test]
fn an_accepted_qualification_wins_over_an_excluded_one() {
    let verdict = list_verdict(vec![held("hnd"), degree("business", DegreeClass::UpperSecond)]);
    assert!(verdict.met(), "{}", verdict.reason());
}

#[test]
fn a_typed_in_qualification_is_not_on_the_list() {
    let typed = HeldQualification {
        qualification: QualificationChoice::Other {
            title: "Level 5 Diploma in Customer Service".to_owned(),
            level: Some(5),
        },
        ..held("hnd")
    };
    let verdict = list_verdict(vec![typed]);
    assert!(!verdict.met());
    assert!(
        verdict.reason().contains("None of your qualifications is on the accepted list"),
        "{}",
        verdict.reason()
    );
}

#[test]
fn a_degree_in_progress_counts_from_its_expected_month() {
    let studying = HeldQualification {
        status: QualificationStatus::InProgress { expected: month("2027-06") },
        ..degree("economics", DegreeClass::UpperSecond)
    };
    let verdict = list_verdict(vec![studying.clone()]);
    assert!(!verdict.met());
    assert_eq!(verdict.met_from(), Some(month("2027-06")));
    assert!(verdict.reason().contains("in progress, expected Jun 2027"), "{}", verdict.reason());
    assert_eq!(verdict.months_to_close(), Some(7));

    let profile = with_qualifications(vec![studying]);
    let later = match_profile(catalogue(), &profile, month("2027-07"));
    let route = later.route("gmts-general-management").expect("route");
    assert!(route.requirements.iter().any(|v| v.met() && v.reason().contains("is accepted")));
}

#[test]
fn scheme_notes_are_flagged_for_the_people_they_concern() {
    let mut profile = with_qualifications(vec![degree("history", DegreeClass::LowerSecond)]);
    profile.position.in_nhs = true;
    profile.constraints.part_time_only = true;
    let report = match_profile(catalogue(), &profile, today());
    let route = report.route("gmts-general-management").expect("route");
    let flagged: Vec<&str> =
        route.notes.iter().filter(|note| note.applies_to_you).map(|note| note.text).collect();
    assert!(flagged.iter().any(|text| text.to_lowercase().contains("resign")), "{flagged:?}");
    assert!(flagged.iter().any(|text| text.to_lowercase().contains("full time")), "{flagged:?}");
    assert!(!route.eligible, "the scheme is full time only");
    let full_time = route.requirements.iter().find(|v| !v.met()).expect("a missing requirement");
    assert!(full_time.reason().contains("part time"), "{}", full_time.reason());
}

#[test]
fn health_analysis_needs_a_numerate_degree() {
    let profile = with_qualifications(vec![degree("history", DegreeClass::First)]);
    let report = match_profile(catalogue(), &profile, today());
    let route = report.route("gmts-health-analysis").expect("route");
    assert!(!route.eligible);
    let missing = route.requirements.iter().find(|v| v.essential && !v.met()).expect("numerate requirement");
    assert!(missing.ways().iter().all(|way| !way.text.contains("architecture")), "{:?}", missing.ways());
    let numerate = with_qualifications(vec![degree("Mathematics and statistics", DegreeClass::LowerSecond)]);
    let report = match_profile(catalogue(), &numerate, today());
    assert!(report.route("gmts-health-analysis").expect("route").eligible);
}
