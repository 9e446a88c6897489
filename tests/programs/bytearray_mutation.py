# bytearray mutating methods, item and slice assignment, deletion.
a = bytearray(b'hello')
a.append(33); print(a)
a.extend(b' ab'); a.extend([99, 100]); a.extend(bytearray(b'!')); a.extend(iter([101])); print(a)
a.insert(0, 62); a.insert(-1, 60); a.insert(100, 46); a.insert(-100, 35); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(108); print(a)
a.reverse(); print(a)
c = a.copy(); c[0] = 90; print(a[0] != c[0], type(c).__name__)
a.clear(); print(a, len(a))
for f in [lambda: a.pop(), lambda: bytearray(b'x').remove(121), lambda: bytearray(b'x').append(256),
          lambda: bytearray(b'x').append(b'y'), lambda: bytearray(b'x').extend('str'), lambda: bytearray(b'x').extend([1, 300]),
          lambda: bytearray(b'x').insert(0, -1), lambda: bytearray(b'xy').pop(5), lambda: bytearray().remove(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'0123456789')
b[0] = 65; b[-1] = 66; print(b)
b[1:3] = b'xyz'; print(b)
b[1:4] = b''; print(b)
b[::2] = b'abcd'; print(b)
b[2:2] = [1, 2]; print(b)
b[len(b):] = bytearray(b'END'); print(b)
b[:] = b'reset'; print(b)
b[1:3] = memoryview(b'MV'); print(b)
b[::-1] = b'54321'; print(b)
for stmt in ['b[0] = 256', 'b[0] = b"x"', 'b[10] = 1', 'b[::2] = b"ab"', 'b[0:1] = 5', 'b[0:1] = "s"', 'del b[10]']:
    try:
        exec(stmt)
        print(stmt, b)
    except Exception as e:
        print(stmt, type(e).__name__, e)
b = bytearray(range(10))
del b[0]; print(list(b))
del b[::3]; print(list(b))
del b[-2:]; print(list(b))
del b[:]; print(b)
b = bytearray(b'ab'); b += b'cd'; print(b); b *= 2; print(b); b *= 0; print(b)
b = bytearray(b'ab'); alias = b; b += b'!'; print(alias is b, alias)
b = bytearray(b'xyz'); b[1:2] = b; print(b)
b = bytearray(3); print(b, bytearray([1, 2]), bytearray('h\xe9', 'latin-1'), bytearray(), bytearray(b'q'))
try:
    hash(bytearray(b'x'))
except Exception as e:
    print(type(e).__name__, e)
print(bytearray(b'ab') == b'ab', bytearray(b'a') < b'b', bytearray(b'ab') + b'c', b'c' + bytearray(b'ab'))
print(type(b'c' + bytearray(b'ab')).__name__, type(bytearray(b'ab') * 2).__name__, repr(bytearray(b"it's")))

# Indexing reads in place: an __index__ that shrinks the array, and a large array indexed often.
b = bytearray(b'abcdef')
class Shrink:
    def __index__(self):
        del b[2:]
        return 4
try:
    print(b[Shrink()])
except IndexError as e:
    print('IndexError', e)
b = bytearray(b'abcdef')
class Shrink2:
    def __index__(self):
        del b[3:]
        return 5
print(b[1:Shrink2()], b[::-1], b[-1], b[-6] if len(b) >= 6 else None)
big = bytearray(range(256)) * 400
print(sum(big[i] for i in range(0, len(big), 7)), big[-1], big[100:110], big[::9999])
b = bytearray(b'abcdefgh')
class Shrink3:
    def __index__(self):
        del b[4:]
        return 7
print(b[Shrink3():0:-1], bytearray(b'0123456789')[2:8], bytes(b'0123456789')[2:8], b'xyz'[5:9], bytearray(b'xyz')[-9:2])
