import plistlib, datetime
B = plistlib.FMT_BINARY
def t(f):
    try:
        r = f()
        print("OK", repr(r)[:600])
    except Exception as e:
        print("EXC", type(e).__name__, e)
ba = bytearray(b"a")
for v in [[b'a', b'a'], [ba, ba], [tuple([1]), tuple([1])], [1, 1.0], ["\U0001F600"*8], ["x"*20 + "é"]]:
    t(lambda: plistlib.dumps(v, fmt=B)[8:].hex(' '))
l = []; l.append(l)
t(lambda: plistlib.dumps(l, fmt=B))
t(lambda: plistlib.dumps(l))
t(lambda: len(plistlib.dumps(list(range(70000)), fmt=B)))
x = plistlib.dumps(list(range(70000)), fmt=B); print(x[-32:].hex(' '))
x = plistlib.dumps(["a"*70000, 1], fmt=B); print(x[-32:].hex(' '))
# loads
X = plistlib.dumps({"a": [1, 2.5, True, b"xy", datetime.datetime(2020,1,2)], "b": {"c": "d"}})
for data in [X, X.replace(b"\n", b"\r\n"), b"", b"garbage", b"<plist></plist>", b"<plist/>", b"<?xml version='1.0'?><plist version='1.0'><string>x</string></plist>",
             b"<plist><dict><key>a</key></dict></plist>", b"<plist><dict><string>a</string></dict></plist>", b"<plist><foo/></plist>",
             b"<plist><integer>0x1F</integer></plist>", b"<plist><integer>-0X1f</integer></plist>", b"<plist><integer> 12 </integer></plist>", b"<plist><integer>abc</integer></plist>",
             b"<plist><real>1e3</real></plist>", b"<plist><real>nan</real></plist>", b"<plist><date>2020-01-02T03:04:05Z</date></plist>", b"<plist><date>2020-01-02</date></plist>", b"<plist><date>2020</date></plist>",
             b"<plist><date>junk</date></plist>", b"<plist><data>YW Jj\n</data></plist>", b"<plist><data>!!!</data></plist>", b"<plist><string>a&amp;b&#65;&lt;</string></plist>",
             b"<plist><array><string>a</string><!-- c --><string>b</string></array></plist>", b"<plist><string>x</string><string>y</string></plist>",
             b"<plist><dict><key>a</key><string>b</string><key>c</key></dict></plist>", b"<plist><array><key>a</key></array></plist>", b"<plist><dict><key>a</key><key>b</key></dict></plist>",
             b"<plist><true/></plist>", b"<plist><true>x</true></plist>", b"<plist><string>a<b/>c</string></plist>",
             b"<plist><array></dict></plist>", b"<plist><dict><key>k</key><dict></dict></dict></plist>", b"<plist><string/></plist>", b"<plist><key>x</key></plist>",
             b"<plist><string>\xc3\xa9</string></plist>", b"\xef\xbb\xbf<plist><string>x</string></plist>", b"  <plist><string>x</string></plist>",
             b"<plist><string>x</string>", b"<plist><string>x</plist>", b"<plist><string>&foo;</string></plist>", "<plist><string>é</string></plist>".encode("utf-16"),
             b'<?xml version="1.0" encoding="latin-1"?><plist><string>\xe9</string></plist>', b"<plist><uid>1</uid></plist>",
             b"bplist00", b"bplist00" + b"\x00"*40, b"<!DOCTYPE plist><plist><string>x</string></plist>",
             b"<plist><dict><key>a</key><integer>1</integer><key>a</key><integer>2</integer></dict></plist>",
             b"<plist><data></data></plist>", b"<plist><real>abc</real></plist>", b"<plist><integer></integer></plist>",
            ]:
    t(lambda: plistlib.loads(data))
t(lambda: plistlib.loads(X, fmt=B))
t(lambda: plistlib.loads(X, fmt=5))
t(lambda: plistlib.loads(X, dict_type=list))
import collections
t(lambda: plistlib.loads(X, dict_type=collections.OrderedDict))
t(lambda: plistlib.loads(plistlib.dumps(X, fmt=B), fmt=plistlib.FMT_XML))
t(lambda: plistlib.loads("<plist/>"))
