//! Fuzzy search over entity names and aliases, for the Ctrl+F box.
//!
//! [`SearchIndex::new`] folds every name and alias once (lower case, accents
//! removed: "Zelenskyy" is found by "zelen", "Erdoğan" by "erdogan") into one
//! shared string, so a keystroke costs one pass over that string and no
//! allocation per entity. Each name scores by the best way it matches, in
//! this order: exact, prefix, word prefix ("ning" in "Mao Ning"), substring,
//! subsequence ("nto" in "NATO Summit"); within a tier a query covering more
//! of the text scores higher. An entity's score is its best name or alias.

use petgraph::graph::NodeIndex;

use crate::model::Model;

/// Score bases per tier; the remainder within a tier (0..=99) says how much
/// of the text the query covers.
pub const EXACT: u32 = 1000;
pub const PREFIX: u32 = 800;
pub const WORD_PREFIX: u32 = 600;
pub const SUBSTRING: u32 = 400;
pub const SUBSEQUENCE: u32 = 200;

/// One result, best first in [`SearchIndex::search`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub node: NodeIndex,
    pub score: u32,
    /// The name or alias that matched, as written in the document.
    pub matched: String,
    /// True when `matched` is an alias rather than the canonical name.
    pub is_alias: bool,
}

struct Entry {
    node: u32,
    /// 0 for the name, `k + 1` for alias `k`.
    which: u32,
    /// Byte range of the folded text in `SearchIndex::folded`.
    start: u32,
    end: u32,
}

/// Folded names and aliases of every entity, built once per model.
pub struct SearchIndex {
    folded: String,
    entries: Vec<Entry>,
}

impl SearchIndex {
    pub fn new(model: &Model) -> Self {
        let mut folded = String::new();
        let mut entries = Vec::new();
        for (node, entity) in model.document.entities.iter().enumerate() {
            let names = std::iter::once(&entity.name).chain(&entity.aliases);
            for (which, name) in names.enumerate() {
                let start = folded.len();
                fold_into(name, &mut folded);
                entries.push(Entry {
                    node: node as u32,
                    which: which as u32,
                    start: start as u32,
                    end: folded.len() as u32,
                });
            }
        }
        Self { folded, entries }
    }

    /// The best `limit` entities for `query`, best first (ties: names before
    /// aliases, shorter text, lower index). An empty query finds nothing.
    pub fn search(&self, model: &Model, query: &str, limit: usize) -> Vec<SearchHit> {
        let mut folded_query = String::with_capacity(query.len());
        fold_into(query.trim(), &mut folded_query);
        if folded_query.is_empty() || limit == 0 {
            return Vec::new();
        }
        // (score, is_alias, text length, node, which), best per node.
        let mut best: Vec<(u32, bool, u32, u32, u32)> = Vec::new();
        for entry in &self.entries {
            let Some(text) = self.folded.get(entry.start as usize..entry.end as usize) else {
                continue;
            };
            let Some(score) = score(text, &folded_query) else {
                continue;
            };
            let candidate = (
                score,
                entry.which > 0,
                entry.end - entry.start,
                entry.node,
                entry.which,
            );
            match best.last_mut() {
                Some(last) if last.3 == entry.node => {
                    if rank_key(candidate) < rank_key(*last) {
                        *last = candidate;
                    }
                }
                _ => best.push(candidate),
            }
        }
        best.sort_unstable_by_key(|&hit| rank_key(hit));
        best.truncate(limit);
        best.into_iter()
            .filter_map(|(score, is_alias, _, node, which)| {
                let entity = model.document.entities.get(node as usize)?;
                let matched = match which.checked_sub(1) {
                    None => entity.name.clone(),
                    Some(alias) => entity.aliases.get(alias as usize)?.clone(),
                };
                Some(SearchHit {
                    node: NodeIndex::new(node as usize),
                    score,
                    matched,
                    is_alias,
                })
            })
            .collect()
    }
}

fn rank_key(hit: (u32, bool, u32, u32, u32)) -> (std::cmp::Reverse<u32>, bool, u32, u32) {
    (std::cmp::Reverse(hit.0), hit.1, hit.2, hit.3)
}

/// How well `query` matches `text` (both folded), or `None`.
pub fn score(text: &str, query: &str) -> Option<u32> {
    let coverage = |covered: usize, total: usize| (99 * covered / total.max(1)).min(99) as u32;
    if text == query {
        return Some(EXACT);
    }
    if text.starts_with(query) {
        return Some(PREFIX + coverage(query.len(), text.len()));
    }
    let mut found_inside = false;
    for (position, _) in text.match_indices(query) {
        found_inside = true;
        let starts_word = text
            .get(..position)
            .and_then(|before| before.chars().next_back())
            .is_some_and(|c| !c.is_alphanumeric());
        if starts_word {
            return Some(WORD_PREFIX + coverage(query.len(), text.len()));
        }
    }
    if found_inside {
        return Some(SUBSTRING + coverage(query.len(), text.len()));
    }
    // Subsequence: every query character in order; the tighter the span,
    // the better.
    let mut wanted = query.chars().filter(|c| !c.is_whitespace()).peekable();
    let (mut first, mut last) = (None, 0);
    for (position, c) in text.char_indices() {
        if wanted.peek() == Some(&c) {
            wanted.next();
            first.get_or_insert(position);
            last = position + c.len_utf8();
            if wanted.peek().is_none() {
                break;
            }
        }
    }
    if wanted.peek().is_some() {
        return None;
    }
    let span = last - first.unwrap_or(0);
    Some(SUBSEQUENCE + coverage(query.len(), span.max(query.len())))
}

/// Appends `text` lower-cased, with Latin accents removed and runs of
/// whitespace collapsed to one space.
pub fn fold_into(text: &str, out: &mut String) {
    let mut after_space = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if !after_space {
                out.push(' ');
                after_space = true;
            }
            continue;
        }
        after_space = false;
        for lower in c.to_lowercase() {
            match lower {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'ĳ' => out.push_str("ij"),
                other => out.push(without_accent(other)),
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

/// The base letter of a lower-case Latin letter with a diacritic (Latin-1
/// Supplement and Latin Extended-A); other characters unchanged. Curly
/// apostrophes become straight ones.
fn without_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '\u{2018}' | '\u{2019}' => '\'',
        other => other,
    }
}
