//! `_hashlib`: the hash algorithms behind `hashlib` (MD5, SHA-1, SHA-2, SHA-3, SHAKE, BLAKE2)
//! from the RustCrypto crates, and PBKDF2-HMAC. Hash objects live in numbered slots that the
//! Python classes of `hashlib` own (`new`/`copy` give a slot, `free` releases it).

use std::cell::RefCell;
use std::rc::Rc;

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use digest::{Digest, ExtendableOutput, Update, XofReader};
use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

use crate::slots;

/// Declares a BLAKE2 variant with CPython's parameters: the crate's core with our own block
/// buffer, so the key block, salt and personalisation can be set.
macro_rules! blake2 {
    ($name:ident, $core:ty, $block:expr) => {
        #[derive(Clone)]
        struct $name {
            core: $core,
            buffer: Buffer<$core>,
            size: usize,
        }

        impl $name {
            fn new(p: &BlakeParams<'_>) -> $name {
                let mut b = $name {
                    core: <$core>::new_with_params(p.salt, p.person, p.key.len(), p.size),
                    buffer: Default::default(),
                    size: p.size,
                };
                if !p.key.is_empty() {
                    let mut block = p.key.to_vec();
                    block.resize($block, 0);
                    b.absorb(&block);
                }
                b
            }

            fn absorb(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buffer
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            fn finish(&self) -> Vec<u8> {
                let mut copy = self.clone();
                let mut out = Default::default();
                copy.core.finalize_variable_core(&mut copy.buffer, &mut out);
                out[..self.size].to_vec()
            }
        }
    };
}

blake2!(Blake2b, Blake2bVarCore, 128);
blake2!(Blake2s, Blake2sVarCore, 64);

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

/// BLAKE2's keyed parameters: (key, salt, person, digest size), already checked.
struct BlakeParams<'a> {
    key: &'a [u8],
    salt: &'a [u8],
    person: &'a [u8],
    size: usize,
}

impl State {
    fn new(name: &str, p: &BlakeParams<'_>) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Digest::new()),
            "sha1" => State::Sha1(Digest::new()),
            "sha224" => State::Sha224(Digest::new()),
            "sha256" => State::Sha256(Digest::new()),
            "sha384" => State::Sha384(Digest::new()),
            "sha512" => State::Sha512(Digest::new()),
            "sha512_224" => State::Sha512_224(Digest::new()),
            "sha512_256" => State::Sha512_256(Digest::new()),
            "sha3_224" => State::Sha3_224(Digest::new()),
            "sha3_256" => State::Sha3_256(Digest::new()),
            "sha3_384" => State::Sha3_384(Digest::new()),
            "sha3_512" => State::Sha3_512(Digest::new()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2b" => State::Blake2b(Blake2b::new(p)),
            "blake2s" => State::Blake2s(Blake2s::new(p)),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha512_224(h) => Digest::update(h, data),
            State::Sha512_256(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h) => h.absorb(data),
            State::Blake2s(h) => h.absorb(data),
        }
    }

    /// The digest of what was fed so far (`length` bytes for SHAKE); the state goes on.
    fn digest(&self, length: usize) -> Vec<u8> {
        fn fixed<D: Digest + Clone>(h: &D) -> Vec<u8> {
            h.clone().finalize().to_vec()
        }
        fn xof<X: ExtendableOutput + Clone>(h: &X, length: usize) -> Vec<u8> {
            let mut out = Vec::new();
            // A length memory cannot hold gives nothing (`digest` reports MemoryError).
            if out.try_reserve_exact(length).is_err() {
                return out;
            }
            out.resize(length, 0);
            h.clone().finalize_xof().read(&mut out);
            out
        }
        match self {
            State::Md5(h) => fixed(h),
            State::Sha1(h) => fixed(h),
            State::Sha224(h) => fixed(h),
            State::Sha256(h) => fixed(h),
            State::Sha384(h) => fixed(h),
            State::Sha512(h) => fixed(h),
            State::Sha512_224(h) => fixed(h),
            State::Sha512_256(h) => fixed(h),
            State::Sha3_224(h) => fixed(h),
            State::Sha3_256(h) => fixed(h),
            State::Sha3_384(h) => fixed(h),
            State::Sha3_512(h) => fixed(h),
            State::Shake128(h) => xof(h, length),
            State::Shake256(h) => xof(h, length),
            State::Blake2b(h) => h.finish(),
            State::Blake2s(h) => h.finish(),
        }
    }

    /// The block size in bytes (HMAC's pad length).
    fn block_size(&self) -> usize {
        match self {
            State::Md5(_) | State::Sha1(_) | State::Sha224(_) | State::Sha256(_) => 64,
            State::Blake2s(_) => 64,
            State::Sha384(_) | State::Sha512(_) | State::Sha512_224(_) | State::Sha512_256(_) => {
                128
            }
            State::Blake2b(_) => 128,
            State::Sha3_224(_) => 144,
            State::Sha3_256(_) => 136,
            State::Sha3_384(_) => 104,
            State::Sha3_512(_) => 72,
            State::Shake128(_) => 168,
            State::Shake256(_) => 136,
        }
    }
}

thread_local! {
    static SLOTS: RefCell<Vec<Option<State>>> = const { RefCell::new(Vec::new()) };
}

fn store(state: State) -> Value {
    Value::from(SLOTS.with(|slots| slots::store(slots, state)))
}

fn with_slot<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut State) -> R) -> PyResult<R> {
    let slot = slots::number(vm, v)?;
    SLOTS
        .with(|slots| {
            slots
                .borrow_mut()
                .get_mut(slot)
                .and_then(Option::as_mut)
                .map(f)
        })
        .ok_or_else(|| vm.value_error("hash object already released"))
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match pyrs_vm::object::types::bytes::exported_bytes(vm, v)? {
        Some(data) => Ok(data),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_hashlib");
    vm.add_function(&m, "new", new);
    vm.add_function(&m, "update", update);
    vm.add_function(&m, "digest", digest);
    vm.add_function(&m, "copy", copy);
    vm.add_function(&m, "free", free);
    vm.add_function(&m, "block_size", block_size);
    vm.add_function(&m, "pbkdf2_hmac", pbkdf2_hmac);
    Ok(m)
}

/// `new(name, key, salt, person, digest_size)`: a new hash object's slot. The BLAKE2
/// parameters are checked by `hashlib`; the others ignore them.
fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("new", &args, 5, 5)?;
    let name = vm.str_arg(&args.pos[0], "new", 1)?.as_str().to_string();
    let key = data_arg(vm, &args.pos[1])?;
    let salt = data_arg(vm, &args.pos[2])?;
    let person = data_arg(vm, &args.pos[3])?;
    let size = usize::try_from(vm.int_arg(&args.pos[4], "")?).unwrap_or(0);
    let (max_size, max_param) = if name == "blake2s" { (32, 8) } else { (64, 16) };
    if name.starts_with("blake2")
        && (size == 0
            || size > max_size
            || key.len() > max_size
            || salt.len() > max_param
            || person.len() > max_param)
    {
        return Err(vm.value_error("invalid BLAKE2 parameters"));
    }
    let params = BlakeParams {
        key: &key,
        salt: &salt,
        person: &person,
        size,
    };
    match State::new(&name, &params) {
        Some(state) => Ok(store(state)),
        None => Err(vm.value_error(format!("unsupported hash type {name}"))),
    }
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("update", &args, 2, 2)?;
    let data = data_arg(vm, &args.pos[1])?;
    with_slot(vm, &args.pos[0], |s| s.update(&data))?;
    Ok(Value::None)
}

/// `digest(slot, length)`: `length` is used by SHAKE only.
fn digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("digest", &args, 2, 2)?;
    let length = vm.int_arg(&args.pos[1], "")?;
    let Ok(length) = usize::try_from(length) else {
        return Err(vm.memory_error());
    };
    let out = with_slot(vm, &args.pos[0], |s| s.digest(length))?;
    if out.len() != length && length > 0 {
        return Err(vm.memory_error());
    }
    Ok(new_bytes(out))
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("copy", &args, 1, 1)?;
    let state = with_slot(vm, &args.pos[0], |s| s.clone())?;
    Ok(store(state))
}

fn block_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("block_size", &args, 1, 1)?;
    let size = with_slot(vm, &args.pos[0], |s| s.block_size())?;
    Ok(Value::from(size))
}

fn free(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("free", &args, 1, 1)?;
    let slot = slots::number(vm, &args.pos[0])?;
    SLOTS.with(|s| slots::release(s, slot));
    Ok(Value::None)
}

/// HMAC over a fresh `State` of the named hash: the inner and outer states after their
/// padded keys, cloned for each message.
struct Hmac {
    inner: State,
    outer: State,
}

impl Hmac {
    fn new(name: &str, key: &[u8]) -> Option<Hmac> {
        let none = BlakeParams {
            key: &[],
            salt: &[],
            person: &[],
            size: 64,
        };
        let mut inner = State::new(name, &none)?;
        let mut outer = inner.clone();
        let block = inner.block_size();
        let mut k = if key.len() > block {
            let mut h = inner.clone();
            h.update(key);
            h.digest(0)
        } else {
            key.to_vec()
        };
        k.resize(block, 0);
        inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Some(Hmac { inner, outer })
    }

    fn mac(&self, msg: &[u8]) -> Vec<u8> {
        let mut inner = self.inner.clone();
        inner.update(msg);
        let mut outer = self.outer.clone();
        outer.update(&inner.digest(0));
        outer.digest(0)
    }
}

/// `pbkdf2_hmac(name, password, salt, iterations, dklen)`, arguments checked by `hashlib`
/// (`dklen` 0 means the digest size).
fn pbkdf2_hmac(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("pbkdf2_hmac", &args, 5, 5)?;
    let name = vm
        .str_arg(&args.pos[0], "pbkdf2_hmac", 1)?
        .as_str()
        .to_string();
    let password = data_arg(vm, &args.pos[1])?;
    let salt = data_arg(vm, &args.pos[2])?;
    let iterations = vm.int_arg(&args.pos[3], "")?.max(1);
    let dklen = usize::try_from(vm.int_arg(&args.pos[4], "")?).unwrap_or(0);
    let hmac = match Hmac::new(&name, &password) {
        Some(h) if !name.starts_with("shake") && !name.starts_with("blake") => h,
        _ => return Err(vm.value_error(format!("unsupported hash type {name}"))),
    };
    let hlen = hmac.mac(b"").len();
    let dklen = if dklen == 0 { hlen } else { dklen };
    let mut out = Vec::new();
    if out.try_reserve_exact(dklen.saturating_add(hlen)).is_err() {
        return Err(vm.memory_error());
    }
    let mut index: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.clone();
        msg.extend_from_slice(&index.to_be_bytes());
        let mut u = hmac.mac(&msg);
        let mut block = u.clone();
        for _ in 1..iterations {
            u = hmac.mac(&u);
            for (b, x) in block.iter_mut().zip(&u) {
                *b ^= x;
            }
        }
        out.extend_from_slice(&block);
        index = index.wrapping_add(1);
    }
    out.truncate(dklen);
    Ok(new_bytes(out))
}
