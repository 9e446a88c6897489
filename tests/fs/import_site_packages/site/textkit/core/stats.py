from .tokens import tokenize
from ..formatting import plural


def word_counts(text, ignore=()):
    counts = {}
    for tok in tokenize(text):
        if tok.text not in ignore:
            counts[tok.text] = counts.get(tok.text, 0) + 1
    return counts


def top_words(text, n=3, ignore=()):
    counts = word_counts(text, ignore)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [f'{w} ({plural(c, "time")})' for w, c in ranked[:n]]
