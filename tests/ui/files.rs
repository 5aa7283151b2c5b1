//! Files from the window: save to a folder and reopen, export the PDF, a bad file shown in
//! words, the unsaved-changes prompt when the window is closed, and the recovery copy.

use careers_planner::domain::model::profile::Profile;
use careers_planner::domain::model::save_file::SaveFile;
use careers_planner::state::{EditGroup, Folders, Prompt, View};
use careers_planner::storage::{RealDisk, Recovery, write_recovery};
use egui::{ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::harness::{
    answer_typed_path, app, app_with, catalogue, click, harness, menu, open_example, press, select_role,
    settle, shows,
};

#[test]
fn saving_to_a_folder_and_reopening_gives_back_the_same_profile() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("sophie.ron");
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    select_role(&mut harness, "Service manager");
    click(&mut harness, "Set as target");
    let edited = harness.state().state().document().expect("open").save_file().clone();

    menu(&mut harness, "File", "Save as…");
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::TypedPath { .. })));
    answer_typed_path(&mut harness, &path, "Save");
    assert!(path.is_file(), "the file was written");
    let document = harness.state().state().document().expect("open");
    assert!(!document.is_dirty());
    assert_eq!(document.path(), Some(&path));
    assert_eq!(harness.state().state().window_title(), "sophie.ron – NHS careers planner");
    assert!(shows(&harness, "✔ Saved"));

    // Start afresh, then open the file again.
    click(&mut harness, "Start");
    click(&mut harness, "New profile");
    assert_eq!(harness.state().state().document().expect("new").profile().display_name, "");
    menu(&mut harness, "File", "Open…");
    answer_typed_path(&mut harness, &path, "Open");
    let reopened = harness.state().state().document().expect("reopened");
    assert_eq!(*reopened.save_file(), edited);
    assert!(!reopened.is_dirty());
    assert_eq!(harness.state().state().view(), View::Roles);
    assert_eq!(harness.state().state().recent().paths.first(), Some(&path));
}

#[test]
fn a_profile_with_problems_is_not_saved_and_the_window_says_why() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("aisha.ron");
    let mut harness = harness(app());
    open_example(&mut harness, "Aisha Khan");
    let mut profile = harness.state().state().document().expect("open").profile().clone();
    profile.hours_per_week = 0.0;
    harness.state_mut().push(careers_planner::state::Command::EditProfile(
        Box::new(profile),
        careers_planner::state::EditGroup::Details,
    ));
    settle(&mut harness);
    menu(&mut harness, "File", "Save as…");
    answer_typed_path(&mut harness, &path, "Save");
    let Some(Prompt::Message { title, text }) = harness.state().state().prompt() else {
        panic!("expected a message, got {:?}", harness.state().state().prompt());
    };
    assert_eq!(title, "The profile was not saved");
    assert!(text.contains("hours per week"), "{text}");
    assert!(!path.exists(), "nothing written");
    assert!(harness.state().state().document().expect("still open").is_dirty(), "the work is still there");
}

#[test]
fn exporting_writes_a_pdf_action_plan() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("plan.pdf");
    let mut harness = harness(app());
    open_example(&mut harness, "Grace Okafor");
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::E);
    answer_typed_path(&mut harness, &path, "Export");
    let bytes = std::fs::read(&path).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    assert!(shows(&harness, "Exported your action plan"), "the status bar says so");
}

#[test]
fn an_export_that_cannot_be_written_is_explained_in_the_window() {
    // As root, file permissions stop nothing, but /sys/kernel refuses new files to everyone.
    let scratch = tempfile::tempdir().expect("temporary folder");
    let folder = {
        use std::os::unix::fs::PermissionsExt as _;
        let folder = scratch.path().join("read-only");
        std::fs::create_dir(&folder).expect("folder");
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("read-only");
        if std::fs::write(folder.join("probe"), b"x").is_ok() {
            std::path::PathBuf::from("/sys/kernel")
        } else {
            folder
        }
    };
    let mut harness = harness(app());
    open_example(&mut harness, "Marcus Reid");
    menu(&mut harness, "File", "Export PDF…");
    answer_typed_path(&mut harness, &folder.join("plan.pdf"), "Export");
    let Some(Prompt::Message { title, text }) = harness.state().state().prompt() else {
        panic!("expected a message, got {:?}", harness.state().state().prompt());
    };
    assert_eq!(title, "The PDF could not be written");
    assert!(text.contains("the action plan could not be written") && text.contains("export again"), "{text}");
    assert!(!text.contains("save again"), "not the profile save's advice: {text}");
    assert!(text.contains("plan.pdf"), "the file is named: {text}");
    assert!(!folder.join("plan.pdf").exists());
}

#[test]
fn a_damaged_file_is_reported_in_words_with_its_line_and_column() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("broken.ron");
    std::fs::write(&path, "(format_version: 2, profile: (display_name: \"A\",, ))").expect("write");
    let mut harness = harness(app());
    menu(&mut harness, "File", "Open…");
    answer_typed_path(&mut harness, &path, "Open");
    let Some(Prompt::Message { title, text }) = harness.state().state().prompt() else {
        panic!("expected a message, got {:?}", harness.state().state().prompt());
    };
    assert_eq!(title, "The profile could not be opened");
    assert!(text.contains("line 1"), "{text}");
    assert!(text.contains("column"), "{text}");
    assert!(harness.state().state().document().is_none(), "nothing half-open");
    click(&mut harness, "OK");
    assert!(harness.state().state().prompt().is_none());
}

fn close_window(harness: &mut Harness<'_, careers_planner::app::App>) -> bool {
    harness.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
    harness.step();
    let cancelled = harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|output| output.commands.contains(&ViewportCommand::CancelClose));
    harness.run();
    cancelled
}

fn asked_to_close(harness: &Harness<'_, careers_planner::app::App>) -> bool {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|output| output.commands.contains(&ViewportCommand::Close))
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    assert!(!close_window(&mut harness), "an unchanged example closes at once");
    select_role(&mut harness, "Project manager");
    click(&mut harness, "Set as target");
    assert!(harness.state().state().document().expect("open").is_dirty());

    assert!(close_window(&mut harness), "the close is held back");
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::Unsaved { .. })));
    assert!(shows(&harness, "Save the changes to"));
    click(&mut harness, "Cancel");
    assert!(harness.state().state().prompt().is_none());
    assert!(harness.state().state().document().expect("still open").is_dirty(), "nothing lost");

    assert!(close_window(&mut harness));
    harness.get_by_label("Don't save").click();
    harness.step();
    assert!(asked_to_close(&harness), "the window closes after Don't save");
}

#[test]
fn cancelling_the_typed_path_after_quit_and_save_forgets_the_quit() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    select_role(&mut harness, "Project manager");
    click(&mut harness, "Set as target");
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Q);
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::Unsaved { .. })));
    click(&mut harness, "Save");
    assert!(
        matches!(harness.state().state().prompt(), Some(Prompt::TypedPath { .. })),
        "an untitled profile asks where"
    );
    click(&mut harness, "Cancel");
    assert!(harness.state().state().prompt().is_none());

    // A later Save as saves, and does not quit.
    let path = folder.path().join("later.ron");
    menu(&mut harness, "File", "Save as…");
    answer_typed_path(&mut harness, &path, "Save");
    assert!(path.is_file(), "saved");
    assert!(!harness.state().quitting(), "the cancelled quit was forgotten");

    // Quit, then Save to the profile's own file, does quit once saved.
    let mut profile = harness.state().state().document().expect("open").profile().clone();
    profile.display_name.push_str(" Jr");
    harness
        .state_mut()
        .push(careers_planner::state::Command::EditProfile(Box::new(profile), EditGroup::Details));
    settle(&mut harness);
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Q);
    click(&mut harness, "Save");
    assert!(harness.state().quitting(), "saved to its file, then quit");
}

#[test]
fn unsaved_work_found_at_start_is_offered_and_restored() {
    let data = tempfile::tempdir().expect("temporary folder");
    let mut save = SaveFile::new(Profile::default());
    save.profile.display_name = "Recovered person".to_owned();
    let recovery = Recovery { original: None, written_at: 0, base_hash: None, save };
    write_recovery(&RealDisk, data.path(), &recovery).expect("write a recovery copy");

    let folders = Folders { config: None, data: Some(data.path().to_path_buf()) };
    let mut harness = harness(app_with(catalogue(), folders));
    assert!(matches!(harness.state().state().prompt(), Some(Prompt::Recovery(_))));
    assert!(shows(&harness, "Recovered person"));
    click(&mut harness, "Restore");
    let document = harness.state().state().document().expect("restored");
    assert_eq!(document.profile().display_name, "Recovered person");
    assert!(document.is_dirty(), "restored work still needs saving");
    assert_eq!(harness.state().state().view(), View::Profile);
}
