//! The relations document as a contract: what round-trips, what defaults,
//! and every refusal with a message that names the problem.

#![allow(clippy::unwrap_used)]

use entente::model::{Document, EntityKind, FormatError, Modality, RelationKind};

fn minimal() -> serde_json::Value {
    serde_json::json!({
        "format": "entente-relations",
        "version": "1.0",
        "documents": [{ "id": "a1", "title": "Talks", "text": "Japan has no plans to join NATO." }],
        "entities": [
            { "id": "japan", "name": "Japan", "kind": "country",
              "mentions": [{ "document": "a1", "start": 0, "end": 5 }] },
            { "id": "nato", "name": "NATO", "kind": "organization" }
        ],
        "relations": [
            { "id": "r1", "subject": "japan", "object": "nato", "kind": "member_of", "negated": true,
              "evidence": [{ "document": "a1", "sentence": "Japan has no plans to join NATO.", "start": 0, "end": 32 }] }
        ]
    })
}

fn parse(value: &serde_json::Value) -> Result<Document, FormatError> {
    Document::from_json(&value.to_string())
}

#[test]
fn optional_fields_take_their_defaults() {
    let document = parse(&minimal()).unwrap();
    let relation = &document.relations[0];
    assert_eq!(relation.kind, RelationKind::MemberOf);
    assert!(relation.negated);
    assert_eq!(relation.modality, Modality::Asserted);
    assert_eq!(relation.confidence, 1.0);
    assert_eq!(relation.label, None);
    assert_eq!(document.entities[1].kind, EntityKind::Organization);
    assert!(document.entities[1].aliases.is_empty());
}

#[test]
fn round_trip_keeps_everything() {
    let mut document = parse(&minimal()).unwrap();
    document.relations[0].modality = Modality::Planned;
    document.relations[0].date = Some("On May 24".into());
    document.relations[0].date_iso = Some("2023-05-24".into());
    document.relations[0].label = Some("semi-member".into());
    document.entities[0].aliases = vec!["Japanese".into(), "Tokyo".into()];
    let again = Document::from_json(&document.to_json()).unwrap();
    assert_eq!(again, document);
}

#[test]
fn sample_round_trips() {
    let sample = entente::io::load::sample_document().unwrap();
    assert_eq!(Document::from_json(&sample.to_json()).unwrap(), sample);
}

#[test]
fn unknown_fields_and_newer_minor_versions_are_read() {
    let mut value = minimal();
    value["version"] = "1.7".into();
    value["entities"][0]["wikidata"] = "Q17".into();
    value["relations"][0]["modality"] = "rumoured".into();
    value["relations"][0]["kind"] = "sanctions".into();
    let document = parse(&value).unwrap();
    assert_eq!(document.relations[0].modality, Modality::Other);
    assert_eq!(document.relations[0].kind, RelationKind::Other);
}

#[test]
fn newer_major_version_is_refused_by_name() {
    let mut value = minimal();
    value["version"] = "2.0".into();
    let err = parse(&value).unwrap_err();
    assert!(matches!(err, FormatError::NewerVersion { .. }));
    assert!(err.to_string().contains("2.0"), "{err}");
}

#[test]
fn garbled_version_and_wrong_format_are_refused() {
    let mut value = minimal();
    value["version"] = "one".into();
    assert!(matches!(parse(&value).unwrap_err(), FormatError::BadVersion(_)));
    let mut value = minimal();
    value["format"] = "gexf".into();
    let err = parse(&value).unwrap_err();
    assert!(err.to_string().contains("gexf"), "{err}");
}

#[test]
fn relation_naming_an_unknown_entity_is_refused_by_name() {
    let mut value = minimal();
    value["relations"][0]["object"] = "atlantis".into();
    let err = parse(&value).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("atlantis") && text.contains("r1"), "{text}");
}

#[test]
fn duplicate_ids_and_unknown_documents_are_refused() {
    let mut value = minimal();
    value["entities"][1]["id"] = "japan".into();
    assert!(matches!(parse(&value).unwrap_err(), FormatError::DuplicateEntity(_)));

    let mut value = minimal();
    value["entities"][0]["mentions"][0]["document"] = "zz".into();
    assert!(matches!(parse(&value).unwrap_err(), FormatError::UnknownDocument { .. }));
}

#[test]
fn broken_empty_and_binary_inputs_are_refused() {
    let err = Document::from_json("{\"format\": \"entente-relations\", ").unwrap_err();
    assert!(matches!(err, FormatError::Json(_)));
    assert!(err.to_string().contains("line"), "{err}");
    assert!(matches!(Document::from_json("").unwrap_err(), FormatError::Empty));
    assert!(matches!(
        Document::from_json_bytes(b"\x7fELF\x02\x01\x01\0\0\0").unwrap_err(),
        FormatError::Binary
    ));
    assert!(matches!(Document::from_json("[1, 2]").unwrap_err(), FormatError::Json(_)));
}

#[test]
fn missing_required_field_names_it() {
    let mut value = minimal();
    value["entities"][0].as_object_mut().unwrap().remove("kind");
    let err = parse(&value).unwrap_err();
    assert!(err.to_string().contains("kind"), "{err}");
}
