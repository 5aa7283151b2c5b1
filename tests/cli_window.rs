//! Starting the window from the command line: a profile to open, an example, a view and a
//! theme; and a clear message, not a crash, when there is no display.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use assert_cmd::Command;
use careers_planner::app::StartDocument;
use careers_planner::cli::Cli;
use careers_planner::domain::Month;
use careers_planner::state::{Theme, View};
use clap::Parser as _;
use predicates::str::contains;

fn launch(args: &[&str]) -> careers_planner::app::Launch {
    let cli = Cli::try_parse_from(args).expect("valid arguments");
    assert!(cli.command.is_none(), "no subcommand: the window opens");
    cli.window.launch(Month::new(2026, 11).expect("month"), std::time::Instant::now())
}

#[test]
fn a_profile_path_opens_in_the_window_and_commands_still_win() {
    let launch = launch(&["careers-planner", "saves/nurse-diphe.ron", "--view", "path", "--theme", "dark"]);
    assert_eq!(launch.open, Some(StartDocument::File("saves/nurse-diphe.ron".into())));
    assert_eq!(launch.view, Some(View::Path));
    assert_eq!(launch.theme, Some(Theme::Dark));

    let cli = Cli::try_parse_from(["careers-planner", "match", "saves/nurse-diphe.ron"]).expect("a command");
    assert!(cli.command.is_some(), "a command name is a command, not a profile");
    let cli = Cli::try_parse_from(["careers-planner", "--today", "2026-11", "match", "a.ron"])
        .expect("--today first");
    assert!(cli.command.is_some() && cli.today.is_some());
    assert!(
        Cli::try_parse_from(["careers-planner", "saves/nurse-diphe.ron", "--example", "graduate-2-2.ron"])
            .is_err()
    );
    let mistyped =
        Cli::try_parse_from(["careers-planner", "mach"]).expect_err("neither a command nor a file");
    assert!(mistyped.to_string().contains("neither a command nor an existing profile file"), "{mistyped}");
}

#[test]
fn an_example_and_benchmark_switches_are_understood() {
    let launch = launch(&[
        "careers-planner",
        "--example",
        "graduate-2-2.ron",
        "--typed-paths",
        "--exit-after-first-frame",
    ]);
    assert_eq!(launch.open, Some(StartDocument::Example("graduate-2-2.ron".into())));
    assert!(launch.typed_paths && launch.measure.exit_after_first_frame && !launch.bare_window);
}

#[test]
fn without_a_display_the_window_explains_and_exits() {
    Command::cargo_bin("careers-planner")
        .expect("the binary")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .assert()
        .code(1)
        .stderr(contains("there is no display to open the window on"))
        .stderr(contains("careers-planner match PROFILE.ron"));
}
