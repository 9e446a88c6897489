# Leading comment of the module.
# Second line.

"""Module docstring."""
import inspect
import os
import sys

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# A comment about plain.
#   indented part
def plain(a, b=1):
    """Add things.

        Indented more.
    Back.
    """
    c = a + b
    # inner comment

    return c
    # trailing body comment

# not part of plain


def deco(fn):
    return fn

@deco
def decorated(x):
    return x  # tail

def one_liner(): return 42
lam = (lambda y:
       y * 2)

class Outer:
    """Outer doc."""
    # comment for Inner
    class Inner:
        def m(self):
            return 'm'
    def method(self, q):
        if q:
            return [
                1,
    2]
        return '''text
not indented'''

def factory():
    class Local:
        pass
    return Local

print(inspect.getsource(plain), end='')
print('---')
print(inspect.getsourcelines(decorated))
print(inspect.getsourcelines(one_liner))
print(inspect.getsource(lam), end='')
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(Outer.method), end='')
print(inspect.getsourcelines(Outer.Inner.m)[1], inspect.getsourcelines(Outer)[1], len(inspect.getsourcelines(Outer)[0]))
print(inspect.getsource(factory()), end='')
print(repr(inspect.getcomments(plain)), repr(inspect.getcomments(Outer.Inner)), repr(inspect.getcomments(decorated)))
print(repr(inspect.getcomments(sys.modules[__name__])))
t('builtin source', lambda: inspect.getsource(len))
t('int source', lambda: inspect.getsource(int))
t('module source', lambda: inspect.getsource(sys.modules[__name__]).splitlines()[3])
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getsourcefile(Outer)))
print(os.path.basename(inspect.getfile(plain.__code__)), os.path.basename(inspect.getfile(sys._getframe())))
t('getfile builtin', lambda: inspect.getfile(len))
t('getfile int', lambda: inspect.getfile(int))
t('getfile sys', lambda: inspect.getfile(sys))
t('getfile 3', lambda: inspect.getfile(3))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Outer.method).__name__, inspect.getmodule(os) is os)
print(inspect.getmodulename('/a/b/spam.py'), inspect.getmodulename('x.txt'), inspect.getmodulename('mod.pyc'))

print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Outer)), repr(inspect.getdoc(Outer.Inner)), repr(inspect.getdoc(Outer.method)))
class Sub(Outer):
    def method(self, q):
        pass
print(repr(inspect.getdoc(Sub)), repr(inspect.getdoc(Sub.method)), repr(inspect.getdoc(Sub().method)))
print(repr(inspect.cleandoc('   first\n      second\n    third\n\n')))
print(repr(inspect.cleandoc('\n\n  a\n    b\n  \n')))
print(repr(inspect.cleandoc('x\n\ty\n  \tz')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('   ')), repr(inspect.cleandoc('one line  ')))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))

def annotated(a: int, b: 'list[str]', c=3) -> 'Outer':
    pass
print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
class Ann:
    x: int
    y: 'str' = 'q'
print(inspect.get_annotations(Ann), inspect.get_annotations(Ann, eval_str=True), inspect.get_annotations(Outer))
t('ann bad', lambda: inspect.get_annotations(3))

def here():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name
print(here())
def depth():
    return [fi.function for fi in inspect.stack()][:2], inspect.stack()[0].function
print(depth())
def args_of(a, b=2, *rest, **kw):
    info = inspect.getargvalues(inspect.currentframe())
    return info.args, info.varargs, info.keywords, inspect.formatargvalues(*info)
print(args_of(1, 5, 6, z=1))
count = 10
def closure_maker():
    hidden = 4
    def inner():
        return hidden + count + len('x') + undefined_name
    return inner
cv = inspect.getclosurevars(closure_maker())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
