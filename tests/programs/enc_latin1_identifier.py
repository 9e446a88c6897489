# coding: latin-1
café = 3
print(café, ascii('café'))
