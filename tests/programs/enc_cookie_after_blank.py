
# coding: windows-1252
print(ascii('€™'))
