//! Prompts that behave: Escape cancels each one, the typed path box takes the focus, accepts
//! `~` and relative paths and shows where they lead, and an untitled profile is named in words.

use careers_planner::state::{Prompt, View};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::harness::{app, click, harness, menu, open_example, press, select_role, settle, shows};

/// Sophie's example with a change, so that leaving it asks first.
fn edited_example() -> egui_kittest::Harness<'static, careers_planner::app::App> {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    select_role(&mut harness, "Project manager");
    click(&mut harness, "Set as target");
    harness
}

#[test]
fn escape_cancels_the_unsaved_changes_prompt_and_keeps_the_work() {
    let mut harness = edited_example();
    press(&mut harness, Modifiers::COMMAND, Key::N);
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::Unsaved { .. })));
    assert!(shows(&harness, "Save the changes to an unsaved new profile first?"), "named in words");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().state().prompt().is_none(), "Escape cancels");
    assert!(harness.state().state().document().expect("still open").is_dirty(), "nothing lost");
    assert!(!harness.state().quitting());
}

#[test]
fn escape_in_the_typed_path_after_quit_and_save_forgets_the_quit() {
    let mut harness = edited_example();
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    click(&mut harness, "Save");
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::TypedPath { .. })));
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().state().prompt().is_none());
    // A later Save as saves, and does not quit.
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("sophie.ron");
    menu(&mut harness, "File", "Save as…");
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text(&path.display().to_string());
    harness.run();
    click(&mut harness, "Save");
    settle(&mut harness);
    assert!(path.is_file(), "saved");
    assert!(!harness.state().quitting(), "the quit was forgotten");
}

#[test]
fn escape_closes_the_about_and_help_windows() {
    let mut harness = harness(app());
    menu(&mut harness, "Help", "About");
    assert!(harness.state().state().about_open());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().state().about_open());
    menu(&mut harness, "Help", "Getting started");
    assert!(harness.state().help_view.guide_open);
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().help_view.guide_open);
}

#[test]
fn the_typed_path_box_has_the_focus_and_expands_a_tilde() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    menu(&mut harness, "File", "Export PDF…");
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::TypedPath { .. })));
    harness.run();
    assert!(
        harness.get_by_role_and_label(Role::TextInput, "File path").is_focused(),
        "typing goes straight into the box"
    );
    // Typed with no click first: the box already has the keyboard.
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text("~/plan.pdf");
    harness.run();
    let home = careers_planner::state::prompt::home_folder().expect("a home folder");
    let expected = home.join("plan.pdf");
    assert!(shows(&harness, &format!("Will use: {}", expected.display())), "the resolved path is shown");
}

#[test]
fn a_relative_path_is_taken_from_the_current_folder_and_the_warning_goes_once_it_is_right() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    menu(&mut harness, "File", "Open…");
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text("no-such-file.ron");
    harness.run();
    let here = std::env::current_dir().expect("a current folder");
    assert!(shows(&harness, &format!("Will use: {}", here.join("no-such-file.ron").display())));
    click(&mut harness, "Open");
    assert!(shows(&harness, "There is no file at this path"));

    // Cargo.toml is in the folder the tests run in.
    let field = harness.get_by_role_and_label(Role::TextInput, "File path");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text("Cargo.toml");
    harness.run();
    assert!(!shows(&harness, "There is no file at this path"), "the warning went as the path became right");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().state().prompt().is_none());
    settle(&mut harness);
    assert_eq!(harness.state().state().view(), View::Roles, "nothing else happened");
}
