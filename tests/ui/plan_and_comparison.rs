//! The comparison kept in the saved profile, the count of hidden finished actions, desirable
//! gaps added as actions, and the four statuses an action can have.

use careers_planner::domain::model::profile::ActionStatus;
use careers_planner::state::{Command, EditGroup, Prompt};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::harness::{
    answer_typed_path, app, click, harness, menu, open_example, select_role, settle, shows,
};

type AppHarness = Harness<'static, careers_planner::app::App>;

fn typed_path(harness: &mut AppHarness, path: &std::path::Path, button: &str) {
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::TypedPath { .. })));
    answer_typed_path(harness, path, button);
}

#[test]
fn the_comparison_is_saved_with_the_profile_and_comes_back_when_reopened() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("sophie.ron");
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    select_role(&mut harness, "Service manager");
    click(&mut harness, "Add to comparison");
    harness.state_mut().push(Command::ToggleCompare("project-manager".to_owned()));
    settle(&mut harness);
    let chosen = harness.state().state().compared().to_vec();
    assert_eq!(chosen, ["service-manager", "project-manager"]);
    assert!(harness.state().state().document().expect("open").is_dirty(), "choosing is an edit");

    menu(&mut harness, "File", "Save as…");
    typed_path(&mut harness, &path, "Save");
    let text = std::fs::read_to_string(&path).expect("saved");
    assert!(text.contains("format_version: 3"), "{text}");
    assert!(text.contains("compared_roles"), "{text}");

    click(&mut harness, "Start");
    click(&mut harness, "New profile");
    assert!(harness.state().state().compared().is_empty(), "a new profile compares nothing yet");
    menu(&mut harness, "File", "Open…");
    typed_path(&mut harness, &path, "Open");
    assert_eq!(harness.state().state().compared(), chosen.as_slice(), "the comparison came back");
}

fn set_statuses(harness: &mut AppHarness, statuses: &[ActionStatus]) {
    let mut profile = harness.state().state().document().expect("open").profile().clone();
    for (action, status) in profile.actions.iter_mut().zip(statuses) {
        action.status = *status;
    }
    harness.state_mut().push(Command::EditProfile(Box::new(profile), EditGroup::Actions));
    settle(harness);
}

#[test]
fn hiding_finished_actions_says_how_many_are_hidden() {
    let mut harness = harness(app());
    open_example(&mut harness, "Aisha Khan");
    select_role(&mut harness, "Service manager");
    click(&mut harness, "Add gaps to action plan");
    let count = harness.state().state().document().expect("open").profile().actions.len();
    assert!(count >= 3, "{count} actions");
    set_statuses(
        &mut harness,
        &[ActionStatus::Achieved, ActionStatus::NoLongerRelevant, ActionStatus::InProgress],
    );
    super::harness::show_view(&mut harness, "Action plan");
    // Each status is offered.
    harness.get_all_by_role_and_label(Role::ComboBox, "Status").next().expect("a status").click();
    harness.run();
    for status in ActionStatus::ALL {
        assert!(shows(&harness, status.name()), "{} is offered", status.name());
    }
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!shows(&harness, "finished actions hidden"), "nothing is hidden while all are shown");
    harness.get_by_label("Show achieved and dropped actions").click();
    settle(&mut harness);
    assert!(shows(&harness, "2 finished actions hidden"), "the count of hidden actions is shown");
}

#[test]
fn desirable_gaps_can_be_added_as_actions_too() {
    let mut harness = harness(app());
    open_example(&mut harness, "Aisha Khan");
    select_role(&mut harness, "Service manager");
    let before = harness.state().state().document().expect("open").profile().actions.len();
    click(&mut harness, "Add desirable gaps");
    let actions = harness.state().state().document().expect("open").profile().actions.clone();
    assert!(actions.len() > before, "{before} actions before, {} after", actions.len());
    assert!(
        actions[before..]
            .iter()
            .all(|action| action.note.contains("(desirable)") && action.status == ActionStatus::NotStarted),
        "{:?}",
        &actions[before..]
    );
    assert!(shows(&harness, "desirable gaps"), "the status bar says what was added");
}

#[test]
fn web_addresses_in_the_next_steps_are_links() {
    let mut harness = harness(app());
    open_example(&mut harness, "Aisha Khan");
    super::harness::show_view(&mut harness, "Action plan");
    let links = harness.query_all_by_role(Role::Link).count();
    assert!(links >= 5, "{links} links");
    assert!(harness.query_all_by_role_and_label(Role::Link, "www.jobs.nhs.uk").next().is_some());
}
