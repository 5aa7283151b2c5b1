//! Calendar months and NHS financial years (April to March).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar month, such as April 2026, stored as its first day.
///
/// Saved and shown in files as `"YYYY-MM"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(NaiveDate);

/// The earliest year a month may have: older dates in a profile are treated as mistakes.
pub const MIN_YEAR: i32 = 1940;
/// The latest year a month may have.
pub const MAX_YEAR: i32 = 2100;

impl Month {
    /// The month `month` (1 to 12) of `year`, if both are in range.
    #[must_use]
    pub fn new(year: i32, month: u32) -> Option<Self> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, 1).map(Self)
    }

    /// The month that contains `date`.
    #[must_use]
    pub fn of(date: NaiveDate) -> Self {
        Self(date.with_day(1).unwrap_or(date))
    }

    /// The calendar year.
    #[must_use]
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month of the year, 1 (January) to 12 (December).
    #[must_use]
    pub fn number(self) -> u32 {
        self.0.month()
    }

    /// The first day of the month.
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        self.0
    }

    /// This month moved by `months` (negative moves back), saturating at the supported range.
    #[must_use]
    pub fn plus(self, months: i32) -> Self {
        let moved = if months >= 0 {
            self.0.checked_add_months(Months::new(months.unsigned_abs()))
        } else {
            self.0.checked_sub_months(Months::new(months.unsigned_abs()))
        };
        match moved {
            Some(date) if (MIN_YEAR..=MAX_YEAR).contains(&date.year()) => Self(date),
            _ if months >= 0 => Self::latest(),
            _ => Self::earliest(),
        }
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    #[must_use]
    pub fn months_until(self, later: Self) -> i32 {
        (later.year() - self.year()) * 12 + later.number().cast_signed() - self.number().cast_signed()
    }

    /// The NHS financial year (April to March) this month falls in.
    #[must_use]
    pub fn financial_year(self) -> FinancialYear {
        if self.number() >= 4 {
            FinancialYear::starting(self.year())
        } else {
            FinancialYear::starting(self.year() - 1)
        }
    }

    /// A short label such as "Apr 2026".
    #[must_use]
    pub fn label(self) -> String {
        self.0.format("%b %Y").to_string()
    }

    /// The earliest supported month.
    #[must_use]
    pub fn earliest() -> Self {
        Self(NaiveDate::from_ymd_opt(MIN_YEAR, 1, 1).unwrap_or(NaiveDate::MIN))
    }

    /// The latest supported month.
    #[must_use]
    pub fn latest() -> Self {
        Self(NaiveDate::from_ymd_opt(MAX_YEAR, 12, 1).unwrap_or(NaiveDate::MAX))
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.number())
    }
}

/// Why a text is not a month.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a month: write it as YYYY-MM, for example 2026-04, between {MIN_YEAR} and {MAX_YEAR}"
)]
pub struct MonthParseError(pub String);

impl FromStr for Month {
    type Err = MonthParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = || MonthParseError(text.to_owned());
        let (year, month) = text.trim().split_once('-').ok_or_else(fail)?;
        if year.len() != 4 || month.is_empty() || month.len() > 2 {
            return Err(fail());
        }
        let year: i32 = year.parse().map_err(|_| fail())?;
        let month: u32 = month.parse().map_err(|_| fail())?;
        Self::new(year, month).ok_or_else(fail)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// An NHS financial (pay) year, 1 April to 31 March, written `"2026-27"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FinancialYear {
    start_year: i32,
}

impl FinancialYear {
    /// The financial year that starts in April of `start_year`.
    #[must_use]
    pub fn starting(start_year: i32) -> Self {
        Self { start_year }
    }

    /// The calendar year in which it starts.
    #[must_use]
    pub fn start_year(self) -> i32 {
        self.start_year
    }

    /// April, its first month.
    #[must_use]
    pub fn first_month(self) -> Month {
        Month::new(self.start_year, 4).unwrap_or_else(Month::earliest)
    }

    /// The following financial year.
    #[must_use]
    pub fn next(self) -> Self {
        Self::starting(self.start_year + 1)
    }
}

impl fmt::Display for FinancialYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.start_year, (self.start_year + 1).rem_euclid(100))
    }
}

/// Why a text is not a financial year.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a pay year: write it as 2026-27 (April 2026 to March 2027)")]
pub struct FinancialYearParseError(pub String);

impl FromStr for FinancialYear {
    type Err = FinancialYearParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = || FinancialYearParseError(text.to_owned());
        let cleaned = text.trim().replace('/', "-");
        let (start, end) = cleaned.split_once('-').ok_or_else(fail)?;
        let start_year: i32 = start.parse().map_err(|_| fail())?;
        let end: i32 = end.parse().map_err(|_| fail())?;
        let expected_end = start_year + 1;
        let matches = match end {
            0..=99 => end == expected_end.rem_euclid(100),
            _ => end == expected_end,
        };
        if start.len() != 4 || !matches || !(MIN_YEAR..=MAX_YEAR).contains(&start_year) {
            return Err(fail());
        }
        Ok(Self::starting(start_year))
    }
}

impl Serialize for FinancialYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FinancialYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str) -> Month {
        text.parse().expect("valid month")
    }

    #[test]
    fn months_parse_and_print_as_year_dash_month() {
        assert_eq!(month("2026-04").to_string(), "2026-04");
        assert_eq!(month("2026-4").to_string(), "2026-04");
        for bad in ["2026", "2026-13", "2026-00", "26-04", "1800-01", "abcd-ef", ""] {
            assert!(bad.parse::<Month>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        assert_eq!(month("2026-11").plus(3), month("2027-02"));
        assert_eq!(month("2026-02").plus(-3), month("2025-11"));
        assert_eq!(month("2024-06").months_until(month("2026-04")), 22);
        assert_eq!(month("2026-04").months_until(month("2024-06")), -22);
        assert_eq!(month("2100-12").plus(5), Month::latest());
    }

    #[test]
    fn financial_years_run_april_to_march() {
        assert_eq!(month("2026-03").financial_year().to_string(), "2025-26");
        assert_eq!(month("2026-04").financial_year().to_string(), "2026-27");
        assert_eq!("2026-27".parse::<FinancialYear>(), Ok(FinancialYear::starting(2026)));
        assert_eq!("2026/27".parse::<FinancialYear>(), Ok(FinancialYear::starting(2026)));
        assert_eq!("2099-2100".parse::<FinancialYear>(), Ok(FinancialYear::starting(2099)));
        assert!("2026-28".parse::<FinancialYear>().is_err());
        assert_eq!(FinancialYear::starting(2099).to_string(), "2099-00");
    }
}
