# binascii: uuencode and quoted-printable
import binascii


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in [b'', b'a', b'hello', b'\x00\x00\x00', b'x' * 45, bytes(range(45))]:
    e1 = binascii.b2a_uu(d)
    e2 = binascii.b2a_uu(d, backtick=True)
    print(e1, e2, binascii.a2b_uu(e1) == d, binascii.a2b_uu(e2) == d)
show(lambda: binascii.b2a_uu(b'x' * 46))
show(lambda: binascii.b2a_uu('abc'))
print(binascii.b2a_uu(b'a', backtick=None), binascii.b2a_uu(bytearray(b'ab')))
for s in [b'%:&5L;&\\\n', '%:&5L;&\\\n', b'%:&5L;&\\', b'%:&5L', b'%:&5L;&\\   \n', b'%:&5L;&\\xyz\n',
          b'', b'\n', b' ', b'`', b'#````\n', b'#    \n', b'#', b'!', b'#abc~\n', b'#ab\x7f\n', b'\x7f', b'a',
          b'#86)C', b'#86)C\r\n', b'#86)CA\n', b'#86)C  ', b'M' + b'a' * 60 + b'\n', b'%:&\n5L;&\\',
          b'#86)C\nxyz', b'!86)C\n', b'!86\n', b'!8\n', b'"86)\n', b'#86', b'#86\rzz', b' abc', b'#86\t',
          b'#8\r6', b'#8\r\n6', b'#86)C\rzz', b'#86)\r ', b'!\r']:
    print(s, end=' ')
    show(lambda: binascii.a2b_uu(s))
show(lambda: binascii.a2b_uu('\xe9'))
show(lambda: binascii.a2b_uu(5))

# quoted-printable encoding
texts = [b'hello world', b'a=b', b'caf\xc3\xa9', b'tab\there', b'trailing space \n', b'trailing tab\t\n',
         b'end space ', b'end tab\t', b'line1\nline2\n', b'crlf\r\nnext', b'lone\rcr', b'x' * 80,
         b'x' * 76, b'x' * 77, b'x' * 74 + b'=', b'x' * 73 + b'\xff', b'.', b'.\n', b'a.\n.b', b'.\r\n',
         b'From me', b'under_score', b'\x00\x7f~', b'a\n\n', b'\r\n', b'', b' ', b'_', b'y' * 75 + b'\n',
         b'y' * 76 + b'\n', b'y' * 74 + b' \n', b'y' * 74 + b'  \n', b'y' * 80 + b'\r\n', b'a \r\nb',
         b'a\r\nb\nc', b'a\nb\r\nc', b'y' * 75 + b' \r\n', b'y' * 76 + b'\r\n', b'\n.\x00', b'x' * 72 + b'\xff\xff']
for d in texts:
    print(d[:20], len(d))
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True},
               {'quotetabs': True, 'istext': False, 'header': True}]:
        e = binascii.b2a_qp(d, **kw)
        print('  ', e, binascii.a2b_qp(e, header=kw.get('header', False)) == d)
print(binascii.b2a_qp(data=b'a b_c', header=1), binascii.b2a_qp(b'a b', 'yes'), binascii.b2a_qp(bytearray(b'=')))
show(lambda: binascii.b2a_qp('abc'))

# quoted-printable decoding
for s in [b'a=3Db', b'a=3db', b'a=3', b'a=', b'a=\nb', b'a=\r\nb', b'a=  \nb', b'a= x', b'a=zz', b'a=4g',
          b'_x_', b'a=20', b'=\n', b'=', b'==41', b'=4=41', b'x=\rb', b'x=\rbc', b'==', b'===41', b'=A=',
          b'x=\n\n', b'a=\r\r\nb', b'=\n=\n', b'_=5F', b'=0d=0A', b'a=3D=3D', b'\xff=FF']:
    print(s, binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
print(binascii.a2b_qp('a=3Db'), binascii.a2b_qp(data=b'a_b', header=1), binascii.a2b_qp(memoryview(b'=41')))
show(lambda: binascii.a2b_qp('\xe9'))
show(lambda: binascii.a2b_qp(5))
