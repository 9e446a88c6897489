# ntpath: every function over paths built from tricky parts (a digest of all results and a
# sample of them), expandvars/expanduser, the errors, path-like arguments.
import sys, os
import ntpath as n
os.getcwd = lambda: "/w"; os.getcwdb = lambda: b"/w"
comps = ['', 'c:', 'C:', 'c:\\', 'c:/', '\\', '/', '\\\\', '//', '\\\\server\\share', '//server/share/', '\\\\?\\UNC\\srv\\shr',
         '//?/unc/srv/shr/', '\\\\.\\dev', '\\\\?\\c:', 'a', 'A', '.', '..', 'a.b', '.ext', 'f.tar.gz', '...', 'a..', 'x\\y', 'y/z/', '~', '~bob', '$HOME', '%FOO%', 'd:x', '///', 'é', ':', 'c:..']
import itertools
paths = set()
for a in comps:
    paths.add(a)
    for b in comps:
        paths.add(a + b)
        paths.add(a + '\\' + b)
        paths.add(a + '/' + b)
paths = sorted(paths)[::3]
out = []
funcs = [n.normcase, n.isabs, n.splitdrive, n.splitroot, n.split, n.splitext, n.basename, n.dirname, n.normpath, n.ismount, n.abspath, n.realpath]
for p in paths:
    for f in funcs:
        for q in (p, p.encode()):
            try: r = repr(f(q))
            except Exception as e: r = 'EXC ' + repr(e)
            out.append('%s(%r) = %s' % (f.__name__, q, r))
sample = paths[::37]
for p in sample:
    for q in paths[::53]:
        for args in ((p, q), (p.encode(), q.encode()), (p, q, 'z'), (p,)):
            for f in (n.join, n.relpath):
                try: r = repr(f(*args))
                except Exception as e: r = 'EXC ' + repr(e)
                out.append('%s%r = %s' % (f.__name__, args, r))
            try: r = repr(n.commonpath(args))
            except Exception as e: r = 'EXC ' + repr(e)
            out.append('commonpath%r = %s' % (args, r))
            try: r = repr(n.commonprefix(args))
            except Exception as e: r = 'EXC ' + repr(e)
            out.append('commonprefix%r = %s' % (args, r))
os.environ['FOO'] = 'fooval'; os.environ['HOME'] = 'homeval'; os.environ['A_B'] = 'ab'
os.environ.pop('USERPROFILE', None); os.environ.pop('HOMEPATH', None)
ev = ['$FOO', '${FOO}', '%FOO%', '$FOO$', '%%FOO%%', '$$FOO', "'$FOO'", "'$FOO", '${FOO', '%FOO', '$A_B-x', '$A_B.x', '$NOPE/x', '%NOPE%', '${NOPE}', 'a$', 'a%', '$', '%', '$ {FOO}', "x'%FOO%'y$FOO", '$FOO%FOO%${FOO}', '%A_B%%FOO%']
for e in ev:
    for q in (e, e.encode()):
        try: r = repr(n.expandvars(q))
        except Exception as ex: r = 'EXC ' + repr(ex)
        out.append('expandvars(%r) = %s' % (q, r))
for env in ({}, {'USERPROFILE': 'C:\\Users\\bob'}, {'HOMEPATH': '\\Users\\bob'}, {'HOMEPATH': 'Users\\bob', 'HOMEDRIVE': 'D:'}, {'USERPROFILE': 'C:\\Users\\bob', 'USERNAME': 'bob'}, {'USERPROFILE': 'C:\\Users\\alice', 'USERNAME': 'bob'}):
    for k in ('USERPROFILE','HOMEPATH','HOMEDRIVE','USERNAME'): os.environ.pop(k, None)
    os.environ.update(env)
    for p in ['~', '~/x', '~\\x', '~bob', '~bob/x', '~alice\\y', 'x~', '', '~~']:
        for q in (p, p.encode()):
            try: r = repr(n.expanduser(q))
            except Exception as ex: r = 'EXC ' + repr(ex)
            out.append('%r expanduser(%r) = %s' % (env, q, r))
# errors
for f, args in [(n.join, (1,)), (n.join, ('a', b'b')), (n.join, ('a', 1)), (n.join, (b'a', 'b')), (n.join, ()), (n.relpath, ('',)), (n.relpath, (b'a', 'b')), (n.relpath, ('a', 1)),
                (n.commonpath, ([],)), (n.commonpath, (['a', b'b'],)), (n.commonpath, (['a', 1],)), (n.commonpath, (['c:/a', 'd:/a'],)), (n.commonpath, (['/a', 'a'],)),
                (n.commonpath, (['c:a', 'c:/a'],)), (n.commonpath, (['C:/A/b', 'c:/a/B/c'],)), (n.commonpath, ('abc',)), (n.commonprefix, ([],)), (n.commonprefix, ([['a','b'],['a','c']],)),
                (n.splitext, (1,)), (n.split, (None,)), (n.normpath, (3,)), (n.isabs, (b'',)), (n.splitroot, ([],)), (n.relpath, ('c:/a', 'd:/b')), (n.relpath, (b'c:/a', b'd:/b')),
                (n.expandvars, (1,)), (n.expanduser, (1,)), (n.normcase, (b'\xc3\x89/X\xff',)), (n.normcase, ('É/X',)), (n.relpath, ('a', '')), (n.isjunction, ('x',)), (n.isdevdrive, ('x',))]:
    try: r = repr(f(*args))
    except Exception as e: r = 'EXC ' + repr(e)
    out.append('%s%r = %s' % (f.__name__, args, r))
import hashlib
print(len(out), hashlib.sha256('\n'.join(out).encode('utf-8', 'surrogateescape')).hexdigest())
for line in out[::61]:
    print(line)

class P:
    def __init__(s, v): s.v = v
    def __fspath__(s): return s.v
for f, a in [(n.join, (P('a'), P('b'))), (n.join, (P(b'a'), P('b'))), (n.split, (P('c:/x/y'),)), (n.commonpath, ([P('c:/a/b'), 'C:/a/c'],)), (n.relpath, (P('a/b'), P('a'))),
             (n.commonprefix, ([P('abc'), 'abd'],)), (n.splitroot, (P(1),)), (n.join, ('a', None)), (n.join, (None,)), (n.relpath, (None,)), (n.commonpath, ([b'a', 'b'],)), (n.expandvars, (P('%X%'),)), (n.isjunction, (1,)), (n.exists, (1,)), (n.exists, ('.',)), (n.isdir, ('.',)), (n.isfile, (__file__,)), (n.lexists, ('nope',)), (n.getsize, ('nope',))]:
    try: r = repr(f(*a))
    except Exception as e: r = 'EXC ' + repr(e)
    print(f.__name__, r)
print(n.sep, n.altsep, n.pathsep, n.curdir, n.pardir, n.extsep, n.defpath, n.devnull, n.supports_unicode_filenames, n.__all__ == sorted(n.__all__), len(n.__all__))
