//! Quick, forgiving profile entry: the qualification search by words in any order with "did
//! you mean", the self-assessment grid of radio buttons, the 48-hour warning, and defaults taken
//! from what the profile already says.

use careers_planner::domain::model::profile::{CurrentPay, QualificationChoice};
use careers_planner::domain::{Band, Profile};
use careers_planner::state::{Command, EditGroup};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::harness::{app, click, click_containing, harness, settle, shows, today, type_into};

fn profile(harness: &Harness<'_, careers_planner::app::App>) -> Profile {
    harness.state().state().document().expect("a profile is open").profile().clone()
}

fn edit(harness: &mut Harness<'_, careers_planner::app::App>, change: impl FnOnce(&mut Profile)) {
    let mut edited = profile(harness);
    change(&mut edited);
    harness.state_mut().push(Command::EditProfile(Box::new(edited), EditGroup::Details));
    settle(harness);
}

#[test]
fn amspar_certificate_finds_the_amspar_qualification_and_adds_it() {
    let mut harness = harness(app());
    click(&mut harness, "New profile");
    type_into(&mut harness, "Add a qualification", "amspar certificate");
    assert!(shows(&harness, "Add AMSPAR qualification for medical secretaries"), "the search finds it");
    click_containing(&mut harness, "Add AMSPAR qualification for medical secretaries");
    let held = profile(&harness).qualifications;
    assert_eq!(
        held.first().map(|held| &held.qualification),
        Some(&QualificationChoice::Catalogue("amspar-medical-secretaries-diploma".to_owned()))
    );
}

#[test]
fn medical_secretary_finds_it_too_and_a_misspelling_offers_did_you_mean() {
    let mut harness = harness(app());
    click(&mut harness, "New profile");
    type_into(&mut harness, "Add a qualification", "medical secretary");
    assert!(shows(&harness, "Add AMSPAR qualification for medical secretaries"));

    let mut harness = super::harness::harness(app());
    click(&mut harness, "New profile");
    type_into(&mut harness, "Add a qualification", "amspat certifikate");
    assert!(shows(&harness, "Nothing in the catalogue matches"));
    click_containing(&mut harness, "Did you mean");
    assert!(shows(&harness, "Add AMSPAR qualification for medical secretaries"), "the suggestion searched");
}

#[test]
fn a_skill_is_rated_with_one_radio_button_and_not_sure_clears_it() {
    let mut harness = harness(app());
    click(&mut harness, "New profile");
    harness.get_by_label("Skills and leadership (self-assessment)").click();
    harness.run();
    let radios = harness.query_all_by_role(Role::RadioButton).count();
    assert!(radios >= 24 * 5, "{radios} radio buttons: a level or \"not sure\" for each of 24 lines");
    harness.get_by_role_and_label(Role::RadioButton, "Working with others: Confident").click();
    settle(&mut harness);
    assert_eq!(profile(&harness).skills.manager_skills.get("working-with-others"), Some(&3));
    harness.get_by_role_and_label(Role::RadioButton, "Working with others: Not sure").click();
    settle(&mut harness);
    assert_eq!(profile(&harness).skills.manager_skills.get("working-with-others"), None);
}

#[test]
fn more_than_48_hours_a_week_is_warned_about() {
    let mut harness = harness(app());
    click(&mut harness, "New profile");
    assert!(!shows(&harness, "Working Time Regulations"));
    edit(&mut harness, |profile| profile.hours_per_week = 80.0);
    assert!(shows(&harness, "80 hours a week is more than the 48 hours"), "the warning is shown");
    edit(&mut harness, |profile| profile.hours_per_week = 48.0);
    assert!(!shows(&harness, "Working Time Regulations"), "48 hours is within the limit");
}

#[test]
fn a_second_job_is_a_past_one_and_the_band_follows_the_closest_role() {
    let mut harness = harness(app());
    click(&mut harness, "New profile");
    click(&mut harness, "Add experience");
    click(&mut harness, "Add experience");
    let jobs = profile(&harness).experience;
    let (now, past) = (&jobs[0], &jobs[1]);
    assert!(now.start < today() && now.end.is_none(), "the first is the job now: {now:?}");
    let end = past.end.expect("the second is a past job with an end");
    assert!(end < now.start && past.start < end, "it ended before the job now began: {past:?}");

    edit(&mut harness, |profile| profile.position.catalogue_role = Some("medical-secretary".to_owned()));
    let band = harness
        .state()
        .state()
        .catalogue()
        .role("medical-secretary")
        .and_then(|role| role.pay.band_range())
        .map(|(lowest, _)| lowest)
        .expect("the medical secretary role has a band");
    harness.get_by_role_and_label(Role::ComboBox, "How you are paid").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Agenda for Change").click();
    settle(&mut harness);
    let CurrentPay::Afc { band: chosen, point_started, .. } = profile(&harness).position.pay else {
        panic!("Agenda for Change pay chosen");
    };
    assert_eq!(chosen, band);
    assert_ne!(chosen, Band::Band5, "the default is not always band 5");
    assert!(point_started < today().first_day(), "the point was reached in the past");
}
