//! The plan report's model, without rendering: each section holds what the person's profile,
//! the matching and the chosen path say, in the order the document shows it.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::embedded::sample_profiles;
use careers_planner::domain::model::profile::{ActionItem, ActionKind, ActionStatus, Profile};
use careers_planner::domain::model::save_file::parse_save;
use careers_planner::domain::pay::Basis;
use careers_planner::domain::progression::PlanError;
use careers_planner::domain::stage::{NAMED_IDS, ids as stage_ids, stage_of};
use careers_planner::domain::wording::DISCLAIMER;
use careers_planner::domain::{FinancialYear, Month};
use careers_planner::report::build::{GAPS_ON_PAGE_ONE, NEXT_ACTIONS, ROLES_SHOWN, SUGGESTED, TITLE};
use careers_planner::report::model::{ChosenPath, PathSection, PlanReport};
use careers_planner::report::prepare;
use common::{catalogue, sample, today};

fn report(profile: &Profile) -> PlanReport {
    prepare(catalogue(), profile, today(), None).expect("a plan")
}

fn chosen(report: &PlanReport) -> &ChosenPath {
    match &report.path {
        PathSection::Path(path) => path,
        PathSection::NoPath { reason, .. } => panic!("no path: {reason}"),
    }
}

#[test]
fn every_sample_gives_a_complete_report() {
    for (name, text) in sample_profiles() {
        let profile = parse_save(text).expect("sample").profile;
        let report = report(&profile);
        assert_eq!(report.cover.title, TITLE);
        assert_eq!(report.cover.name, profile.display_name, "{name}");
        assert_eq!(report.cover.prepared, today());
        assert_eq!(report.cover.pay_year, FinancialYear::starting(2026));
        let data = report.cover.data.expect("a pay table");
        assert_eq!(data.year, FinancialYear::starting(2026));
        assert_eq!(data.applies_from.to_string(), "2026-04-01");
        assert!(report.cover.estimate_notice.contains("Estimated plan"));
        assert!(
            !report.now.facts.is_empty() && report.now.qualifications.len() == profile.qualifications.len()
        );
        assert_eq!(report.now.experience.len(), profile.experience.len());
        let target = report.target.as_ref().unwrap_or_else(|| panic!("{name}: the target in full"));
        assert_eq!(report.roles.len() + 1, ROLES_SHOWN, "{name}");
        assert!(report.roles.iter().all(|role| role.title != target.title), "{name}: the target once");
        assert_eq!(
            report.cover.document_title,
            format!("{TITLE}: {}", profile.display_name),
            "{name}: the document's title names the person"
        );
        assert!(report.summary.gaps.len() <= GAPS_ON_PAGE_ONE);
        assert!((1..=NEXT_ACTIONS).contains(&report.summary.next.len()), "{name}: next actions");
        let path = chosen(&report);
        assert_eq!(path.chart.len(), path.pay_rows.len());
        assert_eq!(path.pay_rows.len(), 10, "{name}: ten years of pay");
        for (bar, row) in path.chart.iter().zip(&path.pay_rows) {
            assert_eq!(bar.year, row.year);
            assert_eq!(bar.annual_pay, row.annual_pay);
            assert_eq!(bar.estimated, row.basis == Basis::Estimated);
        }
        assert_eq!(report.actions.own.len() + report.actions.closed.len(), profile.actions.len());
        assert!(!report.next_steps.stage.is_empty() && !report.next_steps.what_to_do.is_empty(), "{name}");
        assert_eq!(report.next_steps.checklist.is_empty(), profile.position.in_nhs, "{name}: the checklist");
        assert!(!report.next_steps.contacts.is_empty());
        let documents = report.sources.documents.len();
        assert!((3..catalogue().documents.len()).contains(&documents), "{name}: only the documents used");
        assert_eq!(report.sources.disclaimer, DISCLAIMER);
        assert!(report.sources.caveats.iter().any(|caveat| caveat.contains("the planner's estimate")));
        assert!(report.sources.caveats.iter().any(|caveat| caveat.contains("estimated")));
    }
}

#[test]
fn the_aim_is_the_goal_with_its_year_and_a_target_overrides_it() {
    let profile = sample("graduate-2-2.ron");
    let report = report(&profile);
    assert_eq!(report.cover.aim.as_deref(), Some("Service manager, by 2030"));
    assert_eq!(chosen(&report).target, "Service manager");
    let other = prepare(catalogue(), &profile, today(), Some("project-manager")).expect("a plan");
    assert_eq!(other.cover.aim.as_deref(), Some("Project manager"));
    assert_eq!(
        prepare(catalogue(), &profile, today(), Some("no-such-role")),
        Err(PlanError::UnknownTarget("no-such-role".to_owned()))
    );
}

#[test]
fn the_promotion_and_published_and_estimated_years_reach_the_chart() {
    let report = report(&sample("admin-band-4.ron"));
    let path = chosen(&report);
    let first = &path.chart[0];
    assert!(first.promotion, "band 4 to band 5 in Feb 2027");
    assert_eq!(first.band, "Band 5");
    assert!(!first.estimated, "2026-27 is a published year");
    assert!(path.chart[1..].iter().all(|year| year.estimated), "later years are projected");
    assert_eq!(path.pay_rows[0].annual_pay, Some(32_073));
    assert!(path.pay_rows[0].events.iter().any(|event| event.starts_with("Promotion to Band 5")));
    assert!(
        path.pay_rows[0].events.iter().all(|event| !event.contains("Nov 2026")),
        "the starting position is not repeated as an event: {:?}",
        path.pay_rows[0].events
    );
    assert_eq!(path.steps.first().map(|step| step.start), Some(today()));
}

#[test]
fn requirements_say_estimate_and_missing_ones_say_how_to_close_them() {
    let report = report(&sample("graduate-2-2.ron"));
    let target = report.target.as_ref().expect("the target");
    let all_met: Vec<&String> = target.met.iter().map(|met| &met.text).collect();
    assert!(all_met.iter().any(|text| text.contains("the planner's estimate)")), "{all_met:?}");
    let missing: Vec<_> = target.missing.iter().collect();
    assert!(!missing.is_empty());
    assert!(missing.iter().all(|gap| !gap.reason.is_empty()));
    assert!(missing.iter().any(|gap| !gap.ways.is_empty()));
}

#[test]
fn the_stage_follows_where_the_person_is() {
    let stage = |name: &str| stage_of(catalogue(), &sample(name), today()).0;
    assert_eq!(stage("admin-band-4.ron"), stage_ids::IN_HEALTH);
    assert_eq!(stage("nurse-diphe.ron"), stage_ids::IN_HEALTH);
    assert_eq!(stage("a-level-student.ron"), stage_ids::A_LEVEL);
    assert_eq!(stage("school-leaver-gcse.ron"), stage_ids::A_LEVEL);
    assert_eq!(stage("graduate-2-2.ron"), stage_ids::NEW_CAREER);
    assert_eq!(stage("private-manager-mba.ron"), stage_ids::NEW_CAREER);
    let report = report(&sample("graduate-2-2.ron"));
    assert_eq!(report.next_steps.stage, "Looking for a new career");
    let advice = report.next_steps.what_to_do.join(" ");
    assert!(advice.contains("retrain"), "the stage's own advice: {advice}");
    assert!(!advice.contains("exam grades"), "a graduate is past the GCSE stage: {advice}");
    assert!(!advice.contains("which universities"), "and past the A-level stage: {advice}");
    let school = report_of("school-leaver-gcse.ron");
    assert!(school.next_steps.what_to_do.join(" ").contains("apprenticeship"), "A-level advice fits");
    assert!(!school.next_steps.checklist.is_empty(), "the checklist is for people getting in");
    let therapist = report_of("therapist-band-7-commented.ron");
    assert!(therapist.next_steps.checklist.is_empty(), "not for someone at band 7 in the NHS");
    let everything = format!("{:?}", therapist.next_steps);
    assert!(!everything.contains("start as an administrator"), "{everything}");
}

fn report_of(name: &str) -> PlanReport {
    report(&sample(name))
}

#[test]
fn every_stage_the_code_names_is_in_the_catalogue() {
    for id in NAMED_IDS {
        assert!(catalogue().next_steps.stages.iter().any(|stage| stage.id == id), "{id}");
    }
}

#[test]
fn page_one_has_the_target_its_gaps_and_the_next_actions() {
    let report = report_of("graduate-2-2.ron");
    let summary = &report.summary;
    assert_eq!(summary.target.as_deref(), Some("Service manager"));
    assert!(summary.arrival.contains("(estimated)"), "{}", summary.arrival);
    assert!(summary.now.contains("Retail supervisor"), "{}", summary.now);
    let target = report.target.as_ref().expect("the target");
    for (number, gap) in (1..).zip(&summary.gaps) {
        let missing = target.missing.iter().find(|missing| missing.gap == Some(number)).expect("numbered");
        assert_eq!(missing.text, gap.requirement);
        assert!(!gap.how.is_empty());
    }
    // One open action of her own, topped up to three with the planner's suggestions.
    assert_eq!(summary.next.len(), NEXT_ACTIONS);
    assert!(!summary.next[0].suggested && summary.next[1..].iter().all(|action| action.suggested));
    let admin = report_of("admin-band-4.ron");
    assert!(admin.summary.now.contains("Band 4") && admin.summary.now.contains("£"), "{}", admin.summary.now);
    assert!(admin.summary.now.contains("England"), "{}", admin.summary.now);
}

#[test]
fn questions_the_planner_can_answer_are_answered_and_scenarios_are_listed() {
    let hnd = report_of("hnd-facilities.ron");
    let answer = hnd.now.answer.expect("the HND question is answered");
    assert!(answer.contains("Graduate Management Training Scheme"), "{answer}");
    let manager = report_of("private-manager-mba.ron");
    assert!(manager.now.answer.is_some_and(|answer| answer.contains("Band")));
    assert!(report_of("nurse-diphe.ron").now.answer.is_none(), "not a question it can answer");
    let (_, text) = sample_profiles()
        .iter()
        .find(|(name, _)| *name == "therapist-band-7-commented.ron")
        .expect("the sample");
    let save = parse_save(text).expect("sample");
    let therapist = careers_planner::report::prepare_save(catalogue(), &save, today(), None).expect("plan");
    let names: Vec<&str> = therapist.scenarios.iter().map(|row| row.name.as_str()).collect();
    assert_eq!(names, ["As things are", "Full time from next year", "MSc in healthcare leadership"]);
    assert!(report_of("admin-band-4.ron").scenarios.is_empty());
}

#[test]
fn own_actions_come_first_with_their_status_and_the_path_adds_suggestions() {
    let mut profile = sample("graduate-2-2.ron");
    profile.actions.push(ActionItem {
        title: "Finish the volunteering certificate".to_owned(),
        kind: ActionKind::Learning,
        due: Some(Month::new(2027, 3).expect("month")),
        status: ActionStatus::Achieved,
        serves: None,
        note: "Certificate in the folder".to_owned(),
    });
    let report = report(&profile);
    let last = report.actions.closed.last().expect("an achieved action, grouped apart");
    assert_eq!(last.status, "Achieved");
    assert!(last.done);
    assert_eq!(last.kind, "Learning");
    assert_eq!(last.due, Month::new(2027, 3));
    let planned: usize = chosen(&report).steps.iter().map(|step| step.before.len()).sum();
    assert_eq!(report.actions.suggested.len(), planned);
    assert!(report.actions.suggested.iter().all(|action| action.status == SUGGESTED && !action.done));
}

#[test]
fn sources_show_web_addresses_only() {
    let report = report(&sample("admin-band-4.ron"));
    for document in &report.sources.documents {
        assert!(!document.location.contains(".txt") && !document.location.contains(".md"), "{document:?}");
        assert!(!document.location.starts_with("http"), "{document:?}");
    }
    assert!(
        report.sources.documents.iter().any(|document| document.location.starts_with("www.nhsemployers.org"))
    );
}

#[test]
fn every_requirement_of_the_target_cites_the_source_s_words_or_the_planner_s_estimate() {
    for (name, text) in sample_profiles() {
        let report = report(&parse_save(text).expect("sample").profile);
        let target = report.target.as_ref().unwrap_or_else(|| panic!("{name}: a target"));
        let role = catalogue()
            .roles
            .iter()
            .find(|role| role.title == target.title)
            .unwrap_or_else(|| panic!("{name}: the target is a catalogue role"));
        let numbers: Vec<usize> = target
            .met
            .iter()
            .map(|met| met.note)
            .chain(target.missing.iter().map(|missing| missing.note))
            .collect();
        assert_eq!(numbers.len(), role.essential.len() + role.desirable.len(), "{name}: every requirement");
        for number in &numbers {
            assert!((1..=target.notes.len()).contains(number), "{name}: note {number} exists");
        }
        for (index, note) in target.notes.iter().enumerate() {
            assert!(numbers.contains(&(index + 1)), "{name}: note {} is cited", index + 1);
            assert!(target.notes[..index].iter().all(|earlier| earlier != note), "{name}: notes once each");
            assert!(!note.source.is_empty(), "{name}: {note:?}");
            let squeezed = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
            if note.quote.is_empty() {
                assert!(note.source.starts_with("The planner's estimate"), "{name}: {note:?}");
            } else {
                let quoted = role
                    .essential
                    .iter()
                    .chain(&role.desirable)
                    .any(|requirement| squeezed(&requirement.quote) == note.quote);
                assert!(quoted, "{name}: the quote is the catalogue's own words: {note:?}");
            }
            for word in ["seed", ".txt", ".ron", ".md"] {
                assert!(!note.source.to_lowercase().contains(word), "{name}: {note:?}");
            }
        }
    }
}
