# argparse behaviour checks: subparser action classes, the 'required' keyword
# handed to custom actions, negative-number-like strings, registries, repr hooks.
import argparse


def attempt(label, func):
    try:
        print(label, '->', func())
    except SystemExit as exc:
        print(label, '!! SystemExit', exc.code)
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


def quiet(parser):
    # route usage/error output to stdout so it is compared too
    import sys
    parser._print_message = lambda message, file=None: sys.stdout.write(message or '')
    return parser


# ---- 1. add_subparsers(action=...)
class CountingSub(argparse._SubParsersAction):
    made = []

    def __init__(self, *args, **kwargs):
        CountingSub.made.append(sorted(kwargs))
        super().__init__(*args, **kwargs)


p = argparse.ArgumentParser(prog='top')
sub = p.add_subparsers(action=CountingSub, dest='cmd')
print('class:', type(sub).__name__, CountingSub.made[-1])
sub.add_parser('go').add_argument('--n', type=int)
print(p.parse_args(['go', '--n', '4']))

p = argparse.ArgumentParser(prog='top')
p.register('action', 'counted', CountingSub)
sub = p.add_subparsers(action='counted', title='things')
print('registered:', type(sub).__name__, CountingSub.made[-1])
print('groups:', [g.title for g in p._action_groups])

p = argparse.ArgumentParser(prog='top')
p.register('action', 'parsers', CountingSub)
print('override parsers:', type(p.add_subparsers()).__name__)

p = argparse.ArgumentParser(prog='top')
attempt('action=store', lambda: p.add_subparsers(action='store'))
p = argparse.ArgumentParser(prog='top')
attempt('action=None', lambda: p.add_subparsers(action=None))
p = quiet(argparse.ArgumentParser(prog='top'))
attempt('action=bogus', lambda: p.add_subparsers(action='bogus', title='T'))
print('after failure:', [g.title for g in p._action_groups])
attempt('second call', lambda: p.add_subparsers())
p = argparse.ArgumentParser(prog='top')
attempt('action=parsers', lambda: type(p.add_subparsers(action='parsers')).__name__)


class Recorder:
    def __init__(self, **kwargs):
        self.seen = sorted(kwargs)
        self.option_strings, self.dest, self.required = [], 'rec', False
        self.help = None


p = argparse.ArgumentParser(prog='top')
attempt('plain class', lambda: p.add_subparsers(action=Recorder).seen)


# ---- 2. which keywords reach a custom action for positionals
class NoRequired(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, default=None, **kwargs):
        print('   kwargs:', sorted(kwargs))
        super().__init__(option_strings, dest, nargs=nargs, default=default, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, ('got', values))


cases = [{}, {'nargs': '?'}, {'nargs': '*'}, {'nargs': '*', 'default': None},
         {'nargs': '*', 'default': [7]}, {'nargs': '+'}, {'nargs': 2},
         {'nargs': '?', 'default': 'd'}, {'nargs': argparse.REMAINDER}]
for extra in cases:
    print('positional', extra)
    p = argparse.ArgumentParser(prog='pos')
    try:
        act = p.add_argument('thing', action=NoRequired, **extra)
        print('   required:', act.required)
    except Exception as exc:
        print('   !!', type(exc).__name__, exc)

for extra in [{}, {'required': True}, {'required': False}]:
    print('optional', extra)
    p = argparse.ArgumentParser(prog='pos')
    p.add_argument('--thing', action=NoRequired, **extra)


class Strict(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, default=None):
        super().__init__(option_strings, dest, nargs=nargs, default=default)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values[::-1] if values else values)


p = argparse.ArgumentParser(prog='strict')
p.add_argument('maybe', action=Strict, nargs='?', default='none')
p.add_argument('rest', action=Strict, nargs='*', default=[])
print(p.parse_args([]))
print(p.parse_args(['abc', 'x', 'y']))
p = argparse.ArgumentParser(prog='strict')
attempt('strict plain', lambda: p.add_argument('must', action=Strict))
attempt('strict star', lambda: p.add_argument('star', action=Strict, nargs='*'))
attempt('positional required=', lambda: p.add_argument('q', nargs='?', required=False))

# ---- 3. what counts as a negative number
samples = ['-1', '-1.5', '-.5', '-1.', '-1e5', '-\u0661', '-\u0661.\u0665',
           '-\u00b2', '-1\n', '-1\n\n', '-.5\n', '-', '-.', '-1a', '-0x1',
           '--1', '-\u0663\u0664', '-\U0001d7d9', '-\u2163', '-\u00bd', '-1_0',
           '-+1', '-1\r', '-\n', '-1 ', '- 1']
for text in samples:
    p = quiet(argparse.ArgumentParser(prog='neg', exit_on_error=False))
    p.add_argument('-x')
    p.add_argument('value', nargs='?')
    try:
        outcome = p.parse_known_args([text])
    except SystemExit as exc:
        outcome = 'exit %s' % exc.code
    q = argparse.ArgumentParser(prog='neg')
    try:
        q.add_argument(text, dest='d')
        flag = q._has_negative_number_optionals
    except Exception as exc:
        flag = '%s: %s' % (type(exc).__name__, exc)
    print(ascii(text), outcome, flag)

p = quiet(argparse.ArgumentParser(prog='neg'))
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('-2', dest='two', action='store_true')
p.add_argument('value', nargs='?')
g = p.add_argument_group('more')
g.add_argument('-3', dest='three', action='store_true')
print('flag list:', p._has_negative_number_optionals, g._has_negative_number_optionals)
attempt('with negative options', lambda: p.parse_args(['-1', '-5']))
attempt('arabic digit', lambda: p.parse_args(['-\u0665']))
print(p.parse_args(['-1', '--', '-5']))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('-7', dest='seven')
child = argparse.ArgumentParser(prog='kid', parents=[parent])
print('inherited flag:', child._has_negative_number_optionals)
print(child.parse_args(['-7', 'x']))

# ---- 4. registries and attribute hooks
p = argparse.ArgumentParser(prog='reg')
print('registries:', list(p._registries))
for name, table in p._registries.items():
    print(' ', name, [(key, getattr(val, '__name__', val)) for key, val in table.items()])
ident = p._registries['type'][None]
print('identity:', ident('s'), ident(3), ident.__name__)
print('shared with groups:', p.add_argument_group('g')._registries is p._registries)
p.register('type', 'hexint', lambda s: int(s, 16))
p.add_argument('--h', type='hexint')
print(p.parse_args(['--h', 'ff']))
print('after register:', list(p._registries['type']))
print('lookup:', p._registry_get('action', 'count').__name__,
      p._registry_get('type', 'nothing', 'fallback'))
attempt('unknown registry', lambda: p._registry_get('nope', 1, 'x'))

p = argparse.ArgumentParser(prog='kw')
for kind in ['store', 'store_true', 'count', 'append_const', 'version', 'extend']:
    extra = {'const': 9} if kind == 'append_const' else {}
    act = p.add_argument('--' + kind.replace('_', '-'), action=kind, **extra)
    print(kind, act._get_kwargs(), act._get_args())
sub = p.add_subparsers(dest='cmd')
sub.add_parser('run', help='run it', aliases=['r'])
print('subparsers:', [k for k, v in sub._get_kwargs()], sub.nargs, sub.dest)
print('choice entry:', sub._get_subactions()[0]._get_kwargs())
print('parser:', p._get_kwargs(), p._get_args())
ns = argparse.Namespace(b=1, a=2, **{'not ok': 3})
print('namespace:', ns._get_kwargs(), ns._get_args(), repr(ns))


class Shown(argparse.Action):
    def _get_kwargs(self):
        return [('zeta', 1), ('with space', 2)]

    def _get_args(self):
        return ['first', 2]


print(repr(Shown(['-s'], 's')))


class NS(argparse.Namespace):
    def _get_kwargs(self):
        return [('only', 'this')]


print(repr(NS(a=1, b=2)))


class PP(argparse.ArgumentParser):
    def _get_args(self):
        return ['x']


print(repr(PP(prog='pp', add_help=False)))

# ---- 5. add_argument without a name or dest
p = argparse.ArgumentParser(prog='noname')
attempt('no name', lambda: p.add_argument())
attempt('no name, nargs', lambda: p.add_argument(nargs='?'))
attempt('dest only', lambda: p.add_argument(dest='zz', nargs='?').dest)
