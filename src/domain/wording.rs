//! Wording shared by every place that shows figures: the window, the command line and the PDF
//! action plan. Plain text only, so any front end can use it.

/// The short disclaimer shown wherever figures are.
pub const DISCLAIMER: &str = "Paths, dates and pay are estimates from public rules and typical figures, not a promise or \
     advice on any particular job. Check current adverts and your employer's policies, and talk to a careers adviser.";
