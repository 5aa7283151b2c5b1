//! The views and widgets of the window. Views read the state and return commands; they change
//! only their own transient state (search text, selection, open flags) inline.

pub mod actions;
pub mod compare;
pub mod dialogs;
pub mod fonts;
pub mod frame;
pub mod help;
pub mod path;
pub mod picker;
pub mod profile;
pub mod role_details;
pub mod roles;
pub mod welcome;
pub mod widgets;
