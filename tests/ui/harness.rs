//! Building the app under test and the steps every test repeats.

use careers_planner::app::App;
use careers_planner::domain::model::catalogue::Catalogue;
use careers_planner::domain::{Month, embedded};
use careers_planner::state::{FileDialogs, Folders};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// The embedded catalogue.
pub fn catalogue() -> &'static Catalogue {
    embedded::catalogue().expect("the embedded catalogue passes its checks")
}

/// November 2026, "today" in the tests.
pub fn today() -> Month {
    Month::new(2026, 11).expect("a valid month")
}

/// The app on `catalogue`, keeping its files in `folders`, typing file paths.
pub fn app_with(catalogue: &'static Catalogue, folders: Folders) -> App {
    let mut app = App::new(catalogue, today(), folders);
    app.set_file_dialogs(FileDialogs::Typed);
    app
}

/// The app on the shipped catalogue with no folders of its own.
pub fn app() -> App {
    app_with(catalogue(), Folders::default())
}

/// A window-sized harness around `app`.
pub fn harness(app: App) -> Harness<'static, App> {
    let mut harness =
        Harness::builder().with_size([1280.0, 900.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run();
    harness
}

/// Runs frames until background jobs (file work) are done and applied and nothing moves.
pub fn settle(harness: &mut Harness<'_, App>) {
    for _ in 0..50 {
        harness.state_mut().wait_for_jobs();
        harness.step();
        if harness.state().state().busy().is_none() {
            harness.run();
            return;
        }
    }
    panic!("the app was still busy after 50 frames: {:?}", harness.state().state().busy());
}

/// Clicks the one button labelled `label` and lets the app settle.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    settle(harness);
}

/// Clicks the one button whose label contains `text`.
pub fn click_containing(harness: &mut Harness<'_, App>, text: &str) {
    harness.get(By::new().role(Role::Button).label_contains(text)).click();
    settle(harness);
}

/// Presses a keyboard shortcut and lets the app settle.
pub fn press(harness: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

/// Opens a menu of the menu bar and clicks one of its items (whose label may end with its
/// shortcut).
pub fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    click(harness, menu);
    // A menu item's label ends with its shortcut, which tells it from a button of the same name.
    let mut found: Vec<_> = harness.query_all(By::new().role(Role::Button).label_contains(item)).collect();
    found.sort_by_key(|node| std::cmp::Reverse(node.accesskit_node().label().map_or(0, |label| label.len())));
    found.first().unwrap_or_else(|| panic!("no menu item {item} in {menu}")).click();
    settle(harness);
}

/// Types into the text field labelled `label` (after focusing it).
pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, label).focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, label).type_text(text);
    harness.run();
}

/// Opens an embedded example from the welcome view by the person's name.
pub fn open_example(harness: &mut Harness<'_, App>, person: &str) {
    click(harness, &format!("Open {person}"));
}

/// Moves to a view by its name in the navigation bar.
pub fn show_view(harness: &mut Harness<'_, App>, name: &str) {
    harness.get_by_label(name).click();
    harness.run();
}

/// True when some text field holds exactly `value`.
pub fn holds(harness: &Harness<'_, App>, value: &str) -> bool {
    harness.query_all_by_value(value).next().is_some()
}

/// True when some node's label contains `text`.
pub fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Selects a role in the roles browser by searching for its title and clicking it.
pub fn select_role(harness: &mut Harness<'_, App>, title: &str) {
    type_into(harness, "Search roles", title);
    harness.get(By::new().role(Role::Button).label_contains(title)).click();
    harness.run();
}

/// Answers the typed-path box: types `path` into it and presses `button` ("Save", "Open"...).
pub fn answer_typed_path(harness: &mut Harness<'_, App>, path: &std::path::Path, button: &str) {
    type_into(harness, "File path", &path.display().to_string());
    click(harness, button);
    settle(harness);
}
