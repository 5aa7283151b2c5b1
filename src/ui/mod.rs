//! The views and widgets of the window. Views read the state and return commands; they change
//! only their own transient state (search text, selection, open flags) inline.

pub mod frame;
pub mod role_details;
pub mod roles;
pub mod widgets;

/// The short disclaimer shown wherever figures are.
pub const DISCLAIMER: &str = "Paths, dates and pay are estimates from public rules and typical figures, not a promise or \
     advice on any particular job. Check current adverts and your employer's policies, and talk to a careers adviser.";
