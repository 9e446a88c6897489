# Lookahead, lookbehind, conditional groups, atomic groups, possessive quantifiers.
import re


def show(pattern, string):
    try:
        m = re.search(pattern, string)
    except re.error as e:
        print(repr(pattern), 'error:', e)
        return
    print(repr(pattern), m and (m.span(), m.group(), m.groups()))


show(r'foo(?=bar)', 'foobaz foobar')
show(r'foo(?!bar)', 'foobar foobaz')
show(r'(?<=\$)\d+', 'cost: $42')
show(r'(?<!\$)\b\d+', '$42 and 17')
show(r'(?<=ab|cd)e', 'xcde')
show(r'(?<=a{3})b', 'aaab')
show(r'(?<=(a))b', 'ab')
show(r'(?<=a*)b', 'ab')
show(r'(?<=a|bc)d', 'bcd')
show(r'(a)(?<=\1)', 'aa')
show(r'(?<=\1)(a)', 'aa')
show(r'(?=(\w+))\w', 'hello')
show(r'\w+(?=,)', 'one, two')
show(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123')
show(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef')
show(r'(<)?\w+(?(1)>)', '<tag>')
show(r'(<)?\w+(?(1)>)', 'tag>')
show(r'(?P<q>")?\w+(?(q)"|!)', 'x"quoted"')
show(r'(?P<q>")?\w+(?(q)"|!)', 'bang!')
show(r'(a)?b(?(1)c|d)', 'bd abc')
show(r'(?(1)a|b)(x)', 'bx')
show(r'(?(1)a|b|c)', 'a')
show(r'(?(2)a)(x)', 'x')
show(r'(?(x)a)', 'x')
show(r'(?(0)a)', 'a')
show(r'(?>a+)b', 'aaab')
show(r'(?>a+)a', 'aaaa')
show(r'(?>a|ab)c', 'abc')
show(r'(?:a|ab)c', 'abc')
show(r'a*+a', 'aaaa')
show(r'a++b', 'aaab')
show(r'a?+a', 'a')
show(r'a{1,3}+a', 'aaaa')
show(r'(?:ab)*+ab', 'ababab')
show(r'(ab)++', 'ababx')
show(r'x*+', 'xxx')
show(r'"(?:[^"\\]++|\\.)*+"', 'say "a\\"b" ok')
show(r'(?>(\w+))\s', 'word here')
show(r'(?=a)*b', 'b')
print(re.findall(r'(?<=\b)\w', 'ab cd'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.split(r'(?<=[.!?]) ', 'Hi. How are you? Fine!'))
print(re.findall(r'\d+(?!\d|px)', '10px 20em 3'))
print(re.findall(r'(?i)(?<=x)a', 'XA xa'))
for p in [r'(?<=a+)b', r'(?<!a|bb)c', r'(?<=(?P<n>a)(?P=n))', r'(?<=a(?(1)b))(c)',
          r'(?<', r'(?<x)', r'(?<=a', r'(?>a', r'(?(1', r'(?()a)', r'(a)(?(1)b|c|d)']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), e, e.pos)
