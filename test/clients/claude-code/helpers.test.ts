// apiKeyHelper: what it would start, found without starting it; the literal an `echo` helper prints;
// and, only with runHelpers, one bounded run as Claude Code does it.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { literalOf } from '../../../src/clients/claude-code/sources/helpers.js';
import { shellWords } from '../../../src/clients/claude-code/sources/shell-words.js';
import { json, makeWorld, type World } from '../../support/claude-code-world.js';
import { apiKey } from '../../support/keys.js';

let world: World;
afterEach(() => world?.remove());
const fresh = () => {
  world = makeWorld();
  return world;
};

const helperIn = (w: World, command: string, file = 'home/.claude/settings.json') =>
  w.write(file, json({ apiKeyHelper: command }));

describe('the program a helper starts', () => {
  it.each([
    ['an executable file', (w: World) => `${w.write('bin/get-key', '#!/bin/sh\n', 0o755)} --profile x`, 'ok'],
    ['a file without an x bit', (w: World) => w.write('bin/get-key', '#!/bin/sh\n', 0o644), 'not-executable'],
    ['no such file', (w: World) => join(w.root, 'bin/none'), 'missing'],
    ['a directory', (w: World) => join(w.root, 'home'), 'missing'],
    [
      'a name on PATH',
      (w: World) => {
        w.write('bin/vault-key', '', 0o755);
        return 'vault-key | tr -d x';
      },
      'ok',
    ],
    ['a name not on PATH', () => 'no-such-helper-program', 'missing'],
    ['a relative path', () => './scripts/key.sh', 'relative'],
    ['a path below the folder', () => 'scripts/key.sh', 'relative'],
    ['an echo', () => 'echo x', 'ok'],
    ['a variable', () => '$HOME/bin/key', 'unknown'],
    ['a command substitution', () => '$(which key)', 'unknown'],
    ['an assignment first', () => 'AWS_PROFILE=x get-key', 'unknown'],
    ['a subshell', () => '(get-key)', 'unknown'],
    ['exec', () => 'exec get-key', 'unknown'],
    [
      '~/ in home',
      (w: World) => {
        w.write('home/bin/k', '', 0o755);
        return '~/bin/k';
      },
      'ok',
    ],
  ])('%s', (_title, make, state) => {
    const w = fresh();
    const command = make(w);
    helperIn(w, command);
    const { facts } = w.read({ env: { PATH: `${join(w.root, 'nothing')}:${join(w.root, 'bin')}` } });
    expect(facts.helpers).toHaveLength(1);
    expect(facts.helpers[0]!.state).toBe(state);
    expect(facts.helpers[0]!.layer).toBe('user');
  });

  it('names the program as written, and looks nothing up without a PATH', () => {
    const w = fresh();
    helperIn(w, '"/opt/my tools/key" --x');
    helperIn(w, 'get-key', 'home/proj/.claude/settings.json');
    const { facts } = w.read();
    expect(facts.helpers.map((h) => [h.layer, h.program, h.state])).toEqual([
      ['project', 'get-key', 'unknown'],
      ['user', '/opt/my tools/key', 'missing'],
    ]);
  });
});

describe('a helper that only prints a literal', () => {
  it.each([
    ['echo K', 'K'],
    ['echo -n K', 'K'],
    ["echo 'K'", 'K'],
    ['echo "K"', 'K'],
    ['printf K', 'K'],
    ["printf '%s' K", 'K'],
    ['printf \'%s\\n\' "K"', 'K'],
    ['  echo   K  ', 'K'],
    ['/bin/echo K', 'K'],
    ["/usr/bin/printf '%s' K", 'K'],
  ])('%s', (template, expected) => {
    const key = apiKey(7);
    const command = template.replace('K', key);
    expect(literalOf(shellWords(command))).toBe(expected.replace('K', key));
    const w = fresh();
    helperIn(w, command, 'home/proj/.claude/settings.json');
    const { facts, settings } = w.read();
    const literal = {
      role: 'api_key',
      name: 'apiKeyHelper',
      value: key,
      source: 'claude-code-helper',
      trust: 'project',
      location: { kind: 'file', path: '.claude/settings.json', line: 2, column: 19, key: 'apiKeyHelper' },
    };
    expect(facts.helpers[0]!.literal).toEqual(literal);
    expect(settings).toEqual([literal]);
    // The command in the facts holds the key no more.
    expect(facts.helpers[0]!.helper.value).not.toContain(key);
    expect(facts.settings[0]!.apiKeyHelper!.value).not.toContain(key);
  });

  it('a literal that does not look like a key is kept out of the command in the facts too', () => {
    const w = fresh();
    helperIn(w, 'echo gateway-secret-0042');
    const { facts } = w.read();
    expect(facts.helpers[0]!.literal?.value).toBe('gateway-secret-0042');
    expect(JSON.stringify(facts.helpers[0]!.helper)).not.toContain('gateway-secret-0042');
    expect(JSON.stringify(facts.settings)).not.toContain('gateway-secret-0042');
  });

  it.each([
    'echo $KEY',
    'echo "$(cat key)"',
    'echo -e K',
    "echo 'K\\n'",
    'printf "%s %s" a b',
    'printf %d 1',
    'echo K; rm x',
    'echo K | tr -d x',
    'cat key.txt',
    'echo',
    // A project's own `echo` may print anything.
    './bin/echo K',
    '/opt/tools/echo K',
  ])('not a literal: %s', (command) => {
    expect(literalOf(shellWords(command.replace('K', 'abc')))).toBeUndefined();
    const w = fresh();
    helperIn(w, command);
    expect(w.read().facts.helpers[0]!.literal).toBeUndefined();
  });
});

describe('running helpers', () => {
  it('without runHelpers nothing runs, whatever the helper', () => {
    const w = fresh();
    const marker = join(w.root, 'ran');
    helperIn(w, `touch ${marker}`);
    helperIn(w, `touch ${marker}`, 'home/proj/.claude/settings.json');
    helperIn(w, `touch ${marker}`, 'managed/managed-settings.json');
    w.write('home/.bashrc', `export ANTHROPIC_API_KEY=$(touch ${marker})\n`);
    const { facts } = w.read({ env: { PATH: process.env.PATH } });
    expect(facts.helpers).toHaveLength(3);
    expect(facts.helperRuns).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('runs each helper once in the project folder, stdin closed, and keeps its output as Claude Code would', () => {
    const w = fresh();
    const key = apiKey(4);
    const count = join(w.root, 'count');
    helperIn(w, `echo x >> ${count}; pwd >&2; cat; printf '%s\\n\\n' ${key}`);
    helperIn(w, `echo x >> ${count}; pwd >&2; cat; printf '%s\\n\\n' ${key}`, 'home/proj/.claude/settings.json');
    const { facts, settings } = w.read({
      env: { PATH: process.env.PATH },
      runHelpers: { deadline: Date.now() + 5000, trustProject: true },
    });
    expect(facts.helperRuns.map((r) => [r.outcome, r.exitCode, r.stderr])).toEqual([
      ['ok', 0, w.project],
      ['ok', 0, w.project],
    ]);
    const output = facts.helperRuns[1]!.output!;
    // One trailing newline off, exactly: the second stays, and the key checks will see it.
    expect(output).toMatchObject({ role: 'api_key', name: 'apiKeyHelper', value: `${key}\n`, trust: 'user' });
    expect(facts.helperRuns[0]!.output).toMatchObject({ trust: 'project' });
    expect(settings.filter((s) => s.source === 'claude-code-helper')).toHaveLength(2);
    expect(readFileSync(count, 'utf8')).toBe('x\n');
  });

  it('without trustProject, only the user’s own helper runs: the project’s is a command a repository chose', () => {
    const w = fresh();
    const marker = join(w.root, 'project-helper-ran');
    helperIn(w, `touch ${marker}; echo x`, 'home/proj/.claude/settings.json');
    helperIn(w, 'echo from-user');
    const { facts } = w.read({ env: { PATH: process.env.PATH }, runHelpers: { deadline: Date.now() + 5000 } });
    expect(existsSync(marker)).toBe(false);
    expect(facts.helperRuns.map((r) => r.output?.trust)).toEqual(['user']);
  });

  it('a literal helper that was run gives one setting, its output', () => {
    const w = fresh();
    helperIn(w, `echo ${apiKey(6)}`);
    const { facts, settings } = w.read({
      env: { PATH: process.env.PATH },
      runHelpers: { deadline: Date.now() + 5000 },
    });
    expect(facts.helpers[0]!.literal?.value).toBe(apiKey(6));
    expect(settings).toEqual([facts.helperRuns[0]!.output]);
    expect(settings[0]!.value).toBe(apiKey(6));
  });

  it('a failing helper: its exit code and its stderr, redacted and cut to five lines; no output setting', () => {
    const w = fresh();
    const key = apiKey(5);
    helperIn(w, `echo "token ${key} refused" >&2; for i in 1 2 3 4 5 6 7; do echo line$i >&2; done; echo out; exit 3`);
    const { facts, settings } = w.read({
      env: { PATH: process.env.PATH },
      runHelpers: { deadline: Date.now() + 5000 },
    });
    const run = facts.helperRuns[0]!;
    expect(run.outcome).toBe('failed');
    expect(run.exitCode).toBe(3);
    expect(run.output).toBeUndefined();
    expect(run.stderr!.split('\n')).toHaveLength(6);
    expect(run.stderr).toMatch(/^token sk-ant-api03-…\S+ \(108 chars, #[0-9a-f]{8}\) refused\nline1\n/);
    expect(run.stderr).not.toContain(key);
    expect(settings).toEqual([]);
  });

  it('a helper whose program is not there', () => {
    const w = fresh();
    helperIn(w, 'no-such-helper-program-x');
    const run = w.read({ env: { PATH: process.env.PATH }, runHelpers: { deadline: Date.now() + 5000 } }).facts
      .helperRuns[0]!;
    expect(run).toMatchObject({ outcome: 'not-found', exitCode: 127 });
  });

  it('a sleeping helper, and the children it starts, end by the deadline', () => {
    const w = fresh();
    const marker = join(w.root, 'late');
    helperIn(w, `(sleep 2; touch ${marker}) & sleep 30`);
    const started = Date.now();
    const { facts } = w.read({ env: { PATH: process.env.PATH }, runHelpers: { deadline: started + 700 } });
    const took = Date.now() - started;
    expect(facts.helperRuns[0]).toMatchObject({ outcome: 'timeout' });
    expect(took).toBeGreaterThanOrEqual(600);
    expect(took).toBeLessThan(1500);
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(existsSync(marker)).toBe(false);
        done();
      }, 2500),
    );
  });

  it('a deadline already past runs nothing', () => {
    const w = fresh();
    const marker = join(w.root, 'ran');
    helperIn(w, `touch ${marker}`);
    const { facts } = w.read({ env: { PATH: process.env.PATH }, runHelpers: { deadline: Date.now() - 1 } });
    expect(facts.helperRuns[0]).toEqual({ helper: facts.helpers[0]!.helper, outcome: 'timeout' });
    expect(existsSync(marker)).toBe(false);
  });

  it('output past 64 KB is cut and the run counted as failed', () => {
    const w = fresh();
    mkdirSync(join(w.root, 'x'));
    helperIn(w, 'head -c 200000 /dev/zero | tr "\\0" a');
    const run = w.read({ env: { PATH: process.env.PATH }, runHelpers: { deadline: Date.now() + 5000 } }).facts
      .helperRuns[0]!;
    expect(run.outcome).toBe('failed');
  });
});
