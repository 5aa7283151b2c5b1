//! `generate`: the manual pages and the shell completions, rendered from the command-line
//! definition itself (`clap_mangen`, `clap_complete`), so they always match `--help`.
//!
//! The command is hidden from `--help`: packagers run it once after the release build
//! (`careers-planner generate target/generated`), and the Debian package installs its output.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::CommandFactory as _;
use clap_complete::Shell;
use clap_mangen::roff::{Roff, bold, roman};

use super::{Cli, Output, UserError};
use crate::storage::{CONFIG_DIR_VARIABLE, DATA_DIR_VARIABLE};

/// The shells whose completions are written, each to the file name its packages expect.
const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

/// Sections of the main manual page that the command-line definition does not hold:
/// (heading, paragraphs).
const MAIN_PAGE_SECTIONS: [(&str, &[&str]); 4] = [
    (
        "EXIT STATUS",
        &["0 on success; 1 on a user error, such as a profile with a mistake (one line on standard \
             error, naming the line and column); 2 on bad usage."],
    ),
    (
        "FILES",
        &[
            "Profiles are RON text files (.ron) that the window saves and the commands read; the \
             previous good version of a saved profile is kept beside it as NAME.ron.bak.",
            "~/.config/careers-planner/settings.ron: the window's theme and zoom.",
            "~/.config/careers-planner/data/: data files (for example pay/afc-england-2027-28.ron) \
             that replace or add to the built-in catalogue after the same checks.",
            "~/.local/share/careers-planner/: recovery copies of profiles with unsaved changes.",
        ],
    ),
    (
        "ENVIRONMENT",
        &[
            "CAREERS_PLANNER_CONFIG_DIR: the folder to use instead of ~/.config/careers-planner.",
            "CAREERS_PLANNER_DATA_DIR: the folder to use instead of ~/.local/share/careers-planner.",
        ],
    ),
    (
        "NOTES",
        &["Paths, dates and pay are the planner's estimates from public rules and typical figures, \
             not a promise. Everything runs offline; a profile never leaves the computer."],
    ),
];

/// Writes `man/careers-planner.1` (with one page per command, `careers-planner-plan.1` and so
/// on) and `completions/` for bash, zsh and fish under `folder`.
pub fn run(folder: &Path, out: &mut Output) -> Result<(), UserError> {
    let man_folder = folder.join("man");
    let completions_folder = folder.join("completions");
    for made in [&man_folder, &completions_folder] {
        fs::create_dir_all(made).map_err(|error| cannot_write(&error, made))?;
    }
    let written = manual_pages(&man_folder)?.len() + completions(&completions_folder)?.len();
    out.line(&format!("Wrote {written} files under {}", folder.display()))?;
    Ok(())
}

/// Renders the main page and one page per visible command; returns the files written.
fn manual_pages(folder: &Path) -> Result<Vec<PathBuf>, UserError> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut written = Vec::new();
    let main = manual_page(command.clone());
    let main_path = folder.join(main.get_filename());
    let mut page = Vec::new();
    render_main_page(&main, &mut page).map_err(|error| cannot_write(&error, &main_path))?;
    fs::write(&main_path, page).map_err(|error| cannot_write(&error, &main_path))?;
    written.push(main_path);
    for subcommand in command.get_subcommands().filter(|subcommand| !subcommand.is_hide_set()) {
        let path = manual_page(subcommand.clone())
            .generate_to(folder)
            .map_err(|error| cannot_write(&error, folder))?;
        written.push(path);
    }
    Ok(written)
}

/// A page whose footer names the program and its version.
fn manual_page(command: clap::Command) -> clap_mangen::Man {
    clap_mangen::Man::new(command).source(concat!("careers-planner ", env!("CARGO_PKG_VERSION")))
}

/// The main page: clap's sections, then exit status, files, environment and notes, then the
/// version (with the date of the data).
fn render_main_page(man: &clap_mangen::Man, page: &mut Vec<u8>) -> std::io::Result<()> {
    man.render_title(page)?;
    man.render_name_section(page)?;
    man.render_synopsis_section(page)?;
    man.render_description_section(page)?;
    man.render_options_section(page)?;
    man.render_subcommands_section(page)?;
    let mut extra = Roff::new();
    for (heading, paragraphs) in MAIN_PAGE_SECTIONS {
        extra.control("SH", [heading]);
        for (index, paragraph) in paragraphs.iter().enumerate() {
            if index > 0 {
                extra.control("PP", []);
            }
            match paragraph.split_once(": ") {
                Some((term, rest)) if is_term(term) => extra.text([bold(term), roman(": "), roman(rest)]),
                _ => extra.text([roman(*paragraph)]),
            };
        }
    }
    page.write_all(extra.to_roff().as_bytes())?;
    man.render_version_section(page)
}

/// A file, folder or variable name that starts a paragraph, shown in bold.
fn is_term(text: &str) -> bool {
    text.starts_with('~') || text == CONFIG_DIR_VARIABLE || text == DATA_DIR_VARIABLE
}

/// Writes the completion script of each shell; returns the files written.
fn completions(folder: &Path) -> Result<Vec<PathBuf>, UserError> {
    let mut command = Cli::command();
    SHELLS
        .into_iter()
        .map(|shell| {
            clap_complete::generate_to(shell, &mut command, "careers-planner", folder)
                .map_err(|error| cannot_write(&error, folder))
        })
        .collect()
}

fn cannot_write(error: &std::io::Error, path: &Path) -> UserError {
    UserError::new(format!("cannot write the generated files ({error}): {}", path.display()))
}
