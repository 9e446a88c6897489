# signal: numbers, names, SIG_DFL/SIG_IGN handlers, raise_signal(), blocking, errors.
import signal

for name in ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGABRT', 'SIGKILL',
             'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM',
             'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGWINCH', 'SIGIO',
             'SIGIOT', 'SIGCLD', 'SIGPOLL', 'SIGSYS', 'SIGRTMIN', 'SIGRTMAX']:
    print(name, int(getattr(signal, name)), int(getattr(signal.Signals, name)))
print(signal.NSIG, int(signal.SIG_DFL), int(signal.SIG_IGN))
print(int(signal.Handlers.SIG_DFL), int(signal.Handlers.SIG_IGN))
print(int(signal.SIG_BLOCK), int(signal.SIG_UNBLOCK), int(signal.SIG_SETMASK))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(int(signal.Signals(2)), int(signal.Signals(6)), signal.Signals.SIGINT == 2)
try:
    signal.Signals(35)
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(signal.ItimerError, OSError))

print([signal.strsignal(n) for n in [1, 2, 9, 15, 17, 19, 31, 32, 34, 64]])
vs = signal.valid_signals()
print(len(vs), min(vs), max(vs), 32 in vs, 33 in vs)
# The parent process may have ignored some signals: start from known handlers.
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(int(signal.getsignal(signal.SIGPIPE)), int(signal.getsignal(signal.SIGXFSZ)),
      signal.getsignal(32), signal.getsignal(33))
for sig in [signal.SIGTERM, signal.SIGUSR1, signal.SIGCHLD, signal.SIGRTMAX]:
    signal.signal(sig, signal.SIG_IGN)
    print(sig, int(signal.signal(sig, signal.SIG_DFL)), int(signal.getsignal(sig)))

for args in [(0,), (65,), (-1,), ('2',), (2.0,)]:
    try:
        signal.getsignal(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for sig, handler in [(signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, signal.SIG_DFL),
                     (32, signal.SIG_DFL), (65, signal.SIG_DFL),
                     (signal.SIGINT, None), (signal.SIGINT, 5)]:
    try:
        signal.signal(sig, handler)
    except (OSError, ValueError, TypeError) as e:
        print(sig, type(e).__name__, e)

old = signal.signal(signal.SIGINT, signal.SIG_IGN)
print(old is signal.default_int_handler, int(signal.getsignal(signal.SIGINT)))
signal.raise_signal(signal.SIGINT)
print('ignored SIGINT')
print(int(signal.signal(signal.SIGINT, signal.SIG_DFL)))
print(int(signal.signal(signal.SIGINT, old)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e.args)
signal.raise_signal(signal.SIGCHLD)
signal.raise_signal(0)
print('SIGCHLD ignored by default')
try:
    signal.raise_signal(99)
except OSError as e:
    print(type(e).__name__, e)

def ints(signals):
    return sorted(int(n) for n in signals)

print(ints(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGINT, signal.SIGKILL])))
print(ints(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
signal.raise_signal(signal.SIGINT)
print('pending', ints(signal.sigpending()))
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
except KeyboardInterrupt:
    print('delivered on unblock')
print(ints(signal.sigpending()), ints(signal.pthread_sigmask(signal.SIG_SETMASK, [])))
for args in [(5, []), (0, [0]), (0, 5)]:
    try:
        signal.pthread_sigmask(*args)
    except (OSError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)

for args in [(), (1, 2, 3)]:
    try:
        signal.default_int_handler(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt from default_int_handler')
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL), signal.set_wakeup_fd(-1))
print(signal.siginterrupt(signal.SIGINT, True))
try:
    signal.getitimer(9)
except signal.ItimerError as e:
    print(type(e).__name__, e)
