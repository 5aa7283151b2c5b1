//! Web and email addresses in the catalogue's text ("Visit www.stepintothenhs.nhs.uk"), found
//! with `linkify` so that the window can show them as links. Only the catalogue's own text is
//! linked, never a profile's.

use linkify::{LinkFinder, LinkKind};

/// A piece of text: plain, or an address with where it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// An address as written, and the full address it opens (`https://` or `mailto:` added
    /// when the text has no scheme).
    Link {
        /// The address as written.
        text: &'a str,
        /// What it opens.
        target: String,
    },
}

/// `text` cut into plain pieces and addresses, in order.
#[must_use]
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder.kinds(&[LinkKind::Url, LinkKind::Email]);
    finder
        .spans(text)
        .map(|span| match span.kind() {
            Some(LinkKind::Email) => {
                Piece::Link { text: span.as_str(), target: format!("mailto:{}", span.as_str()) }
            }
            Some(_) if span.as_str().contains("://") => {
                Piece::Link { text: span.as_str(), target: span.as_str().to_owned() }
            }
            Some(_) => Piece::Link { text: span.as_str(), target: format!("https://{}", span.as_str()) },
            None => Piece::Text(span.as_str()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Piece, pieces};

    #[test]
    fn addresses_with_and_without_a_scheme_become_links() {
        assert_eq!(
            pieces("Visit www.stepintothenhs.nhs.uk."),
            vec![
                Piece::Text("Visit "),
                Piece::Link {
                    text: "www.stepintothenhs.nhs.uk",
                    target: "https://www.stepintothenhs.nhs.uk".to_owned()
                },
                Piece::Text("."),
            ]
        );
        assert_eq!(
            pieces("graduates.nhs.uk"),
            vec![Piece::Link { text: "graduates.nhs.uk", target: "https://graduates.nhs.uk".to_owned() }]
        );
        assert_eq!(
            pieces("https://www.amspar.co.uk"),
            vec![Piece::Link {
                text: "https://www.amspar.co.uk",
                target: "https://www.amspar.co.uk".to_owned()
            }]
        );
    }

    #[test]
    fn an_email_address_opens_mail_and_plain_text_stays_plain() {
        assert_eq!(
            pieces("advice@healthcareers.nhs.uk"),
            vec![Piece::Link {
                text: "advice@healthcareers.nhs.uk",
                target: "mailto:advice@healthcareers.nhs.uk".to_owned()
            }]
        );
        assert_eq!(pieces("0345 60 60 655"), vec![Piece::Text("0345 60 60 655")]);
    }
}
