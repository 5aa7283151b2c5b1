//! The views and widgets of the window. Views read the state and return commands; they change
//! only their own transient state (search text, selection, open flags) inline.

pub mod frame;
pub mod role_details;
pub mod roles;
pub mod widgets;
