//! The command line: headless commands on the embedded catalogue and on profile files.
//!
//! JSON goes to standard output; messages go to standard error. Exit codes: 0 on success, 1 on
//! a user error (with a one-line message), 2 on bad usage (from `clap`).

mod catalogue;
mod files;
mod generate;
mod json;
mod matching;
mod output;
mod pay;
mod plan;
mod report;
mod window;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use output::Output;
pub use window::{StartTheme, StartView, WindowArgs};

use crate::domain::{Catalogue, Month};

/// What `--version` prints after the program's name: the package version and the date of the
/// built-in data (the newest date a source was issued or read, and the latest pay year; both
/// from `build.rs`).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (data as of ",
    env!("CAREERS_PLANNER_DATA_DATE"),
    ", pay tables up to ",
    env!("CAREERS_PLANNER_LATEST_PAY_YEAR"),
    ")"
);

/// Plan a management career in the UK health sector. With no command, opens the window
/// (on PROFILE, if given).
#[derive(Debug, Parser)]
#[command(name = "careers-planner", version = VERSION, about, long_about = None)]
pub struct Cli {
    /// A command to run without opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Treat this month as today (YYYY-MM), for reproducible results.
    #[arg(long, global = true, value_name = "YYYY-MM")]
    pub today: Option<Month>,
    /// How the window starts.
    #[command(flatten)]
    pub window: WindowArgs,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every role and entry route in the catalogue.
    Catalogue {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// With --json, add each role's and route's requirements with their strength, the
        /// source's words and the document they come from.
        #[arg(long, requires = "json")]
        details: bool,
    },
    /// Print an Agenda for Change pay table.
    Pay {
        /// The nation: england, scotland, wales or northern-ireland.
        #[arg(long, default_value = "england", value_parser = parse_nation)]
        nation: crate::domain::model::taxonomy::Nation,
        /// The pay year, such as 2026-27 (default: the current year, or the latest published).
        #[arg(long, value_name = "YYYY-YY")]
        year: Option<crate::domain::FinancialYear>,
        /// Only this band, such as 8a.
        #[arg(long)]
        band: Option<crate::domain::Band>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Plan paths from a profile to a target role, with pay year by year (estimated).
    Plan {
        /// The profile file (.ron).
        profile: PathBuf,
        /// The target role's id (default: the profile's goal, else the best-ranked roles).
        #[arg(long, value_name = "ROLE_ID")]
        target: Option<String>,
        /// How many alternative paths (1 to 3).
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=3))]
        alternatives: u8,
        /// How far pay is projected.
        #[command(flatten)]
        projection: Projection,
        /// Print JSON (the documented contract) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Pay year by year from a band's entry point (the pay engine alone; estimated after the
    /// last published table).
    PayPath {
        /// The band, such as 7 or 8a.
        #[arg(long)]
        band: crate::domain::Band,
        /// The month to start, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        start: Month,
        /// HCAS zone: inner, outer or fringe.
        #[arg(long, value_parser = parse_zone)]
        zone: Option<crate::domain::model::taxonomy::HcasZone>,
        /// Hours a week (37.5 is full time in England, Wales and Northern Ireland).
        #[arg(long, default_value_t = 37.5)]
        hours: f64,
        /// The nation: england, scotland, wales or northern-ireland.
        #[arg(long, default_value = "england", value_parser = parse_nation)]
        nation: crate::domain::model::taxonomy::Nation,
        /// How far pay is projected.
        #[command(flatten)]
        projection: Projection,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check that a profile file is valid; errors give the line and column (exit 1).
    Check {
        /// The profile file (.ron).
        file: PathBuf,
    },
    /// Load a profile (migrating an older format) and save it again safely, keeping a backup.
    Resave {
        /// The profile file (.ron).
        file: PathBuf,
        /// Save even though comments below the file's opening comment block would be dropped
        /// (the file with its comments is kept as the .bak backup).
        #[arg(long)]
        drop_comments: bool,
    },
    /// Write the PDF action plan of a profile (path to the target role, pay, actions, next
    /// steps, sources), as the window's File › Export PDF does.
    Report {
        /// The profile file (.ron).
        profile: PathBuf,
        /// Where to write the PDF.
        #[arg(short, long, value_name = "PLAN.pdf")]
        output: PathBuf,
        /// The target role's id (default: the profile's goal, else the best-ranked roles).
        #[arg(long, value_name = "ROLE_ID")]
        target: Option<String>,
    },
    /// Judge every role and entry route against a profile.
    Match {
        /// The profile file (.ron).
        profile: PathBuf,
        /// Print JSON (the documented contract) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write the manual pages (`man/`) and the bash, zsh and fish completions (`completions/`)
    /// into FOLDER, for packaging. Hidden from `--help`.
    #[command(hide = true)]
    Generate {
        /// The folder to write into (created if missing).
        folder: PathBuf,
    },
}

/// How many years of pay, and the pay award assumed after the last published table. For `plan`
/// each defaults to the profile's own setting; for `pay-path`, to 10 years and 0%.
#[derive(Clone, Copy, Debug, clap::Args)]
pub struct Projection {
    /// How many financial years of pay (default: the profile's setting, else 10).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=40))]
    pub years: Option<u32>,
    /// Assumed pay award a year after the last published table, in percent, -10 to 20
    /// (default: the profile's setting, else 0).
    #[arg(long, value_name = "PERCENT", allow_hyphen_values = true)]
    pub growth: Option<f64>,
}

impl Projection {
    /// The growth asked for, checked: finite and within -10% to 20% a year.
    fn checked_growth(self) -> Result<Option<f64>, UserError> {
        match self.growth {
            Some(growth) if !growth.is_finite() || !(-10.0..=20.0).contains(&growth) => {
                Err(UserError::Usage(format!(
                    "--growth {growth} is not a yearly pay award between -10 and 20 (percent)"
                )))
            }
            other => Ok(other),
        }
    }
}

/// A command's failure.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    /// A one-line message for standard error (exit code 1).
    #[error("{0}")]
    Message(String),
    /// A bad option value, in one line (exit code 2, as for other usage errors).
    #[error("{0}")]
    Usage(String),
    /// The reader of the output went away (for example `| head`): stop quietly.
    #[error("the output was closed")]
    OutputClosed,
}

impl UserError {
    /// A user error with a message.
    #[must_use]
    pub fn new(message: impl Into<String>) -> Self {
        Self::Message(message.into())
    }
}

impl From<crate::storage::LoadError> for UserError {
    fn from(error: crate::storage::LoadError) -> Self {
        Self::Message(error.to_string())
    }
}

impl From<std::io::Error> for UserError {
    fn from(error: std::io::Error) -> Self {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            Self::OutputClosed
        } else {
            Self::Message(format!("cannot write the output: {error}"))
        }
    }
}

impl Command {
    /// True when the command prints text results (not JSON, and not only a message).
    fn prints_text(&self) -> bool {
        match self {
            Self::Catalogue { json, .. }
            | Self::Pay { json, .. }
            | Self::Plan { json, .. }
            | Self::PayPath { json, .. }
            | Self::Match { json, .. } => !json,
            Self::Check { .. } | Self::Resave { .. } | Self::Report { .. } | Self::Generate { .. } => false,
        }
    }
}

fn parse_zone(text: &str) -> Result<crate::domain::model::taxonomy::HcasZone, String> {
    crate::domain::model::taxonomy::HcasZone::ALL
        .into_iter()
        .find(|zone| zone.short_name() == text.trim().to_ascii_lowercase())
        .ok_or_else(|| format!("\"{text}\" is not an HCAS zone: use inner, outer or fringe"))
}

fn parse_nation(text: &str) -> Result<crate::domain::model::taxonomy::Nation, String> {
    let wanted = text.trim().to_ascii_lowercase().replace([' ', '_'], "-");
    crate::domain::model::taxonomy::Nation::ALL
        .into_iter()
        .find(|nation| nation.name().to_ascii_lowercase().replace(' ', "-") == wanted)
        .ok_or_else(|| {
            format!("\"{text}\" is not a nation: use england, scotland, wales or northern-ireland")
        })
}

/// Today's month, or the `--today` override.
#[must_use]
pub fn today(cli_today: Option<Month>) -> Month {
    cli_today.unwrap_or_else(|| Month::of(chrono::Local::now().date_naive()))
}

/// Runs a headless command, writing results to `out`, and returns the process exit code.
pub fn run(command: Command, today: Month, out: &mut Output) -> ExitCode {
    let (catalogue, notice) = crate::storage::catalogue_and_data_notice();
    let in_use = match notice {
        Some(crate::storage::DataNotice::InUse(text)) => Some(text),
        Some(crate::storage::DataNotice::Refused(text)) => {
            out.note(&text);
            None
        }
        None => None,
    };
    if let Some(text) = &in_use {
        out.note(text);
    }
    let prints_text = command.prints_text();
    let result = dispatch(&catalogue, command, today, out);
    let result = match (result, in_use) {
        // Results from the person's own data say so in the results themselves.
        (Ok(()), Some(text)) if prints_text => out.line(&format!("\nNote: {text}.")).map_err(UserError::from),
        (result, _) => result,
    };
    match result {
        Ok(()) | Err(UserError::OutputClosed) => ExitCode::SUCCESS,
        Err(error @ UserError::Usage(_)) => {
            out.error(&error.to_string());
            ExitCode::from(2)
        }
        Err(error) => {
            out.error(&error.to_string());
            ExitCode::FAILURE
        }
    }
}

fn dispatch(
    catalogue: &Catalogue,
    command: Command,
    today: Month,
    out: &mut Output,
) -> Result<(), UserError> {
    match command {
        Command::Catalogue { json, details } => catalogue::run(catalogue, json, details, out),
        Command::Pay { nation, year, band, json } => {
            pay::table(catalogue, nation, year.unwrap_or_else(|| today.financial_year()), band, json, out)
        }
        Command::Check { file } => files::check(catalogue, &file, out),
        Command::Resave { file, drop_comments } => files::resave(&file, drop_comments, out),
        Command::Generate { folder } => generate::run(&folder, out),
        Command::Match { profile, json } => matching::run(catalogue, &profile, today, json, out),
        Command::Report { profile, output, target } => {
            report::run(catalogue, &profile, &output, target.as_deref(), today, out)
        }
        Command::Plan { profile, target, alternatives, projection, json } => {
            let args = plan::PlanArgs {
                profile: &profile,
                target,
                alternatives: usize::from(alternatives),
                years: projection.years,
                growth_percent: projection.checked_growth()?,
                json,
            };
            plan::run_plan(catalogue, &args, today, out)
        }
        Command::PayPath { band, start, zone, hours, nation, projection, json } => {
            let args = plan::PayPathArgs {
                band,
                start,
                zone,
                hours,
                nation,
                years: projection.years.unwrap_or(10),
                growth_percent: projection.checked_growth()?.unwrap_or(0.0),
                json,
            };
            plan::run_pay_path(catalogue, &args, out)
        }
    }
}
