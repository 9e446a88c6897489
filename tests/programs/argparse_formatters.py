import argparse
import contextlib
import io
import os
os.environ['COLUMNS'] = '80'


def run(parser, args, method='parse_args'):
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = getattr(parser, method)(args)
        print(out.getvalue(), end='')
        print('->', result)
    except SystemExit as e:
        print(out.getvalue(), end='')
        print('exit', e.code)
        print(err.getvalue(), end='')
    except Exception as e:
        print(type(e).__name__, e)


DESC = '''First paragraph
    indented line kept?

Second   paragraph   with   spaces.'''

def build(cls, **kw):
    p = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description=DESC,
                                epilog='  epilog line one\nepilog line two  ', **kw)
    p.add_argument('--num', type=int, default=42, help='a number\nwith a break')
    p.add_argument('--ratio', type=float, help='ratio of things')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--nohelp', default='x')
    p.add_argument('--already', default=5, help='has %(default)s already')
    p.add_argument('--sup', default=argparse.SUPPRESS, help='suppressed default')
    p.add_argument('--lst', nargs='*', type=int, default=[1, 2], help='a list')
    p.add_argument('items', nargs='*', type=str, default=['a'], help='items')
    p.add_argument('one', type=int, help='just one')
    p.add_argument('maybe', nargs='?', type=float, default=0.5, help='maybe one')
    g = p.add_argument_group('raw group', '  line A\n    line B\nline C')
    g.add_argument('--grouped', type=str, help='in group\n  indented')
    return p

for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    print('=====', cls.__name__)
    print(build(cls).format_help())

print('=====', 'MetavarTypeHelpFormatter')
m = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--num', type=int, help='num')
m.add_argument('--ratio', type=float, nargs=2)
m.add_argument('name', type=str)
m.add_argument('vals', type=int, nargs='+')
print(m.format_help())
try:
    m.add_argument('--untyped')
    print(m.format_help())
except AttributeError as e:
    print('AttributeError', e)

print(issubclass(argparse.RawTextHelpFormatter, argparse.RawDescriptionHelpFormatter))
print(issubclass(argparse.ArgumentDefaultsHelpFormatter, argparse.HelpFormatter))

# combining formatters with multiple inheritance
class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass

print(build(Both).format_help())

# direct use of a formatter
f = argparse.HelpFormatter(prog='direct', width=60)
f.add_usage(None, [], [])
f.start_section('section one')
f.add_text('Some text in a section that goes on for a while and wraps around nicely.')
f.end_section()
f.add_text('%(prog)s at the end')
print(repr(f.format_help()))
f2 = argparse.HelpFormatter(prog='direct2', width=60)
f2.add_usage('custom %(prog)s', [], [], prefix='Usage: ')
print(repr(f2.format_help()))
f3 = argparse.HelpFormatter(prog='p3', width=30, max_help_position=8, indent_increment=4)
f3.start_section('S')
f3.add_text('abc')
f3.end_section()
print(repr(f3.format_help()))
print(repr(argparse.HelpFormatter(prog='e').format_help()))
