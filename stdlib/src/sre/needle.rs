//! What a search can look for before it runs the engine: a run of characters, each from a
//! known set of bytes, that every match holds a bounded distance after its start (the
//! literal `"\/Qngr(` one character after the start of `(^|[^\\])"\/Qngr\(`, or one of
//! `agggtaaa` and `tttaccct`, position by position). The engine's own search skips only
//! the positions where no match can start with a literal prefix or one known character;
//! anything else runs the whole matcher at every position. Text whose characters all fit a
//! byte is scanned for the run first, and the engine tried only where a match can start.

use hashbrown::HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use rustpython_sre_engine::{Request, SreOpcode as Op, State, MAXREPEAT};

/// The bytes one character of a match can be.
pub(super) type Class = Rc<[bool; 256]>;

/// Fewer bits than this (a run whose characters are more than about seven bytes in ten)
/// and the scan would stop at nearly every position: the engine searches alone.
const MIN_BITS: f64 = 0.5;
/// The classes of a run that count towards its choice and its scan (at most the bits of a
/// mask).
const MAX_RUN: usize = 12;
/// What a run at an unbounded distance after the start (`.*abc`) counts against its bits:
/// it still rules out the text after its last occurrence.
const UNBOUNDED_SPREAD: f64 = 8.0;
/// Classes not seen before that one pattern's walk may have the engine decide (each costs
/// 256 runs of the engine); past them the walk ends.
const NEW_CLASSES: usize = 64;
/// The classes kept for other patterns.
const MAX_CLASSES: usize = 4096;
/// Branches nested deeper than this end the walk.
const MAX_DEPTH: u32 = 32;

/// `len` characters in a row start between `lo` and `hi` characters after every match's
/// start (hi None: any number); bit i of `masks[b]` says byte b can be the run's character i.
pub(super) struct Needle {
    masks: Box<[u32; 256]>,
    /// The run's first character when it can be only one byte.
    lead: Option<u8>,
    len: usize,
    lo: usize,
    hi: Option<usize>,
}

thread_local! {
    /// The class of each single-character operation seen, by its words (`\w`, `\s`, `[0-9]`
    /// recur across patterns).
    static CLASSES: RefCell<HashMap<Vec<u32>, Class>> = RefCell::new(HashMap::new());
    /// How many more new classes the current walk may decide.
    static BUDGET: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The needle of checked code `words`, when one is worth scanning for.
pub(super) fn needle(words: &[u32]) -> Option<Needle> {
    let mut i = 0;
    if words.first() == Some(&(Op::INFO as u32)) {
        i = 1 + *words.get(1)? as usize;
    }
    BUDGET.with(|b| b.set(NEW_CLASSES));
    let walk = walk(words, i, words.len(), 0);
    let best = walk
        .runs
        .into_iter()
        .map(|r| {
            let classes: Vec<Class> = r.classes.into_iter().take(MAX_RUN).collect();
            let spread = match r.hi {
                Some(hi) => ((hi - r.lo + 1) as f64).log2(),
                None => UNBOUNDED_SPREAD,
            };
            let bits = classes.iter().map(|c| bits(c)).sum::<f64>() - spread;
            let mut masks = Box::new([0u32; 256]);
            for (i, class) in classes.iter().enumerate() {
                for (mask, &in_class) in masks.iter_mut().zip(class.iter()) {
                    if in_class {
                        *mask |= 1 << i;
                    }
                }
            }
            let mut firsts = (0..=255u8).filter(|&b| classes[0][b as usize]);
            let lead = match (firsts.next(), firsts.next()) {
                (Some(b), None) => Some(b),
                _ => None,
            };
            let needle = Needle {
                masks,
                lead,
                len: classes.len(),
                lo: r.lo,
                hi: r.hi,
            };
            (bits, needle)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best.0 >= MIN_BITS).then_some(best.1)
}

/// How much one class narrows a scan: log2 of 256 over its size.
fn bits(c: &[bool; 256]) -> f64 {
    let n = c.iter().filter(|&&b| b).count();
    if n == 0 {
        return 64.0;
    }
    (256.0 / n as f64).log2()
}

/// Characters in a row at a distance `lo..=hi` (hi None: unbounded) from the start.
struct Run {
    classes: Vec<Class>,
    lo: usize,
    hi: Option<usize>,
}

/// What a walk of a sequence found.
struct Walk {
    runs: Vec<Run>,
    /// The width of the whole sequence, when every operation of it was understood.
    width: Option<(usize, Option<usize>)>,
}

impl Walk {
    /// The run the sequence starts with (empty when it starts otherwise).
    fn lead(&self) -> &[Class] {
        match self.runs.first() {
            Some(r) if r.lo == 0 && r.hi == Some(0) => &r.classes,
            _ => &[],
        }
    }
}

fn add(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    a?.checked_add(b?)
}

/// Walks the operations of `i..end`, a sequence of checked code.
fn walk(w: &[u32], mut i: usize, end: usize, depth: u32) -> Walk {
    let mut runs = Vec::new();
    let mut run: Vec<Class> = Vec::new();
    let (mut lo, mut hi) = (0usize, Some(0usize));
    let (mut run_lo, mut run_hi) = (0, Some(0));
    // Closes the current run (the next starts where the sequence has got to).
    macro_rules! close {
        () => {
            if !run.is_empty() {
                runs.push(Run {
                    classes: std::mem::take(&mut run),
                    lo: run_lo,
                    hi: run_hi,
                });
            }
        };
    }
    let unknown = loop {
        if i >= end {
            break false;
        }
        let Some(op) = w.get(i).and_then(|&x| Op::try_from(x).ok()) else {
            break true;
        };
        let skip = |at: usize| w.get(at).map(|&s| at + s as usize);
        if let Some((class, next)) = single(w, i) {
            if run.is_empty() {
                (run_lo, run_hi) = (lo, hi);
            }
            run.push(class);
            lo = lo.saturating_add(1);
            hi = add(hi, Some(1));
            i = next;
            continue;
        }
        match op {
            Op::MARK | Op::AT => i += 2,
            Op::ASSERT | Op::ASSERT_NOT => match skip(i + 1) {
                Some(t) => i = t,
                None => break true,
            },
            Op::SUCCESS => break false,
            Op::REPEAT_ONE | Op::MIN_REPEAT_ONE | Op::POSSESSIVE_REPEAT_ONE => {
                let (Some(t), Some(&min), Some(&max)) = (skip(i + 1), w.get(i + 2), w.get(i + 3))
                else {
                    break true;
                };
                let (min, max) = (min as usize, max as usize);
                let Some((class, _)) = single(w, i + 4) else {
                    close!();
                    break true;
                };
                if min == max && min <= MAX_RUN {
                    if run.is_empty() {
                        (run_lo, run_hi) = (lo, hi);
                    }
                    run.extend(std::iter::repeat_n(class, min));
                } else {
                    if min >= 1 {
                        if run.is_empty() {
                            (run_lo, run_hi) = (lo, hi);
                        }
                        run.push(class);
                    }
                    close!();
                }
                lo = lo.saturating_add(min);
                hi = if max >= MAXREPEAT {
                    None
                } else {
                    add(hi, Some(max))
                };
                i = t;
            }
            Op::REPEAT | Op::POSSESSIVE_REPEAT | Op::ATOMIC_GROUP if depth < MAX_DEPTH => {
                // REPEAT skip min max body UNTIL, POSSESSIVE_REPEAT skip min max body
                // SUCCESS, ATOMIC_GROUP skip body SUCCESS: the body's run leads each
                // repetition of it, the first at the repeat's own distance.
                let Some(t) = skip(i + 1) else { break true };
                let (min, max, body) = if op == Op::ATOMIC_GROUP {
                    (1, 1, i + 2)
                } else {
                    match (w.get(i + 2), w.get(i + 3)) {
                        (Some(&min), Some(&max)) => (min as usize, max as usize, i + 4),
                        _ => break true,
                    }
                };
                close!();
                let atomic = usize::from(op == Op::ATOMIC_GROUP);
                let inner = walk(w, body, t.saturating_sub(atomic), depth + 1);
                if min >= 1 && !inner.lead().is_empty() {
                    runs.push(Run {
                        classes: inner.lead().to_vec(),
                        lo,
                        hi,
                    });
                }
                let Some((b_lo, b_hi)) = inner.width else {
                    break true;
                };
                lo = lo.saturating_add(min.saturating_mul(b_lo));
                hi = if max >= MAXREPEAT {
                    None
                } else {
                    add(hi, b_hi.and_then(|h| h.checked_mul(max)))
                };
                i = t + 1 - atomic;
            }
            Op::BRANCH if depth < MAX_DEPTH => {
                close!();
                let mut alt = i + 1;
                let mut leads: Option<Vec<Class>> = None;
                let (mut b_lo, mut b_hi) = (usize::MAX, Some(0usize));
                let mut known = true;
                while let Some(&s) = w.get(alt) {
                    if s == 0 {
                        break;
                    }
                    let t = alt + s as usize;
                    let inner = walk(w, alt + 1, t.saturating_sub(2), depth + 1);
                    let lead = inner.lead();
                    leads = Some(match leads {
                        None => lead.to_vec(),
                        Some(prev) => prev.iter().zip(lead).map(|(a, b)| union(a, b)).collect(),
                    });
                    match inner.width {
                        Some((l, h)) => {
                            b_lo = b_lo.min(l);
                            b_hi = match (b_hi, h) {
                                (Some(x), Some(y)) => Some(x.max(y)),
                                _ => None,
                            };
                        }
                        None => known = false,
                    }
                    alt = t;
                }
                if let Some(lead) = leads.filter(|l| !l.is_empty()) {
                    runs.push(Run {
                        classes: lead,
                        lo,
                        hi,
                    });
                }
                if !known || b_lo == usize::MAX {
                    break true;
                }
                lo = lo.saturating_add(b_lo);
                hi = add(hi, b_hi);
                i = alt + 1;
            }
            _ => break true,
        }
    };
    close!();
    Walk {
        runs,
        width: (!unknown).then_some((lo, hi)),
    }
}

/// The union of two classes.
fn union(a: &Class, b: &Class) -> Class {
    if Rc::ptr_eq(a, b) {
        return a.clone();
    }
    let mut out = [false; 256];
    for (k, o) in out.iter_mut().enumerate() {
        *o = a[k] || b[k];
    }
    Rc::new(out)
}

/// The operation at `i` when it matches exactly one character: its class and the index
/// after it.
fn single(w: &[u32], i: usize) -> Option<(Class, usize)> {
    let op = Op::try_from(*w.get(i)?).ok()?;
    let next = match op {
        Op::ANY | Op::ANY_ALL => i + 1,
        Op::LITERAL
        | Op::NOT_LITERAL
        | Op::LITERAL_IGNORE
        | Op::NOT_LITERAL_IGNORE
        | Op::LITERAL_UNI_IGNORE
        | Op::NOT_LITERAL_UNI_IGNORE
        | Op::LITERAL_LOC_IGNORE
        | Op::NOT_LITERAL_LOC_IGNORE => i + 2,
        Op::IN | Op::IN_IGNORE | Op::IN_UNI_IGNORE | Op::IN_LOC_IGNORE => {
            i + 1 + *w.get(i + 1)? as usize
        }
        _ => return None,
    };
    let words = w.get(i..next)?;
    if op == Op::LITERAL {
        let mut c = [false; 256];
        if let Some(slot) = c.get_mut(words[1] as usize) {
            *slot = true;
        }
        return Some((Rc::new(c), next));
    }
    Some((class_of(words)?, next))
}

/// The bytes the single-character operation `words` matches, as the engine decides them
/// (it is run on each byte): its categories and case rules are the engine's own. None when
/// the walk has decided its share of new classes.
fn class_of(words: &[u32]) -> Option<Class> {
    if let Some(c) = CLASSES.with(|m| m.borrow().get(words).cloned()) {
        return Some(c);
    }
    if BUDGET.with(|b| b.replace(b.get().saturating_sub(1))) == 0 {
        return None;
    }
    let mut code = words.to_vec();
    code.push(Op::SUCCESS as u32);
    let mut state = State::default();
    let mut class = [false; 256];
    for (byte, slot) in class.iter_mut().enumerate() {
        let text = [byte as u8];
        let req = Request {
            string: &text[..],
            start: 0,
            end: 1,
            pattern_codes: &code,
            match_all: false,
            must_advance: false,
        };
        state.reset(&req, 0);
        *slot = state.py_match(&req);
    }
    let class = Rc::new(class);
    CLASSES.with(|m| {
        let mut m = m.borrow_mut();
        // (a program making ever new classes does not grow the table without end)
        if m.len() >= MAX_CLASSES {
            m.clear();
        }
        m.insert(words.to_vec(), class.clone())
    });
    Some(class)
}

impl Needle {
    /// Searches `text[start..end]` as the engine's search would (the leftmost match, tried
    /// with `must_advance` at `start` only), running the engine only where the run puts a
    /// possible start. True when `state` holds a match.
    pub(super) fn search(
        &self,
        state: &mut State,
        text: &[u8],
        code: &[u32],
        start: usize,
        end: usize,
        must_advance: bool,
    ) -> bool {
        let k = self.len;
        let found = 1u32 << (k - 1);
        // The next position a match may start at.
        let mut from = start;
        // Shift-and: bit i of `seen` says the i + 1 characters up to the current one are
        // the run's first i + 1.
        let mut seen = 0u32;
        let scan_from = start.saturating_add(self.lo);
        let mut next = scan_from;
        while next < end {
            let rest = &text[next..end];
            let scanned = match self.lead {
                Some(lead) => scan_from_lead(&self.masks, found, lead, rest, seen),
                None => scan(&self.masks, found, rest, seen),
            };
            let Some((j, now)) = scanned else {
                return false;
            };
            seen = now;
            let j = next + j;
            next = j + 1;
            // The run starts at `at`, so a match starts `lo..=hi` before it.
            let at = j + 1 - k;
            let last = at - self.lo;
            let first = match self.hi {
                Some(hi) => from.max(at.saturating_sub(hi)),
                None => from,
            };
            for p in first..=last {
                let req = Request {
                    string: text,
                    start: p,
                    end,
                    pattern_codes: code,
                    match_all: false,
                    must_advance: must_advance && p == start,
                };
                state.reset(&req, p);
                if state.py_match(&req) {
                    return true;
                }
            }
            from = from.max(last + 1);
        }
        false
    }
}

/// [`scan`] for a run whose first character is one byte: where no part of the run is
/// under way, the next place it can start is looked for byte by byte no more.
#[inline(never)]
fn scan_from_lead(
    masks: &[u32; 256],
    found: u32,
    lead: u8,
    text: &[u8],
    mut seen: u32,
) -> Option<(usize, u32)> {
    let mut j = 0;
    while j < text.len() {
        if seen == 0 {
            j += memchr::memchr(lead, &text[j..])?;
        }
        seen = ((seen << 1) | 1) & masks[text[j] as usize];
        if seen & found != 0 {
            return Some((j, seen));
        }
        j += 1;
    }
    None
}

/// Steps the shift-and state `seen` over `text` up to the first byte that completes the run
/// (`found`, the run's last bit): its index and the state there. Apart from the search, so
/// that the few values of the loop stay in registers.
#[inline(never)]
fn scan(masks: &[u32; 256], found: u32, text: &[u8], mut seen: u32) -> Option<(usize, u32)> {
    for (j, &byte) in text.iter().enumerate() {
        seen = ((seen << 1) | 1) & masks[byte as usize];
        if seen & found != 0 {
            return Some((j, seen));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{needle, Op};

    const MAX: u32 = super::MAXREPEAT as u32;

    fn o(op: Op) -> u32 {
        op as u32
    }

    /// The classes of a needle as the bytes they hold.
    fn bytes_of(code: &[u32]) -> Option<(Vec<Vec<u8>>, usize, usize)> {
        let n = needle(code)?;
        let classes = (0..n.len)
            .map(|i| {
                (0..=255u8)
                    .filter(|&b| n.masks[b as usize] & (1 << i) != 0)
                    .collect()
            })
            .collect();
        Some((classes, n.lo, n.hi.unwrap_or(usize::MAX)))
    }

    // Code lists as CPython 3.12's compiler makes them.

    #[test]
    #[rustfmt::skip]
    fn finds_a_run_after_an_optional_character() {
        // x?ab
        let code = [
            o(Op::INFO), 4, 0, 2, 3,
            o(Op::REPEAT_ONE), 6, 0, 1, o(Op::LITERAL), 120, o(Op::SUCCESS),
            o(Op::LITERAL), 97, o(Op::LITERAL), 98, o(Op::SUCCESS),
        ];
        assert_eq!(bytes_of(&code), Some((vec![vec![b'a'], vec![b'b']], 0, 1)));
    }

    #[test]
    #[rustfmt::skip]
    fn joins_alternatives_position_by_position() {
        // ab|cd (its INFO block carries a charset, not a literal prefix).
        let code = [
            o(Op::INFO), 9, 4, 2, 2, o(Op::LITERAL), 97, o(Op::LITERAL), 99, o(Op::FAILURE),
            o(Op::BRANCH), 7, o(Op::LITERAL), 97, o(Op::LITERAL), 98, o(Op::JUMP), 9,
            7, o(Op::LITERAL), 99, o(Op::LITERAL), 100, o(Op::JUMP), 2,
            o(Op::FAILURE), o(Op::SUCCESS),
        ];
        let firsts = vec![b'a', b'c'];
        assert_eq!(bytes_of(&code), Some((vec![firsts, vec![b'b', b'd']], 0, 0)));
    }

    #[test]
    #[rustfmt::skip]
    fn runs_the_engine_for_categories() {
        // \d\d (category 10: Unicode digits)
        let code = [
            o(Op::INFO), 7, 4, 2, 2, o(Op::CATEGORY), 10, o(Op::FAILURE),
            o(Op::IN), 4, o(Op::CATEGORY), 10, o(Op::FAILURE),
            o(Op::IN), 4, o(Op::CATEGORY), 10, o(Op::FAILURE),
            o(Op::SUCCESS),
        ];
        let digits: Vec<u8> = (b'0'..=b'9').collect();
        assert_eq!(bytes_of(&code), Some((vec![digits.clone(), digits], 0, 0)));
    }

    #[test]
    #[rustfmt::skip]
    fn leaves_literal_prefixes_and_empty_matches_to_the_engine() {
        // a+: the run is its one character.
        let plus = [
            o(Op::INFO), 4, 0, 1, MAX,
            o(Op::REPEAT_ONE), 6, 1, MAX, o(Op::LITERAL), 97, o(Op::SUCCESS),
            o(Op::SUCCESS),
        ];
        assert_eq!(bytes_of(&plus), Some((vec![vec![b'a']], 0, 0)));
        // .*ab: the run is at any distance.
        let far = [
            o(Op::INFO), 4, 0, 2, MAX,
            o(Op::REPEAT_ONE), 5, 0, MAX, o(Op::ANY), o(Op::SUCCESS),
            o(Op::LITERAL), 97, o(Op::LITERAL), 98, o(Op::SUCCESS),
        ];
        assert_eq!(bytes_of(&far), Some((vec![vec![b'a'], vec![b'b']], 0, usize::MAX)));
        // a*: no character is needed.
        let star = [
            o(Op::INFO), 4, 0, 0, MAX,
            o(Op::REPEAT_ONE), 6, 0, MAX, o(Op::LITERAL), 97, o(Op::SUCCESS),
            o(Op::SUCCESS),
        ];
        assert!(needle(&star).is_none());
    }
}
