# exception subclasses: custom __str__/__init__/__repr__, args handling, attributes, printing of uncaught custom error
import traceback
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
show('no super init', lambda: (NoSuperInit(1, 2).args, str(NoSuperInit(1, 2)), repr(NoSuperInit(1, 2))))
class StrRaises(Exception):
    def __str__(self): raise ValueError('bad str')
def fmt(e):
    return ''.join(traceback.format_exception_only(type(e), e))
show('format str raises', lambda: fmt(StrRaises('x')))
class StrNone(Exception):
    def __str__(self): return None
show('format str None', lambda: fmt(StrNone('x')))
class EmptyStr(Exception):
    def __str__(self): return ''
show('format empty', lambda: fmt(EmptyStr('x')))
class CustomModule(Exception): pass
CustomModule.__module__ = 'pkg.mod'
show('format module', lambda: fmt(CustomModule('m')))
class BuiltinsModule(Exception): pass
BuiltinsModule.__module__ = 'builtins'
show('format builtins', lambda: fmt(BuiltinsModule('m')))
class NoneModule(Exception): pass
NoneModule.__module__ = None
show('format none module', lambda: fmt(NoneModule('m')))
class QualExc(Exception): pass
QualExc.__qualname__ = 'Outer.QualExc'
show('format qualname', lambda: fmt(QualExc('q')))
show('notes', lambda: (lambda e: (e.add_note('n1'), e.add_note('n2'), fmt(e))[2])(ValueError('v')))
show('bad note', lambda: ValueError().add_note(5))
show('notes not list', lambda: (lambda e: (setattr(e, '__notes__', 'abc'), fmt(e))[1])(ValueError('v')))
class KE(KeyError): pass
show('keyerror sub fmt', lambda: fmt(KE('k')))
class SE(SyntaxError): pass
show('syntaxerror sub', lambda: (SE('msg', ('f.py', 1, 2, 'x = ', 1, 3)).lineno, fmt(SE('msg', ('f.py', 1, 2, 'x = 1\n')))))
class UE(UnicodeDecodeError): pass
show('unicode sub', lambda: str(UE('utf-8', b'\xff', 0, 1, 'bad')))
class EWithSlots(Exception):
    __slots__ = ('extra',)
show('exc slots', lambda: (lambda e: (setattr(e, 'extra', 1), e.extra, hasattr(e, '__dict__'))[1:])(EWithSlots()))
class ArgsProp(Exception):
    @property
    def args(self): return ('fake',)
show('args property', lambda: (str(ArgsProp('real')), repr(ArgsProp('real'))))
show('exception eq', lambda: (ValueError(1) == ValueError(1), hash(ValueError) is not None))
class E(Exception): pass
def chained():
    try:
        try:
            raise E('inner')
        except E as e:
            raise ValueError('outer') from e
    except ValueError as v:
        return ''.join(traceback.format_exception(type(v), v, None)).replace(__file__, 'FILE')
show('chained', chained)
def ctx_suppressed():
    try:
        try:
            raise E('inner')
        except E:
            raise ValueError('outer') from None
    except ValueError as v:
        return v.__suppress_context__, type(v.__context__).__name__, v.__cause__
show('suppress', ctx_suppressed)
show('cause bad', lambda: setattr(ValueError(), '__cause__', 5))
show('context bad', lambda: setattr(ValueError(), '__context__', 5))
def raise_cls_with_args():
    raise NoSuperInit
show('raise class needing args', raise_cls_with_args)
def raise_non_exc():
    raise int
show('raise non exc', raise_non_exc)
def raise_inst_non_exc():
    raise 5
show('raise inst non exc', raise_inst_non_exc)
class NewReturnsOther(Exception):
    def __new__(cls, *a): return 5
def raise_new_other():
    raise NewReturnsOther
show('raise __new__ returns other', raise_new_other)
def raise_from_bad():
    raise ValueError from 5
show('raise from bad', raise_from_bad)
def except_non_exc():
    try:
        raise ValueError
    except 5:
        pass
show('except non class', except_non_exc)
def except_tuple():
    try:
        raise E
    except (int, E):
        return 'caught'
show('except tuple with non-exc', except_tuple)
# BaseException subclass not caught by Exception
class BE(BaseException): pass
def be():
    try:
        try:
            raise BE('x')
        except Exception:
            return 'wrong'
    except BaseException as b:
        return 'base', type(b).__name__
show('BaseException sub', be)
# exception group subclass with derive
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
show('eg derive', lambda: (lambda g: (type(g).__name__, g.message))(MyEG('m', [ValueError(1), TypeError(2)]).subgroup(ValueError)))
show('eg split', lambda: [(type(p).__name__, p.message) for p in MyEG('m', [ValueError(1), TypeError(2)]).split(TypeError)])
show('eg of base', lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__)
show('eg bad', lambda: ExceptionGroup('m', [BE()]))
show('eg empty', lambda: ExceptionGroup('m', []))
