//! Opening files: a relations document (`.json`) or an article (`.txt`, or
//! anything else that is text). Size and content are checked before parsing
//! so that a huge, empty or binary file gets a clear refusal instead of a
//! long stall or a cryptic parser error.

use std::path::{Path, PathBuf};

use crate::model::{Document, FormatError};

/// The sample the app opens with: the relations of the seed article, built
/// into the binary so that `cargo run` needs no files.
pub const SAMPLE_JSON: &str = include_str!("../../assets/sample.relations.json");

/// Files larger than this are refused: a relations document of a 100k-node
/// graph is around 60 MB.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{path} is {size_mb} MB; Entente opens files up to {} MB", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge { path: PathBuf, size_mb: u64 },

    #[error("{path}: {source}")]
    Format { path: PathBuf, source: FormatError },

    #[error("{path} is a folder; open a .json document or a .txt article")]
    Folder { path: PathBuf },
}

/// What a file turned out to be.
#[derive(Debug)]
pub enum Opened {
    /// A relations document, ready to show.
    Document(Document),

    /// Article text, to be extracted. `lossy` is true when invalid UTF-8 was
    /// replaced.
    Article { text: String, lossy: bool },
}

/// The embedded sample document.
pub fn sample_document() -> Result<Document, FormatError> {
    Document::from_json(SAMPLE_JSON)
}

/// Reads a file and decides what it is: JSON (by extension or a leading `{`)
/// is parsed as a relations document, other text is an article.
pub fn open_path(path: &Path) -> Result<Opened, LoadError> {
    let read_error = |source| LoadError::Read {
        path: path.to_owned(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(read_error)?;
    if metadata.is_dir() {
        return Err(LoadError::Folder {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size_mb: metadata.len() / (1024 * 1024),
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    opened_from_bytes(path, &bytes)
}

/// Like [`open_path`], for bytes already in memory (a dropped file on some
/// platforms comes as bytes).
pub fn opened_from_bytes(path: &Path, bytes: &[u8]) -> Result<Opened, LoadError> {
    let format_error = |source| LoadError::Format {
        path: path.to_owned(),
        source,
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(format_error(FormatError::Empty));
    }
    if crate::model::document::looks_binary(bytes) {
        return Err(format_error(FormatError::Binary));
    }
    let is_json_name = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if is_json_name || first == Some(&b'{') {
        return Document::from_json_bytes(bytes)
            .map(Opened::Document)
            .map_err(format_error);
    }
    let text = String::from_utf8_lossy(bytes);
    let lossy = matches!(text, std::borrow::Cow::Owned(_));
    Ok(Opened::Article {
        text: text.into_owned(),
        lossy,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn sample_is_valid() {
        let sample = sample_document().unwrap();
        assert!(sample.entities.len() >= 20);
        assert!(sample.relations.iter().all(|r| !r.evidence.is_empty()));
    }

    #[test]
    fn text_file_is_an_article() {
        let opened = opened_from_bytes(Path::new("a.txt"), b"NATO said on Monday.").unwrap();
        assert!(matches!(opened, Opened::Article { lossy: false, .. }));
        let opened = opened_from_bytes(Path::new("a.txt"), b"Caf\xe9 talks").unwrap();
        assert!(matches!(opened, Opened::Article { lossy: true, .. }));
    }

    #[test]
    fn refusals_name_the_problem() {
        let err = opened_from_bytes(Path::new("x.json"), b"  \n").unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");
        let err = opened_from_bytes(Path::new("x.json"), b"\0\x01\x02PK").unwrap_err();
        assert!(err.to_string().contains("binary"), "{err}");
        let err = opened_from_bytes(Path::new("x.json"), b"{\"format\": ").unwrap_err();
        assert!(err.to_string().contains("JSON"), "{err}");
    }
}
