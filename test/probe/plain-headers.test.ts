// The SDK's bundle uses PlainHeaders for fetch's Headers: it must keep headers exactly as Node's Headers does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlainHeaders } from '../../src/probe/plain-headers.js';

type Op = ['append' | 'set', string, string] | ['delete', string];

const name = fc.constantFrom('x-api-key', 'X-Api-Key', 'Authorization', 'anthropic-version', 'Accept', 'a', 'B');
const value = fc.constantFrom('v', ' padded\t', 'two words', 'Bearer t', '1, 2', '', 'tail\n', ' \r\n both \t\n');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.constantFrom('append' as const, 'set' as const), name, value),
  fc.tuple(fc.constant('delete' as const), name),
);

function apply(headers: PlainHeaders | Headers, ops: Op[]) {
  for (const o of ops) {
    if (o[0] === 'delete') headers.delete(o[1]);
    else headers[o[0]](o[1], o[2]);
  }
  return headers;
}

describe('PlainHeaders', () => {
  it('holds what Node’s Headers holds after any appends, sets and deletes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const ours = apply(new PlainHeaders(), ops);
        const node = apply(new Headers(), ops);
        expect([...ours]).toEqual([...node]);
        for (const n of ['x-api-key', 'AUTHORIZATION', 'a', 'missing']) {
          expect(ours.get(n)).toBe(node.get(n));
          expect(ours.has(n)).toBe(node.has(n));
        }
      }),
    );
  });

  it('is built from a record or from pairs, and iterates in every way Headers does', () => {
    const fromRecord = new PlainHeaders({ 'X-Api-Key': 'k', accept: 'application/json' });
    const fromPairs = new PlainHeaders([
      ['accept', 'application/json'],
      ['x-api-key', 'k'],
    ]);
    const expected = [
      ['accept', 'application/json'],
      ['x-api-key', 'k'],
    ];
    expect([...fromRecord.entries()]).toEqual(expected);
    expect([...fromPairs]).toEqual(expected);
    expect([...new PlainHeaders(fromPairs).keys()]).toEqual(['accept', 'x-api-key']);
    expect([...fromRecord.values()]).toEqual(['application/json', 'k']);
    const seen: string[] = [];
    fromRecord.forEach((v, n, h) => {
      seen.push(`${n}=${v}:${h === fromRecord}`);
    });
    expect(seen).toEqual(['accept=application/json:true', 'x-api-key=k:true']);
    expect([...new PlainHeaders()]).toEqual([]);
  });
});
