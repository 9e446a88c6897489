//! THE instruction set: every opcode with its operand and stack effect.
//!
//! An instruction is an `Op` plus one `u32` operand. Stack effects are written
//! `[before] -> [after]`, top of stack on the right. Jump operands are absolute instruction
//! indices.

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// Declares `Op` and `Op::ALL`, the opcodes in numbering order, from one list.
macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $($(#[$doc])* $name,)*
        }

        impl Op {
            /// Every opcode, in numbering order: `Op::ALL[op as usize] == op`.
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop,
    /// `[a] -> []`
    PopTop,
    /// `[.., a] -> [.., a, a']` where a' is the arg-th item from the top (1 = top).
    Copy,
    /// Swaps the top with the arg-th item from the top (arg ≥ 2).
    Swap,
    /// `[] -> [consts[arg]]`
    LoadConst,
    /// `[] -> [fast[arg]]`; UnboundLocalError when unset.
    LoadFast,
    /// `[v] -> []` into fast[arg].
    StoreFast,
    /// Unsets fast[arg].
    DeleteFast,
    /// `[] -> [cell(fast[arg]).value]`; NameError/UnboundLocalError when empty.
    LoadDeref,
    /// `[v] -> []` into cell(fast[arg]).
    StoreDeref,
    /// Empties cell(fast[arg]).
    DeleteDeref,
    /// In a class body: `[] -> [ns[names[cell]] or cell value]`; arg is the slot.
    LoadClassDeref,
    /// `[] -> [namespace]` in a class body: its `__prepare__` mapping or dict.
    LoadLocals,
    /// `[mapping] -> [mapping[names[arg]], else globals or builtins[names[arg]]]`: a name
    /// in an annotation scope of a class body (PEP 695), which sees the class's names.
    LoadFromDictOrGlobals,
    /// Wraps fast[arg] (argument or unset) into a new cell, at function entry.
    MakeCell,
    /// `[] -> [cell(fast[arg])]`, the cell itself, for building closures.
    LoadClosure,
    /// `[] -> [globals or builtins[names[arg]]]`
    LoadGlobal,
    /// `[v] -> []` into globals[names[arg]].
    StoreGlobal,
    /// Deletes globals[names[arg]].
    DeleteGlobal,
    /// `[] -> [locals, globals or builtins[names[arg]]]` (module and class scopes).
    LoadName,
    /// `[v] -> []` into locals[names[arg]].
    StoreName,
    /// Deletes locals[names[arg]].
    DeleteName,
    /// `[obj] -> [obj.names[arg]]`
    LoadAttr,
    /// A `LoadFast` the compiler found right before a `LoadAttr` (`self.x`): when the
    /// attribute cache hits for `fast[arg]`, pushes the attribute without the local going
    /// through the stack and skips the `LoadAttr`; else acts as `LoadFast`.
    LoadFastAttr,
    /// A `LoadFast` right before a `StoreAttr` (`self.x = v`): `[v] -> []` storing into
    /// `fast[arg]` directly and skipping the `StoreAttr` when its cache hits; else `LoadFast`.
    StoreFastAttr,
    /// `[obj] -> [method, obj]` or `[attr, NULL]`, for `CallMethod`.
    LoadMethod,
    /// `[v, obj] -> []`: obj.names[arg] = v.
    StoreAttr,
    /// `[obj] -> []`: del obj.names[arg].
    DeleteAttr,
    /// `[obj, key] -> [obj[key]]`
    BinarySubscr,
    /// `[v, obj, key] -> []`: obj[key] = v.
    StoreSubscr,
    /// `[obj, key] -> []`: del obj[key].
    DeleteSubscr,
    /// `[a, b] -> [a op b]`, arg is a `BinOp`.
    BinaryOp,
    /// `[a, b] -> [a op= b]`, arg is a `BinOp` (tries the in-place method first).
    InplaceOp,
    /// `[a] -> [-a]`
    UnaryNegative,
    /// `[a] -> [+a]`
    UnaryPositive,
    /// `[a] -> [not a]`
    UnaryNot,
    /// `[a] -> [~a]`
    UnaryInvert,
    /// `[a, b] -> [a cmp b]`, arg is a `CmpOp`.
    Compare,
    /// `[a, b] -> [a is b]`, negated when arg is 1.
    IsOp,
    /// `[a, b] -> [a in b]`, negated when arg is 1.
    ContainsOp,
    /// Jumps to arg.
    Jump,
    /// `[v] -> []`, jumps to arg when v is false.
    PopJumpIfFalse,
    /// `[v] -> []`, jumps to arg when v is true.
    PopJumpIfTrue,
    /// `[v] -> [v]` and jumps when v is false, else `[v] -> []`.
    JumpIfFalseOrPop,
    /// `[v] -> [v]` and jumps when v is true, else `[v] -> []`.
    JumpIfTrueOrPop,
    /// `[v] -> [iter(v)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or `[it] -> []` and jump to arg when exhausted.
    ForIter,
    /// `[a1..an] -> [(a1..an)]`
    BuildTuple,
    /// `[a1..an] -> [[a1..an]]`
    BuildList,
    /// `[a1..an] -> [{a1..an}]`; n may carry `BUILD_SET_CONSTANT`.
    BuildSet,
    /// `[k1, v1 .. kn, vn] -> [{k1: v1 ..}]`
    BuildMap,
    /// `[s1..sn] -> [s1 + .. + sn]` (all str).
    BuildString,
    /// `[start, stop] -> [slice]` (arg 2) or `[start, stop, step] -> [slice]` (arg 3).
    BuildSlice,
    /// `[list, .. (arg-1 items) .., v] -> [list + v, ..]`: appends to the list arg deep.
    ListAppend,
    /// As ListAppend, for sets.
    SetAdd,
    /// `[dict, .., k, v] -> [dict, ..]` with dict[k] = v; dict is arg deep after popping both.
    MapAdd,
    /// `[list, .., it] -> [list, ..]` extending the list arg deep.
    ListExtend,
    /// `[set, .., it] -> [set, ..]`
    SetUpdate,
    /// `[dict, .., m] -> [dict, ..]` updating from a mapping.
    DictUpdate,
    /// Like DictUpdate for `**` in calls: a repeated key is a TypeError. arg 1 = dict is
    /// below the callable.
    DictMerge,
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[seq] -> [x_n .. x_1]` (first item on top); arg = n.
    UnpackSequence,
    /// Starred unpack: arg = before | (after << 8); pushes after, list, before reversed.
    UnpackEx,
    /// `[f, a1..an] -> [f(a1..an)]`, arg = n.
    Call,
    /// `[m, self|NULL, a1..an] -> [result]`, arg = n.
    CallMethod,
    /// `[f, a1..an, names] -> [result]`; names is a tuple naming the last len(names) args.
    CallKw,
    /// `[f, args_tuple, kwargs_dict|None] -> [result]`
    CallEx,
    /// Builds a function from `[.., code]`: arg bits 1 defaults tuple, 2 kw-defaults dict,
    /// 4 annotations dict, 8 closure tuple, popped in the order closure, annotations,
    /// kwdefaults, defaults under the code.
    MakeFunction,
    /// `[v] -> []`, returns v to the caller.
    ReturnValue,
    /// `[v] -> []`, suspends a generator, yielding v; resumed with the sent value pushed.
    YieldValue,
    /// arg 0: re-raise the handled exception; 1: `[exc] -> raise exc`; 2: `[exc, cause]`.
    Raise,
    /// `[exc] -> raise exc` keeping its traceback (end of finally/except cleanup).
    Reraise,
    /// `[exc] -> [previous, exc]`; exc becomes the exception being handled.
    PushExcInfo,
    /// `[previous] -> []`; restores the exception being handled.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`: isinstance match for `except type:`.
    CheckExcMatch,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `[value] -> []`: `sys.displayhook(value)` (expression statements of `compile(...,
    /// 'single')`).
    PrintExpr,
    /// `[] -> [builtins.__build_class__]`; the class statement then calls it with the body
    /// function, the name, the bases and the keywords.
    LoadBuildClass,
    /// `[level, fromlist] -> [module]`; imports names[arg] as `__import__` does.
    ImportName,
    /// `[module] -> [module, module.names[arg]]`, ImportError when missing.
    ImportFrom,
    /// `[module] -> []`: `from module import *` into the current namespace.
    ImportStar,
    /// `[v] -> [str]` (arg bits 0-1: 0 none, 1 str, 2 repr, 3 ascii; bit 2: `[v, spec]`).
    FormatValue,
    /// `[mgr] -> [exit, mgr.__enter__()]`
    BeforeWith,
    /// `[exit, .., exc] -> [exit, .., exc, exit(type, exc, tb)]`; exit is arg deep below exc.
    WithExceptStart,
    /// `[v] -> [iter]` for `yield from`: generators stay as they are.
    GetYieldFromIter,
    /// `[it, v] -> [it, yielded]` and suspends, or `[it, v] -> [result]` and jumps to arg.
    Send,
    /// `[.. a1..an, v] -> [.. v, a1..an]` with n = arg: moves the top under arg items.
    Insert,
    /// `[.. x, a1..a(n-1)] -> [.. a1..a(n-1), x]` with n = arg: brings the n-th item up.
    RotUp,
    /// `[subject] -> [subject, bool]`: whether a sequence pattern may match it.
    MatchSequence,
    /// `[subject] -> [subject, bool]`: whether a mapping pattern may match it.
    MatchMapping,
    /// `[obj] -> [obj, len(obj)]`
    GetLen,
    /// `[subject, keys] -> [subject, keys, values]`: the values of a mapping pattern's keys,
    /// or None when one is missing.
    MatchKeys,
    /// `[subject, keys] -> [rest]`: a dict of the subject's items but `keys` (`**rest`).
    DictWithoutKeys,
    /// `[v] -> [iter]`: what `await v` iterates (a coroutine, or `v.__await__()`); arg 1
    /// and 2 name `__aenter__`/`__aexit__` in the error.
    GetAwaitable,
    /// `[mgr] -> [aexit, mgr.__aenter__()]`
    BeforeAsyncWith,
    /// `[obj] -> [obj.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, aiter.__anext__()]` (an awaitable).
    GetANext,
    /// `[aiter, exc] -> []` when exc is StopAsyncIteration, else re-raises exc.
    EndAsyncFor,
    /// `[v] -> [wrapped v]`: a value an async generator yields to its consumer.
    AsyncGenWrap,
    /// `except* T`: `[rest, T] -> [rest', match]`, splitting what is left of the exception.
    ExcStarMatch,
    /// The end of `except*`: `[orig, raised, rest] -> [exc or None]`, what to re-raise.
    ExcStarReraise,
    /// `[subject, cls, names] -> [attrs]`: a class pattern with arg positional sub-patterns;
    /// the tuple of attributes to match, or None.
    MatchClass,
    /// `super().names[arg]`: `[super, cls, obj] -> [attr]`, without a super object when
    /// `super` is the built-in one.
    LoadSuperAttr,
    /// `super().names[arg](...)`: `[super, cls, obj] -> [method, obj]` or `[attr, NULL]`,
    /// for `CallMethod`.
    LoadSuperMethod,
    /// An `UnpackSequence` the compiler found followed by one `StoreFast` per item
    /// (`a, b = t` in a function): a tuple or list of exactly `arg` items is stored into those
    /// locals directly and the stores are skipped (`[seq] -> []`); else acts as
    /// `UnpackSequence`.
    UnpackToFast,
}

/// Whether the unpack at `at` is followed by one `StoreFast` per item: the run
/// `UnpackToFast` stores itself (the stores stay in place for its other path and for jumps).
pub fn stores_follow(instrs: &[Instr], at: usize) -> bool {
    let n = instrs.get(at).map_or(0, |i| i.arg as usize);
    n > 0
        && instrs
            .get(at + 1..at + 1 + n)
            .is_some_and(|run| run.iter().all(|i| i.op == Op::StoreFast))
}

impl Op {
    /// The opcode numbered `n`, if there is one.
    pub fn from_u8(n: u8) -> Option<Op> {
        Op::ALL.get(usize::from(n)).copied()
    }

    /// Whether the operand is a jump target (an instruction index).
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::ForIter
                | Op::Send
        )
    }

    /// The change of the stack depth when the instruction falls through, and when it jumps.
    pub fn stack_effect(self, arg: u32) -> (i64, i64) {
        let n = i64::from(arg);
        let e = match self {
            Op::Nop | Op::Swap | Op::DeleteFast | Op::DeleteDeref | Op::DeleteGlobal => 0,
            Op::DeleteName | Op::MakeCell | Op::LoadAttr | Op::UnaryNegative => 0,
            Op::UnaryPositive | Op::UnaryNot | Op::UnaryInvert | Op::Jump | Op::GetIter => 0,
            Op::ListToTuple | Op::CheckExcMatch | Op::GetYieldFromIter => 0,
            Op::YieldValue | Op::Insert | Op::RotUp => 0,
            Op::GetAwaitable | Op::GetAIter | Op::AsyncGenWrap => 0,
            Op::BeforeAsyncWith | Op::GetANext => 1,
            Op::EndAsyncFor | Op::ExcStarReraise => -2,
            Op::ExcStarMatch => 0,
            Op::MatchSequence | Op::MatchMapping | Op::GetLen | Op::MatchKeys => 1,
            Op::DictWithoutKeys => -1,
            Op::MatchClass | Op::LoadSuperAttr => -2,
            Op::LoadSuperMethod => -1,
            Op::PopTop | Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => -1,
            Op::ImportName | Op::ImportStar => -1,
            Op::DeleteAttr | Op::BinarySubscr | Op::BinaryOp | Op::InplaceOp | Op::Compare => -1,
            Op::IsOp | Op::ContainsOp | Op::PopJumpIfFalse | Op::PopJumpIfTrue => -1,
            Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate => -1,
            Op::DictMerge | Op::ReturnValue | Op::Reraise | Op::PopExcept => -1,
            Op::Copy | Op::LoadConst | Op::LoadFast | Op::LoadDeref | Op::LoadClassDeref => 1,
            Op::LoadFastAttr | Op::StoreFastAttr => 1,
            Op::LoadClosure | Op::LoadGlobal | Op::LoadName | Op::LoadMethod => 1,
            Op::PushExcInfo | Op::LoadAssertionError | Op::LoadBuildClass => 1,
            Op::LoadLocals => 1,
            Op::LoadFromDictOrGlobals => 0,
            Op::ImportFrom | Op::BeforeWith => 1,
            Op::WithExceptStart => 1,
            Op::PrintExpr => -1,
            Op::StoreAttr | Op::DeleteSubscr | Op::MapAdd | Op::CallEx => -2,
            Op::StoreSubscr => -3,
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => return (-1, 0),
            Op::ForIter => return (1, -1),
            Op::Send => return (0, -1),
            Op::BuildTuple | Op::BuildList | Op::BuildString | Op::BuildSlice => 1 - n,
            Op::BuildSet => 1 - i64::from(arg & !BUILD_SET_CONSTANT),
            Op::BuildMap => 1 - 2 * n,
            Op::UnpackSequence | Op::UnpackToFast => n - 1,
            Op::UnpackEx => (n & 0xff) + (n >> 8),
            Op::Call => -n,
            Op::CallMethod | Op::CallKw => -n - 1,
            Op::MakeFunction => -i64::from(arg.count_ones()),
            Op::Raise => -n,
            Op::FormatValue => {
                if arg & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
        };
        (e, e)
    }

    /// How many items of the stack the instruction reads or removes: the depth it needs.
    pub fn reach(self, arg: u32) -> u64 {
        let n = u64::from(arg);
        match self {
            Op::Nop | Op::LoadConst | Op::LoadFast | Op::DeleteFast | Op::LoadDeref => 0,
            Op::DeleteDeref | Op::LoadClassDeref | Op::LoadLocals | Op::MakeCell => 0,
            Op::LoadClosure | Op::LoadGlobal | Op::DeleteGlobal | Op::LoadName => 0,
            Op::DeleteName | Op::LoadFastAttr | Op::StoreFastAttr | Op::Jump => 0,
            Op::LoadAssertionError | Op::LoadBuildClass => 0,
            Op::PopTop | Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => 1,
            Op::LoadAttr | Op::LoadMethod | Op::DeleteAttr | Op::UnaryNegative => 1,
            Op::UnaryPositive | Op::UnaryNot | Op::UnaryInvert | Op::GetIter | Op::ForIter => 1,
            Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::JumpIfFalseOrPop => 1,
            Op::JumpIfTrueOrPop | Op::ListToTuple | Op::UnpackSequence | Op::UnpackEx => 1,
            Op::UnpackToFast => 1,
            Op::ReturnValue | Op::YieldValue | Op::Reraise | Op::PushExcInfo => 1,
            Op::PopExcept | Op::PrintExpr | Op::ImportFrom | Op::ImportStar => 1,
            Op::BeforeWith | Op::GetYieldFromIter | Op::MatchSequence | Op::MatchMapping => 1,
            Op::GetLen | Op::GetAwaitable | Op::BeforeAsyncWith | Op::GetAIter => 1,
            Op::GetANext | Op::AsyncGenWrap | Op::LoadFromDictOrGlobals => 1,
            Op::BinarySubscr | Op::BinaryOp | Op::InplaceOp | Op::Compare | Op::IsOp => 2,
            Op::ContainsOp | Op::StoreAttr | Op::DeleteSubscr | Op::ImportName => 2,
            Op::CheckExcMatch | Op::Send | Op::MatchKeys | Op::DictWithoutKeys => 2,
            Op::EndAsyncFor | Op::ExcStarMatch => 2,
            Op::StoreSubscr | Op::CallEx | Op::ExcStarReraise | Op::MatchClass => 3,
            Op::LoadSuperAttr | Op::LoadSuperMethod => 3,
            Op::FormatValue => 1 + u64::from(arg & 4 != 0),
            Op::Copy | Op::Swap | Op::RotUp | Op::Raise => n,
            Op::WithExceptStart => n.max(1),
            Op::Insert => n + 1,
            Op::BuildTuple | Op::BuildList | Op::BuildString | Op::BuildSlice => n,
            Op::BuildSet => u64::from(arg & !BUILD_SET_CONSTANT),
            Op::BuildMap => 2 * n,
            Op::ListAppend | Op::SetAdd | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => n + 1,
            Op::ListExtend => u64::from(arg & !EXTEND_CALL_ARGS) + 1,
            Op::MapAdd => n + 2,
            Op::Call => n + 1,
            Op::CallMethod | Op::CallKw => n + 2,
            Op::MakeFunction => 1 + u64::from(arg.count_ones()),
        }
    }
}

/// Flag on `BuildSet`'s count: a display of constants, laid out as CPython's frozenset merge.
pub const BUILD_SET_CONSTANT: u32 = 1 << 31;

/// Flag on `DeleteFast`'s slot: unset it without an error when it is unset already (the
/// slots of an inline comprehension when it ends).
pub const DELETE_FAST_QUIET: u32 = 1 << 31;

/// Flag on `ListExtend`'s depth: the list holds a call's positional arguments (`f(*x)`), and
/// the callee lies just below it, for the "argument after *" message.
pub const EXTEND_CALL_ARGS: u32 = 1 << 31;

/// The operand of `BinaryOp` and `InplaceOp`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Xor,
    Or,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Xor,
        BinOp::Or,
    ];

    pub fn from_arg(arg: u32) -> BinOp {
        BinOp::ALL.get(arg as usize).copied().unwrap_or(BinOp::Add)
    }

    /// The operator as written, for messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Xor => "^",
            BinOp::Or => "|",
        }
    }

    /// The special method names: (`__op__`, `__rop__`, `__iop__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
        }
    }
}

/// The operand of `Compare`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    pub fn from_arg(arg: u32) -> CmpOp {
        CmpOp::ALL.get(arg as usize).copied().unwrap_or(CmpOp::Eq)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// (`__op__`, reflected `__op__`)
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        }
    }

    /// The operator with its operands swapped.
    pub fn reflected(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// Applies the comparison to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::{Equal, Greater, Less};
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}
