import html
from html import entities

print(entities.__all__)
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(list(entities.html5)[:14])
print(list(entities.html5)[-6:])
print(list(entities.name2codepoint.items())[:6], list(entities.name2codepoint)[-3:])
print(list(entities.codepoint2name.items())[:4])
print(list(entities.entitydefs.items())[-4:])
for name in ['amp', 'lang', 'rang', 'euro', 'nbsp', 'hearts', 'thetasym']:
    print(name, entities.name2codepoint[name], entities.entitydefs[name], repr(entities.html5.get(name + ';')), repr(entities.html5.get(name)))
print(entities.codepoint2name[8364], entities.codepoint2name[60])
legacy = [k for k in entities.html5 if not k.endswith(';')]
print(len(legacy), legacy[:8], legacy[-4:])
two = sorted(k for k, v in entities.html5.items() if len(v) == 2)
print(len(two), two[:5])
check = 0
for i, (k, v) in enumerate(entities.html5.items()):
    check = (check * 31 + sum(map(ord, k)) + 7 * sum(map(ord, v)) + i) % 1000000007
print(check)
bad = [k for k, v in entities.html5.items() if html.unescape('&' + k) != v]
print('roundtrip mismatches', bad[:5])
bad = [k for k, v in entities.html5.items() if k.endswith(';') and html.unescape('&' + k + 'zz') != v + 'zz']
print('suffix mismatches', bad[:5])
print(repr(html.unescape('&' + 'Aacute' + 'ntilde')), repr(html.unescape('&ntildeAacute;')))
