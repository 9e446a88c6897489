import tarfile, io, os, shutil
def show(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
def build(entries):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w") as t:
        for name, kind, link, mode in entries:
            ti = tarfile.TarInfo(name); ti.type = kind; ti.linkname = link; ti.mode = mode
            ti.mtime = 1000000000
            data = b"data" if kind == tarfile.REGTYPE else b""
            ti.size = len(data)
            t.addfile(ti, io.BytesIO(data))
    b.seek(0)
    return tarfile.open(fileobj=b)
cases = [
    ("/etc/passwd", tarfile.REGTYPE, "", 0o644),
    ("../evil", tarfile.REGTYPE, "", 0o644),
    ("dev", tarfile.CHRTYPE, "", 0o644),
    ("fifo", tarfile.FIFOTYPE, "", 0o644),
    ("abs", tarfile.SYMTYPE, "/etc/passwd", 0o777),
    ("out", tarfile.SYMTYPE, "../x", 0o777),
    ("hl", tarfile.LNKTYPE, "../x", 0o644),
    ("ok", tarfile.REGTYPE, "", 0o4777),
    ("noexec", tarfile.REGTYPE, "", 0o077),
    ("d", tarfile.DIRTYPE, "", 0o777),
]
os.makedirs("dest", exist_ok=True)
for entry in cases:
    t = build([entry])
    m = t.getmembers()[0]
    for flt in (tarfile.data_filter, tarfile.tar_filter, tarfile.fully_trusted_filter):
        try:
            r = flt(m, "dest")
            print(flt.__name__, entry[0], r.name, r.mode if r.mode is None else oct(r.mode), r.uid, r.uname)
        except tarfile.FilterError as e:
            print(flt.__name__, entry[0], type(e).__name__, str(e), e.tarinfo is m)
t = build([("a", tarfile.REGTYPE, "", 0o644)])
show(lambda: t.extractall("dest", filter="bogus"))
show(lambda: t.extractall("dest", filter=lambda m, p: None))
def renamer(m, p):
    return m.replace(name="renamed_" + m.name, mtime=7)
t.extractall("dest", filter=renamer)
print(sorted(os.listdir("dest")), os.stat("dest/renamed_a").st_mtime)
t = build([("../evil", tarfile.REGTYPE, "", 0o644)])
try:
    t.extractall("dest", filter="data")
except tarfile.OutsideDestinationError as e:
    print("refused", e.tarinfo.name)
t.errorlevel = 0
t.extractall("dest", filter="data")
print(sorted(os.listdir("dest")))
ti = tarfile.TarInfo("x"); ti.uid = 5
r = ti.replace(uid=7, deep=False); print(r.uid, ti.uid, r is ti)
shutil.rmtree("dest")
