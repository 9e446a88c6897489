# Regular expressions over text with code points above U+00FF, matched from positions far
# into the text: every position, group span and anchor is the one of the whole string.
import re

text = ("αβγ δε→ word_1 λ=3; " * 40) + "終わり end\n第二行 line two\n"
n = len(text)
print(n)

# match/search/fullmatch at many positions, with and without endpos
word = re.compile(r"\w+")
for pos in (0, 1, 5, 37, 200, 401, n - 20, n - 1, n, n + 5):
    m = word.match(text, pos)
    s = word.search(text, pos)
    print(pos, m and (m.span(), m.group()), s and (s.span(), s.group()))
    e = word.search(text, pos, pos + 3)
    print("  endpos", e and (e.span(), e.group()))

# anchors: ^ and \A only at the real start (or a line start with MULTILINE), \b looks back
print(re.compile(r"^\w").match(text, 1), re.compile(r"\A.").search(text, 3))
print([m.start() for m in re.compile(r"^\S+", re.M).finditer(text)])
print(re.compile(r"\b\w").match(text, 1), re.compile(r"\B\w").match(text, 1).span())
print(re.compile(r"\b").search(text, 2).span(), re.compile(r"$", re.M).search(text, 10).span())

# lookbehinds reaching back before the position (fixed widths, nested, negative)
pats = [r"(?<=→ )word", r"(?<=δε→ )w", r"(?<!λ)=\d", r"(?<=(?<=α)βγ) δ",
        r"(?<=; )αβ", r"(?<=\w{3})\s", r"(?<!\w)λ", r"(?<=^)α", r"(?<=終わ)り",
        r"(?<=(λ)=)(\d)"]
for p in pats:
    rx = re.compile(p)
    for pos in (0, 3, 21, 250, n - 30):
        m = rx.search(text, pos)
        print(p, pos, m and (m.span(), m.groups(), m.group()))
        m = rx.match(text, pos)
        print("  match", m and m.span())

# finditer, findall, sub, subn, split with groups and backreferences
rx = re.compile(r"(\w)(\w)?=(\d)")
print(len(rx.findall(text)), rx.findall(text)[:3])
print([m.span() for m in re.finditer(r"→\s(\w+)", text)][:5], len(re.findall("→", text)))
print(re.sub(r"(λ)=(\d)", r"\2=\1", text)[:60])
print(re.subn(r"(?<=γ) ", "_", text)[1], re.sub(r"\s+", lambda m: str(m.start()), text)[-40:])
print(re.split(r"(;)\s*", text)[:6], len(re.split(r"\s", text)))
print([m.span(1) for m in re.finditer(r"(\w)\1", "ααββ→γγ" * 3)])
print(re.compile(r"(?P<w>\w+)\s(?P=w)").search("終 終 x " * 5, 3))

# fullmatch and pos/endpos beyond the text, and the last position
print(re.compile(r"\w+").fullmatch(text, n - 15, n - 10))
print(re.compile(r".*").match(text, n).span(), re.compile(r"").search(text, n + 3))
print(re.compile(r"(?s).{3}").search(text, n - 3), re.compile(r"(?<=行).").search(text, 0))

# a scanner moving through the text by match(pos), as tokenizers do
tok = re.compile(r"\s+|\w+|[^\w\s]")
pos, kinds = 0, {}
while pos < n:
    m = tok.match(text, pos)
    kinds[m.group()[0].isspace()] = kinds.get(m.group()[0].isspace(), 0) + 1
    pos = m.end()
print(pos, kinds)
