s = 'héllo €'
print(s, ascii(s), len(s))
