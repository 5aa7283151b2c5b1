//! Keyboard shortcuts, themes, zoom, and a window that does not repaint while nothing changes.

use std::time::Duration;

use careers_planner::state::{Theme, UiCommand, View};
use egui::{Key, Modifiers, ViewportId};

use super::harness::{app, click, harness, menu, open_example, press, select_role, show_view};

#[test]
fn every_shortcut_is_distinct() {
    let mut seen = Vec::new();
    for command in UiCommand::ALL {
        for shortcut in command.shortcut().into_iter().chain(command.alternative_shortcuts().iter().copied())
        {
            assert!(!seen.contains(&shortcut), "{command:?} repeats a shortcut");
            seen.push(shortcut);
        }
        assert!(!command.text().is_empty() && !command.tooltip().is_empty());
    }
}

#[test]
fn control_n_starts_a_profile_and_undo_redo_work_from_the_keyboard() {
    let mut harness = harness(app());
    press(&mut harness, Modifiers::COMMAND, Key::N);
    assert_eq!(harness.state().state().view(), View::Profile);
    show_view(&mut harness, "Start");
    open_example(&mut harness, "Sophie Turner");
    select_role(&mut harness, "Project manager");
    click(&mut harness, "Set as target");
    let target = |harness: &egui_kittest::Harness<'_, careers_planner::app::App>| {
        harness.state().state().document().and_then(|document| document.profile().goal.target_role.clone())
    };
    assert_eq!(target(&harness).as_deref(), Some("project-manager"));

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_ne!(target(&harness).as_deref(), Some("project-manager"), "Ctrl+Z undoes");
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(target(&harness).as_deref(), Some("project-manager"), "Ctrl+Shift+Z redoes");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(target(&harness).as_deref(), Some("project-manager"), "Ctrl+Y redoes");
}

#[test]
fn themes_and_zoom_change_from_the_view_menu_and_keyboard() {
    let mut harness = harness(app());
    menu(&mut harness, "View", "Dark theme");
    assert_eq!(harness.state().state().theme(), Theme::Dark);
    assert!(harness.ctx.global_style().visuals.dark_mode);
    menu(&mut harness, "View", "Light theme");
    assert!(!harness.ctx.global_style().visuals.dark_mode);

    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    assert!(harness.state().state().zoom() > 1.0);
    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    assert!((harness.state().state().zoom() - 1.0).abs() < f32::EPSILON);
}

#[test]
fn nothing_is_repainted_while_nothing_changes() {
    let mut harness = harness(app());
    open_example(&mut harness, "Grace Okafor");
    for view in ["Profile", "Roles", "Compare", "Path", "Action plan"] {
        show_view(&mut harness, view);
        harness.run();
        // A status message asks for one frame when it is due to go; past that, none.
        let now = harness.ctx.input(|input| input.time);
        harness.input_mut().time = Some(now + careers_planner::state::STATUS_MESSAGE_SECONDS + 1.0);
        harness.run();
        let delay =
            harness.output().viewport_output.get(&ViewportId::ROOT).map(|output| output.repaint_delay);
        assert_eq!(delay, Some(Duration::MAX), "the {view} view asks for no more frames once settled");
    }
}
