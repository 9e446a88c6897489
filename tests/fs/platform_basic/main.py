# platform: only what is the same on every system (shapes, types, version numbers).
import platform
import sys

print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
print(type(platform.python_version_tuple()).__name__)
for name in ['system', 'node', 'release', 'version', 'machine', 'processor',
             'platform', 'python_implementation', 'python_compiler',
             'python_branch', 'python_revision']:
    print(name, type(getattr(platform, name)()).__name__)
build = platform.python_build()
print(type(build).__name__, len(build), [type(x).__name__ for x in build])

u = platform.uname()
print(type(u).__name__, len(u), len(list(u)), u._fields)
print(u[0] == u.system == platform.system(), u[1] == u.node == platform.node())
print(u[2] == u.release == platform.release(), u[3] == u.version == platform.version())
print(u[4] == u.machine == platform.machine(), u[5] == u.processor == platform.processor())
print(u[-1] == u.processor, u[1:3] == (u.node, u.release), platform.uname() is u)
print(repr(u).startswith("uname_result(system="), 'processor' in repr(u))
print(u == tuple(u)[:5], u == tuple(u), sorted(u._asdict()) == sorted(u._fields))
print(platform.system() in platform.platform(), platform.platform(terse=True) != '')

r = platform.uname_result('S', 'N', 'R', 'V', 'M')
print(r, r.system, r.machine, len(r), list(r)[:5])
print(r == ('S', 'N', 'R', 'V', 'M'), r._replace(node='n').node, r.node)
try:
    platform.uname_result('S', 'N', 'R', 'V', 'M', 'P')
except TypeError:
    print('TypeError')

bits, linkage = platform.architecture()
print(bits.endswith('bit'), type(linkage).__name__)
print(type(platform.libc_ver()).__name__, len(platform.libc_ver()))
print(platform.win32_ver(), platform.win32_ver('10', '1', 'SP', 'free'))
print(platform.mac_ver(), platform.mac_ver('14', ('a', 'b', 'c'), 'arm'))
print(platform.java_ver(), platform.java_ver('1', 'v'))
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias('Linux', '6', '#1'))

# os-release parsing, with the candidate files pointed at this folder.
with open('os-release', 'w') as f:
    f.write('NAME="Test OS"\nID=test\n# comment\nVERSION_ID=\'1.2\'\n')
    f.write('ESCAPED="a\\"b\\\\c\\$d"\nbad line\nUNMATCHED="x\nEMPTY=\n')
platform._os_release_candidates = ('missing-os-release', 'os-release')
platform._os_release_cache = None
info = platform.freedesktop_os_release()
for key in sorted(info):
    print(key, repr(info[key]))
info['NAME'] = 'changed'
print(platform.freedesktop_os_release()['NAME'])
platform._os_release_candidates = ('missing-1', 'missing-2')
platform._os_release_cache = None
try:
    platform.freedesktop_os_release()
except OSError as e:
    print(type(e).__name__, e.errno, e)
