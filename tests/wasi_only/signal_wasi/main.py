# WASI-only: CPython 3.12 built for WASI is the reference: WASI delivers no signals, so
# Python-level handlers cannot be installed (OSError, errno ENOTSUP = 95 as pyrs uses
# Linux numbers) and raise_signal() with SIG_DFL ends the program as wasi-libc does
# (a message on stderr; exit status 1, since WASI runtimes refuse the usual 128 + signal
# number: wasmtime's proc_exit accepts only 0..125). Expected: signal_wasi.expected.
import errno
import signal

def handler(signum, frame):
    print('handler called', signum)

for sig in [signal.SIGINT, signal.SIGTERM, signal.SIGUSR1]:
    try:
        signal.signal(sig, handler)
    except OSError as e:
        print(sig, type(e).__name__, e.errno == errno.ENOTSUP, e)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
calls = [
    ('alarm(5)', lambda: signal.alarm(5)),
    ('pause()', signal.pause),
    ('setitimer', lambda: signal.setitimer(signal.ITIMER_REAL, 1.0)),
    ('pthread_kill', lambda: signal.pthread_kill(1, signal.SIGUSR1)),
    ('sigwait', lambda: signal.sigwait([signal.SIGUSR1])),
]
for name, call in calls:
    try:
        call()
        print(name, 'returned')
    except OSError as e:
        print(name, type(e).__name__, e.errno == errno.ENOTSUP, e)
# Disarming works: there is nothing to disarm.
print(signal.alarm(0), signal.setitimer(signal.ITIMER_REAL, 0))
# SIG_IGN and default_int_handler are accepted.
print(signal.signal(signal.SIGTERM, signal.SIG_IGN) == signal.SIG_DFL)
signal.raise_signal(signal.SIGTERM)
print('SIGTERM ignored')
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print('about to raise SIGTERM with its default action')
signal.raise_signal(signal.SIGTERM)
print('not reached')
