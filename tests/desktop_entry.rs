//! The desktop entry in `assets/` names the binary, the icon and the window's app id as the
//! code does, so a launcher finds the program and groups its window under the right icon.

const ENTRY: &str = include_str!("../assets/careers-planner.desktop");

fn value(key: &str) -> &'static str {
    ENTRY
        .lines()
        .find_map(|line| line.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
}

#[test]
fn the_desktop_entry_matches_the_binary_and_the_window() {
    assert_eq!(ENTRY.lines().next(), Some("[Desktop Entry]"));
    assert_eq!(value("Type"), "Application");
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_careers-planner"))
        .file_name()
        .and_then(|name| name.to_str());
    assert_eq!(value("Exec").split_whitespace().next(), binary);
    assert_eq!(value("Icon"), "careers-planner");
    assert_eq!(value("StartupWMClass"), "careers-planner", "the app id set in app::run");
    assert!(value("Categories").ends_with(';'));
    assert!(!value("Name").is_empty() && !value("Comment").is_empty());
}
