//! Owns the storage of `dict` and `set`/`frozenset` (CPython 3.12 layouts) and CPython's hashes.
//!
//! Keys are interpreter values whose `__eq__` may run Python code that raises or mutates the very
//! table being searched, so the tables never hash or compare keys: every lookup takes the key's
//! precomputed Python hash and an equality callback returning `Result<bool, E>`.
//!
//! * [`DictTable`]: CPython's compact dict, a dense entry vector in insertion order (deletion
//!   leaves holes) plus a hash index of entry positions (none at the smallest size: its at most
//!   five entries are scanned). Entries are compacted exactly when
//!   CPython's `dictresize` runs, so entry indices (dict iterator cursors) match CPython's.
//! * [`SetTable`]: setobject.c's open-addressing table, so iteration order, `pop()` order and the
//!   layout produced by copies and merges match CPython.
//!
//! `find` calls `eq` while `&self` is borrowed. When `eq` may run Python code that can reach the
//! table, drive a [`Probe`] instead; it holds no borrow while the caller compares, and restarts the
//! way CPython's lookups do if the compared entry changed meanwhile (every placement is stamped):
//! ```text
//! let mut probe = Probe::new(hash);
//! let found = loop {
//!     let Some(cand) = probe.next_candidate(&*cell.borrow()).cloned() else { break None };
//!     let equal = py_eq(&cand, &needle)?; // no borrow held: may mutate the table
//!     if let Some(pos) = probe.record(&*cell.borrow(), equal) { break Some(pos) }
//! };
//! ```
//! Iterators detect "changed size during iteration" by comparing `len()`, as CPython does;
//! `version()` changes on every structural change.

use hashbrown::HashTable;

/// CPython's `_PyHASH_MODULUS`, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// `±magnitude` (magnitude < 2**61), with -1 (CPython's error marker) mapped to -2.
fn signed(negative: bool, magnitude: u64) -> i64 {
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    h - i64::from(h == -1)
}

/// CPython's hash of an int that fits in i64.
#[inline]
pub fn hash_int(v: i64) -> i64 {
    let m = v.unsigned_abs();
    // Below the modulus (nearly every int) the remainder is the magnitude: no division.
    signed(
        v < 0,
        if m < HASH_MODULUS {
            m
        } else {
            m % HASH_MODULUS
        },
    )
}

/// CPython's hash of any int, given its sign and magnitude as base-2**32 digits, least
/// significant first: `±(|v| mod 2**61-1)`, -1 becoming -2.
pub fn hash_bigint(sign_negative: bool, magnitude_digits_u32_le: &[u32]) -> i64 {
    let m = magnitude_digits_u32_le.iter().rev().fold(0u64, |acc, &d| {
        (((u128::from(acc) << 32) | u128::from(d)) % u128::from(HASH_MODULUS)) as u64
    });
    signed(sign_negative, m)
}

/// CPython's `_Py_HashDouble`; integral floats hash like the equal int. CPython 3.12 hashes NaN
/// by object identity, which this module cannot see: NaN gives 0 here, callers may substitute.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.to_bits();
    let (biased, frac) = (((bits >> 52) & 0x7ff) as i64, bits & ((1 << 52) - 1));
    let (mantissa, exp) = match biased {
        0 => (frac, -1074),
        _ => (frac | (1 << 52), biased - 1075),
    };
    // |x| = mantissa * 2**exp and 2**61 == 1 (mod 2**61-1): reduce 2**exp to 2**(exp mod 61).
    let shift = exp.rem_euclid(61) as u32;
    let r = (u128::from(mantissa) << shift) % u128::from(HASH_MODULUS);
    signed(bits >> 63 == 1, r as u64)
}

/// CPython 3.12's xxHash-based `tuplehash`, given the hashes of the items.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let acc = item_hashes
        .iter()
        .fold(TUPLE_HASH_START, |acc, &h| tuple_hash_step(acc, h));
    tuple_hash_finish(acc, item_hashes.len())
}

const P5: u64 = 2_870_177_450_012_600_261;

/// The state of a tuple's hash before its first item.
pub const TUPLE_HASH_START: u64 = P5;

/// The tuple hash's state after one more item of hash `h`.
#[inline]
pub fn tuple_hash_step(acc: u64, h: i64) -> u64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    let acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
    acc.rotate_left(31).wrapping_mul(P1)
}

/// The hash of a tuple of `len` items from its state after the last.
pub fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    match acc.wrapping_add(len as u64 ^ (P5 ^ 3_527_539)) {
        u64::MAX => 1_546_275_796,
        acc => acc as i64,
    }
}

const DICT_MINSIZE: usize = 8;
const DICT_MAX_PRESIZE: usize = 1 << 17;

fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's `calculate_log2_keysize` (64-bit build), returned as the size itself.
fn calculate_keysize(minsize: usize) -> usize {
    let m = ((minsize | DICT_MINSIZE) - 1) | (DICT_MINSIZE - 1);
    1usize << (usize::BITS - m.leading_zeros()).min(usize::BITS - 2)
}

fn estimate_keysize(n: usize) -> usize {
    calculate_keysize(n.saturating_mul(3).saturating_add(1) / 2)
}

/// Spreads a Python hash (often a small int) over 64 bits for hashbrown's control bytes.
fn mix(hash: i64) -> u64 {
    let x = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 32)
}

#[derive(Clone, Debug)]
struct Entry<K, V> {
    hash: i64,
    key: K,
    value: V,
    stamp: u64,
}

fn index_hash<K, V>(entries: &[Option<Entry<K, V>>], ix: u32) -> u64 {
    match entries.get(ix as usize) {
        Some(Some(e)) => mix(e.hash),
        _ => 0,
    }
}

/// CPython's compact dict storage.
#[derive(Clone, Debug)]
pub struct DictTable<K, V> {
    entries: Vec<Option<Entry<K, V>>>,
    index: HashTable<u32>,
    used: usize,
    /// CPython's `dk_size` and `dk_usable` (entries that can be appended before a resize).
    size: usize,
    usable: usize,
    version: u64,
    /// One bit per key hash modulo 64, set on insertion and never cleared (a removed key may
    /// leave its bit): a clear bit proves a key absent without probing, as for an instance
    /// dict asked whether it shadows a method.
    hash_bits: u64,
    /// No live entry comes before this index: a dict whose first items were removed (an
    /// `OrderedDict` used as a queue) starts its iterations past the holes.
    first: usize,
}

/// The bit of `hash` in [`DictTable::hash_bits`].
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1u64 << (hash as u64 & 63)
}

impl<K: Clone, V: Clone> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<K: Clone, V: Clone> DictTable<K, V> {
    /// An empty dict; like CPython's shared empty keys, the first insertion allocates 8 slots.
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    /// An empty dict for about `n` entries: an instance's, sized from what its class's
    /// instances held (`PyType::attr_count`). A small one has the smallest size (no index)
    /// from the start, with its entry vector made for exactly `n`, not the vector's first four.
    pub fn with_room(n: usize) -> Self {
        if n > usable_fraction(DICT_MINSIZE) {
            return Self::with_capacity(n);
        }
        Self {
            entries: Vec::with_capacity(n),
            index: HashTable::new(),
            used: 0,
            size: DICT_MINSIZE,
            // Room at once: the first insertion makes no resize.
            usable: usable_fraction(DICT_MINSIZE),
            version: 0,
            hash_bits: 0,
            first: 0,
        }
    }

    /// CPython's `dict_new_presized` (used by `BUILD_MAP` and `dict.fromkeys`).
    pub fn with_capacity(n: usize) -> Self {
        let size = match n {
            _ if n <= usable_fraction(DICT_MINSIZE) => DICT_MINSIZE,
            _ if n > usable_fraction(DICT_MAX_PRESIZE) => DICT_MAX_PRESIZE,
            _ => estimate_keysize(n),
        };
        let usable = if size == DICT_MINSIZE {
            0
        } else {
            usable_fraction(size)
        };
        let index = if size > DICT_MINSIZE {
            HashTable::with_capacity(usable)
        } else {
            HashTable::new()
        };
        let entries = Vec::with_capacity(usable);
        Self {
            entries,
            index,
            used: 0,
            size,
            usable,
            version: 0,
            hash_bits: 0,
            first: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    /// How many entry positions there are, deleted ones included.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes on every structural change (insertion, removal, clear, compaction), not on
    /// value replacement through [`Self::value_at_mut`].
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Whether the hash index is kept: a table of the smallest size (at most five entry
    /// positions) has none and is searched by scanning its entries' hashes.
    #[inline(always)]
    fn indexed(&self) -> bool {
        self.size > DICT_MINSIZE
    }

    fn entry(&self, index: usize) -> Option<&Entry<K, V>> {
        self.entries.get(index)?.as_ref()
    }

    /// Smallest live index `> after` whose stored hash is `hash`. Among equal hashes, ascending
    /// index is CPython's probe (and so comparison) order.
    fn candidate_after(&self, hash: i64, after: Option<usize>) -> Option<usize> {
        if !self.indexed() {
            let from = after.map_or(0, |a| a + 1);
            let rest = self.entries.get(from..)?;
            let at = rest
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash))?;
            return Some(from + at);
        }
        let (mut best, entries) = (None::<usize>, &self.entries);
        self.index.find(mix(hash), |&ix| {
            let i = ix as usize;
            let same = matches!(entries.get(i), Some(Some(e)) if e.hash == hash);
            if same && after.is_none_or(|a| i > a) && best.is_none_or(|b| i < b) {
                best = Some(i);
            }
            false
        });
        best
    }

    /// Index of the entry whose key is equal. `eq(stored_key)` runs only on entries whose stored
    /// hash equals `hash`, in CPython's order; it must not reach this table (see [`Probe`]).
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> FindResult<E> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return Ok(None);
        }
        find_with(self, hash, eq)
    }

    /// Index of an entry with this hash whose key satisfies `eq`, in no particular order:
    /// the fast path for keys whose comparison cannot run Python code.
    #[inline]
    pub fn find_simple(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        let entries = &self.entries;
        if !self.indexed() {
            return entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && eq(&e.key)));
        }
        self.index
            .find(mix(hash), |&ix| {
                matches!(entries.get(ix as usize), Some(Some(e)) if e.hash == hash && eq(&e.key))
            })
            .map(|&ix| ix as usize)
    }

    pub fn get_at(&self, index: usize) -> Option<(&K, &V)> {
        self.entry(index).map(|e| (&e.key, &e.value))
    }

    pub fn value_at_mut(&mut self, index: usize) -> Option<&mut V> {
        Some(&mut self.entries.get_mut(index)?.as_mut()?.value)
    }

    pub fn entry_hash(&self, index: usize) -> Option<i64> {
        self.entry(index).map(|e| e.hash)
    }

    /// CPython's `dictresize`: drops the holes, renumbering entries, and rebuilds the index.
    fn resize(&mut self, newsize: usize) {
        self.entries.retain(Option::is_some);
        self.first = 0;
        self.version += 1;
        for e in self.entries.iter_mut().flatten() {
            e.stamp = self.version;
        }
        self.size = newsize;
        self.usable = usable_fraction(newsize).saturating_sub(self.used);
        if !self.indexed() {
            self.index = HashTable::new();
            return;
        }
        // Room for exactly the entries this size allows (not the vector's doubling).
        self.entries.reserve_exact(self.usable);
        self.index = HashTable::with_capacity(usable_fraction(newsize));
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            let h = e.as_ref().map_or(0, |e| mix(e.hash));
            self.index
                .insert_unique(h, i as u32, |&ix| index_hash(entries, ix));
        }
    }

    /// Appends an entry (the caller checked the key is absent) and returns its index. When
    /// CPython would (`insertion_resize`), first compacts, renumbering existing entries.
    pub fn push_new(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.usable == 0 {
            self.resize(calculate_keysize(self.used.saturating_mul(3)));
        }
        self.version += 1;
        self.hash_bits |= hash_bit(hash);
        let (i, stamp) = (self.entries.len(), self.version);
        if i == self.entries.capacity() && i > 0 {
            // A small table's fifth entry: room for one more, not four.
            self.entries.reserve_exact(self.usable);
        }
        self.entries.push(Some(Entry {
            hash,
            key,
            value,
            stamp,
        }));
        if self.indexed() {
            let entries = &self.entries;
            self.index
                .insert_unique(mix(hash), i as u32, |&ix| index_hash(entries, ix));
        }
        self.used += 1;
        self.usable = self.usable.saturating_sub(1);
        i
    }

    /// Deletes the entry at `index`, leaving a hole: CPython never moves entries on deletion.
    pub fn remove_at(&mut self, index: usize) -> Option<(K, V)> {
        let e = self.entries.get_mut(index)?.take()?;
        if self.indexed() {
            if let Ok(found) = self
                .index
                .find_entry(mix(e.hash), |&ix| ix as usize == index)
            {
                found.remove();
            }
        }
        self.used -= 1;
        self.version += 1;
        if index == self.first {
            while matches!(self.entries.get(self.first), Some(None)) {
                self.first += 1;
            }
        }
        Some((e.key, e.value))
    }

    /// `dict.popitem()`: removes the last live entry and, like CPython, truncates the entries
    /// there, so the next insertion reuses its index.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        let i = self.entries.iter().rposition(Option::is_some)?;
        let kv = self.remove_at(i)?;
        self.entries.truncate(i);
        self.first = self.first.min(i);
        Some(kv)
    }

    pub fn clear(&mut self) {
        let version = self.version + 1;
        *self = Self::new();
        self.version = version;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        let live = self.entries.get(self.first..).unwrap_or_default();
        live.iter().flatten().map(|e| (&e.key, &e.value))
    }

    /// First live entry index `>= from`: a dict iterator's cursor step.
    pub fn next_index(&self, from: usize) -> Option<usize> {
        let from = from.max(self.first);
        let rest = self.entries.get(from..)?;
        rest.iter().position(Option::is_some).map(|p| p + from)
    }

    /// The position of the last live entry before `before`.
    pub fn prev_index(&self, before: usize) -> Option<usize> {
        let head = self.entries.get(..before.min(self.entries.len()))?;
        head.iter().rposition(Option::is_some)
    }

    /// One big resize ahead of merging `incoming` entries: the presize in CPython's `dict_merge`
    /// (`d.update(other)`, `dict(other)`). `Clone` matches `PyDict_Copy` (layout kept).
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if usable_fraction(self.size) < incoming {
            self.resize(estimate_keysize(self.used.saturating_add(incoming)));
        }
    }
}

/// A lookup in a [`DictTable`] or [`SetTable`] that holds no borrow while the caller compares
/// keys (module docs). It replays CPython's probe over the live table and restarts the lookup
/// when the entry just compared was removed, moved or replaced meanwhile.
#[derive(Clone, Debug)]
pub struct Probe {
    hash: i64,
    cursor: Cursor,
    pending: Option<(usize, u64)>,
}

/// Where a [`Probe`] stands in its table.
#[derive(Clone, Copy, Debug)]
pub enum Cursor {
    Start,
    /// Index of the dict entry last offered.
    Entry(usize),
    /// Position in setobject.c's probe sequence.
    Slot(ProbeSeq),
}

/// The tables a [`Probe`] can walk.
pub trait ProbeTable {
    type Key;
    /// Moves `cursor` to the next live position holding `hash` and returns it with its stamp.
    fn probe_next(&self, hash: i64, cursor: &mut Cursor) -> Option<(usize, u64)>;
    /// The stamp and key at a live position.
    fn stamped_key(&self, pos: usize) -> Option<(u64, &Self::Key)>;
    /// The table's `find_simple`: the first position in probe order whose key has this hash
    /// and satisfies `eq`, which must not reach the table.
    fn find_simple_key(&self, hash: i64, eq: impl FnMut(&Self::Key) -> bool) -> Option<usize>;
}

impl Probe {
    pub fn new(hash: i64) -> Self {
        Self {
            hash,
            cursor: Cursor::Start,
            pending: None,
        }
    }

    fn skip(&mut self) {
        if let Cursor::Slot(seq) = &mut self.cursor {
            seq.advance();
        }
    }

    /// The next stored key with an equal hash to compare, or `None`: the key is absent. Calling
    /// it again without [`Self::record`] counts the previous candidate as unequal.
    pub fn next_candidate<'t, T: ProbeTable>(&mut self, table: &'t T) -> Option<&'t T::Key> {
        if self.pending.take().is_some() {
            self.skip();
        }
        let (pos, stamp) = table.probe_next(self.hash, &mut self.cursor)?;
        self.pending = Some((pos, stamp));
        table.stamped_key(pos).map(|(_, k)| k)
    }

    /// Reports the comparison of the last candidate: `Some(pos)` when equal and still in place;
    /// `None` to go on with [`Self::next_candidate`] (restarting if the table changed under us).
    pub fn record<T: ProbeTable>(&mut self, table: &T, equal: bool) -> Option<usize> {
        let (pos, stamp) = self.pending.take()?;
        if table.stamped_key(pos).map(|(s, _)| s) != Some(stamp) {
            self.cursor = Cursor::Start;
            return None;
        }
        if equal {
            return Some(pos);
        }
        self.skip();
        None
    }
}

/// What `find` returns: the position of the equal key, if any, or the error `eq` raised.
pub type FindResult<E> = Result<Option<usize>, E>;

fn find_with<T: ProbeTable, E>(
    table: &T,
    hash: i64,
    mut eq: impl FnMut(&T::Key) -> Result<bool, E>,
) -> FindResult<E> {
    let mut probe = Probe::new(hash);
    while let Some(key) = probe.next_candidate(table) {
        let equal = eq(key)?;
        if let Some(pos) = probe.record(table, equal) {
            return Ok(Some(pos));
        }
    }
    Ok(None)
}

impl<K: Clone, V: Clone> ProbeTable for DictTable<K, V> {
    type Key = K;

    fn probe_next(&self, hash: i64, cursor: &mut Cursor) -> Option<(usize, u64)> {
        let after = match *cursor {
            Cursor::Entry(i) => Some(i),
            _ => None,
        };
        let i = self.candidate_after(hash, after)?;
        *cursor = Cursor::Entry(i);
        Some((i, self.entry(i)?.stamp))
    }

    fn stamped_key(&self, pos: usize) -> Option<(u64, &K)> {
        self.entry(pos).map(|e| (e.stamp, &e.key))
    }

    fn find_simple_key(&self, hash: i64, eq: impl FnMut(&K) -> bool) -> Option<usize> {
        self.find_simple(hash, eq)
    }
}

const SET_MINSIZE: usize = 8;
const LINEAR_PROBES: u64 = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Live { hash: i64, key: K, stamp: u64 },
}

/// setobject.c's probe sequence: slot i and its LINEAR_PROBES neighbours when they fit before
/// the end, then `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`.
#[derive(Clone, Copy, Debug)]
pub struct ProbeSeq {
    start: u64,
    offset: u64,
    perturb: u64,
    mask: u64,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> Self {
        let (perturb, mask) = (hash as u64, mask as u64);
        Self {
            start: perturb & mask,
            offset: 0,
            perturb,
            mask,
        }
    }

    fn slot(&self) -> usize {
        (self.start + self.offset) as usize
    }

    fn advance(&mut self) {
        if self.offset < LINEAR_PROBES && self.start + LINEAR_PROBES <= self.mask {
            self.offset += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            let next = self.start.wrapping_mul(5).wrapping_add(1);
            self.start = next.wrapping_add(self.perturb) & self.mask;
            self.offset = 0;
        }
    }
}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    (0..n).map(|_| Slot::Empty).collect()
}

/// setobject.c's `set_insert_clean`: the first empty slot (the table holds no dummies).
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K, stamp: u64) {
    let mut seq = ProbeSeq::new(hash, slots.len().saturating_sub(1));
    loop {
        match slots.get_mut(seq.slot()) {
            Some(slot @ Slot::Empty) => return *slot = Slot::Live { hash, key, stamp },
            Some(_) => seq.advance(),
            None => return,
        }
    }
}

/// CPython's set table: `fill` counts live and dummy slots, `used` live ones.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Clone> SetTable<K> {
    pub fn new() -> Self {
        let slots = empty_slots(SET_MINSIZE);
        Self {
            slots,
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (CPython's `mask + 1`).
    pub fn table_size(&self) -> usize {
        self.slots.len()
    }

    /// Changes on every structural change.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn mask(&self) -> usize {
        self.slots.len().saturating_sub(1)
    }

    fn live(&self, slot: usize) -> Option<(i64, &K, u64)> {
        match self.slots.get(slot)? {
            Slot::Live { hash, key, stamp } => Some((*hash, key, *stamp)),
            _ => None,
        }
    }

    /// Slot of the key equal to the one hashed to `hash`. `eq` runs only on stored keys with an
    /// equal hash, in CPython's probe order; it must not reach this table (see [`Probe`]).
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> FindResult<E> {
        find_with(self, hash, eq)
    }

    /// Slot of a stored key with this hash that satisfies `eq`, in CPython's probe order: the
    /// fast path for keys whose comparison cannot run Python code (no [`Probe`] bookkeeping).
    #[inline]
    pub fn find_simple(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        let mut seq = ProbeSeq::new(hash, self.mask());
        loop {
            match self.slots.get(seq.slot())? {
                Slot::Live { hash: h, key, .. } if *h == hash && eq(key) => {
                    return Some(seq.slot())
                }
                Slot::Empty => return None,
                _ => seq.advance(),
            }
        }
    }

    /// setobject.c's `set_add_entry` for a key the caller checked is absent: takes the last
    /// dummy met before the first empty slot, else that empty slot, which may trigger a resize.
    pub fn insert_new(&mut self, hash: i64, key: K) {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let mut dummy = None;
        let empty = loop {
            match self.slots.get(seq.slot()) {
                Some(Slot::Empty) | None => break seq.slot(),
                Some(Slot::Dummy) => dummy = Some(seq.slot()),
                Some(Slot::Live { .. }) => {}
            }
            seq.advance();
        };
        self.version += 1;
        let stamp = self.version;
        if let Some(slot) = self.slots.get_mut(dummy.unwrap_or(empty)) {
            *slot = Slot::Live { hash, key, stamp };
            self.used += 1;
        }
        if dummy.is_none() {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(self.growth());
            }
        }
    }

    fn growth(&self) -> usize {
        self.used
            .saturating_mul(if self.used > 50_000 { 2 } else { 4 })
    }

    /// setobject.c's `set_table_resize`: the smallest power of two > `minused`, at least 8.
    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused && newsize < 1 << (usize::BITS - 2) {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && self.slots.len() == SET_MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.version += 1;
        for slot in old {
            if let Slot::Live { hash, key, .. } = slot {
                insert_clean(&mut self.slots, hash, key, self.version);
            }
        }
        self.fill = self.used;
    }

    /// Turns a live slot into a dummy; like CPython's discard, never resizes.
    pub fn remove_at(&mut self, slot: usize) -> Option<K> {
        let s = self.slots.get_mut(slot)?;
        if !matches!(s, Slot::Live { .. }) {
            return None;
        }
        self.used -= 1;
        self.version += 1;
        match std::mem::replace(s, Slot::Dummy) {
            Slot::Live { key, .. } => Some(key),
            _ => None,
        }
    }

    /// `set.pop()`: the first live slot from the finger on (wrapping); the finger moves past it.
    pub fn pop(&mut self) -> Option<K> {
        let mask = self.mask();
        let start = self.finger & mask;
        let i = (start..=mask)
            .chain(0..start)
            .find(|&i| self.live(i).is_some())?;
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Back to an empty 8-slot table; like CPython, keeps the pop finger.
    pub fn clear(&mut self) {
        self.slots = empty_slots(SET_MINSIZE);
        (self.fill, self.used) = (0, 0);
        self.version += 1;
    }

    /// Keys in slot order: CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &K> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Live { key, .. } => Some(key),
            _ => None,
        })
    }

    /// Keys and their stored hashes in slot order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Live { hash, key, .. } => Some((*hash, key)),
            _ => None,
        })
    }

    /// First live slot `>= from`: a set iterator's cursor step.
    pub fn next_slot(&self, from: usize) -> Option<usize> {
        (from..self.slots.len()).find(|&i| self.live(i).is_some())
    }

    pub fn key_at(&self, slot: usize) -> Option<&K> {
        self.live(slot).map(|l| l.1)
    }

    pub fn hash_at(&self, slot: usize) -> Option<i64> {
        self.live(slot).map(|l| l.0)
    }

    /// One big resize ahead of adding `incoming` keys: the presize in CPython's `set_merge`, and
    /// in `set_update_internal` for an exact dict (call this, then add the dict's keys in order).
    pub fn reserve_for_update(&mut self, incoming: usize) {
        if self.fill.saturating_add(incoming).saturating_mul(5) >= self.mask() * 3 {
            self.resize(self.used.saturating_add(incoming).saturating_mul(2));
        }
    }

    /// CPython's `set_merge`: `self.update(other)` with `other` a set or frozenset (the caller
    /// skips `s.update(s)`). Returns false when `self` was not empty: the caller then adds
    /// `other`'s keys in slot order itself, with `find` and [`Self::insert_new`].
    pub fn merge_from(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        self.reserve_for_update(other.used);
        if self.fill != 0 {
            return false;
        }
        self.version += 1;
        let (same_size, stamp) = (self.slots.len() == other.slots.len(), self.version);
        let live = other.slots.iter().enumerate().filter_map(|(i, s)| match s {
            Slot::Live { hash, key, .. } => Some((i, *hash, key.clone())),
            _ => None,
        });
        for (i, hash, key) in live {
            match self.slots.get_mut(i) {
                Some(dst) if same_size && other.fill == other.used => {
                    *dst = Slot::Live { hash, key, stamp }; // slot-by-slot copy
                }
                _ => insert_clean(&mut self.slots, hash, key, stamp),
            }
        }
        (self.fill, self.used) = (other.used, other.used);
        true
    }

    /// `set(other)` / `other.copy()`, with CPython's resulting layout.
    pub fn copy_from(other: &SetTable<K>) -> Self {
        let mut t = Self::new();
        t.merge_from(other);
        t
    }

    /// The end of CPython's `set_difference_update_internal` (`difference_update`, `-=`, and
    /// `a - b` when it copies `a` first): resizes when over a quarter of the slots are dummies.
    pub fn shrink_after_difference_update(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth());
        }
    }

    /// CPython's `frozenset_hash` (it depends only on the live hashes).
    pub fn frozenset_hash(&self) -> i64 {
        let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
        let mut h = self.slots.iter().fold(0u64, |acc, s| match s {
            Slot::Live { hash, .. } => acc ^ shuffle(*hash as u64),
            _ => acc,
        });
        h ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
        match h {
            u64::MAX => 590_923_713,
            _ => h as i64,
        }
    }
}

impl<K: Clone> ProbeTable for SetTable<K> {
    type Key = K;

    fn probe_next(&self, hash: i64, cursor: &mut Cursor) -> Option<(usize, u64)> {
        let mut seq = match *cursor {
            Cursor::Slot(seq) if seq.mask == self.mask() as u64 => seq,
            _ => ProbeSeq::new(hash, self.mask()),
        };
        loop {
            *cursor = Cursor::Slot(seq);
            match self.slots.get(seq.slot())? {
                Slot::Live { hash: h, stamp, .. } if *h == hash => {
                    return Some((seq.slot(), *stamp))
                }
                Slot::Empty => return None,
                _ => seq.advance(),
            }
        }
    }

    fn stamped_key(&self, pos: usize) -> Option<(u64, &K)> {
        self.live(pos).map(|(_, k, s)| (s, k))
    }

    fn find_simple_key(&self, hash: i64, eq: impl FnMut(&K) -> bool) -> Option<usize> {
        self.find_simple(hash, eq)
    }
}

#[cfg(test)]
mod tests {
    //! Expected values were printed by CPython 3.12.1.
    use super::*;

    fn nums(s: &str) -> Vec<i128> {
        s.split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect()
    }

    fn py_hash(v: i128) -> i64 {
        let m = v.unsigned_abs();
        i64::try_from(v).map_or_else(
            |_| hash_bigint(v < 0, &[0, 1, 2, 3].map(|i| (m >> (32 * i)) as u32)),
            hash_int,
        )
    }

    fn add<K: Clone + PartialEq>(t: &mut SetTable<K>, h: i64, k: K) {
        if t.find(h, |s| Ok::<_, ()>(*s == k)) == Ok(None) {
            t.insert_new(h, k);
        }
    }

    fn add_all(t: &mut SetTable<i128>, items: &[i128]) {
        items.iter().for_each(|&k| add(t, py_hash(k), k));
    }

    fn discard_all(t: &mut SetTable<i128>, items: &[i128]) {
        for &k in items {
            if let Ok(Some(slot)) = t.find(py_hash(k), |s| Ok::<_, ()>(*s == k)) {
                t.remove_at(slot);
            }
        }
    }

    fn set_of(items: &[i128]) -> SetTable<i128> {
        let mut t = SetTable::new();
        add_all(&mut t, items);
        t
    }

    fn keys<K: Clone>(t: &SetTable<K>) -> Vec<K> {
        t.iter().cloned().collect()
    }

    fn range(start: i128, stop: i128, step: usize) -> Vec<i128> {
        (start..stop).step_by(step).collect()
    }

    #[test]
    fn set_iteration_orders() {
        let check = |t: &SetTable<i128>, want: &str| assert_eq!(keys(t), nums(want));
        // Literals of >= 3 constants merge a frozenset constant into an empty set.
        check(&SetTable::copy_from(&set_of(&[3, 1, 2])), "1 2 3");
        let lit5 = SetTable::copy_from(&set_of(&nums("9 1 17 25 33")));
        check(&lit5, "33 1 17 9 25");
        // set(list) / set.add / set comprehensions: "items > iteration order" cases.
        let cases = "9 1 17 25 33 > 33 1 9 17 25 | 10 5 100 1 > 1 10 100 5
            | -1 -2 -3 5 -8 7 -100 64 > 64 5 7 -2 -8 -100 -3 -1
            | 2305843009213693952 2305843009213693951 4611686018427387904 -9223372036854775808
              100000000000000000000 18446744073709551619 12345678901234567 -7
            > 2305843009213693951 2305843009213693952 4611686018427387904 12345678901234567
              100000000000000000000 18446744073709551619 -7 -9223372036854775808";
        for case in cases.split('|') {
            let (items, want) = case.split_once('>').unwrap_or_default();
            check(&set_of(&nums(items)), want);
        }
        let mut s = set_of(&range(0, 20, 1));
        discard_all(&mut s, &range(0, 20, 2));
        add_all(&mut s, &range(100, 111, 1));
        assert_eq!(keys(&s), [range(1, 20, 2), range(100, 111, 1)].concat());
        let want =
            "0 259 133 7 266 140 14 273 147 21 280 154 28 287 161 35 294 168 42 175 49 182 56
            189 63 196 70 203 77 210 84 217 91 224 98 231 105 238 112 245 119 252 126";
        check(&set_of(&range(0, 300, 7)), want);
        let mut c = set_of(&[5, 13, 21, 29, 37, 45, 53]);
        discard_all(&mut c, &[13, 29]);
        add_all(&mut c, &[61, 13]);
        check(&c, "37 5 13 45 21 53 61");
        let mut d = set_of(&[1, 33, 65, 97, 129]);
        discard_all(&mut d, &[1, 97]);
        add_all(&mut d, &[161]);
        check(&d, "65 129 161 33"); // the last dummy on the probe path is reused
        let mut a = set_of(&range(0, 30, 1)); // copy of a set with dummies
        discard_all(&mut a, &range(0, 30, 3));
        let want: Vec<i128> = (0..30).filter(|i| i % 3 != 0).collect();
        assert_eq!(keys(&SetTable::copy_from(&a)), want);
        let b = set_of(&(1..=40).rev().step_by(3).collect::<Vec<_>>());
        let want = "1 34 4 37 7 40 10 13 16 19 22 25 28 31";
        check(&SetTable::copy_from(&b), want);
        let (x, y) = (set_of(&[1, 9, 17]), set_of(&[33, 2, 41, 8, 100]));
        let mut u = SetTable::copy_from(&x); // x | y
        if !u.merge_from(&y) {
            add_all(&mut u, &keys(&y));
        }
        check(&u, "1 33 2 100 8 9 41 17");
        let mut fd = SetTable::new(); // set(dict.fromkeys(...))
        fd.reserve_for_update(7);
        add_all(&mut fd, &nums("40 8 16 3 1000 24 32"));
        check(&fd, "16 32 3 24 40 8 1000");
        let mut z = set_of(&range(0, 64, 1)); // z.difference_update(range(0, 64, 2))
        discard_all(&mut z, &range(0, 64, 2));
        z.shrink_after_difference_update();
        add_all(&mut z, &[200, 2]);
        assert_eq!(keys(&z), [vec![1, 2], range(3, 64, 2), vec![200]].concat());
    }

    #[test]
    fn set_pop_order_and_finger() {
        let mut s = set_of(&range(0, 50, 1));
        let popped: Vec<i128> = (0..10).filter_map(|_| s.pop()).collect();
        assert_eq!(popped, range(0, 10, 1));
        add_all(&mut s, &[3, 1000]);
        assert_eq!(keys(&s)[..2], [3, 10]);
        assert_eq!(
            (0..3).filter_map(|_| s.pop()).collect::<Vec<_>>(),
            [10, 11, 12]
        );
        let mut t = set_of(&range(0, 10, 1));
        let _ = (t.pop(), t.pop(), t.pop());
        t.clear(); // keeps the finger
        add_all(&mut t, &[17, 1, 9]);
        let popped: Vec<i128> = (0..4).filter_map(|_| t.pop()).collect();
        assert_eq!((popped, t.len(), t.table_size()), (vec![1, 9, 17], 0, 8));
    }

    #[test]
    fn hashes_and_sets_of_floats_and_tuples() {
        let ints = nums(
            "0 0 1 1 -1 -2 -2 -2 2305843009213693951 0 2305843009213693952 1
            2305843009213693957 6 -2305843009213693952 -2 9223372036854775807 3
            -9223372036854775808 -4 18446744073709551616 8 -18446744073709551616 -8
            1267650600228229401496703205383 549755813895 1000000000000000000000000000000
            465258685558744706",
        );
        for p in ints.chunks(2) {
            assert_eq!(py_hash(p[0]) as i128, p[1], "hash({})", p[0]);
        }
        let p = nums(
            "2868424865 1543175966 3836194338 2213345014 1148585654 4252227966 1995653935
            3256521594 1051739806 534087228",
        ); // 3**200 in base 2**32
        let p: Vec<u32> = p.into_iter().map(|d| d as u32).collect();
        assert_eq!(hash_bigint(true, &p), -424410663027747676);
        assert_eq!(hash_bigint(false, &[u32::MAX, 0x1fff_ffff, 0, 1 << 26]), 1); // P + 2**122
        let floats = "0.0 0  -0.0 0  1.0 1  -1.0 -2  1.5 1152921504606846977  inf 314159
            -1.5 -1152921504606846977  0.1 230584300921369408  3.14159 326484311674566659
            1e100 1822893315824342674  -1e-100 -1735222877707689105  -inf -314159  NaN 0
            2305843009213693952.0 1  1e308 156575653125701  5e-324 16777216  0.5 1152921504606846976
            123456.789 1819310134279660096  4.336808689942018e-19 1
            2.168404344971009e-19 1152921504606846976";
        for pair in floats.split_whitespace().collect::<Vec<_>>().chunks(2) {
            let x: f64 = pair[0].parse().unwrap_or(-0.5);
            assert_eq!(Ok(hash_float(x)), pair[1].parse(), "hash({x})");
        }
        let t1_23 = hash_tuple(&[1, hash_tuple(&[2, 3])]);
        let tm = hash_tuple(&[-2, -2]);
        let tuples = [
            hash_tuple(&[]),
            hash_tuple(&[1]),
            hash_tuple(&[1, 2]),
            hash_tuple(&[1, 2, 3]),
            hash_tuple(&[hash_int(-1)]),
            hash_tuple(&[hash_tuple(&[1, 2]), 3]),
            hash_tuple(&[hash_float(0.5), 7, -3]),
            hash_tuple(&[hash_tuple(&[])]),
            t1_23,
            tm,
        ];
        let want =
            "5740354900026072187 -6644214454873602895 -3550055125485641917 529344067295497451
            8078679518589016365 -333907151259015829 9101815077663404248 -5486347211504344842
            7267574591690527098 960947337673586213";
        let want: Vec<i64> = nums(want).into_iter().map(|v| v as u64 as i64).collect();
        assert_eq!(tuples.to_vec(), want);
        let mut sets: Vec<_> = "|1|1 2 3|-1 -5 7".split('|').map(nums).collect();
        sets.insert(3, range(0, 100, 1));
        let got: Vec<i128> = sets
            .iter()
            .map(|v| set_of(v).frozenset_hash().into())
            .collect();
        let want = "133146708735736 -558064481276695278 -272375401224217160 4411996150312757951
            -3426467211825057253";
        assert_eq!(got, nums(want));
        let mut f = SetTable::new();
        for x in [0.5, 1.25, 3.0, -2.75, 1e10, 7.0] {
            add(&mut f, hash_float(x), x);
        }
        assert_eq!(keys(&f), [0.5, 1.25, 1e10, 3.0, 7.0, -2.75]);
        let mut s = SetTable::new();
        let (t12, t3, t0) = (hash_tuple(&[1, 2]), hash_tuple(&[3]), hash_tuple(&[]));
        for (h, k) in [
            (t12, "12"),
            (t3, "3"),
            (t0, "()"),
            (t1_23, "1(23)"),
            (tm, "-1-2"),
        ] {
            add(&mut s, h, k);
        }
        assert_eq!(keys(&s), ["12", "-1-2", "1(23)", "()", "3"]);
    }

    type Dict = DictTable<i64, i64>;

    fn dict_find(d: &Dict, k: i64) -> Option<usize> {
        d.find(hash_int(k), |s| Ok::<_, ()>(*s == k)).ok().flatten()
    }

    fn dict_set(d: &mut Dict, k: i64, v: i64) {
        match dict_find(d, k).and_then(|i| d.value_at_mut(i)) {
            Some(slot) => *slot = v,
            None => _ = d.push_new(hash_int(k), k, v),
        }
    }

    fn dict_del(d: &mut Dict, k: i64) {
        if let Some(i) = dict_find(d, k) {
            d.remove_at(i);
        }
    }

    fn dkeys(d: &Dict) -> Vec<i64> {
        d.iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn dict_layout_follows_cpython() {
        // d = {i: i for i in range(5)}; for k in d: del d[k]; d[k + 100] = 1
        let mut d = Dict::new();
        (0..5).for_each(|i| dict_set(&mut d, i, i));
        let (mut remaining, mut pos, mut seen) = (d.len(), 0, vec![]);
        let keys_changed = loop {
            assert_eq!(d.len(), 5, "dictionary changed size during iteration");
            let Some(i) = d.next_index(pos) else {
                break false;
            };
            if remaining == 0 {
                break true; // "dictionary keys changed during iteration"
            }
            (remaining, pos) = (remaining - 1, i + 1);
            let k = d.get_at(i).map_or(-1, |kv| *kv.0);
            seen.push(k);
            dict_del(&mut d, k);
            dict_set(&mut d, k + 100, 1);
        };
        assert_eq!((seen, keys_changed), (vec![0, 2, 3, 4, 100], true));
        assert_eq!(dkeys(&d), [1, 102, 103, 104, 200]);

        let mut d = Dict::new();
        (0..8).for_each(|i| dict_set(&mut d, i, i));
        [1, 3, 5].iter().for_each(|&k| dict_del(&mut d, k));
        dict_set(&mut d, 20, 0);
        dict_set(&mut d, 3, 0);
        assert_eq!(dkeys(&d), [0, 2, 4, 6, 7, 20, 3]);
        assert_eq!(dict_find(&d, 20).and_then(|i| d.entry_hash(i)), Some(20));
        let popped: Vec<_> = (0..3).filter_map(|_| d.pop_last()).collect();
        assert_eq!(
            (popped, dkeys(&d)),
            (vec![(3, 0), (20, 0), (7, 7)], vec![0, 2, 4, 6])
        );
        let i = d.push_new(hash_int(9), 9, 9); // usable was exhausted: compacted first
        assert_eq!((i, d.next_index(0), d.next_index(i)), (4, Some(0), Some(4)));
        let mut big = Dict::with_capacity(30);
        (0..30).for_each(|i| dict_set(&mut big, i, i));
        (0..25).for_each(|i| dict_del(&mut big, i));
        big.reserve_for_merge(100);
        assert_eq!(
            (big.next_index(0), dkeys(&big)),
            (Some(0), vec![25, 26, 27, 28, 29])
        );
        let v = d.version();
        d.clear();
        assert!(d.is_empty() && d.iter().next().is_none() && d.version() > v);
    }

    #[test]
    fn probes_restart_when_the_compared_entry_changes() {
        let h = hash_int(-1); // -1 and -2 share hash -2: keys with equal hashes
        let mut d = Dict::new();
        d.push_new(h, -1, 0);
        d.push_new(h, -2, 0);
        let mut p = Probe::new(h);
        assert_eq!(
            (p.next_candidate(&d), p.record(&d, false)),
            (Some(&-1), None)
        );
        assert_eq!(p.next_candidate(&d), Some(&-2));
        d.remove_at(1); // what a user __eq__ might do
        d.push_new(h, -3, 0);
        assert_eq!(p.record(&d, true), None); // restarts
        assert_eq!(
            (p.next_candidate(&d), p.record(&d, false)),
            (Some(&-1), None)
        );
        assert_eq!(
            (p.next_candidate(&d), p.record(&d, true)),
            (Some(&-3), Some(2))
        );

        let mut s: SetTable<i64> = SetTable::new();
        s.insert_new(h, -1);
        s.insert_new(h, -2);
        let mut p = Probe::new(h);
        assert_eq!(p.next_candidate(&s), Some(&-1));
        let slot = s.find(h, |k| Ok::<_, ()>(*k == -1)).ok().flatten();
        s.remove_at(slot.unwrap_or(99));
        s.insert_new(h, -4); // reuses the dummy slot: a different key there now
        assert_eq!(p.record(&s, true), None);
        assert_eq!(p.next_candidate(&s), Some(&-4));
        let found = loop {
            // CPython's probe may revisit a slot: -4 can be offered more than once.
            let Some(&k) = p.next_candidate(&s) else {
                break None;
            };
            if let Some(i) = p.record(&s, k == -2) {
                break s.key_at(i).copied();
            }
        };
        assert_eq!(found, Some(-2));
        assert_eq!(Probe::new(h + 1).next_candidate(&s), None);
        assert_eq!(s.next_slot(0).and_then(|i| s.hash_at(i)), Some(h));
    }
}
