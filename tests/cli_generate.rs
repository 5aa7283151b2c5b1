//! `--version` names the date of the built-in data, and the hidden `generate` command writes
//! manual pages and shell completions that list every command and option of the real
//! command-line definition (so they cannot drift from `--help`).
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use std::path::Path;
use std::process::Command;

use careers_planner::cli::Cli;
use clap::CommandFactory as _;

mod common;

fn planner() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("careers-planner").expect("binary built")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{} not written: {error}", path.display()))
}

/// The long options of a command, as `--name`.
fn long_options(command: &clap::Command) -> Vec<String> {
    command
        .get_arguments()
        .filter(|argument| !argument.is_hide_set())
        .filter_map(|argument| argument.get_long().map(|long| format!("--{long}")))
        .collect()
}

fn visible_subcommands(command: &clap::Command) -> Vec<&clap::Command> {
    command.get_subcommands().filter(|subcommand| !subcommand.is_hide_set()).collect()
}

#[test]
fn version_names_the_package_version_and_the_date_of_the_data() {
    let catalogue = common::catalogue();
    let newest_source = catalogue.documents.iter().filter_map(|document| document.date).max().expect("dated");
    let latest_pay_year =
        catalogue.pay_tables.iter().map(|table| table.year).max().expect("a pay table").to_string();
    let output = planner().arg("--version").output().expect("runs");
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(
        printed.trim(),
        format!(
            "careers-planner {} (data as of {}, pay tables up to {latest_pay_year})",
            env!("CARGO_PKG_VERSION"),
            newest_source.format("%-d %B %Y")
        )
    );
}

#[test]
fn generate_is_hidden_from_help() {
    let output = planner().arg("--help").output().expect("runs");
    let help = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(help.contains("catalogue") && !help.contains("generate"), "{help}");
}

#[test]
fn manual_pages_cover_every_command_and_option() {
    let folder = tempfile::tempdir().expect("temp dir");
    planner().arg("generate").arg(folder.path()).assert().success();
    let pages = folder.path().join("man");
    let main = read(&pages.join("careers-planner.1"));
    assert!(main.contains(".TH careers-planner 1"));
    for section in
        ["SYNOPSIS", "OPTIONS", "SUBCOMMANDS", "\"EXIT STATUS\"", "FILES", "ENVIRONMENT", "VERSION"]
    {
        assert!(main.contains(&format!(".SH {section}")), "the main page has no {section} section");
    }
    let version = careers_planner::cli::VERSION.replace('-', "\\-");
    assert!(main.contains(&version), "the version with the date of the data");
    assert!(!main.contains("generate"), "the packaging command stays out of the manual");
    let definition = Cli::command();
    for option in long_options(&definition) {
        assert!(main.contains(&option.replace('-', "\\-")), "the main page lacks {option}");
    }
    for subcommand in visible_subcommands(&definition) {
        let name = format!("careers-planner-{}", subcommand.get_name());
        assert!(main.contains(&name.replace('-', "\\-")), "the main page does not point to {name}(1)");
        let page = read(&pages.join(format!("{name}.1")));
        for option in long_options(subcommand) {
            assert!(page.contains(&option.replace('-', "\\-")), "{name}(1) lacks {option}");
        }
    }
}

#[test]
fn completions_offer_every_command_and_the_bash_script_parses() {
    let folder = tempfile::tempdir().expect("temp dir");
    planner().arg("generate").arg(folder.path()).assert().success();
    let completions = folder.path().join("completions");
    let definition = Cli::command();
    for file in ["careers-planner.bash", "_careers-planner", "careers-planner.fish"] {
        let script = read(&completions.join(file));
        for subcommand in visible_subcommands(&definition) {
            assert!(
                script.contains(subcommand.get_name()),
                "{file} does not complete {}",
                subcommand.get_name()
            );
        }
        assert!(script.contains("alternatives"), "{file} does not complete plan's options");
    }
    let bash = Command::new("bash").arg("-n").arg(completions.join("careers-planner.bash")).status();
    assert!(bash.expect("bash runs").success(), "the bash completion script does not parse");
}

#[test]
fn generate_into_an_unwritable_place_fails_with_one_line() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("write");
    let output = planner().arg("generate").arg(&file).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        said.starts_with("error: cannot write the generated files") && said.lines().count() == 1,
        "{said}"
    );
}
