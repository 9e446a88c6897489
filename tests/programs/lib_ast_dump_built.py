# dump() on hand-built trees.
import ast


def show(*args, **kw):
    try:
        print(repr(ast.dump(*args, **kw)))
    except Exception as exc:
        print('!!', type(exc).__name__, exc)


args = ast.arguments(posonlyargs=[], args=[ast.arg('a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)],
                     vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                     defaults=[])
fn = ast.FunctionDef('f', args, [ast.Return(ast.BinOp(ast.Name('a', ast.Load()), ast.Mult(), ast.Constant(2)))],
                     [], None, None, [], lineno=1, col_offset=0)
mod = ast.Module([fn, ast.Expr(ast.Call(ast.Name('f', ast.Load()), [ast.Constant(3)], []))], [])
for kw in [{}, {'annotate_fields': False}, {'include_attributes': True},
           {'indent': 2}, {'indent': '\t'}, {'indent': 0}, {'indent': -3},
           {'indent': 4, 'annotate_fields': False, 'include_attributes': True}]:
    show(mod, **kw)

show(ast.Global(names=['a']), indent=2)
show(ast.Global(names=[]), indent=2)
show(ast.Constant(1, 'u', lineno=1, col_offset=2), indent=2, include_attributes=True)
show(ast.Constant(1, 'u', lineno=1), indent=2, include_attributes=True)
show(ast.Expr(ast.Load()), indent=2)
show(ast.BinOp(ast.Name(), ast.Add(), ast.Name()), indent=2)
show(ast.BoolOp(ast.And(), [ast.Load()]), indent=2)
show(ast.List(elts=[[ast.Load()]]), indent=2)
show(ast.List(elts=[[ast.Load()]]), indent=2, annotate_fields=False)
show(ast.List(elts=[1, 'a', [2], []]), indent=2)
show(ast.Constant(value=[1, 2]), indent=1)
show(ast.Tuple(elts=(1, 2)), indent=2)
show(ast.Name(ctx=ast.Load()), annotate_fields=False)
show(ast.Raise(None, ast.Name('x')), annotate_fields=False)
show(ast.Raise(ast.Name('x'), None), annotate_fields=False)
show(ast.ImportFrom(None, [], 0))
show(ast.ImportFrom(None, [], None))
show(ast.Name(id=None))
show(ast.Constant(None, None, lineno=1, end_lineno=None), annotate_fields=False, include_attributes=True)
show(ast.MatchAs(), include_attributes=True)
show(ast.MatchAs(lineno=None, end_lineno=None), include_attributes=True)
show(ast.arguments(vararg=None), include_attributes=True)
show(ast.Constant(float('inf')))
show(ast.Constant((1, 'a', b'x', 2j)))


class N(ast.AST):
    _fields = ('a', 'b')


show(N(1), include_attributes=True)
show(N(None, None))
show(N(a=N()), indent=1)
show(N(a=N(3)), indent=1)
show(5)
show([ast.Load()])
show(ast.Name('x', ast.Load()), True, True)
