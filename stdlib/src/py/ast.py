"""Abstract syntax trees for Python source code.

The node classes mirror the grammar of Python 3.12.  Trees are obtained
with parse() (or compile() with PyCF_ONLY_AST) and can be inspected,
modified, printed with dump() and turned back into source with unparse().
"""

import sys

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


# ---------------------------------------------------------------------------
# Node classes
# ---------------------------------------------------------------------------

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        names = cls._fields
        limit = len(names)
        if len(args) > limit:
            plural = "" if limit == 1 else "s"
            raise TypeError(
                f"{cls.__name__} constructor takes at most "
                f"{limit} positional argument{plural}")
        taken = set()
        for slot, value in zip(names, args):
            setattr(self, slot, value)
            taken.add(slot)
        for key, value in kwargs.items():
            if key in taken:
                raise TypeError(
                    f"{cls.__name__} got multiple values for argument '{key}'")
            setattr(self, key, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# Grammar table.  A line starting with '@' opens a family (an abstract
# base class, or a stand-alone class when it carries fields itself); the
# indented lines after it are its concrete members.  Each field is written
# TYPE:NAME where TYPE may end in '*' (sequence) or '?' (optional).
# '+pos' gives the family the four location attributes, '+pos!' the same
# but with mandatory end positions.
_GRAMMAR = """
@mod
  Module stmt*:body type_ignore*:type_ignores
  Interactive stmt*:body
  Expression expr:body
  FunctionType expr*:argtypes expr:returns
@stmt +pos
  FunctionDef identifier:name arguments:args stmt*:body expr*:decorator_list expr?:returns string?:type_comment type_param*:type_params
  AsyncFunctionDef identifier:name arguments:args stmt*:body expr*:decorator_list expr?:returns string?:type_comment type_param*:type_params
  ClassDef identifier:name expr*:bases keyword*:keywords stmt*:body expr*:decorator_list type_param*:type_params
  Return expr?:value
  Delete expr*:targets
  Assign expr*:targets expr:value string?:type_comment
  TypeAlias expr:name type_param*:type_params expr:value
  AugAssign expr:target operator:op expr:value
  AnnAssign expr:target expr:annotation expr?:value int:simple
  For expr:target expr:iter stmt*:body stmt*:orelse string?:type_comment
  AsyncFor expr:target expr:iter stmt*:body stmt*:orelse string?:type_comment
  While expr:test stmt*:body stmt*:orelse
  If expr:test stmt*:body stmt*:orelse
  With withitem*:items stmt*:body string?:type_comment
  AsyncWith withitem*:items stmt*:body string?:type_comment
  Match expr:subject match_case*:cases
  Raise expr?:exc expr?:cause
  Try stmt*:body excepthandler*:handlers stmt*:orelse stmt*:finalbody
  TryStar stmt*:body excepthandler*:handlers stmt*:orelse stmt*:finalbody
  Assert expr:test expr?:msg
  Import alias*:names
  ImportFrom identifier?:module alias*:names int?:level
  Global identifier*:names
  Nonlocal identifier*:names
  Expr expr:value
  Pass
  Break
  Continue
@expr +pos
  BoolOp boolop:op expr*:values
  NamedExpr expr:target expr:value
  BinOp expr:left operator:op expr:right
  UnaryOp unaryop:op expr:operand
  Lambda arguments:args expr:body
  IfExp expr:test expr:body expr:orelse
  Dict expr*:keys expr*:values
  Set expr*:elts
  ListComp expr:elt comprehension*:generators
  SetComp expr:elt comprehension*:generators
  DictComp expr:key expr:value comprehension*:generators
  GeneratorExp expr:elt comprehension*:generators
  Await expr:value
  Yield expr?:value
  YieldFrom expr:value
  Compare expr:left cmpop*:ops expr*:comparators
  Call expr:func expr*:args keyword*:keywords
  FormattedValue expr:value int:conversion expr?:format_spec
  JoinedStr expr*:values
  Constant constant:value string?:kind
  Attribute expr:value identifier:attr expr_context:ctx
  Subscript expr:value expr:slice expr_context:ctx
  Starred expr:value expr_context:ctx
  Name identifier:id expr_context:ctx
  List expr*:elts expr_context:ctx
  Tuple expr*:elts expr_context:ctx
  Slice expr?:lower expr?:upper expr?:step
@expr_context
  Load
  Store
  Del
@boolop
  And
  Or
@operator
  Add
  Sub
  Mult
  MatMult
  Div
  Mod
  Pow
  LShift
  RShift
  BitOr
  BitXor
  BitAnd
  FloorDiv
@unaryop
  Invert
  Not
  UAdd
  USub
@cmpop
  Eq
  NotEq
  Lt
  LtE
  Gt
  GtE
  Is
  IsNot
  In
  NotIn
@comprehension expr:target expr:iter expr*:ifs int:is_async
@excepthandler +pos
  ExceptHandler expr?:type identifier?:name stmt*:body
@arguments arg*:posonlyargs arg*:args arg?:vararg arg*:kwonlyargs expr*:kw_defaults arg?:kwarg expr*:defaults
@arg +pos identifier:arg expr?:annotation string?:type_comment
@keyword +pos identifier?:arg expr:value
@alias +pos identifier:name identifier?:asname
@withitem expr:context_expr expr?:optional_vars
@match_case pattern:pattern expr?:guard stmt*:body
@pattern +pos!
  MatchValue expr:value
  MatchSingleton constant:value
  MatchSequence pattern*:patterns
  MatchMapping expr*:keys pattern*:patterns identifier?:rest
  MatchClass expr:cls pattern*:patterns identifier*:kwd_attrs pattern*:kwd_patterns
  MatchStar identifier?:name
  MatchAs pattern?:pattern identifier?:name
  MatchOr pattern*:patterns
@type_ignore
  TypeIgnore int:lineno string:tag
@type_param +pos!
  TypeVar identifier:name expr?:bound
  ParamSpec identifier:name
  TypeVarTuple identifier:name
"""

_POSITION_NAMES = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _signature_text(name, specs):
    # 'Name(type field, ...)' as shown in the class docstrings.
    if not specs:
        return name
    inner = ", ".join(f"{kind} {field}" for kind, field in specs)
    return f"{name}({inner})"


def _class_namespace(doc, specs, positions):
    ns = {'__module__': 'ast', '__doc__': doc}
    names = tuple(field for _, field in specs)
    ns['_fields'] = names
    ns['__match_args__'] = names
    for kind, field in specs:
        if kind.endswith('?'):
            ns[field] = None
    if positions is not None:
        ns['_attributes'] = _POSITION_NAMES
        if not positions:
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
    return ns


def _read_grammar(text):
    families = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        words = raw.split()
        if raw.startswith('@'):
            head = words[0][1:]
            positions = None
            rest = words[1:]
            if rest and rest[0].startswith('+pos'):
                positions = rest[0].endswith('!')
                rest = rest[1:]
            specs = [tuple(w.split(':')) for w in rest]
            families.append([head, positions, specs, []])
        else:
            specs = [tuple(w.split(':')) for w in words[1:]]
            families[-1][3].append((words[0], specs))
    return families


def _install_classes(namespace):
    for head, positions, specs, members in _read_grammar(_GRAMMAR):
        if not members:
            # A product type: a single class deriving straight from AST.
            doc = _signature_text(head, specs)
            namespace[head] = type(head, (AST,),
                                   _class_namespace(doc, specs, positions))
            continue
        parts = [_signature_text(n, s) for n, s in members]
        if any(s for _, s in members):
            pad = "\n" + " " * (len(head) + 1) + "| "
            doc = f"{head} = " + pad.join(parts)
        else:
            doc = f"{head} = " + " | ".join(parts)
        base_ns = _class_namespace(doc, (), positions)
        base = namespace[head] = type(head, (AST,), base_ns)
        for name, fields in members:
            ns = _class_namespace(_signature_text(name, fields), fields, None)
            namespace[name] = type(name, (base,), ns)


_install_classes(globals())


# Deprecated Constant attributes (still present in 3.12).

def _deprecated_value_alias(alias):
    note = (f"Attribute {alias} is deprecated and will be removed "
            f"in Python 3.14; use value instead")

    def read(self):
        import warnings
        warnings.warn(note, DeprecationWarning, stacklevel=2)
        return self.value

    def write(self, value):
        import warnings
        warnings.warn(note, DeprecationWarning, stacklevel=2)
        self.value = value

    return property(read, write, doc="Alias of value (deprecated).")


Constant.n = _deprecated_value_alias('n')
Constant.s = _deprecated_value_alias('s')


def _tuple_dims_get(self):
    return self.elts


def _tuple_dims_set(self, value):
    self.elts = value


Tuple.dims = property(_tuple_dims_get, _tuple_dims_set,
                      doc="Alias of elts (deprecated).")


# Old node classes kept for compatibility.

class slice(AST):
    """Former base of the subscript classes (deprecated)."""


class Index(slice):
    """Deprecated: the wrapped value is used directly."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated: a Tuple of slices is used instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated, unused."""


class AugLoad(expr_context):
    """Deprecated, unused."""


class AugStore(expr_context):
    """Deprecated, unused."""


class Param(expr_context):
    """Deprecated, unused."""


for _old in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _old.__module__ = 'ast'
del _old


def _removal_note(name):
    return (f"ast.{name} is deprecated and will be removed in Python 3.14; "
            f"use ast.Constant instead")


def _warn_removal(name, depth):
    import warnings
    warnings.warn(_removal_note(name), DeprecationWarning, stacklevel=depth)


# The five pre-3.8 constant node classes.  They are not stored in the
# module namespace up front: the module __getattr__ below hands them out
# (warning once, then caching them), so that plain access warns as in
# CPython.  Calling one of them builds a Constant instead.

def _numeric_value(value):
    return isinstance(value, (int, float, complex)) and \
        not isinstance(value, bool)


def _singleton_value(value):
    return value is None or isinstance(value, bool)


# name -> (fields, membership test, implicit leading value or _ABSENT_ARG).
# The order matters for visit_Constant: bools belong to NameConstant.
_ABSENT_ARG = object()
_LEGACY_KINDS = {
    'NameConstant': (('value', 'kind'), _singleton_value, _ABSENT_ARG),
    'Num': (('n',), _numeric_value, _ABSENT_ARG),
    'Str': (('s',), lambda value: isinstance(value, str), _ABSENT_ARG),
    'Bytes': (('s',), lambda value: isinstance(value, bytes), _ABSENT_ARG),
    'Ellipsis': ((), lambda value: value is ..., ...),
}

_LEGACY_DOC = "Deprecated AST node class. Use ast.Constant instead"


class _ABC(type):
    """Metaclass of the deprecated constant classes."""

    def __init__(cls, *args):
        super().__init__(*args)
        cls.__doc__ = _LEGACY_DOC

    def __instancecheck__(cls, obj):
        entry = _LEGACY_KINDS.get(cls.__name__)
        if entry is not None and _LEGACY_CLASSES.get(cls.__name__) is cls:
            _warn_removal(cls.__name__, 3)
            if isinstance(obj, Constant):
                try:
                    value = obj.value
                except AttributeError:
                    return False
                if entry[1](value):
                    return True
        return type.__instancecheck__(cls, obj)


def _legacy_construct(cls, *args, **kwargs):
    taken = cls._fields[:len(args)]
    for key in kwargs:
        if key in taken:
            raise TypeError(
                f"{cls.__name__} got multiple values for argument {key!r}")
    if _LEGACY_CLASSES.get(cls.__name__) is not cls:
        # A user subclass: an ordinary instance of that subclass.
        return object.__new__(cls)
    _warn_removal(cls.__name__, 3)
    lead = _LEGACY_KINDS[cls.__name__][2]
    if lead is not _ABSENT_ARG:
        args = (lead,) + args
    return Constant(*args, **kwargs)


def _make_legacy_classes():
    made = {}
    for name, (fields, _, _) in _LEGACY_KINDS.items():
        body = {'__module__': 'ast', '__new__': _legacy_construct}
        if name != 'NameConstant':
            body['_fields'] = fields
        made[name] = _ABC(name, (Constant,), body)
    return made


_LEGACY_CLASSES = _make_legacy_classes()


def __getattr__(name):
    cls = _LEGACY_CLASSES.get(name)
    if cls is None:
        raise AttributeError(f"module 'ast' has no attribute {name!r}")
    _warn_removal(name, 3)
    globals()[name] = cls
    return cls


# ---------------------------------------------------------------------------
# Building trees from the parser's tuple form
# ---------------------------------------------------------------------------

_NODE_TYPES = {name: obj for name, obj in globals().items()
               if isinstance(obj, type) and issubclass(obj, AST)}


def _build(tree):
    """Turn the nested-tuple tree produced by _pyast.parse into nodes."""
    top = [None]
    pending = [(tree, top, 0)]
    while pending:
        raw, holder, key = pending.pop()
        if type(raw) is tuple:
            kind, values, where = raw
            cls = _NODE_TYPES[kind]
            node = cls.__new__(cls)
            slots = node.__dict__
            for field, value in zip(cls._fields, values):
                if type(value) is tuple or type(value) is list:
                    slots[field] = None
                    pending.append((value, slots, field))
                else:
                    slots[field] = value
            if where is not None:
                for attr, value in zip(_POSITION_NAMES, where):
                    slots[attr] = value
            holder[key] = node
        elif type(raw) is list:
            items = [None] * len(raw)
            for index, value in enumerate(raw):
                if type(value) is tuple or type(value) is list:
                    pending.append((value, items, index))
                else:
                    items[index] = value
            holder[key] = items
        else:
            holder[key] = raw
    return top[0]


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source into an AST (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
    else:
        minor = feature_version
    if isinstance(source, AST):
        return source
    return compile(source, filename, mode, flags, _feature_version=minor)


def _source_for_compile(tree, mode):
    """The source text compile() builds code from when it is given a tree."""
    wanted = {'exec': Module, 'eval': Expression, 'single': Interactive}[mode]
    if not isinstance(tree, wanted):
        raise TypeError(f"expected {wanted.__name__} node, got {type(tree).__name__}")
    if isinstance(tree, Expression):
        return unparse(tree.body)
    if isinstance(tree, Interactive):
        return '; '.join(unparse(stmt) for stmt in tree.body)
    return unparse(tree)


# ---------------------------------------------------------------------------
# Inspection helpers
# ---------------------------------------------------------------------------

def iter_fields(node):
    """Yield (name, value) for every field that is set on node."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the nodes directly below node."""
    for _, value in iter_fields(node):
        if isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item
        elif isinstance(value, AST):
            yield value


def walk(node):
    """Yield node and all nodes below it, breadth first."""
    queue = [node]
    position = 0
    while position < len(queue):
        current = queue[position]
        position += 1
        queue.extend(iter_child_nodes(current))
        yield current


def copy_location(new_node, old_node):
    """Copy the source position of old_node onto new_node; return new_node.

    Start positions are copied only when known; end positions are copied
    even when they are None.
    """
    for attr in _POSITION_NAMES:
        if attr not in old_node._attributes:
            continue
        if attr not in new_node._attributes:
            continue
        if not hasattr(old_node, attr):
            continue
        value = getattr(old_node, attr)
        if value is None and not attr.startswith('end_'):
            continue
        setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking positions those of its parent."""
    work = [(node, (1, 0, 1, 0))]
    while work:
        current, inherited = work.pop()
        if 'lineno' in current._attributes:
            known = []
            for attr, fallback in zip(_POSITION_NAMES, inherited):
                if attr.startswith('end_'):
                    have = getattr(current, attr, None) is not None
                else:
                    have = hasattr(current, attr)
                if have:
                    known.append(getattr(current, attr))
                else:
                    setattr(current, attr, fallback)
                    known.append(fallback)
            inherited = tuple(known)
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            work.append((child, inherited))
    return node


def increment_lineno(node, n=1):
    """Move the whole tree under node n lines down (up for a negative n)."""
    for item in walk(node):
        if isinstance(item, TypeIgnore):
            fields = ('lineno',)
        else:
            fields = [f for f in ('lineno', 'end_lineno') if f in item._attributes]
        for field in fields:
            value = getattr(item, field, 0)
            # An end position may be unknown (None); a start position may not.
            if value is None and field == 'end_lineno':
                continue
            setattr(item, field, value + n)
    return node


def _clean_doc_text(text):
    # Same normalisation as inspect.cleandoc().
    rows = text.expandtabs().split('\n')
    margin = None
    for row in rows[1:]:
        body = row.lstrip()
        if body:
            lead = len(row) - len(body)
            margin = lead if margin is None else min(margin, lead)
    rows[0] = rows[0].lstrip()
    if margin is not None:
        rows[1:] = [row[margin:] for row in rows[1:]]
    while rows and not rows[-1]:
        rows.pop()
    while rows and not rows[0]:
        rows.pop(0)
    return '\n'.join(rows)


def get_docstring(node, clean=True):
    """Return the docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    text = first.value
    return _clean_doc_text(text) if clean else text


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from, or None when its positions are incomplete.

    With padded=True a segment spanning several lines keeps the width of its first
    line's prefix, as blanks (tabs and form feeds stay), so it can be re-indented."""
    try:
        first, last = node.lineno, node.end_lineno
        begin, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    if last is None or end is None:
        return None
    import re
    # The lines with their breaks; text after the last break is one more line, and so is
    # the end of the source after it.
    rows = []
    taken = 0
    for brk in re.finditer(r'\r\n|\r|\n', source):
        rows.append(source[taken:brk.end()])
        taken = brk.end()
        if len(rows) >= last:
            break
    else:
        rest = source[taken:]
        rows.append(rest)
        if rest:
            rows.append('')
    del rows[max(last, 0):]
    head = rows[first - 1].encode()
    if first == last:
        return head[begin:end].decode()
    indent = ''
    if padded:
        indent = ''.join(c if c in '\t\x0c' else ' ' for c in head[:begin].decode())
    return (indent + head[begin:].decode() + ''.join(rows[first:last - 1])
            + rows[last - 1].encode()[:end].decode())


# ---------------------------------------------------------------------------
# dump()
# ---------------------------------------------------------------------------

_ABSENT = object()


class _Dumper:
    def __init__(self, annotate, with_attributes, indent):
        self.annotate = annotate
        self.with_attributes = with_attributes
        self.indent = indent

    def render(self, value, depth):
        # Returns the text and whether it counts as "simple" for layout.
        if isinstance(value, AST):
            return self.render_node(value, depth)
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = [self.render(item, depth + 1)[0] for item in value]
            return '[' + self.join(items, depth) + ']', False
        return repr(value), True

    def join(self, parts, depth):
        if self.indent is None:
            return ', '.join(parts)
        gap = '\n' + self.indent * (depth + 1)
        return gap + (',' + gap).join(parts)

    def collect(self, node, names, parts, named, depth):
        cls = type(node)
        flat = True
        for name in names:
            value = getattr(node, name, _ABSENT)
            if value is _ABSENT or (value is None and
                                    getattr(cls, name, _ABSENT) is None):
                named = True
                continue
            text, simple = self.render(value, depth + 1)
            flat = flat and simple
            parts.append(f'{name}={text}' if named else text)
        return named, flat

    def render_node(self, node, depth):
        parts = []
        named, flat = self.collect(node, node._fields, parts,
                                   self.annotate, depth)
        named = True
        if self.with_attributes:
            _, flat_attrs = self.collect(node, node._attributes, parts,
                                         True, depth)
            flat = flat and flat_attrs
        name = type(node).__name__
        if not parts:
            return name + '()', True
        if self.indent is not None and flat and len(parts) <= 3:
            return f"{name}({', '.join(parts)})", False
        return f"{name}({self.join(parts, depth)})", False


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a textual dump of the tree below node (for debugging)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).render(
        node, 0)[0]


# ---------------------------------------------------------------------------
# literal_eval()
# ---------------------------------------------------------------------------

class _LiteralReader:
    """Turns the nodes of a literal display back into the value (literal_eval)."""

    def reject(self, node):
        line = getattr(node, 'lineno', None)
        where = f' on line {line}' if line else ''
        raise ValueError(f'malformed node or string{where}: {node!r}')

    def number(self, node, signed):
        """The int, float or complex of node; with signed, one leading + or - is allowed."""
        sign = 1
        if signed and isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            sign = -1 if isinstance(node.op, USub) else 1
            node = node.operand
        if not (isinstance(node, Constant) and type(node.value) in (int, float, complex)):
            self.reject(node)
        return -node.value if sign < 0 else +node.value if signed else node.value

    def read(self, node):
        kind = type(node)
        for cls in kind.__mro__:
            step = self.steps.get(cls)
            if step is not None:
                return step(self, node)
        self.reject(node)

    def constant(self, node):
        return node.value

    def sequence(self, node):
        items = (self.read(item) for item in node.elts)
        return {Tuple: tuple, List: list, Set: set}[self.base(node)](items)

    def base(self, node):
        for cls in (Tuple, List, Set):
            if isinstance(node, cls):
                return cls

    def mapping(self, node):
        if len(node.keys) != len(node.values):
            self.reject(node)
        out = {}
        for key_node, value_node in zip(node.keys, node.values):
            key = self.read(key_node)
            out[key] = self.read(value_node)
        return out

    def call(self, node):
        # set() is the only way to write an empty set.
        if (isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == [] and node.keywords == []):
            return set()
        self.reject(node)

    def unary(self, node):
        return self.number(node, True)

    def binary(self, node):
        # A complex number written as real +/- imaginary.
        if isinstance(node.op, (Add, Sub)):
            real = self.number(node.left, True)
            imag = self.number(node.right, False)
            if isinstance(real, (int, float)) and isinstance(imag, complex):
                return real - imag if isinstance(node.op, Sub) else real + imag
        self.reject(node)

    steps = {Constant: constant, Tuple: sequence, List: sequence, Set: sequence,
             Dict: mapping, Call: call, UnaryOp: unary, BinOp: binary}


def literal_eval(node_or_string):
    """Evaluate a tree or string holding only a Python literal.

    Accepted: strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
    None and Ellipsis, set(), and complex numbers written as real +/- imag.
    """
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _LiteralReader().read(tree)


# ---------------------------------------------------------------------------
# Visitors
# ---------------------------------------------------------------------------

class NodeVisitor(object):
    """Walks a tree, calling visit_<ClassName>(node) for every node met.

    Subclasses define visit_* methods; a node without one is handed to
    generic_visit(), which visits its children.  The return value of the
    chosen method is returned by visit().
    """

    def visit(self, node):
        """Dispatch node to its visit_* method (or generic_visit)."""
        handler = getattr(self, 'visit_' + type(node).__name__, _NO_HANDLER)
        if handler is _NO_HANDLER:
            handler = self.generic_visit
        return handler(node)

    def generic_visit(self, node):
        """Visit every child node of node."""
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # Old visitors may still define visit_Num, visit_Str, ...; route
        # constants to them (with a warning) when present.
        value = node.value
        for legacy, (_, accepts, _) in _LEGACY_KINDS.items():
            if not accepts(value):
                continue
            method = getattr(self, 'visit_' + legacy, _NO_HANDLER)
            if method is not _NO_HANDLER:
                import warnings
                warnings.warn(f"visit_{legacy} is deprecated; "
                              f"add visit_Constant", DeprecationWarning, 2)
                return method(node)
            break
        return self.generic_visit(node)


_NO_HANDLER = object()


def _rebuilt_items(transformer, items):
    # The new content of a list field: None drops an item, a non-node
    # result (normally a list) is spliced in.
    for item in items:
        if not isinstance(item, AST):
            yield item
            continue
        outcome = transformer.visit(item)
        if outcome is None:
            continue
        if isinstance(outcome, AST):
            yield outcome
        else:
            yield from outcome


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_* results replace the visited nodes.

    Returning None removes the node (from its list, or deletes the
    attribute); returning a list from a list item splices it in.
    """

    def generic_visit(self, node):
        for field, current in iter_fields(node):
            if isinstance(current, list):
                current[:] = list(_rebuilt_items(self, current))
            elif isinstance(current, AST):
                replacement = self.visit(current)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


# ---------------------------------------------------------------------------
# unparse()
# ---------------------------------------------------------------------------

# Binding strength of expression forms, weakest first.  An operand whose
# own level is below the level its position demands gets parentheses.
(_LV_NAMED, _LV_TUPLE, _LV_YIELD, _LV_TEST, _LV_OR, _LV_AND, _LV_NOT,
 _LV_CMP, _LV_STAR, _LV_BOR, _LV_BXOR, _LV_BAND, _LV_SHIFT, _LV_ARITH,
 _LV_TERM, _LV_FACTOR, _LV_POWER, _LV_AWAIT, _LV_ATOM) = range(1, 20)

_BINARY_OPS = {
    'BitOr': ('|', _LV_BOR), 'BitXor': ('^', _LV_BXOR),
    'BitAnd': ('&', _LV_BAND), 'LShift': ('<<', _LV_SHIFT),
    'RShift': ('>>', _LV_SHIFT), 'Add': ('+', _LV_ARITH),
    'Sub': ('-', _LV_ARITH), 'Mult': ('*', _LV_TERM),
    'MatMult': ('@', _LV_TERM), 'Div': ('/', _LV_TERM),
    'FloorDiv': ('//', _LV_TERM), 'Mod': ('%', _LV_TERM),
    'Pow': ('**', _LV_POWER),
}
_UNARY_OPS = {'Not': 'not ', 'Invert': '~', 'UAdd': '+', 'USub': '-'}
_COMPARE_OPS = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>',
    'GtE': '>=', 'Is': 'is', 'IsNot': 'is not', 'In': 'in',
    'NotIn': 'not in',
}
_BOOL_OPS = {'And': (' and ', _LV_AND), 'Or': (' or ', _LV_OR)}

_HUGE = '1e' + repr(sys.float_info.max_10_exp + 1)

_FSTRING_QUOTES = ("'", '"', '"""', "'''")
_DOCSTRING_QUOTES = ('"""', "'''")


def _fits_quote(quote, text):
    if quote in text:
        return False
    return len(quote) == 1 or not text.endswith(quote[0])


def _constant_text(value):
    if isinstance(value, tuple):
        inner = [_constant_text(item) for item in value]
        if len(inner) == 1:
            return '(' + inner[0] + ',)'
        return '(' + ', '.join(inner) + ')'
    if value is ...:
        return '...'
    if isinstance(value, (float, complex)):
        text = repr(value)
        return text.replace('inf', _HUGE).replace(
            'nan', f'({_HUGE}-{_HUGE})')
    return repr(value)


class _Unparser:
    def __init__(self):
        self.out = []
        self.level = 0
        self.ignores = {}

    # -- statements --------------------------------------------------------

    def emit(self, text):
        self.out.append('    ' * self.level + text)

    def gap(self):
        # Blank line in front of function and class definitions.
        if self.out:
            self.out.append('')

    def block(self, statements, allow_doc=False):
        self.level += 1
        self.statements(statements, allow_doc)
        self.level -= 1

    def statements(self, statements, allow_doc=False):
        if allow_doc and statements and self.is_docstring(statements[0]):
            self.write_docstring(statements[0].value)
            statements = statements[1:]
        for node in statements:
            self.statement(node)

    @staticmethod
    def is_docstring(node):
        return (isinstance(node, Expr) and isinstance(node.value, Constant)
                and isinstance(node.value.value, str))

    def write_docstring(self, const):
        text = const.value
        body = ''.join(ch if ch in '\n\t' else repr(ch)[1:-1]
                       for ch in text)
        for quote in _DOCSTRING_QUOTES:
            if _fits_quote(quote, body):
                break
        else:
            shown = repr(text)
            quote = shown[0] * 3
            body = shown[1:-1]
        prefix = 'u' if const.kind == 'u' else ''
        self.emit(prefix + quote + body + quote)

    def statement(self, node):
        handler = getattr(self, 'st_' + type(node).__name__, None)
        if handler is None:
            raise ValueError(f"unexpected node {node!r}")
        handler(node)

    def comment_for(self, node):
        note = self.ignores.get(node.lineno) or node.type_comment
        return f' # type: {note}' if note else ''

    def header(self, text, node=None):
        self.emit(text + ':' + (self.comment_for(node) if node else ''))

    def st_Module(self, node):
        self.ignores = {item.lineno: f'ignore{item.tag}'
                        for item in node.type_ignores}
        self.statements(node.body, allow_doc=True)
        self.ignores = {}

    def st_Expr(self, node):
        self.emit(self.ex(node.value, _LV_YIELD))

    def st_Pass(self, node):
        self.emit('pass')

    def st_Break(self, node):
        self.emit('break')

    def st_Continue(self, node):
        self.emit('continue')

    def st_Return(self, node):
        if node.value is None:
            self.emit('return')
        else:
            self.emit('return ' + self.ex(node.value))

    def st_Delete(self, node):
        self.emit('del ' + ', '.join(self.ex(t) for t in node.targets))

    def st_Assign(self, node):
        lhs = ''.join(self.ex(t, _LV_TUPLE) + ' = ' for t in node.targets)
        self.emit(lhs + self.ex(node.value) + self.comment_for(node))

    def st_AugAssign(self, node):
        sign = _BINARY_OPS[type(node.op).__name__][0]
        self.emit(f'{self.ex(node.target)} {sign}= {self.ex(node.value)}')

    def st_AnnAssign(self, node):
        target = self.ex(node.target)
        if not node.simple and isinstance(node.target, Name):
            target = '(' + target + ')'
        text = target + ': ' + self.ex(node.annotation)
        if node.value:
            text += ' = ' + self.ex(node.value)
        self.emit(text)

    def st_TypeAlias(self, node):
        self.emit('type ' + self.ex(node.name)
                  + self.type_params(node.type_params)
                  + ' = ' + self.ex(node.value))

    def st_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.emit('raise')
            return
        text = 'raise ' + self.ex(node.exc)
        if node.cause:
            text += ' from ' + self.ex(node.cause)
        self.emit(text)

    def st_Assert(self, node):
        text = 'assert ' + self.ex(node.test)
        if node.msg:
            text += ', ' + self.ex(node.msg)
        self.emit(text)

    def st_Global(self, node):
        self.emit('global ' + ', '.join(node.names))

    def st_Nonlocal(self, node):
        self.emit('nonlocal ' + ', '.join(node.names))

    def st_Import(self, node):
        self.emit('import ' + ', '.join(map(self.misc, node.names)))

    def st_ImportFrom(self, node):
        dots = '.' * (node.level or 0)
        names = ', '.join(map(self.misc, node.names))
        self.emit(f"from {dots}{node.module or ''} import {names}")

    def decorated(self, node):
        self.gap()
        for deco in node.decorator_list:
            self.emit('@' + self.ex(deco))

    def type_params(self, params):
        if not params:
            return ''
        return '[' + ', '.join(map(self.misc, params)) + ']'

    def st_FunctionDef(self, node, keyword='def'):
        self.decorated(node)
        text = f'{keyword} {node.name}'
        text += self.type_params(getattr(node, 'type_params', None))
        text += '(' + self.arguments(node.args) + ')'
        if node.returns:
            text += ' -> ' + self.ex(node.returns)
        self.header(text, node)
        self.block(node.body, allow_doc=True)

    def st_AsyncFunctionDef(self, node):
        self.st_FunctionDef(node, 'async def')

    def st_ClassDef(self, node):
        self.decorated(node)
        text = 'class ' + node.name
        text += self.type_params(getattr(node, 'type_params', None))
        parts = [self.ex(b) for b in node.bases]
        parts += [self.misc(k) for k in node.keywords]
        if parts:
            text += '(' + ', '.join(parts) + ')'
        self.header(text)
        self.block(node.body, allow_doc=True)

    def st_For(self, node, keyword='for'):
        self.header(f'{keyword} {self.ex(node.target, _LV_TUPLE)} in '
                    f'{self.ex(node.iter)}', node)
        self.block(node.body)
        if node.orelse:
            self.header('else')
            self.block(node.orelse)

    def st_AsyncFor(self, node):
        self.st_For(node, 'async for')

    def st_While(self, node):
        self.header('while ' + self.ex(node.test))
        self.block(node.body)
        if node.orelse:
            self.header('else')
            self.block(node.orelse)

    def st_If(self, node):
        self.header('if ' + self.ex(node.test))
        self.block(node.body)
        tail = node.orelse
        while len(tail) == 1 and isinstance(tail[0], If):
            inner = tail[0]
            self.header('elif ' + self.ex(inner.test))
            self.block(inner.body)
            tail = inner.orelse
        if tail:
            self.header('else')
            self.block(tail)

    def st_With(self, node, keyword='with'):
        items = ', '.join(map(self.misc, node.items))
        self.header(f'{keyword} {items}', node)
        self.block(node.body)

    def st_AsyncWith(self, node):
        self.st_With(node, 'async with')

    def st_Try(self, node, star=False):
        self.header('try')
        self.block(node.body)
        for handler in node.handlers:
            self.handler(handler, star)
        if node.orelse:
            self.header('else')
            self.block(node.orelse)
        if node.finalbody:
            self.header('finally')
            self.block(node.finalbody)

    def st_TryStar(self, node):
        self.st_Try(node, True)

    def handler(self, node, star=False):
        text = 'except*' if star else 'except'
        if node.type:
            text += ' ' + self.ex(node.type)
        if node.name:
            text += ' as ' + node.name
        self.header(text)
        self.block(node.body)

    def st_ExceptHandler(self, node):
        self.handler(node)

    def st_Match(self, node):
        self.header('match ' + self.ex(node.subject))
        self.level += 1
        for case in node.cases:
            self.st_match_case(case)
        self.level -= 1

    def st_match_case(self, node):
        text = 'case ' + self.pattern(node.pattern)
        if node.guard:
            text += ' if ' + self.ex(node.guard)
        self.header(text)
        self.block(node.body)

    # -- small helper nodes ------------------------------------------------

    def misc(self, node):
        return getattr(self, 'mi_' + type(node).__name__)(node)

    def mi_alias(self, node):
        return node.name + (' as ' + node.asname if node.asname else '')

    def mi_keyword(self, node):
        shown = self.ex(node.value)
        return ('**' + shown) if node.arg is None else f'{node.arg}={shown}'

    def mi_withitem(self, node):
        text = self.ex(node.context_expr)
        if node.optional_vars:
            text += ' as ' + self.ex(node.optional_vars)
        return text

    def mi_arg(self, node):
        name = node.arg
        if node.annotation:
            return name + ': ' + self.ex(node.annotation)
        return name

    def parameter(self, node):
        # A tree built by hand may list other nodes as parameters (a Name): each is
        # written as what it is.
        if isinstance(node, arg):
            return self.mi_arg(node)
        return self.ex(node)

    def mi_comprehension(self, node):
        text = ' async for ' if node.is_async else ' for '
        text += self.ex(node.target, _LV_TUPLE) + ' in '
        text += self.ex(node.iter, _LV_OR)
        for cond in node.ifs:
            text += ' if ' + self.ex(cond, _LV_OR)
        return text

    def mi_TypeVar(self, node):
        if node.bound:
            return node.name + ': ' + self.ex(node.bound)
        return node.name

    def mi_TypeVarTuple(self, node):
        return '*' + node.name

    def mi_ParamSpec(self, node):
        return '**' + node.name

    def mi_arguments(self, node):
        return self.arguments(node)

    def arguments(self, node):
        pieces = []
        positional = node.posonlyargs + node.args
        missing = len(positional) - len(node.defaults)
        for index, param in enumerate(positional):
            text = self.parameter(param)
            if index >= missing:
                text += '=' + self.ex(node.defaults[index - missing])
            pieces.append(text)
            if index + 1 == len(node.posonlyargs):
                pieces.append('/')
        if node.vararg or node.kwonlyargs:
            star = '*'
            if node.vararg:
                star += self.mi_arg(node.vararg)
            pieces.append(star)
        # (a tree built by hand may leave out kw_defaults when there are no such parameters)
        keyword_only = node.kwonlyargs
        for param, default in zip(keyword_only, node.kw_defaults if keyword_only else ()):
            text = self.parameter(param)
            if default:
                text += '=' + self.ex(default)
            pieces.append(text)
        if node.kwarg:
            pieces.append('**' + self.mi_arg(node.kwarg))
        return ', '.join(pieces)

    # -- patterns ----------------------------------------------------------

    def pattern(self, node, where=0):
        # where: 0 free position, 1 inside "as", 2 inside "|".
        kind = type(node).__name__
        if kind == 'MatchValue':
            return self.ex(node.value)
        if kind == 'MatchSingleton':
            return repr(node.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join(map(self.pattern, node.patterns)) + ']'
        if kind == 'MatchStar':
            return '*' + (node.name if node.name is not None else '_')
        if kind == 'MatchMapping':
            parts = [f'{self.ex(k)}: {self.pattern(p)}'
                     for k, p in zip(node.keys, node.patterns)]
            if node.rest:
                parts.append('**' + node.rest)
            return '{' + ', '.join(parts) + '}'
        if kind == 'MatchClass':
            parts = [self.pattern(p) for p in node.patterns]
            parts += [f'{a}={self.pattern(p)}'
                      for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.ex(node.cls, _LV_ATOM) + '(' + ', '.join(parts) + ')'
        if kind == 'MatchAs':
            if node.pattern is None:
                return node.name if node.name is not None else '_'
            text = self.pattern(node.pattern, 1) + ' as ' + node.name
            return '(' + text + ')' if where >= 1 else text
        if kind == 'MatchOr':
            text = ' | '.join(self.pattern(p, 2) for p in node.patterns)
            return '(' + text + ')' if where >= 2 else text
        raise ValueError(f"unexpected node {node!r}")

    # -- expressions -------------------------------------------------------

    def ex(self, node, need=_LV_TEST):
        text, strength = getattr(self, 'ex_' + type(node).__name__)(node)
        if strength < need:
            return '(' + text + ')'
        return text

    def ex_Name(self, node):
        return node.id, _LV_ATOM

    def ex_Constant(self, node):
        text = _constant_text(node.value)
        if node.kind == 'u':
            text = 'u' + text
        return text, _LV_ATOM

    def ex_Attribute(self, node):
        base = self.ex(node.value, _LV_ATOM)
        if isinstance(node.value, Constant) and \
                isinstance(node.value.value, int):
            base += ' '
        return base + '.' + node.attr, _LV_ATOM

    def ex_Starred(self, node):
        return '*' + self.ex(node.value, _LV_STAR), _LV_ATOM

    def ex_Call(self, node):
        parts = [self.ex(a) for a in node.args]
        parts += [self.mi_keyword(k) for k in node.keywords]
        return (self.ex(node.func, _LV_ATOM) + '(' + ', '.join(parts) + ')',
                _LV_ATOM)

    def ex_Subscript(self, node):
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            inner = [self.ex(e) for e in index.elts]
            shown = ', '.join(inner) + (',' if len(inner) == 1 else '')
        else:
            shown = self.ex(index)
        return self.ex(node.value, _LV_ATOM) + '[' + shown + ']', _LV_ATOM

    def ex_Slice(self, node):
        text = ''
        if node.lower:
            text += self.ex(node.lower)
        text += ':'
        if node.upper:
            text += self.ex(node.upper)
        if node.step:
            text += ':' + self.ex(node.step)
        return text, _LV_ATOM

    def ex_List(self, node):
        return '[' + ', '.join(self.ex(e) for e in node.elts) + ']', _LV_ATOM

    def ex_Tuple(self, node):
        inner = [self.ex(e) for e in node.elts]
        if not inner:
            return '()', _LV_ATOM
        text = ', '.join(inner) + (',' if len(inner) == 1 else '')
        return text, _LV_TUPLE

    def ex_Set(self, node):
        if not node.elts:
            return '{*()}', _LV_ATOM
        return '{' + ', '.join(self.ex(e) for e in node.elts) + '}', _LV_ATOM

    def ex_Dict(self, node):
        parts = []
        for key, value in zip(node.keys, node.values):
            if key is None:
                parts.append('**' + self.ex(value, _LV_STAR))
            else:
                parts.append(self.ex(key) + ': ' + self.ex(value))
        return '{' + ', '.join(parts) + '}', _LV_ATOM

    def generators(self, node):
        return ''.join(map(self.mi_comprehension, node.generators))

    def ex_ListComp(self, node):
        return '[' + self.ex(node.elt) + self.generators(node) + ']', _LV_ATOM

    def ex_SetComp(self, node):
        return '{' + self.ex(node.elt) + self.generators(node) + '}', _LV_ATOM

    def ex_GeneratorExp(self, node):
        return '(' + self.ex(node.elt) + self.generators(node) + ')', _LV_ATOM

    def ex_DictComp(self, node):
        return ('{' + self.ex(node.key) + ': ' + self.ex(node.value)
                + self.generators(node) + '}', _LV_ATOM)

    def ex_IfExp(self, node):
        return (self.ex(node.body, _LV_OR) + ' if '
                + self.ex(node.test, _LV_OR) + ' else '
                + self.ex(node.orelse, _LV_TEST), _LV_TEST)

    def ex_Lambda(self, node):
        params = self.arguments(node.args)
        head = 'lambda ' + params if params else 'lambda'
        return head + ': ' + self.ex(node.body), _LV_TEST

    def ex_NamedExpr(self, node):
        return (self.ex(node.target, _LV_ATOM) + ' := '
                + self.ex(node.value, _LV_ATOM), _LV_NAMED)

    def ex_Await(self, node):
        return 'await ' + self.ex(node.value, _LV_ATOM), _LV_AWAIT

    def ex_Yield(self, node):
        if node.value is None:
            return 'yield', _LV_YIELD
        return 'yield ' + self.ex(node.value, _LV_ATOM), _LV_YIELD

    def ex_YieldFrom(self, node):
        return 'yield from ' + self.ex(node.value, _LV_ATOM), _LV_YIELD

    def ex_UnaryOp(self, node):
        sign = _UNARY_OPS[type(node.op).__name__]
        strength = _LV_NOT if sign == 'not ' else _LV_FACTOR
        return sign + self.ex(node.operand, strength), strength

    def ex_BinOp(self, node):
        sign, strength = _BINARY_OPS[type(node.op).__name__]
        if sign == '**':
            left, right = strength + 1, strength
        else:
            left, right = strength, strength + 1
        return (self.ex(node.left, left) + f' {sign} '
                + self.ex(node.right, right), strength)

    def ex_BoolOp(self, node):
        joiner, strength = _BOOL_OPS[type(node.op).__name__]
        # Each further operand is held to a stricter level (CPython quirk).
        shown = [self.ex(v, min(strength + 1 + i, _LV_ATOM))
                 for i, v in enumerate(node.values)]
        return joiner.join(shown), strength

    def ex_Compare(self, node):
        text = self.ex(node.left, _LV_CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += f' {_COMPARE_OPS[type(op).__name__]} '
            text += self.ex(right, _LV_CMP + 1)
        return text, _LV_CMP

    # -- f-strings ---------------------------------------------------------

    def fstring_parts(self, values, literals):
        # Renders the inside of an f-string; literal pieces are also
        # collected (escaped) so that the caller can pick a quote.
        pieces = []
        for value in values:
            if isinstance(value, Constant) and isinstance(value.value, str):
                text = ''.join(repr(ch)[1:-1] for ch in value.value)
                text = text.replace('{', '{{').replace('}', '}}')
                literals.append(len(pieces))
                pieces.append(text)
            elif isinstance(value, FormattedValue):
                pieces.append(self.replacement_field(value))
            elif isinstance(value, JoinedStr):
                nested = []
                inner = self.fstring_parts(value.values, nested)
                literals.extend(len(pieces) + i for i in nested)
                pieces.extend(inner)
            else:
                raise ValueError(
                    f"Unexpected node inside JoinedStr, {value!r}")
        return pieces

    def replacement_field(self, node):
        inner = self.ex(node.value, _LV_OR)
        if inner.startswith('{'):
            inner = ' ' + inner
        text = '{' + inner
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        spec = node.format_spec
        if spec:
            values = spec.values if isinstance(spec, JoinedStr) else [spec]
            text += ':' + ''.join(self.fstring_parts(values, []))
        return text + '}'

    def ex_JoinedStr(self, node):
        literal_slots = []
        pieces = self.fstring_parts(node.values, literal_slots)
        plain = ''.join(pieces[i] for i in literal_slots)
        for quote in _FSTRING_QUOTES:
            if _fits_quote(quote, plain):
                break
        else:
            quote = "'"
            for i in literal_slots:
                pieces[i] = pieces[i].replace("'", "\\'")
        return 'f' + quote + ''.join(pieces) + quote, _LV_ATOM

    def ex_FormattedValue(self, node):
        return self.replacement_field(node), _LV_ATOM

    # -- entry points ------------------------------------------------------

    def st_FunctionType(self, node):
        params = ', '.join(self.ex(a) for a in node.argtypes)
        self.emit('(' + params + ') -> ' + self.ex(node.returns))

    def st_Expression(self, node):
        self.emit(self.ex(node.body))

    def render(self, node):
        if isinstance(node, list):
            return ''.join(self.render(item) for item in node)
        kind = type(node).__name__
        if hasattr(self, 'st_' + kind):
            self.statement(node)
            return '\n'.join(self.out)
        if hasattr(self, 'ex_' + kind):
            return self.ex(node)
        if hasattr(self, 'mi_' + kind):
            return self.misc(node)
        if isinstance(node, pattern):
            return self.pattern(node)
        # Anything else renders as its last child would on its own.
        result = ''
        for child in iter_child_nodes(node):
            result = _Unparser().render(child)
        return result


def unparse(ast_obj):
    """Return Python source code equivalent to the given tree."""
    return _Unparser().render(ast_obj)


# Command line options of "python -m ast": (flags, settings).
_CLI_OPTIONS = (
    (('infile',), dict(nargs='?', default='-',
                       help='the file to parse; defaults to stdin')),
    (('-m', '--mode'), dict(default='exec',
                            choices=('exec', 'single', 'eval', 'func_type'),
                            help='specify what kind of code must be parsed')),
    (('--no-type-comments',), dict(default=True, action='store_false',
                                   help="don't add information about type "
                                        "comments")),
    (('-a', '--include-attributes'), dict(action='store_true',
                                          help='include attributes such as '
                                               'line numbers and column '
                                               'offsets')),
    (('-i', '--indent'), dict(type=int, default=3,
                              help='indentation of nodes (number of spaces)')),
)


def main():
    """Entry point of "python -m ast": print the dump of a parsed file."""
    import argparse
    cli = argparse.ArgumentParser(prog='python -m ast')
    for flags, settings in _CLI_OPTIONS:
        if flags == ('infile',):
            settings = dict(settings, type=argparse.FileType(mode='rb'))
        cli.add_argument(*flags, **settings)
    options = cli.parse_args()
    stream = options.infile
    with stream:
        text = stream.read()
    tree = parse(text, stream.name, options.mode,
                 type_comments=options.no_type_comments)
    print(dump(tree, include_attributes=options.include_attributes,
               indent=options.indent))



if __name__ == '__main__':
    # Run as a script, this file is a second copy of the module; the parser
    # builds its trees from the classes of the copy registered as "ast", so
    # let that copy do the work.
    import ast as _registered
    _registered.main()
