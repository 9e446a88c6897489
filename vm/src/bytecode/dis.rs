//! The disassembler: a readable listing of a code object and its nested code, for golden
//! tests and `--dis`.

use std::fmt::Write;

use crate::bytecode::{BinOp, CmpOp, Code, Op};
use crate::object::Value;

fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::object::format::float_repr(*f),
        Value::Str(s) => crate::object::types::str::repr_str(s.as_str()),
        Value::Code(c) => format!("<code {}>", c.qualname.as_str()),
        Value::Tuple(t) => {
            let items: Vec<String> = t.items.iter().map(const_repr).collect();
            format!("({})", items.join(", "))
        }
        Value::Ellipsis => "Ellipsis".into(),
        _ => "<const>".into(),
    }
}

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (args {}, slots {:?})",
        code.qualname.as_str(),
        code.argcount,
        code.slot_names
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
    );
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let line = code.line_of(i);
        let line_col = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        last_line = line;
        let arg = match instr.op {
            Op::DeleteFast => (instr.arg & !super::opcode::DELETE_FAST_QUIET) as usize,
            _ => instr.arg as usize,
        };
        let detail = match instr.op {
            Op::LoadConst => const_repr(&code.consts[arg]),
            Op::LoadFast
            | Op::LoadFastAttr
            | Op::StoreFastAttr
            | Op::StoreFast
            | Op::DeleteFast
            | Op::LoadDeref
            | Op::StoreDeref
            | Op::DeleteDeref
            | Op::MakeCell
            | Op::LoadClosure
            | Op::LoadClassDeref => code
                .slot_names
                .get(arg)
                .map_or(String::new(), |n| n.as_str().to_string()),
            Op::LoadGlobal
            | Op::LoadFromDictOrGlobals
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadName
            | Op::StoreName
            | Op::DeleteName
            | Op::LoadAttr
            | Op::LoadMethod
            | Op::LoadSuperAttr
            | Op::LoadSuperMethod
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::ImportName
            | Op::ImportFrom => code
                .names
                .get(arg)
                .map_or(String::new(), |n| n.as_str().to_string()),
            Op::BinaryOp | Op::InplaceOp => BinOp::from_arg(instr.arg).symbol().to_string(),
            Op::Compare => CmpOp::from_arg(instr.arg).symbol().to_string(),
            op if op.is_jump() => format!("to {arg}"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "{line_col} {i:>4} {:<18} {:>3} {detail}",
            format!("{:?}", instr.op),
            instr.arg
        );
    }
    for e in code.exc_table.iter() {
        let _ = writeln!(
            out,
            "  handler {}..{} -> {} depth {}{}",
            e.start,
            e.end,
            e.target,
            e.depth,
            if e.lasti { " lasti" } else { "" }
        );
    }
    for c in code.consts.iter() {
        if let Value::Code(inner) = c {
            out.push('\n');
            write_code(inner, out);
        }
    }
}
