# Signature.bind / bind_partial error messages, in particular which missing keyword-only
# arguments are called so.
import inspect


def f_kwonly(*, k): pass
def f_kwonly2(*, k, m): pass
def f_kwonly_def(*, k=1, m): pass
def f_pos_kw(a, *, k): pass
def f_star_kw(*args, k): pass
def f_pos_star_kw(a, *args, k): pass
def f_all(a, b=2, /, c=3, *args, d, e=5, **kw): pass
def f_po(a, b, /): pass
def f_po_def(a, b=1, /, **kw): pass
def f_po_kw(a, /, b): pass
def f_plain(a, b): pass
def f_kw_after_def(a, b=1, *, k): pass
def f_varkw(**kw): pass
def f_none(): pass


calls = [
    ((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((), {'k': 1}),
    ((), {'a': 1}), ((1,), {'k': 1}), ((1,), {'a': 2}), ((), {'a': 1, 'k': 2}),
    ((), {'m': 1}), ((1,), {'m': 1}), ((1, 2), {'k': 1}), ((), {'b': 1}),
    ((1,), {'b': 2}), ((1,), {'d': 4}), ((1, 2, 3, 4), {'d': 4, 'z': 0}),
    ((), {'a': 1, 'b': 2}), ((), {'x': 1}), ((1,), {'x': 1, 'k': 2}),
    ((), {'k': 1, 'm': 2, 'q': 3}), ((1, 2), {'b': 3}),
]

for func in [f_kwonly, f_kwonly2, f_kwonly_def, f_pos_kw, f_star_kw, f_pos_star_kw, f_all,
             f_po, f_po_def, f_po_kw, f_plain, f_kw_after_def, f_varkw, f_none,
             lambda *, k: 0]:
    sig = inspect.signature(func)
    print('--', func.__name__, sig)
    for args, kwargs in calls:
        for how in ('bind', 'bind_partial'):
            try:
                result = getattr(sig, how)(*args, **kwargs)
                print(how, args, kwargs, '->', dict(result.arguments))
            except TypeError as e:
                print(how, args, kwargs, 'TypeError', e)
