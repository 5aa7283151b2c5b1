use super::{did_you_mean, rank, search_qualifications};
use crate::domain::embedded;

fn catalogue() -> &'static crate::domain::Catalogue {
    embedded::catalogue().expect("the embedded catalogue passes its checks")
}

fn found_ids(query: &str) -> Vec<&'static str> {
    search_qualifications(catalogue(), query).found.iter().map(|q| q.id.as_str()).collect()
}

#[test]
fn amspar_certificate_finds_the_amspar_qualification_first() {
    let ids = found_ids("amspar certificate");
    assert_eq!(ids.first(), Some(&"amspar-medical-secretaries-diploma"), "{ids:?}");
}

#[test]
fn words_in_any_order_and_a_singular_for_a_plural_still_find_it() {
    for query in ["medical secretary", "secretary medical", "Certificate AMSPAR", "medical secretaries"] {
        let ids = found_ids(query);
        assert!(ids.contains(&"amspar-medical-secretaries-diploma"), "{query}: {ids:?}");
    }
}

#[test]
fn a_letter_left_out_still_finds_the_word() {
    let ids = found_ids("amspar mangement");
    assert_eq!(ids.first(), Some(&"amspar-diploma-primary-care-health-management"), "{ids:?}");
}

#[test]
fn the_awarding_body_finds_its_qualifications() {
    // "Association of Medical Secretaries…" is AMSPAR's name; its diplomas have AMSPAR titles.
    let ids = found_ids("association practice managers");
    assert!(ids.contains(&"amspar-diploma-primary-care-health-management"), "{ids:?}");
}

#[test]
fn letters_scattered_across_a_long_title_do_not_count_as_a_word() {
    let ids = found_ids("zebra");
    assert!(ids.is_empty(), "{ids:?}");
}

#[test]
fn a_misspelt_word_offers_a_query_that_finds_something() {
    let search = search_qualifications(catalogue(), "amspat certifikate");
    assert!(search.found.is_empty(), "{:?}", search.found.iter().map(|q| &q.id).collect::<Vec<_>>());
    let suggestion = search.did_you_mean.expect("a suggestion");
    assert_eq!(suggestion, "amspar certificate");
    assert!(!found_ids(&suggestion).is_empty());
}

#[test]
fn nothing_is_suggested_when_the_words_are_known() {
    assert_eq!(did_you_mean("service manager", ["Service", "manager"]), None);
}

#[test]
fn rank_puts_the_closer_match_first_and_keeps_order_on_ties() {
    let candidates = [vec!["Finance manager"], vec!["Practice manager"], vec!["Service manager"]];
    assert_eq!(rank("practice", &candidates), vec![1]);
    assert_eq!(rank("manager", &candidates), vec![0, 1, 2]);
    assert_eq!(rank("", &candidates), vec![0, 1, 2]);
}
