//! What runs when an object dies: `__del__`, and the callbacks of weak references to it.
//! A `Drop` cannot call Python code, so it queues the work here; the interpreter runs the
//! queue at its next safe point (after a `del`, a store, an expression statement, a return),
//! which for code like `del x` is immediately, as in CPython.

use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::types::{PyInstance, TypeFlags};
use crate::object::Value;

/// Work a dying object left for the interpreter.
pub enum Finalizer {
    /// Call `obj.__del__()` on this resurrected instance.
    Del(Value),
    /// Call `callback(weakref)`.
    Callback(Value, Value),
    /// Close a generator that was dropped while suspended in `try`/`with`.
    Close(Rc<crate::object::types::PyGenerator>),
    /// Call an unfinished async generator's finalizer hook with it.
    Hook(Value, Rc<crate::object::types::PyGenerator>),
    /// Warn that this coroutine, freed before it ever ran, was never awaited.
    Unawaited(Rc<crate::object::types::PyGenerator>),
}

thread_local! {
    static QUEUE: RefCell<Vec<Finalizer>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Instances already finalized (their `__del__` ran), by address.
    static FINALIZED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// Weak references to each referent, by the referent's address.
    static WEAKREFS: RefCell<HashMap<usize, Vec<Weak<PyInstance>>>> = RefCell::new(HashMap::new());
    /// How many referents have weak references (skips the look-up on every drop when 0).
    static REFERENTS: Cell<usize> = const { Cell::new(0) };
}

/// Whether finalizers wait to run (checked by the interpreter at safe points).
#[inline]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Takes the queued work.
pub fn take() -> Vec<Finalizer> {
    PENDING.with(|p| p.set(false));
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

fn push(f: Finalizer) {
    let _ = QUEUE.try_with(|q| q.borrow_mut().push(f));
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Asks for the next safe point to call `run_finalizers` (a collection is due).
pub fn wake() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Records that the collector ran this instance's `__del__`: it does not run again.
pub fn mark_finalized(v: &Value) {
    if let Value::Instance(i) = v {
        let addr = Rc::as_ptr(i) as usize;
        let _ = FINALIZED.try_with(|f| f.borrow_mut().push(addr));
    }
}

/// Whether this instance's `__del__` already ran.
pub fn finalized(v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            let addr = Rc::as_ptr(i) as usize;
            FINALIZED
                .try_with(|f| f.borrow().contains(&addr))
                .unwrap_or(true)
        }
        _ => false,
    }
}

/// Queues `close()` of a generator dropped while suspended inside a handler.
pub fn close_later(g: Rc<crate::object::types::PyGenerator>) {
    push(Finalizer::Close(g));
}

/// Queues CPython's RuntimeWarning for a coroutine freed before it ever ran.
pub fn unawaited_later(g: Rc<crate::object::types::PyGenerator>) {
    push(Finalizer::Unawaited(g));
}

/// Queues `hook(g)`: an unfinished async generator's finalizer hook.
pub fn hook_later(hook: Value, g: Rc<crate::object::types::PyGenerator>) {
    push(Finalizer::Hook(hook, g));
}

/// Records a weak reference (`weakref`, an instance) to the object at `addr`.
pub fn register_weakref(addr: usize, weakref: &Rc<PyInstance>) {
    WEAKREFS.with(|w| {
        let mut w = w.borrow_mut();
        let refs = w.entry(addr).or_insert_with(|| {
            REFERENTS.with(|n| n.set(n.get() + 1));
            Vec::new()
        });
        crate::object::push_weak(refs, Rc::downgrade(weakref));
    });
}

/// The live weak references to the object at `addr`.
pub fn weakrefs_to(addr: usize) -> Vec<Rc<PyInstance>> {
    WEAKREFS.with(|w| {
        w.borrow()
            .get(&addr)
            .map(|v| v.iter().filter_map(Weak::upgrade).collect())
            .unwrap_or_default()
    })
}

/// The object at `addr` died: queue the callbacks of its weak references.
pub fn referent_died(addr: usize) {
    let refs = WEAKREFS
        .try_with(|w| w.borrow_mut().remove(&addr))
        .ok()
        .flatten();
    if refs.is_some() {
        let _ = REFERENTS.try_with(|n| n.set(n.get().saturating_sub(1)));
    }
    // The newest reference's callback runs first, as in CPython.
    for r in refs.into_iter().flatten().rev().filter_map(|w| w.upgrade()) {
        if let Some(state) = r.native::<crate::object::types::weakref::WeakRefState>() {
            state.dead.set(true);
            if let Some(cb) = state.callback.borrow_mut().take() {
                push(Finalizer::Callback(cb, Value::Instance(r.clone())));
            }
        }
    }
}

/// An object that weak references can point at is being freed: their callbacks are
/// queued, when it has any.
pub fn referent_dying(addr: usize) {
    if REFERENTS.try_with(Cell::get).unwrap_or(0) > 0 {
        let has_weakrefs = WEAKREFS
            .try_with(|w| w.borrow().contains_key(&addr))
            .unwrap_or(false);
        if has_weakrefs {
            referent_died(addr);
        }
    }
}

/// Called by `PyInstance`'s drop: when its class has `__del__` (and it was not finalized
/// yet), its state moves into a new instance queued for `__del__`. Returns true then.
pub fn instance_dying(inst: &mut PyInstance, addr: usize) -> bool {
    referent_dying(addr);
    if !inst.class_has_flag(TypeFlags::FINALIZER) {
        return false;
    }
    let was_finalized = FINALIZED
        .try_with(|f| {
            let mut f = f.borrow_mut();
            match f.iter().position(|a| *a == addr) {
                Some(i) => {
                    f.swap_remove(i);
                    true
                }
                None => false,
            }
        })
        .unwrap_or(true);
    if was_finalized {
        return false;
    }
    let revived = Rc::new(inst.take_state());
    let new_addr = Rc::as_ptr(&revived) as usize;
    let _ = FINALIZED.try_with(|f| f.borrow_mut().push(new_addr));
    push(Finalizer::Del(Value::Instance(revived)));
    true
}
