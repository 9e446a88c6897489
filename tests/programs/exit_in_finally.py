import sys
try:
    print('in try')
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code, repr(e))
finally:
    print('finally runs')
try:
    sys.exit('msg')
except SystemExit as e:
    print('code is', repr(e.code))
try:
    raise SystemExit
except BaseException as e:
    print('bare', type(e).__name__, e.code, e.args)
try:
    sys.exit(0)
finally:
    print('finally before real exit')
