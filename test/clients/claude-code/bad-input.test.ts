// Settings files as people and editors really leave them: comments, trailing commas, a BOM, CRLF,
// broken JSON, a directory, a huge file, bytes that are not UTF-8, a file only its owner may read.
// Every one is a finding-ready problem or a note on the file, never an exception.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { json, makeWorld, type World } from '../../support/claude-code-world.js';
import { ROOT } from '../../support/fixture-case.js';
import { apiKey } from '../../support/keys.js';
import { cannotRun, notRoot } from '../../support/requires.js';

let world: World;
afterEach(() => world?.remove());
const fresh = () => {
  world = makeWorld();
  return world;
};
const USER = 'home/.claude/settings.json';

describe('lenient JSON: Claude Code rejects it, so it is noted, and still read', () => {
  it.each([
    ['a line comment', '{\n  // the gateway\n  "env": { "ANTHROPIC_BASE_URL": "https://gw" }\n}', 'comments'],
    ['a block comment', '{ /* x */ "env": { "ANTHROPIC_BASE_URL": "https://gw" } }', 'comments'],
    ['a trailing comma in an object', '{ "env": { "ANTHROPIC_BASE_URL": "https://gw", }, }', 'trailing-comma'],
    ['a trailing comma in an array', '{ "env": { "ANTHROPIC_BASE_URL": "https://gw" }, "x": [1,] }', 'trailing-comma'],
  ])('%s', (_title, text, lenient) => {
    const w = fresh();
    w.write(USER, text);
    const { facts, problems, settings } = w.read();
    expect(problems).toEqual([]);
    expect(facts.settings[0]!.lenient).toBe(lenient);
    expect(settings.map((s) => s.value)).toEqual(['https://gw']);
  });

  it('plain JSON is not lenient; a commented-out key is not read', () => {
    const w = fresh();
    w.write(USER, '{\n  // "env": { "ANTHROPIC_API_KEY": "old" },\n  "model": "m"\n}');
    const { facts } = w.read();
    expect(facts.settings[0]!.env).toEqual([]);
    expect(facts.settings[0]!.model).toMatchObject({ value: 'm', location: { line: 3, column: 12 } });
    w.write(USER, json({ model: 'm' }));
    expect(w.read().facts.settings[0]!.lenient).toBeUndefined();
  });
});

describe('positions stay right', () => {
  it('with a BOM and CRLF line endings', () => {
    const w = fresh();
    const text = json({ env: { ANTHROPIC_MODEL: 'claude-x' } }).replace(/\n/g, '\r\n');
    w.write(USER, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const { facts, problems } = w.read();
    expect(problems).toEqual([]);
    expect(facts.settings[0]!.env[0]!.location).toEqual({
      kind: 'file',
      path: '~/.claude/settings.json',
      line: 3,
      column: 24,
      key: 'env.ANTHROPIC_MODEL',
    });
  });

  it('the last of two equal keys wins, as in JSON.parse, with its own position', () => {
    const w = fresh();
    w.write(USER, '{"model": "first",\n "model": "second"}');
    expect(w.read().facts.settings[0]!.model).toMatchObject({ value: 'second', location: { line: 2, column: 11 } });
  });

  it('a key named like the env entry elsewhere in the file is not taken for it', () => {
    const w = fresh();
    w.write(USER, '{"permissions": {"env": {"ANTHROPIC_MODEL": "no"}},\n "env": {"ANTHROPIC_MODEL": "yes"}}');
    expect(w.read().facts.settings[0]!.env[0]).toMatchObject({ value: 'yes', location: { line: 2, column: 29 } });
  });
});

describe('problems', () => {
  it('invalid JSON: the line and column, and nothing of the text', () => {
    const w = fresh();
    const key = apiKey(3);
    w.write(USER, `{\n  "env": {\n    "ANTHROPIC_API_KEY": "${key}"\n    "ANTHROPIC_MODEL": "x"\n  }\n}`);
    const { facts, problems } = w.read();
    expect(problems).toEqual([
      {
        code: 'claude-code/settings-invalid',
        args: { path: '~/.claude/settings.json', line: 4, column: 5, message: "expected ',' or '}'" },
        location: { kind: 'file', path: '~/.claude/settings.json', line: 4, column: 5 },
      },
    ]);
    expect(facts.settings).toEqual([]);
    expect(facts.present).toBe(true);
    expect(JSON.stringify(problems)).not.toContain(key);
  });

  it.each([
    ['an unclosed string', '{"model": "x', 1, 11],
    ['a bare word', '{"model": nope}', 1, 11],
    ['an empty file', '', 1, 1],
    ['text after the value', '{}\n{}', 2, 1],
    ['a single-quoted name', "{'model': 1}", 1, 2],
    ['an unclosed comment', '{ /* x', 1, 3],
  ])('%s: at line %i column %i', (_title, text, line, column) => {
    const w = fresh();
    w.write(USER, text);
    expect(w.read().problems[0]).toMatchObject({ code: 'claude-code/settings-invalid', args: { line, column } });
  });

  it('a top level that is not an object', () => {
    const w = fresh();
    w.write('home/proj/.claude/settings.json', '["env"]');
    expect(w.read().problems).toEqual([
      {
        code: 'claude-code/settings-invalid',
        args: { path: '.claude/settings.json', line: 1, column: 1, message: 'the top level is not a JSON object' },
        location: { kind: 'file', path: '.claude/settings.json', line: 1, column: 1 },
      },
    ]);
  });

  it('nesting past the limit is a problem, not a stack overflow', () => {
    const w = fresh();
    w.write(USER, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(w.read().problems[0]).toMatchObject({ args: { message: 'nested too deeply' } });
  });

  it('a 50 MB file: too large, found at once', () => {
    const w = fresh();
    const path = w.write(USER, '');
    truncateSync(path, 50 * 1024 * 1024); // sparse: no disk space, no time
    const started = Date.now();
    const { problems } = w.read();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([
      {
        code: 'source/too-large',
        args: { path: '~/.claude/settings.json', size: 50 * 1024 * 1024, limit: 1024 * 1024 },
        location: { kind: 'file', path: '~/.claude/settings.json' },
      },
    ]);
  });

  it('a directory where a file should be', () => {
    const w = fresh();
    mkdirSync(join(w.project, '.claude', 'settings.local.json'), { recursive: true });
    mkdirSync(join(w.home, '.claude.json'));
    mkdirSync(join(w.home, '.claude', '.credentials.json'), { recursive: true });
    const { problems, facts } = w.read();
    expect(problems.map((p) => [p.code, p.args])).toEqual([
      ['source/unreadable', { path: '.claude/settings.local.json', reason: 'directory' }],
      ['source/unreadable', { path: '~/.claude.json', reason: 'directory' }],
      ['claude-code/login-unreadable', { path: '~/.claude/.credentials.json', reason: 'directory' }],
    ]);
    expect(facts.present).toBe(true);
  });

  it('a named pipe and a device are never opened (nothing waits for a writer)', () => {
    const w = fresh();
    mkdirSync(join(w.home, '.claude'));
    execFileSync('mkfifo', [join(w.home, '.claude', 'settings.json')]);
    execFileSync('mkfifo', [join(w.home, '.bashrc')]);
    symlinkSync('/dev/zero', join(w.home, '.claude.json'));
    const started = Date.now();
    const { problems } = w.read();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems.map((p) => [p.code, p.args])).toEqual([
      ['source/unreadable', { path: '~/.claude/settings.json', reason: 'other', detail: 'fifo' }],
      ['source/unreadable', { path: '~/.claude.json', reason: 'other', detail: 'char-device' }],
      ['source/unreadable', { path: '~/.bashrc', reason: 'other', detail: 'fifo' }],
    ]);
  });

  it('bytes that are not UTF-8, and UTF-16', () => {
    const w = fresh();
    w.write(USER, Buffer.from([0x7b, 0x0a, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]));
    w.write('home/.bashrc', Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    w.write('home/.claude/.credentials.json', Buffer.from([0x7b, 0x00, 0x7d]));
    expect(w.read().problems.map((p) => [p.code, p.args])).toEqual([
      ['source/not-text', { path: '~/.claude/settings.json', reason: 'invalid-utf8', line: 2 }],
      ['claude-code/login-unreadable', { path: '~/.claude/.credentials.json', reason: 'binary' }],
      ['source/not-text', { path: '~/.bashrc', reason: 'utf16' }],
    ]);
  });

  it.skipIf(cannotRun('The unreadable-settings test', notRoot()))(
    'a file only its owner may read (as an unprivileged user; runs where tests run as root, as in CI)',
    () => {
      const w = fresh();
      chmodSync(w.home, 0o755);
      chmodSync(join(w.home, '..'), 0o755);
      w.write(USER, json({ model: 'm' }), 0o600);
      w.write('home/.claude/.credentials.json', json({}), 0o600);
      chmodSync(join(w.home, '.claude'), 0o755);
      const runner = join(w.root, 'runner.mjs');
      buildSync({
        stdin: {
          contents: `import { readClaudeCode } from './src/clients/claude-code/sources.ts';
            process.stdout.write(JSON.stringify(readClaudeCode(JSON.parse(process.argv[2]))));`,
          resolveDir: ROOT,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: runner,
        logLevel: 'silent',
      });
      chmodSync(runner, 0o644);
      const input = { env: {}, useEnv: false, cwd: w.project, home: w.home, platform: 'linux', managedDir: w.managed };
      const out = execFileSync(
        'setpriv',
        ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, runner, JSON.stringify(input)],
        { encoding: 'utf8' },
      );
      const result = JSON.parse(out);
      expect(result.problems.map((p: { code: string; args: unknown }) => [p.code, p.args])).toEqual([
        ['source/unreadable', { path: '~/.claude/settings.json', reason: 'permission' }],
        ['claude-code/login-unreadable', { path: '~/.claude/.credentials.json', reason: 'permission' }],
      ]);
      expect(result.facts.present).toBe(true);
    },
  );
});
