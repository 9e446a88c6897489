# HtmlDiff with wrapcolumn, junk options and uneven change blocks
import difflib

old = [
    "short\n",
    "a fairly long line that will need to be wrapped somewhere\n",
    "another long line with a change in the middle of it all\n",
    "x" * 30 + "\n",
    "removed line one\n",
    "removed line two\n",
    "removed line three\n",
    "common\n",
    "\tindented\twith tabs and more text here\n",
    "end\n",
]
new = [
    "short\n",
    "a fairly long line that will need to be wrapped elsewhere\n",
    "another long line with a CHANGE in the middle of it all!\n",
    "x" * 12 + "y" * 6 + "x" * 12 + "\n",
    "added one\n",
    "common\n",
    "\tindented\twith tabs and MORE text here\n",
    "end\n",
    "appended 1\n",
    "appended 2\n",
]

for col in (10, 16, 25):
    d = difflib.HtmlDiff(wrapcolumn=col)
    print(d.make_table(old, new, "a", "b"))
    print(d.make_table(old, new, context=True, numlines=1))

d = difflib.HtmlDiff(tabsize=2, wrapcolumn=7, charjunk=None,
                     linejunk=difflib.IS_LINE_JUNK)
print(d.make_table(old, new))
print(d.make_table(["p q r s t u v w\n"], ["p q r S t u v W x y z\n"]))

# lines without trailing newlines, blank lines and html specials
print(difflib.HtmlDiff().make_table(["<a>", "", "b & c"],
                                    ["<a >", "x", "", "b && c", "d"]))
