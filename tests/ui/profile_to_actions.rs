//! A person's way through the app: start a profile, add a qualification and see a role's fit
//! change, set a target and see the path and chart, add gaps to the action plan, undo and redo.

use careers_planner::domain::model::profile::QualificationChoice;
use careers_planner::domain::pay::Basis;
use careers_planner::state::View;

use super::harness::{
    app, click, click_containing, harness, holds, menu, open_example, select_role, show_view, shows,
    type_into,
};

#[test]
fn adding_a_degree_to_a_new_profile_changes_a_roles_fit() {
    let mut harness = harness(app());
    click(&mut harness, "New profile");
    assert_eq!(harness.state().state().view(), View::Profile);
    assert!(
        harness.state().state().window_title().starts_with("Untitled"),
        "{}",
        harness.state().state().window_title()
    );

    show_view(&mut harness, "Roles");
    select_role(&mut harness, "Library and knowledge services");
    assert!(shows(&harness, "○ Not yet"), "an empty profile does not meet a degree requirement");

    show_view(&mut harness, "Profile");
    type_into(&mut harness, "Add a qualification", "bachelor");
    click_containing(&mut harness, "Add Bachelor");
    let profile = harness.state().state().document().expect("a profile is open").profile();
    assert_eq!(
        profile.qualifications.first().map(|held| &held.qualification),
        Some(&QualificationChoice::Catalogue("bachelors-degree".to_owned()))
    );
    assert!(
        harness.state().state().window_title().starts_with('●'),
        "unsaved marker: {}",
        harness.state().state().window_title()
    );

    show_view(&mut harness, "Roles");
    assert_eq!(harness.state().roles.selected(), Some("library-knowledge-services"));
    assert!(shows(&harness, "✔ Eligible now"), "the degree meets the essential requirement");
}

#[test]
fn setting_a_target_shows_the_path_and_its_pay_chart() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    select_role(&mut harness, "Service manager");
    click(&mut harness, "Set as target");
    let target = harness.state().state().document().expect("open").profile().goal.target_role.clone();
    assert_eq!(target.as_deref(), Some("service-manager"));

    show_view(&mut harness, "Path");
    assert_eq!(harness.state().state().view(), View::Path);
    let Some(Ok(plan)) = harness.state().state().plan() else {
        panic!("a plan towards the target: {:?}", harness.state().state().plan().map(Result::is_ok));
    };
    let path = plan.paths.first().expect("at least one path");
    assert_eq!(path.target, "service-manager", "the first path leads to the target");
    assert!(!path.pay.years.is_empty(), "the chart has pay to draw");
    // The alternatives name the target and when it is reached; the steps end at it.
    assert!(shows(&harness, &format!("Path 1: {}", path.label)), "the alternatives are listed");
    assert!(shows(&harness, &format!("Service manager in {}", path.arrival.label())));
    let last = path.steps.last().expect("steps");
    assert!(last.title.contains("Service manager"), "the last step is the target: {}", last.title);
    // Years after the last published table are estimates.
    assert!(path.pay.years.iter().any(|year| year.basis == Basis::Estimated));
}

#[test]
fn gaps_of_a_role_become_actions_in_the_plan() {
    let mut harness = harness(app());
    open_example(&mut harness, "Aisha Khan");
    select_role(&mut harness, "Service manager");
    let before = harness.state().state().document().expect("open").profile().actions.len();
    click(&mut harness, "Add gaps to action plan");
    let added = actions_len(&harness);
    assert!(added > before, "{before} actions before, {added} after");
    let actions = &harness.state().state().document().expect("open").profile().actions[before..];
    assert!(
        actions
            .iter()
            .all(|action| action.serves.as_ref().is_some_and(|link| link.target == "service-manager")),
        "each new action serves the role: {actions:?}"
    );
    assert!(actions.iter().all(|action| action.due.is_some()), "each new action has a due month");
    let first_new = actions[0].title.clone();

    show_view(&mut harness, "Action plan");
    assert!(holds(&harness, &first_new), "the new action is listed: {first_new}");
    // Adding the same gaps again adds nothing twice.
    show_view(&mut harness, "Roles");
    click(&mut harness, "Add gaps to action plan");
    assert_eq!(actions_len(&harness), added, "the same gaps are not added twice");
    assert!(shows(&harness, "No new gaps to add"));
}

fn actions_len(harness: &egui_kittest::Harness<'_, careers_planner::app::App>) -> usize {
    harness.state().state().document().map_or(0, |document| document.profile().actions.len())
}

#[test]
fn undo_and_redo_take_back_and_restore_an_edit() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    let original = harness.state().state().document().expect("open").profile().clone();
    select_role(&mut harness, "Project manager");
    click(&mut harness, "Set as target");
    let edited = harness.state().state().document().expect("open").profile().clone();
    assert_ne!(original, edited);

    menu(&mut harness, "Edit", "Undo");
    assert_eq!(*harness.state().state().document().expect("open").profile(), original);
    menu(&mut harness, "Edit", "Redo");
    assert_eq!(*harness.state().state().document().expect("open").profile(), edited);
}
