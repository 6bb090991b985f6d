// The files GitHub Actions gives a step, written for real in a temporary folder: the job summary and the
// step outputs are appended, and a file that cannot be written is a finding with the reason, not a crash.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendCiFile, type CiFilesOptions, reasonOf, writeCiFiles } from '../../src/report/ci-files.js';
import { envInfo, missingKey, readableKeyFile, sampleReport } from '../support/report.js';

const dir = mkdtempSync(join(tmpdir(), 'ci-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `f${n++}`);
const OPTS: CiFilesOptions = { lang: 'en', strict: false, env: {}, cwd: dir, ignore: [] };

describe('appendCiFile', () => {
  it('appends to a regular file, creating it first', () => {
    const path = fresh();
    expect(appendCiFile(path, 'a=1\n')).toBeUndefined();
    expect(appendCiFile(path, 'b=日本\n')).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe('a=1\nb=日本\n');
  });

  it('writes a text larger than one write', () => {
    const path = fresh();
    const big = 'x'.repeat(3 * 1024 * 1024);
    expect(appendCiFile(path, big)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toHaveLength(big.length);
  });

  it('refuses a directory, a device and a missing folder', () => {
    const sub = fresh();
    mkdirSync(sub);
    expect(appendCiFile(sub, 'x')).toEqual({ reason: 'directory' });
    expect(appendCiFile('/dev/null', 'x')).toEqual({ reason: 'not-a-file' });
    expect(appendCiFile(join(dir, 'no', 'such', 'file'), 'x')).toEqual({ reason: 'missing-directory' });
    const file = fresh();
    writeFileSync(file, '');
    expect(appendCiFile(join(file, 'below'), 'x')).toEqual({ reason: 'missing-directory' });
  });
});

describe('reasonOf', () => {
  it.each([
    ['ENOENT', { reason: 'missing-directory' }],
    ['ENOTDIR', { reason: 'missing-directory' }],
    ['EISDIR', { reason: 'directory' }],
    ['EACCES', { reason: 'permission' }],
    ['EPERM', { reason: 'permission' }],
    ['ENXIO', { reason: 'not-a-file' }],
    ['ENOSPC', { reason: 'no-space' }],
    ['EDQUOT', { reason: 'no-space' }],
    ['EFBIG', { reason: 'no-space' }],
    ['EROFS', { reason: 'read-only' }],
    ['EIO', { reason: 'other', detail: 'EIO' }],
    [undefined, { reason: 'other', detail: 'unknown error' }],
  ])('%s -> %j', (code, failure) => {
    expect(reasonOf(Object.assign(new Error('x'), { code }))).toEqual(failure);
  });
});

describe('writeCiFiles', () => {
  const report = sampleReport([missingKey(), readableKeyFile('.env'), envInfo()]);

  it('writes the job summary and the outputs, and finds nothing wrong', () => {
    const summary = fresh();
    const output = fresh();
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
    expect(writeCiFiles(report, { ...OPTS, env })).toEqual([]);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## claude-doctor: 1 error\(s\), 1 warning\(s\), 1 info\n/);
    expect(readFileSync(summary, 'utf8')).toContain('key/missing');
    expect(readFileSync(output, 'utf8')).toBe('ok=false\nerrors=1\nwarnings=1\n');
  });

  it('says ok when there is no error, unless a warning fails under --strict', () => {
    const warned = sampleReport([readableKeyFile('.env')]);
    const output = fresh();
    writeCiFiles(warned, { ...OPTS, env: { GITHUB_OUTPUT: output } });
    writeCiFiles(warned, { ...OPTS, strict: true, env: { GITHUB_OUTPUT: output } });
    expect(readFileSync(output, 'utf8')).toBe('ok=true\nerrors=0\nwarnings=1\nok=false\nerrors=0\nwarnings=1\n');
  });

  it('writes in the language asked for, relative to the working folder', () => {
    const [ja, en] = [`f${n++}`, `f${n++}`];
    writeCiFiles(report, { ...OPTS, lang: 'ja', env: { GITHUB_STEP_SUMMARY: ja } });
    writeCiFiles(report, { ...OPTS, env: { GITHUB_STEP_SUMMARY: en } });
    expect(readFileSync(join(dir, ja), 'utf8')).toMatch(/[\u3040-\u30ff]/);
    expect(readFileSync(join(dir, en), 'utf8')).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('writes nothing when GitHub gave no files', () => {
    expect(writeCiFiles(report, OPTS)).toEqual([]);
  });

  it('turns a summary it cannot write into a warning that the outputs count', () => {
    const output = fresh();
    const env = { GITHUB_STEP_SUMMARY: 'no/such/dir/summary.md', GITHUB_OUTPUT: output };
    const found = writeCiFiles(sampleReport([]), { ...OPTS, env });
    expect(found).toEqual([
      {
        code: 'ci/step-summary-unwritable',
        severity: 'warning',
        args: { variable: 'GITHUB_STEP_SUMMARY', path: 'no/such/dir/summary.md', reason: 'missing-directory' },
        location: { kind: 'env', name: 'GITHUB_STEP_SUMMARY' },
      },
    ]);
    expect(readFileSync(output, 'utf8')).toBe('ok=true\nerrors=0\nwarnings=1\n');
  });

  it('turns outputs it cannot write into an error', () => {
    const sub = fresh();
    mkdirSync(sub);
    expect(writeCiFiles(sampleReport([]), { ...OPTS, env: { GITHUB_OUTPUT: sub } })).toEqual([
      {
        code: 'ci/output-unwritable',
        severity: 'error',
        args: { variable: 'GITHUB_OUTPUT', path: sub, reason: 'directory' },
        location: { kind: 'env', name: 'GITHUB_OUTPUT' },
      },
    ]);
  });

  it('leaves out the findings the user ignores', () => {
    const env = { GITHUB_STEP_SUMMARY: '/dev/null', GITHUB_OUTPUT: '/dev/null' };
    const ignore = ['ci/step-summary-unwritable', 'ci/output-unwritable'] as CiFilesOptions['ignore'];
    expect(writeCiFiles(sampleReport([]), { ...OPTS, env, ignore })).toEqual([]);
    expect(writeCiFiles(sampleReport([]), { ...OPTS, env }).map((f) => f.code)).toEqual([
      'ci/step-summary-unwritable',
      'ci/output-unwritable',
    ]);
  });
});
