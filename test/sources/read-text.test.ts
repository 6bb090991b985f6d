import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONFIG_FILE_LIMIT,
  parsedOnce,
  readingOnce,
  readTextFile,
  type TextFile,
} from '../../src/sources/read-text.js';
import { apiKey } from '../support/keys.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let serial = 0;
/** A new file in the temp dir with these bytes; returns its absolute path. */
const file = (content: string | Buffer) => {
  const path = join(dir, `f${serial++}`);
  writeFileSync(path, content);
  return path;
};
const fresh = () => join(dir, `n${serial++}`);

/** The problem of a failed read (fails the test if the read succeeded). */
const problemOf = (result: TextFile) => {
  if (result.ok) throw new Error(`expected a problem, got text ${JSON.stringify(result.text)}`);
  return result.problem;
};

describe('readTextFile: bad input never throws and says why', () => {
  const cases: { title: string; make: () => string; code: string; args: Record<string, unknown> }[] = [
    { title: 'a missing file', make: () => fresh(), code: 'source/unreadable', args: { reason: 'missing' } },
    {
      title: 'a dangling symlink',
      make: () => {
        const link = fresh();
        symlinkSync(fresh(), link);
        return link;
      },
      code: 'source/unreadable',
      args: { reason: 'missing' },
    },
    {
      title: 'a directory',
      make: () => {
        const d = fresh();
        mkdirSync(d);
        return d;
      },
      code: 'source/unreadable',
      args: { reason: 'directory' },
    },
    {
      title: 'a symlink to a directory',
      make: () => {
        const d = fresh();
        mkdirSync(d);
        const link = fresh();
        symlinkSync(d, link);
        return link;
      },
      code: 'source/unreadable',
      args: { reason: 'directory' },
    },
    {
      // If readTextFile opened it, the test would hang: nobody ever writes to this FIFO.
      title: 'a FIFO, without blocking',
      make: () => {
        const fifo = fresh();
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      code: 'source/unreadable',
      args: { reason: 'other' },
    },
    {
      title: 'a character device (/dev/null)',
      make: () => '/dev/null',
      code: 'source/unreadable',
      args: { reason: 'other' },
    },
    {
      title: 'binary: a NUL on line 2',
      make: () => file(Buffer.from('A=b\nC=\0\x01\x02\nD=e\0')),
      code: 'source/not-text',
      args: { reason: 'binary', line: 2 },
    },
    {
      title: 'binary: a NUL first',
      make: () => file(Buffer.from([0, 0x41])),
      code: 'source/not-text',
      args: { reason: 'binary', line: 1 },
    },
    {
      title: 'UTF-16LE with a BOM',
      make: () => file(Buffer.from('\ufeffA=b\nC=d\n', 'utf16le')),
      code: 'source/not-text',
      args: { reason: 'utf16' },
    },
    {
      title: 'UTF-16BE with a BOM',
      make: () => file(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0x3d, 0x00, 0x62])),
      code: 'source/not-text',
      args: { reason: 'utf16' },
    },
    {
      title: 'UTF-16LE without a BOM (its NULs make it binary)',
      make: () => file(Buffer.from('A=b', 'utf16le')),
      code: 'source/not-text',
      args: { reason: 'binary', line: 1 },
    },
    {
      title: 'invalid UTF-8: a Latin-1 é on line 3',
      make: () => file(Buffer.from('A=b\nB=c\nC=caf\xe9\nD=e\n', 'latin1')),
      code: 'source/not-text',
      args: { reason: 'invalid-utf8', line: 3 },
    },
    {
      title: 'invalid UTF-8 on line 1',
      make: () => file(Buffer.concat([Buffer.from('A='), Buffer.from([0xff]), Buffer.from('\nB=ü\n')])),
      code: 'source/not-text',
      args: { reason: 'invalid-utf8', line: 1 },
    },
    {
      title: 'invalid UTF-8: a character cut off at the end of the file, after CRLF lines',
      make: () => file(Buffer.concat([Buffer.from('A=ü\r\nB=b\r\nC='), Buffer.from('€').subarray(0, 2)])),
      code: 'source/not-text',
      args: { reason: 'invalid-utf8', line: 3 },
    },
    {
      title: 'invalid UTF-8: an encoded surrogate',
      make: () => file(Buffer.concat([Buffer.from('A=b\nB='), Buffer.from([0xed, 0xa0, 0x80])])),
      code: 'source/not-text',
      args: { reason: 'invalid-utf8', line: 2 },
    },
  ];

  it.each(cases)('$title', ({ make, code, args }) => {
    const problem = problemOf(readTextFile(make(), '.env'));
    expect(problem.code).toBe(code);
    expect(problem.args).toEqual({
      path: '.env',
      ...args,
      ...('detail' in problem.args ? { detail: problem.args.detail } : {}),
    });
    expect(problem.location).toEqual({ kind: 'file', path: '.env' });
  });

  it('gives a detail for reason "other"', () => {
    const problem = problemOf(readTextFile('/dev/null', 'null.env'));
    expect(problem.args).toMatchObject({ reason: 'other', detail: expect.any(String) });
    expect(String(problem.args.detail).length).toBeGreaterThan(0);
  });

  it('refuses a 100 MB file from its size, without reading it', () => {
    const path = file('');
    truncateSync(path, 100 * 1024 * 1024); // sparse: takes no disk space and no time
    const problem = problemOf(readTextFile(path, 'huge.env'));
    expect(problem).toEqual({
      code: 'source/too-large',
      args: { path: 'huge.env', size: 100 * 1024 * 1024, limit: CONFIG_FILE_LIMIT },
      location: { kind: 'file', path: 'huge.env' },
    });
  });

  it('takes a file of exactly the limit and refuses one byte more', () => {
    expect(readTextFile(file('x'.repeat(10)), 'a.env', 10)).toEqual({ ok: true, text: 'x'.repeat(10) });
    expect(problemOf(readTextFile(file('x'.repeat(11)), 'b.env', 10))).toMatchObject({
      code: 'source/too-large',
      args: { path: 'b.env', size: 11, limit: 10 },
    });
  });

  it('checks the size before the content: a large binary file is too large, not binary', () => {
    expect(problemOf(readTextFile(file(Buffer.alloc(20)), 'z.env', 10)).code).toBe('source/too-large');
  });
});

describe('readTextFile: text', () => {
  it('reads UTF-8 text as it is', () => {
    const key = apiKey(11);
    const text = `# comment\nLLM_API_KEY=${key}\nMODEL="claude-sonnet-4-5" # é ü 日本\n`;
    expect(readTextFile(file(text), '.env')).toEqual({ ok: true, text });
  });

  it('reads an empty file as empty text', () => {
    expect(readTextFile(file(''), '.env')).toEqual({ ok: true, text: '' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(readTextFile(file(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x3d, 0x62])), '.env')).toEqual({
      ok: true,
      text: 'A=b',
    });
    expect(readTextFile(file('\ufeffA=b\nB=c'), '.env')).toEqual({ ok: true, text: 'A=b\nB=c' });
  });

  it('strips only the leading BOM, not one later in the text', () => {
    expect(readTextFile(file('A=b\n\ufeffB=c'), '.env')).toEqual({ ok: true, text: 'A=b\n\ufeffB=c' });
  });

  it('returns CRLF and lone CR text as it is', () => {
    expect(readTextFile(file('A=b\r\nB=c\r\n'), '.env')).toEqual({ ok: true, text: 'A=b\r\nB=c\r\n' });
    expect(readTextFile(file('\ufeffA=b\r\nB=c\rC=d'), '.env')).toEqual({ ok: true, text: 'A=b\r\nB=c\rC=d' });
  });
});

describe('readTextFile: the path the user typed', () => {
  it('names the file as `path`, not by its absolute path, in every kind of problem', () => {
    const results = [
      readTextFile(fresh(), '~/proj/.env'),
      readTextFile(dir, '~/proj/.env'),
      readTextFile(file(Buffer.from([0x41, 0])), '~/proj/.env'),
      readTextFile(file(Buffer.from([0xe9])), '~/proj/.env'),
      readTextFile(file('0123456789'), '~/proj/.env', 5),
    ];
    for (const result of results) {
      const problem = problemOf(result);
      expect(problem.location).toEqual({ kind: 'file', path: '~/proj/.env' });
      expect(problem.args.path).toBe('~/proj/.env');
      expect(JSON.stringify(problem)).not.toContain(dir);
    }
  });

  it('uses the absolute path when no other name is given', () => {
    const missing = fresh();
    const problem = problemOf(readTextFile(missing));
    expect(problem.location).toEqual({ kind: 'file', path: missing });
    expect(problem.args).toEqual({ path: missing, reason: 'missing' });
  });

  // Unreadable by permission: as root every file is readable, so test/e2e/env.test.ts runs the CLI
  // as an unprivileged user for that case.
});

describe('readingOnce', () => {
  it('reads each file once while it runs, and again after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-once-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'A=1\n');
    const texts = readingOnce(() => {
      const first = readTextFile(file);
      writeFileSync(file, 'A=2\n');
      // Nested, as a reader inside a reader: the same memory.
      const nested = readingOnce(() => readTextFile(file));
      return [first, readTextFile(file), nested, readTextFile(file, file, 10)];
    });
    expect(texts.map((t) => (t.ok ? t.text : t.problem.code))).toEqual(['A=1\n', 'A=1\n', 'A=1\n', 'A=2\n']);
    expect(readTextFile(file)).toEqual({ ok: true, text: 'A=2\n' });
    expect(readingOnce(() => readTextFile(file))).toEqual({ ok: true, text: 'A=2\n' });
  });

  it('keeps no problem: a missing file read, then written, is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-once-'));
    const file = join(dir, 'late.env');
    const [before, after] = readingOnce(() => {
      const missing = readTextFile(file);
      writeFileSync(file, 'B=1\n');
      return [missing, readTextFile(file)];
    });
    expect(before!.ok).toBe(false);
    expect(after).toEqual({ ok: true, text: 'B=1\n' });
  });
});

describe('parsedOnce', () => {
  it('parses once per key while readingOnce runs, every time otherwise', () => {
    let calls = 0;
    const parse = () => ({ n: ++calls });
    const [a, b, c] = readingOnce(() => [parsedOnce('k', parse), parsedOnce('k', parse), parsedOnce('other', parse)]);
    expect(a).toBe(b);
    expect(c).toEqual({ n: 2 });
    expect(parsedOnce('k', parse)).toEqual({ n: 3 });
    expect(readingOnce(() => parsedOnce('k', parse))).toEqual({ n: 4 });
  });
});
