# str subclass: methods return plain str, usage as key and attribute name
class S(str):
    pass

s = S('Hello World')
print(s, repr(s), type(s).__name__, len(s))
for r in (s.upper(), s.lower(), s.strip(), s.replace('o', '0'), s[0:5], s[1], s + '!',
          s * 2, s.title(), s.center(15, '*'), s.zfill(13), s.casefold()):
    print(repr(r), type(r).__name__)
print([type(p).__name__ for p in s.split()], s.split())
print(type(''.join([s, s])).__name__, type(s.join(['a', 'b'])).__name__)
print(type(str(s)).__name__, str(s) == s, type(s.format()).__name__)
print(type(S('')[:]).__name__, type(s.__str__()).__name__)
print(s == 'Hello World', s < 'Z', 'World' in s, s.startswith('He'))
d = {s: 1}
print(d['Hello World'], S('k') in {'k': 2}, {'k': 2}[S('k')])
print(hash(S('abc')) == hash('abc'))

class Obj:
    pass
o = Obj()
setattr(o, S('name'), 42)
print(getattr(o, S('name')), o.name, hasattr(o, S('name')), list(vars(o)))
print(type(list(vars(o))[0]).__name__)
print(sorted([S('b'), 'a', S('c')]))
print(S(123), S(b'ab', 'ascii'), S([1, 2]), S())
print(s.encode(), type(s.encode()).__name__)
print(''.join(reversed(s)), s.count('l'), s.find('W'), s.index('o'))
print(s.partition(' '), [type(p).__name__ for p in s.partition(' ')])
print(type(s % ()).__name__, type(S('%s!') % 'x').__name__, S('%s!') % 'x')
print(int(S('42')), float(S('2.5')))
it = iter(s)
print(type(next(it)).__name__)
print(type(max(S('ab'), S('cd'))).__name__, max(S('ab'), S('cd')))
print(s.isalpha(), S('abc').isalpha(), S('12').isdigit())
