from .._compat import casefold

_PUNCT = '.,;:!?"()'


class Token:
    __slots__ = ('text', 'position')

    def __init__(self, text, position):
        self.text = text
        self.position = position

    def __repr__(self):
        return f'Token({self.text!r}, {self.position})'

    def __eq__(self, other):
        return isinstance(other, Token) and (self.text, self.position) == (other.text, other.position)


def tokenize(text):
    tokens = []
    for i, raw in enumerate(text.split()):
        word = casefold(raw.strip(_PUNCT))
        if word:
            tokens.append(Token(word, i))
    return tokens
