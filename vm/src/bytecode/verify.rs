//! Checks a code object that did not come from our compiler (`marshal.loads` of bytes a
//! program made) before it can run. The dispatch loop trusts what the compiler guarantees:
//! operands index the constants, names and slots; every path reaches an instruction with
//! the same stack depth, deep enough for what the instruction reads; an exception handler
//! finds the depth it was promised. Code that breaks one of these is refused with a
//! message, never run into a panic.

use crate::bytecode::opcode::{BinOp, CmpOp, DELETE_FAST_QUIET, EXTEND_CALL_ARGS};
use crate::bytecode::{Code, CodeFlags, Op};
use crate::object::Value;
use std::rc::Rc;

/// Deeper stacks than this are refused (the compiler's deepest is a display's items).
const MAX_DEPTH: u64 = 1 << 24;

/// Checks `code` and the code objects among its constants, just loaded (not shared yet).
/// Frames reserve `max_stack` items, so a declared size beyond what the code reaches is cut
/// down to it.
pub fn verify(code: &mut Code) -> Result<(), String> {
    for c in code.consts.iter_mut() {
        match c {
            Value::Code(inner) => {
                let inner = Rc::get_mut(inner).ok_or("shared code object")?;
                verify(inner)?;
            }
            Value::Tuple(t) if t.items.iter().any(|v| matches!(v, Value::Code(_))) => {
                return Err("code object inside a tuple constant".into());
            }
            _ => {}
        }
    }
    let deepest = verify_own(code).map_err(|e| format!("{}: {e}", code.qualname.as_str()))?;
    let deepest = u32::try_from(deepest + 2).unwrap_or(u32::MAX);
    code.max_stack = code.max_stack.min(deepest);
    Ok(())
}

/// `verify` of the instructions of `code` itself.
fn verify_own(code: &Code) -> Result<u64, String> {
    check_counts(code)?;
    let n = code.instrs.len();
    for (i, instr) in code.instrs.iter().enumerate() {
        check_operand(code, i, instr.op, instr.arg)
            .map_err(|e| format!("instruction {i} ({:?}): {e}", instr.op))?;
    }
    // Depth at each reachable instruction, found by walking every path once.
    let mut depth: Vec<Option<u64>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    let mut deepest = 0;
    let reach = |at: usize, d: u64, depth: &mut [Option<u64>], work: &mut Vec<usize>| {
        if at >= n {
            return Err(format!("control runs past the end at {at}"));
        }
        if d > MAX_DEPTH {
            return Err("stack too deep".to_string());
        }
        match depth[at] {
            None => {
                depth[at] = Some(d);
                work.push(at);
                Ok(())
            }
            Some(e) if e == d => Ok(()),
            Some(e) => Err(format!(
                "instruction {at} reached with stack depths {e} and {d}"
            )),
        }
    };
    if n == 0 {
        return Err("code without instructions".into());
    }
    reach(0, 0, &mut depth, &mut work)?;
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap_or(0);
        deepest = deepest.max(d);
        let instr = code.instrs[i];
        let (op, arg) = (instr.op, instr.arg);
        let needs = op.reach(arg);
        if needs > d {
            return Err(format!(
                "instruction {i} ({op:?}) reads {needs} items of a stack of {d}"
            ));
        }
        let (fall, jump) = op.stack_effect(arg);
        let after = |e: i64| {
            d.checked_add_signed(e)
                .ok_or_else(|| format!("instruction {i} ({op:?}) empties the stack below zero"))
        };
        if let Some(h) = code.handler_for(i) {
            // The unwinder cuts the stack to the handler's depth, or fills it up to it. A
            // handler lies after the code it covers: no loop through exceptions.
            if h.target < h.end {
                return Err(format!("instruction {i} has a handler before it"));
            }
            let at = u64::from(h.depth) + 1 + u64::from(h.lasti);
            reach(h.target as usize, at, &mut depth, &mut work)?;
        }
        if op.is_jump() {
            reach(arg as usize, after(jump)?, &mut depth, &mut work)?;
        }
        match op {
            Op::Jump | Op::ReturnValue | Op::Raise | Op::Reraise => {}
            // The fused loads and stores skip their attribute instruction when they hit.
            Op::LoadFastAttr | Op::StoreFastAttr => {
                let skip = if op == Op::LoadFastAttr { 1 } else { -1 };
                reach(i + 2, after(skip)?, &mut depth, &mut work)?;
                reach(i + 1, after(fall)?, &mut depth, &mut work)?;
            }
            // The stores done, the sequence is gone; or the items are pushed for them.
            Op::UnpackToFast => {
                reach(i + 1 + arg as usize, after(-1)?, &mut depth, &mut work)?;
                reach(i + 1, after(fall)?, &mut depth, &mut work)?;
            }
            _ => reach(i + 1, after(fall)?, &mut depth, &mut work)?,
        }
    }
    Ok(deepest)
}

/// The parameters fit the slots.
fn check_counts(code: &Code) -> Result<(), String> {
    let slots = code.slot_names.len() as u64;
    let star = u64::from(code.flags.has(CodeFlags::VARARGS))
        + u64::from(code.flags.has(CodeFlags::VARKEYWORDS));
    let params = u64::from(code.argcount) + u64::from(code.kwonlyargcount) + star;
    if params > slots || code.posonlyargcount > code.argcount {
        return Err("more parameters than slots".into());
    }
    if u64::from(code.free_start) > slots {
        return Err("free variables out of the slots".into());
    }
    if code.lines.len() != code.instrs.len() {
        return Err("line table not the length of the code".into());
    }
    Ok(())
}

/// The operand of instruction `i` fits its table or its range.
fn check_operand(code: &Code, i: usize, op: Op, arg: u32) -> Result<(), String> {
    let (consts, names, slots) = (code.consts.len(), code.names.len(), code.slot_names.len());
    let below = |limit: usize| {
        if (arg as usize) < limit {
            Ok(())
        } else {
            Err(format!("operand {arg} out of range"))
        }
    };
    let at_least = |least: u32| {
        if arg >= least {
            Ok(())
        } else {
            Err(format!("operand {arg} below {least}"))
        }
    };
    let generator = code.flags.0
        & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        != 0;
    match op {
        Op::LoadConst => below(consts),
        Op::LoadFast | Op::StoreFast | Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref => {
            below(slots)
        }
        Op::LoadClassDeref | Op::MakeCell | Op::LoadClosure => below(slots),
        Op::DeleteFast => match (arg & !DELETE_FAST_QUIET) < slots as u32 {
            true => Ok(()),
            false => Err("slot out of range".into()),
        },
        Op::LoadFastAttr | Op::StoreFastAttr => {
            let next = if op == Op::LoadFastAttr {
                Op::LoadAttr
            } else {
                Op::StoreAttr
            };
            if code.instrs.get(i + 1).map(|n| n.op) != Some(next) {
                return Err(format!("not followed by {next:?}"));
            }
            below(slots)
        }
        Op::UnpackToFast if super::opcode::stores_follow(&code.instrs, i) => Ok(()),
        Op::UnpackToFast => Err("not followed by a store per item".into()),
        Op::LoadGlobal | Op::StoreGlobal | Op::DeleteGlobal | Op::LoadName | Op::StoreName => {
            below(names)
        }
        Op::DeleteName | Op::LoadAttr | Op::LoadMethod | Op::StoreAttr | Op::DeleteAttr => {
            below(names)
        }
        Op::ImportName | Op::ImportFrom | Op::LoadFromDictOrGlobals => below(names),
        Op::LoadSuperAttr | Op::LoadSuperMethod => below(names),
        Op::BinaryOp | Op::InplaceOp => below(BinOp::ALL.len()),
        Op::Compare => below(CmpOp::ALL.len()),
        Op::IsOp | Op::ContainsOp => below(2),
        Op::Raise => below(3),
        Op::MakeFunction => below(16),
        Op::FormatValue => below(8),
        Op::BuildSlice if arg == 2 || arg == 3 => Ok(()),
        Op::BuildSlice => Err("a slice of 2 or 3 items".into()),
        Op::Copy | Op::Swap | Op::RotUp => at_least(1),
        Op::ListAppend | Op::SetAdd | Op::MapAdd | Op::SetUpdate => at_least(1),
        Op::DictUpdate | Op::DictMerge | Op::WithExceptStart => at_least(1),
        Op::ListExtend if arg & !EXTEND_CALL_ARGS >= 1 => Ok(()),
        Op::ListExtend => Err("depth 0".into()),
        Op::YieldValue | Op::Send | Op::AsyncGenWrap if !generator => {
            Err("outside a generator".into())
        }
        // Only `Jump` goes back: a loop's back edge is where steps are counted.
        Op::Jump => below(code.instrs.len()),
        _ if op.is_jump() && (arg as usize) <= i => Err("a conditional jump back".into()),
        _ if op.is_jump() => below(code.instrs.len()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_source, Mode};

    /// Every code object the compiler makes of the library's modules and the differential
    /// programs passes.
    #[test]
    fn compiled_code_passes() {
        // Some programs nest deeply: the unoptimised compiler needs a large stack for them.
        let worker = std::thread::Builder::new().stack_size(256 << 20);
        worker.spawn(check_corpus).unwrap().join().unwrap();
    }

    fn check_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut dirs = vec![root.join("stdlib/src/py"), root.join("tests/programs")];
        let mut checked = 0;
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "py") {
                    continue;
                }
                let Ok(src) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Ok(mut code) = compile_source(&src, "<t>", Mode::Exec) else {
                    continue;
                };
                if let Err(e) = verify(&mut code) {
                    let listing = crate::bytecode::dis::disassemble(&code);
                    panic!("{}: {e}\n{listing}", path.display());
                }
                checked += 1;
            }
        }
        assert!(checked > 500, "only {checked} files");
    }

    #[test]
    fn broken_code_is_refused() {
        let mut code = compile_source("def f(x):\n    return x + 1\n", "<t>", Mode::Exec).unwrap();
        assert!(verify(&mut code).is_ok());
        let Value::Code(f) = &code.consts[0] else {
            panic!("no function code")
        };
        let mut bytes = Vec::new();
        crate::bytecode::marshal::dump(f, &mut bytes).unwrap();
        let at = f.instrs.iter().position(|i| i.op == Op::LoadFast).unwrap();
        let broken: [(Op, u32); 4] = [
            (Op::PopTop, 0),
            (Op::LoadFast, 99),
            (Op::Copy, 5),
            (Op::ReturnValue, 0),
        ];
        for (op, arg) in broken {
            let mut bad = crate::bytecode::marshal::load(&bytes, "<t>").unwrap();
            let mut instrs = bad.instrs.to_vec();
            instrs[at] = crate::bytecode::Instr { op, arg };
            bad.instrs = instrs.into_boxed_slice();
            assert!(verify(&mut bad).is_err(), "{op:?} {arg}");
        }
        // A declared stack size beyond the code's is cut down, not reserved.
        let mut big = crate::bytecode::marshal::load(&bytes, "<t>").unwrap();
        big.max_stack = u32::MAX;
        assert!(verify(&mut big).is_ok());
        assert_eq!(big.max_stack, 4);
    }
}
