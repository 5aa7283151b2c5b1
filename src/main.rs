//! The `careers-planner` binary: parses the command line, then runs a headless command or
//! opens the window.

use std::process::ExitCode;

use clap::Parser as _;

use careers_planner::cli::{self, Cli, Output};

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let args = Cli::parse();
    let today = cli::today(args.today);
    match args.command {
        Some(command) => cli::run(command, today, &mut Output::standard()),
        None => careers_planner::app::run_window(args.window.launch(today, started)),
    }
}
