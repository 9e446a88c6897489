# Subclassing JSONEncoder/JSONDecoder, and subclasses of int/float/str/list/tuple/dict as
# values and keys: encoded as their base type, as CPython's encoder does.
import json

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    def __str__(self):
        return 'MyStr!'
class MyList(list):
    def __iter__(self):
        return iter(['from __iter__'])
class MyTuple(tuple):
    pass
class MyDict(dict):
    def items(self):
        return [('z', 'from items()'), ('a', 1)]
class Flag(int):
    pass

vals = [MyInt(5), MyFloat(2.5), MyStr('s"'), MyList([1, 2]), MyTuple((3, 4)), MyDict(a=1),
        Flag(1), MyFloat('nan'), MyInt(-0)]
print(json.dumps(vals))
print(json.dumps(vals, indent=1))
print(list(json.JSONEncoder().iterencode(vals)))
print(json.dumps({MyInt(1): 1, MyFloat(0.5): 2, MyStr('k'): 3, Flag(7): 4}))
print(json.dumps({MyInt(1): 1, MyFloat(0.5): 2, MyStr('k'): 3}, indent=0))
print(json.dumps(MyStr('top')), json.dumps(MyInt(9)), json.dumps(MyFloat(1e20)))
try:
    json.dumps(MyFloat('inf'), allow_nan=False)
except ValueError as e:
    print(e)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, cls=SetEncoder))
print(SetEncoder(sort_keys=True, indent=2).encode({'b': frozenset({2}), 'a': 1j}))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print(e)

class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()
print(json.dumps({'a': ['x', None]}, cls=Upper))
print(list(Upper().iterencode(['q', 1])))

class Counting(json.JSONEncoder):
    def encode(self, o):
        return 'encoded:' + super().encode(o)
print(json.dumps([1], cls=Counting), Counting().encode('str'))
enc = json.JSONEncoder(separators=(';', '='), sort_keys=True)
print(enc.item_separator, enc.key_separator, enc.encode({'b': 1, 'a': [1, 2]}))
print(json.JSONEncoder.item_separator, json.JSONEncoder(indent=2).item_separator)
print(json.JSONEncoder(default=repr).encode([b"x", MyInt(3)]))
print(json.JSONEncoder(default=lambda o: 'D').encode({'k': {1, 2}}))

class ObjDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return ('obj', sorted(d.items()))
print(json.loads('{"a": {"b": [1]}}', cls=ObjDecoder))
print(ObjDecoder().raw_decode('{"x": 1} trailing'))
class Tolerant(json.JSONDecoder):
    def decode(self, s):
        try:
            return super().decode(s)
        except json.JSONDecodeError as e:
            return 'bad at %d' % e.pos
print(json.loads('[1, 2', cls=Tolerant), json.loads('[1, 2]', cls=Tolerant))
print(json.loads(MyStr('[1, "a"]')), json.loads(' 1 '), json.loads('\t\n"x"\r\n'))
