# contextvars: O(1) copies that share variables until the first write (copy on write),
# Context.run() bookkeeping, ContextVar.get/set/reset fast paths and their error cases.
import asyncio
import contextvars
import re
import weakref
from contextvars import Context, ContextVar, Token, copy_context


def clean(obj):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', str(obj))


def check(label, fn):
    try:
        print(label, clean(repr(fn())))
    except Exception as e:
        print(label, type(e).__name__, clean(e))


def check_kind(label, fn):
    # only the kind of the outcome (the messages name the type differently)
    try:
        print(label, type(fn()).__name__)
    except Exception as e:
        print(label, type(e).__name__)


def names(ctx):
    return sorted(var.name for var in ctx)


def content(ctx):
    return sorted((var.name, val) for var, val in ctx.items())


a = ContextVar('a')
b = ContextVar('b', default='B0')
c = ContextVar('c', default=None)

# --- copies taken before a write do not see it; writes in a copy stay there
base = Context()


def in_base():
    a.set(1)
    snap1 = copy_context()
    a.set(2)
    snap2 = copy_context()
    b.set('x')
    snap3 = copy_context()
    print('base now', a.get(), b.get(), content(copy_context()))
    print('snap1', content(snap1), snap1.get(a), snap1.get(b, 'none'), b in snap1)
    print('snap2', content(snap2), snap2[a])
    print('snap3', content(snap3), snap3[b])
    return snap1, snap2, snap3


s1, s2, s3 = base.run(in_base)
print('base after', content(base), len(base), a in base)


def write_in(ctx, var, value):
    return ctx.run(var.set, value)


t = write_in(s1, a, 10)
print('s1 after write', content(s1), 's2', content(s2), 'base', content(base))
print('token', clean(repr(t)), t.var is a, t.old_value)
t2 = write_in(s1, c, 'c1')
print('s1', content(s1), t2.old_value is Token.MISSING)
s1.run(a.reset, t)
print('s1 reset a', content(s1), 's3', content(s3))
s1.run(c.reset, t2)
print('s1 reset c', content(s1), c in s1)

# copy of a copy, writes in any order
x1 = s3.copy()
x2 = x1.copy()
x3 = copy_context()
write_in(x2, a, 'x2')
write_in(x1, b, 'x1')
write_in(s3, c, 's3')
print('x1', content(x1), 'x2', content(x2), 's3', content(s3), 'x3', content(x3))
print('eq', x1 == x2, x1 == s3, s3.copy() == s3, Context() == Context(), x1 != x2)

# reset after a copy (the copy keeps the set value)


def reset_after_copy():
    tok = a.set('tmp')
    snap = copy_context()
    a.reset(tok)
    return snap, a.get('gone'), clean(repr(tok))


snap, now, tokrepr = Context().run(reset_after_copy)
print('reset-after-copy', content(snap), now, tokrepr)


def reset_to_old_after_copy():
    a.set('first')
    tok = a.set('second')
    snap = copy_context()
    a.reset(tok)
    snap2 = copy_context()
    a.set('third')
    return content(snap), content(snap2), a.get()


print('reset-old-after-copy', Context().run(reset_to_old_after_copy))

# --- views and iterators are snapshots of the moment they were taken
view_ctx = Context()


def views():
    a.set(1)
    k, v, i = view_ctx.keys(), view_ctx.values(), view_ctx.items()
    it = iter(view_ctx)
    b.set(2)
    a.set(3)
    sizes = len(k), len(v), len(i)
    out = ([x.name for x in k], list(v), [(x.name, y) for x, y in i], [x.name for x in it])
    return out, sizes, content(view_ctx)


print('views', views and view_ctx.run(views))


def iterate_and_set():
    seen = []
    for var in copy_context():
        seen.append(var.name)
    for var in list(view_ctx):
        var.set('again')
    return sorted(seen), content(view_ctx)


print('iterate-set', view_ctx.run(iterate_and_set))

# --- Mapping protocol
m = Context()
m.run(a.set, 'va')
check('getitem', lambda: m[a])
check('getitem-missing', lambda: m[b])
check('getitem-bad', lambda: m['a'])
check('contains', lambda: (a in m, b in m))
check('contains-bad', lambda: 'a' in m)
check('get', lambda: (m.get(a), m.get(b), m.get(b, 5)))
check('get-bad', lambda: m.get('a'))
check('len', lambda: (len(m), len(Context()), bool(m), bool(Context())))
check('keys', lambda: [k.name for k in m.keys()])
check('values', lambda: list(m.values()))
check('items', lambda: [(k.name, v) for k, v in m.items()])
check('iter', lambda: [k.name for k in m])
check('ctx-hash', lambda: hash(m))
check('ctx-eq-other', lambda: (m == 1, m != 1, m.__eq__({})))

# --- ContextVar.get / set / reset
check('get-no-default', a.get)
check('get-var-default', b.get)
check('get-none-default', c.get)
check('get-arg', lambda: a.get('arg'))
check('get-arg-over-default', lambda: b.get('arg'))
check('get-arg-none', lambda: a.get(None))
check('get-two', lambda: a.get(1, 2))
check('get-three', lambda: a.get(1, 2, 3))
check('get-kw', lambda: a.get(default=1))
check('get-kw-pos', lambda: a.get(1, x=2))
check('set-none', lambda: a.set())
check('set-two', lambda: a.set(1, 2))
check('set-kw', lambda: a.set(value=1))
check('set-kw-pos', lambda: a.set(1, value=1))
check('reset-none', lambda: a.reset())
check('reset-two', lambda: a.reset(1, 2))
check('reset-kw', lambda: a.reset(token=1))
check('reset-not-token', lambda: a.reset(1))
check('reset-none-token', lambda: a.reset(None))
check('get-unbound', lambda: ContextVar.get(1))
check('get-unbound-none', lambda: ContextVar.get())
check('set-unbound', lambda: ContextVar.set(1, 2))
check('set-unbound-none', lambda: ContextVar.set())
check('reset-unbound', lambda: ContextVar.reset(1, 2))
check('reset-unbound-none', lambda: ContextVar.reset())
check('get-unbound-ok', lambda: ContextVar.get(b))

r = Context()


def reset_cases():
    t1 = a.set(1)
    t2 = a.set(2)
    tb = b.set(3)
    check('reset-other-var', lambda: b.reset(t1))
    a.reset(t2)
    check('after-reset', a.get)
    check('reset-used', lambda: a.reset(t2))
    check('reset-used-other-var', lambda: b.reset(t2))
    other = copy_context()
    check('reset-other-ctx', lambda: other.run(a.reset, t1))
    check('token-unused-after-fail', lambda: clean(repr(t1)))
    a.reset(t1)
    check('after-reset-missing', lambda: a.get('missing'))
    check('other-ctx-still', lambda: other[a])
    b.reset(tb)
    check('b-default', b.get)
    t3 = a.set('again')
    check('token-old-missing', lambda: (t3.old_value is Token.MISSING, t3.var is a))
    return t1, t3


tok1, tok3 = r.run(reset_cases)
check('reset-outside', lambda: a.reset(tok3))
check('reset-outside-used', lambda: a.reset(tok1))
check('token-repr-used', lambda: clean(repr(tok1)))
check('token-repr', lambda: clean(repr(tok3)))
check('missing', lambda: (repr(Token.MISSING), Token.MISSING is tok1.old_value))
check('token-attr', lambda: setattr(tok3, 'var', 1))
check('token-attr-old', lambda: setattr(tok3, 'old_value', 1))
check('token-attr-other', lambda: setattr(tok3, 'other', 1))
check('token-hash', lambda: hash(tok3))
check('token-new', lambda: Token())
check('token-new-args', lambda: Token(a, r))

# --- Context.run
run_ctx = Context()


def show(*args, **kwargs):
    return args, sorted(kwargs.items()), a.get('unset')


check('run-args', lambda: run_ctx.run(show))
check('run-args1', lambda: run_ctx.run(show, 1))
check('run-args2', lambda: run_ctx.run(show, 1, 2))
check('run-kwargs', lambda: run_ctx.run(show, 1, k=2))
check('run-kw-names', lambda: run_ctx.run(show, callable=1, self=2))
check('run-none', lambda: run_ctx.run())
check('run-kw-only', lambda: run_ctx.run(callable=show))
check('run-unbound', lambda: Context.run(1, show))
check('run-unbound-none', lambda: Context.run())
check('run-unbound-ok', lambda: Context.run(run_ctx, show, 7))
check('run-not-callable', lambda: run_ctx.run(5))
check('run-reenter', lambda: run_ctx.run(run_ctx.run, show))
check('run-reenter-deep', lambda: run_ctx.run(Context().run, run_ctx.run, show))
check('run-after-reenter', lambda: run_ctx.run(show, 'ok'))


def boom():
    a.set('boom')
    raise ValueError('inner')


check('run-raises', lambda: run_ctx.run(boom))
check('after-raise', lambda: (run_ctx[a], a.get('outside')))
check('run-again', lambda: run_ctx.run(a.get))


def nested():
    inner = Context()
    a.set('outer')
    res = inner.run(lambda: (a.get('inner-unset'), a.set('inner'), a.get())[::2])
    return res, a.get(), inner[a]


check('nested', lambda: Context().run(nested))


def gen():
    yield a.get('g-unset')
    yield a.get('g-unset')


g_ctx = Context()
g_ctx.run(a.set, 'in-g')
g = g_ctx.run(gen)
check('gen-first', lambda: g_ctx.run(next, g))
check('gen-second', lambda: next(g))

# --- copy_context / Context arguments
check('copy-args', lambda: copy_context(1))
check('copy-kw', lambda: copy_context(x=1))
check('ctx-copy-args', lambda: m.copy(1))
check('ctx-copy-kw', lambda: m.copy(x=1))
check('ctx-keys-args', lambda: m.keys(1))
check('ctx-values-kw', lambda: m.values(x=1))
check('ctx-items-args', lambda: m.items(1, 2))
check('ctx-copy-unbound', lambda: Context.copy(1))
check('ctx-copy-unbound-none', lambda: Context.copy())
check('ctx-keys-unbound', lambda: Context.keys(1))
check('ctx-get-unbound', lambda: Context.get(1, a))
check('ctx-get-kw', lambda: m.get(a, default=1))
check('ctx-get-none', lambda: m.get())
check('ctx-get-three', lambda: m.get(a, 1, 2))
check('ctx-new-args', lambda: Context(1))
check('ctx-attr', lambda: setattr(m, 'x', 1))
check('ctx-del-attr', lambda: delattr(m, 'x'))

# --- ContextVar objects
check('var-repr', lambda: (clean(repr(a)), clean(repr(b)), clean(repr(c))))
check('var-name', lambda: (a.name, b.name))
check('var-name-set', lambda: setattr(a, 'name', 'z'))
check('var-other-attr', lambda: setattr(a, 'z', 1))
check('var-hash', lambda: (hash(a) == hash(a), {a: 1, b: 2}[b], len({a, b, a})))
check('var-eq', lambda: (a == a, a == b, a != b))
check('var-ctor', lambda: ContextVar(1))
check('var-ctor-kw', lambda: ContextVar('n', other=1))
check_kind('var-weakref', lambda: weakref.ref(a))
check('ctx-weakref', lambda: weakref.ref(m)() is m)
check_kind('token-weakref', lambda: weakref.ref(tok3))
check('generic', lambda: (ContextVar[int], Token[str], ContextVar[int].__origin__ is ContextVar))
check('subclass', lambda: type('X', (ContextVar,), {}))
check('subclass-ctx', lambda: type('X', (Context,), {}))
check('modules', lambda: (Context.__module__, ContextVar.__module__, Token.__module__))
check('all', lambda: contextvars.__all__)

# --- many copies and writes
many = Context()


def churn():
    snaps = []
    for i in range(20):
        a.set(i)
        snaps.append(copy_context())
        if i % 3 == 0:
            b.set(i)
        if i % 5 == 0:
            snaps.append(copy_context())
    return [(s.get(a), s.get(b)) for s in snaps]


print('churn', many.run(churn))
print('churn-final', content(many))

# --- asyncio: each task runs in its own copy
req = ContextVar('req', default='none')


async def handler(name, delay):
    req.set(name)
    await asyncio.sleep(delay)
    inner = await asyncio.create_task(sub())
    return name, req.get(), inner


async def sub():
    before = req.get()
    req.set(before + '-sub')
    return before, req.get()


async def main():
    req.set('main')
    results = await asyncio.gather(*(handler('h%d' % i, 0.001 * (3 - i)) for i in range(3)))
    seen = []
    loop = asyncio.get_running_loop()
    ctx = copy_context()
    ctx.run(req.set, 'cb-ctx')
    loop.call_soon(lambda: seen.append(req.get()), context=ctx)
    loop.call_soon(lambda: seen.append(req.get()))
    await asyncio.sleep(0)
    return results, seen, req.get()


print('asyncio', asyncio.run(main()), req.get())
