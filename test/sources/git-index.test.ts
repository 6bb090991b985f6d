// The index reader against indexes written by git itself: every version, long and non-ASCII
// paths, sparse and split indexes, a 100,000-file index, and damaged bytes; read from the open file a
// window at a time, with windows from one byte up, so that entries straddle them.
// (How long a large index takes is measured by npm run bench, not here.)
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackedAmong } from '../../src/sources/git-index.js';
import { INDEX_LIMIT } from '../../src/sources/file-facts.js';
import { scanCapped } from '../../src/sources/git-files.js';
import type { OpenedFile } from '../../src/sources/safe-read.js';
import { git, ourAnswer, repo, sandbox, write, type Sandbox } from '../support/git.js';

const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

/** Adds index entries straight from a list, without files on disk (`git update-index --index-info`). */
function addEntries(box: Sandbox, dir: string, paths: string[]): void {
  const input = paths.map((p) => `100644 ${EMPTY_BLOB}\t${p}\n`).join('');
  execFileSync('git', ['update-index', '--index-info'], { cwd: dir, env: box.env, input });
}

/** The index as an open file whose reads return at most `most` bytes each (a short read is legal). */
function inPieces(bytes: Buffer, most = bytes.length): OpenedFile {
  return {
    size: bytes.length,
    read(into, offset, length, position) {
      // As fs.readSync: a read past the buffer's end is an error, not clipped.
      if (offset + length > into.length) throw new RangeError('read past the end of the buffer');
      return bytes.copy(into, offset, position, position + Math.min(length, most));
    },
  };
}

const tracked = (bytes: Buffer, paths: string[], chunk?: number) => trackedAmong(inPieces(bytes), paths, 20, chunk);

/** The reader's answer from the repository's index file in windows of every size asked: all must agree. */
function answers(dir: string, paths: string[], chunks = [1, 64, 300, 4097, 1 << 18]): Set<string> | undefined {
  const path = join(dir, '.git/index');
  const [first, ...rest] = chunks.map((c) => scanCapped(path, INDEX_LIMIT, (f) => trackedAmong(f, paths, 20, c)));
  for (const other of rest) expect(other).toEqual(first);
  return first ?? undefined;
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
      expect([...answers(dir, [...paths, ...absent])!].sort()).toEqual(lsFiles(box, dir).sort());
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
    const found = answers(dir, ['in/a.env', 'out/deep/b.env', 'out/other', 'outside/x', 'top.env', 'nope']);
    expect([...found!].sort()).toEqual(['in/a.env', 'out/deep/b.env', 'out/other', 'top.env']);
  });

  it('a split index is not guessed at: unknown', () => {
    const box = sandbox();
    const dir = repo(box);
    write(dir, { 'a.env': 'x' });
    git(box, dir, 'add', 'a.env');
    git(box, dir, 'update-index', '--split-index');
    expect(answers(dir, ['a.env'])).toBeUndefined();
    // Its entries here are nameless ("replaced"); with named ones, the link extension alone says split.
    const plain = repo(box, 'plain');
    addEntries(box, plain, ['b.env']);
    const index = readFileSync(join(plain, '.git/index'));
    const entries = index.subarray(0, index.length - 20);
    const extension = (name: string, body: string) => {
      const size = Buffer.alloc(4);
      size.writeUInt32BE(body.length);
      return Buffer.concat([Buffer.from(name, 'latin1'), size, Buffer.from(body, 'latin1')]);
    };
    const withTail = (...tail: Buffer[]) => Buffer.concat([entries, ...tail, Buffer.alloc(20)]);
    expect(tracked(withTail(), ['b.env'])).toEqual(new Set(['b.env']));
    expect(tracked(withTail(extension('TREE', 'abc')), ['b.env'], 64)).toEqual(new Set(['b.env']));
    // Found after another extension, whose size is followed (not searched through: 'link' in a body is not one).
    expect(tracked(withTail(extension('link', '')), ['b.env'])).toBeUndefined();
    expect(tracked(withTail(extension('TREE', 'abc'), extension('link', 'x')), ['b.env'], 64)).toBeUndefined();
    expect(tracked(withTail(extension('TREE', 'linklink')), ['b.env'], 64)).toEqual(new Set(['b.env']));
    expect(ourAnswer(box, join(dir, 'a.env'))).toBe('unknown');
  });

  it('reads a 100,000-file index, versions 2 and 4', () => {
    const box = sandbox();
    const dir = repo(box);
    const paths = Array.from({ length: 100_000 }, (_, i) => `src/pkg${i % 500}/mod${i % 37}/file-${i}.ts`).sort();
    addEntries(box, dir, paths);
    for (const version of ['2', '4']) {
      git(box, dir, 'update-index', '--index-version', version);
      const targets = [paths[0]!, paths[99_999]!, paths[50_000]!, 'src/pkg1/mod1/file-0.ts', '.env'];
      const found = answers(dir, targets, [4097, 1 << 18]);
      expect([...found!].sort()).toEqual([paths[0], paths[50_000], paths[99_999]].sort());
    }
  });

  it('a file that ends before the size it had when opened: unknown, never stale bytes', () => {
    const box = sandbox();
    const dir = repo(box);
    addEntries(
      box,
      dir,
      Array.from({ length: 300 }, (_, i) => `d/f${i}.env`),
    );
    const bytes = readFileSync(join(dir, '.git/index'));
    expect(tracked(bytes, ['d/f299.env'], 512)).toEqual(new Set(['d/f299.env']));
    const shrunk = { ...inPieces(bytes.subarray(0, bytes.length - 100)), size: bytes.length };
    expect(trackedAmong(shrunk, ['d/f299.env'], 20, 512)).toBeUndefined();
  });

  it('a header not of an index of versions 2 to 4 is unknown; an empty index tracks nothing', () => {
    const header = (magic: string, version: number, count = 0) => {
      const h = Buffer.alloc(12);
      h.write(magic, 'latin1');
      h.writeUInt32BE(version, 4);
      h.writeUInt32BE(count, 8);
      return Buffer.concat([h, Buffer.alloc(20)]); // and the checksum
    };
    for (const version of [2, 3, 4]) expect(tracked(header('DIRC', version), ['a'])).toEqual(new Set());
    expect(tracked(header('DIRX', 2), ['a'])).toBeUndefined();
    expect(tracked(header('DIRC', 1), ['a'])).toBeUndefined();
    expect(tracked(header('DIRC', 5), ['a'])).toBeUndefined();
    expect(tracked(header('DIRC', 2).subarray(0, 31), ['a'])).toBeUndefined();
    expect(tracked(header('DIRC', 2, 1), ['a'])).toBeUndefined(); // an entry the file does not hold
    expect(tracked(header('DIRC', 2, 0xffffffff), ['a'])).toBeUndefined();
  });

  it('flags git would refuse: extended flags in version 2, a long-name mark on a short name', () => {
    const box = sandbox();
    const dir = repo(box);
    addEntries(box, dir, ['a.env']);
    const index = readFileSync(join(dir, '.git/index'));
    const flagsAt = 12 + 40 + 20;
    expect(index.readUInt16BE(flagsAt)).toBe(5);
    expect(tracked(index, ['a.env'])).toEqual(new Set(['a.env']));
    const withFlags = (flags: number) => {
      const copy = Buffer.from(index);
      copy.writeUInt16BE(flags, flagsAt);
      return copy;
    };
    expect(tracked(withFlags(0x4000 | 5), ['a.env'])).toBeUndefined();
    expect(tracked(withFlags(0x0fff), ['a.env'])).toBeUndefined();
  });

  it('v4: a prefix length whose encoding runs past 24 bits is corrupt, not wrapped round to a small one', () => {
    const box = sandbox();
    const dir = repo(box);
    addEntries(box, dir, ['a.env']);
    git(box, dir, 'update-index', '--index-version', '4');
    const index = readFileSync(join(dir, '.git/index'));
    const at = 12 + 40 + 20 + 2; // the first entry's prefix length: one byte, 0
    expect(index[at]).toBe(0);
    expect(tracked(index, ['a.env'])).toEqual(new Set(['a.env']));
    // 0x0e, 0x7fe, 0x3fffe, 0x1ffffff, then ((0x1ffffff + 1) << 7) | 0: 0 in 32 bits.
    const wrapped = Buffer.from([0x8e, 0xfe, 0xfe, 0xff, 0x00]);
    expect(tracked(Buffer.concat([index.subarray(0, at), wrapped, index.subarray(at + 1)]), ['a.env'])).toBeUndefined();
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
        const found = tracked(damaged, ['a.env', 'b/d.env', 'zz']);
        if (found) expect([...found].every((p) => ['a.env', 'b/d.env'].includes(p))).toBe(true);
        const piecewise = trackedAmong(
          inPieces(damaged, 1 + (cut % 13)),
          ['a.env', 'b/d.env', 'zz'],
          20,
          1 + (cut % 97),
        );
        expect(piecewise).toEqual(found);
      }),
      { seed: 20261123, numRuns: 2000 },
    );
    writeFileSync(join(dir, '.git/index'), clean['4']!.subarray(0, 40));
    expect(ourAnswer(box, join(dir, 'a.env'))).toBe('unknown');
  });
});
