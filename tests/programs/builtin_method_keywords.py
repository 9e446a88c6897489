# Methods of str, list and dict whose parameters are positional-only refuse keyword arguments; the few that take keywords accept them.
tests = [
    lambda: 'x'.center(5, fillchar='*'), lambda: {}.get('k', default=0), lambda: ' x '.strip(chars=' '),
    lambda: 'abc'.find('b', start=1), lambda: [1, 2].index(2, start=0), lambda: 'aa'.replace('a', 'b', count=1),
    lambda: 'a b'.split(sep=' ', maxsplit=1), lambda: 'a\nb'.splitlines(keepends=True), lambda: 'a\tb'.expandtabs(tabsize=2),
    lambda: 'é'.encode(encoding='latin-1', errors='strict'), lambda: '{x}'.format(x=1), lambda: sorted([3, 1], reverse=True),
    lambda: [3, 1].sort(key=None, reverse=True), lambda: {}.update(a=1), lambda: {}.pop('k', default=1),
    lambda: [].append(object=1), lambda: {}.setdefault('k', default=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
