# coding: utf-8
# a stray ÿ byte in a comment is never decoded
print('ok')
