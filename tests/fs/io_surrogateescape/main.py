# Text files written and read with surrogateescape keep undecodable bytes; strict refuses them.
raw = b'abc\xff\xfe\x80'
esc = raw.decode('utf-8', 'surrogateescape')
with open('sur.txt', 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(esc)
with open('sur.txt', 'rb') as f:
    print(f.read())
with open('sur.txt', encoding='utf-8', errors='surrogateescape') as f:
    print(repr(f.read()) == repr(esc))
try:
    with open('sur.txt', 'w') as f:
        f.write('\udc80')
except UnicodeEncodeError as e:
    print('write:', e)
with open('sur16.txt', 'w', encoding='utf-16', errors='surrogatepass') as f:
    f.write('\ud83d')
    f.write('\ude00!')
with open('sur16.txt', 'rb') as f:
    print(f.read())
with open('sur16.txt', encoding='utf-16') as f:
    print(f.read())
with open('sur16.txt', 'a', encoding='utf-16') as f:
    f.write('more')
with open('sur16.txt', 'rb') as f:
    print(f.read())
