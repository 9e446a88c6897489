# coding: latin-1
# coding: ascii
print(ascii('é'))
