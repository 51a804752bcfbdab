//! Sentences and tokens over the original article text.
//!
//! Normalisation never builds a second copy of the text: every token keeps
//! its byte range in the original, and comparisons go through [`norm_char`],
//! which folds typographic quotes, apostrophes, dashes and odd spaces to their
//! ASCII forms. Offsets therefore always point into what the user gave us,
//! and converting them to the document's character offsets is one linear
//! pass at the end ([`CharOffsets`]).
//!
//! The sentence splitter is a hand-written scanner: a full stop ends a
//! sentence only when it is not part of an abbreviation ("Mr.", "Gen.",
//! "U.S."), an initial ("J. Smith") or a number ("2.5"), and when the next
//! word could start a sentence. A line break always ends one (news text puts
//! one paragraph on a line). Sentences are capped at [`MAX_SENTENCE_BYTES`] so
//! that one enormous line costs bounded work per sentence.

use std::ops::Range;

/// Longer sentences are cut at a space near this length.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Folds typographic variants to ASCII: curly quotes and apostrophes,
/// en/em dashes, non-breaking and other spaces.
pub fn norm_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => {
            '-'
        }
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => ' ',
        other => other,
    }
}

/// A name with its Latin diacritics dropped ("Erdoğan" -> "Erdogan",
/// "Łukasz" -> "Lukasz"), so that a name written either way is one key.
pub fn fold_diacritics(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(word.chars().map(base_letter).collect())
}

fn base_letter(c: char) -> char {
    const GROUPS: &[(&str, char)] = &[
        ("àáâãäåāăą", 'a'), ("ÀÁÂÃÄÅĀĂĄ", 'A'), ("çćĉċč", 'c'), ("ÇĆĈĊČ", 'C'), ("ďđ", 'd'), ("ĎĐ", 'D'),
        ("èéêëēĕėęě", 'e'), ("ÈÉÊËĒĔĖĘĚ", 'E'), ("ĝğġģ", 'g'), ("ĜĞĠĢ", 'G'), ("ìíîïĩīĭįı", 'i'), ("ÌÍÎÏĨĪĬĮİ", 'I'),
        ("ķ", 'k'), ("Ķ", 'K'), ("ĺļľŀł", 'l'), ("ĹĻĽĿŁ", 'L'), ("ñńņňŉ", 'n'), ("ÑŃŅŇ", 'N'),
        ("òóôõöøōŏő", 'o'), ("ÒÓÔÕÖØŌŎŐ", 'O'), ("ŕŗř", 'r'), ("ŔŖŘ", 'R'), ("śŝşšș", 's'), ("ŚŜŞŠȘ", 'S'),
        ("ţťŧț", 't'), ("ŢŤŦȚ", 'T'), ("ùúûüũūŭůűų", 'u'), ("ÙÚÛÜŨŪŬŮŰŲ", 'U'), ("ýÿ", 'y'), ("ÝŸ", 'Y'),
        ("źżž", 'z'), ("ŹŻŽ", 'Z'),
    ];
    // (Every letter of the groups lies in U+00C0..=U+021B: ASCII and most
    // other characters are answered without reading them.)
    if !('\u{C0}'..='\u{21B}').contains(&c) {
        return c;
    }
    GROUPS.iter().find(|(group, _)| group.contains(c)).map_or(c, |&(_, base)| base)
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits) — "Kishida", "G7", "U.S.".
    Word,
    /// Digits, possibly with a decimal point or thousands commas.
    Number,
    /// A possessive "'s" or a lone "'" after a plural.
    Possessive,
    /// One punctuation character, normalised by [`norm_char`].
    Punct(char),
}

/// A token: its byte range in the article text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Words after which a full stop does not end the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "sen",
    "rep", "gov", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "nos", "jan",
    "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "dept", "est",
    "mt", "ft", "rev", "hon", "pres", "gens", "messrs", "e.g", "i.e", "etc", "al",
];

/// Words that commonly open a sentence after a dotted abbreviation such as
/// "U.S." — only before these does such a stop end the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "This", "That", "These", "Those", "In", "On", "At", "But",
    "And", "A", "An", "We", "I", "His", "Her", "Their", "Its", "There", "After", "Before", "As",
    "According", "Meanwhile", "However", "Earlier", "Later", "Previously", "Last", "Both",
];

/// The byte ranges of the sentences of `text`, trimmed of surrounding
/// whitespace, in order. An iterator, so a huge text is never split whole.
pub fn sentences(text: &str) -> SentenceIter<'_> {
    SentenceIter { text, pos: 0 }
}

pub struct SentenceIter<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for SentenceIter<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        loop {
            let rest = self.text.get(self.pos..)?;
            let skipped = rest.len() - rest.trim_start().len();
            self.pos += skipped;
            if self.pos >= self.text.len() {
                return None;
            }
            let start = self.pos;
            let end = find_sentence_end(self.text, start);
            self.pos = end.max(start + 1).min(self.text.len());
            while !self.text.is_char_boundary(self.pos) {
                self.pos += 1;
            }
            let piece = self.text.get(start..end).unwrap_or("");
            let trimmed_end = start + piece.trim_end().len();
            if trimmed_end > start {
                return Some(start..trimmed_end);
            }
        }
    }
}

/// The bytes that may end a sentence ('.', '!', '?', a line break, the
/// first byte of '…'), as a table: one look-up per byte of the text.
static SENTENCE_END_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b'\n' as usize] = true;
    table[b'\r' as usize] = true;
    table[0xE2] = true;
    table
};

/// The first byte of `tail` in [`SENTENCE_END_BYTES`]. (Blocks of 16 bytes
/// that hold none are skipped with comparisons the compiler does side by
/// side.)
fn find_end_byte(tail: &[u8]) -> Option<usize> {
    let (blocks, _) = tail.as_chunks::<16>();
    let mut skipped = 0;
    for block in blocks {
        let hit = block.iter().fold(0u8, |acc, &b| acc | u8::from(b == b'.') | u8::from(b == b'!') | u8::from(b == b'?') | u8::from(b == b'\n') | u8::from(b == b'\r') | u8::from(b == 0xE2));
        if hit != 0 {
            break;
        }
        skipped += 16;
    }
    tail.get(skipped..)?.iter().position(|&b| SENTENCE_END_BYTES[usize::from(b)]).map(|k| skipped + k)
}

/// The byte position just after the sentence that starts at `start`.
fn find_sentence_end(text: &str, start: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return text.len();
    };
    let bytes = rest.as_bytes();
    // Scanned by bytes: only '.', '!', '?', a line break or the first byte
    // of '…' (which other characters share) can end a sentence.
    let mut from = 0;
    loop {
        let next = bytes.get(from..).and_then(find_end_byte).map(|k| from + k);
        let at = next.unwrap_or(rest.len());
        // Too long before the next candidate: cut at the last space before
        // the limit, or at the limit.
        if let Some(limit) = (MAX_SENTENCE_BYTES.max(from)..rest.len()).find(|&b| rest.is_char_boundary(b)).filter(|&b| b <= at) {
            let space = rest.get(..limit).and_then(|head| head.char_indices().rev().find(|(_, c)| c.is_whitespace())).map(|(offset, _)| offset);
            return start + space.filter(|&s| s > 0).unwrap_or(limit);
        }
        let Some((offset, c)) = next.and_then(|offset| rest.get(offset..)?.chars().next().map(|c| (offset, c))) else {
            return text.len();
        };
        if c == '\n' || c == '\r' {
            return start + offset;
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            from = offset + c.len_utf8();
            continue;
        }
        // Swallow repeated terminators and closing quotes/brackets.
        let mut after = offset + c.len_utf8();
        let following = |after: usize| rest.get(after..).and_then(|tail| tail.chars().next());
        while let Some(next) = following(after).filter(|&next| matches!(norm_char(next), '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '…' | '/')) {
            after += next.len_utf8();
        }
        let Some(next) = following(after) else {
            return start + after;
        };
        if !next.is_whitespace() || c == '.' && !stop_ends_sentence(rest, offset, after) {
            from = after;
            continue;
        }
        return start + after;
    }
}

/// Decides whether the full stop at `dot` (byte offset in `rest`) ends a
/// sentence; `after` is just past the terminator run.
fn stop_ends_sentence(rest: &str, dot: usize, after: usize) -> bool {
    let before = rest.get(..dot).unwrap_or("");
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(norm_char(c), '(' | '"' | '\''))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = before.get(word_start..).unwrap_or("");
    let next_word = rest
        .get(after..)
        .unwrap_or("")
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    let next_starts_lower = next_word.chars().next().is_some_and(char::is_lowercase);
    if next_starts_lower {
        return false;
    }
    // (The list is lower-case ASCII: the same as looking up the word
    // lower-cased, with no copy.)
    // (Every abbreviation has two to six bytes.)
    if (2..=6).contains(&word.len()) && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return false;
    }
    // An initial: one capital letter ("J. Smith").
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase()
    {
        return false;
    }
    // A dotted acronym ("U.S.", "U.N."), or "Ma." for Maria in Filipino
    // names ("Ma. Theresa Lazaro"): ends a sentence only before a typical
    // sentence opener.
    if word.contains('.') || word == "Ma" && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        let opener = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        return SENTENCE_OPENERS.contains(&opener);
    }
    true
}

/// ASCII letters and digits, as a table.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Tokenises `text[range]` into `out` (cleared first).
///
/// (Walks byte positions: a word's ASCII letters and digits, nearly all of
/// its characters, are taken a byte at a time; any other character is
/// decoded where it starts.)
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    out.clear();
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let base = range.start;
    let bytes = slice.as_bytes();
    // The character starting at byte `at` of the slice (always a boundary).
    let char_at = |at: usize| -> Option<char> {
        match bytes.get(at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => slice.get(at..).and_then(|rest| rest.chars().next()),
            None => None,
        }
    };
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        let offset = pos;
        pos += c.len_utf8();
        let start = base + offset;
        if c.is_whitespace() || norm_char(c) == ' ' {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = offset + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            let mut kind = TokenKind::Word;
            loop {
                // (The common case: a run of ASCII letters and digits, taken
                // whole; digits are checked only while the word is all digits.)
                let run = bytes.get(pos..).map_or(0, |tail| tail.iter().position(|&b| !ASCII_ALNUM[usize::from(b)]).unwrap_or(tail.len()));
                if run > 0 {
                    if all_digits {
                        all_digits = bytes.get(pos..pos + run).is_some_and(|r| r.iter().all(u8::is_ascii_digit));
                    }
                    pos += run;
                    end = pos;
                }
                let o = pos;
                let Some(n) = char_at(o) else { break };
                if n.is_alphanumeric() {
                    all_digits &= n.is_ascii_digit();
                    end = o + n.len_utf8();
                    pos = end;
                    continue;
                }
                // "O'Neill", "Sid'Ahmed", "d'Ivoire": an apostrophe before a
                // capital inside a name (not a possessive "'S").
                if norm_char(n) == '\'' && !all_digits {
                    let mut rest = slice.get(o + n.len_utf8()..).unwrap_or("").chars();
                    let capital = rest.next().filter(|c| c.is_uppercase());
                    let possessive = capital.is_some_and(|c| c == 'S') && rest.next().is_none_or(|c| !c.is_alphanumeric());
                    if let Some(capital) = capital.filter(|_| !possessive) {
                        end = o + n.len_utf8() + capital.len_utf8();
                        pos = end;
                        continue;
                    }
                    // "Mata'afa", "Nuku'alofa": a glottal stop inside a
                    // capitalised name (not "It's", "Don't", "They're").
                    if c.is_uppercase() {
                        let rest = slice.get(o + n.len_utf8()..).unwrap_or("");
                        let tail = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
                        let contraction = matches!(tail, "s" | "t" | "d" | "m" | "ll" | "re" | "ve");
                        if !tail.is_empty() && tail.chars().all(char::is_lowercase) && !contraction {
                            end = o + n.len_utf8() + tail.len();
                            pos = end;
                            break;
                        }
                    }
                }
                // Decimals and thousands in numbers; dotted acronyms.
                if (n == '.' || n == ',') && all_digits {
                    let following = bytes.get(o + 1).copied().unwrap_or(b' ');
                    if following.is_ascii_digit() {
                        end = o + 1;
                        pos = end;
                        continue;
                    }
                }
                if n == '.' && !all_digits {
                    // "U.S." — single letters separated by dots.
                    let word = slice.get(offset..o).unwrap_or("");
                    let letters_between_dots = word
                        .split('.')
                        .all(|part| part.chars().count() == 1);
                    let following = slice.get(o + 1..).and_then(|s| s.chars().next());
                    let next_is_letter_dot = following.is_some_and(char::is_alphabetic)
                        && slice
                            .get(o + 1..)
                            .and_then(|s| s.chars().nth(1))
                            .is_some_and(|c| c == '.');
                    if letters_between_dots && (next_is_letter_dot || word.contains('.')) {
                        end = o + 1;
                        pos = end;
                        if next_is_letter_dot {
                            continue;
                        }
                        break;
                    }
                }
                break;
            }
            if all_digits {
                kind = TokenKind::Number;
            }
            out.push(Token {
                start,
                end: base + end,
                kind,
            });
            continue;
        }
        let n = norm_char(c);
        if n == '\'' {
            // Possessive "'s" or plural possessive "'".
            if let Some(s) = char_at(pos)
                && (s == 's' || s == 'S')
            {
                let o = pos;
                let after = slice.get(o + 1..).and_then(|r| r.chars().next());
                if after.is_none_or(|a| !a.is_alphanumeric()) {
                    pos += 1;
                    out.push(Token {
                        start,
                        end: base + o + 1,
                        kind: TokenKind::Possessive,
                    });
                    continue;
                }
            }
            let prev_is_s = out
                .last()
                .is_some_and(|t| t.end == start && text.get(..t.end).is_some_and(|s| s.ends_with('s')));
            if prev_is_s {
                out.push(Token {
                    start,
                    end: start + c.len_utf8(),
                    kind: TokenKind::Possessive,
                });
                continue;
            }
        }
        out.push(Token {
            start,
            end: start + c.len_utf8(),
            kind: TokenKind::Punct(n),
        });
    }
}


/// Converts ascending byte offsets in one text to character offsets in a
/// single forward pass.
pub struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `byte`. Calls must not go
    /// backwards by much: going back restarts the count from the beginning.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let target = byte.min(self.text.len());
        let piece = self.text.get(self.byte..target).unwrap_or("");
        self.chars += piece.chars().count();
        self.byte = target;
        self.chars
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|r| &text[r]).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, 0..text.len(), &mut tokens);
        tokens.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let text = "Mr. Kishida met Gen. Smith in the U.S. on Monday. He left.";
        assert_eq!(
            split(text),
            vec!["Mr. Kishida met Gen. Smith in the U.S. on Monday.", "He left."]
        );
    }

    #[test]
    fn an_ellipsis_ends_a_sentence_but_a_dash_or_curly_quote_does_not() {
        let text = "Talks stalled… Tokyo’s envoy – a veteran – left.\nNext line";
        assert_eq!(split(text), vec!["Talks stalled…", "Tokyo’s envoy – a veteran – left.", "Next line"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "He said: \"We will join.\" Then he left!) And so on?";
        assert_eq!(split(text), vec!["He said: \"We will join.\"", "Then he left!)", "And so on?"]);
    }

    #[test]
    fn a_line_without_stops_is_cut_at_a_space_before_the_limit() {
        let text = "word ".repeat(MAX_SENTENCE_BYTES);
        let pieces = split(&text);
        assert!(pieces.len() >= 2);
        for piece in &pieces {
            assert!(piece.len() <= MAX_SENTENCE_BYTES, "{}", piece.len());
            assert!(piece.ends_with("word"), "cut inside a word");
        }
        assert_eq!(pieces.concat().len() + pieces.len() - 1, text.trim_end().len());
    }

    #[test]
    fn tokens_keep_acronyms_and_possessives() {
        let text = "The U.S. and Japan’s 2.5 plan";
        assert_eq!(words(text), vec!["The", "U.S.", "and", "Japan", "’s", "2.5", "plan"]);
    }

    #[test]
    fn a_glottal_stop_stays_inside_a_name_but_contractions_split() {
        let text = "Mata'afa flew to Nuku’alofa. It's late; they're sure Don't";
        assert_eq!(words(text), vec!["Mata'afa", "flew", "to", "Nuku’alofa", ".", "It", "'s", "late", ";", "they", "'", "re", "sure", "Don", "'", "t"]);
    }
}
