# A Markup(str) class in the style of template engines: escaping, joining, formatting, and searching.

def escape(s):
    if isinstance(s, Markup):
        return s
    s = str(s)
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&#34;"), ("'", "&#39;")):
        s = s.replace(a, b)
    return Markup(s)


class Markup(str):
    __slots__ = ()

    def __new__(cls, base=""):
        if hasattr(base, "__html__"):
            base = base.__html__()
        return super().__new__(cls, base)

    def __html__(self):
        return self

    def __add__(self, other):
        if isinstance(other, str):
            return Markup(str.__add__(self, escape(other)))
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, str):
            return escape(other) + self
        return NotImplemented

    def __mul__(self, n):
        return Markup(str.__mul__(self, n))

    __rmul__ = __mul__

    def __mod__(self, args):
        if isinstance(args, tuple):
            args = tuple(escape(a) for a in args)
        else:
            args = escape(args)
        return Markup(str.__mod__(self, args))

    def join(self, seq):
        return Markup(str.join(self, [escape(s) for s in seq]))

    def format(self, *args, **kwargs):
        return Markup(str.format(self, *[escape(a) for a in args], **{k: escape(v) for k, v in kwargs.items()}))

    def __repr__(self):
        return f"Markup({str.__repr__(self)})"

    def striptags(self):
        out, depth = [], 0
        for ch in self:
            if ch == "<":
                depth += 1
            elif ch == ">":
                depth -= 1
            elif depth == 0:
                out.append(ch)
        return " ".join("".join(out).split())

    def unescape(self):
        s = str(self)
        for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&#34;", '"'), ("&#39;", "'"), ("&amp;", "&")):
            s = s.replace(a, b)
        return s


user = "<script>alert('x')</script> & friends"
tpl = Markup("<p class=\"greeting\">Hello, %s!</p>")
page = tpl % user
print(page)
print(repr(page), type(page).__name__, isinstance(page, str), len(page))
print(Markup("<b>") + user + Markup("</b>"))
print("<i>" + Markup("&amp; safe"))
print(Markup("<br>").join(["a<b", Markup("<em>ok</em>"), 3]))
print(Markup("<li>{0}</li><li>{name}</li>").format("1 < 2", name=Markup("<b>n</b>")))
print(Markup("<hr>") * 2, 2 * Markup("&nbsp;"))
print(page.striptags(), "|", Markup("&lt;tag&gt; &amp; &#39;q&#39;").unescape())
print(escape(Markup("<already>")), escape(42), escape(None), escape(page) is page)

needle = Markup("&lt;script&gt;")
print(needle in page, page.startswith(Markup("<p")), page.find(needle), page.count(Markup("&")), page.endswith(Markup("</p>")))
print(page.replace(needle, "[removed]")[:40], page.split(Markup("&amp;"))[1][:10], page.partition(Markup("Hello"))[0])
print(str(page).upper()[:8], page.upper()[:8], type(page.upper()).__name__, type(page[0:3]).__name__, type(str(page)).__name__)
print({page: 1}[str(page)], page == str(page), sorted([Markup("b"), "a", Markup("c")]))
print(f"{Markup('<x>'):>8}|{escape('<y>')!r}|{Markup('z')!s}")
print("-".join([Markup("a"), Markup("b")]), type("-".join([Markup("a")])).__name__)
print(Markup("  padded ").strip(), Markup("a,b,,c").split(","), Markup("abc").center(7, Markup("*")))
