import contextvars
import re
from contextvars import Context, ContextVar, Token, copy_context


def clean(obj):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', str(obj))


def check(label, fn):
    try:
        print(label, clean(repr(fn())))
    except Exception as e:
        print(label, type(e).__name__, clean(e))


print(contextvars.__all__)
v = ContextVar('v')
w = ContextVar('w', default=5)
n = ContextVar('n', default=None)
print(clean(repr(v)), clean(repr(w)), clean(repr(n)), v.name, w.name)
print(clean(repr(ContextVar('q', default='x y'))), clean(repr(ContextVar('a b'))))
check('get-unset', v.get)
check('get-default-arg', lambda: v.get(7))
check('get-var-default', w.get)
check('get-arg-over-default', lambda: w.get(9))
check('get-none-default', n.get)
check('get-none-arg', lambda: v.get(None))

t1 = v.set(1)
print(clean(repr(t1)), t1.var is v, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get(), clean(repr(t2)))
check('reset-twice', lambda: v.reset(t2))
check('reset-other-var', lambda: w.reset(t1))
check('reset-not-token', lambda: v.reset(1))
v.reset(t1)
check('after-reset', v.get)
check('after-reset-default', lambda: v.get('dflt'))

ctx = copy_context()
print(type(ctx), len(ctx), v in ctx, list(ctx))
t = v.set('a')
snap = copy_context()
v.set('b')
print(snap[v], v.get(), snap.get(v), len(snap))
v.reset(t)
check('snap-missing', lambda: snap[w])
check('snap-get-missing', lambda: snap.get(w))
check('snap-get-missing-default', lambda: snap.get(w, 3))
check('bad-key', lambda: snap['x'])
check('bad-key-get', lambda: snap.get(1))
check('bad-key-in', lambda: 1 in snap)
print(sorted(var.name for var in snap.keys()), list(snap.values()), [(k.name, val) for k, val in snap.items()])


def work(a, b=2):
    v.set(a + b)
    w.set('inner')
    return v.get(), w.get()


fresh = Context()
print(len(fresh), bool(fresh), list(fresh))
print(fresh.run(work, 10, b=5))
print(len(fresh), fresh[v], fresh[w], w.get(), v.get(None))
print(fresh.run(work, 1))
print(fresh[v])
check('nested-run', lambda: fresh.run(lambda: fresh.run(print)))
check('run-no-args', lambda: fresh.run())
check('run-bad-self', lambda: Context.run(1, print))

c2 = fresh.copy()
print(c2 == fresh, c2 is fresh, c2 == {}, fresh != snap, fresh.__eq__(1))
c2.run(v.set, 99)
print(c2[v], fresh[v])

tok = fresh.run(v.set, 4)
check('reset-other-context', lambda: v.reset(tok))
check('reset-in-context', lambda: fresh.run(v.reset, tok))
check('reset-again', lambda: fresh.run(v.reset, tok))
print(fresh[v])


def exc_inside():
    v.set('temp')
    raise ValueError('boom')


check('run-raises', lambda: fresh.run(exc_inside))
print(fresh[v], v.get('outside'))

check('ctor-int', lambda: ContextVar(1))
check('ctor-none', lambda: ContextVar())
check('ctor-two', lambda: ContextVar('a', 1))
check('ctor-kw', lambda: ContextVar('a', foo=1))
check('ctor-name-kw', lambda: ContextVar(name='a'))
check('context-args', lambda: Context(1))
check('copy-args', lambda: copy_context(1))
check('token-ctor', lambda: Token())
check('missing-ctor', lambda: type(Token.MISSING)())
check('get-two', lambda: v.get(1, 2))
check('get-kw', lambda: v.get(default=3))
check('ctx-get-kw', lambda: fresh.get(v, default=3))
check('ctx-get-none', lambda: fresh.get())
check('ctx-get-three', lambda: fresh.get(v, 1, 2))
check('set-none', lambda: v.set())
check('set-name', lambda: setattr(v, 'name', 'x'))
check('set-attr', lambda: setattr(v, 'x', 1))
check('ctx-attr', lambda: setattr(fresh, 'x', 1))
check('token-attr', lambda: setattr(t1, 'x', 1))
check('token-var', lambda: setattr(t1, 'var', 1))
check('token-old', lambda: setattr(t1, 'old_value', 1))
check('missing-attr', lambda: setattr(Token.MISSING, 'x', 1))
check('hash-ctx', lambda: hash(fresh))
check('hash-var', lambda: hash(v) == hash(v))
check('hash-token', lambda: hash(t1) == hash(t1))
check('subclass', lambda: type('X', (ContextVar,), {}))
check('subclass-ctx', lambda: type('X', (Context,), {}))
check('subclass-token', lambda: type('X', (Token,), {}))
print(ContextVar[int], Token[str])
print(Context.__module__, ContextVar.__module__, Token.__module__, Context.__name__)
print(type(Token.MISSING).__name__, Token.MISSING == Token.MISSING, clean(repr(fresh)))
d = {v: 1, w: 2}
print(d[v], d[w])
print(type(contextvars.Token.MISSING), type(contextvars.Token.MISSING).__qualname__)
