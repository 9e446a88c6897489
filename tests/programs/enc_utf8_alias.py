# coding: UTF8
print(ascii('é€'))
