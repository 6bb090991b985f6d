// `explain --file` on every real error text of fixtures/real-errors/ (issue #12): the recall over the
// files that hold a known error, and never a key, auth or billing claim on a negative (an error that is
// not a credential problem, or no error at all). The built CLI runs on the text part of each file.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/fixture-case.js';

/** 132/133 on 2026-12-01 (65/133 = 48.9% before issue #12); raise it as the matcher gets better. */
const MIN_RECALL = 0.99;

const DIR = join(ROOT, 'fixtures', 'real-errors');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { codes: string[]; negative: boolean }
>;

/** The pasted text: what follows the `# ---` line that ends the header. */
function textOf(file: string): string {
  const raw = readFileSync(join(DIR, file), 'utf8');
  const at = raw.indexOf('\n# ---\n');
  return at === -1 ? raw : raw.slice(at + '\n# ---\n'.length);
}

const WRONG_ON_NEGATIVE = /^(?:key|auth|billing)\//;

async function codesOf(file: string, tmp: string): Promise<string[]> {
  const path = join(tmp, file);
  writeFileSync(path, textOf(file));
  const run = await runCli(['explain', '--file', path, '--format', 'json'], tmp);
  if (run.code === 2) throw new Error(`${file}: exit 2: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}

describe('explain on real error texts', () => {
  it('finds the expected codes, and claims no key problem on a negative', { timeout: 240_000 }, async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(expected).sort()).toEqual(files.sort());
    const tmp = mkdtempSync(join(tmpdir(), 'cd-real-'));
    // Two at a time: the machine has two cores, and the time-bound tests run beside this one.
    const found = await inBatches(files, 2, (f) => codesOf(f, tmp));
    const misses: string[] = [];
    const wrong: string[] = [];
    let positives = 0;
    let hits = 0;
    files.forEach((file, i) => {
      const got = found[i]!;
      const want = expected[file]!;
      const all = want.codes.every((c) => got.includes(c));
      if (want.negative) {
        const claims = got.filter((c) => WRONG_ON_NEGATIVE.test(c));
        if (claims.length) wrong.push(`${file}: claimed ${claims.join(', ')}`);
        if (!all) misses.push(`${file} (negative): want ${want.codes.join(', ') || '-'}, got ${got.join(', ') || '-'}`);
        return;
      }
      positives++;
      if (all) hits++;
      else misses.push(`${file}: want ${want.codes.join(', ')}, got ${got.join(', ') || '-'}`);
    });
    const recall = hits / positives;
    console.log(`real errors: recall ${hits}/${positives} = ${(recall * 100).toFixed(1)}%`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(wrong).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
