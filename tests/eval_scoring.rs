//! Scores every test article's gold against a document made from that same
//! gold. Every figure must be 1: this checks the scorer end to end and that
//! each gold file is consistent (relations name existing entities, and every
//! relation's sentence appears word for word in its article).

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use entente::eval::{Gold, document_from_gold, normalize_name, score};

/// Every gold file under tests/articles, hold-out folders included.
fn gold_files() -> Vec<PathBuf> {
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles")];
    let mut files = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.to_string_lossy().ends_with(".gold.json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn there_are_test_articles() {
    assert!(gold_files().len() >= 6, "{:?}", gold_files());
}

#[test]
fn every_gold_scores_perfectly_against_itself() {
    for path in gold_files() {
        let gold = Gold::from_json(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let text_path = path.with_file_name(&gold.document);
        let text = std::fs::read_to_string(&text_path)
            .unwrap_or_else(|error| panic!("{}: {error}", text_path.display()));

        let document = document_from_gold(&gold, &text);
        document.validate().unwrap();
        for (relation, gold_relation) in document.relations.iter().zip(&gold.relations) {
            assert_eq!(
                relation.evidence.len(),
                1,
                "{}: sentence not found in the article: {:?}",
                path.display(),
                gold_relation.sentence
            );
        }

        let scores = score(&document, &gold);
        for (what, f1) in [
            ("entity", scores.entities.f1),
            ("pair", scores.pairs.f1),
            ("typed", scores.typed.f1),
            ("kind accuracy", scores.kind_accuracy),
        ] {
            assert_eq!(
                f1,
                1.0,
                "{}: {what}\n{}",
                path.display(),
                scores.report(true)
            );
        }
    }
}

#[test]
fn every_gold_entity_is_named_in_its_article_and_names_are_unambiguous() {
    for path in gold_files() {
        let gold = Gold::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(path.with_file_name(&gold.document)).unwrap();
        let mut owner_of_form: BTreeMap<String, &str> = BTreeMap::new();
        for entity in &gold.entities {
            let forms: Vec<&String> = std::iter::once(&entity.name)
                .chain(&entity.aliases)
                .collect();
            assert!(
                forms.iter().any(|form| text.contains(form.as_str())),
                "{}: {:?} is not named in the article",
                path.display(),
                entity.id
            );
            for form in forms {
                let previous = owner_of_form.insert(normalize_name(form), &entity.id);
                assert!(
                    previous.is_none_or(|owner| owner == entity.id),
                    "{}: {form:?} names both {:?} and {:?}",
                    path.display(),
                    previous,
                    entity.id
                );
            }
        }
    }
}

#[test]
fn every_article_we_wrote_has_a_fitting_length() {
    // The seed is given, not ours; the 250-600 word rule is for our articles.
    for path in gold_files().into_iter().filter(|p| !p.ends_with("seed-japan-nato.gold.json")) {
        let gold = Gold::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(path.with_file_name(&gold.document)).unwrap();
        let words = text.split_whitespace().count();
        assert!(
            (250..=600).contains(&words),
            "{}: {words} words",
            path.display()
        );
    }
}
