import re, textwrap, string, unicodedata
from collections import Counter, defaultdict
import html

TEXT = """\
The quick brown fox — a “clever” animal — jumped over 3 lazy dogs; it wasn't tired.
Naïve café owners in Zürich sold 1,234 crêpes at €2.50 each (total: €3,085.00)!
E-mail: someone@example.com, other.person+tag@mail.co.uk. Visit https://example.org/path?q=1.
ÀÉÎÕÜ àéîõü ß ﬁ Ǆ ǅ ǆ ΑΒΓ αβγ ÅNGSTRÖM ångström İ ı
"""

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

words = re.findall(r"\b\w+(?:'\w+)?\b", TEXT)
show("word count", lambda: len(words))
freq = Counter(w.casefold() for w in words)
show("top", lambda: sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
show("emails", lambda: re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", TEXT))
show("urls", lambda: re.findall(r"https?://\S+?(?=[.,;]?\s)", TEXT))
show("money", lambda: [float(m.replace(",", "")) for m in re.findall(r"€([\d,]+\.\d\d)", TEXT)])
show("numbers", lambda: re.findall(r"\d+(?:[.,]\d+)*", TEXT))
show("sub fn", lambda: re.sub(r"\d+", lambda m: f"<{int(m.group()) * 2}>", "a1b22c333"))
show("sub groups", lambda: re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith and Jane Doe"))
show("split", lambda: (re.split(r"[;,]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc")))
show("named", lambda: re.match(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "2024-03-05T10").groupdict())
show("fullmatch", lambda: (bool(re.fullmatch(r"[a-z]+", "abc")), bool(re.fullmatch(r"[a-z]+", "abc1"))))
show("flags", lambda: re.findall(r"^\w", "ab\ncd\nÉf", re.M))
show("ignorecase unicode", lambda: re.findall(r"straße|ÅNGSTRÖM", TEXT, re.I))
show("escape", lambda: re.escape("a.b*c?(d) é"))
show("finditer spans", lambda: [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Z]\w+", "Hello World Foo")])
show("compile err", lambda: re.compile(r"(unclosed"))
show("lookbehind", lambda: re.findall(r"(?<=@)\w+", "a@b c@d"))
show("nongreedy", lambda: re.findall(r"<.+?>", "<a><b></b>"))
show("backref", lambda: re.findall(r"\b(\w)\w*\1\b", "abba cdc xyz aa"))
show("subn", lambda: re.subn(r"o", "0", "foo boo"))
show("template", lambda: string.Template("$who likes ${what}!").substitute(who="Tim", what="pie"))
show("template safe", lambda: string.Template("$who and $missing").safe_substitute(who="A"))
show("template err", lambda: string.Template("$who and $missing").substitute(who="A"))
show("capwords", lambda: string.capwords("hello   wORLD it's"))
show("title apostrophe", lambda: "it's a dog's life o'neil".title())
show("consts", lambda: (string.ascii_letters[:5], string.punctuation, string.digits, string.hexdigits))

for line in TEXT.splitlines():
    print(repr(line.upper()))
    print(repr(line.lower()))
    print(repr(line.casefold()))
    print(repr(line.swapcase()))
    print(repr(line.title()))

show("normalize", lambda: [unicodedata.normalize(f, "ﬁ café Å") for f in ("NFC", "NFD", "NFKC", "NFKD")])
show("nfd len", lambda: (len("é"), len(unicodedata.normalize("NFD", "é")), unicodedata.normalize("NFC", "e\u0301") == "é"))
show("strip accents", lambda: "".join(c for c in unicodedata.normalize("NFD", "Naïve café Zürich") if not unicodedata.combining(c)))
show("unicodedata", lambda: (unicodedata.name("€"), unicodedata.category("a"), unicodedata.category("1"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("٣"), unicodedata.east_asian_width("日"), unicodedata.bidirectional("a"), unicodedata.mirrored("(")))
show("unicodedata err", lambda: unicodedata.name("\x00"))

para = " ".join(words[:40])
print(textwrap.fill(para, width=36))
print(textwrap.fill(para, width=30, initial_indent="* ", subsequent_indent="  "))
show("shorten", lambda: textwrap.shorten(para, width=40, placeholder=" [...]"))
show("dedent", lambda: textwrap.dedent("""
        def f():
            return 1
        """))
show("indent", lambda: textwrap.indent("a\n\nb", "> "))
show("wrap long word", lambda: textwrap.wrap("supercalifragilisticexpialidocious is long", 10))

show("html", lambda: (html.escape('<a href="x">&</a>'), html.unescape("&lt;&eacute;&#233;&#x41;&amp;&nbsp;|")))

rows = [("Widget", 4, 3.5), ("Gadget extra long name", 12, 10.0), ("Ünïcödé", 1, 1234.5678)]
print(f"{'Name':<16}|{'Qty':>5}|{'Price':>10}|{'Total':>12}")
print("-" * 46)
for name, qty, price in rows:
    print(f"{name[:16]:<16}|{qty:>5d}|{price:>10.2f}|{qty * price:>12,.2f}")
print(f"{'TOTAL':<16}|{sum(r[1] for r in rows):>5}|{'':>10}|{sum(r[1] * r[2] for r in rows):>12,.2f}")
print("{:=^46}".format(" END "))
print("%-10s|%6.1f%%|%+05d" % ("pct", 12.345, 42))

groups = defaultdict(list)
for w in sorted(set(words), key=str.casefold):
    groups[w[0].casefold()].append(w)
for k in sorted(groups)[:10]:
    print(k, groups[k])
show("sorted casefold", lambda: sorted(["b", "A", "ä", "a", "Z", "é", "e"], key=lambda s: unicodedata.normalize("NFD", s).casefold()))
show("isprintable", lambda: ["a\tb".isprintable(), "é".isprintable(), "\u200b".isprintable(), "\xa0".isprintable()])
show("width center", lambda: ["x".center(4), "ab".center(5, "*"), "abc".center(2), "".center(3, "-")])
show("ljust err", lambda: "a".ljust(3, "ab"))
show("split edge", lambda: ("  a  b ".split(" "), "a,,b".split(","), "".split(","), "".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1), "abc".split("")))
