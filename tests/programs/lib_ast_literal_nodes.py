# literal_eval() on hand-built nodes.
import ast


def show(node):
    try:
        print(repr(ast.literal_eval(node)))
    except Exception as exc:
        print('!!', type(exc).__name__, str(exc).split(' at 0x')[0])


C = ast.Constant
show(ast.Expression(C(3)))
show(C(object))
show(ast.Name('x'))
show(ast.Module([]))
show(ast.Expr(C(1)))
show(5); show(None); show(b'12')
show(ast.Dict(keys=[C(1)], values=[]))
show(ast.Dict(keys=[C(1), C(2)], values=[C(1)]))
show(ast.Dict(keys=[None], values=[C(1)]))
show(ast.Dict(keys=[C('a')], values=[ast.List([C(1), ast.Tuple([C(2)])])]))
show(ast.BinOp(C(1), ast.Add(), C(2j), lineno=4))
show(ast.BinOp(C(1), ast.Add(), C(2j), lineno=0))
show(ast.UnaryOp(ast.USub(), C('s'), lineno=4))
show(ast.UnaryOp(ast.Not(), C(1)))
show(ast.UnaryOp(ast.Invert(), C(1), lineno=7))
show(ast.Call(ast.Name('set'), [], []))
show(ast.Call(ast.Name('set'), [C(1)], []))
show(ast.Call(ast.Name('frozenset'), [], []))
show(ast.Tuple([C(1)])); show(ast.Set([])); show(ast.Set([C(1), C(1)]))
show(C(True))
show(ast.BinOp(C(True), ast.Add(), C(2j)))
show(ast.BinOp(C(1), ast.Add(), C(True)))
show(ast.BinOp(C(1.5), ast.Sub(), C(2)))
show(ast.BinOp(C(1), ast.Mult(), C(2j)))
show(ast.BinOp(C(1j), ast.Add(), C(2j)))
show(ast.BinOp(ast.Name('x'), ast.Mult(), C(2j)))
show(ast.BinOp(ast.Name('x'), ast.Add(), C(2j), lineno=2))
show(ast.BinOp(C(1), ast.Sub(), ast.Name('y', lineno=3)))
show(ast.BinOp(ast.UnaryOp(ast.USub(), C(1.5)), ast.Sub(), C(2j)))
show(ast.UnaryOp(ast.USub(), C(True)))
show(ast.UnaryOp(ast.USub(), C(2j)))
show(ast.UnaryOp(ast.UAdd(), ast.UnaryOp(ast.USub(), C(2j))))
show(C('x', lineno=None))
show(ast.Name('x', lineno=None))
show(ast.Name('x', lineno=0))
show(ast.Name('x', lineno='q'))
show(C())
show(ast.List([ast.Name('x', lineno=5)]))
