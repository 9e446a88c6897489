import plistlib, datetime
B = plistlib.FMT_BINARY
def t(v, **kw):
    try:
        r = plistlib.dumps(v, fmt=B, **kw)
        print(v if not isinstance(v,(list,dict)) or len(repr(v))<200 else "big", r[8:].hex(' '))
    except Exception as e:
        print("EXC", type(e).__name__, e)
for v in [0, 1, 255, 256, 65535, 65536, 2**32-1, 2**32, 2**63-1, 2**63, 2**64-1, -1, -2**63, 1.5, True, False,
          "abc", "é", "\u20ac", "", b"", b"ab", "a"*15, "a"*16, b"x"*15, b"x"*16, "a"*300,
          datetime.datetime(2001,1,1), datetime.datetime(2020,1,2,3,4,5,500000), datetime.datetime(1990,1,1),
          plistlib.UID(0), plistlib.UID(255), plistlib.UID(256), plistlib.UID(2**32), plistlib.UID(2**64-1),
          [], {}, (), [1,2,3], [1,1,1], ["a","a"], [[],[]], [{},{}], {"b":1,"a":"b"}, {"a":{"a":"a"}},
          [1, 1.0, True], [0, False], [1.0, 1], [b"a", "a"], [bytearray(b"a"), b"a"], ["a", b"a"],
          list(range(20)), [[1]]*3, {"a": [1], "b": [1]}]:
    t(v)
l = [1]
t([l, l, l])
t({"b":1,"a":2}, sort_keys=False)
t(datetime.datetime(2020,1,2,tzinfo=datetime.timezone.utc))
t([float('nan'), float('inf'), -0.0])
t(list(range(300)))
t(["x"*300]*1 + list(range(20)))
