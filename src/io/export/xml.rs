//! A thin layer over `quick-xml`'s writer for the XML formats (GraphML,
//! GEXF, SVG): open / close / empty elements with attributes, and text.
//!
//! Attribute values are escaped here rather than by quick-xml so that line
//! breaks survive (`&#10;`; a parser would turn a raw newline in an
//! attribute into a space), and characters XML 1.0 forbids (most control
//! characters) are dropped from values and text alike. Writing into a
//! `Vec<u8>` cannot fail, but the writer's `io::Result` is passed on rather
//! than hidden.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

pub(crate) struct Xml {
    writer: Writer<Vec<u8>>,
}

impl Xml {
    /// A document with the `<?xml ...?>` declaration written, indented by
    /// `indent` spaces (0: no line breaks).
    pub(crate) fn new(indent: usize) -> std::io::Result<Self> {
        let mut writer = if indent == 0 {
            Writer::new(Vec::new())
        } else {
            Writer::new_with_indent(Vec::new(), b' ', indent)
        };
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(Self { writer })
    }

    pub(crate) fn open(&mut self, name: &str, attributes: &[(&str, &str)]) -> std::io::Result<()> {
        self.writer
            .write_event(Event::Start(start(name, attributes)))
    }

    pub(crate) fn close(&mut self, name: &str) -> std::io::Result<()> {
        self.writer.write_event(Event::End(BytesEnd::new(name)))
    }

    pub(crate) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> std::io::Result<()> {
        self.writer
            .write_event(Event::Empty(start(name, attributes)))
    }

    /// `<name attributes>text</name>`.
    pub(crate) fn text_element(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
        text: &str,
    ) -> std::io::Result<()> {
        self.open(name, attributes)?;
        let clean = valid_xml_chars(text);
        self.writer
            .write_event(Event::Text(BytesText::new(&clean)))?;
        self.close(name)
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        let mut bytes = self.writer.into_inner();
        bytes.push(b'\n');
        bytes
    }
}

fn start<'a>(name: &'a str, attributes: &[(&str, &str)]) -> BytesStart<'a> {
    let mut element = BytesStart::new(name);
    for &(key, value) in attributes {
        let escaped = escape_attribute(value);
        element.push_attribute((key.as_bytes(), escaped.as_bytes()));
    }
    element
}

/// Escapes an attribute value, keeping line breaks and tabs as character
/// references.
pub(crate) fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn valid_xml_chars(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter(|&c| is_xml_char(c)).collect())
    }
}

/// The characters XML 1.0 allows.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}
