//! Forgiving search: the words of a query in any order, each matched fuzzily (with
//! `nucleo-matcher`, the matcher of the Helix editor) against any of a candidate's texts, so
//! "amspar certificate" finds a qualification titled "AMSPAR qualification…" that is also known
//! as "AMSPAR certificate". When nothing matches well, [`did_you_mean`] offers the query with
//! each unknown word replaced by the closest word the candidates use.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::Catalogue;
use super::model::catalogue::Qualification;

/// The most qualifications a search returns.
pub const MAX_QUALIFICATION_RESULTS: usize = 12;

/// How good a fuzzy match of one word must be, in the matcher's score per letter of the word
/// divided by the score of one matched letter. A word found as written scores about 1.7, one
/// with a letter left out or mistyped ("mangement", "finace") 1.4 to 1.6; letters scattered
/// across a long title ("amspat" in "IWFM Level 7 Certificate…") 0.7 to 1.3, and do not count.
const MIN_WORD_QUALITY: f64 = 1.38;

/// How good the match of a word's stem must be: found as written.
const MIN_STEM_QUALITY: f64 = 1.6;

/// The matcher's score for one matched character (nucleo-matcher's `SCORE_MATCH`).
const SCORE_PER_CHARACTER: f64 = 16.0;

/// A query split into words, each ready to be matched.
#[derive(Debug)]
pub struct Query {
    words: Vec<QueryWord>,
}

#[derive(Debug)]
struct QueryWord {
    /// The word as typed (lower case), used for suggestions.
    text: String,
    atom: Atom,
    /// The word less its last letters ("secretar" for "secretary", "nurs" for "nurse"), so
    /// that a singular finds a plural or another ending; none for short words.
    stem: Option<(Atom, usize)>,
}

/// A matcher with its buffer, reused across candidates (making one allocates).
pub struct Searcher {
    matcher: Matcher,
    buffer: Vec<char>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Searcher")
    }
}

impl Default for Searcher {
    fn default() -> Self {
        Self { matcher: Matcher::new(Config::DEFAULT), buffer: Vec::new() }
    }
}

fn atom(word: &str) -> Atom {
    Atom::new(word, CaseMatching::Ignore, Normalization::Smart, AtomKind::Fuzzy, false)
}

impl Query {
    /// The query of `text`: its words, in any order.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let words = text
            .split_whitespace()
            .map(|word| {
                let text = word.to_lowercase();
                let letters = text.chars().count();
                let cut = match letters {
                    0..=4 => 0,
                    5 | 6 => 1,
                    _ => 2,
                };
                let stem = (cut > 0)
                    .then(|| (atom(&text.chars().take(letters - cut).collect::<String>()), letters - cut));
                QueryWord { atom: atom(&text), stem, text }
            })
            .collect();
        Self { words }
    }

    /// True when the query has no words (everything matches).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The score of a candidate whose texts are `texts` (higher is better), or none when some
    /// word matches none of them well enough. An empty query scores every candidate 0.
    pub fn score(&self, searcher: &mut Searcher, texts: &[&str]) -> Option<u32> {
        let mut total = 0;
        for word in &self.words {
            total += word.best_score(searcher, texts)?;
        }
        Some(total)
    }
}

impl QueryWord {
    /// The best good-enough score of this word in any of `texts`.
    fn best_score(&self, searcher: &mut Searcher, texts: &[&str]) -> Option<u32> {
        let length = self.text.chars().count().max(1);
        let mut best: Option<u32> = None;
        for &text in texts {
            let haystack = Utf32Str::new(text, &mut searcher.buffer);
            let whole = self.atom.score(haystack, &mut searcher.matcher).map(u32::from);
            let whole = whole.filter(|score| quality(*score, length) >= MIN_WORD_QUALITY);
            let found = whole.or_else(|| {
                let (stem, letters) = self.stem.as_ref()?;
                let haystack = Utf32Str::new(text, &mut searcher.buffer);
                let score = u32::from(stem.score(haystack, &mut searcher.matcher)?);
                // A stem must match as written, and counts for a little less than the word.
                (quality(score, *letters) >= MIN_STEM_QUALITY).then_some(score * 3 / 4)
            });
            best = best.max(found);
        }
        best
    }
}

fn quality(score: u32, length: usize) -> f64 {
    f64::from(score) / (SCORE_PER_CHARACTER * f64::from(u32::try_from(length).unwrap_or(u32::MAX)))
}

/// The positions of the candidates that match `query`, best first (ties keep their order).
/// Each candidate is the list of its texts (title, other names...).
#[must_use]
pub fn rank<'t, C>(query: &str, candidates: &[C]) -> Vec<usize>
where
    C: AsRef<[&'t str]>,
{
    let query = Query::new(query);
    let mut searcher = Searcher::default();
    let mut scored: Vec<(u32, usize)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(at, texts)| query.score(&mut searcher, texts.as_ref()).map(|score| (score, at)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, at)| at).collect()
}

/// The query with each word that begins none of the words in `vocabulary` replaced by the
/// closest of them (by edit distance), when that changes it; for "Did you mean …?".
#[must_use]
pub fn did_you_mean<'t>(
    query: &str,
    vocabulary: impl IntoIterator<Item = &'t str> + Clone,
) -> Option<String> {
    let known: std::collections::BTreeSet<String> = vocabulary.into_iter().map(str::to_lowercase).collect();
    let mut changed = false;
    let words: Vec<String> = query
        .split_whitespace()
        .map(str::to_lowercase)
        .map(|word| {
            if known.iter().any(|known| known.starts_with(&word)) {
                return word;
            }
            let closest = known
                .iter()
                .map(|known| (strsim::normalized_damerau_levenshtein(&word, known), known))
                .filter(|(similarity, _)| *similarity >= 0.6)
                .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)));
            match closest {
                Some((_, known)) => {
                    changed = true;
                    known.clone()
                }
                None => word,
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// The texts a qualification is found by: its title, short name, other names and its awarding
/// body's name and abbreviation.
#[must_use]
pub fn qualification_texts<'c>(catalogue: &'c Catalogue, qualification: &'c Qualification) -> Vec<&'c str> {
    let mut texts = vec![qualification.title.as_str(), qualification.short_name.as_str()];
    texts.extend(qualification.also_known_as.iter().map(String::as_str));
    if let Some(body) = qualification.body.as_deref().and_then(|id| catalogue.body(id)) {
        texts.push(body.name.as_str());
        texts.push(body.short_name.as_str());
    }
    texts.retain(|text| !text.is_empty());
    texts
}

/// What a qualification search found.
#[derive(Clone, Debug, PartialEq)]
pub struct QualificationSearch<'c> {
    /// The qualifications found, best first (at most [`MAX_QUALIFICATION_RESULTS`]).
    pub found: Vec<&'c Qualification>,
    /// When nothing was found: a query that would find something.
    pub did_you_mean: Option<String>,
}

/// Searches the catalogue's qualifications by title, other names and awarding body.
#[must_use]
pub fn search_qualifications<'c>(catalogue: &'c Catalogue, query: &str) -> QualificationSearch<'c> {
    let texts: Vec<Vec<&str>> = catalogue
        .qualifications
        .iter()
        .map(|qualification| qualification_texts(catalogue, qualification))
        .collect();
    let found: Vec<&Qualification> = rank(query, &texts)
        .into_iter()
        .filter_map(|at| catalogue.qualifications.get(at))
        .take(MAX_QUALIFICATION_RESULTS)
        .collect();
    let did_you_mean = if found.is_empty() && !Query::new(query).is_empty() {
        let vocabulary: Vec<&str> = texts
            .iter()
            .flatten()
            .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
            .filter(|word| word.chars().count() >= 3)
            .collect();
        did_you_mean(query, vocabulary.iter().copied())
            .filter(|suggestion| !rank(suggestion, &texts).is_empty())
    } else {
        None
    };
    QualificationSearch { found, did_you_mean }
}

#[cfg(test)]
mod tests;
