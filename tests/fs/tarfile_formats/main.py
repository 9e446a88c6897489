import tarfile, io, hashlib, os
def mk(name, data=b"", **kw):
    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1700000000
    ti.uid = 1000; ti.gid = 100; ti.uname = "alice"; ti.gname = "staff"
    for k, v in kw.items(): setattr(ti, k, v)
    return ti, io.BytesIO(data)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=fmt) as t:
        t.addfile(*mk("a.txt", b"hello\n"))
        t.addfile(mk("dir", type=tarfile.DIRTYPE, mode=0o755)[0])
        t.addfile(mk("dir/link", type=tarfile.SYMTYPE, linkname="../a.txt")[0])
        t.addfile(mk("hard", type=tarfile.LNKTYPE, linkname="a.txt")[0])
        if fmt != tarfile.USTAR_FORMAT:
            t.addfile(*mk("long/" + "n" * 150, b"x" * 700))
            t.addfile(*mk("ünï.txt", b"u"))
        t.addfile(*mk("p"*60 + "/" + "q" * 60, b"split"))
    data = b.getvalue()
    print(fmt, len(data), hashlib.sha256(data).hexdigest())
    b.seek(0)
    with tarfile.open(fileobj=b) as t:
        for m in t:
            print(repr(m.name), m.size, m.mtime, oct(m.mode), m.type, m.linkname, m.uid, m.gid, m.uname, m.gname, m.isfile(), m.isdir(), m.issym(), m.islnk(), m.offset, m.offset_data, sorted(m.pax_headers.items()))
        print(t.getnames())
        t.list(verbose=False); t.list()
        print(t.extractfile("a.txt").read(), t.extractfile("dir/link").read(), t.extractfile("hard").read(), t.extractfile("dir"))
        f = t.extractfile("a.txt"); f.seek(2); print(f.read(2), f.tell(), f.name, f.readline())
b = io.BytesIO()
t = tarfile.open(fileobj=b, mode="w", pax_headers={"comment": "hi ☃"})
t.addfile(*mk("x", b"12", mtime=12.5))
t.close()
print(hashlib.sha256(b.getvalue()).hexdigest())
b.seek(0)
t = tarfile.open(fileobj=b)
print(t.pax_headers, [(m.name, m.mtime, m.pax_headers) for m in t])
