//! Control flow and the object model: exceptions, scopes, generators, classes, recursion limit.

mod common;
use common::{check_errors, check_program, check_traceback};

/// The clauses of a try statement run in CPython's order.
#[test]
fn try_except_else_finally_order() {
    check_program(
        "
out = []
def f(x):
    try:
        out.append('try')
        if x:
            raise ValueError('v')
    except ValueError as e:
        out.append('except ' + str(e))
    else:
        out.append('else')
    finally:
        out.append('finally')
    out.append('after')
f(0)
f(1)
def g():
    try:
        try:
            out.append('inner try')
        finally:
            out.append('inner finally')
        raise KeyError('k')
    except KeyError:
        out.append('caught')
        try:
            raise TypeError('t')
        except TypeError:
            out.append('caught inner')
        out.append('after inner')
    finally:
        out.append('outer finally')
g()
def h():
    try:
        pass
    except Exception:
        out.append('never')
    else:
        try:
            raise OSError('in else')
        except OSError as e:
            out.append(str(e))
h()
",
        "
'try'
'else'
'finally'
'after'
'try'
'except v'
'finally'
'after'
'inner try'
'inner finally'
'caught'
'caught inner'
'after inner'
'outer finally'
'in else'
",
    );
}

/// return in finally overrides a returned value and swallows an exception.
#[test]
fn return_in_finally() {
    check_program(
        "
out = []
def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
def side():
    try:
        return out.append('returning') or 'value'
    finally:
        out.append('finally runs after the return expression')
def nested():
    for i in range(3):
        try:
            try:
                return i
            finally:
                out.append('inner %d' % i)
        finally:
            out.append('outer %d' % i)
out += [f(), g(), h(), side(), nested()]
",
        "
'returning'
'finally runs after the return expression'
'inner 0'
'outer 0'
'finally'
'swallowed'
1
'value'
0
",
    );
}

/// break and continue inside finally (allowed since 3.8) discard the pending exception or return.
#[test]
fn break_continue_in_finally() {
    check_program(
        "
out = []
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        out.append(i)
    finally:
        if i == 1:
            continue
for i in range(5):
    try:
        raise ValueError
    finally:
        out.append('f%d' % i)
        break
def w():
    n = 0
    while True:
        n += 1
        try:
            if n < 3:
                continue
            break
        finally:
            out.append('w%d' % n)
    return n
out.append(w())
for i in range(2):
    try:
        continue
    finally:
        out.append('cont-finally %d' % i)
else:
    out.append('loop else')
",
        "
0
2
'f0'
'w1'
'w2'
'w3'
3
'cont-finally 0'
'cont-finally 1'
'loop else'
",
    );
}

/// Nested handlers, bare raise, raise from, implicit context and `as` unbinding.
#[test]
fn nested_handlers_reraise_and_chaining() {
    check_program("
out = []
try:
    try:
        raise KeyError('k')
    except ValueError:
        out.append('wrong')
    finally:
        out.append('inner finally')
except LookupError as e:
    out.append(('outer', type(e).__name__, repr(e)))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    out.append(str(e))
try:
    try:
        int('x')
    except ValueError as e:
        raise TypeError('converted') from e
except TypeError as e:
    out.append((str(e), type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__))
try:
    try:
        {}['a']
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as e:
    out.append((type(e.__context__).__name__, e.__cause__, e.__suppress_context__))
try:
    raise ValueError('x') from None
except ValueError as e:
    out.append((e.__cause__, e.__suppress_context__))
try:
    raise ValueError
except ValueError as e:
    out.append((repr(e), e.args))
try:
    e
except NameError as ne:
    out.append(str(ne))
try:
    raise (TypeError, ValueError)[1]('from tuple')
except (KeyError, ValueError) as e:
    out.append(repr(e))
try:
    [][1]
except Exception as e:
    out.append(type(e).__mro__[1].__name__)
try:
    try:
        raise ValueError('first')
    finally:
        out.append('cleanup')
except ValueError as e:
    out.append(e.args[0])
try:
    try:
        raise ValueError('lost')
    finally:
        raise KeyError('replaces')
except Exception as e:
    out.append((repr(e), repr(e.__context__)))
def reraiser():
    try:
        raise OSError('orig')
    except OSError:
        try:
            raise ValueError('other')
        except ValueError:
            pass
        raise
try:
    reraiser()
except OSError as e:
    out.append(str(e))
try:
    raise ValueError(1, 'two')
except ValueError as e:
    out.append((str(e), e.args))
", r#"
'inner finally'
('outer', 'KeyError', "KeyError('k')")
'division by zero'
('converted', 'ValueError', True, 'ValueError')
('KeyError', None, False)
(None, True)
('ValueError()', ())
"name 'e' is not defined"
"ValueError('from tuple')"
'LookupError'
'cleanup'
'first'
("KeyError('replaces')", "ValueError('lost')")
'orig'
("(1, 'two')", (1, 'two'))
"#);
}

/// User exception classes: hierarchy, __init__, __str__, args and attributes.
#[test]
fn custom_exceptions() {
    check_program(
        "
out = []
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __str__(self):
        return 'missing: ' + self.name
try:
    raise NotFound('cfg')
except AppError as e:
    out.append((str(e), repr(e), e.args, e.name, isinstance(e, Exception)))
class Plain(Exception):
    pass
out.append((str(Plain()), repr(Plain('a', 1)), str(Plain('only'))))
out.append(issubclass(NotFound, LookupError))
out.append([c.__name__ for c in NotFound.__mro__])
try:
    raise NotFound
except TypeError as e:
    out.append(str(e))
e = ValueError('v')
e.extra = 5
out.append(e.extra)
out.append(isinstance(KeyError(), LookupError) and issubclass(ZeroDivisionError, ArithmeticError))
out.append(issubclass(KeyboardInterrupt, Exception))
",
        r#"
('missing: cfg', "NotFound('cfg')", ('cfg',), 'cfg', True)
('', "Plain('a', 1)", 'only')
False
['NotFound', 'AppError', 'Exception', 'BaseException', 'object']
"NotFound.__init__() missing 1 required positional argument: 'name'"
5
True
False
"#,
    );
}

/// Invalid raise statements and errors escaping handlers.
#[test]
fn raise_errors() {
    check_errors(&[
        (
            "raise 1",
            "TypeError: exceptions must derive from BaseException",
        ),
        ("raise", "RuntimeError: No active exception to reraise"),
        (
            "raise ValueError from 1",
            "TypeError: exception causes must derive from BaseException",
        ),
        (
            "class C:
    pass
raise C",
            "TypeError: exceptions must derive from BaseException",
        ),
        (
            r#"raise ValueError("a") from KeyError("b")"#,
            "ValueError: a",
        ),
        (
            r#"try:
    raise ValueError("in try")
except ValueError:
    raise KeyError("in handler")"#,
            "KeyError: 'in handler'",
        ),
        (
            "try:
    1 / 0
except (TypeError, KeyError):
    pass",
            "ZeroDivisionError: division by zero",
        ),
        ("raise SystemExit", "SystemExit"),
        (r#"raise StopIteration("s")"#, "StopIteration: s"),
        ("raise NotImplementedError", "NotImplementedError"),
        (r#"assert 1 == 2, "message""#, "AssertionError: message"),
        ("assert False", "AssertionError"),
        (r#"raise KeyError("quoted")"#, "KeyError: 'quoted'"),
    ]);
}

/// An exception raised while handling another prints both, joined by CPython's context line.
#[test]
fn traceback_implicit_context() {
    check_traceback(
        "
def f():
    raise ValueError('inner')
try:
    f()
except ValueError:
    raise KeyError('outer')
",
        r#"
Traceback (most recent call last):
  File "<test>", line 5, in <module>
  File "<test>", line 3, in f
ValueError: inner

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "<test>", line 7, in <module>
KeyError: 'outer'
"#,
    );
}

/// `raise ... from` prints the cause first, with the direct-cause line.
#[test]
fn traceback_explicit_cause() {
    check_traceback(
        "
def parse(s):
    return int(s)
try:
    parse('x')
except ValueError as e:
    raise RuntimeError('bad config') from e
",
        r#"
Traceback (most recent call last):
  File "<test>", line 5, in <module>
  File "<test>", line 3, in parse
ValueError: invalid literal for int() with base 10: 'x'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "<test>", line 7, in <module>
RuntimeError: bad config
"#,
    );
}

/// `raise ... from None` hides the context.
#[test]
fn traceback_from_none() {
    check_traceback(
        "
try:
    {}['k']
except KeyError:
    raise AttributeError('no such thing') from None
",
        r#"
Traceback (most recent call last):
  File "<test>", line 5, in <module>
AttributeError: no such thing
"#,
    );
}

/// A chain of three exceptions mixing cause and context.
#[test]
fn traceback_three_level_chain() {
    check_traceback(
        "
def a():
    raise OSError('disk')
def b():
    try:
        a()
    except OSError as e:
        raise ValueError('parse') from e
try:
    b()
except ValueError:
    raise SystemError('fatal')
",
        r#"
Traceback (most recent call last):
  File "<test>", line 6, in b
  File "<test>", line 3, in a
OSError: disk

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "<test>", line 10, in <module>
  File "<test>", line 8, in b
ValueError: parse

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "<test>", line 12, in <module>
SystemError: fatal
"#,
    );
}

/// An exception in finally has the pending one as its context.
#[test]
fn traceback_error_in_finally() {
    check_traceback(
        "
def f():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
f()
",
        r#"
Traceback (most recent call last):
  File "<test>", line 4, in f
ValueError: first

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "<test>", line 7, in <module>
  File "<test>", line 6, in f
TypeError: second
"#,
    );
}

/// Frames are listed outermost first, with their function names.
#[test]
fn traceback_nested_calls() {
    check_traceback(
        "
def outer():
    return middle()
def middle():
    return inner()
def inner():
    return 1 / 0
outer()
",
        r#"
Traceback (most recent call last):
  File "<test>", line 8, in <module>
  File "<test>", line 3, in outer
  File "<test>", line 5, in middle
  File "<test>", line 7, in inner
ZeroDivisionError: division by zero
"#,
    );
}

/// Repeated frames of a runaway recursion are folded.
#[test]
fn traceback_recursion_folding() {
    check_traceback(
        "
def f(n):
    return f(n + 1)
f(0)
",
        r#"
Traceback (most recent call last):
  File "<test>", line 4, in <module>
  File "<test>", line 3, in f
  File "<test>", line 3, in f
  File "<test>", line 3, in f
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
"#,
    );
}

/// Closures capture variables (late binding), nonlocal and global rebind them.
#[test]
fn closures_nonlocal_global() {
    check_program(
        "
out = []
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); out.append(c())
c2 = counter(); out.append((c2(), c()))
fs = [lambda: i for i in range(3)]
out.append([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
out.append([f() for f in fs])
g = 'global'
def read():
    return g
def write():
    global g
    g = 'changed'
write(); out.append((read(), g))
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
out.append(outer())
def late():
    def get():
        return v
    v = 'late-bound'
    return get()
out.append(late())
def make():
    a = 1
    def f():
        return a
    a = 2
    return f
out.append(make()())
y = 'module'
class K:
    y = 'class'
    def m(self):
        return y
    z = [y for _ in range(1)]
out.append((K().m(), K.z))
def deep():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
out.append(deep())
def new_global():
    global created_later
    created_later = 'made'
new_global(); out.append(created_later)
def shadow():
    len = lambda x: 'shadowed'
    return len([1])
out.append((shadow(), len([1])))
adders = {}
for k in range(3):
    def add(x, k=k):
        return x + k
    adders[k] = add
out.append([adders[k](10) for k in range(3)])
def cell_in_loop():
    fns = []
    for i in range(3):
        def f(j=i):
            return j * i
        fns.append(f)
    return [f() for f in fns]
out.append(cell_in_loop())
x = 'mod'
def comp():
    x = 'func'
    return [x for _ in range(1)]
out.append(comp())
",
        "
2
(1, 3)
[2, 2, 2]
[0, 1, 2]
('changed', 'changed')
'outer'
'late-bound'
2
('module', ['module'])
10
'made'
('shadowed', 1)
[10, 11, 12]
[0, 2, 4]
['func']
",
    );
}

/// NameError, UnboundLocalError and scope-related SyntaxErrors.
#[test]
fn scope_errors() {
    check_errors(&[("def f():
    print(x)
    x = 1
f()", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"),
("def f():
    def g():
        return y
    g()
    y = 1
f()", "NameError: cannot access free variable 'y' where it is not associated with a value in enclosing scope"),
("undefined_name", "NameError: name 'undefined_name' is not defined"),
("nonlocal x", "SyntaxError: nonlocal declaration not allowed at module level"),
("def f():
    x = 1
    global x
", "SyntaxError: name 'x' is assigned to before global declaration"),
("class A:
    xs = [1]
    zs = [x for x in range(2) if x in xs]", "NameError: name 'xs' is not defined"),
("def f():
    del x
    x = 1
f()", "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"),
("x = 1
del x
x", "NameError: name 'x' is not defined"),
("def f():
    global g
    return g
f()", "NameError: name 'g' is not defined"),]);
}

/// send(), return values carried by StopIteration, and yield from.
#[test]
fn generators_send_and_return() {
    check_program(
        "
out = []
def gen():
    x = yield 1
    out.append(('got', x))
    y = yield x * 2
    out.append(('got', y))
    return 'done'
g = gen()
out.append(next(g))
out.append(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    out.append(('stop', e.value))
out.append(next(g, 'exhausted'))
def sub():
    yield 1
    yield 2
    return 'sub-result'
def deleg():
    r = yield from sub()
    out.append(('sub returned', r))
    yield 3
out.append(list(deleg()))
def echo():
    while True:
        v = yield
        out.append(v)
e = echo(); next(e); e.send('a'); e.send('b')
def inner_send():
    while True:
        v = yield
        if v is None:
            return 'inner done'
        out.append(('inner', v))
def outer_send():
    r = yield from inner_send()
    yield r
o = outer_send(); next(o); o.send(1); out.append(o.send(None))
def from_iterables():
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'ab'
    yield from (x * 10 for x in range(2))
out.append(list(from_iterables()))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
out.append((sum(counter(5)), list(counter(0)), max(counter(3))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); out.append([next(f) for _ in range(10)])
",
        "
1
('got', 10)
20
('got', 20)
('stop', 'done')
'exhausted'
('sub returned', 'sub-result')
[1, 2, 3]
'a'
'b'
('inner', 1)
'inner done'
[1, 2, 3, 4, 'a', 'b', 0, 10]
(10, [], 2)
[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
",
    );
}

/// close() on a started or fresh generator leaves it exhausted.
#[test]
fn generator_close_finishes_it() {
    check_program("
out = []
def two():
    yield 1
    yield 2
c = two(); out.append(next(c)); out.append(c.close()); out.append(list(c)); out.append(next(c, 'exhausted'))
c2 = two(); c2.close(); out.append(list(c2))
c3 = two(); out.append(list(c3)); c3.close(); out.append('close after exhaustion is fine')
", "
1
None
[]
'exhausted'
[]
[1, 2]
'close after exhaustion is fine'
");
}

/// Generator expressions are lazy and single-use; iterator helpers.
#[test]
fn generator_expressions_and_iterators() {
    check_program(
        "
out = []
out.append(sum(x * x for x in range(5)))
ge = (x for x in [1, 2])
out.append((next(ge), next(ge), next(ge, 'exhausted')))
calls = []
lazy = (calls.append(x) or x for x in range(3))
out.append(calls)
out.append(list(lazy)); out.append(calls); out.append(list(lazy))
it = iter([1, 2, 3, 4])
out.append(list(zip(it, it)))
out.append(list(x + y for x in 'ab' for y in 'cd' if y != 'c'))
out.append(type(x for x in ()).__name__)
out.append(dict((k, v) for k, v in zip('ab', range(2))))
out.append(sorted(x for x in {3, 1, 2}))
out.append(any(x > 2 for x in range(10)))
out.append(list(map(lambda x: x + 1, (y * 2 for y in range(3)))))
out.append(list(enumerate(x for x in 'xy')))
src = [1, 2]
g = (x for x in src)
src.append(3)
out.append(list(g))
out.append(tuple(reversed(range(3))))
it = iter(range(3))
out.append((next(it), list(it), list(it)))
out.append(list(iter([5, 6, 7, 8]))[::2])
",
        "
30
(1, 2, 'exhausted')
[0, 1, 2]
[0, 1, 2]
[0, 1, 2]
[]
[(1, 2), (3, 4)]
['ad', 'bd']
'generator'
{'a': 0, 'b': 1}
[1, 2, 3]
True
[1, 3, 5]
[(0, 'x'), (1, 'y')]
[1, 2, 3]
(2, 1, 0)
(0, [1, 2], [])
[5, 7]
",
    );
}

/// StopIteration inside a generator, send to a fresh generator, re-entrancy.
#[test]
fn generator_errors() {
    check_errors(&[
        (
            "def g():
    raise StopIteration
    yield
list(g())",
            "RuntimeError: generator raised StopIteration",
        ),
        (
            "g = (x for x in [1])
next(g)
next(g)",
            "StopIteration",
        ),
        (
            "def g():
    yield 1
x = g()
x.send(5)",
            "TypeError: can't send non-None value to a just-started generator",
        ),
        (
            "def g():
    yield next(g_)
g_ = g()
next(g_)",
            "ValueError: generator already executing",
        ),
        ("next([1])", "TypeError: 'list' object is not an iterator"),
        ("iter(5)", "TypeError: 'int' object is not iterable"),
        (
            "def g():
    yield 1 / 0
list(g())",
            "ZeroDivisionError: division by zero",
        ),
        (
            "def g():
    x = yield
    yield x.upper()
it = g()
next(it)
it.send(3)",
            "AttributeError: 'int' object has no attribute 'upper'",
        ),
    ]);
}

/// Single and multiple inheritance, MRO and super().
#[test]
fn classes_inheritance_and_super() {
    check_program(
        "
out = []
class A:
    def hello(self):
        return 'A'
    def who(self):
        return 'A.who'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
class C(A):
    def hello(self):
        return 'C>' + super().hello()
class D(B, C):
    def hello(self):
        return 'D>' + super().hello()
out.append(D().hello())
out.append([k.__name__ for k in D.__mro__])
out.append(D().who())
out.append((isinstance(D(), A), issubclass(D, C), issubclass(A, D), isinstance(1, (str, int))))
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return '%s(%r)' % (type(self).__name__, self.x)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
out.append((c.x, c.y, c.describe()))
out.append((type(c).__name__, Child.__bases__[0].__name__, Child.__name__, Child.__qualname__))
class Explicit(Base):
    def __init__(self):
        super(Explicit, self).__init__('explicit')
out.append(Explicit().x)
class Default:
    pass
out.append((Default.__bases__[0].__name__, isinstance(Default(), object)))
class WithInitSuper:
    def __init__(self):
        super().__init__()
        self.ok = True
out.append(WithInitSuper().ok)
class CM:
    @classmethod
    def create(cls):
        return cls.__name__
class CM2(CM):
    @classmethod
    def create(cls):
        return 'sub ' + super().create()
out.append(CM2.create())
class Outer:
    class Inner:
        pass
out.append(Outer.Inner.__qualname__)
out.append(type(D()) is D)
",
        "
'D>B>C>A'
['D', 'B', 'C', 'A', 'object']
'A.who'
(True, True, False, True)
(1, 2, 'Child(1)')
('Child', 'Base', 'Child', 'Child')
'explicit'
('object', True)
True
'sub CM2'
'Outer.Inner'
True
",
    );
}

/// property getters/setters/deleters, classmethod and staticmethod.
#[test]
fn properties_classmethods_staticmethods() {
    check_program(
        "
out = []
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        out.append('deleted')
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(); t.c = 100; out.append((t.c, t.f))
try:
    t.c = -300
except ValueError as e:
    out.append(str(e))
try:
    t.f = 1
except AttributeError as e:
    out.append(str(e))
del t.c; out.append(t.c)
out.append(type(Temp.c).__name__)
class P:
    count = 0
    def __init__(self):
        P.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def add(a, b):
        return a + b
class Q(P):
    pass
q = Q.make()
out.append((type(q).__name__, P.count, P.add(1, 2), q.add(3, 4), Q.add(5, 6)))
class Legacy:
    def get(self):
        return 1
    prop = property(get)
out.append(Legacy().prop)
",
        r#"
(100, 212.0)
'too cold'
"property 'f' of 'Temp' object has no setter"
'deleted'
None
'property'
('Q', 1, 3, 7, 11)
1
"#,
    );
}

/// __eq__/__hash__ in sets and dicts; __lt__ drives sorted, min and max.
#[test]
fn equality_hash_and_ordering() {
    check_program("
out = []
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
out.append((Pt(1, 2) == Pt(1, 2), Pt(1, 2) != Pt(1, 3), Pt(1, 2) == (1, 2)))
out.append(len({Pt(1, 2), Pt(1, 2), Pt(2, 1)}))
out.append({Pt(0, 0): 'origin'}[Pt(0, 0)])
out.append((Pt(1, 2) in [Pt(1, 2)], [Pt(1, 2)].index(Pt(1, 2)), [Pt(0, 0), Pt(0, 0)].count(Pt(0, 0))))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    out.append(str(e))
out.append((NoHash() == 5, 5 == NoHash(), NoHash() != 5))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%r)' % self.v
out.append(sorted([V(3), V(1), V(2)]))
out.append(sorted([V(3), V(1), V(2)], reverse=True))
out.append((max([V(3), V(1), V(5)]), min([V(3), V(1)])))
out.append(V(1) > V(0))
class Plain:
    pass
p = Plain()
out.append((p == p, p != p, p == Plain(), hash(p) == hash(p)))
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
out.append((NotImpl() == 1, 1 != NotImpl()))
class Rev:
    def __eq__(self, o):
        out.append('Rev.__eq__')
        return True
out.append(1 == Rev())
", r#"
(True, True, False)
2
'origin'
(True, 0, 2)
"unhashable type: 'NoHash'"
(True, True, False)
[V(1), V(2), V(3)]
[V(3), V(2), V(1)]
(V(5), V(1))
True
(True, False, False, True)
(False, True)
'Rev.__eq__'
True
"#);
}

/// __iter__/__next__, __getitem__-based iteration, generators as __iter__, __reversed__.
#[test]
fn iteration_protocols() {
    check_program(
        "
out = []
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
out.append(list(Countdown(3)))
out.append([x for x in Countdown(2)])
a, b = Countdown(2); out.append((a, b))
out.append(sum(Countdown(4)))
out.append(3 in Countdown(5))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
out.append(list(Seq()))
out.append((20 in Seq(), 25 in Seq()))
out.append([x for x in Seq()])
class GenIter:
    def __iter__(self):
        yield from 'ab'
out.append(list(GenIter()))
out.append(sorted(GenIter(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter('zyx')
out.append(list(reversed(Rev())))
class LenGet:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'abc'[i]
out.append(list(reversed(LenGet())))
out.append(dict(zip(LenGet(), Countdown(3))))
it = iter(Countdown(2))
out.append(it is iter(it))
",
        "
[3, 2, 1]
[2, 1]
(2, 1)
10
True
[0, 10, 20]
(True, False)
[0, 10, 20]
['a', 'b']
['b', 'a']
['z', 'y', 'x']
['c', 'b', 'a']
{'a': 3, 'b': 2, 'c': 1}
True
",
    );
}

/// __call__, __len__/__bool__, __contains__, __repr__/__str__, operators and item access.
#[test]
fn dunder_protocols() {
    check_program("
out = []
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
out.append((Adder(5)(10), list(map(Adder(1), [1, 2])), callable(Adder(1)), callable(1)))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
out.append((bool(Empty()), bool(Truthy()), len(Empty()), 'yes' if Empty() else 'no', not Empty()))
class Box:
    def __contains__(self, x):
        return x == 'k'
out.append(('k' in Box(), 'z' in Box(), 'z' not in Box()))
class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S-str'
class RS(R):
    def __str__(self):
        return 'RS-str'
out.append((repr(R()), str(R()), str(S()), str(RS()), repr([R()]), f'{RS()}', f'{RS()!r}', '%s %r' % (RS(), RS())))
out.append(repr(S()).startswith('<__main__.S object at 0x'))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        return 'Vec%r' % (self.c,)
    def __getitem__(self, i):
        return self.c[i]
    def __len__(self):
        return len(self.c)
out.append((Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, 2 * Vec(1, 2), -Vec(1, -1), Vec(1) == Vec(1)))
out.append((Vec(1, 2, 3)[1], Vec(1, 2, 3)[::-1], len(Vec(1, 2))))
v = Vec(1); v += Vec(2); out.append(v)
class Store:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[(k.start, k.stop) if isinstance(k, slice) else k] = v
    def __getitem__(self, k):
        return self.d[(k.start, k.stop) if isinstance(k, slice) else k]
    def __delitem__(self, k):
        del self.d[k]
s = Store(); s['a'] = 1; s[1:2] = 'slice'; out.append((s['a'], s[1:2])); del s['a']; out.append(s.d)
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, n):
        self.total += n
        return self
a = Acc(); a += 5; a += 6; out.append(a.total)
class Attr:
    def __getattr__(self, name):
        return 'dyn_' + name
    real = 'real'
out.append((Attr().foo, Attr().real, getattr(Attr(), 'bar')))
class Ctx:
    def __enter__(self):
        out.append('enter')
        return 'resource'
    def __exit__(self, t, v, tb):
        out.append(('exit', t.__name__ if t else None))
        return True
with Ctx() as r:
    out.append(r)
    raise ValueError('suppressed')
out.append('after with')
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __ge__(self, o):
        return self.v >= o.v
out.append((Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2)))
", "
(15, [2, 3], True, False)
(False, True, 0, 'no', True)
(True, False, True)
('R()', 'R()', 'S-str', 'RS-str', '[R()]', 'RS-str', 'R()', 'RS-str R()')
True
(Vec(4, 6), Vec(3, 6), Vec(2, 4), Vec(-1, 1), True)
(2, (3, 2, 1), 2)
Vec(3,)
(1, 'slice')
{(1, 2): 'slice'}
11
('dyn_foo', 'real', 'dyn_bar')
'enter'
'resource'
('exit', 'ValueError')
'after with'
(True, False)
");
}

/// Class attributes are shared until an instance shadows them.
#[test]
fn class_and_instance_attributes() {
    check_program("
out = []
class Dog:
    kind = 'canine'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add(self, t):
        self.tricks.append(t)
a, b = Dog('a'), Dog('b')
a.add('roll'); out.append(b.tricks)
a.kind = 'wolf'; out.append((a.kind, b.kind, Dog.kind))
del a.kind; out.append(a.kind)
Dog.kind = 'k9'; out.append((a.kind, b.kind))
out.append(sorted(vars(a)))
out.append(('kind' in Dog.__dict__, 'kind' in a.__dict__))
out.append(hasattr(a, 'name')); setattr(a, 'age', 3); out.append(getattr(a, 'age')); out.append(getattr(a, 'nope', 'dflt'))
delattr(a, 'age'); out.append(hasattr(a, 'age'))
Dog.bark = lambda self: self.name + ' barks'
out.append(b.bark())
b.bark = lambda: 'instance attr wins'
out.append((b.bark(), a.bark()))
out.append(Dog.add.__name__)
m = a.add
out.append(m.__self__ is a)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
c1 = Counter(); c1.inc(); c1.inc()
out.append((c1.n, Counter.n))
out.append(type(a).__dict__['kind'])
out.append(a.__class__.__name__)
", "
['roll']
('wolf', 'canine', 'canine')
'canine'
('k9', 'k9')
['name']
(True, False)
True
3
'dflt'
False
'b barks'
('instance attr wins', 'a barks')
'add'
True
(2, 0)
'k9'
'Dog'
");
}

/// Errors from calling, iterating and measuring instances of plain classes.
#[test]
fn class_errors() {
    check_errors(&[
        (
            "class L:
    def __len__(self):
        return -1
len(L())",
            "ValueError: __len__() should return >= 0",
        ),
        (
            "class B:
    def __bool__(self):
        return 1
bool(B())",
            "TypeError: __bool__ should return bool, returned int",
        ),
        (
            "class R:
    def __repr__(self):
        return 1
repr(R())",
            "TypeError: __repr__ returned non-string (type int)",
        ),
        (
            "class N:
    pass
N()()",
            "TypeError: 'N' object is not callable",
        ),
        (
            "class N:
    pass
len(N())",
            "TypeError: object of type 'N' has no len()",
        ),
        (
            "class N:
    pass
iter(N())",
            "TypeError: 'N' object is not iterable",
        ),
        (
            "class N:
    pass
N().missing",
            "AttributeError: 'N' object has no attribute 'missing'",
        ),
        (
            "class N:
    pass
N.missing",
            "AttributeError: type object 'N' has no attribute 'missing'",
        ),
        (
            "class N:
    def __init__(self, a):
        pass
N()",
            "TypeError: N.__init__() missing 1 required positional argument: 'a'",
        ),
        (
            "class N:
    pass
N(1)",
            "TypeError: N() takes no arguments",
        ),
        (
            "class V:
    pass
sorted([V(), V()])",
            "TypeError: '<' not supported between instances of 'V' and 'V'",
        ),
        (
            "class N:
    pass
N() + 1",
            "TypeError: unsupported operand type(s) for +: 'N' and 'int'",
        ),
        (
            "class N:
    pass
N()[0]",
            "TypeError: 'N' object is not subscriptable",
        ),
        (
            "class N:
    pass
-N()",
            "TypeError: bad operand type for unary -: 'N'",
        ),
        (
            "class N:
    def m(self):
        pass
N().m(1)",
            "TypeError: N.m() takes 1 positional argument but 2 were given",
        ),
        (
            "class P:
    @property
    def x(self):
        return 1
P().x = 2",
            "AttributeError: property 'x' of 'P' object has no setter",
        ),
        (
            "class N:
    pass
N()[0] = 1",
            "TypeError: 'N' object does not support item assignment",
        ),
        (
            "class A:
    def __init__(self):
        return 1
A()",
            "TypeError: __init__() should return None, not 'int'",
        ),
        (
            "class N:
    def __iter__(self):
        return 1
iter(N())",
            "TypeError: iter() returned non-iterator of type 'int'",
        ),
        (
            r#"class N:
    def __len__(self):
        return "x"
len(N())"#,
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
    ]);
}

/// The default limit is 1000 frames: a catching recursion from module level reaches depth 999.
#[test]
fn recursion_limit_default() {
    check_program(
        "
out = []
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
out.append(f(1))
def g(n):
    if n == 0:
        return 0
    return 1 + g(n - 1)
out.append(g(998))
try:
    g(999)
except RecursionError as e:
    out.append(str(e))
out.append(f(1))
",
        "
999
998
'maximum recursion depth exceeded'
999
",
    );
}

/// Uncaught runaway recursion through functions and methods.
#[test]
fn recursion_errors() {
    check_errors(&[
        (
            "def f():
    return f()
f()",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "class A:
    def m(self):
        return self.m()
A().m()",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "def f(n):
    return f(n + 1) + 1
f(0)",
            "RecursionError: maximum recursion depth exceeded",
        ),
    ]);
}
