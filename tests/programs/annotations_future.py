"""Annotations under `from __future__ import annotations` are kept as their text."""
from __future__ import annotations
import sys

class Node:
    value: int
    children: list[Node] = []
    parent: Node | None = None
    meta: dict[str, tuple[int, ...]]
    cb: Callable[[int, str], Optional[Node]]
    def clone(self, deep: bool = False, *args: *Ts, **kw: 'extra') -> Node:
        return Node()
    def ops(self, a: -1 + 2 * 3 ** -x, b: (a or b) and not c, c: x if y else z,
            d: a < b <= c, e: f(x, *y, k=1, **z), g: obj.attr[1:2, ::3], h: [1, 2.5, 'q', b'r'],
            i: {1: 2, **m}, j: {1, 2}, k: (1,), l: (), m: ~a | b & c ^ d << 2, n: 1e400,
            o: 3j, p: ..., q: None, r: True, s: (a, b), t: x[(a, b)], u: x[a,], v: 1 .real,
            w: lambda q: q) -> 'Node':
        pass

print(Node.__annotations__)
print(Node.clone.__annotations__)
for k, v in Node.ops.__annotations__.items():
    print(k, repr(v))
top: undefined_name[int] = 5
class Other:
    pass
other = Other()
other.attr: whatever
print(__annotations__, top)
def local():
    x: also_undefined = 1
    return x
print(local())
