// The one YAML reader of the YAML clients: places, aliases followed, the last of equal keys, and a file
// that is not YAML as one clipped, scrubbed line.
import { describe, expect, it } from 'vitest';
import { invalid, parseYaml } from '../../src/clients/yaml-file.js';

const doc = (text: string) => {
  const r = parseYaml('c.yaml', text);
  if (!r.ok) throw new Error('not parsed');
  return r.doc;
};

describe('parseYaml', () => {
  // The plain reader (yaml-simple.ts) and the library must answer alike: a %YAML directive, which the plain
  // reader leaves to the library, runs the same document through the library (two lines further down).
  it.each([
    ['the plain reader', '', 0],
    ['the library', '%YAML 1.2\n---\n', 2],
  ])('scalars with their line and column; null as empty; numbers as written (%s)', (_, head, down) => {
    const d = doc(`${head}a:\n  b: hello\n  n: null\n  q: ''\n  x: 42\nlist:\n  - one\n  - two\n`);
    expect(d.scalar(['a', 'b'])).toEqual({ value: 'hello', isNull: false, line: 2 + down, column: 6 });
    expect(d.scalar(['a', 'n'])).toMatchObject({ value: '', isNull: true });
    expect(d.scalar(['a', 'q'])).toMatchObject({ value: '', isNull: false });
    expect(d.scalar(['a', 'x'])!.value).toBe('42');
    expect(d.scalar(['list', 1])).toEqual({ value: 'two', isNull: false, line: 8 + down, column: 5 });
    expect(d.scalar(['a'])).toBeUndefined();
    expect(d.scalar(['a', 'b', 'c'])).toBeUndefined();
    expect(d.scalar(['list', 'b'])).toBeUndefined();
    expect(d.length(['list'])).toBe(2);
    expect(d.length(['a'])).toBe(0);
    expect(d.keys(['a'])).toEqual(['b', 'n', 'q', 'x']);
    expect(d.keys(['list'])).toEqual([]);
    expect([d.kind(['a']), d.kind(['list']), d.kind(['a', 'b']), d.kind(['nothing'])]).toEqual([
      'map',
      'seq',
      'scalar',
      undefined,
    ]);
    // A scalar where its value starts; a block below a key at the key (its first line is the next one).
    expect(d.position(['a', 'b'])).toEqual({ line: 2 + down, column: 6 });
    expect(d.position(['a'])).toEqual({ line: 1 + down, column: 1 });
    expect(d.position(['list'])).toEqual({ line: 6 + down, column: 1 });
    expect(d.position(['list', 1])).toEqual({ line: 8 + down, column: 5 });
    expect(d.position(['nothing'])).toBeUndefined();
  });

  it('equal keys are no error, and the last one wins; aliases are followed', () => {
    const d = doc('k: first\nk: second\nbase: &b\n  v: shared\nuse: *b\n');
    expect(d.scalar(['k'])!.value).toBe('second');
    expect(d.scalar(['use', 'v'])!.value).toBe('shared');
    expect(d.node(['missing'])).toBeUndefined();
  });

  it('not YAML: source/yaml-invalid at the error, with the first line of the message only', () => {
    const r = parseYaml('c.yaml', 'a: [1, 2\nb: 3\n');
    if (r.ok) throw new Error('parsed');
    expect(r.problem.code).toBe('source/yaml-invalid');
    expect(r.problem.args.detail).not.toContain('\n');
    expect(r.problem.args.line).toBeGreaterThan(0);
  });
});

describe('invalid', () => {
  it('keeps the first line, clips it at 200 characters, scrubs key shapes', () => {
    const p = invalid('c.yaml', { line: 2, column: 3 }, `first line\nsecond`);
    expect(p).toEqual({
      code: 'source/yaml-invalid',
      args: { path: 'c.yaml', line: 2, column: 3, detail: 'first line' },
      location: { kind: 'file', path: 'c.yaml', line: 2, column: 3 },
    });
    const long = invalid('c.yaml', { line: 1, column: 1 }, 'x'.repeat(300)).args.detail as string;
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(invalid('c.yaml', { line: 1, column: 1 }, 'y'.repeat(200)).args.detail).toBe('y'.repeat(200));
    expect(invalid('c.yaml', { line: 1, column: 1 }, '').args.detail).toBe('');
  });
});
