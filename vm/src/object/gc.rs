//! The cycle collector: frees groups of containers that only refer to each other, as
//! CPython's `gc`. Containers are registered when they are made. A collection subtracts,
//! from each registered object's reference count, the references the other registered
//! objects hold to it; what is left over is held from outside (a frame, a module, a Rust
//! local) and is alive, with everything it reaches. The rest is garbage: its `__del__`
//! methods run first (an object they resurrect survives), then its references are cleared,
//! and reference counting frees it. Three generations as CPython's: the young objects
//! (registered since the last collection) are collected every `threshold0` registrations,
//! their survivors move to the middle generation, collected with them every `threshold1`
//! young collections; its survivors are old, and everything is collected every `threshold2`
//! middle collections once the objects that became old since the last full collection are a
//! quarter of those it kept.
//!
//! Every traversal reports only references the object really holds (missing one keeps
//! garbage alive; inventing one could clear a live object), and skips what it cannot borrow.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::finalize::Finalizer;
use crate::object::types::{
    Args, PyCell, PyDict, PyFunction, PyGenerator, PyInstance, PyList, PyMethod, PyModule, PySet,
    PyTuple, PyType, PyWrapper, TypeFlags,
};
use crate::object::Value;

/// A registered container, held weakly so registering never keeps it alive.
enum Tracked {
    List(Weak<PyList>),
    Tuple(Weak<PyTuple>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    Function(Weak<PyFunction>),
    Cell(Weak<PyCell>),
    Method(Weak<PyMethod>),
    Type(Weak<PyType>),
    Instance(Weak<PyInstance>),
    Generator(Weak<PyGenerator>),
    Wrapper(Weak<PyWrapper>),
}

impl Tracked {
    fn of(v: &Value) -> Option<Tracked> {
        Some(match v {
            Value::List(r) => Tracked::List(Rc::downgrade(r)),
            Value::Tuple(r) => Tracked::Tuple(Rc::downgrade(r)),
            Value::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Value::Set(r) => Tracked::Set(Rc::downgrade(r)),
            Value::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Value::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
            Value::Method(r) => Tracked::Method(Rc::downgrade(r)),
            Value::Type(r) => Tracked::Type(Rc::downgrade(r)),
            Value::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Value::Generator(r) => Tracked::Generator(Rc::downgrade(r)),
            Value::Wrapper(r) => Tracked::Wrapper(Rc::downgrade(r)),
            _ => return None,
        })
    }

    fn upgrade(&self) -> Option<Value> {
        Some(match self {
            Tracked::List(w) => Value::List(w.upgrade()?),
            Tracked::Tuple(w) => Value::Tuple(w.upgrade()?),
            Tracked::Dict(w) => Value::Dict(w.upgrade()?),
            Tracked::Set(w) => Value::Set(w.upgrade()?),
            Tracked::Function(w) => Value::Function(w.upgrade()?),
            Tracked::Cell(w) => Value::Cell(w.upgrade()?),
            Tracked::Method(w) => Value::Method(w.upgrade()?),
            Tracked::Type(w) => Value::Type(w.upgrade()?),
            Tracked::Instance(w) => Value::Instance(w.upgrade()?),
            Tracked::Generator(w) => Value::Generator(w.upgrade()?),
            Tracked::Wrapper(w) => Value::Wrapper(w.upgrade()?),
        })
    }

    fn alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Tuple(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Set(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Cell(w) => w.strong_count() > 0,
            Tracked::Method(w) => w.strong_count() > 0,
            Tracked::Type(w) => w.strong_count() > 0,
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::Generator(w) => w.strong_count() > 0,
            Tracked::Wrapper(w) => w.strong_count() > 0,
        }
    }
}

struct State {
    /// The registered containers by generation: young (0), middle (1) and old (2).
    gens: [Vec<Tracked>; 3],
    /// Collections of the generation below since this one was last collected (CPython's
    /// `count` of generations 1 and 2; generation 0 counts its registrations).
    counts: [usize; 3],
    /// Survivors promoted to the old generation since the last full collection, and the old
    /// generation's size after it (CPython's `long_lived_pending`/`long_lived_total`).
    long_lived_pending: usize,
    long_lived_total: usize,
    /// Live entries of the old generation when it was last pruned.
    old_live: usize,
    /// The young generation's length at which its dead entries are next dropped (see
    /// `track`), zero when at the threshold.
    young_check: usize,
    enabled: bool,
    thresholds: [usize; 3],
    collecting: bool,
    /// Per generation: collections, objects collected.
    stats: [(usize, usize); 3],
}

thread_local! {
    static GC: RefCell<State> = const {
        RefCell::new(State {
            gens: [Vec::new(), Vec::new(), Vec::new()],
            counts: [0; 3],
            long_lived_pending: 0,
            long_lived_total: 0,
            old_live: 0,
            young_check: 0,
            enabled: true,
            thresholds: [700, 10, 10],
            collecting: false,
            stats: [(0, 0); 3],
        })
    };
    static DUE: Cell<bool> = const { Cell::new(false) };
}

/// Registers a new container with the collector.
pub fn track(v: &Value) {
    let Some(t) = Tracked::of(v) else { return };
    let _ = GC.try_with(|g| {
        let mut state = g.borrow_mut();
        let g = &mut *state;
        let young = &mut g.gens[0];
        // Temporaries die in the order they were made: letting go of the dead entries at the
        // end now hands their memory back at once, as if nothing were registered.
        while young.last().is_some_and(|t| !t.alive()) {
            young.pop();
        }
        young.push(t);
        let (len, t0) = (young.len(), g.thresholds[0]);
        // Once a collection waits for the next safe point, nothing more to decide (deep
        // recursion can register many objects before one comes).
        if len < t0.max(1).max(g.young_check) || g.collecting || due() {
            return;
        }
        if t0 > 0 {
            // As CPython counts registrations less deallocations, only the young objects
            // still alive count: when reference counting freed enough of them, their entries
            // go and the collection waits (the next look at least a quarter threshold on).
            young.retain(Tracked::alive);
            let live = young.len();
            if live < t0 {
                g.young_check = live + (t0 - live).max(t0 / 4);
                return;
            }
        }
        g.young_check = 0;
        if g.enabled {
            DUE.with(|d| d.set(true));
            crate::object::finalize::wake();
        } else if len >= t0.max(700) {
            // With the collector off, the registry still lets go of what reference counting
            // freed, so the memory of dead objects is not held.
            g.prune();
        }
    });
}

impl State {
    /// Drops the entries of dead objects, moving the live young ones to the old.
    fn prune(&mut self) {
        let mut young = std::mem::take(&mut self.gens[0]);
        young.retain(Tracked::alive);
        self.gens[2].append(&mut young);
        self.prune_old();
    }

    /// Drops the old generation's dead entries once it grew by a quarter since it was last
    /// pruned: a registry entry holds its object's memory.
    fn prune_old(&mut self) {
        if self.gens[2].len() > self.old_live + self.old_live / 4 + 1000 {
            self.gens[2].retain(Tracked::alive);
            self.old_live = self.gens[2].len();
        }
    }

    /// The generation an automatic collection examines, by CPython's rule: the oldest whose
    /// count passed its threshold, the old one only once the objects promoted into it since
    /// the last full collection are a quarter of those it kept then.
    fn due_generation(&self) -> usize {
        for i in [2, 1] {
            if self.counts[i] > self.thresholds[i] {
                if i == 2 && self.long_lived_pending < self.long_lived_total / 4 {
                    continue;
                }
                return i;
            }
        }
        0
    }
}

/// Registers a new tuple unless it holds only values that cannot be part of a cycle.
pub fn track_tuple(v: &Value) {
    if let Value::Tuple(t) = v {
        if t.items.iter().any(|x| heap_addr(x).is_some()) {
            track(v);
        }
    }
}

/// Whether an automatic collection waits for the next safe point.
pub fn due() -> bool {
    DUE.with(Cell::get)
}

/// The address of an object: its identity in a collection.
fn addr<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r).cast::<u8>() as usize
}

/// The address of a value living on the heap, the identity the collector works with.
fn heap_addr(v: &Value) -> Option<usize> {
    Some(match v {
        Value::List(r) => addr(r),
        Value::Tuple(r) => addr(r),
        Value::Dict(r) => addr(r),
        Value::Set(r) => addr(r),
        Value::Function(r) => addr(r),
        Value::Cell(r) => addr(r),
        Value::Method(r) => addr(r),
        Value::Type(r) => addr(r),
        Value::Instance(r) => addr(r),
        Value::Generator(r) => addr(r),
        Value::Wrapper(r) => addr(r),
        Value::Iter(r) => addr(r),
        Value::Module(r) => addr(r),
        _ => return None,
    })
}

fn strong_count(v: &Value) -> usize {
    match v {
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::Cell(r) => Rc::strong_count(r),
        Value::Method(r) => Rc::strong_count(r),
        Value::Type(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Generator(r) => Rc::strong_count(r),
        Value::Wrapper(r) => Rc::strong_count(r),
        _ => usize::MAX,
    }
}

/// [`children`] as a function of its own, for the uses outside a collection (inlined in
/// the collection's loop only).
#[inline(never)]
fn children_apart(v: &Value, visit: &mut dyn FnMut(usize)) {
    children(v, visit);
}

/// Reports the references `v` holds (by address), each as many times as it is held.
#[inline(always)]
fn children(v: &Value, visit: &mut dyn FnMut(usize)) {
    // A value held: reported when it lives on the heap.
    fn held(x: &Value, visit: &mut dyn FnMut(usize)) {
        if let Some(a) = heap_addr(x) {
            visit(a);
        }
    }
    match v {
        Value::List(l) => {
            if let Ok(items) = l.items.try_borrow() {
                items.iter().for_each(|x| held(x, visit));
            }
        }
        Value::Tuple(t) => t.items.iter().for_each(|x| held(x, visit)),
        Value::Dict(d) => dict_children(d, &mut |x| held(x, visit)),
        Value::Set(s) => {
            if let Ok(table) = s.table.try_borrow() {
                table.iter().for_each(|x| held(x, visit));
            }
        }
        Value::Cell(c) => {
            if let Ok(v) = c.value.try_borrow() {
                v.iter().for_each(|x| held(x, visit));
            }
        }
        Value::Method(m) => {
            held(&m.func, visit);
            held(&m.this, visit);
        }
        Value::Function(f) => {
            visit(addr(&f.globals));
            f.defaults.borrow().iter().for_each(|x| held(x, visit));
            if let Some(k) = &*f.kwdefaults.borrow() {
                visit(addr(k));
            }
            for c in &f.closure {
                visit(addr(c));
            }
            if let Ok(d) = f.dict.try_borrow() {
                if let Some(d) = d.as_ref() {
                    owned_dict_children(d, &mut |x| held(x, visit));
                }
            }
            for slot in [&f.annotations, &f.type_params, &f.doc, &f.module] {
                if let Ok(v) = slot.try_borrow() {
                    v.iter().for_each(|x| held(x, visit));
                }
            }
        }
        Value::Type(t) => {
            dict_children(&t.dict, &mut |x| held(x, visit));
            for b in t
                .bases
                .borrow()
                .iter()
                .chain(t.mro.borrow().iter())
                .chain(&t.meta)
            {
                visit(addr(b));
            }
        }
        Value::Instance(i) => {
            visit(i.class_addr());
            owned_dict_children(&i.dict, &mut |x| held(x, visit));
            if let Some(exc) = &i.exc {
                if let Ok(a) = exc.args.try_borrow() {
                    held(&a, visit);
                }
                for slot in [&exc.cause, &exc.context, &exc.raise_locals] {
                    if let Ok(v) = slot.try_borrow() {
                        v.iter().for_each(|x| held(x, visit));
                    }
                }
                if let Ok(tb) = exc.tb_object.try_borrow() {
                    tb.iter().for_each(|(_, v)| held(v, visit));
                }
                if let Ok(entries) = exc.traceback.try_borrow() {
                    // Variables shared with another exception's entry (a copied traceback)
                    // count as referenced from outside: never collected, never miscounted.
                    for e in entries.iter() {
                        visit(addr(&e.globals));
                        e.locals
                            .iter()
                            .filter(|l| Rc::strong_count(l) == 1)
                            .flat_map(|l| l.iter().flatten())
                            .for_each(|x| held(x, visit));
                    }
                }
            }
            i.base.iter().for_each(|x| held(x, visit));
            if let Ok(slots) = i.slots.try_borrow() {
                slots.iter().flatten().for_each(|x| held(x, visit));
            }
        }
        Value::Generator(g) => {
            if let Ok(Some(e)) = g.exc_state.try_borrow().as_deref() {
                visit(addr(&e.exc));
            }
            if let Ok(frame) = g.frame.try_borrow() {
                if let Some(f) = frame.as_ref() {
                    f.stack.iter().for_each(|x| held(x, visit));
                    f.fast.iter().flatten().for_each(|x| held(x, visit));
                    visit(addr(&f.globals));
                    for d in f.locals.iter().chain(&f.snapshot) {
                        visit(addr(d));
                    }
                    f.locals_map.iter().for_each(|x| held(x, visit));
                    if let Some(e) = &f.saved_handling {
                        visit(addr(&e.exc));
                    }
                    if let Some(g) = &f.generator {
                        visit(addr(g));
                    }
                }
            }
        }
        Value::Wrapper(w) => match w.as_ref() {
            PyWrapper::Property {
                fget,
                fset,
                fdel,
                doc,
                ..
            } => [fget, fset, fdel, doc]
                .into_iter()
                .for_each(|x| held(x, visit)),
            PyWrapper::ClassMethod(f, d) | PyWrapper::StaticMethod(f, d) => {
                held(f, visit);
                if let Ok(d) = d.0.try_borrow() {
                    if let Some(d) = d.as_ref() {
                        owned_dict_children(d, &mut |x| held(x, visit));
                    }
                }
            }
            PyWrapper::Super { ty, obj } => {
                visit(addr(ty));
                held(obj, visit);
            }
            PyWrapper::DictView { dict, .. } => visit(addr(dict)),
            PyWrapper::MappingProxy(v) => held(v, visit),
            PyWrapper::GetSet(_) | PyWrapper::Member { .. } => {}
        },
        _ => {}
    }
}

fn dict_children(d: &PyDict, value: &mut dyn FnMut(&Value)) {
    if let Ok(table) = d.table.try_borrow() {
        for (k, v) in table.iter() {
            value(k);
            value(v);
        }
    }
}

/// The contents of a dict an object owns without registering it (an instance's `__dict__`):
/// they count as the owner's references while nothing else holds the dict.
fn owned_dict_children(d: &Rc<PyDict>, value: &mut dyn FnMut(&Value)) {
    if Rc::strong_count(d) == 1 {
        dict_children(d, value);
    }
}

/// Drops the references `v` holds that can be dropped, breaking the cycles through it.
fn clear(v: &Value) {
    // The dropped values are freed once nothing is borrowed.
    let mut dropped: Vec<Value> = Vec::new();
    match v {
        Value::List(l) => {
            if let Ok(mut items) = l.items.try_borrow_mut() {
                dropped.extend(std::mem::take(&mut *items));
            }
        }
        Value::Dict(d) => clear_dict(d, &mut dropped),
        Value::Set(s) => {
            if let Ok(mut table) = s.table.try_borrow_mut() {
                let mut table = std::mem::take(&mut *table);
                while let Some(k) = table.pop() {
                    dropped.push(k);
                }
            }
        }
        Value::Cell(c) => {
            if let Ok(mut v) = c.value.try_borrow_mut() {
                dropped.extend(v.take());
            }
        }
        Value::Function(f) => {
            for slot in [&f.annotations, &f.type_params, &f.doc, &f.module] {
                if let Ok(mut v) = slot.try_borrow_mut() {
                    dropped.extend(v.take());
                }
            }
            if let Ok(d) = f.dict.try_borrow() {
                if let Some(d) = d.as_ref() {
                    if Rc::strong_count(d) == 1 {
                        clear_dict(d, &mut dropped);
                    }
                }
            }
        }
        Value::Type(t) => clear_dict(&t.dict, &mut dropped),
        Value::Instance(i) => {
            if Rc::strong_count(&i.dict) == 1 {
                clear_dict(&i.dict, &mut dropped);
            }
            if let Ok(mut slots) = i.slots.try_borrow_mut() {
                dropped.extend(slots.drain(..).flatten());
            }
            if let Some(exc) = &i.exc {
                for slot in [&exc.cause, &exc.context, &exc.raise_locals] {
                    if let Ok(mut v) = slot.try_borrow_mut() {
                        dropped.extend(v.take());
                    }
                }
                if let Ok(mut a) = exc.args.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *a, Value::tuple(Vec::new())));
                }
                if let Ok(mut tb) = exc.tb_object.try_borrow_mut() {
                    dropped.extend(tb.take().map(|(_, v)| v));
                }
                if let Ok(mut entries) = exc.traceback.try_borrow_mut() {
                    for e in entries.iter_mut() {
                        if let Some(l) = e.locals.take() {
                            dropped.extend(
                                Rc::try_unwrap(l).unwrap_or_default().into_iter().flatten(),
                            );
                        }
                    }
                }
            }
        }
        Value::Wrapper(w) => {
            if let PyWrapper::ClassMethod(_, d) | PyWrapper::StaticMethod(_, d) = w.as_ref() {
                if let Ok(own) = d.0.try_borrow() {
                    if let Some(own) = own.as_ref().filter(|o| Rc::strong_count(o) == 1) {
                        clear_dict(own, &mut dropped);
                    }
                }
            }
        }
        // One suspended inside try/with keeps its frame: dropping the generator closes it.
        Value::Generator(g) if !g.running.get() => {
            if let Ok(mut frame) = g.frame.try_borrow_mut() {
                if !frame.as_ref().is_some_and(|f| f.needs_close()) {
                    if let Some(mut f) = frame.take() {
                        dropped.append(&mut f.stack);
                        dropped.extend(f.fast.drain(..).flatten());
                    }
                    if let Ok(mut e) = g.exc_state.try_borrow_mut() {
                        dropped.extend(e.take().map(|e| Value::Instance(e.exc)));
                    }
                }
            }
        }
        _ => {}
    }
    crate::object::types::defer_drop(dropped);
}

fn clear_dict(d: &PyDict, dropped: &mut Vec<Value>) {
    if let Ok(mut table) = d.table.try_borrow_mut() {
        let mut table = std::mem::take(&mut *table);
        while let Some((k, v)) = table.pop_last() {
            dropped.push(k);
            dropped.push(v);
        }
    }
}

/// The position of each object of a collection by its address: open addressing with linear
/// probing in a table kept at most half full, each slot holding the address itself, so a
/// look-up (most of them miss: references to older objects) reads one slot or a few
/// neighbours, not a control byte and then a bucket.
struct AddrIndex {
    slots: Vec<(usize, u32)>,
    shift: u32,
}

impl AddrIndex {
    fn with_capacity(n: usize) -> AddrIndex {
        let size = (n.max(8) * 2).next_power_of_two();
        AddrIndex {
            slots: vec![(0, 0); size],
            shift: u64::BITS - size.trailing_zeros(),
        }
    }

    /// Where the search for `addr` starts (Fibonacci hashing: the multiplication spreads the
    /// aligned addresses' low bits over the top ones).
    #[inline(always)]
    fn start(&self, addr: usize) -> usize {
        ((addr as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Records `addr` at `position`; false if it was already there.
    fn insert(&mut self, addr: usize, position: u32) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.start(addr);
        loop {
            match self.slots[i] {
                (0, _) => {
                    self.slots[i] = (addr, position);
                    return true;
                }
                (a, _) if a == addr => return false,
                _ => i = (i + 1) & mask,
            }
        }
    }

    #[inline(always)]
    fn get(&self, addr: usize) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.start(addr);
        loop {
            match self.slots[i] {
                (0, _) => return None,
                (a, p) if a == addr => return Some(p as usize),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// Which of `objects` no outside reference keeps alive; `index` gives each one's position
/// by its address.
fn unreachable(objects: &[Value], index: &AddrIndex) -> Vec<bool> {
    // Each object's count less the reference `objects` holds.
    let mut outside: Vec<isize> = objects
        .iter()
        .map(|v| strong_count(v) as isize - 1)
        .collect();
    // The references between the objects, kept by referrer (object i's are
    // `targets[starts[i]..starts[i + 1]]`), so that following them below needs no second walk
    // of the objects and no second address look-up.
    let mut starts: Vec<u32> = Vec::with_capacity(objects.len() + 1);
    let mut targets: Vec<u32> = Vec::with_capacity(objects.len());
    for v in objects {
        starts.push(targets.len() as u32);
        children(v, &mut |a| {
            if let Some(j) = index.get(a) {
                outside[j] -= 1;
                targets.push(j as u32);
            }
        });
    }
    starts.push(targets.len() as u32);
    // Anything not exactly explained by the others' references (a miscount included) lives.
    let mut alive: Vec<bool> = outside.iter().map(|&n| n != 0).collect();
    if alive.iter().all(|&a| a) {
        // Nothing is a candidate: no need to follow what the living reach.
        return vec![false; objects.len()];
    }
    let mut work: Vec<usize> = (0..objects.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = work.pop() {
        let (from, to) = (starts[i] as usize, starts[i + 1] as usize);
        for &j in &targets[from..to] {
            let j = j as usize;
            if !alive[j] {
                alive[j] = true;
                work.push(j);
            }
        }
    }
    alive.into_iter().map(|a| !a).collect()
}

impl Vm {
    /// An automatic collection: of the generation CPython's rule picks.
    pub(crate) fn collect_due(&mut self) {
        let generation = GC.with(|g| g.borrow().due_generation());
        self.collect_garbage(generation);
    }

    /// Collects generation `generation` (0 young, 1 middle, 2 all) with the younger ones;
    /// the survivors move one generation up. Returns how many objects were garbage.
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        let generation = generation.min(2);
        if generation == 2 {
            // The attribute cache's references are not the program's.
            crate::object::types::attr_cache::invalidate();
        }
        DUE.with(|d| d.set(false));
        let tracked = GC.with(|g| {
            let mut g = g.borrow_mut();
            if g.collecting {
                return None;
            }
            g.collecting = true;
            g.young_check = 0;
            let mut tracked = std::mem::take(&mut g.gens[0]);
            for older in 1..=generation {
                tracked.append(&mut g.gens[older]);
            }
            Some(tracked)
        });
        let Some(tracked) = tracked else { return 0 };
        // The live objects, each once, and their positions by address; for each registry
        // entry, the position of its object (`NONE` for a dead or repeated one), so that the
        // survivors keep their entries.
        const NONE: u32 = u32::MAX;
        let mut index = AddrIndex::with_capacity(tracked.len());
        let mut objects: Vec<Value> = Vec::with_capacity(tracked.len());
        let mut position: Vec<u32> = Vec::with_capacity(tracked.len());
        for t in &tracked {
            let at = match t.upgrade() {
                Some(v) => match heap_addr(&v) {
                    Some(a) if index.insert(a, objects.len() as u32) => {
                        objects.push(v);
                        (objects.len() - 1) as u32
                    }
                    _ => NONE,
                },
                None => NONE,
            };
            position.push(at);
        }
        let mut garbage = unreachable(&objects, &index);
        // `__del__` runs first, on objects still intact; what it resurrects stays.
        let finalizable: Vec<Value> = objects
            .iter()
            .zip(&garbage)
            .filter(|(v, g)| **g && needs_finalizer(v))
            .map(|(v, _)| v.clone())
            .collect();
        if !finalizable.is_empty() {
            for v in &finalizable {
                crate::object::finalize::mark_finalized(v);
            }
            for v in finalizable {
                let work = match v {
                    Value::Generator(g) => {
                        let hook = g.finalizer.borrow_mut().take();
                        match hook {
                            Some(hook) if !g.closed.get() && g.frame.borrow().is_some() => {
                                Finalizer::Hook(hook, g)
                            }
                            _ => Finalizer::Close(g),
                        }
                    }
                    v => Finalizer::Del(v),
                };
                self.finalize(work);
            }
            garbage = unreachable(&objects, &index);
        }
        // A function's closure cells count once more: CPython holds them in a tuple of
        // their own (`__closure__`).
        let count = objects
            .iter()
            .zip(&garbage)
            .filter(|(_, g)| **g)
            .map(|(v, _)| match v {
                Value::Function(f) if !f.closure.is_empty() => 2,
                _ => 1,
            })
            .sum();
        let mut survivors: Vec<Tracked> = tracked
            .into_iter()
            .zip(&position)
            .filter(|&(_, &at)| at != NONE && !garbage[at as usize])
            .map(|(t, _)| t)
            .collect();
        let dead: Vec<Value> = objects
            .into_iter()
            .zip(garbage)
            .filter_map(|(v, g)| g.then_some(v))
            .collect();
        for v in &dead {
            clear(v);
        }
        drop(dead);
        GC.with(|g| {
            let mut g = g.borrow_mut();
            g.collecting = false;
            let promoted = survivors.len();
            g.gens[(generation + 1).min(2)].append(&mut survivors);
            g.stats[generation].0 += 1;
            g.stats[generation].1 += count;
            g.counts[..=generation].fill(0);
            match generation {
                0 => g.counts[1] += 1,
                1 => {
                    g.counts[2] += 1;
                    g.long_lived_pending += promoted;
                    g.prune_old();
                }
                _ => {
                    g.long_lived_pending = 0;
                    g.long_lived_total = promoted;
                    g.old_live = promoted;
                }
            }
        });
        // Finalizers the clearing queued run at the next safe point.
        count
    }

    /// The `_gc` module `gc.py` is written on.
    pub fn gc_module(&mut self) -> Rc<PyModule> {
        let m = self.new_module("_gc");
        self.add_function(&m, "collect", gc_collect);
        self.add_function(&m, "enable", |_, _| {
            set_enabled(true);
            Ok(Value::None)
        });
        self.add_function(&m, "disable", |_, _| {
            set_enabled(false);
            Ok(Value::None)
        });
        self.add_function(&m, "isenabled", |_, _| {
            Ok(Value::Bool(GC.with(|g| g.borrow().enabled)))
        });
        self.add_function(&m, "get_count", gc_get_count);
        self.add_function(&m, "get_threshold", |_, _| {
            let t = GC.with(|g| g.borrow().thresholds);
            Ok(Value::tuple(
                t.iter().map(|&n| Value::Int(n as i64)).collect(),
            ))
        });
        self.add_function(&m, "set_threshold", gc_set_threshold);
        self.add_function(&m, "get_stats", gc_get_stats);
        self.add_function(&m, "get_objects", gc_get_objects);
        self.add_function(&m, "get_referrers", gc_get_referrers);
        m
    }
}

fn needs_finalizer(v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            i.class().has_flag(TypeFlags::FINALIZER) && !crate::object::finalize::finalized(v)
        }
        // A generator suspended inside try/with is closed before anything is cleared.
        Value::Generator(g) => {
            !g.running.get()
                && (suspended_in_handler(g) || g.finalizer.try_borrow().is_ok_and(|f| f.is_some()))
        }
        _ => false,
    }
}

fn suspended_in_handler(g: &crate::object::types::PyGenerator) -> bool {
    g.frame
        .try_borrow()
        .is_ok_and(|frame| frame.as_ref().is_some_and(|f| f.needs_close()))
}

fn set_enabled(on: bool) {
    GC.with(|g| g.borrow_mut().enabled = on);
    if !on {
        // A collection that was waiting for a safe point does not run either.
        DUE.with(|d| d.set(false));
    }
}

/// `gc.collect(generation=2)`: that generation and the younger ones.
fn gc_collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("collect", &args, 0, 1)?;
    let generation = match args.pos.first() {
        Some(v) => int_arg(vm, v)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.collect_garbage(generation as usize);
    vm.run_finalizers();
    Ok(Value::Int(n as i64))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn gc_get_count(_: &mut Vm, _: Args<'_>) -> PyResult<Value> {
    let counts = GC.with(|g| {
        let g = g.borrow();
        [g.gens[0].len(), g.counts[1], g.counts[2]]
    });
    Ok(Value::tuple(
        counts.iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

fn gc_set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("set_threshold", &args, 1, 3)?;
    let mut values = [0usize; 3];
    for (i, v) in args.pos.iter().enumerate() {
        let n = int_arg(vm, v)?;
        values[i] = usize::try_from(n).unwrap_or(0);
    }
    GC.with(|g| {
        let mut g = g.borrow_mut();
        for (i, n) in values.iter().enumerate().take(args.pos.len()) {
            g.thresholds[i] = *n;
        }
    });
    Ok(Value::None)
}

/// The live registered objects of one generation, or of all three, each once.
fn live_objects(generation: Option<usize>) -> Vec<Value> {
    GC.with(|g| {
        let g = g.borrow();
        let gens = match generation {
            Some(i) => std::slice::from_ref(&g.gens[i]),
            None => &g.gens[..],
        };
        let mut seen = hashbrown::HashSet::new();
        gens.iter()
            .flatten()
            .filter_map(Tracked::upgrade)
            .filter(|v| heap_addr(v).is_some_and(|a| seen.insert(a)))
            .collect()
    })
}

/// `gc.get_objects(generation=None)`: what the collector tracks, in one generation or all.
fn gc_get_objects(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("get_objects", &args, 0, 1)?;
    // Anything with `__index__` (an `IntEnum` member too) names a generation, as in CPython.
    let generation = match args.pos.first() {
        None | Some(Value::None) => None,
        Some(v) if matches!(v.plain_number(), Value::BigInt(_)) => {
            return Err(vm.new_error(
                crate::error::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        Some(v) => match vm.index_value(v)? {
            Some(-1) => None,
            Some(n) if n < 0 => {
                return Err(vm.value_error("generation parameter cannot be negative"))
            }
            Some(n) if n < 3 => Some(n as usize),
            Some(_) => return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            )),
            None => {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
    };
    Ok(Value::list(live_objects(generation)))
}

/// `gc.get_referrers(*objs)`: the tracked objects that hold a reference to any of `objs`.
fn gc_get_referrers(_: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let targets: hashbrown::HashSet<usize> = args.pos.iter().filter_map(heap_addr).collect();
    if targets.is_empty() {
        return Ok(Value::list(Vec::new()));
    }
    let found = live_objects(None)
        .into_iter()
        .filter(|v| {
            let mut hit = false;
            children_apart(v, &mut |a| hit |= targets.contains(&a));
            hit
        })
        .collect();
    Ok(Value::list(found))
}

fn gc_get_stats(vm: &mut Vm, _: Args<'_>) -> PyResult<Value> {
    let stats = GC.with(|g| g.borrow().stats);
    let mut list = Vec::new();
    for (collections, collected) in stats {
        let d = Rc::new(PyDict::new());
        for (k, n) in [
            ("collections", collections),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            vm.dict_set(&d, Value::str(k), Value::Int(n as i64))?;
        }
        list.push(Value::Dict(d));
    }
    Ok(Value::list(list))
}

#[cfg(test)]
mod tests {
    use super::AddrIndex;

    #[test]
    fn addr_index_finds_what_it_holds_and_nothing_else() {
        // Aligned addresses, as the allocator hands them out, more than fill the first size.
        let addrs: Vec<usize> = (1..=40).map(|i| 0x1_0000 + i * 16).collect();
        let mut index = AddrIndex::with_capacity(addrs.len());
        for (i, &a) in addrs.iter().enumerate() {
            assert!(index.insert(a, i as u32));
        }
        assert!(
            !index.insert(addrs[7], 99),
            "a repeated address keeps its first position"
        );
        for (i, &a) in addrs.iter().enumerate() {
            assert_eq!(index.get(a), Some(i));
        }
        for a in [8, 0x1_0000, 0x1_0000 + 41 * 16, usize::MAX - 15] {
            assert_eq!(index.get(a), None);
        }
    }
}
