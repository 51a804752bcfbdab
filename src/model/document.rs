//! The relations document, format v1: the contract between the extractor,
//! the app and other tools (see `docs/FORMAT.md`).
//!
//! These are plain serde types. Every optional field has a default, so a
//! hand-written document may leave it out. [`Document::from_json`] is the one
//! way in: it parses, then [`Document::validate`]s, so the rest of the program
//! never sees a relation that names an unknown entity or a document of a
//! newer major version.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The value of the `format` field of every relations document.
pub const FORMAT_NAME: &str = "entente-relations";

/// The major version this build reads and writes. A document with a larger
/// major version is refused; a larger minor version is read (unknown fields
/// are ignored).
pub const FORMAT_MAJOR: u32 = 1;

/// The full version written into new documents.
pub const FORMAT_VERSION: &str = "1.0";

/// A whole relations document: the articles, the entities found in them and
/// the relations between those entities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`FORMAT_NAME`].
    pub format: String,

    /// `"MAJOR.MINOR"`, e.g. `"1.0"`.
    pub version: String,

    #[serde(default)]
    pub documents: Vec<SourceDocument>,

    #[serde(default)]
    pub entities: Vec<Entity>,

    #[serde(default)]
    pub relations: Vec<Relation>,
}

/// One article the relations were read from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceDocument {
    pub id: String,

    #[serde(default)]
    pub title: String,

    /// Where the text came from: a file path or a URL, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,

    /// The full text. Mention and evidence spans index into it.
    #[serde(default)]
    pub text: String,
}

/// Something that takes part in relations: a country, an organisation, a
/// person, a place or an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,

    /// The canonical full name, e.g. "Fumio Kishida".
    pub name: String,

    pub kind: EntityKind,

    /// Other surface forms, e.g. "Kishida", "Mr. Kishida".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,

    /// Where the entity is named in the documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Span>,
}

/// A half-open range `[start, end)` of **characters** (Unicode scalar values,
/// not bytes) in the text of one source document.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The `id` of a [`SourceDocument`].
    pub document: String,
    pub start: usize,
    pub end: usize,
}

/// The five kinds of entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Country,
    Organization,
    Person,
    Place,
    Event,
}

impl EntityKind {
    pub const ALL: [Self; 5] = [
        Self::Country,
        Self::Organization,
        Self::Person,
        Self::Place,
        Self::Event,
    ];

    /// The name used in files, e.g. `"organization"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Organization => "organization",
            Self::Person => "person",
            Self::Place => "place",
            Self::Event => "event",
        }
    }

    /// A capitalised plural for legends and filters.
    pub fn plural_label(self) -> &'static str {
        match self {
            Self::Country => "Countries",
            Self::Organization => "Organisations",
            Self::Person => "People",
            Self::Place => "Places",
            Self::Event => "Events",
        }
    }
}

/// A typed, usually directed statement that `subject` relates to `object`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub id: String,

    /// The `id` of an [`Entity`].
    pub subject: String,

    /// The `id` of an [`Entity`].
    pub object: String,

    pub kind: RelationKind,

    /// Free wording, e.g. "Prime Minister" or "security partner".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,

    /// True when the text denies the relation ("has no intention of joining").
    #[serde(default, skip_serializing_if = "is_false")]
    pub negated: bool,

    #[serde(default)]
    pub modality: Modality,

    /// The date as written in the text, e.g. "On May 24" or "in July".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,

    /// The same date in ISO 8601 form (`2023-05-24`, `2023-07`, `2022`) where
    /// it could be worked out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_iso: Option<String>,

    /// The sentences that state the relation, one per stating article at
    /// least. `evidence.len()` is the relation's support.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,

    /// How sure the extractor is, from 0 to 1. Hand-made relations are 1.
    #[serde(default = "full_confidence")]
    pub confidence: f32,
}

/// Below this confidence a relation is a guess, not a statement: the
/// extractor's "co-mentioned" relations (two parties named together in a
/// short sentence, with no rule reading what links them). The graph draws
/// them faint and the filter can hide them.
pub const WEAK_CONFIDENCE: f32 = 0.4;

impl Relation {
    /// Whether the relation is a guess from parties named together (see
    /// [`WEAK_CONFIDENCE`]).
    pub fn is_weak(&self) -> bool {
        self.confidence < WEAK_CONFIDENCE
    }
}

/// A sentence that states a relation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The `id` of a [`SourceDocument`].
    pub document: String,

    /// The sentence text, as it stands in the document.
    pub sentence: String,

    /// Character offsets of the sentence in the document text.
    pub start: usize,
    pub end: usize,
}

/// The relation kinds of `shared/gold/README.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    HoldsOffice,
    MemberOf,
    PartOf,
    LocatedIn,
    Meets,
    Visits,
    Attends,
    OpensOfficeIn,
    CooperatesWith,
    Criticizes,
    /// Anything else; the `label` says what.
    #[serde(other)]
    Other,
}

impl RelationKind {
    pub const ALL: [Self; 11] = [
        Self::HoldsOffice,
        Self::MemberOf,
        Self::PartOf,
        Self::LocatedIn,
        Self::Meets,
        Self::Visits,
        Self::Attends,
        Self::OpensOfficeIn,
        Self::CooperatesWith,
        Self::Criticizes,
        Self::Other,
    ];

    /// The name used in files, e.g. `"holds_office"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HoldsOffice => "holds_office",
            Self::MemberOf => "member_of",
            Self::PartOf => "part_of",
            Self::LocatedIn => "located_in",
            Self::Meets => "meets",
            Self::Visits => "visits",
            Self::Attends => "attends",
            Self::OpensOfficeIn => "opens_office_in",
            Self::CooperatesWith => "cooperates_with",
            Self::Criticizes => "criticizes",
            Self::Other => "other",
        }
    }

    /// Words for people, e.g. "holds office in".
    pub fn label(self) -> &'static str {
        match self {
            Self::HoldsOffice => "holds office",
            Self::MemberOf => "member of",
            Self::PartOf => "part of",
            Self::LocatedIn => "located in",
            Self::Meets => "meets",
            Self::Visits => "visits",
            Self::Attends => "attends",
            Self::OpensOfficeIn => "opens office in",
            Self::CooperatesWith => "cooperates with",
            Self::Criticizes => "criticizes",
            Self::Other => "other",
        }
    }

    /// Symmetric kinds read the same both ways; they are drawn without an
    /// arrowhead and compared without direction.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Self::Meets | Self::CooperatesWith)
    }
}

/// How the text puts a relation: as a fact, or as something planned,
/// expected, proposed or only reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    #[default]
    Asserted,
    Planned,
    Expected,
    Proposed,
    Reported,
    /// A modality this build does not know (from a newer minor version).
    #[serde(other)]
    Other,
}

impl Modality {
    pub const ALL: [Self; 6] = [
        Self::Asserted,
        Self::Planned,
        Self::Expected,
        Self::Proposed,
        Self::Reported,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asserted => "asserted",
            Self::Planned => "planned",
            Self::Expected => "expected",
            Self::Proposed => "proposed",
            Self::Reported => "reported",
            Self::Other => "other",
        }
    }

    /// Planned, expected and proposed relations have not happened yet and are
    /// drawn dotted.
    pub fn is_prospective(self) -> bool {
        matches!(self, Self::Planned | Self::Expected | Self::Proposed)
    }
}

/// Why a document was refused.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("the file is empty")]
    Empty,

    #[error("the file is not text (it looks like binary data)")]
    Binary,

    #[error("not valid JSON: {0}")]
    Json(#[from] serde_json::Error),

    #[error("not an Entente relations document (format is {found:?}, expected {FORMAT_NAME:?})")]
    WrongFormat { found: String },

    #[error("unreadable version {0:?} (expected MAJOR.MINOR, e.g. \"1.0\")")]
    BadVersion(String),

    #[error(
        "this document is format version {found}, newer than this build of Entente reads \
         (version {FORMAT_MAJOR}); update Entente to open it"
    )]
    NewerVersion { found: String },

    #[error("two entities have the id {0:?}")]
    DuplicateEntity(String),

    #[error("two relations have the id {0:?}")]
    DuplicateRelation(String),

    #[error("relation {relation:?} names an unknown entity {entity:?}")]
    UnknownEntity { relation: String, entity: String },

    #[error("{owner:?} points into an unknown document {document:?}")]
    UnknownDocument { owner: String, document: String },
}

impl Document {
    /// An empty document of the current version.
    pub fn new() -> Self {
        Self {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION.to_owned(),
            documents: Vec::new(),
            entities: Vec::new(),
            relations: Vec::new(),
        }
    }

    /// Parses and validates a document from raw file bytes.
    pub fn from_json_bytes(bytes: &[u8]) -> Result<Self, FormatError> {
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(FormatError::Empty);
        }
        if looks_binary(bytes) {
            return Err(FormatError::Binary);
        }
        let document: Self = serde_json::from_slice(bytes)?;
        document.validate()?;
        Ok(document)
    }

    /// Parses and validates a document from JSON text.
    pub fn from_json(text: &str) -> Result<Self, FormatError> {
        Self::from_json_bytes(text.as_bytes())
    }

    /// Pretty JSON, as written to files.
    pub fn to_json(&self) -> String {
        // Serialising these plain types cannot fail: no maps with non-string
        // keys, no custom serialisers.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks what serde cannot: the format name and version, unique ids, and
    /// that every reference points at something that exists.
    pub fn validate(&self) -> Result<(), FormatError> {
        if self.format != FORMAT_NAME {
            return Err(FormatError::WrongFormat {
                found: self.format.clone(),
            });
        }
        let major = major_version(&self.version)?;
        if major > FORMAT_MAJOR {
            return Err(FormatError::NewerVersion {
                found: self.version.clone(),
            });
        }

        let document_ids: BTreeSet<&str> = self.documents.iter().map(|d| d.id.as_str()).collect();
        let mut entity_ids = BTreeSet::new();
        for entity in &self.entities {
            if !entity_ids.insert(entity.id.as_str()) {
                return Err(FormatError::DuplicateEntity(entity.id.clone()));
            }
            for mention in &entity.mentions {
                if !document_ids.contains(mention.document.as_str()) {
                    return Err(FormatError::UnknownDocument {
                        owner: entity.id.clone(),
                        document: mention.document.clone(),
                    });
                }
            }
        }

        let mut relation_ids = BTreeSet::new();
        for relation in &self.relations {
            if !relation_ids.insert(relation.id.as_str()) {
                return Err(FormatError::DuplicateRelation(relation.id.clone()));
            }
            for end in [&relation.subject, &relation.object] {
                if !entity_ids.contains(end.as_str()) {
                    return Err(FormatError::UnknownEntity {
                        relation: relation.id.clone(),
                        entity: end.clone(),
                    });
                }
            }
            for evidence in &relation.evidence {
                if !document_ids.contains(evidence.document.as_str()) {
                    return Err(FormatError::UnknownDocument {
                        owner: relation.id.clone(),
                        document: evidence.document.clone(),
                    });
                }
            }
        }
        Ok(())
    }
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

fn major_version(version: &str) -> Result<u32, FormatError> {
    let major = version.split('.').next().unwrap_or_default();
    major
        .trim()
        .parse()
        .map_err(|_| FormatError::BadVersion(version.to_owned()))
}

/// True for bytes that are clearly not text: a NUL byte, or mostly control
/// characters, in the first few kilobytes.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn full_confidence() -> f32 {
    1.0
}

/// Converts a character offset in `text` to a byte offset, clamping to the
/// end of the text. Spans in files are in characters; Rust strings index by
/// bytes.
pub fn byte_offset(text: &str, char_offset: usize) -> usize {
    text.char_indices()
        .nth(char_offset)
        .map_or(text.len(), |(byte, _)| byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offset_counts_characters() {
        let text = "“Tokyo” said";
        assert_eq!(byte_offset(text, 1), "“".len());
        assert_eq!(&text[byte_offset(text, 1)..byte_offset(text, 6)], "Tokyo");
        assert_eq!(byte_offset(text, 999), text.len());
    }

    #[test]
    fn binary_is_detected() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary("Japan said on May 24 …".as_bytes()));
    }
}
