// The index reader against indexes written by git itself: every version, long and non-ASCII
// paths, sparse and split indexes, a 100,000-file index read in time, and damaged bytes.
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackedAmong } from '../../src/sources/git-index.js';
import { INDEX_LIMIT } from '../../src/sources/file-facts.js';
import { git, ourAnswer, repo, sandbox, write, type Sandbox } from '../support/git.js';

const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

/** Adds index entries straight from a list, without files on disk (`git update-index --index-info`). */
function addEntries(box: Sandbox, dir: string, paths: string[]): void {
  const input = paths.map((p) => `100644 ${EMPTY_BLOB}\t${p}\n`).join('');
  execFileSync('git', ['update-index', '--index-info'], { cwd: dir, env: box.env, input });
}

const lsFiles = (box: Sandbox, dir: string) => git(box, dir, 'ls-files', '-z').split('\0').filter(Boolean);

describe('git index reader', () => {
  it('finds exactly the paths git ls-files lists, in index versions 2, 3 and 4', () => {
    const box = sandbox();
    const dir = repo(box);
    const long = Array.from({ length: 22 }, (_, i) => `${String(i).padStart(2, '0')}${'d'.repeat(198)}`).join('/');
    const paths = [
      '.env',
      'a/.env',
      'a/b/.env',
      'a/b/c.env',
      'a/bb.env',
      'a-b/.env',
      'données/clé.env',
      '鍵/ключ.env',
      'x y/z .env',
      `${long}/.env`,
      `${'n'.repeat(4094)}`,
      `${'m'.repeat(4095)}`,
      `${'o'.repeat(4096)}`,
    ];
    addEntries(box, dir, paths);
    const absent = [
      'b/.env',
      'a/b',
      'a',
      'a/b/c.en',
      'données/cle.env',
      `${long}/.envx`,
      'n'.repeat(4095),
      'm'.repeat(4096),
    ];
    for (const version of ['2', '3', '4']) {
      git(box, dir, 'update-index', '--index-version', version);
      if (version === '3') git(box, dir, 'update-index', '--skip-worktree', 'a/.env'); // extended flags
      const index = readFileSync(join(dir, '.git/index'));
      expect(index.readUInt32BE(4)).toBe(Number(version));
      expect([...trackedAmong(index, [...paths, ...absent])!].sort()).toEqual(lsFiles(box, dir).sort());
      expect(lsFiles(box, dir)).toHaveLength(paths.length);
    }
  });

  it('a sparse index: a path under a collapsed directory entry is tracked', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, { 'in/a.env': 'x', 'out/deep/b.env': 'x', 'top.env': 'x' });
    git(box, dir, 'add', '.');
    git(box, dir, 'commit', '-qm', 'init');
    git(box, dir, 'sparse-checkout', 'set', '--cone', '--sparse-index', 'in');
    expect(git(box, dir, 'ls-files', '--sparse')).toContain('out/\n'); // git did collapse out/
    const index = readFileSync(join(dir, '.git/index'));
    expect(
      [...trackedAmong(index, ['in/a.env', 'out/deep/b.env', 'out/other', 'outside/x', 'top.env', 'nope'])!].sort(),
    ).toEqual(['in/a.env', 'out/deep/b.env', 'out/other', 'top.env']);
  });

  it('a split index is not guessed at: unknown', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, { 'a.env': 'x' });
    git(box, dir, 'add', 'a.env');
    git(box, dir, 'update-index', '--split-index');
    expect(trackedAmong(readFileSync(join(dir, '.git/index')), ['a.env'])).toBeUndefined();
    expect(ourAnswer(box, join(dir, 'a.env'))).toBe('unknown');
  });

  it('reads a 100,000-file index in well under 100 ms, versions 2 and 4', () => {
    const box = sandbox();
    const dir = repo(box);
    const paths = Array.from({ length: 100_000 }, (_, i) => `src/pkg${i % 500}/mod${i % 37}/file-${i}.ts`).sort();
    addEntries(box, dir, paths);
    for (const version of ['2', '4']) {
      git(box, dir, 'update-index', '--index-version', version);
      const targets = [paths[0]!, paths[99_999]!, paths[50_000]!, 'src/pkg1/mod1/file-0.ts', '.env'];
      const times: number[] = [];
      let found: Set<string> | undefined;
      for (let run = 0; run < 5; run++) {
        // CPU time, not wall time: on a machine busy with other tests, waiting for a core is not ours.
        const start = process.cpuUsage();
        found = trackedAmong(readFileSync(join(dir, '.git/index')), targets);
        const used = process.cpuUsage(start);
        times.push((used.user + used.system) / 1000);
      }
      expect([...found!].sort()).toEqual([paths[0], paths[50_000], paths[99_999]].sort());
      // A check pays the first, cold run (~20 ms on a quiet machine); the best of five keeps a
      // machine busy with other tests from deciding the outcome.
      expect(Math.min(...times), `v${version}: ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(100);
    }
  });

  it('an index over the size limit is not read: unknown', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, { 'a.env': 'x' });
    git(box, dir, 'add', 'a.env');
    truncateSync(join(dir, '.git/index'), INDEX_LIMIT + 1);
    expect(ourAnswer(box, join(dir, 'a.env'))).toBe('unknown');
  });

  it('damaged bytes: never an exception, only a set of the asked paths or undefined', () => {
    const box = sandbox();
    const dir = repo(box);
    addEntries(box, dir, ['a.env', 'b/c.env', 'b/d.env', 'e.env']);
    const clean: Record<string, Buffer> = {};
    for (const version of ['2', '3', '4']) {
      git(box, dir, 'update-index', '--index-version', version);
      clean[version] = readFileSync(join(dir, '.git/index'));
    }
    const damage = fc.record({
      version: fc.constantFrom('2', '3', '4'),
      cut: fc.nat(),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(damage, ({ version, cut, flips }) => {
        const bytes = Buffer.from(clean[version]!);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const damaged = bytes.subarray(0, bytes.length - (cut % 8 === 0 ? 0 : cut % bytes.length));
        const found = trackedAmong(damaged, ['a.env', 'b/d.env', 'zz']);
        if (found) expect([...found].every((p) => ['a.env', 'b/d.env'].includes(p))).toBe(true);
      }),
      { seed: 20261123, numRuns: 2000 },
    );
    writeFileSync(join(dir, '.git/index'), clean['4']!.subarray(0, 40));
    expect(ourAnswer(box, join(dir, 'a.env'))).toBe('unknown');
  });
});
