# A tiny stack-based virtual machine: assembler, match-based dispatch, VM errors with context.

class VMError(Exception):
    def __init__(self, message, pc=None, op=None):
        super().__init__(message)
        self.pc = pc
        self.op = op

    def __str__(self):
        base = super().__str__()
        return f"{base} (pc={self.pc}, op={self.op})" if self.pc is not None else base


class StackUnderflow(VMError):
    pass


class Halt(Exception):
    pass


def assemble(text):
    program, labels = [], {}
    for raw in text.strip().splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        conv = []
        for a in args:
            try:
                conv.append(int(a))
            except ValueError:
                conv.append(a)
        program.append((op.upper(), *conv))
    resolved = []
    for instr in program:
        match instr:
            case (("JMP" | "JZ" | "JNZ" | "CALL") as op, str(label)):
                if label not in labels:
                    raise VMError(f"unknown label {label!r}")
                resolved.append((op, labels[label]))
            case _:
                resolved.append(instr)
    return resolved


class VM:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack = []
        self.calls = []
        self.vars = {}
        self.pc = 0
        self.output = []
        self.steps = 0
        self.trace = trace

    def pop(self, n=1):
        if len(self.stack) < n:
            raise StackUnderflow(f"need {n} values, have {len(self.stack)}")
        if n == 1:
            return self.stack.pop()
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def step(self):
        instr = self.program[self.pc]
        self.pc += 1
        self.steps += 1
        match instr:
            case ("PUSH", int(v)) | ("PUSH", str(v)):
                self.stack.append(v)
            case ("POP",):
                self.pop()
            case ("DUP",):
                v = self.pop()
                self.stack += [v, v]
            case ("SWAP",):
                a, b = self.pop(2)
                self.stack += [b, a]
            case (("ADD" | "SUB" | "MUL" | "DIV" | "MOD" | "LT" | "EQ") as op,):
                a, b = self.pop(2)
                ops = {"ADD": lambda: a + b, "SUB": lambda: a - b, "MUL": lambda: a * b,
                       "DIV": lambda: a // b, "MOD": lambda: a % b, "LT": lambda: int(a < b), "EQ": lambda: int(a == b)}
                self.stack.append(ops[op]())
            case ("STORE", str(name)):
                self.vars[name] = self.pop()
            case ("LOAD", str(name)):
                try:
                    self.stack.append(self.vars[name])
                except KeyError:
                    raise VMError(f"undefined variable {name!r}") from None
            case ("JMP", int(t)):
                self.pc = t
            case ("JZ", int(t)):
                if self.pop() == 0:
                    self.pc = t
            case ("JNZ", int(t)):
                if self.pop() != 0:
                    self.pc = t
            case ("CALL", int(t)):
                self.calls.append(self.pc)
                self.pc = t
            case ("RET",):
                self.pc = self.calls.pop()
            case ("PRINT",):
                self.output.append(str(self.pop()))
            case ("HALT",):
                raise Halt
            case (op, *args):
                raise VMError(f"bad instruction {op} with {len(args)} args")

    def run(self, limit=10_000):
        try:
            while self.pc < len(self.program):
                if self.steps >= limit:
                    raise VMError(f"step limit {limit} exceeded")
                self.step()
        except Halt:
            pass
        except VMError as e:
            if e.pc is None:
                e.pc = self.pc - 1
                e.op = self.program[self.pc - 1][0]
            raise
        except ZeroDivisionError as e:
            raise VMError("division by zero", self.pc - 1, self.program[self.pc - 1][0]) from e
        return self.output


FACTORIAL = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

SUBROUTINE = """
    push 3
    call square
    print
    push 12
    call square
    print
    halt
square:          ; squares top of stack
    dup
    mul
    ret
"""

for name, src in [("factorial", FACTORIAL), ("subroutine", SUBROUTINE)]:
    vm = VM(assemble(src))
    print(name, vm.run(), "steps:", vm.steps, "vars:", vm.vars)

bad_programs = {
    "underflow": "push 1\nadd",
    "zero": "push 1\npush 0\ndiv\nprint",
    "undefined": "load x",
    "label": "jmp nowhere",
    "unknown op": "frobnicate 1 2",
    "infinite": "top:\njmp top",
    "bad push": "push",
}
for name, src in bad_programs.items():
    try:
        VM(assemble(src)).run(limit=100)
    except VMError as e:
        cause = f" cause={type(e.__cause__).__name__}" if e.__cause__ else ""
        print(f"{name}: {type(e).__name__}: {e}{cause} suppress={e.__suppress_context__}")

print(assemble("push 1 ; comment\n\n  label:\n add"))
print(isinstance(StackUnderflow("x"), VMError), StackUnderflow.__mro__[1].__name__, repr(VMError("m", 3, "ADD")))
