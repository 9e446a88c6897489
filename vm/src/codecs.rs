//! Text codecs (UTF-8/16/32, ASCII, Latin-1, cp1252, cp437, ISO 8859): CPython 3.12's name
//! lookup, encoding and decoding with its error handlers, and its exception messages.
//!
//! Lone surrogates are stored as [`surrogate`] describes: the decoders make them for
//! `surrogateescape`/`surrogatepass`, and the encoders send runs of them to the error handler.

use crate::object::types::surrogate;

/// A codec pyrs implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a BOM: written on encode, skipped (once) on decode.
    Utf8Sig,
    /// Encodes a BOM then little-endian; decodes by the BOM, else little-endian.
    Utf16,
    Utf16Le,
    Utf16Be,
    /// Encodes a BOM then little-endian; decodes by the BOM, else little-endian.
    Utf32,
    Utf32Le,
    Utf32Be,
    Ascii,
    Latin1,
    Cp1252,
    Cp437,
    /// ISO 8859-n for n in 2..=16 except 12; any other n behaves as `Latin1`.
    Iso8859(u8),
}

/// A codec failure as CPython's `UnicodeEncodeError`/`UnicodeDecodeError` holds it: positions are
/// code-point indices into the text (encode) or byte indices into the data (decode), `end`
/// exclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct CodecError {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: String,
}

/// Why `encode`/`decode` gave no result.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// `UnicodeEncodeError`; its `object` is the text.
    Encode(CodecError),
    /// `UnicodeDecodeError`; its `object` is [`decode_error_object`] of the data.
    Decode(CodecError),
    /// `LookupError: unknown error handler name '{0}'` (looked up at the first error only).
    UnknownHandler(String),
    /// `TypeError` with this message: the handler cannot handle this direction.
    HandlerMisuse(String),
    /// CPython would succeed, but the result is something pyrs cannot produce (a character
    /// [`surrogate::RESERVED`] names, or `namereplace` without a source of character names).
    Unsupported(String),
}

/// An error handler CPython registers by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

fn handler(errors: &str) -> Result<Handler, Failure> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => return Err(Failure::UnknownHandler(errors.to_string())),
    })
}

/// The handler named `errors`, looked up on first use as CPython does.
fn cached(slot: &mut Option<Handler>, errors: &str) -> Result<Handler, Failure> {
    match *slot {
        Some(h) => Ok(h),
        None => Ok(*slot.insert(handler(errors)?)),
    }
}

/// `encodings.aliases` entries (after normalisation) for each module implemented here; a
/// module's own name is also accepted.
const ALIASES: &[(&str, &str)] = &[
    ("utf_8", "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4"),
    ("utf_8_sig", ""),
    ("utf_16", "u16 utf16"),
    ("utf_16_le", "unicodelittleunmarked utf_16le"),
    ("utf_16_be", "unicodebigunmarked utf_16be"),
    ("utf_32", "u32 utf32"),
    ("utf_32_le", "utf_32le"),
    ("utf_32_be", "utf_32be"),
    (
        "ascii",
        "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us \
         iso_646.irv_1991 iso_ir_6 us us_ascii",
    ),
    (
        "latin_1",
        "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 \
         l1 latin latin1",
    ),
    ("cp1252", "1252 windows_1252"),
    ("cp437", "437 cspc8codepage437 ibm437"),
    (
        "iso8859_2",
        "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
    ),
    (
        "iso8859_3",
        "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
    ),
    (
        "iso8859_4",
        "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
    ),
    (
        "iso8859_5",
        "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
    ),
    (
        "iso8859_6",
        "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
    ),
    (
        "iso8859_7",
        "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126",
    ),
    (
        "iso8859_8",
        "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
    ),
    (
        "iso8859_9",
        "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
    ),
    (
        "iso8859_10",
        "csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6",
    ),
    ("iso8859_11", "iso_8859_11 iso_8859_11_2001 thai"),
    ("iso8859_13", "iso_8859_13 l7 latin7"),
    (
        "iso8859_14",
        "iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8",
    ),
    ("iso8859_15", "iso_8859_15 l9 latin9"),
    (
        "iso8859_16",
        "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
    ),
];

/// `encodings.normalize_encoding` after the C registry lower-cases ASCII letters: runs of
/// characters that are neither alphanumeric nor `.` become one `_` (none at either end), and
/// non-ASCII alphanumerics are dropped.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn module_codec(module: &str) -> Option<Codec> {
    Some(match module {
        "utf_8" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "utf_16" => Codec::Utf16,
        "utf_16_le" => Codec::Utf16Le,
        "utf_16_be" => Codec::Utf16Be,
        "utf_32" => Codec::Utf32,
        "utf_32_le" => Codec::Utf32Le,
        "utf_32_be" => Codec::Utf32Be,
        "ascii" => Codec::Ascii,
        "latin_1" => Codec::Latin1,
        "cp1252" => Codec::Cp1252,
        "cp437" => Codec::Cp437,
        _ => {
            let n: u8 = module.strip_prefix("iso8859_")?.parse().ok()?;
            iso_table(n)?;
            Codec::Iso8859(n)
        }
    })
}

/// CPython's `codecs.lookup` for the codecs implemented here: normalise, try the alias table
/// (also with `.` as `_`), then the module name. `None` for unknown names (CPython raises
/// `ValueError` instead for a name containing NUL).
pub fn lookup(name: &str) -> Option<Codec> {
    // The common spellings, without normalising or scanning the alias table.
    match name {
        "utf-8" | "utf8" | "UTF-8" | "utf_8" | "UTF8" => return Some(Codec::Utf8),
        "ascii" | "ASCII" => return Some(Codec::Ascii),
        "latin-1" | "latin1" | "latin_1" | "iso-8859-1" => return Some(Codec::Latin1),
        _ => {}
    }
    if name.contains('\0') {
        return None;
    }
    let norm = normalize(name);
    let alias = |key: &str| {
        let found = ALIASES
            .iter()
            .find(|(_, keys)| keys.split_whitespace().any(|k| k == key));
        found.map(|&(module, _)| module)
    };
    match alias(&norm).or_else(|| alias(&norm.replace('.', "_"))) {
        Some(module) => module_codec(module),
        None if norm.contains('.') => None,
        None => module_codec(&norm),
    }
}

/// `codecs.lookup(name).name`.
pub fn canonical_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Utf16 => "utf-16",
        Codec::Utf16Le => "utf-16-le",
        Codec::Utf16Be => "utf-16-be",
        Codec::Utf32 => "utf-32",
        Codec::Utf32Le => "utf-32-le",
        Codec::Utf32Be => "utf-32-be",
        Codec::Ascii => "ascii",
        Codec::Cp1252 => "cp1252",
        Codec::Cp437 => "cp437",
        Codec::Iso8859(n) => iso_index(n)
            .and_then(|i| ISO8859_NAMES.get(i))
            .map_or("iso8859-1", |name| name),
        Codec::Latin1 => "iso8859-1",
    }
}

const ISO8859_NAMES: [&str; 14] = [
    "iso8859-2",
    "iso8859-3",
    "iso8859-4",
    "iso8859-5",
    "iso8859-6",
    "iso8859-7",
    "iso8859-8",
    "iso8859-9",
    "iso8859-10",
    "iso8859-11",
    "iso8859-13",
    "iso8859-14",
    "iso8859-15",
    "iso8859-16",
];

/// The codec name CPython puts in this codec's encode errors (decode errors of `Utf16`/`Utf32`
/// name the byte order actually used, e.g. `utf-16-le`; `Utf8Sig` says `utf-8`).
pub fn message_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 | Codec::Utf8Sig => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Cp1252 | Codec::Cp437 => "charmap",
        Codec::Iso8859(n) if iso_table(n).is_some() => "charmap",
        Codec::Latin1 | Codec::Iso8859(_) => "latin-1",
        other => canonical_name(other),
    }
}

/// The bytes CPython's `UnicodeDecodeError.object` holds for a failed `decode(data, c, ..)`:
/// `utf-8-sig` decodes (and reports positions in) the data after a leading BOM.
pub fn decode_error_object(c: Codec, data: &[u8]) -> &[u8] {
    match (c, data) {
        (Codec::Utf8Sig, [0xEF, 0xBB, 0xBF, rest @ ..]) => rest,
        _ => data,
    }
}

/// `str(UnicodeEncodeError(name, text, start, end, reason))`.
pub fn encode_error_message(name: &str, text: &str, start: i64, end: i64, reason: &str) -> String {
    let at = usize::try_from(start)
        .ok()
        .and_then(|s| text.chars().nth(s));
    match at {
        Some(c) if end - 1 == start => {
            let shown = escape(c);
            format!("'{name}' codec can't encode character '{shown}' in position {start}: {reason}")
        }
        _ => {
            let last = end - 1;
            format!("'{name}' codec can't encode characters in position {start}-{last}: {reason}")
        }
    }
}

/// `str(UnicodeDecodeError(name, data, start, end, reason))` (for utf-8-sig, `data` is
/// [`decode_error_object`]'s bytes).
pub fn decode_error_message(name: &str, data: &[u8], start: i64, end: i64, reason: &str) -> String {
    let at = usize::try_from(start).ok().and_then(|s| data.get(s));
    match at {
        Some(b) if end - 1 == start => {
            format!("'{name}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        }
        _ => {
            let last = end - 1;
            format!("'{name}' codec can't decode bytes in position {start}-{last}: {reason}")
        }
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` and the error messages write `c`.
pub fn escape(c: char) -> String {
    match surrogate::code_point(c) {
        u @ 0..=0xFF => format!("\\x{u:02x}"),
        u @ 0x100..=0xFFFF => format!("\\u{u:04x}"),
        u => format!("\\U{u:08x}"),
    }
}

const UNDEFINED: &str = "character maps to <undefined>";

/// `text.encode(codec, errors)`. `namereplace` is `Unsupported` here; see [`encode_with_names`].
pub fn encode(text: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, Failure> {
    encode_impl(text, codec, errors, None)
}

/// [`encode`] with `names` giving Unicode character names (`None` for unnamed characters) for
/// the `namereplace` handler.
pub fn encode_with_names(
    text: &str,
    codec: Codec,
    errors: &str,
    names: &dyn Fn(char) -> Option<String>,
) -> Result<Vec<u8>, Failure> {
    encode_impl(text, codec, errors, Some(names))
}

type Names<'a> = Option<&'a dyn Fn(char) -> Option<String>>;

fn encode_impl(text: &str, codec: Codec, errors: &str, names: Names) -> Result<Vec<u8>, Failure> {
    let units = |bom: &[u8], width: usize, be: bool| {
        let mut out = Vec::with_capacity(bom.len() + text.len() * width);
        out.extend_from_slice(bom);
        let mut put = |u: u32| match (width, be) {
            (2, false) => out.extend_from_slice(&u.to_le_bytes()[..2]),
            (2, true) => out.extend_from_slice(&u.to_be_bytes()[2..]),
            (_, false) => out.extend_from_slice(&u.to_le_bytes()),
            (_, true) => out.extend_from_slice(&u.to_be_bytes()),
        };
        if width == 2 {
            text.encode_utf16().for_each(|u| put(u32::from(u)));
        } else {
            text.chars().for_each(|c| put(u32::from(c)));
        }
        out
    };
    let unicode = !matches!(encode_width(codec), (_, 0, _));
    if unicode && surrogate::contains(text) {
        return encode_surrogates(text, codec, errors);
    }
    Ok(match codec {
        Codec::Utf8 => text.as_bytes().to_vec(),
        Codec::Utf8Sig => [&[0xEF, 0xBB, 0xBF], text.as_bytes()].concat(),
        Codec::Utf16 => units(&[0xFF, 0xFE], 2, false),
        Codec::Utf16Le => units(&[], 2, false),
        Codec::Utf16Be => units(&[], 2, true),
        Codec::Utf32 => units(&[0xFF, 0xFE, 0, 0], 4, false),
        Codec::Utf32Le => units(&[], 4, false),
        Codec::Utf32Be => units(&[], 4, true),
        _ => return encode_bytes(text, codec, errors, names),
    })
}

/// A UTF codec's (BOM, code-unit width in bytes, big-endian); width 0 for the others.
fn encode_width(codec: Codec) -> (&'static [u8], usize, bool) {
    match codec {
        Codec::Utf8 => (&[], 1, false),
        Codec::Utf8Sig => (&[0xEF, 0xBB, 0xBF], 1, false),
        Codec::Utf16 => (&[0xFF, 0xFE], 2, false),
        Codec::Utf16Le => (&[], 2, false),
        Codec::Utf16Be => (&[], 2, true),
        Codec::Utf32 => (&[0xFF, 0xFE, 0, 0], 4, false),
        Codec::Utf32Le => (&[], 4, false),
        Codec::Utf32Be => (&[], 4, true),
        _ => (&[], 0, false),
    }
}

/// What an encode error handler gives for a bad run: text to encode, or bytes to copy.
enum Replacement {
    Text(String),
    Bytes(Vec<u8>),
}

/// The replacement the handlers other than `strict` give for the characters `bad` (Python
/// code points) that `codec` cannot encode; `None` when the handler re-raises the error.
fn replacement(handler: Handler, bad: &[u32], codec: Codec, names: Names) -> Option<Replacement> {
    let chars = || bad.iter().filter_map(|&u| surrogate::to_char(u));
    let text: String = match handler {
        Handler::Strict => return None,
        Handler::Ignore => String::new(),
        Handler::Replace => "?".repeat(bad.len()),
        Handler::BackslashReplace => chars().map(escape).collect(),
        Handler::XmlCharRefReplace => bad.iter().map(|u| format!("&#{u};")).collect(),
        Handler::NameReplace => chars()
            .map(|c| match names.and_then(|n| n(c)) {
                Some(name) => format!("\\N{{{name}}}"),
                None => escape(c),
            })
            .collect(),
        Handler::SurrogateEscape => {
            let byte = |&u: &u32| u.checked_sub(0xDC00).and_then(|b| u8::try_from(b).ok());
            let bytes: Option<Vec<u8>> = bad.iter().map(byte).collect();
            return bytes
                .filter(|b| b.iter().all(|&b| b >= 0x80))
                .map(Replacement::Bytes);
        }
        Handler::SurrogatePass => {
            let (_, width, be) = encode_width(codec);
            if width == 0 || !bad.iter().all(|u| (0xD800..0xE000).contains(u)) {
                return None;
            }
            let mut out = Vec::new();
            for &u in bad {
                match (width, be) {
                    (1, _) => out.extend([
                        0xE0 | (u >> 12) as u8,
                        0x80 | ((u >> 6) & 0x3F) as u8,
                        0x80 | (u & 0x3F) as u8,
                    ]),
                    (2, false) => out.extend_from_slice(&u.to_le_bytes()[..2]),
                    (2, true) => out.extend_from_slice(&u.to_be_bytes()[2..]),
                    (_, false) => out.extend_from_slice(&u.to_le_bytes()),
                    (_, true) => out.extend_from_slice(&u.to_be_bytes()),
                }
            }
            return Some(Replacement::Bytes(out));
        }
    };
    Some(Replacement::Text(text))
}

/// A UTF encoder for text holding lone surrogates: each run of them goes to the handler, whose
/// bytes must fill whole code units.
fn encode_surrogates(text: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, Failure> {
    let (bom, width, _) = encode_width(codec);
    let mut out = bom.to_vec();
    let plain = |s: &str| encode_impl(s, codec, errors, None).map(|b| b[bom.len()..].to_vec());
    let mut slot = None;
    let mut start = 0;
    let mut run = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !surrogate::is_surrogate(c) {
            run.push(c);
            start += 1;
            continue;
        }
        out.extend(plain(&std::mem::take(&mut run))?);
        // UTF-8 reports a run of surrogates at once, UTF-16 and UTF-32 each one.
        let mut bad = vec![surrogate::code_point(c)];
        while let Some(c) = chars.next_if(|&c| width == 1 && surrogate::is_surrogate(c)) {
            bad.push(surrogate::code_point(c));
        }
        let err = CodecError {
            encoding: message_name(codec),
            start,
            end: start + bad.len(),
            reason: "surrogates not allowed".to_string(),
        };
        start += bad.len();
        let handler = cached(&mut slot, errors)?;
        if handler == Handler::SurrogateEscape && width == 1 {
            // UTF-8 writes the escapable head of the run and reports the rest.
            let head = bad.iter().take_while(|u| (0xDC80..0xDD00).contains(*u));
            out.extend(head.clone().map(|&u| (u - 0xDC00) as u8));
            let n = head.count();
            if n < bad.len() {
                return Err(Failure::Encode(CodecError {
                    start: err.start + n,
                    ..err
                }));
            }
            continue;
        }
        match replacement(handler, &bad, codec, None) {
            Some(Replacement::Text(t)) => out.extend(plain(&t)?),
            Some(Replacement::Bytes(b)) if b.len() % width == 0 => out.extend(b),
            Some(Replacement::Bytes(_)) | None => return Err(Failure::Encode(err)),
        }
    }
    out.extend(plain(&run)?);
    Ok(out)
}

/// A single-byte encoder: each run of unencodable characters goes to the handler at once.
fn encode_bytes(text: &str, codec: Codec, errors: &str, names: Names) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::with_capacity(text.len());
    let mut slot = None;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((start, c)) = chars.next() {
        if let Some(b) = char_to_byte(codec, c) {
            out.push(b);
            continue;
        }
        let mut bad = vec![c];
        while let Some((_, c)) = chars.next_if(|&(_, c)| char_to_byte(codec, c).is_none()) {
            bad.push(c);
        }
        let reason = match codec {
            Codec::Ascii => "ordinal not in range(128)",
            _ if table(codec).is_none() => "ordinal not in range(256)",
            _ => UNDEFINED,
        };
        let err = CodecError {
            encoding: message_name(codec),
            start,
            end: start + bad.len(),
            reason: reason.to_string(),
        };
        let handler = cached(&mut slot, errors)?;
        if handler == Handler::NameReplace && names.is_none() {
            let msg = "the 'namereplace' error handler needs Unicode character names";
            return Err(Failure::Unsupported(msg.to_string()));
        }
        let points: Vec<u32> = bad.iter().map(|&c| surrogate::code_point(c)).collect();
        let rep = match replacement(handler, &points, codec, names) {
            Some(Replacement::Bytes(b)) => {
                out.extend(b);
                continue;
            }
            Some(Replacement::Text(t)) => t,
            None => return Err(Failure::Encode(err)),
        };
        // CPython encodes the replacement with the codec; failing that, it raises.
        for c in rep.chars() {
            out.push(char_to_byte(codec, c).ok_or_else(|| Failure::Encode(err.clone()))?);
        }
    }
    Ok(out)
}

/// The ISO 8859 table for part `n`, when implemented.
fn iso_table(n: u8) -> Option<&'static [u16; 96]> {
    ISO8859.get(iso_index(n)?)
}

fn iso_index(n: u8) -> Option<usize> {
    match n {
        2..=11 => Some(usize::from(n) - 2),
        13..=16 => Some(usize::from(n) - 3),
        _ => None,
    }
}

/// The table part of a single-byte codec: (first byte it covers, characters; 0 = undefined).
/// Bytes outside it decode to the same code point (ASCII only below 0x80).
fn table(codec: Codec) -> Option<(u8, &'static [u16])> {
    match codec {
        Codec::Cp1252 => Some((0x80, &CP1252)),
        Codec::Cp437 => Some((0x80, &CP437)),
        Codec::Iso8859(n) => iso_table(n).map(|t| (0xA0, &t[..])),
        _ => None,
    }
}

/// What byte `b` decodes to in a single-byte codec; `None` if undefined.
fn byte_to_char(codec: Codec, b: u8) -> Option<char> {
    if codec == Codec::Ascii && b >= 0x80 {
        return None;
    }
    let entry = table(codec).and_then(|(first, t)| t.get(usize::from(b.checked_sub(first)?)));
    match entry {
        Some(&u) => (u != 0).then(|| char::from_u32(u32::from(u))).flatten(),
        None => Some(char::from(b)),
    }
}

/// The byte a single-byte codec encodes `c` to; `None` if it cannot.
fn char_to_byte(codec: Codec, c: char) -> Option<u8> {
    let byte = u8::try_from(u32::from(c)).ok();
    match (codec, byte) {
        (_, Some(b)) if b < 0x80 => return Some(b),
        (Codec::Ascii, _) => return None,
        _ => {}
    }
    let Some((first, t)) = table(codec) else {
        return byte;
    };
    if let Some(at) = t
        .iter()
        .position(|&x| x != 0 && u32::from(x) == u32::from(c))
    {
        return u8::try_from(usize::from(first) + at).ok();
    }
    let in_table = |b: u8| {
        b.checked_sub(first)
            .is_some_and(|k| usize::from(k) < t.len())
    };
    byte.filter(|&b| !in_table(b))
}

const START: &str = "invalid start byte";
const CONTINUATION: &str = "invalid continuation byte";
const END: &str = "unexpected end of data";
const TRUNCATED: &str = "truncated data";

/// How a decoder reads its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Utf8,
    Utf16 { be: bool },
    Utf32 { be: bool },
    Byte(Codec),
}

/// One character decoded at a position: `Ok((char, next position))`, or `Err((end, reason))`
/// for the bad range starting there (CPython's ranges always start at the current position).
type Step = Result<(char, usize), (usize, &'static str)>;

/// `data.decode(codec, errors)`. Error positions are byte indices into
/// [`decode_error_object`]`(codec, data)`.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, Failure> {
    let bom16 = match data {
        [0xFF, 0xFE, ..] => Some(false),
        [0xFE, 0xFF, ..] => Some(true),
        _ => None,
    };
    let bom32 = match data {
        [0xFF, 0xFE, 0, 0, ..] => Some(false),
        [0, 0, 0xFE, 0xFF, ..] => Some(true),
        _ => None,
    };
    let (unit, skip) = match codec {
        Codec::Latin1 => return Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Utf8 | Codec::Utf8Sig => (Unit::Utf8, 0),
        Codec::Utf16 => (
            Unit::Utf16 {
                be: bom16 == Some(true),
            },
            2 * usize::from(bom16.is_some()),
        ),
        Codec::Utf16Le => (Unit::Utf16 { be: false }, 0),
        Codec::Utf16Be => (Unit::Utf16 { be: true }, 0),
        Codec::Utf32 => (
            Unit::Utf32 {
                be: bom32 == Some(true),
            },
            4 * usize::from(bom32.is_some()),
        ),
        Codec::Utf32Le => (Unit::Utf32 { be: false }, 0),
        Codec::Utf32Be => (Unit::Utf32 { be: true }, 0),
        _ => (Unit::Byte(codec), 0),
    };
    let name = match unit {
        Unit::Utf8 => "utf-8",
        Unit::Utf16 { be: false } => "utf-16-le",
        Unit::Utf16 { be: true } => "utf-16-be",
        Unit::Utf32 { be: false } => "utf-32-le",
        Unit::Utf32 { be: true } => "utf-32-be",
        Unit::Byte(c) => message_name(c),
    };
    run(decode_error_object(codec, data), skip, unit, name, errors)
}

/// The decoding loop: steps through `data` from `pos`, sending each bad range to the handler.
fn run(
    data: &[u8],
    mut pos: usize,
    unit: Unit,
    name: &'static str,
    errors: &str,
) -> Result<String, Failure> {
    let mut out = String::with_capacity(data.len());
    let mut slot = None;
    let reserved = || Failure::Unsupported(surrogate::RESERVED.to_string());
    while pos < data.len() {
        if unit == Unit::Utf8 {
            // Valid UTF-8 is copied in bulk; `step` starts at the first error.
            let rest = data.get(pos..).unwrap_or_default();
            let valid = match std::str::from_utf8(rest) {
                Ok(s) if surrogate::contains(s) => return Err(reserved()),
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => e.valid_up_to(),
            };
            if let Some(Ok(s)) = rest.get(..valid).map(std::str::from_utf8) {
                if surrogate::contains(s) {
                    return Err(reserved());
                }
                out.push_str(s);
            }
            pos += valid;
        }
        let (end, reason) = match step(data, pos, unit) {
            Ok((c, _)) if surrogate::is_surrogate(c) => return Err(reserved()),
            Ok((c, next)) => {
                out.push(c);
                pos = next;
                continue;
            }
            Err(bad) => bad,
        };
        let err = CodecError {
            encoding: name,
            start: pos,
            end,
            reason: reason.to_string(),
        };
        let bad = data.get(pos..end).unwrap_or_default();
        pos = match cached(&mut slot, errors)? {
            Handler::Strict => return Err(Failure::Decode(err)),
            Handler::Ignore => end,
            Handler::Replace => {
                out.push('\u{FFFD}');
                end
            }
            Handler::BackslashReplace => {
                bad.iter()
                    .for_each(|&b| out.push_str(&escape(char::from(b))));
                end
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                let msg = "don't know how to handle UnicodeDecodeError in error callback";
                return Err(Failure::HandlerMisuse(msg.to_string()));
            }
            Handler::SurrogateEscape => {
                // Up to 4 bytes >= 0x80 become U+DC80..U+DCFF; none means it re-raises.
                let high = bad.iter().take(4).take_while(|&&b| b >= 0x80);
                let n = high.clone().count();
                if n == 0 {
                    return Err(Failure::Decode(err));
                }
                out.extend(high.filter_map(|&b| surrogate::to_char(0xDC00 + u32::from(b))));
                pos + n
            }
            Handler::SurrogatePass => match surrogate_at(data, pos, unit) {
                Some((len, u)) => {
                    out.extend(surrogate::to_char(u));
                    pos + len
                }
                None => return Err(Failure::Decode(err)),
            },
        };
    }
    Ok(out)
}

/// `surrogatepass` on decode: the length and value of the encoded surrogate at `pos`, if there
/// is one.
fn surrogate_at(data: &[u8], pos: usize, unit: Unit) -> Option<(usize, u32)> {
    let (len, u) = match (unit, data.get(pos..)?) {
        (Unit::Utf8, &[a, b, c, ..])
            if a & 0xF0 == 0xE0 && b & 0xC0 == 0x80 && c & 0xC0 == 0x80 =>
        {
            let bits = |x: u8, mask: u8, shift: u32| u32::from(x & mask) << shift;
            (3, bits(a, 0x0F, 12) | bits(b, 0x3F, 6) | bits(c, 0x3F, 0))
        }
        (Unit::Utf16 { be }, _) => (2, word(data, pos, 2, be)?),
        (Unit::Utf32 { be }, _) => (4, word(data, pos, 4, be)?),
        _ => return None,
    };
    (0xD800..0xE000).contains(&u).then_some((len, u))
}

/// The `len`-byte code unit at `pos` in the given byte order, if the data holds one.
fn word(data: &[u8], pos: usize, len: usize, be: bool) -> Option<u32> {
    let bytes = data.get(pos..pos.checked_add(len)?)?;
    let fold = |acc: u32, &b: &u8| (acc << 8) | u32::from(b);
    Some(if be {
        bytes.iter().fold(0, fold)
    } else {
        bytes.iter().rev().fold(0, fold)
    })
}

fn step(data: &[u8], pos: usize, unit: Unit) -> Step {
    match unit {
        Unit::Utf8 => utf8_step(data, pos),
        Unit::Utf16 { be } => utf16_step(data, pos, be),
        Unit::Utf32 { be } => utf32_step(data, pos, be),
        Unit::Byte(codec) => match data.get(pos).map(|&b| byte_to_char(codec, b)) {
            Some(Some(c)) => Ok((c, pos + 1)),
            _ if codec == Codec::Ascii => Err((pos + 1, "ordinal not in range(128)")),
            _ => Err((pos + 1, UNDEFINED)),
        },
    }
}

/// CPython's UTF-8 decoder at one position: a bad range is the lead byte plus the continuation
/// bytes accepted before the first wrong one (the maximal subpart), or the whole tail if the
/// input ends inside a sequence.
fn utf8_step(data: &[u8], pos: usize) -> Step {
    let byte = |k: usize| data.get(pos + k).copied();
    let Some(lead) = byte(0) else {
        return Err((pos + 1, START));
    };
    let (len, lo, hi) = match lead {
        0x00..=0x7F => return Ok((char::from(lead), pos + 1)),
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return Err((pos + 1, START)),
    };
    let mut cp = u32::from(lead) & (0x7F >> len);
    for k in 1..len {
        let (lo, hi) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
        match byte(k) {
            None => return Err((data.len(), END)),
            Some(b) if (lo..=hi).contains(&b) => cp = (cp << 6) | u32::from(b & 0x3F),
            Some(_) => return Err((pos + k, CONTINUATION)),
        }
    }
    char::from_u32(cp)
        .map(|c| (c, pos + len))
        .ok_or((pos + 1, START))
}

fn utf16_step(data: &[u8], pos: usize, be: bool) -> Step {
    let Some(first) = word(data, pos, 2, be) else {
        return Err((data.len(), TRUNCATED));
    };
    let cp = match first {
        0xD800..=0xDBFF => match word(data, pos + 2, 2, be) {
            None => return Err((data.len(), END)),
            Some(low @ 0xDC00..=0xDFFF) => 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00),
            Some(_) => return Err((pos + 2, "illegal UTF-16 surrogate")),
        },
        0xDC00..=0xDFFF => return Err((pos + 2, "illegal encoding")),
        _ => first,
    };
    let next = if cp > 0xFFFF { pos + 4 } else { pos + 2 };
    char::from_u32(cp)
        .map(|c| (c, next))
        .ok_or((pos + 2, "illegal encoding"))
}

fn utf32_step(data: &[u8], pos: usize, be: bool) -> Step {
    let Some(cp) = word(data, pos, 4, be) else {
        return Err((data.len(), TRUNCATED));
    };
    match char::from_u32(cp) {
        Some(c) => Ok((c, pos + 4)),
        None if cp < 0x110000 => Err((
            pos + 4,
            "code point in surrogate code point range(0xd800, 0xe000)",
        )),
        None => Err((pos + 4, "code point not in range(0x110000)")),
    }
}

/// cp1252 bytes 0x80..=0x9F (0 = undefined); 0xA0..=0xFF are Latin-1.
const CP1252: [u16; 32] = [
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
];

/// cp437 bytes 0x80..=0xFF.
const CP437: [u16; 128] = [
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
];

/// iso8859-2..=16 (no 12) bytes 0xA0..=0xFF (0 = undefined); 0x80..=0x9F are Latin-1.
const ISO8859: [[u16; 96]; 14] = [
    // iso8859-2
    [
        0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E,
        0x0164, 0x0179, 0x00AD, 0x017D, 0x017B, 0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E,
        0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C, 0x0154,
        0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB,
        0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6,
        0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1,
        0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B,
        0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
    ],
    // iso8859-3
    [
        0x00A0, 0x0126, 0x02D8, 0x00A3, 0x00A4, 0x0000, 0x0124, 0x00A7, 0x00A8, 0x0130, 0x015E,
        0x011E, 0x0134, 0x00AD, 0x0000, 0x017B, 0x00B0, 0x0127, 0x00B2, 0x00B3, 0x00B4, 0x00B5,
        0x0125, 0x00B7, 0x00B8, 0x0131, 0x015F, 0x011F, 0x0135, 0x00BD, 0x0000, 0x017C, 0x00C0,
        0x00C1, 0x00C2, 0x0000, 0x00C4, 0x010A, 0x0108, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB,
        0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x0000, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x0120, 0x00D6,
        0x00D7, 0x011C, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x016C, 0x015C, 0x00DF, 0x00E0, 0x00E1,
        0x00E2, 0x0000, 0x00E4, 0x010B, 0x0109, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC,
        0x00ED, 0x00EE, 0x00EF, 0x0000, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x0121, 0x00F6, 0x00F7,
        0x011D, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x016D, 0x015D, 0x02D9,
    ],
    // iso8859-4
    [
        0x00A0, 0x0104, 0x0138, 0x0156, 0x00A4, 0x0128, 0x013B, 0x00A7, 0x00A8, 0x0160, 0x0112,
        0x0122, 0x0166, 0x00AD, 0x017D, 0x00AF, 0x00B0, 0x0105, 0x02DB, 0x0157, 0x00B4, 0x0129,
        0x013C, 0x02C7, 0x00B8, 0x0161, 0x0113, 0x0123, 0x0167, 0x014A, 0x017E, 0x014B, 0x0100,
        0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x012E, 0x010C, 0x00C9, 0x0118, 0x00CB,
        0x0116, 0x00CD, 0x00CE, 0x012A, 0x0110, 0x0145, 0x014C, 0x0136, 0x00D4, 0x00D5, 0x00D6,
        0x00D7, 0x00D8, 0x0172, 0x00DA, 0x00DB, 0x00DC, 0x0168, 0x016A, 0x00DF, 0x0101, 0x00E1,
        0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x012F, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x0117,
        0x00ED, 0x00EE, 0x012B, 0x0111, 0x0146, 0x014D, 0x0137, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
        0x00F8, 0x0173, 0x00FA, 0x00FB, 0x00FC, 0x0169, 0x016B, 0x02D9,
    ],
    // iso8859-5
    [
        0x00A0, 0x0401, 0x0402, 0x0403, 0x0404, 0x0405, 0x0406, 0x0407, 0x0408, 0x0409, 0x040A,
        0x040B, 0x040C, 0x00AD, 0x040E, 0x040F, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415,
        0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420,
        0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B,
        0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436,
        0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441,
        0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C,
        0x044D, 0x044E, 0x044F, 0x2116, 0x0451, 0x0452, 0x0453, 0x0454, 0x0455, 0x0456, 0x0457,
        0x0458, 0x0459, 0x045A, 0x045B, 0x045C, 0x00A7, 0x045E, 0x045F,
    ],
    // iso8859-6
    [
        0x00A0, 0x0000, 0x0000, 0x0000, 0x00A4, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x060C, 0x00AD, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x061B, 0x0000, 0x0000, 0x0000, 0x061F, 0x0000,
        0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B,
        0x062C, 0x062D, 0x062E, 0x062F, 0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0640, 0x0641,
        0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647, 0x0648, 0x0649, 0x064A, 0x064B, 0x064C,
        0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    ],
    // iso8859-7
    [
        0x00A0, 0x2018, 0x2019, 0x00A3, 0x20AC, 0x20AF, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x037A,
        0x00AB, 0x00AC, 0x00AD, 0x0000, 0x2015, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x0384, 0x0385,
        0x0386, 0x00B7, 0x0388, 0x0389, 0x038A, 0x00BB, 0x038C, 0x00BD, 0x038E, 0x038F, 0x0390,
        0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397, 0x0398, 0x0399, 0x039A, 0x039B,
        0x039C, 0x039D, 0x039E, 0x039F, 0x03A0, 0x03A1, 0x0000, 0x03A3, 0x03A4, 0x03A5, 0x03A6,
        0x03A7, 0x03A8, 0x03A9, 0x03AA, 0x03AB, 0x03AC, 0x03AD, 0x03AE, 0x03AF, 0x03B0, 0x03B1,
        0x03B2, 0x03B3, 0x03B4, 0x03B5, 0x03B6, 0x03B7, 0x03B8, 0x03B9, 0x03BA, 0x03BB, 0x03BC,
        0x03BD, 0x03BE, 0x03BF, 0x03C0, 0x03C1, 0x03C2, 0x03C3, 0x03C4, 0x03C5, 0x03C6, 0x03C7,
        0x03C8, 0x03C9, 0x03CA, 0x03CB, 0x03CC, 0x03CD, 0x03CE, 0x0000,
    ],
    // iso8859-8
    [
        0x00A0, 0x0000, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00D7,
        0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5,
        0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00F7, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x2017, 0x05D0, 0x05D1,
        0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7, 0x05D8, 0x05D9, 0x05DA, 0x05DB, 0x05DC,
        0x05DD, 0x05DE, 0x05DF, 0x05E0, 0x05E1, 0x05E2, 0x05E3, 0x05E4, 0x05E5, 0x05E6, 0x05E7,
        0x05E8, 0x05E9, 0x05EA, 0x0000, 0x0000, 0x200E, 0x200F, 0x0000,
    ],
    // iso8859-9
    [
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA,
        0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5,
        0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0,
        0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB,
        0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x011E, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6,
        0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x0130, 0x015E, 0x00DF, 0x00E0, 0x00E1,
        0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC,
        0x00ED, 0x00EE, 0x00EF, 0x011F, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0131, 0x015F, 0x00FF,
    ],
    // iso8859-10
    [
        0x00A0, 0x0104, 0x0112, 0x0122, 0x012A, 0x0128, 0x0136, 0x00A7, 0x013B, 0x0110, 0x0160,
        0x0166, 0x017D, 0x00AD, 0x016A, 0x014A, 0x00B0, 0x0105, 0x0113, 0x0123, 0x012B, 0x0129,
        0x0137, 0x00B7, 0x013C, 0x0111, 0x0161, 0x0167, 0x017E, 0x2015, 0x016B, 0x014B, 0x0100,
        0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x012E, 0x010C, 0x00C9, 0x0118, 0x00CB,
        0x0116, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x0145, 0x014C, 0x00D3, 0x00D4, 0x00D5, 0x00D6,
        0x0168, 0x00D8, 0x0172, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x0101, 0x00E1,
        0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x012F, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x0117,
        0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x0146, 0x014D, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x0169,
        0x00F8, 0x0173, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x0138,
    ],
    // iso8859-11
    [
        0x00A0, 0x0E01, 0x0E02, 0x0E03, 0x0E04, 0x0E05, 0x0E06, 0x0E07, 0x0E08, 0x0E09, 0x0E0A,
        0x0E0B, 0x0E0C, 0x0E0D, 0x0E0E, 0x0E0F, 0x0E10, 0x0E11, 0x0E12, 0x0E13, 0x0E14, 0x0E15,
        0x0E16, 0x0E17, 0x0E18, 0x0E19, 0x0E1A, 0x0E1B, 0x0E1C, 0x0E1D, 0x0E1E, 0x0E1F, 0x0E20,
        0x0E21, 0x0E22, 0x0E23, 0x0E24, 0x0E25, 0x0E26, 0x0E27, 0x0E28, 0x0E29, 0x0E2A, 0x0E2B,
        0x0E2C, 0x0E2D, 0x0E2E, 0x0E2F, 0x0E30, 0x0E31, 0x0E32, 0x0E33, 0x0E34, 0x0E35, 0x0E36,
        0x0E37, 0x0E38, 0x0E39, 0x0E3A, 0x0000, 0x0000, 0x0000, 0x0000, 0x0E3F, 0x0E40, 0x0E41,
        0x0E42, 0x0E43, 0x0E44, 0x0E45, 0x0E46, 0x0E47, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C,
        0x0E4D, 0x0E4E, 0x0E4F, 0x0E50, 0x0E51, 0x0E52, 0x0E53, 0x0E54, 0x0E55, 0x0E56, 0x0E57,
        0x0E58, 0x0E59, 0x0E5A, 0x0E5B, 0x0000, 0x0000, 0x0000, 0x0000,
    ],
    // iso8859-13
    [
        0x00A0, 0x201D, 0x00A2, 0x00A3, 0x00A4, 0x201E, 0x00A6, 0x00A7, 0x00D8, 0x00A9, 0x0156,
        0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00C6, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x201C, 0x00B5,
        0x00B6, 0x00B7, 0x00F8, 0x00B9, 0x0157, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00E6, 0x0104,
        0x012E, 0x0100, 0x0106, 0x00C4, 0x00C5, 0x0118, 0x0112, 0x010C, 0x00C9, 0x0179, 0x0116,
        0x0122, 0x0136, 0x012A, 0x013B, 0x0160, 0x0143, 0x0145, 0x00D3, 0x014C, 0x00D5, 0x00D6,
        0x00D7, 0x0172, 0x0141, 0x015A, 0x016A, 0x00DC, 0x017B, 0x017D, 0x00DF, 0x0105, 0x012F,
        0x0101, 0x0107, 0x00E4, 0x00E5, 0x0119, 0x0113, 0x010D, 0x00E9, 0x017A, 0x0117, 0x0123,
        0x0137, 0x012B, 0x013C, 0x0161, 0x0144, 0x0146, 0x00F3, 0x014D, 0x00F5, 0x00F6, 0x00F7,
        0x0173, 0x0142, 0x015B, 0x016B, 0x00FC, 0x017C, 0x017E, 0x2019,
    ],
    // iso8859-14
    [
        0x00A0, 0x1E02, 0x1E03, 0x00A3, 0x010A, 0x010B, 0x1E0A, 0x00A7, 0x1E80, 0x00A9, 0x1E82,
        0x1E0B, 0x1EF2, 0x00AD, 0x00AE, 0x0178, 0x1E1E, 0x1E1F, 0x0120, 0x0121, 0x1E40, 0x1E41,
        0x00B6, 0x1E56, 0x1E81, 0x1E57, 0x1E83, 0x1E60, 0x1EF3, 0x1E84, 0x1E85, 0x1E61, 0x00C0,
        0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB,
        0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x0174, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6,
        0x1E6A, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x0176, 0x00DF, 0x00E0, 0x00E1,
        0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC,
        0x00ED, 0x00EE, 0x00EF, 0x0175, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x1E6B,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x0177, 0x00FF,
    ],
    // iso8859-15
    [
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA,
        0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5,
        0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB, 0x0152, 0x0153, 0x0178, 0x00BF, 0x00C0,
        0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB,
        0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6,
        0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1,
        0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC,
        0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
    ],
    // iso8859-16
    [
        0x00A0, 0x0104, 0x0105, 0x0141, 0x20AC, 0x201E, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x0218,
        0x00AB, 0x0179, 0x00AD, 0x017A, 0x017B, 0x00B0, 0x00B1, 0x010C, 0x0142, 0x017D, 0x201D,
        0x00B6, 0x00B7, 0x017E, 0x010D, 0x0219, 0x00BB, 0x0152, 0x0153, 0x0178, 0x017C, 0x00C0,
        0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0106, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB,
        0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x0110, 0x0143, 0x00D2, 0x00D3, 0x00D4, 0x0150, 0x00D6,
        0x015A, 0x0170, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x0118, 0x021A, 0x00DF, 0x00E0, 0x00E1,
        0x00E2, 0x0103, 0x00E4, 0x0107, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC,
        0x00ED, 0x00EE, 0x00EF, 0x0111, 0x0144, 0x00F2, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x015B,
        0x0171, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0119, 0x021B, 0x00FF,
    ],
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The message CPython prints for `text.encode(codec, errors)`, or its bytes.
    fn enc(text: &str, codec: &str, errors: &str) -> Result<Vec<u8>, String> {
        let codec = lookup(codec).ok_or("unknown codec")?;
        encode(text, codec, errors).map_err(|f| match f {
            Failure::Encode(e) => {
                encode_error_message(e.encoding, text, e.start as i64, e.end as i64, &e.reason)
            }
            other => format!("{other:?}"),
        })
    }

    /// The message CPython prints for `data.decode(codec, errors)`, or its text.
    fn dec(data: &[u8], codec: &str, errors: &str) -> Result<String, String> {
        let codec = lookup(codec).ok_or("unknown codec")?;
        decode(data, codec, errors).map_err(|f| match f {
            Failure::Decode(e) => {
                let obj = decode_error_object(codec, data);
                decode_error_message(e.encoding, obj, e.start as i64, e.end as i64, &e.reason)
            }
            other => format!("{other:?}"),
        })
    }

    #[test]
    fn lookup_normalises_like_cpython() {
        let names = [
            ("U8", Some(Codec::Utf8)),
            ("  utf-8  ", Some(Codec::Utf8)),
            ("UTF 8", Some(Codec::Utf8)),
            ("utf_8 sig", Some(Codec::Utf8Sig)),
            ("L1", Some(Codec::Latin1)),
            ("ISO-8859-15", Some(Codec::Iso8859(15))),
            ("latin10", Some(Codec::Iso8859(16))),
            ("windows-1252", Some(Codec::Cp1252)),
            ("UTF-16LE", Some(Codec::Utf16Le)),
            ("u16", Some(Codec::Utf16)),
            ("646", Some(Codec::Ascii)),
            ("us.ascii", Some(Codec::Ascii)),
            ("IBM437", Some(Codec::Cp437)),
            ("utf.8", None),
            ("iso8859_12", None),
            ("8859_1", None),
            ("", None),
        ];
        for (name, codec) in names {
            assert_eq!(lookup(name), codec, "{name:?}");
        }
        assert_eq!(canonical_name(Codec::Latin1), "iso8859-1");
        assert_eq!(canonical_name(Codec::Iso8859(15)), "iso8859-15");
        assert_eq!(canonical_name(Codec::Utf16Le), "utf-16-le");
        assert_eq!(message_name(Codec::Latin1), "latin-1");
        assert_eq!(message_name(Codec::Iso8859(5)), "charmap");
        assert_eq!(message_name(Codec::Utf8Sig), "utf-8");
    }

    #[test]
    fn encode_errors_and_handlers() {
        let ascii = "'ascii' codec can't encode";
        let e = enc("abé", "ascii", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{ascii} character '\\xe9' in position 2: ordinal not in range(128)")
        );
        let e = enc("aéé€b", "ascii", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{ascii} characters in position 1-3: ordinal not in range(128)")
        );
        let e = enc("a😀", "ascii", "surrogateescape").unwrap_err();
        assert_eq!(
            e,
            format!("{ascii} character '\\U0001f600' in position 1: ordinal not in range(128)")
        );
        let e = enc("a€", "latin-1", "strict").unwrap_err();
        assert_eq!(e, "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)");
        let e = enc("€Āā", "cp1252", "strict").unwrap_err();
        assert_eq!(e, "'charmap' codec can't encode characters in position 1-2: character maps to <undefined>");
        let s = "aé€😀b";
        assert_eq!(enc(s, "ascii", "ignore"), Ok(b"ab".to_vec()));
        assert_eq!(enc(s, "ascii", "replace"), Ok(b"a???b".to_vec()));
        assert_eq!(
            enc(s, "ascii", "backslashreplace"),
            Ok(br"a\xe9\u20ac\U0001f600b".to_vec())
        );
        assert_eq!(
            enc(s, "ascii", "xmlcharrefreplace"),
            Ok(b"a&#233;&#8364;&#128512;b".to_vec())
        );
        assert_eq!(enc("aéĀ😀b", "cp1252", "replace"), Ok(b"a\xe9??b".to_vec()));
        assert_eq!(enc("€", "iso8859-15", "strict"), Ok(vec![0xA4]));
        assert_eq!(enc("ş", "iso8859_9", "strict"), Ok(vec![0xFE]));
        let names = |c: char| (c == 'é').then(|| "LATIN SMALL LETTER E WITH ACUTE".to_string());
        let got = encode_with_names("é\u{e000}", Codec::Ascii, "namereplace", &names);
        assert_eq!(
            got,
            Ok(br"\N{LATIN SMALL LETTER E WITH ACUTE}\ue000".to_vec())
        );
        assert!(matches!(enc("é", "ascii", "namereplace"), Err(m) if m.starts_with("Unsupported")));
        // The handler is looked up only when an error happens.
        assert_eq!(enc("abc", "ascii", "bogus"), Ok(b"abc".to_vec()));
        let e = encode("é", Codec::Ascii, "Strict");
        assert_eq!(e, Err(Failure::UnknownHandler("Strict".into())));
    }

    #[test]
    fn encode_utf_boms_and_order() {
        assert_eq!(enc("", "utf-16", "strict"), Ok(vec![0xFF, 0xFE]));
        assert_eq!(enc("a", "utf-16", "strict"), Ok(vec![0xFF, 0xFE, 0x61, 0]));
        assert_eq!(
            enc("a😀", "utf-16-be", "strict"),
            Ok(vec![0, 0x61, 0xD8, 0x3D, 0xDE, 0])
        );
        assert_eq!(
            enc("a", "utf-32", "strict"),
            Ok(vec![0xFF, 0xFE, 0, 0, 0x61, 0, 0, 0])
        );
        assert_eq!(
            enc("a", "utf-8-sig", "strict"),
            Ok(vec![0xEF, 0xBB, 0xBF, 0x61])
        );
    }

    #[test]
    fn decode_utf8() {
        let utf8 = "'utf-8' codec can't decode";
        let e = dec(b"\xff", "utf-8", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{utf8} byte 0xff in position 0: invalid start byte")
        );
        let e = dec(b"a\xe2\x82", "utf-8", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{utf8} bytes in position 1-2: unexpected end of data")
        );
        let e = dec(b"\xe2\x28", "utf-8", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{utf8} byte 0xe2 in position 0: invalid continuation byte")
        );
        let e = dec(b"\xf0\x9f\x98x", "utf-8", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{utf8} bytes in position 0-2: invalid continuation byte")
        );
        // One U+FFFD per maximal subpart.
        assert_eq!(
            dec(b"\xed\xa0\x80", "utf-8", "replace").unwrap(),
            "\u{fffd}".repeat(3)
        );
        assert_eq!(
            dec(b"\xf4\x90\x80\x80", "utf-8", "replace").unwrap(),
            "\u{fffd}".repeat(4)
        );
        assert_eq!(
            dec(b"\xf0\x9f\x98", "utf-8", "replace").unwrap(),
            "\u{fffd}"
        );
        assert_eq!(dec(b"\xe2\x82x", "utf-8", "replace").unwrap(), "\u{fffd}x");
        assert_eq!(dec(b"a\xffb\xe2\x82", "utf-8", "ignore").unwrap(), "ab");
        assert_eq!(
            dec(b"a\xffb\xe2\x82", "utf-8", "backslashreplace").unwrap(),
            r"a\xffb\xe2\x82"
        );
        let e = dec(b"\xef\xbb\xbf\xff", "utf-8-sig", "strict").unwrap_err();
        assert_eq!(
            e,
            format!("{utf8} byte 0xff in position 0: invalid start byte")
        );
        assert_eq!(
            dec(b"\xef\xbb\xbfa\xef\xbb\xbf", "utf-8-sig", "strict").unwrap(),
            "a\u{feff}"
        );
    }

    #[test]
    fn decode_handler_outcomes() {
        let misuse = "don't know how to handle UnicodeDecodeError in error callback";
        let got = decode(b"\x80", Codec::Ascii, "xmlcharrefreplace");
        assert_eq!(got, Err(Failure::HandlerMisuse(misuse.into())));
        assert_eq!(dec(b"abc", "ascii", "bogus").unwrap(), "abc");
        let got = decode(b"\xff", Codec::Utf8, "bogus");
        assert_eq!(got, Err(Failure::UnknownHandler("bogus".into())));
        // The handlers give lone surrogates; a byte < 0x80 makes surrogateescape re-raise.
        let sur = |u: u32| surrogate::to_char(u).unwrap();
        let got = decode(b"a\xff", Codec::Utf8, "surrogateescape");
        assert_eq!(got, Ok(format!("a{}", sur(0xDCFF))));
        let got = decode(b"\xed\xa0\x80", Codec::Utf8, "surrogatepass");
        assert_eq!(got, Ok(sur(0xD800).to_string()));
        let got = decode(b"\xf4\x8d\xa0\x80", Codec::Utf8, "strict");
        assert!(matches!(got, Err(Failure::Unsupported(_))));
        let got = encode(&format!("a{}", sur(0xDC80)), Codec::Utf8, "surrogateescape");
        assert_eq!(got, Ok(b"a\x80".to_vec()));
        let e = encode(&sur(0xD800).to_string(), Codec::Utf16Le, "surrogateescape");
        assert!(matches!(e, Err(Failure::Encode(_))));
        let e = dec(b"\x00\x00\x11\x80", "utf-32-le", "surrogateescape").unwrap_err();
        assert_eq!(e, "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)");
        let e = dec(b"\xff", "utf-8", "surrogatepass").unwrap_err();
        assert_eq!(
            e,
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
    }

    #[test]
    fn decode_utf16_utf32() {
        assert_eq!(dec(b"\xfe\xff\x00a", "utf-16", "strict").unwrap(), "a");
        assert_eq!(dec(b"\xff\xfe", "utf-16-le", "strict").unwrap(), "\u{feff}");
        let e = dec(b"a", "utf-16", "strict").unwrap_err();
        assert_eq!(
            e,
            "'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data"
        );
        let e = dec(b"\x00\xd8a\x00", "utf-16", "strict").unwrap_err();
        assert_eq!(
            e,
            "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"
        );
        assert_eq!(
            dec(b"\x00\xd8a\x00", "utf-16", "replace").unwrap(),
            "\u{fffd}a"
        );
        let e = dec(b"\x00\xdc", "utf-16", "strict").unwrap_err();
        assert_eq!(
            e,
            "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"
        );
        let e = dec(b"\x00\xd8a", "utf-16-le", "strict").unwrap_err();
        assert_eq!(
            e,
            "'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data"
        );
        let e = dec(b"\x00\xd8\x00\x00", "utf-32", "strict").unwrap_err();
        let msg = "code point in surrogate code point range(0xd800, 0xe000)";
        assert_eq!(
            e,
            format!("'utf-32-le' codec can't decode bytes in position 0-3: {msg}")
        );
        let e = dec(b"\xff\xfe\x00\x00", "utf-32-be", "strict").unwrap_err();
        let msg = "code point not in range(0x110000)";
        assert_eq!(
            e,
            format!("'utf-32-be' codec can't decode bytes in position 0-3: {msg}")
        );
        assert_eq!(
            dec(b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32", "strict").unwrap(),
            "a"
        );
    }

    #[test]
    fn decode_charmaps() {
        let e = dec(b"a\x81", "cp1252", "strict").unwrap_err();
        assert_eq!(
            e,
            "'charmap' codec can't decode byte 0x81 in position 1: character maps to <undefined>"
        );
        assert_eq!(dec(b"\x80", "cp1252", "strict").unwrap(), "€");
        assert_eq!(dec(b"\xa4", "iso8859-15", "strict").unwrap(), "€");
        assert_eq!(dec(b"\xb0", "iso8859-5", "strict").unwrap(), "\u{410}");
        assert_eq!(dec(b"\x80", "cp437", "strict").unwrap(), "Ç");
        assert!(dec(b"\xa5", "iso8859-3", "strict").is_err());
        let e = dec(b"a\x80", "ascii", "strict").unwrap_err();
        assert_eq!(
            e,
            "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"
        );
    }
}
