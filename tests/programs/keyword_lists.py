# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.__all__)
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist), keyword.kwlist == sorted(keyword.kwlist))
for word in ['if', 'If', 'None', 'none', 'match', 'case', '_', 'type', 'print', 'async',
             'await', 'nonlocal', 'exec', '', 'True ', 'yield']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
for bad in [[], {}, 1, None, b'if', ('if',)]:
    try:
        print(repr(bad), keyword.iskeyword(bad), keyword.issoftkeyword(bad))
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)


class S(str):
    pass


print(keyword.iskeyword(S('for')), keyword.issoftkeyword(S('match')))
# Every keyword is refused as an identifier by the compiler, soft keywords are not.
for word in keyword.kwlist:
    try:
        compile(f'{word} = 1', '<kw>', 'exec')
        print(word, 'assignable')
    except SyntaxError:
        pass
for word in keyword.softkwlist:
    compile(f'{word} = 1', '<kw>', 'exec')
print('soft keywords assignable')
print(all(w.isidentifier() for w in keyword.kwlist + keyword.softkwlist))
