# IDNA and punycode both ways, with their errors.
import codecs
def t(f):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['bücher.de', 'ABC.de', 'ABC.Bücher.DE', 'a..b', '', '.', 'a.', '.a', 'x'*64, 'ü'*60, 'xn--abc', 'xn--übc', 'straße.de', 'a\u3002b', 'Ａ.de', 'a b', 'a\u00adb', 'ÄÖÜ', '\u0627\u0031', 'a\x00', '日本.jp']:
    t(lambda: s.encode('idna'))
for b in [b'xn--bcher-kva.de', b'ABC.DE', b'xn--BCHER-KVA', b'xn--zz', b'a..b', b'', b'.', b'a.', b'\xc3\xbc', b'xn--abc-', b'XN--bcher-kva', b'xn--ss-', b'xn--strae-oqa']:
    t(lambda: b.decode('idna'))
t(lambda: codecs.decode('bücher.de', 'idna'))
t(lambda: codecs.encode(b'x', 'idna'))
for s in ['bücher', 'abc', '', 'ü', 'München-Ost', '日本語', 'ABC-ü', '\U0001f600']:
    t(lambda: s.encode('punycode'))
for b in [b'bcher-kva', b'abc-', b'', b'-', b'tda', b'abc', b'x-9999999', b'a-\xff', b'Mnchen-Ost-9db', b'99999999999']:
    t(lambda: b.decode('punycode'))
    t(lambda: b.decode('punycode', 'replace'))
t(lambda: codecs.lookup('idna').encode('bücher', 'replace'))
t(lambda: 'a'.encode('idna', 'replace'))
t(lambda: b'xn--zz'.decode('idna', 'ignore'))
