//! Owns turning source-file bytes into text (BOM, PEP 263 cookie, CPython 3.12's decode errors)
//! and the pre-parse nesting check (brackets, indentation, f-strings).
//!
//! Emulates `python3 file.py`: default UTF-8 is validated line by line; a `utf-8` cookie or a BOM
//! is *not* validated (bad bytes fail only in identifiers or string literals); any other cookie
//! goes through a codec read in 8192-byte chunks. When a file has several problems, the one
//! CPython meets first is reported.

/// Which Python exception a source problem becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceErrorKind {
    SyntaxError,
    IndentationError,
}

/// A source problem; `lineno == 0` means CPython attaches no location (it prints no `File` line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub kind: SourceErrorKind,
    pub msg: String,
    pub lineno: usize,
    pub offset: usize,
}

const MAX_PARENS: usize = 200;
const MAX_INDENT: usize = 100;
const MAX_FSTRINGS: usize = 150;
const CHUNK: usize = 8192;
const NUL_MSG: &str = "source code cannot contain null bytes";
const START: &str = "invalid start byte";
const END: &str = "unexpected end of data";

/// Python's codec names and aliases (after its name normalisation), by codec implemented here.
const ALIASES: &str = "utf8: cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4 utf_8 utf_8_sig
latin1: 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1
latin1: latin latin1 latin_1
ascii: 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us us us_ascii
ascii: iso_646.irv_1991 iso_ir_6 ascii
cp1252: 1252 windows_1252 cp1252";

/// cp1252 bytes 0x80..=0x9F; 0 marks the five undefined bytes.
const CP1252: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn syn(msg: impl Into<String>, lineno: usize, offset: usize) -> SourceError {
    let (kind, msg) = (SourceErrorKind::SyntaxError, msg.into());
    SourceError {
        kind,
        msg,
        lineno,
        offset,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Ascii,
    Latin1,
    Cp1252,
    Utf8,
}

/// When CPython raises: (line, phase, column); phase 0 = encoding set-up, 1 = line read,
/// 2 = tokenizing.
type Key = (usize, u8, usize);
type Found = Option<(Key, SourceError)>;

fn keep(best: &mut Found, cand: Found) {
    if let Some((k, e)) = cand {
        if best.as_ref().is_none_or(|(bk, _)| k < *bk) {
            *best = Some((k, e));
        }
    }
}

/// Returns (end of line content, start of next line); `\n`, `\r\n` and a lone `\r` end a line.
fn line_end(b: &[u8], start: usize) -> (usize, usize) {
    let mut i = start;
    while let Some(&c) = b.get(i) {
        match c {
            b'\n' => return (i, i + 1),
            b'\r' if b.get(i + 1) == Some(&b'\n') => return (i, i + 2),
            b'\r' => return (i, i + 1),
            _ => i += 1,
        }
    }
    (i, i)
}

/// Line breaks in `b[..end]`; with `pending` a `\r` at `end - 1` is not one yet (text-mode
/// lookahead).
fn breaks(b: &[u8], end: usize, pending: bool) -> usize {
    let s = b.get(..end).unwrap_or(b);
    let crs = s.iter().enumerate().filter(|&(j, &c)| {
        c == b'\r' && b.get(j + 1) != Some(&b'\n') && !(pending && j + 1 == end)
    });
    s.iter().filter(|&&c| c == b'\n').count() + crs.count()
}

fn chars(b: &[u8]) -> usize {
    String::from_utf8_lossy(b).chars().count()
}

/// CPython's 1-based column; on line 1 of a BOM file it measures the byte column against the
/// line *with* the BOM, which shifts the result (reproduced as observed).
fn column(b: &[u8], at: At, pos: usize, bom: bool) -> usize {
    match pos.saturating_sub(at.ls) {
        n if bom && at.line == 1 && n < 3 => 1,
        _ if bom && at.line == 1 => 2 + chars(b.get(at.ls..pos - 3).unwrap_or_default()),
        _ => 1 + chars(b.get(at.ls..pos).unwrap_or_default()),
    }
}

/// CPython's `get_normal_name`: looks at 12 characters, lower-cased, `_` as `-`.
fn normal_name(s: &str) -> String {
    let buf: String = s.chars().take(12).collect();
    let buf = buf.to_ascii_lowercase().replace('_', "-");
    let is = |p: &str| buf == p || buf.starts_with(&format!("{p}-"));
    if is("utf-8") {
        "utf-8".into()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        s.into()
    }
}

/// CPython's `get_coding_spec` on one line (content without terminator; `term`: it had one).
fn coding_spec(line: &[u8], term: bool) -> Option<String> {
    let (line, size) = match line.iter().position(|&c| c == 0) {
        Some(n) => (line.get(..n)?, n),
        None => (line, line.len() + usize::from(term)),
    };
    let mut i = 0;
    while i + 6 < size {
        match line.get(i)? {
            b'#' => break,
            b' ' | b'\t' | 0x0c => i += 1,
            _ => return None,
        }
    }
    while i + 6 < size {
        if line.get(i..i + 6) == Some(b"coding") && matches!(line.get(i + 6), Some(b':' | b'=')) {
            let mut t = i + 7;
            while matches!(line.get(t), Some(b' ' | b'\t')) {
                t += 1;
            }
            let begin = t;
            let name_char = |c: &u8| c.is_ascii_alphanumeric() || b"-_.".contains(c);
            while line.get(t).is_some_and(name_char) {
                t += 1;
            }
            if t > begin {
                return Some(normal_name(&String::from_utf8_lossy(line.get(begin..t)?)));
            }
        }
        i += 1;
    }
    None
}

/// Python's codec registry lookup (name normalisation + aliases), for the codecs implemented here.
fn lookup(name: &str) -> Option<Codec> {
    let mut n = String::new();
    for (k, c) in name.char_indices() {
        if c.is_ascii_alphanumeric() || c == '.' {
            let prev = name[..k].chars().next_back();
            if !n.is_empty() && prev.is_some_and(|p| !p.is_ascii_alphanumeric() && p != '.') {
                n.push('_');
            }
            n.push(c.to_ascii_lowercase());
        }
    }
    let alias = |k: &str| {
        let mut lines = ALIASES.lines();
        let line = lines.find(|l| l.split([':', ' ']).skip(1).any(|x| x == k))?;
        Some(match line.split(':').next() {
            Some("utf8") => Codec::Utf8,
            Some("latin1") => Codec::Latin1,
            Some("ascii") => Codec::Ascii,
            _ => Codec::Cp1252,
        })
    };
    alias(&n).or_else(|| alias(&n.replace('.', "_")))
}

fn byte_char(c: Codec, x: u8) -> Option<char> {
    match (c, x) {
        (_, 0..=0x7f) | (Codec::Latin1, _) | (Codec::Cp1252, 0xa0..) => Some(char::from(x)),
        (Codec::Cp1252, _) => match CP1252.get(usize::from(x) - 0x80) {
            Some(&u) if u != 0 => char::from_u32(u32::from(u)),
            _ => None,
        },
        _ => None,
    }
}

/// A decode failure as Python words it: (position, length of the bad range, reason, first byte).
struct Bad(usize, usize, &'static str, u8);

fn utf8_err(s: &[u8]) -> Option<Bad> {
    let e = std::str::from_utf8(s).err()?;
    let pos = e.valid_up_to();
    let byte = s.get(pos).copied().unwrap_or(0);
    Some(match e.error_len() {
        Some(1) if !(0xc2..=0xf4).contains(&byte) => Bad(pos, 1, START, byte),
        Some(n) => Bad(pos, n, "invalid continuation byte", byte),
        None => Bad(pos, s.len() - pos, END, byte),
    })
}

fn codec_msg(codec: &str, u: &Bad, p: usize) -> String {
    let what = match u.1 {
        0 | 1 => format!("byte 0x{:02x} in position {p}", u.3),
        n => format!("bytes in position {p}-{}", p + n - 1),
    };
    let reason = u.2;
    format!("(unicode error) '{codec}' codec can't decode {what}: {reason}")
}

/// Lines read before an encoding is known: UTF-8 is checked up to the line's first NUL, then NUL.
fn strict_error(b: &[u8], until: usize, filename: &str) -> Found {
    let (mut s, mut line) = (0, 1);
    while s < until {
        let (e, n) = line_end(b, s);
        let content = b.get(s..e)?;
        let nul = content.iter().position(|&c| c == 0);
        if let Some(u) = utf8_err(content.get(..nul.unwrap_or(content.len()))?) {
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no \
                 encoding declared; see https://peps.python.org/pep-0263/ for details",
                u.3
            );
            return Some(((line, 1, 0), syn(msg, 0, 0)));
        }
        if nul.is_some() {
            return Some(((line, 1, 0), syn(NUL_MSG, line, 0)));
        }
        (s, line) = (n, line + 1);
    }
    None
}

/// Codec errors: within the first 8192-byte chunk CPython says "encoding problem"; later chunks
/// fail in the tokenizer's readline with the codec's own message, located at the last line read.
fn codec_error(b: &[u8], c: Codec, name: &str, start: usize, cl: usize) -> Found {
    let r = b.get(start..)?;
    let (u, detect, cn) = if c == Codec::Utf8 {
        let u = utf8_err(r)?;
        let d = (u.2 != END).then_some(u.0 + if u.2 == START { 0 } else { u.1 });
        (u, d, "utf-8")
    } else {
        let pos = r.iter().position(|&x| byte_char(c, x).is_none())?;
        let (reason, cn) = match c {
            Codec::Ascii => ("ordinal not in range(128)", "ascii"),
            _ => ("character maps to <undefined>", "charmap"),
        };
        (Bad(pos, 1, reason, *r.get(pos)?), Some(pos), cn)
    };
    let (k, bd) = match detect {
        Some(d) => (d / CHUNK, d / CHUNK * CHUNK),
        None => (r.len().div_ceil(CHUNK), r.len()),
    };
    if k == 0 {
        return Some(((cl, 0, 0), syn(format!("encoding problem: {name}"), 0, 0)));
    }
    // A sequence straddling the chunk boundary is held back and re-fed with the next chunk.
    let l = breaks(b, start + bd, true);
    let msg = codec_msg(cn, &u, u.0.saturating_sub(bd));
    Some(((l + 1, 0, 0), syn(msg, l, 0)))
}

/// Unvalidated UTF-8: identifiers fail in the tokenizer (in order); string literals fail in a
/// parser action, which CPython reports only if no tokenizer error exists anywhere in the file.
fn raw_error(b: &[u8], bom: bool) -> Found {
    let mut lit = None;
    let ident = scan(b, &mut |ev, at| {
        match ev {
            Ev::Ident(e) => {
                if let Some(u) = b.get(at.pos..e).and_then(utf8_err) {
                    let off = column(b, at, at.pos + u.0, bom);
                    return Err(syn(codec_msg("utf-8", &u, u.0), at.line, off));
                }
            }
            Ev::Lit(s, e, fl) if lit.is_none() => {
                let body = b.get(s..e).unwrap_or_default();
                let off = column(b, at, at.pos, bom);
                if fl & BYTES != 0 && body.iter().any(|&c| c >= 0x80) {
                    let msg = "bytes can only contain ASCII literal characters";
                    lit = Some(syn(msg, at.line, off));
                } else if let (0, Some(u)) = (fl & BYTES, utf8_err(body)) {
                    // With a backslash in a plain string each non-ASCII run is decoded alone.
                    let (head, tail) = body.split_at(u.0.min(body.len()));
                    let run = (fl & (RAW | FSTR) == 0 && body.contains(&b'\\')).then(|| {
                        let rs = head.iter().rposition(|&c| c < 0x80).map_or(0, |x| x + 1);
                        let re = tail.iter().position(|&c| c < 0x80);
                        let re = re.map_or(body.len(), |x| x + u.0);
                        body.get(rs..re).unwrap_or_default()
                    });
                    let u = run.and_then(utf8_err).unwrap_or(u);
                    lit = Some(syn(codec_msg("utf-8", &u, u.0), at.line, off));
                }
            }
            _ => {}
        }
        Ok(())
    });
    let ident = ident.err().map(|e| ((e.lineno, 2, e.offset), e));
    ident.or_else(|| lit.map(|e| ((usize::MAX, 3, 0), e)))
}

/// Decodes a whole source file as CPython 3.12 does: UTF-8 BOM, PEP 263 cookie on line 1 or 2,
/// default UTF-8; `\r\n` and `\r` become `\n`. `filename` (CPython prints the absolute script
/// path) appears in the "Non-UTF-8 code" message. May return a nesting error (see
/// [`check_nesting`]) that CPython would meet before the decode error; callers still run
/// `check_nesting` on the text after a successful decode.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SourceError> {
    let (bom, b) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let (e1, n1) = line_end(b, 0);
    let (e2, n2) = line_end(b, n1);
    let line1 = b.get(..e1).unwrap_or_default();
    let lead = line1.iter().take_while(|&&c| c != 0 && c != b'#');
    let blank1 = lead.copied().all(|c| matches!(c, b' ' | b'\t' | 0x0c));
    let (cookie, cl, cend) = match coding_spec(line1, n1 > e1) {
        Some(s) => (Some(s), 1, n1),
        None if blank1 => match coding_spec(b.get(n1..e2).unwrap_or_default(), n2 > e2) {
            Some(s) => (Some(s), 2, n2),
            None => (None, 0, 0),
        },
        None => (None, 0, 0),
    };
    let (mut best, mut codec) = (None, None);
    let problem = |m: String| Some(((cl, 0, 0), syn(format!("encoding problem: {m}"), 0, 0)));
    match &cookie {
        Some(n) if bom && n != "utf-8" => keep(&mut best, problem(format!("{n} with BOM"))),
        Some(n) if n != "utf-8" => match lookup(n) {
            Some(c) => codec = Some(c),
            None => keep(&mut best, problem(n.clone())),
        },
        _ => {}
    }
    let strict = match (bom, cl) {
        (true, _) | (false, 1) => 0,
        (false, 2) => n1,
        _ => b.len(),
    };
    keep(&mut best, strict_error(b, strict, filename));
    if let Some(p) = b.get(strict..).and_then(|r| r.iter().position(|&c| c == 0)) {
        let l = breaks(b, strict + p, false) + 1;
        keep(&mut best, Some(((l, 1, 0), syn(NUL_MSG, l, 0))));
    }
    let name = cookie.unwrap_or_default();
    if let Some(c) = codec {
        let start = cend.saturating_sub(1);
        keep(&mut best, codec_error(b, c, &name, start, cl));
    } else if (bom || cl != 0) && std::str::from_utf8(b).is_err() {
        keep(&mut best, raw_error(b, bom));
    }
    let mut text = match codec {
        Some(c) if c != Codec::Utf8 => {
            let mut t = String::from_utf8_lossy(b.get(..cend).unwrap_or_default()).into_owned();
            let rest = b.get(cend..).unwrap_or_default().iter();
            t.extend(rest.map(|&x| byte_char(c, x).unwrap_or('\u{fffd}')));
            t
        }
        _ => String::from_utf8_lossy(b).into_owned(),
    };
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    match best {
        None => Ok(text),
        Some((k, err)) => match check_nesting(&text) {
            Err(n) if (n.lineno, 2, n.offset) < k => Err(n),
            _ => Err(err),
        },
    }
}

/// A byte position with its 1-based line and the byte index where that line starts.
#[derive(Clone, Copy, Default)]
struct At {
    pos: usize,
    line: usize,
    ls: usize,
}

/// Scanner events; each comes with an `At` (for `Ident` and `Lit`: where the token starts).
#[derive(Clone, Copy)]
enum Ev {
    /// First token of a logical line at bracket level 0, with its indentation column.
    Indent(usize),
    /// An opening bracket or f-string `{`, with the bracket level before it.
    Open(usize),
    /// An f-string's opening quote, with the f-string nesting before it.
    FString(usize),
    /// An identifier or number run, with its end.
    Ident(usize),
    /// Literal text (start, end) of a string, with its prefix flags.
    Lit(usize, usize, u8),
}

const RAW: u8 = 1;
const FSTR: u8 = 2;
const BYTES: u8 = 4;

/// Scanner frames: code (inside an f-string field?, open brackets), string (quote, triple?,
/// prefix flags, token start, start of the current literal part), format spec (part start).
#[derive(Clone, Copy)]
enum Frame {
    Code(bool, usize),
    Str(u8, bool, u8, At, usize),
    Spec(usize),
}

type Sink<'f> = &'f mut dyn FnMut(Ev, At) -> Result<(), SourceError>;

/// Skeleton tokenizer state: an explicit frame stack, no recursion.
#[derive(Default)]
struct Scan<'a> {
    b: &'a [u8],
    st: Vec<Frame>,
    at: At,
    level: usize,
    fdepth: usize,
}

impl Scan<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.b.get(self.at.pos + k).copied().unwrap_or(0)
    }
    fn newline(&mut self) {
        self.at.pos += 1 + usize::from(self.peek(0) == b'\r' && self.peek(1) == b'\n');
        (self.at.line, self.at.ls) = (self.at.line + 1, self.at.pos);
    }
    /// The innermost string frame: (quote, triple-quoted?, flags, token start).
    fn string(&self) -> Option<(u8, bool, u8, At)> {
        self.st.iter().rev().find_map(|fr| match *fr {
            Frame::Str(q, triple, fl, tok, _) => Some((q, triple, fl, tok)),
            _ => None,
        })
    }
    /// The f-string's closing quote ended a format spec early: back to the string frame.
    fn unwind(&mut self) {
        while let (true, Some(fr)) = (self.st.len() > 1, self.st.last().copied()) {
            match fr {
                Frame::Str(..) => break,
                Frame::Code(_, depth) => self.level = self.level.saturating_sub(depth + 1),
                Frame::Spec(_) => {}
            }
            self.st.pop();
        }
    }
    /// `}` ends a replacement field: drop its spec and expression frames, resume the literal.
    fn close_field(&mut self) {
        if let Some(Frame::Spec(_)) = self.st.last() {
            self.st.pop();
        }
        if let Some(Frame::Code(true, depth)) = self.st.last().copied() {
            self.st.pop();
            self.level = self.level.saturating_sub(depth + 1);
        }
        self.at.pos += 1;
        if let Some(Frame::Str(.., seg) | Frame::Spec(seg)) = self.st.last_mut() {
            *seg = self.at.pos;
        }
    }
    fn open(&mut self, f: Sink, field: bool) -> Result<(), SourceError> {
        f(Ev::Open(self.level), self.at)?;
        self.level += 1;
        if field {
            self.st.push(Frame::Code(true, 0));
        } else if let Some(Frame::Code(_, depth)) = self.st.last_mut() {
            *depth += 1;
        }
        self.at.pos += 1;
        Ok(())
    }
    /// Reports the innermost string's literal text from `seg` to here.
    fn lit(&self, f: Sink, seg: usize) -> Result<(), SourceError> {
        match self.string() {
            Some((.., fl, tok)) if seg < self.at.pos => f(Ev::Lit(seg, self.at.pos, fl), tok),
            _ => Ok(()),
        }
    }
    /// An identifier run ending right here that is a string prefix: (flags, its start).
    fn prefix(&self, ident: (usize, usize)) -> (u8, usize) {
        let run = self
            .b
            .get(ident.0..ident.1)
            .filter(|_| ident.1 == self.at.pos);
        let p = run.unwrap_or_default().to_ascii_lowercase();
        match &p[..] {
            b"r" | b"u" | b"b" | b"br" | b"rb" | b"f" | b"fr" | b"rf" => {
                let flag = |c: u8, fl: u8| if p.contains(&c) { fl } else { 0 };
                (
                    flag(b'r', RAW) | flag(b'f', FSTR) | flag(b'b', BYTES),
                    ident.0,
                )
            }
            _ => (0, self.at.pos),
        }
    }
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Walks `b` once, skipping comments and string contents, and reports events to `f` (O(n)).
fn scan(b: &[u8], f: Sink) -> Result<(), SourceError> {
    let mut s = Scan {
        b,
        ..Scan::default()
    };
    s.at.line = 1;
    s.st.push(Frame::Code(false, 0));
    let (mut bol, mut cont, mut ident) = (true, false, (usize::MAX, 0));
    while let (Some(&c), Some(&top)) = (b.get(s.at.pos), s.st.last()) {
        match top {
            Frame::Code(field, depth) => {
                let at_line_start = std::mem::take(&mut bol) && !std::mem::take(&mut cont);
                if at_line_start && s.st.len() == 1 && s.level == 0 {
                    let mut col = 0;
                    while let Some(&w) = b.get(s.at.pos) {
                        match w {
                            b' ' => col += 1,
                            b'\t' => col = (col / 8 + 1) * 8,
                            0x0c => col = 0,
                            _ => break,
                        }
                        s.at.pos += 1;
                    }
                    if !matches!(b.get(s.at.pos), None | Some(b'#' | b'\n' | b'\r')) {
                        f(Ev::Indent(col), s.at)?;
                    }
                    continue;
                }
                match c {
                    b'#' => s.at.pos = line_end(b, s.at.pos).0,
                    b'\\' if matches!(s.peek(1), b'\n' | b'\r') => {
                        s.at.pos += 1;
                        s.newline();
                        (bol, cont) = (true, true);
                    }
                    b'\n' | b'\r' => {
                        s.newline();
                        bol = true;
                    }
                    b'\'' | b'"' => {
                        let (fl, start) = s.prefix(ident);
                        if fl & FSTR != 0 {
                            f(Ev::FString(s.fdepth), s.at)?;
                            s.fdepth += 1;
                        }
                        let triple = s.peek(1) == c && s.peek(2) == c;
                        let tok = At { pos: start, ..s.at };
                        s.at.pos += if triple { 3 } else { 1 };
                        s.st.push(Frame::Str(c, triple, fl, tok, s.at.pos));
                    }
                    c if is_ident(c) => {
                        let start = s.at;
                        while b.get(s.at.pos).is_some_and(|&c| is_ident(c)) {
                            s.at.pos += 1;
                        }
                        ident = (start.pos, s.at.pos);
                        f(Ev::Ident(s.at.pos), start)?;
                    }
                    b'(' | b'[' | b'{' => s.open(f, false)?,
                    b'}' if field && depth == 0 => s.close_field(),
                    b')' | b']' | b'}' => {
                        s.level = s.level.saturating_sub(1);
                        if let Some(Frame::Code(_, depth)) = s.st.last_mut() {
                            *depth = depth.saturating_sub(1);
                        }
                        s.at.pos += 1;
                    }
                    b':' if field && depth == 0 => {
                        s.at.pos += 1;
                        s.st.push(Frame::Spec(s.at.pos));
                    }
                    _ => s.at.pos += 1,
                }
            }
            Frame::Str(q, triple, fl, _, seg) => {
                let fs = fl & FSTR != 0;
                match c {
                    b'\\' => match s.peek(1) {
                        b'{' | b'}' if fs => s.at.pos += 1,
                        b'N' if fs && fl & RAW == 0 && s.peek(2) == b'{' => {
                            s.at.pos += 3;
                            while !matches!(s.peek(0), 0 | b'}' | b'\n' | b'\r') && s.peek(0) != q {
                                s.at.pos += 1;
                            }
                            s.at.pos += usize::from(s.peek(0) == b'}');
                        }
                        b'\n' | b'\r' => {
                            s.at.pos += 1;
                            s.newline();
                        }
                        _ => s.at.pos += 2,
                    },
                    b'\n' | b'\r' if !triple => {
                        s.st.pop(); // unterminated (the tokenizer reports it): newline is code
                        s.fdepth -= usize::from(fs && s.fdepth > 0);
                    }
                    b'\n' | b'\r' => s.newline(),
                    _ if c == q && (!triple || (s.peek(1) == q && s.peek(2) == q)) => {
                        s.lit(f, seg)?;
                        s.st.pop();
                        s.fdepth -= usize::from(fs && s.fdepth > 0);
                        s.at.pos += if triple { 3 } else { 1 };
                        ident = (usize::MAX, 0);
                    }
                    b'{' if fs && s.peek(1) == b'{' => s.at.pos += 2,
                    b'{' if fs => {
                        s.lit(f, seg)?;
                        s.open(f, true)?;
                    }
                    _ => s.at.pos += 1,
                }
            }
            Frame::Spec(seg) => {
                let closes = |(q, triple, ..): (u8, bool, u8, At)| {
                    c == q && (!triple || (s.peek(1) == q && s.peek(2) == q))
                };
                let ends = s.string().is_some_and(closes);
                if ends || c == b'{' || c == b'}' {
                    s.lit(f, seg)?;
                }
                match c {
                    _ if ends => s.unwind(),
                    b'{' => s.open(f, true)?,
                    b'}' => s.close_field(),
                    b'\\' => s.at.pos += 2,
                    b'\n' | b'\r' => s.newline(),
                    _ => s.at.pos += 1,
                }
            }
        }
    }
    Ok(())
}

/// Refuses nesting deeper than CPython 3.12's tokenizer allows: the 201st open bracket (an f-string
/// `{` counts), the 100th indentation level, the 150th nested f-string. O(n), no recursion.
pub fn check_nesting(text: &str) -> Result<(), SourceError> {
    let b = text.as_bytes();
    let mut indents = vec![0usize];
    scan(b, &mut |ev, at| {
        let col = || 1 + chars(b.get(at.ls..at.pos).unwrap_or_default());
        match ev {
            Ev::Open(n) if n >= MAX_PARENS => {
                Err(syn("too many nested parentheses", at.line, col()))
            }
            Ev::FString(n) if n + 1 >= MAX_FSTRINGS => {
                Err(syn("too many nested f-strings", at.line, col()))
            }
            Ev::Indent(c) if indents.last().is_some_and(|&t| c > t) => {
                if indents.len() >= MAX_INDENT {
                    let e = syn("too many levels of indentation", at.line, 1);
                    return Err(SourceError {
                        kind: SourceErrorKind::IndentationError,
                        ..e
                    });
                }
                indents.push(c);
                Ok(())
            }
            Ev::Indent(c) => {
                while indents.len() > 1 && indents.last().is_some_and(|&t| t > c) {
                    indents.pop();
                }
                Ok(())
            }
            _ => Ok(()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts `$f(input) == want` for each `input => want;` row (brace form keeps one row a line).
    macro_rules! table {
        ($f:expr; $($src:expr => $want:expr;)*) => {
            $(assert_eq!($f($src), $want, "{}", stringify!($src));)*
        };
    }

    /// The decoded text, or `msg@line:offset`.
    fn dec(b: &[u8]) -> String {
        let r = decode_source(b, "/t/x.py");
        r.unwrap_or_else(|e| format!("{}@{}:{}", e.msg, e.lineno, e.offset))
    }

    /// `ok`, or `[IndentationError ]msg@line:offset`.
    fn nest(text: &str) -> String {
        let kind = |e: &SourceError| format!("{:?} ", e.kind).replace("SyntaxError ", "");
        let show = |e: SourceError| format!("{}{}@{}:{}", kind(&e), e.msg, e.lineno, e.offset);
        check_nesting(text).map_or_else(show, |_| "ok".into())
    }

    #[test]
    fn decodes_like_cpython() {
        table! { dec;
            b"print(1)\n" => "print(1)\n";
            b"\xef\xbb\xbfx = '\xc3\xa9'\n" => "x = '\u{e9}'\n";
            b"# -*- coding: latin-1 -*-\n'\xe9'" => "# -*- coding: latin-1 -*-\n'\u{e9}'";
            b"#!/py\n# vim: set fileencoding=cp1252 :\n'\x80'" => "#!/py\n# vim: set fileencoding=cp1252 :\n'\u{20ac}'";
            b"\n#coding=l1\n'\xe9'" => "\n#coding=l1\n'\u{e9}'";
            b"# coding: utf8\r\nx = 1\ry = 2\r\n" => "# coding: utf8\nx = 1\ny = 2\n";
            b"# coding: utf-8\nx = 1 # \xe9\n" => "# coding: utf-8\nx = 1 # \u{fffd}\n";
            b"\xef\xbb\xbf# coding: UTF_8\nx = 1\n" => "# coding: UTF_8\nx = 1\n";
            b"# coding: ascii \xe9\nx = 1\n" => "# coding: ascii \u{fffd}\nx = 1\n";
            b"# coding: latin1\n# coding: ascii\n'\xe9'" => "# coding: latin1\n# coding: ascii\n'\u{e9}'";
            b"# coding: 646\nx = 1\n" => "# coding: 646\nx = 1\n";
        }
    }

    #[test]
    fn errors_like_cpython() {
        let non_utf8 = |b: &str, l: usize| {
            format!("Non-UTF-8 code starting with '\\x{b}' in file /t/x.py on line {l}, but no encoding declared; see https://peps.python.org/pep-0263/ for details@0:0")
        };
        let u8e = |s: &str| format!("(unicode error) 'utf-8' codec can't decode {s}");
        let nul = |l: usize| format!("{NUL_MSG}@{l}:0");
        table! { dec;
            b"x = 1\ny = '\xe9'\n" => non_utf8("e9", 2);
            b"x=1\n# coding: latin-1\n\xe9\n" => non_utf8("e9", 3);
            b"#\xe9\n# coding: latin-1\n" => non_utf8("e9", 1);
            b"x=1\r\xed\xa0\x80\n" => non_utf8("ed", 2);
            b"x=1 \xe9 \x00\n" => non_utf8("e9", 1);
            b"x=1 \x00 \xe9\n" => nul(1);
            b"x = 1\ny = 2\nprint(1)\x00\n" => nul(3);
            b"# coding: ascii\nx = 1\n\x00\n" => nul(3);
            b"# coding: utf-8\nx = '\xe9'\n\x00\n" => nul(3);
            b"# coding: ascii\nprint('\xe9')\n" => "encoding problem: ascii@0:0";
            b"# coding: cp1252\nprint('\x81')\n" => "encoding problem: cp1252@0:0";
            b"# coding: utf8\nx = 1\n\xff\n" => "encoding problem: utf8@0:0";
            b"# coding: FooBar\n" => "encoding problem: FooBar@0:0";
            b"# coding: utf-16\nprint(1)\n" => "encoding problem: utf-16@0:0";
            b"\xef\xbb\xbf# coding: latin-1\n" => "encoding problem: iso-8859-1 with BOM@0:0";
            b"\xef\xbb\xbf\n# coding: utf8\n" => "encoding problem: utf8 with BOM@0:0";
            b"# coding: utf-8\n\nprint(\"\xe9\")\n" => u8e("byte 0xe9 in position 0: unexpected end of data@3:7");
            b"# coding: utf-8\nx = \"\xe2\x82A\"\n" => u8e("bytes in position 0-1: invalid continuation byte@2:5");
            b"# coding: utf-8\nx = \"\\n\xc3\xa9\xe9a\"\n" => u8e("byte 0xe9 in position 2: unexpected end of data@2:5");
            b"\xef\xbb\xbfprint(\"\xe9\")\n" => u8e("byte 0xe9 in position 0: unexpected end of data@1:5");
            b"# coding: utf-8\nx\xc3\xa9\xe9y = 1\n" => u8e("byte 0xe9 in position 3: invalid continuation byte@2:3");
            b"# coding: utf8\nx=1\n#\xc3" => u8e("byte 0xc3 in position 0: unexpected end of data@2:0");
            b"# coding: utf-8\nx = b\"\xe9\"\n" => "bytes can only contain ASCII literal characters@2:5";
        }
        let mut big = b"# coding: ascii\n".to_vec();
        (0..2000).for_each(|_| big.extend(b"x = 1\n"));
        big.extend(b"y = \"\xe9\"\n");
        let want =
            "'ascii' codec can't decode byte 0xe9 in position 3814: ordinal not in range(128)";
        assert_eq!(
            dec(&big),
            format!("(unicode error) {want}@1366:0"),
            "past the first chunk"
        );
        let deep = format!(
            "x = {}1{}\ny = '\u{e9}'\n",
            "(".repeat(201),
            ")".repeat(201)
        );
        let deep: Vec<u8> = deep.bytes().filter(|&c| c != 0xc3).collect();
        assert_eq!(
            dec(&deep),
            "too many nested parentheses@1:205",
            "earlier nesting error wins"
        );
    }

    #[test]
    fn bracket_limits() {
        let n = |pre: &str, n: usize, post: &str| {
            nest(&format!(
                "x = {pre}{}1{}{post}\n",
                "(".repeat(n),
                ")".repeat(n)
            ))
        };
        let p = "(".repeat(300);
        let skipped = format!("'{p}' + \"{p}\" + '''\n{p}\n''' + r'\\'{p}' + b\"\\\"{p}\" # {p}\n");
        let fstr = format!("f'{{{{{p}}}}}' + f'{{1}}{p}' + rf'\\{{1}}' + f'\\N{{DASH}}{{1}}'\n");
        let fs = |n: usize| nest(&format!("x = {}1{}\n", "f'{".repeat(n), "}'".repeat(n)));
        let many = "too many nested parentheses";
        table! { |s: String| s;
            n("", 200, "") => "ok";
            n("", 201, "") => format!("{many}@1:205");
            nest(&format!("# \u{e9}\n\u{e9} = {}1", "(".repeat(201))) => format!("{many}@2:205");
            n("f'{", 199, "}'") => "ok";
            n("f'{", 200, "}'") => format!("{many}@1:207");
            n("f'{1:{", 198, "}}'") => "ok";
            n("f'''{\n", 199, "\n}'''") => "ok";
            n("f\"{(\n", 199, ")}\"") => format!("{many}@2:199");
            nest(&(skipped + &"(".repeat(200))) => "ok";
            nest(&fstr) => "ok";
            fs(149) => "ok";
            fs(150) => "too many nested f-strings@1:453";
        }
    }

    #[test]
    fn indentation_limits() {
        // With `extra`, comment/blank/bracketed/continued/string lines follow each `if 1:`.
        let ind = |n: usize, unit: &str, extra: bool| {
            let mut s = String::new();
            for i in 0..n {
                let (head, b) = (unit.repeat(i), unit.repeat(i + 1));
                s += &format!("{head}if 1:\n");
                if extra {
                    s += &format!("{b}# c\n\n{b}(1,\n2)\n{b}x = \\\n 1\n{b}y = '''\n  x\n'''\n");
                }
            }
            s + &unit.repeat(n) + "pass\n"
        };
        let deep = |l: usize| format!("IndentationError too many levels of indentation@{l}:1");
        table! { |s: String| nest(&s);
            ind(99, " ", false) => "ok";
            ind(100, " ", false) => deep(101);
            ind(99, "\t", true) => "ok";
            ind(100, "\t", true) => deep(994);
            format!("{}x = 1\n{}", ind(60, " ", false), ind(99, " ", false)) => "ok";
            format!("s = '''\n{}'''\n", ind(150, " ", false)) => "ok";
        }
    }

    #[test]
    fn never_panics() {
        let alphabet = b"\x00\r\n \t\x0c#'\"\\{}()[]:!=rbfuN\x80\xc3\xa9\xe2\xef\xbb\xbfx";
        let mut seed = 0x2545_f491_u64;
        for _ in 0..4000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mut src = if seed & 1 == 0 {
                b"# coding: utf-8\n".to_vec()
            } else {
                Vec::new()
            };
            for k in 0..(seed >> 56) {
                let r = seed.rotate_left(k as u32 * 7) ^ k.wrapping_mul(0x9e37_79b9);
                src.push(alphabet[(r % alphabet.len() as u64) as usize]);
            }
            let text =
                decode_source(&src, "x").unwrap_or_else(|_| String::from_utf8_lossy(&src).into());
            let _ = check_nesting(&text);
        }
    }
}
