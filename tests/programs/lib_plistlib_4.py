import plistlib, datetime, struct
B = plistlib.FMT_BINARY
def t(f):
    try:
        r = f()
        print("OK", repr(r)[:400])
    except Exception as e:
        print("EXC", type(e).__name__, e)
for v in [[bytes([97]), bytes([97])], [plistlib.UID(1), plistlib.UID(1)], [datetime.datetime(2020,1,1), datetime.datetime(2020,1,1)], [(1,), [1]], [1.5, 1.5*1]]:
    t(lambda: plistlib.dumps(v, fmt=B)[8:].hex(' '))
for n in [254, 255, 256, 257]:
    x = plistlib.dumps(list(range(n-1)), fmt=B); print(n, x[-26:-24].hex(), x[-24:-16].hex())
for n in range(200, 260):
    x = plistlib.dumps("a"*n, fmt=B); print(n, x[-26:-24].hex(), x[-8:].hex())
for s in ["<plist><dict><key></key></dict></plist>", "<plist><integer> 0x1F</integer></plist>", "<plist><integer>0x</integer></plist>", "<plist><integer>0XfF</integer></plist>",
          "<plist><date>2020Z</date></plist>", "<plist><date>2020-03Z</date></plist>", "<plist><date>2020-03-04Z</date></plist>", "<plist><date>2020-03-04T05Z</date></plist>",
          "<plist><date>2020-03-04T05:06Z</date></plist>", "<plist><date>2020-03-04T05:06:07Z</date></plist>", "<plist><date> 2020-03-04T05:06:07Z </date></plist>", "<plist><date>2020-03-04T05:06:07Zjunk</date></plist>",
          "<plist><date>2020-13-04T05:06:07Z</date></plist>", "<plist><real> 1.5 </real></plist>", "<plist><string>a<![CDATA[<x>]]>b</string></plist>",
          "<plist><key>a</key></plist>", "<plist><dict><key>a</key><array><string>x</string></array></dict></plist>",
          "<plist><array><dict/><array/></array></plist>", "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version='1.0'><string>x</string></plist>",
          "<plist><string>a\r\nb</string></plist>", "<plist><string>&#x1F600;</string></plist>", "<plist><string>&quot;&apos;</string></plist>",
          "<plist><string>x</string></plist>  \n", "<plist><string>x</string></plist><junk/>", "<plist><dict><key>a</key><string>1</string>\n\n<key>a</key></dict></plist>"]:
    t(lambda: plistlib.loads(s.encode()))
t(lambda: plistlib.dumps({"a\x01": 1}))
t(lambda: plistlib.dumps({"a<": "b\r"}))
t(lambda: plistlib.dumps({"a\x01": 1}, fmt=B))
t(lambda: plistlib.dumps("a\x01", fmt=B))
import enum
class IE(enum.IntEnum):
    A = 5
class S(str): pass
t(lambda: plistlib.dumps([IE.A, S("x")]))
t(lambda: plistlib.dumps([IE.A, S("x")], fmt=B))
# binary loads
def b(objs, top=0, osz=1, rsz=1, extra=None):
    data = b"bplist00"; offs = []
    for o in objs:
        offs.append(len(data)); data += o
    tbl = len(data)
    for o in offs: data += o.to_bytes(osz, 'big')
    data += struct.pack('>6xBBQQQ', osz, rsz, len(objs), top, tbl) if extra is None else extra
    return data
for objs in [[b'\xa1\x00'], [b'\xd1\x01\x01', b'\x51a'], [b'\xd1\x01\x01', b'\x10\x01'], [b'\x00'], [b'\x0f'], [b'\x0c'], [b'\x13\xff\xff\xff\xff\xff\xff\xff\xff'],
             [b'\x12\xff\xff\xff\xff'], [b'\x14' + b'\x00'*8 + b'\xff'*8], [b'\x14' + b'\xff'*16], [b'\x22\x3f\xc0\x00\x00'], [b'\x23\x3f\xf0\x00\x00\x00\x00\x00\x00'],
             [b'\x33\x00\x00\x00\x00\x00\x00\x00\x00'], [b'\x33\x41\xc1\xde\xca\x92\xc0\x00\x00'], [b'\x80\x05'], [b'\x81\x01\x00'], [b'\x60\x00'], [b'\x61\x00\xe9'],
             [b'\x5f\x10\x03abc'], [b'\x70'], [b'\xc0'], [b'\xa2\x00\x01'], [b'\xa1\x05'], [b'\x53ab'], [b'\x62\xd8\x3d'], [b'\x51\xff'], [b'\x16\x00'], [b'\x33\x7f\xf0\x00\x00\x00\x00\x00\x00'],
             [b'\xa2\x01\x01', b'\xa0'], [b'\xd1\x01\x02', b'\xa0', b'\x10\x01'], [b'\x88' + b'\x00'*9], [b'\x84' + b'\x00'*5], [b'\x21\x00\x00']]:
    t(lambda: plistlib.loads(b(objs)))
t(lambda: plistlib.loads(b([b'\x10\x01'], top=5)))
t(lambda: plistlib.loads(b([b'\x10\x01'], osz=3)))
t(lambda: plistlib.loads(b([b'\x10\x01'], osz=0)))
t(lambda: plistlib.loads(b"bplist00\x10\x01\x08" + struct.pack('>6xBBQQQ', 1, 1, 1, 0, 100)))
t(lambda: plistlib.loads(b"bplist01\x10\x01\x08" + struct.pack('>6xBBQQQ', 1, 1, 1, 0, 10)))
t(lambda: plistlib.loads(b"bplist00\x10\x01\x08" + struct.pack('>6xBBQQQ', 1, 1, 1, 0, 10)))
t(lambda: plistlib.loads(b"bplist00\x10\x01\x08" + struct.pack('>6xBBQQQ', 1, 1, 1, 0, 10)[:-1]))
t(lambda: plistlib.loads(b([b'\xd1\x01\x02', b'\x51a', b'\x10\x01']), dict_type=list))
