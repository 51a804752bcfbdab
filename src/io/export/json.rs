//! The JSON export: a v1 relations document holding only what is shown.
//! Entities and relations keep their ids and every field; all source
//! documents are kept, so evidence and mention offsets stay valid and the
//! result opens in Entente like any other document.

use super::Shown;
use crate::model::Document;

pub(crate) fn to_json(shown: &Shown<'_>) -> String {
    let source = &shown.model.document;
    let document = Document {
        format: source.format.clone(),
        version: source.version.clone(),
        documents: source.documents.clone(),
        entities: shown.entities().map(|(_, e)| e.clone()).collect(),
        relations: shown.relations().map(|(_, r, _, _)| r.clone()).collect(),
    };
    let mut json = document.to_json();
    json.push('\n');
    json
}
