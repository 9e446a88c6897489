# ast.unparse of trees built by hand: a Name listed as a parameter is written as itself, and
# kw_defaults may be left out when there are no keyword-only parameters.
import ast
def show(tree):
    try:
        print(ast.unparse(tree))
    except Exception as e:
        print(type(e).__name__, e)
f = ast.FunctionDef(name="f", args=ast.arguments(args=[ast.Name(id="a", ctx=ast.Param()), ast.arg(arg="b")],
    defaults=[ast.Constant(1)], kwonlyargs=[], posonlyargs=[]),
    body=[ast.Pass()], decorator_list=[], lineno=None, returns=None, type_params=[])
show(ast.Module(body=[f], type_ignores=[]))
f.args.vararg = ast.Name(id="rest", ctx=ast.Load())
show(f)
f.args.vararg = ast.arg(arg="rest")
f.args.kwonlyargs = [ast.Name(id="k", ctx=ast.Load())]
show(f)
f.args.kw_defaults = [None]
show(f)
show(ast.parse("def g(x: int, /, y=2, *a: str, k=3, **kw: int) -> None: pass"))
show(ast.parse("lambda a, *b, c=1, **d: 0"))
