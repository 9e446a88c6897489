# HtmlDiff: make_table / make_file, anchors, escaping, tabs, context mode
import difflib

a = ["line one\n", "line\ttwo here\n", "same\n", "<b>&x</b>\n", "gone\n",
     "keep 1\n", "keep 2\n", "keep 3\n", "keep 4\n", "keep 5\n", "keep 6\n",
     "keep 7\n", "tail a\n"]
b = ["line 1\n", "line\ttwo hare\n", "same\n", "<b>&y</b>\n", "new\n",
     "extra\n", "keep 1\n", "keep 2\n", "keep 3\n", "keep 4\n", "keep 5\n",
     "keep 6\n", "keep 7\n", "tail b\n", "\n"]

d = difflib.HtmlDiff()
print(d.make_table(a, b))
print(d.make_table(a, b, "old<file>", "new & file"))
print(d.make_table(a, b, context=True))
print(d.make_table(a, b, context=True, numlines=0))
print(d.make_table(a, b, context=True, numlines=1))
print(d.make_table(a, a, context=True))
print(d.make_table(a, a))
print(d.make_table([], []))
print(d.make_table([], ["only\n", "new\n"]))
print(d.make_table(["only old\n"], []))

# a second instance keeps counting the prefixes
e = difflib.HtmlDiff(tabsize=4)
print(e.make_table(["\tx\n", "a b\tc\n"], ["    x\n", "a b  c\n"]))
print(e.make_file(a[:5], b[:5], "from", "to"))
print(e.make_file(["caf\u00e9\n", "\u20ac1\n"], ["cafe\n", "\u20ac2\n"],
                  charset="ascii"))
print(e.make_file([], [], context=True, charset="latin-1"))
