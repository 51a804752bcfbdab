//! The embedded sample is the extractor's own output for the seed article:
//! this fails when the extractor changed and the asset was not regenerated
//! (`scripts/update-sample.sh`).

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

#[test]
fn embedded_sample_is_the_extractors_output_for_the_seed() {
    let seed = PathBuf::from("seeds/japan-nato-liaison-office.txt");
    let (extracted, warnings) = entente::extract::extract_paths(&[seed]).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let embedded = entente::io::load::sample_document().unwrap();
    assert!(
        embedded.to_json() == extracted.to_json(),
        "assets/sample.relations.json is stale: run scripts/update-sample.sh"
    );
}

#[test]
fn embedded_sample_holds_every_required_gold_entity_and_relation() {
    let gold_text = std::fs::read_to_string("tests/articles/seed-japan-nato.gold.json").unwrap();
    let gold = entente::eval::Gold::from_json(&gold_text).unwrap();
    let embedded = entente::io::load::sample_document().unwrap();
    let scores = entente::eval::score(&embedded, &gold);
    assert!(scores.entity_misses.is_empty(), "{:?}", scores.entity_misses);
    assert!(scores.pair_misses.is_empty(), "{:?}", scores.pair_misses);
    assert!(scores.typed_misses.is_empty(), "{:?}", scores.typed_misses);
    // Every relation carries its evidence sentence and span.
    let text = &embedded.documents[0].text;
    for relation in &embedded.relations {
        let evidence = relation.evidence.first().unwrap();
        let start = entente::model::document::byte_offset(text, evidence.start);
        let end = entente::model::document::byte_offset(text, evidence.end);
        assert_eq!(&text[start..end], evidence.sentence, "{}", relation.id);
    }
}
