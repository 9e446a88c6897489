import token

print(token.__all__)
print(token.tok_name)
print(token.EXACT_TOKEN_TYPES)
print(token.N_TOKENS, token.NT_OFFSET, token.ENCODING, token.OP, token.FSTRING_START)
print(sorted(k for k in dir(token) if not k.startswith('__')))
print(token.ISTERMINAL(5), token.ISTERMINAL(256), token.ISNONTERMINAL(300),
      token.ISNONTERMINAL(3), token.ISEOF(0), token.ISEOF(1))
print(all(token.tok_name[getattr(token, n)] == n for n in token.__all__ if n.isupper() and not n.startswith('IS')))
print(token.__doc__)
