//! Agenda for Change pay bands.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An Agenda for Change (AfC) pay band. Band 1 is closed to new entrants but kept so that
/// existing staff can describe themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
// The variants are written Band7, Band8a in the data files: the names people use. Clippy asks
// about the names only where the type is not exported (build.rs, which expects the lint).
pub enum Band {
    /// Band 1 (closed to new entrants).
    Band1,
    /// Band 2.
    Band2,
    /// Band 3.
    Band3,
    /// Band 4.
    Band4,
    /// Band 5.
    Band5,
    /// Band 6.
    Band6,
    /// Band 7.
    Band7,
    /// Band 8a.
    Band8a,
    /// Band 8b.
    Band8b,
    /// Band 8c.
    Band8c,
    /// Band 8d.
    Band8d,
    /// Band 9.
    Band9,
}

impl Band {
    /// Every band, lowest first.
    pub const ALL: [Self; 12] = [
        Self::Band1,
        Self::Band2,
        Self::Band3,
        Self::Band4,
        Self::Band5,
        Self::Band6,
        Self::Band7,
        Self::Band8a,
        Self::Band8b,
        Self::Band8c,
        Self::Band8d,
        Self::Band9,
    ];

    /// The short name used on payslips and in job adverts: "2" to "9", "8a" to "8d".
    #[must_use]
    pub fn short_name(self) -> &'static str {
        match self {
            Self::Band1 => "1",
            Self::Band2 => "2",
            Self::Band3 => "3",
            Self::Band4 => "4",
            Self::Band5 => "5",
            Self::Band6 => "6",
            Self::Band7 => "7",
            Self::Band8a => "8a",
            Self::Band8b => "8b",
            Self::Band8c => "8c",
            Self::Band8d => "8d",
            Self::Band9 => "9",
        }
    }

    /// Position from 0 (band 1) to 11 (band 9): the order used on chart axes.
    #[must_use]
    pub fn rank(self) -> usize {
        Self::ALL.iter().position(|band| *band == self).unwrap_or(0)
    }

    /// The band with the given rank, if any.
    #[must_use]
    pub fn from_rank(rank: usize) -> Option<Self> {
        Self::ALL.get(rank).copied()
    }

    /// The next band up, if any.
    #[must_use]
    pub fn next(self) -> Option<Self> {
        Self::from_rank(self.rank() + 1)
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Band {}", self.short_name())
    }
}

/// Why a text is not a band.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not an Agenda for Change band: use 1 to 9, or 8a, 8b, 8c, 8d")]
pub struct BandParseError(pub String);

impl FromStr for Band {
    type Err = BandParseError;

    /// Accepts "8a", "Band 8a", "band8A" and "Band8a".
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lowered = text.trim().to_ascii_lowercase();
        let short = lowered.strip_prefix("band").unwrap_or(&lowered).trim();
        Self::ALL
            .into_iter()
            .find(|band| band.short_name() == short)
            .ok_or_else(|| BandParseError(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_parse_from_common_spellings() {
        assert_eq!("8a".parse(), Ok(Band::Band8a));
        assert_eq!("Band 8A".parse(), Ok(Band::Band8a));
        assert_eq!("band9".parse(), Ok(Band::Band9));
        assert!("8e".parse::<Band>().is_err());
        assert!("10".parse::<Band>().is_err());
    }

    #[test]
    fn bands_are_ordered_and_ranked() {
        assert!(Band::Band7 < Band::Band8a && Band::Band8d < Band::Band9);
        assert_eq!(Band::Band8a.next(), Some(Band::Band8b));
        assert_eq!(Band::Band9.next(), None);
        for band in Band::ALL {
            assert_eq!(Band::from_rank(band.rank()), Some(band));
        }
        assert_eq!(Band::Band8c.to_string(), "Band 8c");
    }
}
