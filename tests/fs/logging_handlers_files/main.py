# logging.handlers: RotatingFileHandler, TimedRotatingFileHandler and
# WatchedFileHandler writing into the test's own directory.
import logging
import logging.handlers as H
import os
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
PREFIX = 'lhf_'


def clean():
    for name in os.listdir('.'):
        if name.startswith(PREFIX):
            os.remove(name)


def show_files():
    for name in sorted(os.listdir('.')):
        if name.startswith(PREFIX):
            with open(name) as f:
                print('   ', name, repr(f.read()))


def record(msg, level=logging.INFO):
    return logging.makeLogRecord({'msg': msg, 'levelno': level,
                                  'levelname': logging.getLevelName(level)})


clean()
# size-based rotation with three backups
h = H.RotatingFileHandler(PREFIX + 'size.log', maxBytes=20, backupCount=3)
print(type(h).__name__, h.mode, h.maxBytes, h.backupCount, h.namer, h.rotator)
print(os.path.basename(h.baseFilename))
for i in range(12):
    h.emit(record('message %d' % i))
h.close()
show_files()

# namer and rotator
clean()
h = H.RotatingFileHandler(PREFIX + 'nm.log', maxBytes=15, backupCount=2)
h.namer = lambda name: name.replace('.log.', '-') + '.old'
def rotator(source, dest):
    print('rotate', os.path.basename(source), '->', os.path.basename(dest))
    with open(source) as src, open(dest, 'w') as dst:
        dst.write(src.read().upper())
    os.remove(source)
h.rotator = rotator
print(h.rotation_filename('x.log.1'))
for i in range(6):
    h.emit(record('line %d' % i))
h.close()
show_files()

# no rollover without maxBytes; backupCount 0 keeps nothing
clean()
h = H.RotatingFileHandler(PREFIX + 'zero.log', mode='w', backupCount=5)
print(h.mode, h.shouldRollover(record('x' * 1000)))
h.emit(record('kept'))
h.close()
h = H.RotatingFileHandler(PREFIX + 'nob.log', maxBytes=8)
for word in ['alpha', 'beta', 'gamma']:
    h.emit(record(word))
h.close()
show_files()

# timed rotation: when/interval settings and computeRollover (UTC)
T = 1700000000          # 2023-11-14 22:13:20 UTC, a Tuesday
clean()
for when, interval, at in [('S', 1, None), ('s', 30, None), ('M', 5, None),
                           ('H', 2, None), ('D', 1, None), ('d', 3, None),
                           ('midnight', 1, None), ('MIDNIGHT', 2, None),
                           ('midnight', 1, datetime.time(3, 30)),
                           ('midnight', 1, datetime.time(23, 0)),
                           ('W0', 1, None), ('W1', 1, None), ('W2', 1, None),
                           ('w6', 1, datetime.time(12, 0))]:
    h = H.TimedRotatingFileHandler(PREFIX + 't.log', when=when, interval=interval,
                                   utc=True, atTime=at, delay=True)
    print(when, interval, at, '|', h.when, h.interval, h.suffix, h.extMatch.pattern,
          h.computeRollover(T) - T, h.computeRollover(T + 3 * 86400 + 7) - T)
    h.close()
for when in ['W', 'W7', 'Wx', 'X', 'hours']:
    try:
        H.TimedRotatingFileHandler(PREFIX + 't.log', when=when, delay=True)
    except ValueError as e:
        print(type(e).__name__, e)

# a rollover: the old file is named after the period it covers
for name in ['2023-11-09', '2023-11-10', '2023-11-11.gz', '2023-11-12', 'misc']:
    with open(PREFIX + 't.log.' + name, 'w') as f:
        f.write(name)
h = H.TimedRotatingFileHandler(PREFIX + 't.log', when='D', backupCount=2, utc=True)
print(sorted(os.path.basename(p) for p in h.getFilesToDelete()))
h.emit(record('before'))
h.rolloverAt = T
print(h.shouldRollover(record('x')))
h.emit(record('after'))
print(h.rolloverAt > T)
h.close()
show_files()

# WatchedFileHandler reopens a file that was moved away
clean()
h = H.WatchedFileHandler(PREFIX + 'w.log')
print(h.dev != -1, h.ino != -1)
h.emit(record('one'))
os.rename(PREFIX + 'w.log', PREFIX + 'w.moved')
h.emit(record('two'))
os.remove(PREFIX + 'w.log')
h.emit(record('three'))
h.close()
show_files()
d = H.WatchedFileHandler(PREFIX + 'd.log', delay=True)
print(d.stream, d.dev, d.ino)
d.close()
clean()
