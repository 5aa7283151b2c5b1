//! Formatting of figures for people: thousands separators and pounds.

/// 55690 → "55,690".
#[must_use]
pub fn thousands(value: impl Into<u64>) -> String {
    let digits = value.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// 55690 → "£55,690".
#[must_use]
pub fn pounds(value: impl Into<u64>) -> String {
    format!("£{}", thousands(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0_u64), "0");
        assert_eq!(thousands(999_u64), "999");
        assert_eq!(thousands(1000_u64), "1,000");
        assert_eq!(thousands(55690_u64), "55,690");
        assert_eq!(thousands(20_000_000_u64), "20,000,000");
        assert_eq!(pounds(129_783_u64), "£129,783");
    }
}
