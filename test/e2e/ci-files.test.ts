// The job summary and step output files of GitHub Actions when they cannot be written: in a missing
// folder, a directory, a FIFO nobody reads, a device, a file the user may not write, a file size
// limit. Each is a finding in the report, the report is printed whole, the run does not hang, and
// the exit code comes from the findings (never 2).
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, prepareCase, type CliRun } from '../support/fixture-case.js';
import { githubProblems } from '../support/injection.js';
import { cannotRun, notRoot } from '../support/requires.js';
import { exitCodeOf } from '../support/exit-code.js';

/** Runs the built CLI; a run that hangs is killed after 10 s (and fails the test), not left behind. */
function cli(
  args: string[],
  cwd: string,
  env: Record<string, string>,
  command = process.execPath,
): Promise<CliRun & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve) =>
    execFile(
      command,
      args,
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, timeout: 10_000, killSignal: 'SIGKILL' },
      (error, stdout, stderr) =>
        resolve({
          code: exitCodeOf(error, -1),
          stdout,
          stderr,
          ms: Date.now() - started,
        }),
    ),
  );
}

/** A clean project (no error finding), run with --format github and the given CI files. */
const github = (dir: string, env: Record<string, string>, extra: string[] = []) =>
  cli(['--', CLI, 'check', '--format', 'github', '--offline', '--no-docker', ...extra], dir, {
    GITHUB_ACTIONS: 'true',
    ...env,
  });

/** The report is all there: annotations for the finding and the text report inside its block. */
function expectWholeReport(run: CliRun, code: string) {
  expect(run.stderr).toBe('');
  expect(githubProblems(run.stdout)).toEqual([]);
  expect(run.stdout).toMatch(new RegExp(`^::(error|warning) title=${code.replace('/', '\\/')}%3A`, 'm'));
  expect(run.stdout).toMatch(new RegExp(`^  . ${code.replace('/', '\\/')}  `, 'm'));
  expect(run.stdout).toMatch(/^[✖✔] .+ — /m);
}

describe('an unwritable GITHUB_STEP_SUMMARY is a warning; the outputs still agree with the exit code', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['in a missing folder', (dir) => join(dir, 'no/such/folder/summary.md'), /is in a folder that does not exist/],
    [
      'a directory',
      (dir) => {
        mkdirSync(join(dir, 'summary.d'));
        return join(dir, 'summary.d');
      },
      /is a directory/,
    ],
    [
      'a FIFO nobody reads (no hang)',
      (dir) => {
        execFileSync('mkfifo', [join(dir, 'fifo')]);
        return join(dir, 'fifo');
      },
      /is not a regular file/,
    ],
    [
      'a symlink to /dev/full',
      (dir) => {
        symlinkSync('/dev/full', join(dir, 'full'));
        return join(dir, 'full');
      },
      /is not a regular file/,
    ],
  ];

  it.each(cases)('%s', { timeout: 30_000 }, async (_, make, reason) => {
    const dir = prepareCase('env/clean');
    const outputs = join(dir, 'outputs.txt');
    writeFileSync(outputs, '');
    const summary = make(dir);
    const run = await github(dir, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs });
    expectWholeReport(run, 'ci/step-summary-unwritable');
    expect(run.stdout).toMatch(reason);
    expect(run.ms).toBeLessThan(5000);
    // A warning: the check passes, and the outputs (written after) say so, counting it.
    expect(run.code).toBe(0);
    expect(readFileSync(outputs, 'utf8')).toBe('ok=true\nerrors=0\nwarnings=1\n');
    // Under --strict the warning fails the run, and the outputs agree.
    writeFileSync(outputs, '');
    const strict = await github(dir, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs }, ['--strict']);
    expect(strict.code).toBe(1);
    expect(readFileSync(outputs, 'utf8')).toBe('ok=false\nerrors=0\nwarnings=1\n');
  });
});

describe('an unwritable GITHUB_OUTPUT is an error', () => {
  it('a device: the finding is printed, the summary is written, exit 1 (0 when the code is ignored)', async () => {
    const dir = prepareCase('env/clean');
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const run = await github(dir, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: '/dev/full' });
    expectWholeReport(run, 'ci/output-unwritable');
    expect(run.code).toBe(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## claude-doctor: /);
    const ignored = await github(dir, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: '/dev/full' }, [
      '--ignore',
      'ci/output-unwritable',
    ]);
    expect(ignored.stdout).not.toContain('ci/output-unwritable');
    expect(ignored.code).toBe(0);
  });

  it('both files unwritable, in Japanese: two findings, the report whole', async () => {
    const dir = prepareCase('env/clean');
    const run = await github(dir, { GITHUB_STEP_SUMMARY: join(dir, 'none/s.md'), GITHUB_OUTPUT: dir }, [
      '--lang',
      'ja',
    ]);
    expectWholeReport(run, 'ci/output-unwritable');
    expect(run.stdout).toContain('ci/step-summary-unwritable');
    expect(run.stdout).toContain('ジョブの概要を書き込めません');
    expect(run.code).toBe(1);
  });

  it('a file size limit (EFBIG): no space left, the run ends normally', async () => {
    const dir = prepareCase('env/clean');
    writeFileSync(join(dir, 'outputs.txt'), '');
    // SIGXFSZ ignored, as a runner's shell may: the write then fails with EFBIG instead of killing node.
    const run = await cli(
      [
        '-c',
        'trap "" XFSZ; ulimit -f 0; exec "$0" -- "$1" check --format github --offline --no-docker',
        process.execPath,
        CLI,
      ],
      dir,
      { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: join(dir, 'outputs.txt') },
      'bash',
    );
    expectWholeReport(run, 'ci/output-unwritable');
    expect(run.stdout).toMatch(/no space left/);
    expect(run.code).toBe(1);
  });

  it.skipIf(cannotRun('The unwritable-output test', notRoot()))(
    'a file the user may not write (as an unprivileged user; runs where tests run as root, as in CI)',
    async () => {
      const dir = prepareCase('env/clean');
      const outputs = join(dir, 'outputs.txt');
      writeFileSync(outputs, '');
      chmodSync(outputs, 0o644);
      chmodSync(join(dir, '.env'), 0o644);
      const run = await cli(
        [
          '--reuid=nobody',
          '--regid=nogroup',
          '--clear-groups',
          process.execPath,
          '--',
          CLI,
          'check',
          '--format',
          'github',
          '--offline',
          '--no-docker',
        ],
        dir,
        { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: outputs },
        'setpriv',
      );
      expectWholeReport(run, 'ci/output-unwritable');
      expect(run.stdout).toMatch(/permission denied/);
      expect(readFileSync(outputs, 'utf8')).toBe('');
      expect(run.stdout).not.toContain('source/unreadable');
      expect(run.code).toBe(1);
    },
  );
});
