# Helpers on parsed trees: get_source_segment, get_docstring, walk,
# locations, visitors.
import ast

SOURCE = '''"""Module doc.

    Indented line.
"""
import os
x = [1,
     2]   # trailing
def f(a, b=(1 +
            2)):
    """  Function doc.
        More.
    """
    return a + b
s = "\u00e9t\u00e9" + str(x)
\ty = 3 if 1 else 4
class K:
    async def m(self): await g()
'''.replace('\ty', 'y')

tree = ast.parse(SOURCE)
for node in ast.walk(tree):
    seg = ast.get_source_segment(SOURCE, node)
    pad = ast.get_source_segment(SOURCE, node, padded=True)
    print(type(node).__name__, getattr(node, 'lineno', None), getattr(node, 'col_offset', None),
          repr(seg), repr(pad) if pad != seg else '')
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
fn = tree.body[3]
print(repr(ast.get_docstring(fn)), repr(ast.get_docstring(fn, False)))
print(repr(ast.get_docstring(tree.body[-1])))
print(repr(ast.get_docstring(tree.body[-1].body[0])))
print(ast.get_source_segment(SOURCE, ast.Name('x')))
print(ast.get_source_segment('a\r\nbb\rccc\x0c+dd\n', ast.parse('a\r\nbb\rccc\x0c+dd\n').body[2]))
src2 = 'if 1:\n\t  x = (1,\n\t       2)\n'
t2 = ast.parse(src2)
print(repr(ast.get_source_segment(src2, t2.body[0].body[0].value, padded=True)))

counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items()))


class Lines(ast.NodeVisitor):
    def generic_visit(self, node):
        if isinstance(node, ast.stmt):
            print('stmt', type(node).__name__, node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
        super().generic_visit(node)


Lines().visit(tree)


class Negate(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Sub(), node.right), node)
        return node

    def visit_Import(self, node):
        return None

    def visit_Return(self, node):
        return [ast.Expr(ast.Constant('before')), node]


new = ast.fix_missing_locations(Negate().visit(tree))
print(ast.unparse(new))
print(ast.dump(new.body[2], include_attributes=True))
ast.increment_lineno(new, 10)
print([n.lineno for n in new.body])
print(compile(ast.parse('1 + 2', mode='eval'), '<x>', 'eval') is not None if False else 'skip compile')
