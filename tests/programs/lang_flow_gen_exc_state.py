# exception state across generator resumption: sys.exception() after a handler inside a generator, throw() context
import sys

def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
    print("after handler:", repr(sys.exception()))
    yield 2
    print("later:", repr(sys.exception()))
    yield 3

it = g()
next(it)
try:
    raise TypeError("caller")
except TypeError:
    next(it)
print("outside:", repr(sys.exception()))
try:
    raise ValueError("caller2")
except ValueError:
    next(it)

def nested_handlers():
    try:
        raise KeyError("outer-gen")
    except KeyError:
        try:
            raise IndexError("inner-gen")
        except IndexError:
            yield "in inner"
        print("back in outer handler:", repr(sys.exception()))
        yield "in outer"
    print("no gen handler:", repr(sys.exception()))
    yield "done"
n = nested_handlers()
print(next(n))
try:
    raise OSError("c1")
except OSError:
    print(next(n))
try:
    raise EOFError("c2")
except EOFError:
    print(next(n))

def plain():
    yield
t = plain(); next(t)
try:
    raise OSError("active")
except OSError:
    try:
        t.throw(ValueError("thrown"))
    except ValueError as e:
        print("thrown context:", repr(e.__context__))

def conv():
    try:
        yield
    except ValueError:
        raise KeyError("during")
t = conv(); next(t)
try:
    raise OSError("active2")
except OSError:
    try:
        t.throw(ValueError("thrown2"))
    except KeyError as e:
        c = e.__context__
        print("chain:", repr(c), repr(c.__context__))

import types
@types.coroutine
def sus():
    yield
async def co():
    try:
        raise KeyError("k")
    except KeyError:
        await sus()
    print("coro after handler:", repr(sys.exception()))
c = co(); c.send(None)
try:
    raise TypeError("caller")
except TypeError:
    try:
        c.send(None)
    except StopIteration:
        pass
async def ag():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
    print("agen after handler:", repr(sys.exception()))
    yield 2
a = ag()
try:
    a.__anext__().send(None)
except StopIteration: pass
try:
    raise TypeError("caller2")
except TypeError:
    try:
        a.__anext__().send(None)
    except StopIteration: pass
