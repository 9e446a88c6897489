# a hexadecimal prefix without digits
print('never printed')
x = 0x
