//! Searchable pickers: typing filters the list, the arrow keys and Enter choose, Escape closes;
//! in the roles view Enter moves from the list to the details' actions.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

use super::harness::{app, harness, open_example, settle, show_view, type_into};

fn target(harness: &Harness<'_, careers_planner::app::App>) -> Option<String> {
    harness.state().state().document().and_then(|document| document.profile().goal.target_role.clone())
}

fn open_target_picker(harness: &mut Harness<'_, careers_planner::app::App>) {
    open_example(harness, "Sophie Turner");
    show_view(harness, "Path");
    harness.get_by_role_and_label(Role::ComboBox, "Target role").click();
    harness.run();
}

#[test]
fn typing_filters_the_target_roles_and_enter_chooses_the_first() {
    let mut harness = harness(app());
    open_target_picker(&mut harness);
    let all = harness.query_all(By::new().role(Role::Button).label_contains("manager")).count();
    // The search box has the focus as the picker opens: typing goes straight into it.
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    assert!(search.is_focused(), "the search box is focused when the picker opens");
    search.type_text("practice manager");
    harness.run();
    let shown: Vec<String> = harness
        .query_all(By::new().role(Role::Button).label_contains("manager"))
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| !label.starts_with("Path "))
        .collect();
    assert!(shown.len() < all, "{} of {all} shown: {shown:?}", shown.len());
    assert!(shown.iter().all(|title| title.starts_with("Practice manager")), "{shown:?}");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(target(&harness).as_deref(), Some("practice-manager-small"));
    assert!(harness.query_by_role_and_label(Role::TextInput, "Search").is_none(), "the picker closed");
}

#[test]
fn the_arrow_keys_move_the_choice_and_escape_closes_without_choosing() {
    let mut harness = harness(app());
    open_target_picker(&mut harness);
    let before = target(&harness);
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text("practice manager");
    harness.run();
    harness.key_press(Key::Escape);
    settle(&mut harness);
    assert!(harness.query_by_role_and_label(Role::TextInput, "Search").is_none(), "Escape closed it");
    assert_eq!(target(&harness), before, "nothing was chosen");

    harness.get_by_role_and_label(Role::ComboBox, "Target role").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text("practice manager");
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(target(&harness).as_deref(), Some("practice-manager-large"), "the second match");
}

#[test]
fn the_what_if_qualification_is_chosen_by_search() {
    // A tall window, so that the scenario editor below the chart is in view.
    let mut harness = Harness::builder()
        .with_size([1280.0, 4000.0])
        .build_ui_state(|ui, app: &mut careers_planner::app::App| app.ui(ui), app());
    harness.run();
    open_example(&mut harness, "Sophie Turner");
    show_view(&mut harness, "Path");
    super::harness::click(&mut harness, "Add a scenario");
    super::harness::click(&mut harness, "Gain a qualification");
    harness.get_by_role_and_label(Role::ComboBox, "Gain").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text("amspar certificate");
    harness.run();
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let file = harness.state().state().document().expect("open").save_file().clone();
    let change = file.scenarios.first().and_then(|scenario| scenario.changes.first()).cloned();
    assert!(
        matches!(
            change,
            Some(careers_planner::domain::model::scenario::ScenarioChange::GainQualification { ref qualification, .. })
                if qualification == "amspar-medical-secretaries-diploma"
        ),
        "{change:?}"
    );
}

#[test]
fn enter_in_the_roles_search_moves_the_focus_to_set_as_target() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    show_view(&mut harness, "Roles");
    type_into(&mut harness, "Search roles", "service manager");
    harness.key_press(Key::Enter);
    harness.run();
    let button = harness.get_by_role_and_label(Role::Button, "Set as target");
    assert!(button.is_focused(), "Enter went on to the details' first action");
    harness.key_press(Key::Enter);
    settle(&mut harness);
    assert_eq!(target(&harness).as_deref(), harness.state().roles.selected(), "Enter set the target");
}

#[test]
fn compare_adds_a_role_found_by_search() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    show_view(&mut harness, "Compare");
    settle(&mut harness);
    // The example opens with three roles compared: one goes to make room.
    harness.query_all(By::new().role(Role::Button).label("Remove")).next().expect("a Remove button").click();
    settle(&mut harness);
    harness.get_by_role_and_label(Role::ComboBox, "Add a role").click();
    harness.run();
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    assert!(search.is_focused(), "the search box is focused when the list opens");
    search.type_text("practice manager");
    harness.run();
    harness.key_press(Key::Enter);
    settle(&mut harness);
    let compared = harness.state().state().compared().to_vec();
    assert!(compared.iter().any(|id| id.starts_with("practice-manager")), "{compared:?}");
}
