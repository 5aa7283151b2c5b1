//! Wording shared by every place that shows figures: the window, the command line and the PDF
//! action plan. Plain text only, so any front end can use it.

/// The short disclaimer shown wherever figures are.
pub const DISCLAIMER: &str = "Paths, dates and pay are estimates from public rules and typical figures, not a promise or \
     advice on any particular job. Check current adverts and your employer's policies, and talk to a careers adviser.";

/// What to say when the person's own data files are in use in place of the built-in ones, or
/// `None` when only the built-in data is used. Shown in the window, the command line and the PDF.
#[must_use]
pub fn own_data_notice(catalogue: &super::model::catalogue::Catalogue) -> Option<String> {
    (!catalogue.own_data_files.is_empty()).then(|| {
        format!(
            "Your own data is in use in place of the built-in data ({}): figures from it are from your own data, not published",
            catalogue.own_data_files.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn the_own_data_notice_names_the_files_and_never_says_published_alone() {
        let mut catalogue = embedded::catalogue().expect("catalogue").clone();
        assert_eq!(own_data_notice(&catalogue), None);
        catalogue.mark_own_data(vec!["pay/afc-england-2026-27.ron".to_owned()]);
        let notice = own_data_notice(&catalogue).expect("a notice");
        assert!(
            notice.contains("pay/afc-england-2026-27.ron") && notice.contains("from your own data"),
            "{notice}"
        );
        assert!(catalogue.pay_tables.iter().any(|table| table.from_own_data));
    }
}
