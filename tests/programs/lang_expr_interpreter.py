# A tiny expression language: tokenizer (generator), parser (recursive descent), evaluator (match), with errors.
import re
from dataclasses import dataclass
from typing import Union
from functools import reduce
import operator

TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<op>==|!=|<=|>=|\*\*|[-+*/%<>(),=\[\]])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)

@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    pos: int

class LexError(Exception):
    pass
class ParseError(Exception):
    def __init__(self, msg, tok=None):
        super().__init__(msg if tok is None else f"{msg} at {tok.pos} ({tok.text!r})")
        self.tok = tok

def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "bad":
            raise LexError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Tok(kind, m.group(), m.start())
    yield Tok("eof", "", len(src))

@dataclass
class Num:
    value: Union[int, float]
@dataclass
class Str:
    value: str
@dataclass
class Var:
    name: str
@dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclass
class Neg:
    operand: object
@dataclass
class Call:
    func: str
    args: list
@dataclass
class Assign:
    name: str
    value: object
@dataclass
class ListLit:
    items: list
@dataclass
class Index:
    target: object
    index: object

PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "**": 5}
RIGHT = {"**"}

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    @property
    def cur(self):
        return self.toks[self.i]
    def eat(self, kind=None, text=None):
        t = self.cur
        if (kind and t.kind != kind) or (text and t.text != text):
            raise ParseError(f"expected {text or kind}", t)
        self.i += 1
        return t
    def parse(self):
        node = self.statement()
        if self.cur.kind != "eof":
            raise ParseError("trailing input", self.cur)
        return node
    def statement(self):
        if self.cur.kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.eat("name").text
            self.eat(text="=")
            return Assign(name, self.expr(0))
        return self.expr(0)
    def expr(self, min_prec):
        left = self.unary()
        while (t := self.cur).kind == "op" and t.text in PREC and PREC[t.text] >= min_prec:
            self.i += 1
            next_prec = PREC[t.text] + (0 if t.text in RIGHT else 1)
            left = BinOp(t.text, left, self.expr(next_prec))
        return left
    def unary(self):
        if self.cur.text == "-":
            self.eat()
            return Neg(self.unary())
        return self.postfix(self.atom())
    def postfix(self, node):
        while self.cur.text == "[":
            self.eat()
            idx = self.expr(0)
            self.eat(text="]")
            node = Index(node, idx)
        return node
    def atom(self):
        t = self.cur
        match t:
            case Tok("num", text):
                self.i += 1
                return Num(float(text) if "." in text else int(text))
            case Tok("str", text):
                self.i += 1
                return Str(text[1:-1].replace("\\t", "\t").replace("\\\"", "\""))
            case Tok("name", name) if self.toks[self.i + 1].text == "(":
                self.i += 2
                args = []
                if self.cur.text != ")":
                    args.append(self.expr(0))
                    while self.cur.text == ",":
                        self.eat()
                        args.append(self.expr(0))
                self.eat(text=")")
                return Call(name, args)
            case Tok("name", name):
                self.i += 1
                return Var(name)
            case Tok("op", "("):
                self.i += 1
                e = self.expr(0)
                self.eat(text=")")
                return e
            case Tok("op", "["):
                self.i += 1
                items = []
                while self.cur.text != "]":
                    items.append(self.expr(0))
                    if self.cur.text == ",":
                        self.eat()
                self.eat(text="]")
                return ListLit(items)
            case _:
                raise ParseError("unexpected token", t)

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "**": operator.pow,
       "==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}
FUNCS = {
    "max": max, "min": min, "len": len, "sum": lambda *a: sum(a[0]) if len(a) == 1 else sum(a),
    "upper": str.upper, "join": lambda sep, items: sep.join(map(str, items)), "range": lambda *a: list(range(*a)),
    "fact": lambda n: reduce(operator.mul, range(1, n + 1), 1), "str": str, "round": round,
}

class Env(dict):
    def __missing__(self, name):
        raise NameError(f"undefined variable {name!r}")

def evaluate(node, env):
    match node:
        case Num(v) | Str(v):
            return v
        case Var(name):
            return env[name]
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise ZeroDivisionError("division by zero in expression")
        case BinOp(op, left, right):
            return OPS[op](evaluate(left, env), evaluate(right, env))
        case Call(func, args) if func in FUNCS:
            return FUNCS[func](*[evaluate(a, env) for a in args])
        case Call(func, _):
            raise NameError(f"unknown function {func}()")
        case Assign(name, value):
            env[name] = v = evaluate(value, env)
            return v
        case ListLit(items):
            return [evaluate(i, env) for i in items]
        case Index(target, index):
            return evaluate(target, env)[evaluate(index, env)]
        case _:
            raise TypeError(f"cannot evaluate {node!r}")

env = Env(pi=3.14159)
programs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 3", "7 / (3 - 3)",
    "x = 5", "y = x * 2 + 1", "x < y", "x == 5 != 0", "max(x, y, 3)", "min(1)",
    '"hello" + " " + "world"', 'upper("abc")', 'join("-", [1, 2, 3])', "len([1, 2, [3, 4]])",
    "[1, 2, 3][1]", "[[1, 2], [3]][0][1]", "range(5)[10]", "fact(10)", "fact(30) % 1000007",
    "sum(range(101))", "round(pi * 2, 3)", "str(1.5) + \"x\"", "nope(1)", "z + 1", "1 +", "1 $ 2",
    "(1 + 2", "1 2", '"tab\\tquote\\""', "a = b = 3", "2.5 * 4", "1 < 2 < 3", "[1, 2] * 2", '"ab" * 3',
    "fact(-1)", "len(5)",
]
for src in programs:
    try:
        tree = Parser(src).parse()
        result = evaluate(tree, env)
        print(f"{src!r:28} => {result!r}")
    except (LexError, ParseError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{src!r:28} ** {type(e).__name__}: {e}")
print(sorted(env.items()))
print(Parser("f(1, g(2), [3])").parse())
