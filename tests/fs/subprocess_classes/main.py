# subprocess: the pieces that work without running anything (result and error classes).
import subprocess

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))
for cls in [subprocess.SubprocessError, subprocess.CalledProcessError,
            subprocess.TimeoutExpired]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

done = subprocess.CompletedProcess(['ls', '-l'], 0)
print(repr(done), done.args, done.returncode, done.stdout, done.stderr)
print(done.check_returncode())
failed = subprocess.CompletedProcess(args='make', returncode=2, stdout='out', stderr=b'err')
print(repr(failed))
try:
    failed.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
print(repr(subprocess.CompletedProcess('x', 1, stderr='only')))

for code in [1, 255, -2, -9, -15, -6, -17, -29, -34, -64, -35, -99]:
    print(subprocess.CalledProcessError(code, ['prog', 'arg']))
err = subprocess.CalledProcessError(3, 'cmd', output=b'o', stderr=b'e')
print(err.output, err.stdout, err.stderr)
err.stdout = 'changed'
print(err.output)
err = subprocess.CalledProcessError(1, 'cmd', b'out', b'err')
print(repr(err), err.args)
try:
    raise subprocess.CalledProcessError(4, 'false')
except subprocess.SubprocessError as e:
    print('caught', type(e).__name__, e.returncode)

timeout = subprocess.TimeoutExpired(['sleep', '9'], 1.5)
print(timeout, timeout.cmd, timeout.timeout, timeout.output, timeout.stdout, timeout.stderr)
timeout = subprocess.TimeoutExpired('sleep', 2, output=b'partial', stderr=b'e')
print(timeout, timeout.stdout, timeout.stderr, repr(timeout))
timeout.stdout = b'new'
print(timeout.output)

for seq in [[], ['a'], ['a b'], ['a"b'], ['a\\b'], ['a\\'], ['a b\\'],
            ['a\\"b'], [''], ['a', '', 'b'], ['\t'], ['a\\\\"b'],
            ['ab\\\\ c'], ('x', 'y'), [b'by tes'], 'abc',
            ['C:\\Program Files\\x', '--flag="v"']]:
    print(repr(seq), repr(subprocess.list2cmdline(seq)))

# Argument checks that come before any attempt to start a process.
for kwargs in [{'input': b'x', 'stdin': subprocess.PIPE},
               {'capture_output': True, 'stdout': subprocess.PIPE},
               {'capture_output': True, 'stderr': subprocess.PIPE}]:
    try:
        subprocess.run(['true'], **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
for kwargs in [{'stdout': None}, {'check': True}]:
    try:
        subprocess.check_output(['true'], **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
