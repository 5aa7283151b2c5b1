//! The domain core: the catalogue, profiles, eligibility matching, progression planning and
//! pay. Plain data and pure functions; no window, dialog or PDF crate is used here.

pub mod embedded;
pub mod format;
pub mod gaps;
pub mod links;
pub mod matching;
pub mod model;
pub mod pay;
pub mod progression;
pub mod search;
pub mod stage;
pub mod synthetic;
pub mod wording;

pub use model::band::Band;
pub use model::catalogue::Catalogue;
pub use model::month::{FinancialYear, Month};
pub use model::profile::Profile;
