//! The shipped catalogue holds everything the seeds and the reference name, with the exact
//! published figures.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use careers_planner::domain::embedded;
use careers_planner::domain::model::catalogue::{Catalogue, PointName, Rule};
use careers_planner::domain::model::taxonomy::{HcasZone, Nation};
use careers_planner::domain::{Band, FinancialYear};

fn catalogue() -> &'static Catalogue {
    embedded::catalogue().expect("the embedded catalogue passes its checks")
}

/// Every role issue 2 names, by id.
const ROLES: &[&str] = &[
    "clinical-manager",
    "estates-manager",
    "facilities-manager",
    "finance-manager",
    "finance-department-manager",
    "director-of-finance",
    "general-manager",
    "service-manager",
    "project-manager",
    "purchasing-contract-manager",
    "performance-quality-manager",
    "communications-corporate-affairs-manager",
    "hr-manager",
    "hr-team-manager",
    "head-of-hr",
    "information-manager",
    "operational-manager-administration",
    "operational-manager-facilities",
    "operational-manager-hotel-services",
    "operational-manager-decontamination",
    "practice-manager-small",
    "practice-manager-large",
    "business-administrative-manager",
    "commissioning-business-manager",
    "professional-manager-clinical-service",
    "director-primary-care-deputy-ceo",
    "chief-executive",
    "medical-secretary",
    "general-office-manager",
    "payroll-manager",
    "projects-manager",
    "administrative-assistant",
    "medical-records-clerk",
    "support-desk-assistant",
    "clinical-coder",
];

/// Every entry route issue 2 names, by id.
const ROUTES: &[&str] = &[
    "admin-entry-gcse",
    "admin-entry-a-level",
    "apprenticeship-administration",
    "higher-apprenticeship-business-administration",
    "chartered-manager-degree-apprenticeship",
    "gmts-general-management",
    "gmts-finance",
    "gmts-human-resources",
    "gmts-health-informatics",
    "graduate-direct-entry",
    "experienced-manager-other-sector",
    "clinician-into-management",
    "internal-progression",
    "volunteering-work-placement",
];

#[test]
fn every_named_role_and_route_is_present() {
    let catalogue = catalogue();
    let missing_roles: Vec<&&str> = ROLES.iter().filter(|id| catalogue.role(id).is_none()).collect();
    let missing_routes: Vec<&&str> = ROUTES.iter().filter(|id| catalogue.route(id).is_none()).collect();
    assert!(missing_roles.is_empty(), "missing roles: {missing_roles:?}");
    assert!(missing_routes.is_empty(), "missing routes: {missing_routes:?}");
}

#[test]
fn bands_and_pay_status_follow_the_seeds() {
    let catalogue = catalogue();
    let range = |id: &str| catalogue.role(id).and_then(|role| role.pay.band_range());
    // Seed 000, "Your pay as an NHS manager".
    assert_eq!(range("business-administrative-manager"), Some((Band::Band5, Band::Band5)));
    assert_eq!(range("project-manager"), Some((Band::Band6, Band::Band6)));
    assert_eq!(range("finance-department-manager"), Some((Band::Band7, Band::Band7)));
    assert_eq!(range("hr-team-manager"), Some((Band::Band7, Band::Band7)));
    assert_eq!(range("professional-manager-clinical-service"), Some((Band::Band8a, Band::Band9)));
    // Very senior managers are outside AfC; GP practice managers are not usually on AfC.
    for id in ["chief-executive", "director-of-finance"] {
        let role = catalogue.role(id).expect("role");
        assert!(
            matches!(role.pay, careers_planner::domain::model::catalogue::RolePay::OutsideAfc { .. }),
            "{id}"
        );
    }
    for id in ["practice-manager-small", "practice-manager-large"] {
        let role = catalogue.role(id).expect("role");
        assert!(
            matches!(role.pay, careers_planner::domain::model::catalogue::RolePay::NotUsuallyAfc { .. }),
            "{id}"
        );
    }
}

/// The reference table (`nhs-facts.md`, section 1), transcribed independently of the assets:
/// band, then (entry, intermediate, top) for 2025/26 and 2026/27; 0 where a band has no such point.
const REFERENCE: &[(Band, [u32; 3], [u32; 3])] = &[
    (Band::Band2, [24_465, 0, 0], [25_272, 0, 0]),
    (Band::Band3, [24_937, 0, 26_598], [25_760, 0, 27_476]),
    (Band::Band4, [27_485, 0, 30_162], [28_392, 0, 31_157]),
    (Band::Band5, [31_049, 33_487, 37_796], [32_073, 34_592, 39_043]),
    (Band::Band6, [38_682, 40_823, 46_580], [39_959, 42_170, 48_117]),
    (Band::Band7, [47_810, 50_273, 54_710], [49_387, 51_932, 56_515]),
    (Band::Band8a, [55_690, 58_487, 62_682], [57_528, 60_417, 64_750]),
    (Band::Band8b, [64_455, 68_631, 74_896], [66_582, 70_896, 77_368]),
    (Band::Band8c, [76_965, 81_652, 88_682], [79_504, 84_346, 91_609]),
    (Band::Band8d, [91_342, 96_941, 105_337], [94_356, 100_140, 108_814]),
    (Band::Band9, [109_179, 115_763, 125_637], [112_782, 119_583, 129_783]),
];

/// Years in band to reach (intermediate, top), 0 where there is none.
const TIMING: &[(Band, u32, u32)] = &[
    (Band::Band2, 0, 0),
    (Band::Band3, 0, 2),
    (Band::Band4, 0, 3),
    (Band::Band5, 2, 4),
    (Band::Band6, 2, 5),
    (Band::Band7, 2, 5),
    (Band::Band8a, 2, 5),
    (Band::Band8b, 2, 5),
    (Band::Band8c, 2, 5),
    (Band::Band8d, 2, 5),
    (Band::Band9, 2, 5),
];

fn point(catalogue: &Catalogue, year: &str, band: Band, name: PointName) -> Option<(u32, u32)> {
    let year: FinancialYear = year.parse().expect("year");
    catalogue
        .pay_table(Nation::England, year)?
        .band(band)?
        .points
        .iter()
        .find(|point| point.name == name)
        .map(|point| (point.annual_pounds, point.after_years))
}

#[test]
fn pay_equals_the_reference_table_to_the_pound() {
    let catalogue = catalogue();
    for (band, y2025, y2026) in REFERENCE {
        for (year, figures) in [("2025-26", y2025), ("2026-27", y2026)] {
            for (name, expected) in
                [PointName::Entry, PointName::Intermediate, PointName::Top].into_iter().zip(figures)
            {
                let actual = point(catalogue, year, *band, name).map(|(pounds, _)| pounds);
                let expected = (*expected != 0).then_some(*expected);
                assert_eq!(actual, expected, "{year} {band} {name:?}");
            }
        }
    }
}

#[test]
fn step_timing_equals_the_reference_for_every_band() {
    let catalogue = catalogue();
    for (band, intermediate, top) in TIMING {
        for year in ["2025-26", "2026-27"] {
            assert_eq!(point(catalogue, year, *band, PointName::Entry).map(|(_, years)| years), Some(0));
            let actual_intermediate =
                point(catalogue, year, *band, PointName::Intermediate).map(|(_, years)| years);
            assert_eq!(actual_intermediate, (*intermediate != 0).then_some(*intermediate), "{year} {band}");
            let actual_top = point(catalogue, year, *band, PointName::Top).map(|(_, years)| years);
            assert_eq!(actual_top, (*top != 0).then_some(*top), "{year} {band}");
        }
    }
}

#[test]
fn hcas_2025_26_keeps_both_minimums_and_2026_27_is_confirmed() {
    let table = catalogue().hcas_table(Nation::England).expect("HCAS table");
    let rate = |zone| table.rate(zone).map(|rate| rate.rate_percent);
    assert_eq!(rate(HcasZone::InnerLondon), Some(20.0));
    assert_eq!(rate(HcasZone::OuterLondon), Some(15.0));
    assert_eq!(rate(HcasZone::Fringe), Some(5.0));
    let year_2025 = table.years.iter().find(|year| year.year.to_string() == "2025-26").expect("2025-26");
    let inner = year_2025.limit(HcasZone::InnerLondon).expect("inner");
    assert_eq!((inner.min_pounds, inner.max_pounds), (5415, 8465));
    let other = year_2025.alternatives.first().expect("the uprated minimums kept as an alternative");
    let other_inner = other.limits.iter().find(|limit| limit.zone == HcasZone::InnerLondon).expect("inner");
    // The 2026/27 minimum less the 3.3% award; the maximums of both figures agree.
    assert_eq!((other_inner.min_pounds, other_inner.max_pounds), (5609, 8465));
    assert!(!year_2025.confirmed, "the 2025/26 minimums stay flagged");
    let year_2026 = table.years.iter().find(|year| year.year.to_string() == "2026-27").expect("2026-27");
    assert!(year_2026.confirmed, "handbook amendment 62, annex 9");
    let inner = year_2026.limit(HcasZone::InnerLondon).expect("inner");
    assert_eq!((inner.min_pounds, inner.max_pounds), (5794, 8746));
    for nation in [Nation::Scotland, Nation::Wales, Nation::NorthernIreland] {
        assert!(catalogue().hcas_table(nation).is_none(), "HCAS is paid in England only");
    }
}

#[test]
fn graduate_scheme_lists_are_word_for_word_from_seed_002() {
    // Seed 002 uses non-breaking spaces in two lines; whitespace is compared as spaces.
    let normalise = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let seed = normalise(&include_str!("fixtures/seed-002-general-management.txt").replace('\u{a0}', " "));
    let list = catalogue().eligibility_list("gmts-minimum").expect("the graduate scheme's list");
    let mut texts = vec![list.heading.as_str(), list.not_accepted_heading.as_str()];
    texts.extend(list.accepted.iter().chain(&list.not_accepted).map(|item| item.text.as_str()));
    texts.extend(list.accepted.iter().filter_map(|item| item.group.as_deref()));
    for text in texts {
        assert!(seed.contains(&normalise(text)), "not word for word in seed 002: {text:?}");
    }
    assert_eq!(list.accepted.len(), 10, "2:2 degree, postgraduate, and eight named equivalents");
    assert_eq!(list.not_accepted.len(), 7);
    for route in
        ["gmts-general-management", "gmts-finance", "gmts-human-resources", "gmts-health-informatics"]
    {
        let route = catalogue().route(route).expect("route");
        assert!(
            route
                .essential
                .iter()
                .any(|requirement| requirement.rule == Rule::List("gmts-minimum".to_owned())),
            "{} must use the list",
            route.id
        );
    }
}

#[test]
fn graduate_scheme_length_and_pay_follow_the_seeds() {
    let catalogue = catalogue();
    let months = |id: &str| catalogue.route(id).and_then(|route| route.duration_months);
    assert_eq!(months("gmts-general-management"), Some(24));
    assert_eq!(months("gmts-finance"), Some(30));
    let pay =
        catalogue.route("gmts-general-management").and_then(|route| route.pay.as_ref()).expect("scheme pay");
    let figures: Vec<(u32, u32)> =
        pay.points.iter().map(|point| (point.after_months, point.annual_pounds)).collect();
    assert_eq!(figures, vec![(0, 30277), (12, 32606)]);
    assert_eq!(pay.intake, 2026);
}

#[test]
fn every_record_cites_a_known_document() {
    let catalogue = catalogue();
    assert!(catalogue.roles.iter().all(|role| !role.sources.is_empty()));
    assert!(catalogue.routes.iter().all(|route| !route.sources.is_empty()));
    assert!(catalogue.qualifications.iter().all(|qualification| !qualification.sources.is_empty()));
    let named_bodies = [
        "cipd",
        "cima",
        "acca",
        "cipfa",
        "aat",
        "apm",
        "cips",
        "ihm",
        "amspar",
        "ilm",
        "cmi",
        "iwfm",
        "institute-of-hospitality",
        "engineering-council",
        "cibse",
        "rics",
        "fedip",
    ];
    for body in named_bodies {
        assert!(catalogue.body(body).is_some(), "body {body}");
    }
    assert_eq!(catalogue.frameworks.leadership_dimensions.len(), 9);
    assert_eq!(catalogue.frameworks.ksf_dimensions.len(), 6);
    assert_eq!(catalogue.frameworks.leadership_scale, ["Essential", "Proficient", "Strong", "Exemplary"]);
    assert_eq!(catalogue.next_steps.checklist.len(), 5);
}

#[test]
fn the_progression_graph_reaches_the_top_from_the_entry_rungs() {
    let catalogue = catalogue();
    let mut reached = vec!["administrative-assistant".to_owned()];
    let mut at = 0;
    while let Some(id) = reached.get(at).cloned() {
        for next in catalogue.role(&id).map(|role| role.leads_to.clone()).unwrap_or_default() {
            if !reached.contains(&next.role) {
                reached.push(next.role);
            }
        }
        at += 1;
    }
    assert!(reached.iter().any(|id| id == "chief-executive"), "reached only {reached:?}");
}
