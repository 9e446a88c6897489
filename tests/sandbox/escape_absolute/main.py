# pyrs-only test (the sandbox has no CPython equivalent; the expected output is written from
# the specification): only /work is granted, so absolute paths elsewhere are refused with a
# PermissionError whose message names the directory to grant with --dir.
import os
import pathlib


def attempt(label, action):
    try:
        result = action()
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno)
        print('   ', e)
    else:
        print(label, '-> ALLOWED', repr(result))


attempt('open /etc/passwd', lambda: open('/etc/passwd').read())
attempt('write /tmp/x.txt', lambda: open('/tmp/x.txt', 'w').write('x'))
attempt('listdir /', lambda: os.listdir('/'))
attempt('stat /usr/bin', lambda: os.stat('/usr/bin'))
attempt('mkdir /data', lambda: os.mkdir('/data'))
attempt('pathlib /home/user/notes.txt', lambda: pathlib.Path('/home/user/notes.txt').read_text())
attempt('chdir /', lambda: os.chdir('/'))
print('inside still works:', os.path.exists('/work/main.py'), os.path.exists('main.py'))
print(os.getcwd())
