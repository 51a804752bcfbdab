//! Article text to a relations document (format v1), offline and rule-based.
//!
//! The pipeline, per article: [`text`] splits sentences and tokens over the
//! original text (offsets never drift); [`engine`] finds entity mentions with
//! the gazetteers of `assets/gazetteer/` ([`gazetteer`]), title patterns and
//! coreference; [`relations`] applies trigger rules to each sentence's
//! mentions; [`dates`] reads written dates. Work is done one sentence at a
//! time (sentences are capped in length), so memory beyond the text itself
//! grows with what is found, not with the input size.
//!
//! Many articles are combined by [`merge`]: entities with the same id (a slug
//! of the canonical name) become one, and a relation stated by several
//! articles is kept once with each article's evidence.

pub mod dates;
pub mod engine;
pub mod gazetteer;
pub mod relations;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::model::{Document, Entity, Evidence, Relation, RelationKind, SourceDocument, Span};
use crate::model::document::looks_binary;

use engine::{Article, EntityRecord};

/// Why files could not be read as articles.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0} is empty")]
    Empty(String),
    #[error("{0} is not text (it looks like binary data)")]
    Binary(String),
    #[error("no .txt articles found in {0}")]
    NoArticles(String),
}

/// Reads one article into a validated v1 document; `documents[0]` holds the
/// text and every span counts characters in it.
pub fn extract_article(document_id: &str, title: &str, text: &str) -> Document {
    extract_article_with_progress(document_id, title, text, &|_| {})
}

/// [`extract_article`], calling `progress` with the fraction done (0 to 1)
/// now and then, for a progress bar on large inputs.
pub fn extract_article_with_progress(document_id: &str, title: &str, text: &str, progress: &dyn Fn(f32)) -> Document {
    let mut article = Article::new(text);
    let total_bytes = text.len().max(1);
    let mut next_report = 0usize;
    for range in text::sentences(text) {
        if range.start >= next_report {
            #[allow(clippy::cast_precision_loss)]
            progress(range.start as f32 / total_bytes as f32);
            next_report = range.start + 256 * 1024;
        }
        let view = article.read_sentence(range.start, range.end);
        relations::extract_relations(&mut article, &view);
        article.after_relations(&view);
        article.recycle(view);
    }
    article.settle_co_mentions();
    progress(1.0);
    to_document(document_id, title, text, article)
}

/// Turns the article tables into the document, converting byte ranges to
/// character offsets.
fn to_document(document_id: &str, title: &str, text: &str, article: Article<'_>) -> Document {
    let mut document = Document::new();
    document.documents.push(SourceDocument {
        id: document_id.to_owned(),
        title: title.to_owned(),
        source: None,
        text: text.to_owned(),
    });

    // Byte offsets to character offsets: the characters before each block
    // of 64 bytes, then a count within the block (a character starts at
    // every byte that is not a UTF-8 continuation byte). Every offset is a
    // token's or a sentence's, so on a character boundary.
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let starts_char = |b: &&u8| (**b as i8) >= -0x40;
    // (Counted 8 bytes at a time: a continuation byte has its top bit set
    // and the next one clear.)
    let count_starts = |chunk: &[u8]| -> usize {
        let (words, rest) = chunk.as_chunks::<8>();
        let mut continuations = 0;
        for word in words {
            let x = u64::from_le_bytes(*word);
            let marks = (x & !(x << 1) & 0x8080_8080_8080_8080) >> 7;
            continuations += (marks.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        }
        words.len() * 8 - continuations + rest.iter().filter(starts_char).count()
    };
    let mut block_chars: Vec<usize> = Vec::with_capacity(bytes.len() / BLOCK + 1);
    let mut count = 0;
    for chunk in bytes.chunks(BLOCK) {
        block_chars.push(count);
        count += count_starts(chunk);
    }
    block_chars.push(count);
    let char_at = |byte: usize| {
        let byte = byte.min(bytes.len());
        let block = byte / BLOCK;
        block_chars.get(block).copied().unwrap_or(0) + bytes.get(block * BLOCK..byte).map_or(0, count_starts)
    };

    // A person first named by one word, then in full, is one person: the
    // one-word entity's mentions and relations go to the full name.
    let full_names: Vec<Option<usize>> = (0..article.entities.len()).map(|k| article.full_name_of(k)).collect();
    let redirect = |entity: usize| full_names.get(entity).copied().flatten().unwrap_or(entity);

    // Entities that take part in nothing and are only descriptions are
    // still real entities; keep every entity that has a mention.
    let ids: Vec<String> = article.entities.iter().map(|e| e.id.clone()).collect();
    for (index, entity) in article.entities.iter().enumerate() {
        if entity.mentions.is_empty() || redirect(index) != index {
            continue;
        }
        let merged: Vec<&EntityRecord> = full_names.iter().enumerate().filter(|&(_, full)| *full == Some(index)).filter_map(|(k, _)| article.entities.get(k)).collect();
        // (Sorted and deduplicated as byte ranges, before any string is
        // made: the same order, as character offsets grow with bytes.)
        let mut ranges = entity.mentions.clone();
        ranges.extend(merged.iter().flat_map(|e| e.mentions.iter().copied()));
        let mut aliases: Vec<String> = entity.aliases.iter().cloned().collect();
        aliases.extend(merged.iter().map(|e| e.name.clone()).filter(|name| !entity.aliases.contains(name)));
        ranges.sort_unstable();
        ranges.dedup();
        let mentions: Vec<Span> = ranges.iter().map(|&(a, b)| Span { document: document_id.to_owned(), start: char_at(a), end: char_at(b) }).collect();
        document.entities.push(Entity {
            id: entity.id.clone(),
            name: entity.name.clone(),
            kind: entity.kind,
            aliases,
            mentions,
        });
    }
    let present: BTreeSet<&str> = document.entities.iter().map(|e| e.id.as_str()).collect();
    // A state the article never names, standing behind its capital
    // ("recalled its ambassadors to Canberra"): the capital it was written as.
    let stand_in = |entity: usize| -> usize {
        let named = article.entities.get(entity).is_some_and(|e| !e.mentions.is_empty());
        if named {
            return entity;
        }
        article
            .entities
            .iter()
            .enumerate()
            .find(|(index, e)| e.affiliation == Some(entity) && article.capitals.contains(index))
            .map(|(index, _)| index)
            .unwrap_or(entity)
    };
    let evidence_at = |(a, b): (usize, usize)| Evidence {
        document: document_id.to_owned(),
        sentence: text.get(a..b).unwrap_or("").to_owned(),
        start: char_at(a),
        end: char_at(b),
    };
    let mut next_id = 1;
    let any_merged = full_names.iter().any(Option::is_some);
    let mut merged_relations: BTreeMap<(usize, usize, RelationKind, bool), (usize, bool)> = BTreeMap::new();
    for relation in &article.relations {
        // (An office is held in a state, never in its capital: "President
        // Boluarte" in a text about Lima that never names Peru holds none
        // the text shows.)
        let object = if relation.kind == RelationKind::HoldsOffice { relation.object } else { stand_in(relation.object) };
        let (before, object_before) = (stand_in(relation.subject), object);
        let (subject, object) = (redirect(before), redirect(object_before));
        if subject == object {
            continue;
        }
        // (A relation of the one-word person that the full name has too,
        // or the other way round: one relation, with both's evidence.)
        let redirected = subject != before || object != object_before;
        let key = (subject, object, relation.kind, relation.negated);
        if let Some(&(at, was_redirected)) = merged_relations.get(&key)
            && (redirected || was_redirected)
            && let Some(same) = document.relations.get_mut(at)
        {
            for &sentence in &relation.sentences {
                if !same.evidence.iter().any(|e| e.start == char_at(sentence.0)) {
                    same.evidence.push(evidence_at(sentence));
                }
            }
            continue;
        }
        let (Some(subject_id), Some(object_id)) = (ids.get(subject), ids.get(object)) else {
            continue;
        };
        if !present.contains(subject_id.as_str()) || !present.contains(object_id.as_str()) {
            continue;
        }
        if any_merged {
            merged_relations.entry(key).or_insert((document.relations.len(), redirected));
        }
        let (subject, object) = (subject_id, object_id);
        let evidence = relation.sentences.iter().map(|&sentence| evidence_at(sentence)).collect();
        document.relations.push(Relation {
            id: format!("r{next_id}"),
            subject: subject.clone(),
            object: object.clone(),
            kind: relation.kind,
            label: relation.label.clone(),
            negated: relation.negated,
            modality: relation.modality,
            date: relation.date.clone(),
            date_iso: relation.date_iso.clone(),
            evidence,
            confidence: relation.confidence,
        });
        next_id += 1;
    }
    document.entities.sort_by(|a, b| a.id.cmp(&b.id));
    document
}

/// Merges per-article documents into one: entities with the same id become
/// one (aliases and mentions unioned), and the same relation (subject,
/// object, kind, negation; either order for symmetric kinds) stated by
/// several articles is kept once with all their evidence.
pub fn merge(documents: Vec<Document>) -> Document {
    let mut merged = Document::new();
    let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
    let mut relations: Vec<Relation> = Vec::new();
    let mut relation_keys: BTreeMap<(String, String, &'static str, bool), usize> = BTreeMap::new();
    let mut document_ids: BTreeSet<String> = BTreeSet::new();

    for document in documents {
        // Keep document ids unique: a repeated id gets a suffix.
        let mut renames: BTreeMap<String, String> = BTreeMap::new();
        for mut source in document.documents {
            let mut id = source.id.clone();
            let mut n = 2;
            while document_ids.contains(&id) {
                id = format!("{}-{n}", source.id);
                n += 1;
            }
            renames.insert(source.id.clone(), id.clone());
            document_ids.insert(id.clone());
            source.id = id;
            merged.documents.push(source);
        }
        let rename = |old: &str| renames.get(old).cloned().unwrap_or_else(|| old.to_owned());
        for mut entity in document.entities {
            for mention in &mut entity.mentions {
                mention.document = rename(&mention.document);
            }
            match entities.get_mut(&entity.id) {
                Some(existing) => {
                    let mut aliases: BTreeSet<String> = existing.aliases.drain(..).collect();
                    aliases.extend(entity.aliases);
                    aliases.remove(&existing.name);
                    existing.aliases = aliases.into_iter().collect();
                    existing.mentions.extend(entity.mentions);
                }
                None => {
                    entities.insert(entity.id.clone(), entity);
                }
            }
        }
        for mut relation in document.relations {
            for evidence in &mut relation.evidence {
                evidence.document = rename(&evidence.document);
            }
            let (a, b) = if relation.kind.is_symmetric() && relation.object < relation.subject {
                (relation.object.clone(), relation.subject.clone())
            } else {
                (relation.subject.clone(), relation.object.clone())
            };
            let key = (a, b, relation.kind.as_str(), relation.negated);
            match relation_keys.get(&key).and_then(|&i| relations.get_mut(i)) {
                Some(existing) => {
                    existing.evidence.extend(relation.evidence);
                    existing.confidence = existing.confidence.max(relation.confidence);
                    if existing.date.is_none() {
                        existing.date = relation.date;
                        existing.date_iso = relation.date_iso;
                    }
                }
                None => {
                    relation_keys.insert(key, relations.len());
                    relations.push(relation);
                }
            }
        }
    }
    for (index, relation) in relations.iter_mut().enumerate() {
        relation.id = format!("r{}", index + 1);
    }
    merged.entities = entities.into_values().collect();
    merged.relations = relations;
    merged
}

/// Reads article files and folders (their `*.txt` files, sorted) and
/// returns one merged document plus warnings (e.g. invalid UTF-8 decoded
/// lossily).
pub fn extract_paths(paths: &[PathBuf]) -> Result<(Document, Vec<String>), ExtractError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|source| ExtractError::Io { path: path.display().to_string(), source })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(ExtractError::NoArticles(path.display().to_string()));
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    let mut warnings = Vec::new();
    let mut documents = Vec::new();
    for file in &files {
        let (text, warning) = read_article(file)?;
        warnings.extend(warning);
        let id = file
            .file_name()
            .map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").chars().take(200).collect::<String>();
        let mut document = extract_article(&id, &title, &text);
        if let Some(source) = document.documents.first_mut() {
            source.source = Some(file.display().to_string());
        }
        documents.push(document);
    }
    let document = if documents.len() == 1 {
        documents.pop().unwrap_or_default()
    } else {
        merge(documents)
    };
    Ok((document, warnings))
}

/// Reads one article file: refuses empty and binary files, decodes invalid
/// UTF-8 lossily with a warning.
pub fn read_article(path: &Path) -> Result<(String, Option<String>), ExtractError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ExtractError::Io { path: name.clone(), source })?;
    article_from_bytes(&name, bytes)
}

/// [`read_article`] on bytes already in memory; `name` is used in messages.
pub fn article_from_bytes(name: &str, bytes: Vec<u8>) -> Result<(String, Option<String>), ExtractError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ExtractError::Empty(name.to_owned()));
    }
    if looks_binary(&bytes) {
        return Err(ExtractError::Binary(name.to_owned()));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(error) => {
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            Ok((text, Some(format!("{name}: not valid UTF-8; invalid bytes were replaced with U+FFFD"))))
        }
    }
}
