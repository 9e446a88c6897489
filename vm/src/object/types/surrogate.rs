//! Lone surrogates (U+D800..U+DFFF) in pyrs strings, which are Rust UTF-8 and cannot hold them.
//!
//! Each lone surrogate is stored as the private-use character 0x100000 above it
//! (U+10D800..U+10DFFF). Everything that shows or encodes a character as Python sees it
//! (`ord`, `repr`, the codecs, comparison) maps it back with [`code_point`]. Those 2 048
//! private-use characters themselves are what pyrs cannot hold: creating one raises
//! [`RESERVED`] instead of silently turning it into a surrogate.

/// What pyrs reports when a program makes one of the characters lone surrogates stand in for.
pub const RESERVED: &str =
    "pyrs stores lone surrogates as U+10D800..U+10DFFF and cannot hold those characters";

const SHIFT: u32 = 0x10_0000;
const FIRST: u32 = 0xD800;
const LAST: u32 = 0xDFFF;

/// The character pyrs stores for Python code point `u`: `None` past U+10FFFF or for a
/// character in the reserved range.
pub fn to_char(u: u32) -> Option<char> {
    match u {
        FIRST..=LAST => char::from_u32(u + SHIFT),
        _ if is_reserved(u) => None,
        _ => char::from_u32(u),
    }
}

/// The Python code point of a stored character.
pub fn code_point(c: char) -> u32 {
    let u = u32::from(c);
    if is_reserved(u) {
        u - SHIFT
    } else {
        u
    }
}

/// Whether `c` stands for a lone surrogate.
pub fn is_surrogate(c: char) -> bool {
    is_reserved(u32::from(c))
}

/// Whether `u` is one of the private-use code points lone surrogates are stored as.
pub fn is_reserved(u: u32) -> bool {
    (FIRST + SHIFT..=LAST + SHIFT).contains(&u)
}

/// Whether `s` holds a lone surrogate (their UTF-8 is `F4 8D A0..BF xx`); fast when it holds no
/// byte 0xF4, which is every string below U+100000.
pub fn contains(s: &str) -> bool {
    let b = s.as_bytes();
    if !b.contains(&0xF4) {
        return false;
    }
    b.windows(3)
        .any(|w| w[0] == 0xF4 && w[1] == 0x8D && w[2] >= 0xA0)
}

/// `a` compared with `b` as Python compares strings, by code point: byte order except where
/// the first difference is a stored surrogate.
pub fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let n = x.len().min(y.len());
    let mut at = 0;
    while at + 8 <= n && x[at..at + 8] == y[at..at + 8] {
        at += 8;
    }
    let Some(at) = (at..n).find(|&k| x[k] != y[k]) else {
        return x.len().cmp(&y.len());
    };
    // Back up to the start of the character holding the first differing byte.
    let start = (0..=at).rev().find(|&i| a.is_char_boundary(i)).unwrap_or(0);
    if x[start] != 0xF4 && y[start] != 0xF4 {
        return x[at].cmp(&y[at]);
    }
    let first = |s: &str| {
        s.get(start..)
            .and_then(|t| t.chars().next())
            .map(code_point)
    };
    first(a).cmp(&first(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_order() {
        let s = to_char(0xDC80).unwrap();
        assert_eq!(code_point(s), 0xDC80);
        assert!(contains(&format!("a{s}")));
        assert!(!contains("a\u{10FFFF}\u{10C000}"));
        assert_eq!(to_char(0x10D800), None);
        // '\ud800' < '\ue000' in Python even though U+10D800 > U+E000.
        let hi = to_char(0xD800).unwrap().to_string();
        assert_eq!(compare(&hi, "\u{E000}"), std::cmp::Ordering::Less);
        assert_eq!(compare("ab", "abc"), std::cmp::Ordering::Less);
    }
}
