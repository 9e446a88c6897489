"""Differential checks for the fast paths of logging, argparse and pprint:
findCaller, handler locking, formatter styles, option matching, positional
assignment, plain-value pretty printing and its memo."""

import argparse
import io
import logging
import pprint
import re
import sys
import threading


def show(label, value):
    print(re.sub(r'id=\d+', 'id=N', '%s: %r' % (label, value)))


def pf(*args, **kwargs):
    print(re.sub(r'id=\d+', 'id=N', pprint.pformat(*args, **kwargs)))


def attempt(label, func, *args, **kwargs):
    try:
        show(label, func(*args, **kwargs))
    except BaseException as exc:
        print('%s: %s %s' % (label, type(exc).__name__, exc))


# ---------------------------------------------------------------- logging

def where(record):
    return '%s:%s:%s' % (record.filename, record.lineno, record.funcName)


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append(record)


stream = io.StringIO()
log = logging.getLogger('fast')
log.propagate = False
log.setLevel(logging.DEBUG)
plain = logging.StreamHandler(stream)
class NoTrace(logging.Formatter):
    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__

    def formatStack(self, stack_info):
        return 'STACK ' + str(stack_info.count('File'))


plain.setFormatter(NoTrace('%(levelname)s|%(name)s|%(message)s|%(funcName)s'))
log.addHandler(plain)
box = Collect()
log.addHandler(box)


def helper(level):
    log.info('from helper', stacklevel=level)


def outer(level):
    helper(level)


for level in (0, 1, 2, 3, 50):
    outer(level)
    rec = box.records[-1]
    show('stacklevel %d' % level, (rec.funcName, rec.pathname == __file__))

log.debug('plain %s %d', 'args', 3)
log.warning('with extra', extra={'color': 'blue'})
show('extra attr', box.records[-1].color)
attempt('extra clash', log.warning, 'x', extra={'message': 1})
log.error('mapping %(a)s', {'a': 'A'})
try:
    1 / 0
except ZeroDivisionError:
    log.exception('boom')
show('exc_info type', box.records[-1].exc_info[0].__name__)
log.info('stack', stack_info=True)
show('stack_info starts', box.records[-1].stack_info.splitlines()[0])
show('findCaller direct', log.findCaller()[2])
show('findCaller level0', log.findCaller(stacklevel=0)[2])
show('findCaller level-1', log.findCaller(stacklevel=-1)[2])


class OwnCaller(logging.Logger):
    def findCaller(self, stack_info=False, stacklevel=1):
        return ('somewhere.py', 7, 'elsewhere', None)


own = OwnCaller('own')
own.addHandler(box)
own.warning('custom caller')
show('custom findCaller', where(box.records[-1]))

# propagation chain, handler levels, filters returning records
parent = logging.getLogger('chain')
parent.propagate = False
child = logging.getLogger('chain.kid.grand')
high = Collect(logging.ERROR)
low = Collect()
parent.addHandler(high)
parent.addHandler(low)
child.warning('to parent')
child.error('to both')
show('chain counts', (len(high.records), len(low.records)))
child.propagate = False
child.warning('nowhere')
show('no propagate', (len(high.records), len(low.records)))
child.propagate = True


class Rewriter(logging.Filter):
    def filter(self, record):
        clone = logging.makeLogRecord(record.__dict__)
        clone.msg = 'rewritten ' + str(record.msg)
        return clone


low.addFilter(Rewriter())
child.warning('original')
show('filtered record', low.records[-1].getMessage())


class RLockHandler(Collect):
    def createLock(self):
        self.lock = threading.RLock()


rl = RLockHandler()
parent.addHandler(rl)
child.warning('rlock')
show('rlock handler', rl.records[-1].getMessage())
nolock = Collect()
nolock.lock = None
parent.addHandler(nolock)
child.warning('no lock')
show('no lock handler', nolock.records[-1].getMessage())


class Failing(logging.Handler):
    def emit(self, record):
        raise RuntimeError('emit failed')


fl = Failing()
parent.addHandler(fl)
attempt('failing emit', child.warning, 'fails')
show('lock usable', fl.lock.acquire() is not False)
fl.lock.release()
parent.removeHandler(fl)

# formatters and styles
rec = logging.LogRecord('fmt', logging.INFO, '/x/mod.py', 12, 'hello %s', ('world',), None, 'fn')
rec.created = 0.0
rec.msecs = 0.0
for fmt, style in (('%(name)s:%(message)s', '%'), ('{name}:{message}', '{'),
                   ('${name}:${message}', '$'), ('%(asctime)s %(message)s', '%')):
    f = logging.Formatter(fmt, style=style, datefmt='%Y')
    show('format %s' % style, (f.format(rec), f.usesTime()))
f = logging.Formatter('%(name)s %(custom)s', defaults={'custom': 'dflt'})
show('defaults', f.format(rec))
f = logging.Formatter('%(missing)s')
attempt('missing field', f.format, rec)
f = logging.Formatter('%(message)s')
f._style._fmt = '%(name)s=%(message)s'
show('changed _fmt', f.format(rec))
f._style._fmt = '%(asctime)s'
show('changed _fmt uses time', f.usesTime())


class TimeAlways(logging.Formatter):
    def usesTime(self):
        return True

    def formatTime(self, record, datefmt=None):
        return 'T'

    def formatMessage(self, record):
        return '<' + record.asctime + ' ' + record.message + '>'


show('subclass formatter', TimeAlways('%(message)s').format(rec))


class Upper(logging.PercentStyle):
    def format(self, record):
        return super().format(record).upper()


f = logging.Formatter('%(message)s')
f._style = Upper('%(name)s %(message)s')
show('custom style', f.format(rec))
print(stream.getvalue(), end='')

# ---------------------------------------------------------------- argparse


def parse(parser, argv):
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return 'exit %s' % exc.code


def quiet(**kwargs):
    p = argparse.ArgumentParser(prog='prog', exit_on_error=True, **kwargs)
    p.error = lambda message: print('error:', message) or sys.exit(2)
    return p


p = quiet()
p.add_argument('src')
p.add_argument('dst', nargs='?')
for i in range(12):
    p.add_argument('--opt%d' % i, type=int, default=-1)
p.add_argument('--flag', action='store_true')
p.add_argument('-v', action='count', default=0)
p.add_argument('-n', type=int)
for argv in (['a', '--opt1', '5', '--opt11', '7'], ['a', 'b', '--opt10=3'],
             ['--opt1', '1', 'a'], ['a', '--opt', '1'], ['a', '--opt11', '2', '--fla'],
             ['a', '-vvv', '-n5'], ['a', '-vn', '3'], ['a', '-n'], ['a', 'b', 'c'],
             ['a', '--', '--opt1'], ['a', '--nope'], ['a', '--opt1=x'], []):
    show('parse %s' % argv, parse(p, argv))

p = quiet(allow_abbrev=False)
p.add_argument('--alpha')
p.add_argument('--alphabet')
show('no abbrev exact', parse(p, ['--alpha', '1']))
show('no abbrev prefix', parse(p, ['--alph', '1']))

p = quiet()
p.add_argument('first')
p.add_argument('rest', nargs=argparse.REMAINDER)
show('remainder', parse(p, ['x', '--y', 'z', '-q']))
p = quiet()
p.add_argument('--o')
p.add_argument('words', nargs='*')
p.add_argument('last')
show('star then last', parse(p, ['a', 'b', 'c', '--o', '1', 'd']))
p = quiet()
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('num', nargs='?')
show('negative-like option', parse(p, ['-1']))
show('negative-like flags', p._has_negative_number_optionals)
p = quiet()
p.add_argument('num', type=float)
show('negative number', parse(p, ['-2.5']))
show('negative flags none', p._has_negative_number_optionals)

p = quiet()
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--left', action='store_true')
g.add_argument('--right', action='store_true')
show('mutex one', parse(p, ['--left']))
show('mutex both', parse(p, ['--left', '--right']))
show('mutex none', parse(p, []))

p = quiet()
sub = p.add_subparsers(dest='cmd')
a = sub.add_parser('add')
a.add_argument('files', nargs='+')
c = sub.add_parser('commit')
c.add_argument('-m', required=True)
show('sub add', parse(p, ['add', 'x', 'y']))
show('sub commit', parse(p, ['commit', '-m', 'msg']))
show('sub missing', parse(p, ['commit']))
show('sub unknown', parse(p, ['push']))

p = quiet()
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*')
show('intermixed', p.parse_intermixed_args(['a', '--foo', 'x', 'b', 'c']))

p = quiet()
attempt('empty name', p.add_argument, '')
attempt('bad prefix', p.add_argument, '-x', 'y')
attempt('positional dest twice', p.add_argument, 'x', dest='y')
attempt('positional required', p.add_argument, 'x', required=True)
attempt('no dest', p.add_argument, '--')
attempt('unknown action', p.add_argument, '--q', action='nope')
attempt('nargs zero', p.add_argument, '--z', nargs=0)
act = p.add_argument('--keep-me', '-k', dest=None, default='d', metavar='K', help='h')
show('action repr', act)
show('action kwargs', act._get_kwargs())
show('no positional names', p.add_argument(dest='only'))
p = quiet(conflict_handler='resolve')
p.add_argument('-a', '--aa')
p.add_argument('-a')
show('resolved', [x.option_strings for x in p._actions])
p = quiet()
p.add_argument('-a')
attempt('conflict', p.add_argument, '-a')
p = quiet(prefix_chars='+')
p.add_argument('+x', '++ex')
show('plus prefix', parse(p, ['+x', '1']))
show('plus prefix long', parse(p, ['++e', '2']))


class Recording(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, ('got', values, option_string))


p = quiet()
p.add_argument('--rec', action=Recording, nargs=2)
show('custom action', parse(p, ['--rec', '1', '2']))
buf = io.StringIO()
p.print_help(buf)
print(buf.getvalue(), end='')

# ---------------------------------------------------------------- pprint

shared = [1, 2, 3]
data = {'b': [shared, shared, (shared,)], 'a': {'z': 1, 'y': (2.5, None, True)},
        'c': [{'k%d' % i: list(range(i)) for i in range(6)}] * 3,
        'd': {3: 'x', 1: 'y', 2.5: 'z', True: 'w'}, 'e': {(1, 2): 'tuple key', 'x': 1}}
for width in (1, 20, 40, 80):
    pf(data, width=width)
pf(data, depth=2, compact=True)
pf(data, sort_dicts=False, width=30)
pf([10 ** 12, {12345678: [2 ** 40]}], underscore_numbers=True, width=20)
loop = [1, 2]
loop.append(loop)
loopd = {'me': None}
loopd['me'] = loopd
pf([loop, loopd, loop], width=15)
show('saferepr loop', pprint.saferepr(loop))
show('isrecursive', (pprint.isrecursive(loop), pprint.isrecursive(data)))
show('isreadable', (pprint.isreadable(data), pprint.isreadable([object])))
nan = float('nan')
show('nan keys', pprint.pformat({nan: 1, 1.5: 2, -1: 3}))
show('mixed keys', pprint.pformat({'a': 1, 2: 3, None: 4, (1,): 5}))
show('has _safe_repr', hasattr(pprint.PrettyPrinter, '_safe_repr'))
pp = pprint.PrettyPrinter(depth=3)
show('_safe_repr', pp._safe_repr(data, {}, None, 0)[1:])
show('_safe_repr depth', pp._safe_repr(data, {}, 1, 0))
show('format', pp.format([shared, 'x'], {}, 0, 0))


class Counted:
    calls = 0

    def __repr__(self):
        Counted.calls += 1
        return 'Counted()'


pf([[Counted()] * 3, 'x' * 70, [Counted()]], width=30)
show('repr calls', Counted.calls)


class MyList(list):
    pass


class MyDict(dict):
    pass


pf([MyList([1, 2]), MyDict(b=1, a=2), (MyList(),)] * 3, width=25)


class Shouting(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)


print(Shouting(width=30).pformat(data))


class Tagged(pprint.PrettyPrinter):
    def _safe_repr(self, obj, context, maxlevels, level):
        text, readable, recursive = super()._safe_repr(obj, context, maxlevels, level)
        if isinstance(obj, int):
            text = '#' + text
        return text, readable, recursive


print(Tagged(width=30).pformat(data))
inst = pprint.PrettyPrinter(width=30)
inst.format = lambda obj, c, m, l: ('<%s>' % type(obj).__name__, True, False)
print(inst.pformat(data))
out = io.StringIO()
pprint.pprint(data, stream=out, width=40)
print(out.getvalue(), end='')
show('printer attrs', sorted(vars(pprint.PrettyPrinter())) == sorted(vars(pp)))

# shared values, loops below a depth limit, contexts given to _safe_repr
inner = [('t', 1), {'k': [2, 3]}]
many = [inner, (inner, inner), {'x': inner}] * 4
pf(many, width=40)
pf(many, width=40, depth=3)
ring_a = [1]
ring_b = [ring_a]
ring_a.append(ring_b)
pf([ring_a, ring_b, [ring_b, ring_a]], width=20)
pf([ring_a, ring_b, [ring_b, ring_a]], width=20, depth=2)
pf([ring_a, ring_b, [ring_b, ring_a]], width=20, depth=3)
show('_safe_repr shared', pp._safe_repr(many, {}, None, 0)[1:])
show('_safe_repr ring', pprint.PrettyPrinter()._safe_repr([ring_a, ring_b] * 2, {}, None, 0))
show('_safe_repr ring depth', pprint.PrettyPrinter()._safe_repr([ring_a, ring_b] * 2, {}, 3, 0))
show('_safe_repr context', pprint.PrettyPrinter()._safe_repr(many, {id(inner): 1}, None, 0)[0])
show('format context', pprint.PrettyPrinter().format([inner, inner], {id(inner): 1}, 0, 1))
big = [list(range(30)), 'abc ' * 30, b'xyz' * 40, bytearray(b'q' * 30)] * 2
pf(big, width=50)
