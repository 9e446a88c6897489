import hashlib, hmac, base64, binascii, zlib, gzip, io, struct

payload = ("The quick brown fox " * 50).encode()
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name)
    h.update(payload[:100])
    h2 = h.copy()
    h2.update(payload[100:])
    print(name, h.digest_size, h.block_size, h.hexdigest()[:16], h2.hexdigest()[-16:], h.name)
print(hashlib.sha256(b"").hexdigest(), hashlib.md5(b"a", usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b"data", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.shake_128(b"x").hexdigest(10), hashlib.shake_256(b"x").digest(5))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, dklen=16).hex())
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith(("sha3", "shake")))[:6])
print(hashlib.file_digest(io.BytesIO(payload), "sha1").hexdigest())
for bad in (lambda: hashlib.new("nope"), lambda: hashlib.sha256("str"), lambda: hashlib.blake2b(digest_size=100),
            lambda: hashlib.sha256().update(5), lambda: hashlib.shake_128(b"").hexdigest(-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

key = b"secret-key"
sig = hmac.new(key, b"message", "sha256")
print(sig.hexdigest(), sig.name, sig.digest_size, sig.block_size)
s2 = sig.copy(); s2.update(b"!")
print(s2.hexdigest()[:20], hmac.digest(key, b"message", "sha256") == sig.digest())
print(hmac.compare_digest(sig.hexdigest(), sig.hexdigest()), hmac.compare_digest(b"a", b"b"), hmac.compare_digest("x", "xy"))
for bad in (lambda: hmac.new(key), lambda: hmac.new("str", b"m", "sha1"), lambda: hmac.compare_digest("a", b"a"),
            lambda: hmac.compare_digest("é", "é")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

raw = bytes(range(0, 256, 7)) + b"\xff\xfe"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode), (base64.standard_b64encode, base64.standard_b64decode)]:
    e = enc(raw)
    print(enc.__name__, e[:24], dec(e) == raw, len(e))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("ab+/", altchars="-_"), base64.encodebytes(b"x" * 60))
print(base64.a85encode(b"\x00\x00\x00\x00 test", foldspaces=True, adobe=True, wrapcol=10), base64.a85decode(b"<~z~>", adobe=True))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("0ZXW6===", map01="O") if False else "", base64.b16decode("ab", casefold=True))
for bad in (lambda: base64.b64decode("abc"), lambda: base64.b64decode("ab$c", validate=True), lambda: base64.b32decode("abc"),
            lambda: base64.b16decode("0g"), lambda: base64.b85decode(b"~~~~~"), lambda: base64.a85decode(b"uuuuu"),
            lambda: base64.b64encode("str"), lambda: base64.b64decode("é")):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b64decode("YWJj\nZGVm"), base64.b64decode(b"YW Jj"), base64.b64decode("YWJjZA"+"=="), base64.b64decode("YWJjZA===="))

print(binascii.hexlify(b"\x01\xab", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.unhexlify("DEADbeef"), binascii.b2a_hex(b"hi", " ", -1))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"hello", 0xFFFF))
print(binascii.b2a_base64(b"xyz"), binascii.b2a_base64(b"xyz", newline=False), binascii.a2b_base64(b"eHl6\n"), binascii.b2a_qp(b"a=b \tc\xff\n"))
for bad in (lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64(b"a"),
            lambda: binascii.a2b_base64(b"ab=c", strict_mode=True)):
    try:
        bad()
    except binascii.Error as e:
        print("binascii.Error", e, isinstance(e, ValueError))

comp = zlib.compress(payload, 9)
print(len(payload), len(comp) < 100, zlib.decompress(comp) == payload, zlib.crc32(payload), zlib.adler32(payload), hex(zlib.adler32(b"", 1)))
for wbits in (15, -15, 31, 47):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits if wbits != 47 else 31)
    data = c.compress(payload[:500]) + c.compress(payload[500:]) + c.flush()
    d = zlib.decompressobj(wbits)
    out = d.decompress(data, 100)
    out += d.decompress(d.unconsumed_tail)
    out += d.flush()
    print(wbits, out == payload, d.eof, d.unused_data, len(d.unconsumed_tail))
d = zlib.decompressobj()
r = d.decompress(comp + b"TRAILING")
print(r == payload, d.eof, d.unused_data)
co = zlib.compressobj(zdict=b"quick brown fox")
cz = co.compress(payload) + co.flush()
do = zlib.decompressobj(zdict=b"quick brown fox")
print(do.decompress(cz) == payload)
for bad in (lambda: zlib.decompress(b"garbage"), lambda: zlib.decompress(comp[:20]), lambda: zlib.compress(b"x", 10),
            lambda: zlib.decompressobj(zdict=b"x").decompress(zlib.compress(b"y")), lambda: zlib.decompress(cz),
            lambda: zlib.compressobj(wbits=99)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(zlib.Z_BEST_COMPRESSION, zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
    gz.write(payload[:300])
    gz.write(b"\nline2\nline3")
blob = buf.getvalue()
print(blob[:4].hex(), struct.unpack("<I", blob[4:8]), blob[8:10].hex(), len(blob) < 200)
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as gz:
    lines = gz.readlines()
    print(len(lines), lines[-1], gz.mode if hasattr(gz, "mode") else "")
print(gzip.decompress(gzip.compress(b"abc", mtime=0)), gzip.compress(b"abc", mtime=0)[:10].hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
for bad in (lambda: gzip.decompress(b"not gzip data"), lambda: gzip.decompress(gzip.compress(b"abc")[:-4]),
            lambda: gzip.decompress(blob[:-1] + bytes([blob[-1] ^ 1]))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
