from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, sentinel, DEFAULT


def check(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)


m = Mock()
m(1, 2, key='v')
m.method('a')
m.method.inner(3)
m().chain(4)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.mock_calls, m.method.method_calls)
check(m.assert_called_with)
check(m.assert_called_with, 1, 2, key='v')
check(m.method.assert_called_once_with, 'b')
check(m.method.assert_called_once_with, 'a')
check(m.method.inner.assert_not_called)
check(m.other.assert_called)
check(m.other.assert_called_once)
check(m.assert_called_once)
check(m.assert_any_call, 1, 2, key='v')
check(m.assert_any_call, 9)
check(m.assert_has_calls, [call(1, 2, key='v'), call.method('a')])
check(m.assert_has_calls, [call.method('a'), call(1, 2, key='v')])
check(m.assert_has_calls, [call.method('a'), call(1, 2, key='v')], any_order=True)
check(m.assert_has_calls, [call.nothing()], any_order=True)
check(m.assert_called_with, ANY, 2, key=ANY)
check(lambda: m.assret_called())
check(lambda: m.called_once_with)

n = Mock(name='named', return_value=42)
print(n(), n.return_value)
check(n.assert_called_with, 'x')
fresh = Mock(name='fresh')
check(fresh.assert_called_with, 1, a=2)
check(fresh.assert_called_once_with)

s = Mock(side_effect=[1, 2, KeyError('third')])
print(s(), s())
check(s)
check(s)
e = Mock(side_effect=ValueError('boom'))
check(e)
f = Mock(side_effect=lambda x: x * 10)
print(f(4))
g = Mock(side_effect=lambda: DEFAULT, return_value='rv')
print(g())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)

c = Mock(**{'method.return_value': 3, 'attr': 'value', 'other.side_effect': KeyError})
print(c.method(), c.attr)
check(c.other)
c.configure_mock(**{'x.y.return_value': 'deep'})
print(c.x.y())

r = Mock()
r(1)
r.child(2)
r.reset_mock()
print(r.call_count, r.mock_calls, r.child.call_count)

print(sentinel.thing, sentinel.thing is sentinel.thing, DEFAULT, ANY == 5, ANY)
print(call(1, a=2) == call(1, a=2), call(1) == call(2), call.foo(1), call.foo().bar(2))
print(call(1, 2).args, call(x=1).kwargs, repr(call))
print(call.a(1).b(2).call_list())

nc = NonCallableMock()
check(nc)
sp = Mock(spec=['alpha', 'beta'])
print(type(sp.alpha).__name__)
check(lambda: sp.gamma)
ss = Mock(spec_set=['alpha'])
ss.alpha = 1
print(ss.alpha)
def setter():
    ss.beta = 2
check(setter)


class Thing:
    size = 3

    def act(self, x, y=1):
        return x


ts = Mock(spec=Thing)
print(type(ts).__name__)
check(lambda: ts.nope)
del m.method
check(lambda: m.method)
print(type(m.fresh_attr).__name__, type(MagicMock().x).__name__)
