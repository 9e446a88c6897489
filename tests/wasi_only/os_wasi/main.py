# pyrs-only test (CPython on Linux has these facilities; the expected output is written from
# the specification): what WASI lacks raises a clear OSError, and what it has no data for
# (permission bits, users) has fixed answers.
import os
import stat


def attempt(label, action):
    try:
        result = action()
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno, e)
    else:
        print(label, '->', repr(result))


attempt('fork', os.fork)
attempt('kill', lambda: os.kill(1, 9))
attempt('pipe', os.pipe)
attempt('dup', lambda: os.dup(1))
attempt('dup2', lambda: os.dup2(1, 5))
attempt('system', lambda: os.system('ls'))
attempt('popen', lambda: os.popen('ls'))
attempt('execv', lambda: os.execv('/bin/ls', ['ls']))
attempt('waitpid', lambda: os.waitpid(1, 0))
attempt('get_terminal_size', os.get_terminal_size)
attempt('getlogin', os.getlogin)
attempt('chdir fd', lambda: os.chdir(3))

with open('f.txt', 'w') as f:
    f.write('x')
os.mkdir('d')
st = os.stat('f.txt')
print('file mode', oct(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode))
print('dir mode', oct(os.stat('d').st_mode), st.st_uid, st.st_gid)
os.chmod('f.txt', 0o600)
print('after chmod', oct(os.stat('f.txt').st_mode))
attempt('chmod missing', lambda: os.chmod('missing.txt', 0o600))
print('access', os.access('f.txt', os.R_OK), os.access('f.txt', os.W_OK), os.access('f.txt', os.X_OK),
      os.access('missing.txt', os.F_OK))
print('ids', os.getpid(), os.getuid(), os.cpu_count(), os.uname().sysname, os.uname().machine)
print('isatty', os.isatty(0), os.isatty(1), os.isatty(99))
