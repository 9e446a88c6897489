# json.loads without hooks takes a native reader; what it declines (errors, lone surrogates,
# deep nesting, huge ints) goes through the Python decoder with the same results.
import json
docs = ['{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "b": {}}', '[]', ' [1] ', '"\\ud83d\\ude00"',
        '"\\ud800"', '[1,]', '{"a":1,"a":2}', '123456789012345678901234567890', '-0', '1E400', '-Infinity', 'NaN',
        '[1, 2', '{"x": 01}', '"a\tb"', '1.0', '0.1e-2', '{"k": [{"z": "\\"quoted\\""}]}', '"\\/"', '\t\n 5 \r']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print('ERR', e)
print(json.loads('[' * 300 + ']' * 300) is not None)
big = '[' + ','.join(str(i * 7919 % 1000003) for i in range(2000)) + ']'
print(sum(json.loads(big)), json.loads('{"' + 'k' * 50 + '": "' + 'é' * 30 + '"}'))
print(json.loads('"\\ud800\\udc00 and \\u20ac"'), repr(json.loads('"\\udc00"')))
print(json.loads('1' * 4400) > 0 if False else 'skip', type(json.loads('1' * 20)).__name__)
for bad in ['', ' ', '{', '{"a"}', '{"a":}', '[1 2]', 'tru', '"abc', '"\\x"', '01', '-', '1.', '1e', '.5', '[1,,2]', '{"a":1,}', '"\\u12"', 'nul', '[] []']:
    try:
        json.loads(bad)
        print('ok?', bad)
    except json.JSONDecodeError as e:
        print('ERR', repr(bad), e.msg, e.pos, e.lineno, e.colno)
