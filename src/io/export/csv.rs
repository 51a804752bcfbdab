//! The CSV export: a nodes table and an edges table (RFC 4180: comma
//! separated, fields with commas, quotes or line breaks quoted, quotes
//! doubled, CRLF line ends). Column names follow Gephi's spreadsheet import
//! (`Id`, `Label`, `Source`, `Target`, `Type`), and the rest are the
//! relations document's own field names.
//!
//! nodes: `Id,Label,kind,aliases,degree[,x,y]` (aliases joined by `"; "`,
//! degree over the exported edges, positions when given).
//! edges: `Id,Source,Target,Type,Label,kind,negated,modality,date,date_iso,
//! confidence,support,evidence` (`Type` is `Undirected` for symmetric kinds,
//! `support` the number of evidence sentences, `evidence` those sentences,
//! one per line).

use std::fmt::Write as _;

use super::{Shown, evidence_text, relation_label};

/// The two tables, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTables {
    pub nodes: String,
    pub edges: String,
}

pub(crate) fn to_csv(shown: &Shown<'_>, positions: Option<&[[f32; 2]]>) -> CsvTables {
    let mut nodes = String::from("Id,Label,kind,aliases,degree");
    if positions.is_some() {
        nodes.push_str(",x,y");
    }
    nodes.push_str("\r\n");
    for (index, entity) in shown.entities() {
        let aliases = entity.aliases.join("; ");
        let degree = shown.degree(index).to_string();
        let mut fields = vec![
            entity.id.as_str(),
            entity.name.as_str(),
            entity.kind.as_str(),
            aliases.as_str(),
            degree.as_str(),
        ];
        let position = positions.and_then(|p| p.get(index));
        let (x, y) = position.map_or((String::new(), String::new()), |p| {
            (p[0].to_string(), p[1].to_string())
        });
        if positions.is_some() {
            fields.push(&x);
            fields.push(&y);
        }
        push_row(&mut nodes, &fields);
    }

    let mut edges = String::from(
        "Id,Source,Target,Type,Label,kind,negated,modality,date,date_iso,confidence,support,evidence\r\n",
    );
    for (_, relation, subject, object) in shown.relations() {
        let direction = if relation.kind.is_symmetric() {
            "Undirected"
        } else {
            "Directed"
        };
        let label = relation_label(relation);
        let confidence = relation.confidence.to_string();
        let support = relation.evidence.len().to_string();
        let evidence = evidence_text(relation);
        push_row(
            &mut edges,
            &[
                &relation.id,
                &subject.id,
                &object.id,
                direction,
                &label,
                relation.kind.as_str(),
                if relation.negated { "true" } else { "false" },
                relation.modality.as_str(),
                relation.date.as_deref().unwrap_or_default(),
                relation.date_iso.as_deref().unwrap_or_default(),
                &confidence,
                &support,
                &evidence,
            ],
        );
    }
    CsvTables { nodes, edges }
}

fn push_row(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
