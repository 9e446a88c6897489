# coding: cp1252
s = '€ “quoted” … Ÿ'
print(s)
print(ascii(s), len(s))
