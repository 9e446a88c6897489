# json.dump/json.load with files and StringIO: the chunks written (iterencode's), indent,
# reading back, and iterencode/encode on the encoder directly.
import io
import json

class Recorder:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)

data = {'name': 'x', 'items': [1, 2.5, None, [True, {}], {'a': []}], 'nested': {'k': 'v'}}
r = Recorder()
json.dump(data, r)
print(r.chunks)
r = Recorder()
json.dump(data, r, indent=2, sort_keys=True)
print(r.chunks)
r = Recorder()
json.dump([1, 'two', {'3': 4}], r, separators=(',', ':'))
print(r.chunks)
r = Recorder()
json.dump('just a string', r)
json.dump(12, r)
json.dump(None, r)
print(r.chunks)

enc = json.JSONEncoder()
print(list(enc.iterencode(data)))
print(enc.iterencode({'a': 1}, _one_shot=True) if False else list(enc.iterencode(5)))
print(list(json.JSONEncoder(indent=1).iterencode([1, [2]])))

buf = io.StringIO()
json.dump(data, buf, indent='\t')
text = buf.getvalue()
print(text)
buf.seek(0)
print(json.load(buf) == data)
print(json.load(io.StringIO('[1, {"a": 2}]'), object_pairs_hook=list))
print(json.load(io.BytesIO('{"é": "😀"}'.encode('utf-16'))))

with open('json_dump_load_files.tmp', 'w', encoding='utf-8') as f:
    json.dump({'unicode': 'é😀', 'n': [1, 2, 3]}, f, ensure_ascii=False)
with open('json_dump_load_files.tmp', encoding='utf-8') as f:
    print(repr(f.read()))
with open('json_dump_load_files.tmp', encoding='utf-8') as f:
    print(json.load(f))
with open('json_dump_load_files.tmp', 'rb') as f:
    print(json.load(f, parse_int=lambda s: int(s) * 10))
import os
os.remove('json_dump_load_files.tmp')
try:
    json.dump({'a': {1, 2}}, Recorder())
except TypeError as e:
    print(e)
r = Recorder()
try:
    json.dump([1, 2, object()], r)
except TypeError as e:
    print(e, r.chunks)
print(json.__all__, json.__version__)
print(sorted(n for n in dir(json) if not n.startswith('_')))
