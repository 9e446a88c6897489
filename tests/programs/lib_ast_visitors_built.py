# NodeVisitor / NodeTransformer and the tree helpers on hand-built trees.
import ast
import warnings

N = lambda n: ast.Name(n, ast.Load())
C = ast.Constant


def tree():
    return ast.Module([
        ast.Assign([ast.Name('x', ast.Store())], ast.BinOp(N('a'), ast.Add(), C(1))),
        ast.Expr(ast.Call(N('print'), [N('x'), C('s'), C(None), C(...)], [ast.keyword('sep', C(b''))])),
        ast.If(N('x'), [ast.Pass(), ast.Expr(C(2.5))], []),
    ], [])


class Collect(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)
        self.generic_visit(node)

    def visit_BinOp(self, node):
        self.seen.append('binop')
        return 'bin'


v = Collect()
print(v.visit(tree()), v.seen)
print(v.visit(ast.BinOp(N('q'), ast.Sub(), N('r'))))


class Legacy(ast.NodeVisitor):
    def visit_Num(self, node):
        print('num', node.value)

    def visit_Str(self, node):
        print('str', node.value)

    def visit_NameConstant(self, node):
        print('nc', node.value)

    def visit_Ellipsis(self, node):
        print('ell')


class I(int):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Legacy().visit(tree())
    Legacy().visit(C(I(3)))
    Legacy().visit(C((1, 2)))
    Legacy().visit(C(b'x'))
for w in caught:
    print(w.category.__name__, w.message)


class Rewrite(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(C(node.value * 10), node)
        if node.value is None:
            return None
        return node

    def visit_Pass(self, node):
        return [ast.Break(), ast.Continue()]

    def visit_keyword(self, node):
        return None

    def visit_Name(self, node):
        if node.id == 'a':
            return None
        return ast.Name(node.id.upper(), node.ctx)


t = Rewrite().visit(tree())
print(ast.dump(t))
print(ast.unparse(t))

t = tree()
print([type(n).__name__ for n in ast.walk(t)])
print([name for name, _ in ast.iter_fields(t.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[1].value)])
print(list(ast.iter_fields(ast.Name('only'))))

t = tree()
t.body[0].lineno = 5
t.body[0].col_offset = 4
ast.fix_missing_locations(t)
print(ast.dump(t, include_attributes=True, indent=1))
ast.increment_lineno(t, 3)
print([(getattr(n, 'lineno', None), getattr(n, 'end_lineno', None)) for n in ast.walk(t)])
m = ast.Module([ast.Pass(lineno=1, end_lineno=None)], [ast.TypeIgnore(2, 'x')])
ast.increment_lineno(m, 2)
print(ast.dump(m, include_attributes=True))

old = ast.Name('a', ast.Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2)
print(ast.dump(ast.copy_location(C(1), old), include_attributes=True))
print(ast.dump(ast.copy_location(C(1), ast.Name('a', lineno=2, end_lineno=None)), include_attributes=True))
print(ast.dump(ast.copy_location(ast.Add(), old), include_attributes=True))
print(ast.dump(ast.copy_location(C(1), ast.Name('a', lineno=None, col_offset=4)), include_attributes=True))

fn = ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []),
                     [ast.Expr(C('  Title.\n\n      body\n    more\n\t tab\n  ')), ast.Pass()], [])
print(repr(ast.get_docstring(fn)))
print(repr(ast.get_docstring(fn, clean=False)))
print(repr(ast.get_docstring(ast.ClassDef('C', [], [], [ast.Pass()], []))))
print(repr(ast.get_docstring(ast.Module([ast.Expr(C(b'x'))], []))))
print(repr(ast.get_docstring(ast.Module([], []))))
try:
    ast.get_docstring(ast.Name())
except TypeError as exc:
    print('TypeError', exc)
