# dump() of parsed trees with every option combination.
import ast

CODE = '''
from __future__ import annotations
import sys as system, os.path
@decorator(arg=1)
async def fetch[T](url: str, *, retries: int = 3, **kw) -> list[T]:
    """Doc."""
    global counter
    async with session(url) as (resp, meta):
        data = [x async for x in resp if x]
    try:
        value = data[0] if data else None
    except (KeyError, IndexError) as err:
        raise RuntimeError("bad") from err
    else:
        counter += 1
    finally:
        del data
    return {k: v for k, v in kw.items()} | {**kw}
class Point(Base, metaclass=Meta):
    x: int = 0
    match x:
        case [1, *rest] if rest:
            pass
        case {"a": 1, **others}:
            pass
        case Point(x=0) | None:
            pass
        case str() as s:
            pass
lam = lambda a, /, b=2, *c, d, **e: (a, b, c, d, e)
msg = f"{lam!r:>{10}} and {sys.version=}"
print(*[i ** 2 for i in range(10) if i % 2], sep='\\n', end=b"x".decode())
assert 1 <= 2 < 3 is not None, "chain"
while not False:
    break
else:
    pass
type Alias = dict[str, "Point"]
'''
tree = ast.parse(CODE)
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent='  ', include_attributes=True, annotate_fields=False))
print(ast.dump(ast.parse('x', mode='eval'), indent=2))
print(ast.dump(ast.parse('(a, b) -> c', mode='func_type'), indent=2))
print(ast.dump(ast.parse('x = 1\n', mode='single')))
print(ast.unparse(tree))
