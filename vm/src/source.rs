//! Source decoding (placeholder until the full decoder lands): UTF-8 only.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceErrorKind {
    SyntaxError,
    IndentationError,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub kind: SourceErrorKind,
    pub msg: String,
    pub lineno: usize,
    pub offset: usize,
}

pub fn decode_source(bytes: &[u8], _filename: &str) -> Result<String, SourceError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| SourceError {
        kind: SourceErrorKind::SyntaxError,
        msg: "invalid utf-8".into(),
        lineno: 1,
        offset: 0,
    })
}

pub fn check_nesting(_text: &str) -> Result<(), SourceError> {
    Ok(())
}
