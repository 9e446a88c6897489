# -*- coding: latin-1 -*-
s = 'café £µÿ'
print(s, len(s), ascii(s))
