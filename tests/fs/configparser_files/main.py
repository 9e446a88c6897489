import configparser
import pathlib

cp = configparser.ConfigParser()
print(cp.read('given.ini'))
print(cp.read(['missing.ini', pathlib.Path('given.ini'), b'given.ini'], encoding='utf-8'))
print(cp.sections(), dict(cp['from_disk']))

cp['written'] = {'number': '7', 'text': 'two\nlines'}
with open('out.ini', 'w') as f:
    cp.write(f)
with open('out.ini') as f:
    print(f.read())

again = configparser.ConfigParser()
with open('out.ini') as f:
    again.read_file(f)
print(again.getint('written', 'number'), repr(again['written']['text']))
try:
    with open('given.ini') as f:
        again.read_file(f)
except configparser.Error as e:
    print(type(e).__name__, e)
with open('bad.ini', 'w') as f:
    f.write('[s]\nbad\n')
try:
    configparser.ConfigParser().read('bad.ini')
except configparser.ParsingError as e:
    print(type(e).__name__, e)
