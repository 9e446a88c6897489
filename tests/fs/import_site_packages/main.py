# A pure-Python distribution copied into a directory on PYTHONPATH (see the .env file):
# packages, subpackages, relative imports, package data and its dist-info metadata.
import sys
import importlib.metadata

import textkit
from textkit import *
from textkit.formatting import table

TEXT = 'The cat and the hat. The cat sat; a cat ran!'
print(textkit.__version__, textkit.__name__, textkit.__package__)
print(textkit.__file__, textkit.core.__file__)
print(tokenize('Hello, World!'))
print(sorted(word_counts(TEXT, ignore=stopwords()).items()))
print(top_words(TEXT, 2, ignore=stopwords()))
print(table([('cat', 3), ('hat', 1)]))
print(sorted(m for m in sys.modules if m.startswith('textkit')))
md = importlib.metadata.metadata('textkit')
print(md['Name'], md['Version'], md['Summary'], importlib.metadata.version('TextKit'))
print(importlib.metadata.requires('textkit'))
try:
    importlib.metadata.version('not-installed')
except importlib.metadata.PackageNotFoundError as e:
    print(type(e).__name__, e)
print([p for p in sys.path if p.endswith('site')])
