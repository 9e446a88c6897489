# NodeVisitor / NodeTransformer details, copy_location, increment_lineno and
# get_source_segment on hand-built nodes.
import ast
import warnings


def t(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = fn()
            if isinstance(r, ast.AST):
                r = ast.dump(r, include_attributes=True)
            r = repr(r)
        except Exception as e:
            r = '!! %s: %s' % (type(e).__name__, e)
    print(label, '->', r, [str(w.message) for w in caught])


class I(int):
    pass


class Legacy(ast.NodeVisitor):
    def visit_Num(self, node):
        return 'num %r' % (node.value,)

    def visit_Str(self, node):
        return 'str'

    def visit_Bytes(self, node):
        return 'bytes'

    def visit_NameConstant(self, node):
        return 'nc %r' % (node.value,)

    def visit_Ellipsis(self, node):
        return 'ell'

    def generic_visit(self, node):
        return 'generic ' + type(node).__name__


class OnlyNum(ast.NodeVisitor):
    def visit_Num(self, node):
        return 'num'

    def generic_visit(self, node):
        return 'gen'


class BadNum(ast.NodeVisitor):
    visit_Num = 5


for v in [1, 1.5, 1j, True, False, None, 'a', b'b', ..., I(2), (1,), frozenset(), bytearray()]:
    t('legacy %r' % (v,), lambda: Legacy().visit(ast.Constant(v)))
    t('onlynum %r' % (v,), lambda: OnlyNum().visit(ast.Constant(v)))
t('no value', lambda: Legacy().visit(ast.Constant()))
t('bad', lambda: BadNum().visit(ast.Constant(1)))
t('plain', lambda: ast.NodeVisitor().visit(ast.Constant(1)))
t('direct', lambda: Legacy().visit_Constant(ast.Constant(1)))
t('visit int', lambda: ast.NodeVisitor().visit(5))
t('visit None', lambda: ast.NodeVisitor().visit(None))
t('generic int', lambda: ast.NodeVisitor().generic_visit(5))
t('generic Name', lambda: ast.NodeVisitor().generic_visit(ast.Name()))
print(sorted(k for k in vars(ast.NodeVisitor) if not k.startswith('__')),
      sorted(k for k in vars(ast.NodeTransformer) if not k.startswith('__')))


class Order(ast.NodeVisitor):
    def __init__(self):
        self.log = []

    def generic_visit(self, node):
        self.log.append(type(node).__name__)
        super().generic_visit(node)


o = Order()
o.visit(ast.Module([ast.Expr(ast.BinOp(ast.Name('a'), ast.Add(), ast.List([ast.Constant(1), 'raw', None], ast.Load())))], []))
print(o.log)


class Swap(ast.NodeTransformer):
    def __init__(self, result):
        self.result = result

    def visit_Name(self, node):
        return self.result


for r in [None, [], [ast.Name('a')], (ast.Name('b'), ast.Name('c')), 'xy', 5, ast.Constant(1),
          [1, None], iter([ast.Pass()]), {'k': 1}]:
    lst = ast.List([ast.Name('x'), 3, 'str', None, ast.Constant(0)], ast.Load())
    before = lst.elts
    t('list %r' % type(r).__name__, lambda: (ast.dump(Swap(r).visit(lst)), lst.elts is before))
    attr = ast.Attribute(ast.Name('x'), 'y', ast.Load())
    t('single %r' % type(r).__name__,
      lambda: (Swap(r).visit(attr).__dict__.get('value', 'GONE').__class__.__name__, 'value' in attr.__dict__))


class Drop(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None


t('drop', lambda: Drop().visit(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
t('tuple field', lambda: ast.dump(Drop().visit(ast.List((ast.Constant(1),)))).split(' at ')[0])
t('transform returns', lambda: type(ast.NodeTransformer().visit(ast.Name('q'))).__name__)

# copy_location
D = lambda n: ast.dump(n, include_attributes=True)
sources = [dict(lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), dict(lineno=3),
           dict(lineno=None, col_offset=None), dict(end_lineno=None, end_col_offset=None, lineno=2, col_offset=0),
           dict(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), {}, dict(col_offset=5)]
for s in sources:
    for kw in [{}, dict(lineno=9, end_lineno=9), dict(col_offset=7)]:
        t('copy %r %r' % (s, kw), lambda: ast.copy_location(ast.Constant(1, **kw), ast.Name('a', **s)))
    t('copy to Add', lambda: ast.copy_location(ast.Add(), ast.Name('a', **s)))
    t('copy from comprehension', lambda: ast.copy_location(ast.Constant(1), ast.comprehension(**s)))
    t('copy to MatchAs', lambda: ast.copy_location(ast.MatchAs(), ast.Name('a', **s)))
t('copy int', lambda: ast.copy_location(1, ast.Add()))
t('copy from int', lambda: ast.copy_location(ast.Add(), 1))
t('copy int2', lambda: ast.copy_location(1, ast.Name('a', lineno=1)))
t('copy None', lambda: ast.copy_location(ast.Name(), None))

# increment_lineno
for kw in [{}, dict(lineno=1), dict(lineno=1, end_lineno=None), dict(lineno=None), dict(end_lineno=4),
           dict(lineno=1, end_lineno=2), dict(col_offset=3)]:
    t('incr Name %r' % kw, lambda: ast.increment_lineno(ast.Name('x', **kw), 2))
    t('incr MatchAs %r' % kw, lambda: ast.increment_lineno(ast.MatchAs(**kw), 2))
    t('incr TypeIgnore %r' % kw, lambda: ast.increment_lineno(ast.TypeIgnore(**kw), 2))
n = ast.Name('x', lineno=1, end_lineno=2)
t('incr shared', lambda: ast.increment_lineno(ast.BinOp(n, ast.Add(), n, lineno=1), 2))
t('incr default', lambda: ast.increment_lineno(ast.Module([ast.Pass(lineno=4, end_lineno=5)], [ast.TypeIgnore(7, 'x')])))
t('incr negative', lambda: ast.increment_lineno(ast.Module([ast.Pass(lineno=4, end_lineno=5)], []), -3))
t('incr str', lambda: ast.increment_lineno(ast.Name(lineno='a'), 2))
t('incr None n', lambda: ast.increment_lineno(ast.Name(lineno=1, end_lineno=2), None))
t('incr int', lambda: ast.increment_lineno(5, 2))
t('incr Add', lambda: ast.increment_lineno(ast.Add(), 2))
t('incr comprehension', lambda: ast.increment_lineno(ast.comprehension(ast.Name('a', lineno=1), lineno=3), 2))

# get_source_segment
N = lambda *a: ast.Name('x', lineno=a[0], col_offset=a[1], end_lineno=a[2], end_col_offset=a[3])
S = 'ab = (1,\n\t  2)\n  \xe9 = [3,\r\n4]\rxx\x0cyy\n'
spots = [(1, 0, 1, 2), (1, 5, 2, 5), (3, 2, 4, 2), (3, 2, 3, 4), (3, 3, 3, 4), (5, 0, 5, 5), (2, 3, 5, 2),
         (2, 3, 9, 2), (9, 3, 9, 2), (0, 3, 1, 2), (-1, 3, -1, 2), (1, -3, 1, -1), (1, 3, 1, 1), (2, 3, 1, 1),
         (1, 3, 1, None), (1, None, 1, 3), (None, 1, 1, 3), (1, 1, None, 3), ('1', 1, 1, 3), (True, 1, 1, 3),
         (6, 0, 6, 0), (7, 0, 7, 0), (1, 9, 2, 1), (1, None, 2, 1)]
for spot in spots:
    for p in (False, True):
        t('seg %r %s' % (spot, p), lambda: ast.get_source_segment(S, N(*spot), padded=p))
t('seg no pos', lambda: ast.get_source_segment(S, ast.Add()))
t('seg int node', lambda: ast.get_source_segment(S, 5))
t('seg missing end', lambda: ast.get_source_segment(S, ast.Name('x', lineno=1, col_offset=0, end_col_offset=3)))
t('seg bytes', lambda: ast.get_source_segment(b'ab', N(1, 0, 1, 1)))
t('seg None src', lambda: ast.get_source_segment(None, N(1, 0, 1, 1)))
t('seg None src no pos', lambda: ast.get_source_segment(None, ast.Add()))
t('seg int src', lambda: ast.get_source_segment(5, N(1, 0, 1, 1)))
t('seg empty', lambda: ast.get_source_segment('', N(1, 0, 1, 1)))
t('seg trailing', lambda: ast.get_source_segment('ab', N(2, 0, 2, 0)))
t('seg trailing nl', lambda: ast.get_source_segment('ab\n', N(2, 0, 2, 0)))
t('seg past', lambda: ast.get_source_segment('ab\n', N(3, 0, 3, 0)))
t('seg zero end', lambda: ast.get_source_segment('ab\ncd', N(0, 0, 0, 1)))
t('seg neg start', lambda: ast.get_source_segment('ab\ncd\nef', N(-1, 0, 2, 1)))
t('seg surrogate', lambda: ast.get_source_segment('a\ud800b', N(1, 0, 1, 1)))
t('seg split char', lambda: ast.get_source_segment('\xe9\xe9', N(1, 1, 1, 3)))
t('seg multibyte', lambda: ast.get_source_segment('\xe9\xe9\n\xe9a\n', N(1, 2, 2, 3)))
for ch in ['\x0b', '\xa0', '\x1c', '\u3000', '\x85', 'a', '\t', ' ', '\x0c', '\x00']:
    t('pad %r' % ch, lambda: ast.get_source_segment('q' + ch + 'b\ncd', N(1, 1 + len(ch.encode()), 2, 1), padded=True))
t('pad order', lambda: ast.get_source_segment('\xe9b\ncd', N(1, 1, 2, 1), padded=1))
t('no pad order', lambda: ast.get_source_segment('\xe9b\ncd', N(1, 1, 2, 1), padded=0))
t('float col', lambda: ast.get_source_segment('ab\ncd', N(1, 1.5, 2, 1), padded=True))
t('line sep', lambda: ast.get_source_segment('a\x85b\u2028c\nd', N(1, 0, 2, 1)))
