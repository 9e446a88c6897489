import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")

for width in (10, 25, 40, 70):
    print(f"--- width={width}")
    print(textwrap.fill(text, width=width))

print("--- indents")
print(textwrap.fill(text, width=36, initial_indent="* ", subsequent_indent="  "))
print("--- max_lines")
for ml in (1, 2, 3):
    print(repr(textwrap.shorten(text, width=40 + ml * 10, placeholder=" [...]")))
    w = textwrap.TextWrapper(width=30, max_lines=ml, placeholder="~~")
    print(w.wrap(text))
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder="[too long]").wrap(text)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("abc", width=0)
except Exception as e:
    print(type(e).__name__, e)

print("--- long words")
long = "supercalifragilisticexpialidocious antidisestablishmentarianism x"
print(textwrap.wrap(long, width=12))
print(textwrap.wrap(long, width=12, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word-sequence here", width=10))
print(textwrap.wrap("a-very-long-hyphenated-word-sequence here", width=10, break_on_hyphens=False))
print(textwrap.wrap("hyphen--dash and em—dash words-in-text", width=8))

print("--- whitespace")
ws = "tab\there\tand\nnewline   spaces    end  "
print(textwrap.wrap(ws, width=15))
print(textwrap.wrap(ws, width=15, expand_tabs=False))
print(textwrap.wrap(ws, width=15, tabsize=4))
print(textwrap.wrap(ws, width=15, replace_whitespace=False))
print(textwrap.wrap(ws, width=15, drop_whitespace=False))
print(textwrap.wrap("   leading spaces here", width=10))
print(textwrap.wrap("   leading spaces here", width=10, drop_whitespace=False))
print(textwrap.wrap("", width=10), textwrap.wrap("    ", width=10), textwrap.fill("", 5) == "")

print("--- sentence endings")
s = "Mr. Smith went. He said hi. Then left!  OK? yes."
print(textwrap.wrap(s, width=20, fix_sentence_endings=True))
print(textwrap.fill(s, width=100, fix_sentence_endings=True))

print("--- dedent/indent")
block = """\
    def f(x):
        return x + 1

    \t
    print(f(2))
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t\ta\n\t\t  b\n\t\t\n")))
print(repr(textwrap.dedent("   \n  x\n    y")))
print(repr(textwrap.indent("one\n\ntwo\n  three\n", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\r\n\r\nc", "--")))
print(repr(textwrap.indent("", "x")))

print("--- shorten")
for w in (5, 10, 15, 20, 80):
    try:
        print(w, repr(textwrap.shorten("Hello   world, this is   a test", width=w)))
    except Exception as e:
        print(w, type(e).__name__, e)
print(repr(textwrap.shorten("Hello world", width=11)))
print(repr(textwrap.shorten("Hello world!", width=11, placeholder="..")))

print("--- wrapper reuse")
w = textwrap.TextWrapper(width=20, initial_indent="[", subsequent_indent=" ")
for p in ["first paragraph that is long enough to wrap", "second", ""]:
    print(w.wrap(p))
w.width = 15
print(w.fill("changed width keeps the indentation settings working"))
print(sorted(k for k in vars(w)))
