# coding: utf8
print('ÿ')
