from unittest.mock import MagicMock, Mock, PropertyMock, create_autospec, call, seal


def check(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)


m = MagicMock()
print(len(m), bool(m), int(m), float(m), 3 in m, m[0] is m[1])
print(iter(m) is not None, list(iter(m)))
with m as entered:
    print(entered is m.__enter__.return_value)
m.__len__.return_value = 7
m.__getitem__.side_effect = lambda k: k * 2
m.__iter__.return_value = iter([1, 2, 3])
m.__contains__.return_value = True
print(len(m), m[5], list(iter(m)), 'x' in m)
m['k'] = 'v'
print(m.__setitem__.call_args, m.__getitem__.call_args_list)
print(m == m, m != m, m == 3)
m2 = MagicMock()
m2.__str__.return_value = 'custom str'
print(str(m2))
m3 = Mock()
m3.__str__ = lambda self: 'set on mock'
print(str(m3))
m4 = MagicMock()
m4 += 1
print(m4 is not None)
print(m.mock_calls[:2])


class Config:
    @property
    def value(self):
        return 'real'


with_prop = Config()
from unittest import mock
with mock.patch.object(Config, 'value', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked'
    print(with_prop.value)
    with_prop.value = 'assigned'
    print(pm.mock_calls)
print(with_prop.value)


def target(a, b, *, c=1):
    return a + b


auto = create_autospec(target, return_value='auto')
print(auto(1, 2), auto(1, b=2, c=3))
check(auto, 1)
check(auto, 1, 2, 3)
check(auto, 1, 2, d=4)
check(auto, 1, a=1, b=2)
check(auto.assert_called_with, 1, 2, c=3)
check(auto.assert_called_with, 1, b=2, c=3)
check(auto.assert_any_call, 1, 2)


class Service:
    def fetch(self, key, default=None):
        return key

    def close(self):
        pass


spec_cls = create_autospec(Service)
inst = spec_cls()
inst.fetch('k')
check(inst.fetch)
check(inst.fetch, 'a', 'b', 'c')
check(lambda: inst.missing)
inst.fetch.assert_called_once_with('k')
print(inst.fetch.call_args_list)

sealed = Mock()
sealed.known.value = 1
seal(sealed)
print(sealed.known.value)
check(lambda: sealed.unknown)
