//! Scores a relations document against a hand annotation ("gold"), with the
//! rules of `shared/gold/README.md`: entity precision/recall/F1 and kind
//! accuracy, relation precision/recall/F1 by unordered pair, and typed
//! relation precision/recall/F1 (kind, negation and, for directed kinds,
//! direction must agree).
//!
//! Decisions the README leaves open, taken here:
//! - Gold relations are grouped by their unordered pair of `subject`/`object`
//!   ids; a group is one unit of recall. A group is *required* when at least
//!   one of its relations is not optional; groups made only of optional
//!   relations are never counted in recall.
//! - Predicted relations are reduced to distinct keys (the unordered pair of
//!   matched gold ids for the pair score; pair, kind, `negated` and direction
//!   for the typed score), so two predicted relations saying the same thing
//!   count once, as two nodes for one gold entity do.
//! - Each key is paired one-to-one with a gold group, greedily: first a group
//!   whose own pair is exactly the key's, then any group that accepts the key
//!   through `subject_alt`/`object_alt`. A key that a group accepts only
//!   through optional relations, or whose group was already taken by another
//!   key, is ignored (neither rewarded nor penalised). Every other key is a
//!   false positive — including relations with an end that matches no gold
//!   entity, or only an optional one, since the annotation states every
//!   relation a careful reader would.
//! - Kind accuracy is over required gold entities that were found; with
//!   several predicted nodes for one gold entity, the first (in document
//!   order) speaks for it.
//!
//! Greedy pairing is not a maximum matching, but gold groups rarely compete
//! for the same key, and the exact-pair pass settles the usual cases.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{
    Document, Entity, EntityKind, Evidence, Modality, Relation, RelationKind, SourceDocument,
};

/// Why a gold file was refused.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("not valid gold JSON: {0}")]
    Json(#[from] serde_json::Error),

    #[error("the gold file names no entities (is it a gold file?)")]
    NoEntities,

    #[error("two gold entities have the id {0:?}")]
    DuplicateEntity(String),

    #[error("gold relation {index} ({subject} -> {object}) names an unknown entity {entity:?}")]
    UnknownEntity {
        index: usize,
        subject: String,
        object: String,
        entity: String,
    },
}

/// A hand annotation of one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gold {
    /// The article's file name, e.g. `"000_1aeeccb6f13d94ad.txt"`.
    #[serde(default)]
    pub document: String,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,

    #[serde(default)]
    pub entities: Vec<GoldEntity>,

    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

/// An entity the article names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Neither rewarded nor penalised when found.
    #[serde(default)]
    pub optional: bool,
}

/// A relation the article states.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldRelation {
    pub subject: String,
    pub object: String,
    pub kind: RelationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default)]
    pub negated: bool,
    #[serde(default)]
    pub modality: Modality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The sentence that states the relation, as written in the article.
    #[serde(default)]
    pub sentence: String,
    #[serde(default)]
    pub optional: bool,
    /// Other gold ids that count as the subject (e.g. "tokyo" for "japan").
    #[serde(default)]
    pub subject_alt: Vec<String>,
    /// Other gold ids that count as the object.
    #[serde(default)]
    pub object_alt: Vec<String>,
}

impl Gold {
    /// Parses a gold file and checks that every relation names known entities.
    pub fn from_json(text: &str) -> Result<Self, EvalError> {
        let gold: Self = serde_json::from_str(text)?;
        gold.validate()?;
        Ok(gold)
    }

    fn validate(&self) -> Result<(), EvalError> {
        if self.entities.is_empty() {
            return Err(EvalError::NoEntities);
        }
        let mut ids = BTreeSet::new();
        for entity in &self.entities {
            if !ids.insert(entity.id.as_str()) {
                return Err(EvalError::DuplicateEntity(entity.id.clone()));
            }
        }
        for (index, relation) in self.relations.iter().enumerate() {
            let ends = [&relation.subject, &relation.object]
                .into_iter()
                .chain(&relation.subject_alt)
                .chain(&relation.object_alt);
            for end in ends {
                if !ids.contains(end.as_str()) {
                    return Err(EvalError::UnknownEntity {
                        index,
                        subject: relation.subject.clone(),
                        object: relation.object.clone(),
                        entity: end.clone(),
                    });
                }
            }
        }
        Ok(())
    }
}

impl GoldRelation {
    fn subjects(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.subject.as_str()).chain(self.subject_alt.iter().map(String::as_str))
    }

    fn objects(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.object.as_str()).chain(self.object_alt.iter().map(String::as_str))
    }

    fn accepts_directed(&self, subject: &End, object: &End) -> bool {
        subject.is_any_of(self.subjects()) && object.is_any_of(self.objects())
    }

    fn accepts_pair(&self, a: &End, b: &End) -> bool {
        self.accepts_directed(a, b) || self.accepts_directed(b, a)
    }

    fn accepts_typed(&self, key: &TypedKey) -> bool {
        if key.kind != self.kind || key.negated != self.negated {
            return false;
        }
        if self.kind.is_symmetric() {
            self.accepts_pair(&key.subject, &key.object)
        } else {
            self.accepts_directed(&key.subject, &key.object)
        }
    }

    fn describe(&self, names: &BTreeMap<&str, &str>) -> String {
        let name = |id: &str| names.get(id).copied().unwrap_or(id).to_owned();
        let negation = if self.negated { "not " } else { "" };
        format!(
            "{} -[{}{}]-> {}",
            name(&self.subject),
            negation,
            self.kind.as_str(),
            name(&self.object)
        )
    }
}

/// Precision, recall and F1 with the counts they come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    /// 1 when nothing was predicted.
    pub precision: f64,
    /// 1 when nothing was to be found.
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn from_counts(
        true_positives: usize,
        false_positives: usize,
        false_negatives: usize,
    ) -> Self {
        let ratio = |part: usize, whole: usize| {
            if whole == 0 {
                1.0
            } else {
                part as f64 / whole as f64
            }
        };
        let precision = ratio(true_positives, true_positives + false_positives);
        let recall = ratio(true_positives, true_positives + false_negatives);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Self {
            true_positives,
            false_positives,
            false_negatives,
            precision,
            recall,
            f1,
        }
    }
}

/// The result of [`score`]: the figures, and what was missed or wrongly
/// predicted (sorted, for reading).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    pub entities: Prf,
    /// Share of found required gold entities whose predicted kind is right;
    /// 1 when none was found.
    pub kind_accuracy: f64,
    pub kind_correct: usize,
    pub kind_matched: usize,
    pub pairs: Prf,
    pub typed: Prf,

    /// Required gold entities no predicted entity matches.
    pub entity_misses: Vec<String>,
    /// Predicted entities that match no gold entity.
    pub entity_false_positives: Vec<String>,
    /// "name: predicted kind, gold kind" for matched entities of a wrong kind.
    pub kind_errors: Vec<String>,
    /// Required gold pairs no predicted relation covers.
    pub pair_misses: Vec<String>,
    pub pair_false_positives: Vec<String>,
    /// Required gold pairs with no prediction of the right kind, negation and
    /// direction.
    pub typed_misses: Vec<String>,
    pub typed_false_positives: Vec<String>,
}

/// One end of a predicted relation after entity matching.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum End {
    /// The id of the gold entity the predicted entity matches.
    Gold(String),
    /// A predicted entity that matches no gold entity (its normalised name).
    Unmatched(String),
}

impl End {
    fn is_any_of<'a>(&self, mut ids: impl Iterator<Item = &'a str>) -> bool {
        match self {
            Self::Gold(id) => ids.any(|candidate| candidate == id),
            Self::Unmatched(_) => false,
        }
    }

    fn describe(&self, names: &BTreeMap<&str, &str>) -> String {
        match self {
            Self::Gold(id) => names.get(id.as_str()).copied().unwrap_or(id).to_owned(),
            Self::Unmatched(name) => format!("{name}?"),
        }
    }
}

/// A predicted relation reduced to what the typed score compares. Symmetric
/// kinds store their ends sorted.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct TypedKey {
    subject: End,
    object: End,
    kind: RelationKind,
    negated: bool,
}

/// Lower-cases and drops what the README says to ignore: a leading "the",
/// "Mr.", "Mrs.", "Ms.", "Dr.", a trailing "'s" and punctuation (hyphens and
/// dashes become spaces, so "Japan-US" equals "Japan US").
pub fn normalize_name(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let without_possessive = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("\u{2019}s"))
        .unwrap_or(&lower);
    let cleaned: String = without_possessive
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() {
                Some(c)
            } else if c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '/') {
                Some(' ')
            } else {
                None
            }
        })
        .collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    while words.len() > 1
        && words
            .first()
            .is_some_and(|first| matches!(*first, "the" | "mr" | "mrs" | "ms" | "dr"))
    {
        words.remove(0);
    }
    words.join(" ")
}

/// Finds the gold entity a predicted entity stands for: same name, else a
/// gold alias equal to its name, else a gold name equal to one of its aliases.
fn match_entity<'g>(predicted: &Entity, gold: &'g Gold) -> Option<&'g GoldEntity> {
    let name = normalize_name(&predicted.name);
    gold.entities
        .iter()
        .find(|g| normalize_name(&g.name) == name)
        .or_else(|| {
            gold.entities
                .iter()
                .find(|g| g.aliases.iter().any(|alias| normalize_name(alias) == name))
        })
        .or_else(|| {
            let aliases: BTreeSet<String> = predicted
                .aliases
                .iter()
                .map(|a| normalize_name(a))
                .collect();
            gold.entities
                .iter()
                .find(|g| aliases.contains(&normalize_name(&g.name)))
        })
}

/// Scores a predicted document against a gold annotation.
pub fn score(pred: &Document, gold: &Gold) -> Scores {
    let names: BTreeMap<&str, &str> = gold
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let mut scores = Scores::default();

    // Entities.
    let mut end_of_predicted: BTreeMap<&str, End> = BTreeMap::new();
    let mut first_kind_of_gold: BTreeMap<&str, EntityKind> = BTreeMap::new();
    let mut entity_false_positives = 0;
    for entity in &pred.entities {
        match match_entity(entity, gold) {
            Some(matched) => {
                end_of_predicted.insert(entity.id.as_str(), End::Gold(matched.id.clone()));
                if !matched.optional {
                    first_kind_of_gold
                        .entry(matched.id.as_str())
                        .or_insert(entity.kind);
                }
            }
            None => {
                let normalized = normalize_name(&entity.name);
                end_of_predicted.insert(entity.id.as_str(), End::Unmatched(normalized));
                entity_false_positives += 1;
                scores.entity_false_positives.push(format!(
                    "{} ({})",
                    entity.name,
                    entity.kind.as_str()
                ));
            }
        }
    }
    let required: Vec<&GoldEntity> = gold.entities.iter().filter(|e| !e.optional).collect();
    for entity in &required {
        match first_kind_of_gold.get(entity.id.as_str()) {
            None => scores.entity_misses.push(entity.name.clone()),
            Some(&kind) if kind != entity.kind => scores.kind_errors.push(format!(
                "{}: predicted {}, gold {}",
                entity.name,
                kind.as_str(),
                entity.kind.as_str()
            )),
            Some(_) => {}
        }
    }
    let found = first_kind_of_gold.len();
    scores.entities = Prf::from_counts(found, entity_false_positives, required.len() - found);
    scores.kind_matched = found;
    scores.kind_correct = found - scores.kind_errors.len();
    scores.kind_accuracy = if found == 0 {
        1.0
    } else {
        scores.kind_correct as f64 / found as f64
    };

    // Relations.
    let end_of = |id: &str| {
        end_of_predicted
            .get(id)
            .cloned()
            .unwrap_or_else(|| End::Unmatched(normalize_name(id)))
    };
    let groups = group_gold_relations(gold);
    let required_groups = groups
        .iter()
        .filter(|group| group.iter().any(|r| !r.optional))
        .count();

    let pair_keys: BTreeSet<(End, End)> = pred
        .relations
        .iter()
        .map(|r| sorted_pair(end_of(&r.subject), end_of(&r.object)))
        .collect();
    let pairs = pair_with_groups(
        &groups,
        &pair_keys,
        |relation, (a, b)| relation.accepts_pair(a, b),
        |(a, b), group| group_pair(group) == Some(sorted_pair_ref(a, b)),
    );
    scores.pairs = Prf::from_counts(
        pairs.matched.len(),
        pairs.false_positives.len(),
        required_groups - pairs.matched.len(),
    );
    scores.pair_false_positives = pairs
        .false_positives
        .iter()
        .map(|(a, b)| format!("{} -- {}", a.describe(&names), b.describe(&names)))
        .collect();
    scores.pair_misses = missed_groups(&groups, &pairs.matched, &names);

    let typed_keys: BTreeSet<TypedKey> = pred
        .relations
        .iter()
        .map(|r| typed_key(r, end_of(&r.subject), end_of(&r.object)))
        .collect();
    let typed = pair_with_groups(
        &groups,
        &typed_keys,
        GoldRelation::accepts_typed,
        |key, group| group_pair(group) == Some(sorted_pair_ref(&key.subject, &key.object)),
    );
    scores.typed = Prf::from_counts(
        typed.matched.len(),
        typed.false_positives.len(),
        required_groups - typed.matched.len(),
    );
    scores.typed_false_positives = typed
        .false_positives
        .iter()
        .map(|key| {
            format!(
                "{} -[{}{}]-> {}",
                key.subject.describe(&names),
                if key.negated { "not " } else { "" },
                key.kind.as_str(),
                key.object.describe(&names)
            )
        })
        .collect();
    scores.typed_misses = missed_groups(&groups, &typed.matched, &names);

    for list in [
        &mut scores.entity_misses,
        &mut scores.entity_false_positives,
        &mut scores.kind_errors,
        &mut scores.pair_misses,
        &mut scores.pair_false_positives,
        &mut scores.typed_misses,
        &mut scores.typed_false_positives,
    ] {
        list.sort();
    }
    scores
}

/// Gold relations grouped by their unordered pair of ids, in a stable order.
fn group_gold_relations(gold: &Gold) -> Vec<Vec<&GoldRelation>> {
    let mut groups: BTreeMap<(&str, &str), Vec<&GoldRelation>> = BTreeMap::new();
    for relation in &gold.relations {
        let (a, b) = (relation.subject.as_str(), relation.object.as_str());
        let key = if a <= b { (a, b) } else { (b, a) };
        groups.entry(key).or_default().push(relation);
    }
    groups.into_values().collect()
}

fn group_pair<'a>(group: &[&'a GoldRelation]) -> Option<(&'a str, &'a str)> {
    let first = group.first()?;
    let (a, b) = (first.subject.as_str(), first.object.as_str());
    Some(if a <= b { (a, b) } else { (b, a) })
}

fn sorted_pair(a: End, b: End) -> (End, End) {
    if a <= b { (a, b) } else { (b, a) }
}

/// The gold ids of a predicted pair, sorted, when both ends matched.
fn sorted_pair_ref<'a>(a: &'a End, b: &'a End) -> (&'a str, &'a str) {
    let (End::Gold(a), End::Gold(b)) = (a, b) else {
        return ("", "");
    };
    if a <= b { (a, b) } else { (b, a) }
}

fn typed_key(relation: &Relation, subject: End, object: End) -> TypedKey {
    let (subject, object) = if relation.kind.is_symmetric() {
        sorted_pair(subject, object)
    } else {
        (subject, object)
    };
    TypedKey {
        subject,
        object,
        kind: relation.kind,
        negated: relation.negated,
    }
}

/// Which gold groups were matched (by index) and which keys are false
/// positives.
struct Pairing<'k, K> {
    matched: BTreeSet<usize>,
    false_positives: Vec<&'k K>,
}

/// Pairs predicted keys one-to-one with gold groups: exact pairs first, then
/// through alternatives; see the module doc for what is ignored.
fn pair_with_groups<'k, K: Ord>(
    groups: &[Vec<&GoldRelation>],
    keys: &'k BTreeSet<K>,
    accepts: impl Fn(&GoldRelation, &K) -> bool,
    is_exact: impl Fn(&K, &[&GoldRelation]) -> bool,
) -> Pairing<'k, K> {
    // For each key: the groups that accept it through a required relation,
    // and whether an optional relation accepts it.
    let candidates: Vec<(&K, Vec<usize>, bool)> = keys
        .iter()
        .map(|key| {
            let required: Vec<usize> = groups
                .iter()
                .enumerate()
                .filter(|(_, group)| group.iter().any(|r| !r.optional && accepts(r, key)))
                .map(|(index, _)| index)
                .collect();
            let optional = groups
                .iter()
                .flatten()
                .any(|r| r.optional && accepts(r, key));
            (key, required, optional)
        })
        .collect();

    let mut matched = BTreeSet::new();
    let mut settled = vec![false; candidates.len()];
    for exact_pass in [true, false] {
        for (position, (key, required, _)) in candidates.iter().enumerate() {
            if settled.get(position).copied().unwrap_or(true) {
                continue;
            }
            let free = required.iter().copied().find(|&index| {
                !matched.contains(&index)
                    && (!exact_pass || groups.get(index).is_some_and(|group| is_exact(key, group)))
            });
            if let Some(index) = free {
                matched.insert(index);
                if let Some(flag) = settled.get_mut(position) {
                    *flag = true;
                }
            }
        }
    }
    let false_positives = candidates
        .iter()
        .zip(&settled)
        .filter(|((_, required, optional), settled)| !**settled && required.is_empty() && !optional)
        .map(|((key, _, _), _)| *key)
        .collect();
    Pairing {
        matched,
        false_positives,
    }
}

fn missed_groups(
    groups: &[Vec<&GoldRelation>],
    matched: &BTreeSet<usize>,
    names: &BTreeMap<&str, &str>,
) -> Vec<String> {
    groups
        .iter()
        .enumerate()
        .filter(|(index, group)| !matched.contains(index) && group.iter().any(|r| !r.optional))
        .map(|(_, group)| {
            group
                .iter()
                .filter(|r| !r.optional)
                .map(|r| r.describe(names))
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect()
}

impl Scores {
    /// The figures as a table; with `verbose`, followed by the misses and
    /// false positives.
    pub fn report(&self, verbose: bool) -> String {
        let mut out = String::new();
        out.push_str("            precision  recall      F1    TP   FP   FN\n");
        for (name, prf) in [
            ("entities", &self.entities),
            ("pairs", &self.pairs),
            ("typed", &self.typed),
        ] {
            out.push_str(&format!(
                "{name:<10} {:>10.3} {:>7.3} {:>7.3} {:>5} {:>4} {:>4}\n",
                prf.precision,
                prf.recall,
                prf.f1,
                prf.true_positives,
                prf.false_positives,
                prf.false_negatives
            ));
        }
        out.push_str(&format!(
            "kind accuracy {:.3} ({}/{})\n",
            self.kind_accuracy, self.kind_correct, self.kind_matched
        ));
        if verbose {
            for (title, list) in [
                ("missed entities", &self.entity_misses),
                ("entities not in gold", &self.entity_false_positives),
                ("wrong entity kinds", &self.kind_errors),
                ("missed pairs", &self.pair_misses),
                ("pairs not in gold", &self.pair_false_positives),
                ("missed typed relations", &self.typed_misses),
                ("typed relations not in gold", &self.typed_false_positives),
            ] {
                out.push_str(&format!("\n{title} ({}):\n", list.len()));
                for item in list {
                    out.push_str(&format!("  {item}\n"));
                }
            }
        }
        out
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report(false))
    }
}

/// A v1 document that says exactly what the gold says: every gold entity
/// (optional ones too) and every gold relation, with the relation's sentence
/// as evidence when it occurs in `text` (no evidence when it does not, which
/// is how a test finds a sentence copied wrongly into the gold).
pub fn document_from_gold(gold: &Gold, text: &str) -> Document {
    let document_id = if gold.document.is_empty() {
        "article".to_owned()
    } else {
        gold.document.clone()
    };
    let mut document = Document::new();
    document.documents.push(SourceDocument {
        id: document_id.clone(),
        title: String::new(),
        source: None,
        text: text.to_owned(),
    });
    document.entities = gold
        .entities
        .iter()
        .map(|e| Entity {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            mentions: Vec::new(),
        })
        .collect();
    document.relations = gold
        .relations
        .iter()
        .enumerate()
        .map(|(index, r)| Relation {
            id: format!("r{index}"),
            subject: r.subject.clone(),
            object: r.object.clone(),
            kind: r.kind,
            label: r.label.clone(),
            negated: r.negated,
            modality: r.modality,
            date: r.date.clone(),
            date_iso: None,
            evidence: find_sentence(text, &r.sentence)
                .map(|(start, end)| Evidence {
                    document: document_id.clone(),
                    sentence: r.sentence.clone(),
                    start,
                    end,
                })
                .into_iter()
                .collect(),
            confidence: 1.0,
        })
        .collect();
    document
}

/// The character span of the first occurrence of `sentence` in `text`.
fn find_sentence(text: &str, sentence: &str) -> Option<(usize, usize)> {
    if sentence.is_empty() {
        return None;
    }
    let byte_start = text.find(sentence)?;
    let start = text.get(..byte_start)?.chars().count();
    Some((start, start + sentence.chars().count()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn gold(json: &str) -> Gold {
        Gold::from_json(json).unwrap()
    }

    fn entity(id: &str, name: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
        Entity {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            mentions: Vec::new(),
        }
    }

    fn relation(subject: &str, kind: RelationKind, object: &str, negated: bool) -> Relation {
        Relation {
            id: format!("{subject}-{}-{object}", kind.as_str()),
            subject: subject.to_owned(),
            object: object.to_owned(),
            kind,
            label: None,
            negated,
            modality: Modality::Asserted,
            date: None,
            date_iso: None,
            evidence: Vec::new(),
            confidence: 1.0,
        }
    }

    fn document(entities: Vec<Entity>, relations: Vec<Relation>) -> Document {
        Document {
            entities,
            relations,
            ..Document::new()
        }
    }

    const JAPAN_NATO: &str = r#"{
      "document": "a.txt",
      "entities": [
        {"id": "japan", "name": "Japan", "kind": "country", "aliases": ["Japanese"]},
        {"id": "tokyo", "name": "Tokyo", "kind": "place", "aliases": []},
        {"id": "nato", "name": "NATO", "kind": "organization", "aliases": ["the alliance"]},
        {"id": "kishida", "name": "Fumio Kishida", "kind": "person", "aliases": ["Kishida", "Mr. Kishida"]},
        {"id": "stoltenberg", "name": "Jens Stoltenberg", "kind": "person", "aliases": []},
        {"id": "vna", "name": "VNA", "kind": "organization", "aliases": [], "optional": true}
      ],
      "relations": [
        {"subject": "japan", "kind": "member_of", "object": "nato", "negated": true, "subject_alt": ["tokyo"]},
        {"subject": "kishida", "kind": "holds_office", "object": "japan", "label": "Prime Minister"},
        {"subject": "kishida", "kind": "meets", "object": "stoltenberg"},
        {"subject": "tokyo", "kind": "located_in", "object": "japan", "optional": true}
      ]
    }"#;

    fn japan_nato_entities() -> Vec<Entity> {
        vec![
            entity("j", "Japan", EntityKind::Country, &[]),
            entity("n", "NATO", EntityKind::Organization, &[]),
            entity("k", "Fumio Kishida", EntityKind::Person, &[]),
            entity("s", "Jens Stoltenberg", EntityKind::Person, &[]),
            entity("t", "Tokyo", EntityKind::Place, &[]),
        ]
    }

    #[test]
    fn names_are_normalised_as_the_readme_says() {
        assert_eq!(
            normalize_name("The Western military alliance"),
            "western military alliance"
        );
        assert_eq!(normalize_name("Mr. Kishida"), "kishida");
        assert_eq!(normalize_name("Japan's"), "japan");
        assert_eq!(normalize_name("Japan’s"), "japan");
        assert_eq!(normalize_name("U.S."), "us");
        assert_eq!(normalize_name("  NATO, "), "nato");
        assert_eq!(
            normalize_name("Japan-US joint exercise"),
            "japan us joint exercise"
        );
        assert_eq!(normalize_name("The"), "the");
    }

    #[test]
    fn entities_match_by_name_then_gold_alias_then_predicted_alias() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            vec![
                entity("a", "the Japanese", EntityKind::Country, &[]),
                entity(
                    "b",
                    "North Atlantic Treaty Organization",
                    EntityKind::Organization,
                    &["NATO"],
                ),
                entity("c", "Mr. Kishida", EntityKind::Person, &[]),
                entity("d", "Stoltenberg", EntityKind::Person, &[]),
            ],
            Vec::new(),
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.entities.true_positives, 3, "{scores:?}");
        assert_eq!(
            scores.entity_false_positives,
            vec!["Stoltenberg (person)".to_owned()]
        );
        assert_eq!(
            scores.entity_misses,
            vec!["Jens Stoltenberg".to_owned(), "Tokyo".to_owned()]
        );
        assert!((scores.entities.precision - 0.75).abs() < 1e-9);
        assert!((scores.entities.recall - 0.6).abs() < 1e-9);
    }

    #[test]
    fn two_nodes_for_one_gold_entity_count_once_and_optional_is_ignored() {
        let gold = gold(JAPAN_NATO);
        let mut entities = japan_nato_entities();
        entities.push(entity("k2", "Kishida", EntityKind::Person, &[]));
        entities.push(entity("v", "VNA", EntityKind::Organization, &[]));
        let scores = score(&document(entities, Vec::new()), &gold);
        assert_eq!(scores.entities, Prf::from_counts(5, 0, 0));
        assert!((scores.entities.f1 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn kind_accuracy_is_over_matched_entities() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            vec![
                entity("j", "Japan", EntityKind::Place, &[]),
                entity("n", "NATO", EntityKind::Organization, &[]),
            ],
            Vec::new(),
        );
        let scores = score(&pred, &gold);
        assert_eq!((scores.kind_correct, scores.kind_matched), (1, 2));
        assert_eq!(
            scores.kind_errors,
            vec!["Japan: predicted place, gold country".to_owned()]
        );
    }

    #[test]
    fn alternatives_count_as_the_same_argument() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            japan_nato_entities(),
            vec![relation("t", RelationKind::MemberOf, "n", true)],
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.pairs.true_positives, 1);
        assert_eq!(scores.typed.true_positives, 1);
        assert_eq!(scores.pairs.false_positives, 0);
        // Three required groups: japan-nato, kishida-japan, kishida-stoltenberg.
        assert_eq!(scores.pairs.false_negatives, 2);
    }

    #[test]
    fn alternative_and_primary_for_one_group_count_once() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            japan_nato_entities(),
            vec![
                relation("t", RelationKind::MemberOf, "n", true),
                relation("j", RelationKind::MemberOf, "n", true),
            ],
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.pairs, Prf::from_counts(1, 0, 2));
    }

    #[test]
    fn direction_matters_only_for_directed_kinds() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            japan_nato_entities(),
            vec![
                relation("s", RelationKind::Meets, "k", false),
                relation("j", RelationKind::HoldsOffice, "k", false),
            ],
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.pairs.true_positives, 2);
        assert_eq!(scores.typed.true_positives, 1);
        assert_eq!(scores.typed.false_positives, 1);
        assert_eq!(scores.typed_misses.len(), 2);
    }

    #[test]
    fn negation_and_kind_must_agree_for_typed() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            japan_nato_entities(),
            vec![
                relation("j", RelationKind::MemberOf, "n", false),
                relation("j", RelationKind::CooperatesWith, "n", true),
            ],
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.pairs.true_positives, 1);
        assert_eq!(scores.typed, Prf::from_counts(0, 2, 3));
    }

    #[test]
    fn optional_gold_relations_are_neither_rewarded_nor_penalised() {
        let gold = gold(JAPAN_NATO);
        let pred = document(
            japan_nato_entities(),
            vec![relation("t", RelationKind::LocatedIn, "j", false)],
        );
        let scores = score(&pred, &gold);
        // Tokyo-Japan is stated only by an optional relation: the prediction
        // is ignored, and recall still counts the three required pairs.
        assert_eq!(scores.pairs, Prf::from_counts(0, 0, 3));
        assert_eq!(scores.typed, Prf::from_counts(0, 0, 3));
    }

    #[test]
    fn relations_with_unknown_or_optional_ends_are_false_positives() {
        let gold = gold(JAPAN_NATO);
        let mut entities = japan_nato_entities();
        entities.push(entity("x", "Atlantis", EntityKind::Country, &[]));
        entities.push(entity("v", "VNA", EntityKind::Organization, &[]));
        let pred = document(
            entities,
            vec![
                relation("x", RelationKind::CooperatesWith, "j", false),
                relation("v", RelationKind::Other, "k", false),
            ],
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.pairs, Prf::from_counts(0, 2, 3));
        assert_eq!(
            scores.pair_false_positives,
            vec![
                "Fumio Kishida -- VNA".to_owned(),
                "Japan -- atlantis?".to_owned()
            ]
        );
    }

    #[test]
    fn gold_relations_over_one_pair_count_once() {
        let gold = gold(
            r#"{"entities": [
                {"id": "a", "name": "A", "kind": "country"},
                {"id": "b", "name": "B", "kind": "country"}],
              "relations": [
                {"subject": "a", "kind": "meets", "object": "b"},
                {"subject": "b", "kind": "cooperates_with", "object": "a"}]}"#,
        );
        let pred = document(
            vec![
                entity("1", "A", EntityKind::Country, &[]),
                entity("2", "B", EntityKind::Country, &[]),
            ],
            vec![relation("2", RelationKind::Meets, "1", false)],
        );
        let scores = score(&pred, &gold);
        assert_eq!(scores.pairs, Prf::from_counts(1, 0, 0));
        assert_eq!(scores.typed, Prf::from_counts(1, 0, 0));
    }

    #[test]
    fn empty_prediction_has_zero_recall() {
        let scores = score(&Document::new(), &gold(JAPAN_NATO));
        assert_eq!(scores.entities.recall, 0.0);
        assert_eq!(scores.entities.f1, 0.0);
        assert_eq!(scores.pairs.false_negatives, 3);
    }

    #[test]
    fn gold_naming_an_unknown_entity_is_refused() {
        let error = Gold::from_json(
            r#"{"entities": [{"id": "a", "name": "A", "kind": "country"}],
                "relations": [{"subject": "a", "kind": "meets", "object": "b"}]}"#,
        );
        assert!(matches!(error, Err(EvalError::UnknownEntity { entity, .. }) if entity == "b"));
        let alt = Gold::from_json(
            r#"{"entities": [{"id": "a", "name": "A", "kind": "country"}],
                "relations": [{"subject": "a", "kind": "meets", "object": "a", "object_alt": ["c"]}]}"#,
        );
        assert!(alt.is_err());
        let relations_document =
            Gold::from_json(r#"{"format": "entente-relations", "version": "1.0"}"#);
        assert!(matches!(relations_document, Err(EvalError::NoEntities)));
    }

    #[test]
    fn document_from_gold_finds_sentences_by_character() {
        let gold = gold(
            r#"{"document": "d.txt",
              "entities": [
                {"id": "a", "name": "A", "kind": "country"},
                {"id": "b", "name": "B", "kind": "country"}],
              "relations": [
                {"subject": "a", "kind": "meets", "object": "b", "sentence": "A met “B”."},
                {"subject": "a", "kind": "visits", "object": "b", "sentence": "Not there."}]}"#,
        );
        let text = "“Hi.” A met “B”. Done.";
        let document = document_from_gold(&gold, text);
        document.validate().unwrap();
        let evidence = &document.relations[0].evidence[0];
        assert_eq!((evidence.start, evidence.end), (6, 16));
        assert!(document.relations[1].evidence.is_empty());
        let report = score(&document, &gold).report(true);
        assert!(report.contains("entities"), "{report}");
    }
}
