import os

for name in sorted(os.listdir('.')):
    if name.endswith(('.txt', '.bin')):
        with open(name, 'rb') as f:
            data = f.read()
        if name == 'big.txt':
            print(name, len(data), data.count(b'\n'), data[-12:])
        else:
            print(name, data)
