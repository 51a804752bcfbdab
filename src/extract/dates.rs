//! Dates as news text writes them ("On May 24", "in July", "January 31,
//! 2023", "in 2022", "24 May"), found on tokens, with an ISO form when a year
//! is written or can be inferred from a full date elsewhere in the article.

use super::text::{Token, TokenKind};

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date found in a sentence: token range, text as written, parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub first_token: usize,
    pub last_token: usize,
    pub written: String,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl FoundDate {
    /// ISO 8601 form, using `article_year` when the date has no year.
    pub fn iso(&self, article_year: Option<i32>) -> Option<String> {
        let year = self.year.or(article_year)?;
        match (self.month, self.day) {
            (Some(month), Some(day)) => Some(format!("{year:04}-{month:02}-{day:02}")),
            (Some(month), None) => Some(format!("{year:04}-{month:02}")),
            _ => self.year.map(|y| format!("{y:04}")),
        }
    }
}

/// The month number of a (capitalised) month word.
pub fn month_number(word: &str) -> Option<u32> {
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    if !first_upper {
        return None;
    }
    // (Compared without a lower-cased copy: this runs on every capitalised
    // word.)
    let bare = word.trim_end_matches('.');
    // (No month name is shorter than three letters or longer than nine, and
    // an abbreviation counts only with its stop.)
    if !(3..=9).contains(&bare.len()) {
        return None;
    }
    let by_name = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(bare));
    let by_abbreviation = if word.ends_with('.') {
        MONTH_ABBREVIATIONS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(bare) && !bare.eq_ignore_ascii_case("may"))
    } else {
        None
    };
    by_name
        .or(by_abbreviation)
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn number(text: &str, token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Number {
        return None;
    }
    text.get(token.start..token.end)?.parse().ok()
}

fn is_year(value: u32) -> bool {
    (1800..=2100).contains(&value)
}

/// Finds the dates among `tokens` of `text`.
pub fn find_dates(text: &str, tokens: &[Token]) -> Vec<FoundDate> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(token) = tokens.get(i) else { break };
        // (Most tokens are neither numbers nor capitalised: no month and no
        // year, told from their first byte.)
        if token.kind != TokenKind::Number && text.as_bytes().get(token.start).is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            i += 1;
            continue;
        }
        let word = text.get(token.start..token.end).unwrap_or("");
        if let Some(month) = month_number(word) {
            let mut last = i;
            let mut day = None;
            let mut year = None;
            // "May 24" / "May 24, 2023" / "May 2023"
            if let Some(value) = tokens.get(i + 1).and_then(|t| number(text, t)) {
                if (1..=31).contains(&value) {
                    day = Some(value);
                    last = i + 1;
                    let comma = tokens
                        .get(i + 2)
                        .is_some_and(|t| t.kind == TokenKind::Punct(','));
                    let year_at = if comma { i + 3 } else { i + 2 };
                    if let Some(value) = tokens.get(year_at).and_then(|t| number(text, t))
                        && is_year(value)
                    {
                        year = i32::try_from(value).ok();
                        last = year_at;
                    }
                } else if is_year(value) {
                    year = i32::try_from(value).ok();
                    last = i + 1;
                }
            }
            // "24 May"
            let mut first = i;
            if day.is_none()
                && let Some(value) = i
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .and_then(|t| number(text, t))
                && (1..=31).contains(&value)
            {
                day = Some(value);
                first = i - 1;
                if let Some(value) = tokens.get(i + 1).and_then(|t| number(text, t))
                    && is_year(value)
                {
                    year = i32::try_from(value).ok();
                    last = i + 1;
                }
            }
            // A bare month needs "in"/"by"/"since"/"until" before it ("may"
            // is also a verb, but capitalised only at sentence start).
            let preposition = first
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "in" | "by" | "since" | "until" | "from" | "early" | "late" | "mid" | "last" | "next" | "this"
                    )
                });
            if day.is_some() || year.is_some() || preposition {
                found.push(make(text, tokens, first, last, year, Some(month), day));
                i = last + 1;
                continue;
            }
        } else if let Some(value) = number(text, token)
            && is_year(value)
        {
            let preposition = i
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "in" | "since" | "until" | "by" | "of" | "from" | "early" | "late"
                    )
                });
            if preposition {
                found.push(make(text, tokens, i, i, i32::try_from(value).ok(), None, None));
            }
        }
        i += 1;
    }
    found
}

fn make(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
) -> FoundDate {
    let start = tokens.get(first).map_or(0, |t| t.start);
    let end = tokens.get(last).map_or(start, |t| t.end);
    FoundDate {
        first_token: first,
        last_token: last,
        written: text.get(start..end).unwrap_or("").to_owned(),
        year,
        month,
        day,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn dates(text: &str) -> Vec<FoundDate> {
        let mut tokens = Vec::new();
        tokenize(text, 0..text.len(), &mut tokens);
        find_dates(text, &tokens)
    }

    #[test]
    fn finds_written_dates() {
        let found = dates("On May 24, 2023 he said the summit in July and talks in 2022.");
        let written: Vec<&str> = found.iter().map(|d| d.written.as_str()).collect();
        assert_eq!(written, vec!["May 24, 2023", "July", "2022"]);
        assert_eq!(found[0].iso(None).as_deref(), Some("2023-05-24"));
        assert_eq!(found[1].iso(Some(2023)).as_deref(), Some("2023-07"));
        assert_eq!(found[1].iso(None), None);
    }
}
