import tarfile, io
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0])
def raw_tar():
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as t:
        ti = tarfile.TarInfo("f"); ti.size = 3; ti.mtime = -5; ti.uid = 8 ** 8
        t.addfile(ti, io.BytesIO(b"abc"))
    return b.getvalue()
data = raw_tar()
t = tarfile.open(fileobj=io.BytesIO(data))
m = t.next()
print(m.name, m.mtime, m.uid, t.next())
ti = tarfile.TarInfo("x" * 101)
show("long ustar", lambda: ti.tobuf(tarfile.USTAR_FORMAT))
ti = tarfile.TarInfo("x"); ti.linkname = "l" * 101
show("long link", lambda: ti.tobuf(tarfile.USTAR_FORMAT))
ti = tarfile.TarInfo("x"); ti.uid = 8 ** 8
show("overflow", lambda: ti.tobuf(tarfile.USTAR_FORMAT))
ti = tarfile.TarInfo("x"); ti.uid = None
show("none", lambda: ti.tobuf(tarfile.USTAR_FORMAT))
show("format", lambda: tarfile.TarInfo("x").tobuf(7))
show("split", lambda: len(tarfile.TarInfo("a" * 10 + "/" + "b" * 10 + "/" + "c" * 85).tobuf(tarfile.USTAR_FORMAT)))
ti = tarfile.TarInfo.frombuf(tarfile.TarInfo("a" * 10 + "/" + "b" * 10 + "/" + "c" * 85).tobuf(tarfile.USTAR_FORMAT), "utf-8", "strict")
print(ti.name)
show("r:* junk", lambda: type(tarfile.open(fileobj=io.BytesIO(b"x" * 1000))))
show("r: junk", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r:"))
show("empty", lambda: tarfile.open(fileobj=io.BytesIO(b""), mode="r:"))
show("short", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 100), mode="r:"))
show("gz junk", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r:gz"))
show("stream junk", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r|"))
show("stream gz junk", lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r|gz"))
show("bad comp", lambda: tarfile.open(fileobj=io.BytesIO(data), mode="r:zz"))
show("bad mode", lambda: tarfile.open(fileobj=io.BytesIO(data), mode="q"))
show("a|", lambda: tarfile.open(fileobj=io.BytesIO(data), mode="a|"))
show("a:gz", lambda: tarfile.open(fileobj=io.BytesIO(data), mode="a:gz"))
show("nothing", lambda: tarfile.open())
show("TarFile rw", lambda: tarfile.TarFile(fileobj=io.BytesIO(), mode="rw"))
show("zeros", lambda: tarfile.open(fileobj=io.BytesIO(b"\0" * 10240)).getmembers())
b = io.BytesIO()
t = tarfile.open(fileobj=b, mode="w")
t.close()
show("closed", lambda: t.getmembers())
show("closed add", lambda: t.addfile(tarfile.TarInfo("q")))
print(len(b.getvalue()))
t = tarfile.open(fileobj=io.BytesIO(b.getvalue()))
show("read add", lambda: t.addfile(tarfile.TarInfo("q")))
show("missing", lambda: t.getmember("zz"))
show("frombuf short", lambda: tarfile.TarInfo.frombuf(b"\0" * 100, "utf-8", "strict"))
show("frombuf zero", lambda: tarfile.TarInfo.frombuf(b"\0" * 512, "utf-8", "strict"))
show("frombuf junk", lambda: tarfile.TarInfo.frombuf(b"a" * 512, "utf-8", "strict"))
bad = bytearray(data); bad[0] = ord("g")
show("checksum", lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad))))
for name in ["TarError", "ReadError", "CompressionError", "StreamError", "ExtractError", "HeaderError",
             "FilterError", "AbsolutePathError", "OutsideDestinationError", "SpecialFileError",
             "AbsoluteLinkError", "LinkOutsideDestinationError"]:
    print(name, [c.__name__ for c in getattr(tarfile, name).__mro__])
print(tarfile.__all__)
print(tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC, tarfile.DEFAULT_FORMAT)
print(tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.XHDTYPE, tarfile.XGLTYPE)
print(tarfile.TarInfo("a").get_info())
print(repr(tarfile.TarInfo("a")).split(" at ")[0])
with tarfile.open(fileobj=io.BytesIO(data)) as t:
    s = tarfile.open(fileobj=io.BytesIO(data), mode="r|")
    show("stream back", lambda: (s.next(), s.fileobj.seek(0)))
