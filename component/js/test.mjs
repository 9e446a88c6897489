// The pyrs component in Node.js: transpiled to JavaScript by jco, then driven through its
// `session` resource: exec, eval, call, globals, each error kind, each limit, isolation,
// and many sessions created and dropped. Python's outputs are what CPython 3.12 prints.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const wasm = process.env.PYRS_COMPONENT ?? path.join(here, '../../pyrs-component.wasm');
const jco = path.join(here, 'node_modules/.bin/jco');
execFileSync(jco, ['transpile', wasm, '--name', 'pyrs', '-o', path.join(here, 'out'), '--quiet'], {
  stdio: 'inherit',
});
const { interpreter } = await import('./out/pyrs.js');
const { Session } = interpreter;

const limits = (more = {}) => ({
  maxSteps: undefined,
  maxMemoryBytes: undefined,
  maxRecursion: undefined,
  filesystem: false,
  captureOutput: true,
  ...more,
});

// A Python value from a tree of nodes, as Python's repr shows it.
function render(value) {
  const show = (i) => {
    const { tag, val } = value.nodes[i];
    switch (tag) {
      case 'none': return 'None';
      case 'boolean': return val ? 'True' : 'False';
      case 'int': return val.toString();
      case 'big-int': return val;
      case 'float': return Number.isInteger(val) ? val.toFixed(1) : String(val);
      case 'str': return `'${val}'`;
      case 'bytes': return `b'${Buffer.from(val).toString('latin1')}'`;
      // jco gives a list<u32> as a Uint32Array, whose own map() would keep numbers.
      case 'list': return `[${Array.from(val, (j) => show(j)).join(', ')}]`;
      case 'tuple': return val.length === 1 ? `(${show(val[0])},)` : `(${Array.from(val, (j) => show(j)).join(', ')})`;
      case 'dict': return `{${val.map(([k, v]) => `${show(k)}: ${show(v)}`).join(', ')}}`;
      case 'handle': return `<handle ${val.typeName}>`;
      default: throw new Error(`unknown node ${tag}`);
    }
  };
  return show(0);
}

const scalar = (tag, val) => ({ nodes: [{ tag, val }] });

// The error a failing call threw (jco throws the `error` record as the payload).
function failure(fn) {
  try {
    fn();
  } catch (e) {
    if (e.payload) return e.payload;
    throw e;
  }
  assert.fail('the call did not fail');
}

let passed = 0;
function test(name, fn) {
  fn();
  passed += 1;
  console.log(`ok - ${name}`);
}

test('exec captures output', () => {
  const s = new Session(limits());
  const out = s.exec("import sys\nprint('hello', 6 * 7)\nprint('oops', file=sys.stderr)", '<js>');
  assert.deepEqual(out, { stdout: 'hello 42\n', stderr: 'oops\n' });
});

test('eval returns values', () => {
  const s = new Session(limits());
  assert.equal(render(s.eval('1+1')), '2');
  assert.deepEqual(s.eval('1+1').nodes[0], { tag: 'int', val: 2n });
  assert.equal(render(s.eval('2**100')), '1267650600228229401496703205376');
  assert.equal(
    render(s.eval("[1, (2, 'a'), {'k': b'xy'}, None, 1.5, True, ()]")),
    "[1, (2, 'a'), {'k': b'xy'}, None, 1.5, True, ()]",
  );
  assert.equal(render(s.eval('{1, 2}')), '<handle set>');
  const e = failure(() => s.eval('1 +'));
  assert.equal(e.kind, 'syntax-error');
  assert.equal(e.message, 'invalid syntax (<string>, line 1)');
});

test('call with args and kwargs, and take-output', () => {
  const s = new Session(limits());
  s.exec("import math\ndef f(a, b=2, *, c=3):\n    print('f called')\n    return [a, b, c]", '<js>');
  const v = s.call('f', [scalar('int', 1n)], [['c', scalar('str', 'x')]]);
  assert.equal(render(v), "[1, 2, 'x']");
  assert.equal(s.takeOutput().stdout, 'f called\n');
  assert.equal(render(s.call('math.sqrt', [scalar('float', 2.25)], [])), '1.5');
  const e = failure(() => s.call('nope', [], []));
  assert.equal(e.typeName, 'NameError');
  assert.equal(e.message, "name 'nope' is not defined");
});

test('handles and globals', () => {
  const s = new Session(limits());
  s.exec("class P:\n    def __repr__(self):\n        return 'P!'\np = P()", '<js>');
  const v = s.eval('p');
  assert.equal(v.nodes[0].tag, 'handle');
  assert.equal(v.nodes[0].val.repr, 'P!');
  s.setGlobal('q', v);
  assert.equal(render(s.eval('q is p')), 'True');
  s.release(v.nodes[0].val.id);
  assert.equal(failure(() => s.setGlobal('r', v)).kind, 'bad-value');
  s.setGlobal('data', { nodes: [{ tag: 'dict', val: [[1, 2]] }, { tag: 'str', val: 'xs' }, { tag: 'list', val: [] }] });
  assert.equal(render(s.getGlobal('data')), "{'xs': []}");
  assert.equal(s.getGlobal('missing'), undefined);
});

test('exceptions carry the traceback CPython prints', () => {
  const s = new Session(limits());
  const e = failure(() => s.exec("print('before')\ndef g(x):\n    return 1 / x\ng(0)", '<js>'));
  assert.equal(e.kind, 'exception');
  assert.equal(e.typeName, 'ZeroDivisionError');
  assert.equal(
    e.traceback,
    'Traceback (most recent call last):\n  File "<js>", line 4, in <module>\n' +
      '  File "<js>", line 3, in g\nZeroDivisionError: division by zero\n',
  );
  assert.equal(e.output.stdout, 'before\n');
  assert.equal(failure(() => s.exec('import sys\nsys.exit(3)', '<js>')).kind, 'system-exit');
});

test('step budget', () => {
  const s = new Session(limits({ maxSteps: 100000n }));
  const e = failure(() => s.exec('n = 0\nwhile True:\n    n += 1', '<js>'));
  assert.equal(e.kind, 'step-limit');
  assert.equal(e.typeName, 'StepLimitExceeded');
  assert.equal(render(s.eval('n')), '99999');
  assert.equal(failure(() => s.exec('import itertools\nlist(itertools.count())', '<js>')).kind, 'step-limit');
  assert.equal(render(s.eval('1+1')), '2');
});

test('memory cap', () => {
  const s = new Session(limits({ maxMemoryBytes: 32n << 20n }));
  assert.equal(failure(() => s.exec("x = 'x' * 10**10", '<js>')).kind, 'memory-error');
  assert.equal(failure(() => s.exec("g = []\nwhile True:\n    g.append('y' * 1000)", '<js>')).kind, 'memory-error');
  assert.equal(failure(() => s.exec('g = None\nbig = list(range(10**8))', '<js>')).kind, 'memory-error');
  s.exec('g = None', '<js>');
  assert.equal(render(s.eval("len('z' * 1000)")), '1000');
});

test('recursion cap and no file system', () => {
  const s = new Session(limits({ maxRecursion: 50 }));
  const e = failure(() => s.exec('def r(n): return r(n + 1)\nr(0)', '<js>'));
  assert.equal(e.typeName, 'RecursionError');
  assert.equal(failure(() => s.exec("open('x.txt', 'w')", '<js>')).typeName, 'PermissionError');
});

test('sessions are isolated', () => {
  const a = new Session(limits());
  const b = new Session(limits());
  a.exec("x = 'in a'", '<js>');
  assert.equal(failure(() => b.eval('x')).typeName, 'NameError');
  a.exec('import random\nrandom.seed(7)', '<js>');
  const first = render(a.eval('random.random()'));
  a.exec('random.seed(7)', '<js>');
  b.exec('import random\nfor _ in range(5):\n    random.random()', '<js>');
  assert.equal(render(a.eval('random.random()')), first);
  a.reset();
  assert.equal(render(a.eval("'x' in globals()")), 'False');
});

test('1000 sessions created and dropped', () => {
  for (let i = 0; i < 1000; i++) {
    const s = new Session(limits());
    s.exec('class A:\n    pass\na = A()\na.me = a', '<js>');
    s[Symbol.dispose]();
  }
  const s = new Session(limits());
  assert.equal(render(s.eval('1+1')), '2');
});

console.log(`${passed} tests passed`);
