//! Synthetic relations documents of any size, for benchmarks and for trying
//! the app on big graphs (`entente generate`).
//!
//! The graph grows by preferential attachment (each new node links to an
//! existing node chosen in proportion to its degree, then the remaining
//! edges join two degree-weighted nodes), which gives the heavy-tailed degree
//! distribution of real relation maps: a few hubs, many leaves. Every entity
//! kind and every relation kind occurs (given enough nodes and edges), some
//! relations are negated, planned, expected, proposed or reported, some carry
//! dates, and each relation has one short evidence sentence with a valid
//! span. Sentences are gathered into synthetic articles of a few hundred
//! sentences each, so no single text is huge. Names are built from syllables
//! through a bijection of the node's rank, so they are unique without a
//! lookup table and plausible enough to read.
//!
//! Everything is drawn from one seeded generator: the same arguments give
//! the same document, byte for byte.

use crate::layout::rng::SplitMix64;
use crate::model::{
    Document, Entity, EntityKind, Evidence, Modality, Relation, RelationKind, SourceDocument, Span,
};

/// Relations per synthetic article.
const SENTENCES_PER_ARTICLE: usize = 400;

/// A document with `nodes` entities and `edges` relations, drawn from `seed`.
pub fn generate(nodes: usize, edges: usize, seed: u64) -> Document {
    let mut rng = SplitMix64::new(seed ^ 0x5EED_0FE2_7E27_E27E);
    let kinds = entity_kinds(nodes, &mut rng);
    let names = entity_names(&kinds, &mut rng);
    let pairs = preferential_pairs(nodes, edges, &mut rng);

    let mut document = Document::new();
    document.entities = kinds
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (&kind, name))| Entity {
            id: format!("e{i}"),
            name: name.clone(),
            kind,
            aliases: aliases_of(kind, name),
            mentions: Vec::new(),
        })
        .collect();
    document.relations.reserve(pairs.len());

    let relation_kinds = relation_kinds(&pairs, &kinds, &mut rng);
    let mut article = Article::new(0);
    for (index, (&(a, b), &kind)) in pairs.iter().zip(&relation_kinds).enumerate() {
        let kind_a = kinds.get(a).copied().unwrap_or(EntityKind::Person);
        let kind_b = kinds.get(b).copied().unwrap_or(EntityKind::Person);
        // Orient the relation the way its kind reads best.
        let (subject, object) = if fits(kind, kind_a, kind_b) || !fits(kind, kind_b, kind_a) {
            (a, b)
        } else {
            (b, a)
        };
        let negated = index == 11 || rng.chance(0.03);
        let modality = modality(index, &mut rng);
        let date = if rng.chance(0.35) { Some(random_date(&mut rng)) } else { None };
        let label = relation_label(kind, &mut rng);

        let subject_name = names.get(subject).map_or("", String::as_str);
        let object_name = names.get(object).map_or("", String::as_str);
        let sentence = Sentence {
            subject: subject_name,
            object: object_name,
            kind,
            label: label.as_deref(),
            negated,
            modality,
            date: date.as_ref().map(|(written, _)| written.as_str()),
        };
        let evidence = article.add(&sentence, |offset, which| {
            let node = if which == 0 { subject } else { object };
            if let Some(entity) = document.entities.get_mut(node)
                && entity.mentions.is_empty()
            {
                let length = if which == 0 { subject_name.len() } else { object_name.len() };
                entity.mentions.push(Span {
                    document: article_id(article_index(index)),
                    start: offset,
                    end: offset + length,
                });
            }
        });
        document.relations.push(Relation {
            id: format!("r{index}"),
            subject: format!("e{subject}"),
            object: format!("e{object}"),
            kind,
            label,
            negated,
            modality,
            date_iso: date.as_ref().map(|(_, iso)| iso.clone()),
            date: date.map(|(written, _)| written),
            evidence: vec![evidence],
            confidence: (60 + rng.below(41)) as f32 / 100.0,
        });
        if (index + 1) % SENTENCES_PER_ARTICLE == 0 {
            let next = Article::new(article.number + 1);
            document.documents.push(std::mem::replace(&mut article, next).finish());
        }
    }
    if !article.text.is_empty() || document.documents.is_empty() {
        document.documents.push(article.finish());
    }
    document
}

fn article_index(relation_index: usize) -> usize {
    relation_index / SENTENCES_PER_ARTICLE
}

fn article_id(number: usize) -> String {
    format!("d{number}")
}

/// A synthetic article being written.
struct Article {
    number: usize,
    id: String,
    text: String,
}

impl Article {
    fn new(number: usize) -> Self {
        Self {
            number,
            id: article_id(number),
            text: String::new(),
        }
    }

    /// Appends the sentence and returns its evidence. `mention(offset, end)`
    /// is called with the character offset of the subject (`end` 0) and of
    /// the object (`end` 1). The text is ASCII, so characters are bytes.
    fn add(&mut self, sentence: &Sentence<'_>, mut mention: impl FnMut(usize, u8)) -> Evidence {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        let start = self.text.len();
        let (written, subject_at, object_at) = sentence.render();
        self.text.push_str(&written);
        mention(start + subject_at, 0);
        mention(start + object_at, 1);
        Evidence {
            document: self.id.clone(),
            start,
            end: self.text.len(),
            sentence: written,
        }
    }

    fn finish(self) -> SourceDocument {
        SourceDocument {
            title: format!("Synthetic wire {}", self.number + 1),
            id: self.id,
            source: None,
            text: self.text,
        }
    }
}

/// What one evidence sentence says.
struct Sentence<'a> {
    subject: &'a str,
    object: &'a str,
    kind: RelationKind,
    label: Option<&'a str>,
    negated: bool,
    modality: Modality,
    date: Option<&'a str>,
}

impl Sentence<'_> {
    /// The sentence and the byte offsets of the subject and object in it.
    fn render(&self) -> (String, usize, usize) {
        let (past, base) = verbs(self.kind, self.label);
        let verb = match (self.negated, self.modality) {
            (true, Modality::Planned | Modality::Expected | Modality::Proposed) => {
                format!("has no intention to {base}")
            }
            (true, _) => format!("did not {base}"),
            (false, Modality::Planned) => format!("plans to {base}"),
            (false, Modality::Expected) => format!("is expected to {base}"),
            (false, Modality::Proposed) => format!("proposed to {base}"),
            (false, Modality::Reported) => format!("reportedly {past}"),
            (false, _) => past,
        };
        let mut text = String::with_capacity(self.subject.len() + self.object.len() + 48);
        if let Some(date) = self.date {
            text.push_str(date);
            text.push_str(", ");
        }
        let subject_at = text.len();
        text.push_str(self.subject);
        text.push(' ');
        text.push_str(&verb);
        text.push(' ');
        let object_at = text.len();
        text.push_str(self.object);
        text.push('.');
        (text, subject_at, object_at)
    }
}

/// (past tense, base form) of the verb phrase for a relation kind.
fn verbs(kind: RelationKind, label: Option<&str>) -> (String, String) {
    let pair = |past: &str, base: &str| (past.to_owned(), base.to_owned());
    match kind {
        RelationKind::HoldsOffice => {
            let title = label.unwrap_or("an official");
            (format!("serves as {title} of"), format!("serve as {title} of"))
        }
        RelationKind::MemberOf => pair("is a member of", "become a member of"),
        RelationKind::PartOf => pair("is part of", "become part of"),
        RelationKind::LocatedIn => pair("lies in", "be held in"),
        RelationKind::Meets => pair("met with", "meet"),
        RelationKind::Visits => pair("visited", "visit"),
        RelationKind::Attends => pair("attended", "attend"),
        RelationKind::OpensOfficeIn => pair("opened an office in", "open an office in"),
        RelationKind::CooperatesWith => pair("signed a cooperation pact with", "cooperate with"),
        RelationKind::Criticizes => pair("criticized", "criticize"),
        RelationKind::Other => pair("signed a trade deal with", "sign a trade deal with"),
    }
}

fn relation_label(kind: RelationKind, rng: &mut SplitMix64) -> Option<String> {
    const TITLES: [&str; 8] = [
        "Prime Minister",
        "President",
        "Foreign Minister",
        "Defence Minister",
        "Ambassador",
        "Secretary General",
        "spokesperson",
        "envoy",
    ];
    match kind {
        RelationKind::HoldsOffice => TITLES.get(rng.below(TITLES.len())).map(|t| (*t).to_owned()),
        RelationKind::Attends if rng.chance(0.2) => Some("observer".to_owned()),
        RelationKind::Other => Some("trade deal".to_owned()),
        _ => None,
    }
}

/// Kinds of the nodes: the first five get one kind each, the rest are drawn
/// with people and organisations most common.
fn entity_kinds(nodes: usize, rng: &mut SplitMix64) -> Vec<EntityKind> {
    const WEIGHTED: [(EntityKind, usize); 5] = [
        (EntityKind::Person, 40),
        (EntityKind::Organization, 22),
        (EntityKind::Country, 12),
        (EntityKind::Place, 16),
        (EntityKind::Event, 10),
    ];
    (0..nodes)
        .map(|i| {
            if let Some(&kind) = EntityKind::ALL.get(i) {
                return kind;
            }
            let mut pick = rng.below(100);
            for (kind, weight) in WEIGHTED {
                if pick < weight {
                    return kind;
                }
                pick -= weight;
            }
            EntityKind::Person
        })
        .collect()
}

/// A kind for each pair, drawn among those that suit the two ends. Every
/// kind is used at least once (when there are enough relations): a kind not
/// yet used is taken as soon as a pair suits it, and any still missing at
/// the end replaces the kind of one of the last relations.
fn relation_kinds(
    pairs: &[(usize, usize)],
    kinds: &[EntityKind],
    rng: &mut SplitMix64,
) -> Vec<RelationKind> {
    let mut unused: Vec<RelationKind> = RelationKind::ALL.to_vec();
    let mut chosen: Vec<RelationKind> = pairs
        .iter()
        .map(|&(a, b)| {
            let a = kinds.get(a).copied().unwrap_or(EntityKind::Person);
            let b = kinds.get(b).copied().unwrap_or(EntityKind::Person);
            let suits = |kind: RelationKind| fits(kind, a, b) || fits(kind, b, a);
            if let Some(position) = unused.iter().position(|&kind| suits(kind)) {
                return unused.remove(position);
            }
            let candidates: Vec<RelationKind> = RelationKind::ALL
                .into_iter()
                .filter(|&kind| kind != RelationKind::Other && suits(kind))
                .collect();
            if candidates.is_empty() || rng.chance(0.04) {
                return RelationKind::Other;
            }
            candidates
                .get(rng.below(candidates.len()))
                .copied()
                .unwrap_or(RelationKind::Other)
        })
        .collect();
    for (slot, kind) in chosen.iter_mut().rev().zip(unused) {
        *slot = kind;
    }
    chosen
}

/// Whether `subject kind` → `object kind` reads naturally for a relation
/// kind (after the table in `shared/gold/README.md`).
fn fits(kind: RelationKind, subject: EntityKind, object: EntityKind) -> bool {
    use EntityKind::{Country, Event, Organization, Person, Place};
    let actor = matches!(subject, Person | Country | Organization);
    match kind {
        RelationKind::HoldsOffice => subject == Person && matches!(object, Country | Organization),
        RelationKind::MemberOf => matches!(subject, Country | Organization | Person) && object == Organization,
        RelationKind::PartOf => {
            matches!(subject, Organization | Place) && matches!(object, Organization | Place | Country)
        }
        RelationKind::LocatedIn => matches!(subject, Place | Event | Organization) && matches!(object, Place | Country),
        RelationKind::Meets | RelationKind::CooperatesWith | RelationKind::Criticizes => {
            actor && matches!(object, Person | Country | Organization)
        }
        RelationKind::Visits => matches!(subject, Person | Country) && matches!(object, Place | Country),
        RelationKind::Attends => actor && matches!(object, Event | Organization),
        RelationKind::OpensOfficeIn => matches!(subject, Organization | Country) && matches!(object, Place | Country),
        RelationKind::Other => true,
    }
}

fn modality(index: usize, rng: &mut SplitMix64) -> Modality {
    if index == 12 {
        return Modality::Planned;
    }
    match rng.below(100) {
        0..=3 => Modality::Planned,
        4..=5 => Modality::Expected,
        6 => Modality::Proposed,
        7..=8 => Modality::Reported,
        _ => Modality::Asserted,
    }
}

/// A date as written and in ISO form.
fn random_date(rng: &mut SplitMix64) -> (String, String) {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    let month = rng.below(12);
    let name = MONTHS.get(month).copied().unwrap_or("May");
    let year = 2019 + rng.below(6);
    if rng.chance(0.7) {
        let day = 1 + rng.below(28);
        (format!("On {name} {day}"), format!("{year}-{:02}-{day:02}", month + 1))
    } else {
        (format!("In {name} {year}"), format!("{year}-{:02}", month + 1))
    }
}

/// `edges` pairs of distinct nodes: first a preferential-attachment tree
/// (node `i` links to an earlier node drawn by degree), then extra edges
/// between two degree-weighted nodes. Fewer edges than `nodes - 1` leave the
/// last nodes isolated.
fn preferential_pairs(nodes: usize, edges: usize, rng: &mut SplitMix64) -> Vec<(usize, usize)> {
    let mut pairs = Vec::with_capacity(edges);
    if nodes < 2 {
        return pairs;
    }
    // Each node appears once, plus once per edge end: drawing from the pool
    // picks a node with probability proportional to degree + 1.
    let mut pool: Vec<u32> = Vec::with_capacity(nodes + 2 * edges);
    pool.push(0);
    for node in 1..nodes {
        if pairs.len() == edges {
            break;
        }
        let target = pool.get(rng.below(pool.len())).copied().unwrap_or(0) as usize;
        pairs.push((node, target));
        pool.extend([node as u32, node as u32, target as u32]);
    }
    while pairs.len() < edges {
        let a = pool.get(rng.below(pool.len())).copied().unwrap_or(0) as usize;
        let mut b = a;
        for _ in 0..8 {
            b = pool.get(rng.below(pool.len())).copied().unwrap_or(0) as usize;
            if b != a {
                break;
            }
        }
        if b == a {
            b = (a + 1 + rng.below(nodes - 1)) % nodes;
        }
        pairs.push((a, b));
        pool.extend([a as u32, b as u32]);
    }
    pairs
}

const SYLLABLES: [&str; 32] = [
    "ka", "lo", "ri", "ma", "ven", "dor", "sa", "tel", "mi", "no", "bar", "el", "ta", "vi",
    "gor", "lan", "de", "ru", "ko", "min", "sel", "ra", "tho", "len", "ba", "zu", "cor", "fen",
    "ha", "ly", "mon", "quin",
];

const GIVEN_NAMES: [&str; 32] = [
    "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
    "Kemal", "Lina", "Marco", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
    "Ulla", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Amara", "Bruno", "Chen", "Daria",
    "Emil", "Fatima",
];

/// Unique, pronounceable names: within each kind the k-th entity's stem is
/// a bijective scramble of k written in syllables; each kind has its own
/// shape (two words for people, a suffix for countries and places, a
/// trailing noun for organisations and events), so kinds never collide.
fn entity_names(kinds: &[EntityKind], rng: &mut SplitMix64) -> Vec<String> {
    let mut rank_in_kind = [0u64; 5];
    let mut count_of_kind = [0u64; 5];
    for &kind in kinds {
        if let Some(c) = count_of_kind.get_mut(kind as usize) {
            *c += 1;
        }
    }
    let offsets: Vec<u64> = (0..5).map(|_| rng.next_u64()).collect();
    kinds
        .iter()
        .map(|&kind| {
            let k = kind as usize;
            let rank = rank_in_kind.get(k).copied().unwrap_or(0);
            if let Some(r) = rank_in_kind.get_mut(k) {
                *r += 1;
            }
            let count = count_of_kind.get(k).copied().unwrap_or(1);
            let offset = offsets.get(k).copied().unwrap_or(0);
            let stem = syllable_stem(rank, count, offset);
            let pick = (offset >> 7).wrapping_add(rank.wrapping_mul(0x9E37)) as usize;
            match kind {
                EntityKind::Person => {
                    let given = GIVEN_NAMES.get(pick % GIVEN_NAMES.len()).copied().unwrap_or("Anna");
                    format!("{given} {stem}")
                }
                EntityKind::Country => {
                    let suffix = ["ia", "land", "stan", "ovia"].get(pick % 4).copied().unwrap_or("ia");
                    format!("{stem}{suffix}")
                }
                EntityKind::Place => {
                    let suffix = ["burg", "ville", "port", "grad"].get(pick % 4).copied().unwrap_or("burg");
                    format!("{stem}{suffix}")
                }
                EntityKind::Organization => {
                    let noun = ["Council", "Alliance", "Ministry", "Union", "Institute"]
                        .get(pick % 5)
                        .copied()
                        .unwrap_or("Council");
                    format!("{stem} {noun}")
                }
                EntityKind::Event => {
                    let noun = ["Summit", "Forum", "Conference", "Talks"].get(pick % 4).copied().unwrap_or("Summit");
                    format!("{stem} {noun}")
                }
            }
        })
        .collect()
}

/// `rank` (one of `count`) scrambled bijectively and spelt in syllables,
/// capitalised: at least two syllables, more when `count` needs them.
fn syllable_stem(rank: u64, count: u64, offset: u64) -> String {
    let base = SYLLABLES.len() as u64; // 32 = 2^5
    let mut digits = 2u32;
    while base.pow(digits) < count.max(1) {
        digits += 1;
    }
    let bits = 5 * digits;
    let mask = (1u64 << bits) - 1;
    // An odd multiplier and an offset, modulo a power of two: a bijection.
    let mut code = (rank.wrapping_mul(0x9E37_79B9_7F4A_7C15 | 1).wrapping_add(offset)) & mask;
    let mut stem = String::with_capacity(3 * digits as usize);
    for _ in 0..digits {
        stem.push_str(SYLLABLES.get((code % base) as usize).copied().unwrap_or("ka"));
        code /= base;
    }
    let mut chars = stem.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => stem,
    }
}

fn aliases_of(kind: EntityKind, name: &str) -> Vec<String> {
    match kind {
        EntityKind::Person => name.split_once(' ').map(|(_, family)| vec![family.to_owned()]).unwrap_or_default(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn stems_are_unique_within_a_kind() {
        let stems: BTreeSet<String> = (0..5000).map(|rank| syllable_stem(rank, 5000, 42)).collect();
        assert_eq!(stems.len(), 5000);
    }

    #[test]
    fn sentences_hold_the_names_at_their_offsets() {
        let sentence = Sentence {
            subject: "Anna Kalo",
            object: "Venia",
            kind: RelationKind::Visits,
            label: None,
            negated: false,
            modality: Modality::Planned,
            date: Some("On May 2"),
        };
        let (text, s, o) = sentence.render();
        assert_eq!(text, "On May 2, Anna Kalo plans to visit Venia.");
        assert_eq!(&text[s..s + 9], "Anna Kalo");
        assert_eq!(&text[o..o + 5], "Venia");
    }

    #[test]
    fn pairs_are_distinct_nodes_and_skewed() {
        let mut rng = SplitMix64::new(3);
        let pairs = preferential_pairs(2000, 6000, &mut rng);
        assert_eq!(pairs.len(), 6000);
        assert!(pairs.iter().all(|&(a, b)| a != b && a < 2000 && b < 2000));
        let mut degree = vec![0usize; 2000];
        for &(a, b) in &pairs {
            degree[a] += 1;
            degree[b] += 1;
        }
        let max = degree.iter().copied().max().unwrap();
        // Mean degree is 6; preferential attachment makes hubs far above it.
        assert!(max > 60, "max degree {max}");
    }
}
