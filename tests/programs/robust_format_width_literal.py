# Widths and precisions written inside the format string itself (not passed with *):
# a width no machine can hold is MemoryError, never a silently shortened result.
def attempt(label, action):
    try:
        r = action()
        print(label, 'ok', len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

W = 2 ** 50
attempt('%Wd', lambda: ('%' + str(W) + 'd') % 1)
attempt('%-Wx', lambda: ('%-' + str(W) + 'x') % 255)
attempt('%Ws', lambda: ('%' + str(W) + 's') % 'a')
attempt('%0Wd', lambda: ('%0' + str(W) + 'd') % 7)
attempt('%.Wd', lambda: ('%.' + str(W) + 'd') % 1)
attempt('%.Ws', lambda: ('%.' + str(W) + 's') % 'abc')
attempt('%W.2f', lambda: ('%' + str(W) + '.2f') % 1.5)
attempt('{:W}', lambda: ('{:' + str(W) + '}').format(1))
attempt('{:>W}', lambda: ('{:>' + str(W) + '}').format('a'))
attempt('{:.Wf}', lambda: ('{:.' + str(W) + 'f}').format(1.5))
attempt('%1000d', lambda: '%1000d' % 1)
attempt('%.1000s', lambda: '%.1000s' % 'abc')
