"""A small pure-Python library laid out as an installed distribution (site-packages)."""
from importlib.metadata import version as _version

from .core.tokens import tokenize, Token
from .core.stats import word_counts, top_words
from . import formatting

__version__ = _version('textkit')
__all__ = ['tokenize', 'Token', 'word_counts', 'top_words', 'formatting', 'stopwords']


def stopwords():
    from importlib.resources import files
    return files(__name__).joinpath('data', 'stopwords.txt').read_text().split()
