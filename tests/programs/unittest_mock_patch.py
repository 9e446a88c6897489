import os
import unittest
from unittest import mock
from unittest.mock import patch, sentinel, mock_open, MagicMock, DEFAULT


def check(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Store:
    name = 'real'

    def load(self):
        return 'loaded'


config = {'debug': False, 'level': 1}

with patch.object(Store, 'load', return_value='patched') as fake:
    print(Store().load(), fake.called, type(fake).__name__)
print(Store().load())

with patch.object(Store, 'name', sentinel.name):
    print(Store.name)
print(Store.name)


@patch.object(Store, 'load')
def decorated(fake_load):
    fake_load.return_value = 'from decorator'
    return Store().load()


print(decorated())


@patch('os.getcwd', return_value='/fake')
@patch('os.listdir')
def stacked(fake_listdir, fake_getcwd):
    fake_listdir.return_value = ['a', 'b']
    return os.getcwd(), os.listdir('.')


print(stacked())

p = patch('os.getcwd', new=lambda: 'started')
p.start()
print(os.getcwd())
p.stop()
print(os.getcwd() != 'started')

with patch.dict(config, {'debug': True}, extra=3):
    print(sorted(config.items()))
print(sorted(config.items()))
with patch.dict(config, clear=True):
    print(config)
print(sorted(config.items()))


@patch.dict(config, level=9)
def dict_decorated():
    return config['level']


print(dict_decorated(), config['level'])

with patch.multiple(Store, name='multi', load=DEFAULT) as values:
    print(Store.name, sorted(values), type(values['load']).__name__)
print(Store.name)

check(patch, 'nodots')
check(lambda: patch.object(Store, 'nope').start())
with patch.object(Store, 'created', 5, create=True):
    print(Store.created)
print(hasattr(Store, 'created'))
check(lambda: patch.object(Store, 'load', new=1, new_callable=MagicMock))

m = mock_open(read_data='line one\nline two\n')
with patch('builtins.open', m):
    with open('data.txt') as fh:
        print(repr(fh.read()))
    with open('data.txt') as fh:
        print(fh.readline(), end='')
        print(fh.readlines())
    with open('out.txt', 'w') as fh:
        fh.write('hello')
m.assert_any_call('data.txt')
print(m.call_count)
handle = m()
handle.write.assert_called_once_with('hello')
print([c for c in m.mock_calls if c[0] == ''])


@patch.object(Store, 'load', return_value=1)
class Patched(unittest.TestCase):
    def test_one(self, fake):
        self.assertEqual(Store().load(), 1)

    def helper(self):
        return Store().load()


t = Patched('test_one')
res = unittest.TestResult()
t.run(res)
print(res.wasSuccessful(), Patched('test_one').helper())
