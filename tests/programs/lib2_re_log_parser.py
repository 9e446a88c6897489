import re

LOG = """\
2024-03-01 12:00:01 INFO  [web-1] GET /index.html 200 1.2ms user=alice
2024-03-01 12:00:02 WARN  [web-2] GET /api/v1/items?id=42 404 15.0ms user=-
2024-03-01 12:00:03 ERROR [db-1] query failed: timeout after 30s (retry=3)
2024-03-01 12:00:04 INFO  [web-1] POST /login 302 8.25ms user=bob
2024-03-01 12:00:05 DEBUG [cache] hit ratio=0.93
"""
line_re = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>[\d:]+)\s
    (?P<level>[A-Z]+)\s+
    \[(?P<src>[\w-]+)\]\s
    (?P<msg>.*)
""", re.VERBOSE)
req_re = re.compile(r"(?P<method>GET|POST)\s(?P<path>\S+)\s(?P<status>\d{3})\s(?P<ms>\d+(?:\.\d+)?)ms(?:\suser=(?P<user>\w+|-))?")
for line in LOG.splitlines():
    m = line_re.match(line)
    print(m.group("level", "src"), m.span("msg"), m.lastgroup, m.lastindex)
    r = req_re.search(m["msg"])
    if r:
        d = r.groupdict(default="?")
        print("  ", d, r.start("path"), r.end(), r.re is req_re, r.pos, r.endpos)
    else:
        print("  no request:", m.expand(r"\g<level>/\g<2> -> \5"))

print(re.findall(r"\b\w+=(\S+)", LOG))
print(re.findall(r"(\w+)=(\d+(?:\.\d+)?)", LOG))
print([m.group(0) for m in re.finditer(r"\d+(?=ms)", LOG)])
print(re.findall(r"(?<=\[)[a-z]+(?=-\d\])", LOG))
print(re.findall(r"(?<!/)\b[a-z]{4,}\b(?!=)", "alpha /beta gamma= delta"))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m[1].upper(), LOG.splitlines()[0]))
print(re.sub(r"(\d+)\.(\d+)ms", r"\2.\1ms", LOG.splitlines()[3]))
print(re.sub(r"(?P<h>\d\d):(?P<m>\d\d)", r"\g<m>h\g<h>", "12:34 and 56:78", count=1))
print(re.subn(r"\s+", " ", "  many   spaces\there \n"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"([,;])", "a,b;c"), re.split(",", "a,b,c", maxsplit=1))
print(re.split(r"(?:(a)|b)", "xaybz"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.regs, m.string, repr(m)[:45])
m = re.search(r"(?i)(hello) (?P<w>WORLD)", "say Hello world!")
print(m[0], m[1], m["w"], m.start(), re.I in (re.compile("(?i)x").flags & re.I,) or True)
p = re.compile(r"(?P<k>\w+):(?P<v>\w+)", re.ASCII)
print(p.pattern, p.groups, p.groupindex, p.flags & re.ASCII == re.ASCII, p.findall("a:1 b:2"), p.sub(r"\g<v>=\g<k>", "x:y"))
print(p.search("zz a:b", 3), p.match("zz a:b", 3), p.fullmatch("a:b c", 0, 3), list(p.finditer("a:1, b:2", 1)))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"A", "aA", re.I))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"), re.findall(r"(?u)\d", "٣3"))
print(re.escape("a.b*c?d[e]f{1}|\\ -#"), re.escape("üñí"), re.purge())
print(re.match(r"(?x) a  b # comment\n c", "abc"), re.findall(r"(a|b)*", "abab"), re.findall(r"(?:ab)+?", "ababab"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group(), re.match(r"(a)\1", "aa").group(), re.search(r"(a)?(?(1)b|c)", "c"), re.search(r"(a)?(?(1)b|c)", "ab"))
print(re.sub(r"(?m)^", "> ", "l1\nl2"), re.findall(r"\Bfoo\B", "xfoox foo"), re.search(r"\Aab\Z", "ab\n"), re.search(r"ab$", "ab\n"))
print(re.compile("a", re.I | re.M), re.compile(r"\d{2,}?"), repr(re.compile("x" * 5)), re.RegexFlag.IGNORECASE, re.I | re.S)
errors = ["(", ")", "[a-", "a{2,1}", "*a", r"\k", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", r"(?P=nope)", "a**", r"\1", "(?<=a+)b",
          "[z-a]", "(?z)", "a{,", r"\p{L}", "(?i", "x(?i)y", "(?#unclosed"]
for pat in errors:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "error:", e.msg, "| pos", e.pos, "| str", e)
for args in [(r"\g<x>", "a"), (r"\3", "a"), (r"\g<0a>", "a"), ("\\", "a")]:
    try:
        print(re.sub("(a)", args[0], args[1]))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match("(a)", "a").group(3)
except IndexError as e:
    print("IndexError", e)
try:
    re.match("(a)", "a").group("x")
except IndexError as e:
    print("IndexError", e)
print(re.sub(r"\d", lambda m: str(int(m[0]) * 2), "a1b2c9"), re.sub("a", r"\n", "xa"), re.sub("a", "\\\\", "a"))
print(re.template if False else "", re.findall(r"[\u00e0-\u00ff]+", "àéî abc ÿ"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
