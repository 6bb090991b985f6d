import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/sources/read-text.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readTextFile', () => {
  it('reads UTF-8 text, drops a BOM and keeps CRLF as it is', () => {
    expect(readTextFile(file('bom', '\uFEFFA=b\r\n'))).toEqual({ ok: true, text: 'A=b\r\n' });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope'), 'source/unreadable', { reason: 'missing' }],
    ['a directory', () => { mkdirSync(join(dir, 'd')); return join(dir, 'd'); }, 'source/unreadable', { reason: 'directory' }],
    ['a FIFO (must not block)', () => { execFileSync('mkfifo', [join(dir, 'fifo')]); return join(dir, 'fifo'); }, 'source/unreadable', { reason: 'other' }],
    ['a binary file', () => file('bin', Buffer.from('A=b\nC=\0\x01\x02')), 'source/not-text', { reason: 'binary', line: 2 }],
    ['UTF-16 with a BOM', () => file('u16', Buffer.from('\uFEFFA=b', 'utf16le')), 'source/not-text', { reason: 'utf16' }],
    ['Latin-1 on line 3', () => file('latin1', Buffer.from('A=b\nB=c\nC=caf\xe9\n', 'latin1')), 'source/not-text', { reason: 'invalid-utf8', line: 3 }],
  ])('%s', (_name, make, code, args) => {
    const result = readTextFile(make(), '.env');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(result.problem.args).toMatchObject({ path: '.env', ...args });
    expect(result.problem.location).toEqual({ kind: 'file', path: '.env' });
  });

  it('refuses a 100 MB file without reading it', () => {
    const path = file('huge', '');
    truncateSync(path, 100 * 1024 * 1024);
    const result = readTextFile(path, 'huge.env');
    expect(result).toMatchObject({ ok: false, problem: { code: 'source/too-large', args: { path: 'huge.env', size: 100 * 1024 * 1024, limit: 1024 * 1024 } } });
  });
});
