"""The path language of ElementTree's find/findall/findtext/iterfind (written
for pyrs): a small subset of XPath compiled to a list of step functions."""

import re

_lexer = re.compile(
    r"""\s*(?:(//|/|\.\.|\.|\*|\[|\]|@|!=|=|\(\)|"[^"]*"|'[^']*')"""
    r"""|(\{[^}]*\}[^\s/\[\]@=!()'"]*|[^\s/\[\]@=!()'"{]+)|(\S))""")
_plain = re.compile(r"[^/\[\]@*.{}:()='\"!\s]+$")
_plain_desc = re.compile(r"\.//([^/\[\]@*.{}:()='\"!\s]+)$")

_compiled = {}


class _Context:
    """What a step sees: the element the search started at and, built on
    first use, a child -> parent map of its subtree."""

    __slots__ = ("root", "_up")

    def __init__(self, root):
        self.root = root
        self._up = None

    def parent_of(self, elem):
        up = self._up
        if up is None:
            up = self._up = {}
            for p in self.root.iter():
                for k in p._kids:
                    up[k] = p
        return up.get(elem)


def _lex(path):
    out = []
    pos = 0
    n = len(path)
    while pos < n:
        m = _lexer.match(path, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        if m.group(1) is not None:
            out.append((m.group(1), None))
        elif m.group(2) is not None:
            out.append((None, m.group(2)))
        elif m.group(3) is not None:
            out.append((m.group(3), None))
    return out


def _qualify(name, namespaces):
    if name[:1] == "{":
        if name.startswith("{}") and name != "{}*":
            return name[2:]
        return name
    if ":" in name and namespaces:
        prefix, _, local = name.partition(":")
        try:
            return "{%s}%s" % (namespaces[prefix], local)
        except KeyError:
            raise SyntaxError("prefix %r not found in prefix map"
                              % prefix) from None
    if namespaces and namespaces.get("") and name != "*":
        return "{%s}%s" % (namespaces[""], name)
    return name


def _tag_test(name):
    """None for 'any element', a string for an exact tag, or a function."""
    if name == "*":
        return None
    if name == "{*}*":
        return lambda t: isinstance(t, str)
    if name == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if name.startswith("{*}"):
        local = name[3:]
        tail = "}" + local
        return lambda t: isinstance(t, str) and (t == local
                                                 or t.endswith(tail))
    if name.endswith("}*"):
        head = name[:-1]
        return lambda t: isinstance(t, str) and t.startswith(head)
    return name


def _children_step(test):
    if test is None:
        def step(elems, ctx):
            return [k for e in elems for k in e._kids]
    elif isinstance(test, str):
        def step(elems, ctx):
            return [k for e in elems for k in e._kids if k.tag == test]
    else:
        def step(elems, ctx):
            return [k for e in elems for k in e._kids if test(k.tag)]
    return step


def _descendants_step(test):
    if test is None or isinstance(test, str):
        def step(elems, ctx):
            out = []
            for e in elems:
                for k in e.iter(test):
                    if k is not e:
                        out.append(k)
            return out
    else:
        def step(elems, ctx):
            out = []
            for e in elems:
                for k in e.iter():
                    if k is not e and test(k.tag):
                        out.append(k)
            return out
    return step


def _self_step(elems, ctx):
    return elems


def _nothing(elems, ctx):
    return []


def _parent_step(elems, ctx):
    out = []
    seen = set()
    for e in elems:
        p = ctx.parent_of(e)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            out.append(p)
    return out


def _filter(keep):
    def step(elems, ctx):
        return [e for e in elems if keep(e, ctx)]
    return step


def _text_of(e):
    return "".join(e.itertext())


def _predicate(toks, namespaces):
    """Build a filter step from the tokens between '[' and ']'."""
    ops = tuple(op or "n" for op, _ in toks)
    vals = [v for _, v in toks]
    if ops == ("@", "n"):
        key = vals[1]
        return _filter(lambda e, ctx: e.get(key) is not None)
    if ops in (("@", "n", "=", "q"), ("@", "n", "!=", "q")):
        key = vals[1]
        want = vals[3]
        if ops[2] == "=":
            return _filter(lambda e, ctx: e.get(key) == want)
        return _filter(lambda e, ctx: e.get(key, want) != want)
    if ops == ("n",) and not vals[0].isdigit() and vals[0][:1] != "-":
        tag = _qualify(vals[0], namespaces)
        return _filter(lambda e, ctx: e.find(tag) is not None)
    if ops in ((".", "=", "q"), (".", "!=", "q")):
        want = vals[2]
        if ops[1] == "=":
            return _filter(lambda e, ctx: _text_of(e) == want)
        return _filter(lambda e, ctx: _text_of(e) != want)
    if ops in (("n", "=", "q"), ("n", "!=", "q")):
        tag = _qualify(vals[0], namespaces)
        want = vals[2]
        if ops[1] == "=":
            def keep(e, ctx):
                return any(_text_of(k) == want for k in e.findall(tag))
        else:
            def keep(e, ctx):
                return any(_text_of(k) != want for k in e.findall(tag))
        return _filter(keep)
    if ops == ("n",) or ops == ("n", "()") or ops == ("n", "()", "n"):
        word = vals[0]
        if ops == ("n",) and (word.isdigit() or word[:1] == "-"):
            index = int(word) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        elif word == "last":
            index = -1
            if len(ops) == 3:
                shift = vals[2]
                try:
                    index = int(shift) - 1
                except ValueError:
                    raise SyntaxError("invalid predicate") from None
                if index >= -1:
                    raise SyntaxError(
                        "XPath offset from last() must be negative")
        else:
            raise SyntaxError("invalid predicate")

        def keep(e, ctx):
            p = ctx.parent_of(e)
            if p is None:
                return False
            same = [k for k in p._kids if k.tag == e.tag]
            try:
                return same[index] is e
            except IndexError:
                return False
        return _filter(keep)
    raise SyntaxError("invalid predicate")


def _build(path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    toks = _lex(path)
    steps = []
    i = 0
    n = len(toks)
    deep = False
    expect_test = True
    while i < n:
        op, val = toks[i]
        if op == "//":
            if deep:
                raise SyntaxError("invalid descendant")
            deep = True
            expect_test = True
            i += 1
            if i >= n:
                steps.append(_descendants_step(None))
            continue
        if op == "/":
            if expect_test:
                steps.append(_children_step(None))
            expect_test = True
            i += 1
            if i >= n:
                steps.append(_children_step(None))
            continue
        if op == "[":
            close = i + 1
            while close < n and toks[close][0] != "]":
                close += 1
            if close >= n:
                raise TypeError("'NoneType' object is not callable")
            inner = [("q", o[1:-1]) if o and o[0] in "'\"" else (o, v)
                     for o, v in toks[i + 1:close]]
            steps.append(_predicate(inner, namespaces))
            i = close + 1
            continue
        if op is None or op == "*":
            test = _tag_test(_qualify(val if op is None else "*",
                                      namespaces))
            steps.append(_descendants_step(test) if deep
                         else _children_step(test))
        elif op == ".":
            if deep:
                steps.append(_descendants_step(None))
                steps.append(_self_step)
        elif op == "..":
            if deep:
                raise SyntaxError("invalid descendant")
            steps.append(_parent_step)
        elif op == "]" or op == "{":
            steps.append(_nothing)
        else:
            raise KeyError(op)
        deep = False
        expect_test = False
        i += 1
    return steps


def _steps(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _compiled.get(key)
    if steps is None:
        if len(_compiled) > 100:
            _compiled.clear()
        steps = _build(path, namespaces)
        _compiled[key] = steps
    return steps


def select(elem, path, namespaces=None):
    """All elements matching path, starting at elem, in document order."""
    if _plain.match(path) and not (namespaces and namespaces.get("")):
        return [k for k in elem._kids if k.tag == path]
    m = _plain_desc.match(path)
    if m is not None and not (namespaces and namespaces.get("")):
        tag = m.group(1)
        return [k for k in elem.iter(tag) if k is not elem]
    found = [elem]
    ctx = _Context(elem)
    for step in _steps(path, namespaces):
        if not found:
            break
        found = step(found, ctx)
    return found


def first(elem, path, namespaces=None):
    """The first element matching path, or None."""
    if _plain.match(path) and not (namespaces and namespaces.get("")):
        for k in elem._kids:
            if k.tag == path:
                return k
        return None
    m = _plain_desc.match(path)
    if m is not None and not (namespaces and namespaces.get("")):
        for k in elem.iter(m.group(1)):
            if k is not elem:
                return k
        return None
    found = select(elem, path, namespaces)
    return found[0] if found else None


def text_of_first(elem, path, default=None, namespaces=None):
    """The text of the first match ('' when it has none), or default."""
    e = first(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""
