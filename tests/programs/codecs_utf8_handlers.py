# utf-8 encode/decode with every error handler.
text = 'a\xe9\u20ac\U0001F600\udcff\ud800z'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    try:
        print(errors, repr(text.encode('utf-8', errors)))
    except Exception as e:
        print(errors, type(e).__name__, e)
try:
    text.encode('utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(repr('h\xe9llo \u20ac\U0001F600'.encode()), repr('x'.encode(encoding='utf-8', errors='strict')))
data = b'a\xc3\xa9\xe2\x82\xacb\xff\xc3(\xed\xa0\x80\xf0\x9f\x98\x80\xe2\x82z\xf4\x90\x80\x80\xc0\xaf'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
    try:
        print(errors, ascii(data.decode('utf-8', errors)))
    except Exception as e:
        print(errors, type(e).__name__, e)
for bad in [b'\xff', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xed\xa0\x80', b'\xf8\x88\x80\x80\x80', b'\xc0\x80', b'ok\x80ok']:
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print(bad, e.start, e.end, e.reason, '|', e)
for errors in ['xmlcharrefreplace', 'namereplace']:
    try:
        b'\xff'.decode('utf-8', errors)
    except Exception as e:
        print(errors, type(e).__name__, e)
try:
    b'x'.decode('utf-8', 'nonsense')
    print('unused handler not looked up')
    b'\xff'.decode('utf-8', 'nonsense')
except Exception as e:
    print(type(e).__name__, e)
print(ascii(b'\xed\xb3\xbf'.decode('utf-8', 'surrogatepass')), ascii(b'\x80abc\xfe'.decode('utf-8', 'surrogateescape')))
rt = b'\x80abc\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')
print(rt, '\udc80'.encode('utf-8', 'surrogateescape'))
try:
    '\ud800'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
print(repr('\u00e9'.encode('utf-8-sig')), ascii(b'\xef\xbb\xbfhi'.decode('utf-8-sig')), ascii(b'hi'.decode('utf-8-sig')), ascii(b'\xef\xbb\xbfhi'.decode('utf-8')))
print(repr(''.encode('utf-8-sig')), ascii(b''.decode('utf-8-sig')), ascii(b'\xef\xbb\xbf\xef\xbb\xbf'.decode('utf-8-sig')))
print(repr(bytes('\u00e9', 'utf8')), repr(str(b'\xc3\xa9', 'utf-8')), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='ignore') == '')
print(repr(bytearray('é', 'utf-8')), ascii(bytearray(b'\xc3\xa9').decode()), ascii(memoryview(b'\xc3\xa9').tobytes().decode()))
