//! Format 3 of the save file: a format 2 file (whose actions may be "In progress") loads, keeps
//! every action's status and saves as format 3 with the comparison; format 3 round-trips.

use careers_planner::domain::model::profile::ActionStatus;
use careers_planner::domain::model::save_file::{
    CURRENT_FORMAT_VERSION, MAX_COMPARED_ROLES, parse_save, to_text,
};
use careers_planner::storage::parse_bytes;

const FORMAT_2_SAMPLE: &str = include_str!("../saves/graduate-2-2.ron");

#[test]
fn a_format_2_file_with_an_action_in_progress_loads_and_saves_as_format_3() {
    assert_eq!(CURRENT_FORMAT_VERSION, 3);
    assert!(FORMAT_2_SAMPLE.contains("format_version: 2") && FORMAT_2_SAMPLE.contains("status: InProgress"));
    let loaded = parse_bytes(FORMAT_2_SAMPLE.as_bytes()).expect("a format 2 file loads");
    assert_eq!(loaded.original_version, 2);
    assert_eq!(loaded.save.format_version, 3);
    assert!(loaded.save.plan.compared_roles.is_empty(), "format 2 kept no comparison");
    let statuses: Vec<ActionStatus> =
        loaded.save.profile.actions.iter().map(|action| action.status).collect();
    assert!(statuses.contains(&ActionStatus::InProgress), "{statuses:?}");

    let mut save = loaded.save;
    save.plan.compared_roles = vec!["service-manager".to_owned(), "project-manager".to_owned()];
    let text = to_text(&save).expect("written");
    assert!(text.contains("format_version: 3"), "{text}");
    assert!(text.contains("status: InProgress"), "{text}");
    assert_eq!(parse_save(&text).expect("format 3 reads back"), save);
}

#[test]
fn a_comparison_of_more_roles_than_are_compared_is_refused() {
    let loaded = parse_bytes(FORMAT_2_SAMPLE.as_bytes()).expect("loads");
    let mut save = loaded.save;
    save.plan.compared_roles = vec!["a".to_owned(); MAX_COMPARED_ROLES + 1];
    let text = to_text(&save).expect("written");
    let error = parse_save(&text).expect_err("too many compared roles");
    assert!(error.to_string().contains("compared roles"), "{error}");
}
