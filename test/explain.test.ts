// The explain stream against a plain reading: split the text into lines, and take for each the first rule of
// the matcher table that matches it. Chunk boundaries must change nothing, and a line past 64 kB must still
// be diagnosed from the text around its error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainStream, Explainer, type Diagnosis } from '../src/explain.js';
import { MATCHERS } from '../src/probe/matchers.js';

const RULES = MATCHERS.filter((m) => m.text);

/** code -> the lines it was found on, by the plain reading. */
function plain(text: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  text.split('\n').forEach((line, i) => {
    const rule = RULES.find((m) => m.text!.test(line.replace(/\r$/, '')));
    if (rule) out[rule.code] = [...(out[rule.code] ?? []), i + 1];
  });
  return out;
}

const summary = (found: Diagnosis[]) => Object.fromEntries(found.map((d) => [d.code, d.lines]));

function explainIn(text: string, cuts: number[]): Diagnosis[] {
  const bytes = Buffer.from(text);
  const e = new Explainer();
  let from = 0;
  for (const cut of [...cuts.map((c) => Math.floor(c * bytes.length)).sort((a, b) => a - b), bytes.length]) {
    e.push(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  return e.finish();
}

describe('Explainer', () => {
  const piece = fc.constantFrom(
    'invalid x-api-key',
    '"type":"authentication_error"',
    'ECONNREFUSED',
    'Request timed out',
    'credit balance is too low',
    'rate_limit_error',
    '"message": "model: claude-x"}',
    'proxy',
    'x-api-',
    'key',
    'INFO ok',
    ' ',
    '\n',
    '\r\n',
    '日本',
    '😀',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });

  it('finds what a line-by-line reading finds, wherever the chunks are cut (up to 20 lines per code)', () => {
    fc.assert(
      fc.property(text, cuts, (t, c) => {
        const expected = Object.fromEntries(
          Object.entries(plain(t)).map(([code, lines]) => [code, lines.slice(0, 20)]),
        );
        expect(summary(explainIn(t, c))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([60_000, 70_000, 150_000, 1_000_000])('finds an error %i bytes into one line, in any chunking', (offset) => {
    const line = `${'a'.repeat(offset)} Error: connect ECONNREFUSED 127.0.0.1:4000 ${'b'.repeat(100_000)}`;
    const t = `first\n${line}\nlast Request timed out\n`;
    for (const c of [[], [0.1], [0.3, 0.30001, 0.5], [0.9]]) {
      const found = explainIn(t, c);
      expect(summary(found)).toEqual({ 'net/refused': [2], 'net/timeout': [3] });
      expect(found[0]!.excerpt).toContain('ECONNREFUSED');
    }
  });

  it('on a long line, the earliest rule of the table wins, as on a short one', () => {
    // net/refused comes after auth/invalid-api-key in the table, though it comes first in the line.
    const t = `${'x'.repeat(100_000)} ECONNREFUSED ${'y'.repeat(100_000)} invalid x-api-key ${'z'.repeat(10)}\n`;
    expect(summary(explainIn(t, [0.2, 0.7]))).toEqual({ 'auth/invalid-api-key': [1] });
  });

  it('a line full of signatures is read in bounded windows and still diagnosed', () => {
    const t = `${'proxy '.repeat(200_000)}Request timed out ${'proxy '.repeat(200_000)}\n`;
    expect(summary(explainIn(t, [0.25, 0.5, 0.75]))).toEqual({ 'net/timeout': [1] });
  });

  it('streams strings and buffers alike', async () => {
    async function* chunks() {
      yield 'INFO\nError: connect ECONN';
      yield Buffer.from('REFUSED 127.0.0.1:4000\n');
    }
    expect(summary(await explainStream(chunks()))).toEqual({ 'net/refused': [2] });
  });
});
