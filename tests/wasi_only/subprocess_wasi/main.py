# WASI-only: CPython 3.12 built for WASI is the reference (it raises
# "OSError: [Errno 58] wasi does not support processes."); pyrs uses Linux errno
# numbers (ENOTSUP = 95) and its own message. Expected: subprocess_wasi.expected.
import errno
import subprocess

calls = [
    ('run', lambda: subprocess.run(['ls', '-l'])),
    ('run capture', lambda: subprocess.run('ls', shell=True, capture_output=True)),
    ('call', lambda: subprocess.call(['true'])),
    ('check_call', lambda: subprocess.check_call(['true'])),
    ('check_output', lambda: subprocess.check_output(['echo', 'hi'], text=True)),
    ('Popen', lambda: subprocess.Popen(['cat'], stdin=subprocess.PIPE)),
    ('getoutput', lambda: subprocess.getoutput('ls')),
    ('getstatusoutput', lambda: subprocess.getstatusoutput('ls')),
]
for name, call in calls:
    try:
        call()
        print(name, 'ran')
    except OSError as e:
        print(name, type(e).__name__, e.errno == errno.ENOTSUP, e)
try:
    subprocess.run(['ls'], check=True)
except subprocess.SubprocessError:
    print('not a SubprocessError')
except OSError as e:
    print('check=True', type(e).__name__, e.errno)
print(issubclass(subprocess.Popen, object), subprocess.Popen.__name__)
