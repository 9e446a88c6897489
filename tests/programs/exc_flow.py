# try/except/else/finally ordering, finally with return, break and continue, nested handlers.
def t(kind):
    log = []
    try:
        log.append('try')
        if kind == 'value':
            raise ValueError('v')
        if kind == 'key':
            raise KeyError('k')
        log.append('no-raise')
    except ValueError as e:
        log.append('except ValueError ' + str(e))
    except (KeyError, IndexError) as e:
        log.append('except tuple ' + repr(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(t('none'))
print(t('value'))
print(t('key'))
def ret_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(ret_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
for i in range(5):
    try:
        if i == 2:
            break
        print('loop', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('cleanup', i)
def nested():
    try:
        try:
            raise IndexError('inner')
        except KeyError:
            print('wrong handler')
        finally:
            print('inner finally')
    except IndexError as e:
        print('outer caught', e)
        return 'done'
print(nested())
