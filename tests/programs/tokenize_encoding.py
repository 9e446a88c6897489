import io
import tokenize

for data in [b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'\xef\xbb\xbfx = 1\n',
             b'#!/bin/sh\n# vim: set fileencoding=ascii :\n', b'', b'x\n# coding: latin-1\n',
             b'# coding=utf_8\n']:
    print(tokenize.detect_encoding(io.BytesIO(data).readline))
    for t in tokenize.tokenize(io.BytesIO(data).readline):
        print(' ', t)
for bad in [b'# coding: bogus\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError', e)
t = tokenize.TokenInfo(tokenize.OP, '+=', (1, 0), (1, 2), 'x')
print(t, t.exact_type, tokenize.tok_name[t.exact_type])
print(tokenize.TokenInfo(1, 'a', (1, 0), (1, 1), 'a').exact_type)
print(issubclass(tokenize.TokenError, Exception), tokenize.TokenInfo._fields)
print(tokenize.ENCODING, tokenize.FSTRING_MIDDLE, tokenize.N_TOKENS)
