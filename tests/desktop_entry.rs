//! The desktop entry and the software-centre (`AppStream`) data in `assets/` name the binary,
//! the icon and the window's app id as the code does, so a launcher finds the program and groups
//! its window under the right icon, and a software centre shows this version. Both files pass the
//! validators the Debian package is checked with (`desktop-file-validate`, `appstreamcli
//! validate`).
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use std::process::Command;

const ENTRY: &str = include_str!("../assets/careers-planner.desktop");
const METAINFO: &str = include_str!("../assets/careers-planner.metainfo.xml");

fn value(key: &str) -> &'static str {
    ENTRY
        .lines()
        .find_map(|line| line.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
}

fn binary_name() -> Option<&'static str> {
    std::path::Path::new(env!("CARGO_BIN_EXE_careers-planner")).file_name().and_then(|name| name.to_str())
}

/// The text of the first `<tag ...>text</tag>` in the metainfo.
fn element(tag: &str) -> &'static str {
    let open = format!("<{tag}");
    let start = METAINFO.find(&open).unwrap_or_else(|| panic!("the metainfo has no <{tag}>"));
    let after_open = &METAINFO[start..];
    let text_start = after_open.find('>').expect("a closed tag") + 1;
    let text_end = after_open.find(&format!("</{tag}>")).unwrap_or_else(|| panic!("<{tag}> is not closed"));
    after_open[text_start..text_end].trim()
}

/// Runs a validator on a file in `assets/`. A missing tool skips the check on a person's machine
/// and fails it when `CI=true` (`.ci/run` installs `desktop-file-utils` and `appstream`).
fn validate(tool: &str, args: &[&str], file: &str) -> Option<String> {
    let path = format!("{}/assets/{file}", env!("CARGO_MANIFEST_DIR"));
    match Command::new(tool).args(args).arg(&path).output() {
        Ok(output) => {
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(output.status.success(), "{tool} rejects assets/{file}:\n{said}");
            Some(said)
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "{tool} is not installed: CI must install it (.ci/run)"
            );
            eprintln!("skipped: {tool} is not installed");
            None
        }
        Err(error) => panic!("cannot run {tool}: {error}"),
    }
}

#[test]
fn the_desktop_entry_matches_the_binary_and_the_window() {
    assert_eq!(ENTRY.lines().next(), Some("[Desktop Entry]"));
    assert_eq!(value("Type"), "Application");
    assert_eq!(value("Exec").split_whitespace().next(), binary_name());
    assert_eq!(value("Icon"), "careers-planner");
    assert_eq!(value("StartupWMClass"), "careers-planner", "the app id set in app::run");
    assert!(value("Categories").ends_with(';'));
    assert!(!value("Name").is_empty() && !value("Comment").is_empty());
}

#[test]
fn desktop_file_validate_accepts_the_entry_without_a_hint() {
    if let Some(said) = validate("desktop-file-validate", &[], "careers-planner.desktop") {
        assert!(said.trim().is_empty(), "desktop-file-validate has remarks:\n{said}");
    }
}

#[test]
fn appstreamcli_accepts_the_metainfo() {
    if let Some(said) = validate("appstreamcli", &["validate", "--no-net"], "careers-planner.metainfo.xml") {
        assert!(said.contains("Validation was successful"), "{said}");
    }
}

#[test]
fn the_metainfo_launches_this_entry_and_names_this_version() {
    assert!(METAINFO.contains(r#"<component type="desktop-application">"#));
    assert_eq!(element("launchable"), "careers-planner.desktop", "the desktop entry's file name");
    assert_eq!(Some(element("binary")), binary_name());
    assert_eq!(element("name"), value("Name"));
    assert_eq!(element("project_license"), env!("CARGO_PKG_LICENSE"));
    assert!(!element("summary").is_empty() && element("description").contains("<p>"));
    assert!(METAINFO.contains(r#"<content_rating type="oars-1.1""#));
    let newest_release = METAINFO
        .split("<release ")
        .nth(1)
        .and_then(|release| release.split("version=\"").nth(1))
        .and_then(|rest| rest.split('"').next());
    assert_eq!(newest_release, Some(env!("CARGO_PKG_VERSION")), "the first <release> is this version");
    let date = METAINFO.split("<release ").nth(1).and_then(|release| release.split("date=\"").nth(1));
    let date = date.and_then(|rest| rest.split('"').next()).unwrap_or_default();
    assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "the release has a date: {date:?}");
}
