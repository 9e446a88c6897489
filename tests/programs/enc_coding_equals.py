#coding=ascii
print('ok')
