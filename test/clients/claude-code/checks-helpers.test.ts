// apiKeyHelper: the command as written, and what --run-helpers saw.
import { describe, expect, it } from 'vitest';
import { outputProblems } from '../../../src/clients/claude-code/checks/helpers.js';
import { check, codes, facts, helperOf, helperOutput, only, settingsFile } from '../../support/claude-code.js';
import { apiKey } from '../../support/keys.js';

const user = settingsFile('user', {}, { apiKeyHelper: '/home/me/bin/get-key --vault prod' });
const project = settingsFile('project', {}, { apiKeyHelper: '/home/me/bin/get-key' });
const local = settingsFile('local', {}, { apiKeyHelper: '/home/me/bin/get-key' });

describe('the helper program', () => {
  it.each([
    ['missing', 'claude-code/helper-missing'],
    ['not-executable', 'claude-code/helper-not-executable'],
    ['relative', 'claude-code/helper-relative-path'],
  ] as const)('state %s gives %s, naming the file and the program', (state, code) => {
    const found = only(check(facts({ settings: [user], helpers: [helperOf(user, { state })] })), code);
    expect(found).toHaveLength(1);
    expect(found[0]?.args).toEqual({ path: '~/.claude/settings.json', program: '/home/me/bin/get-key' });
    expect(found[0]?.location).toEqual(user.apiKeyHelper!.location);
  });

  it('says nothing of a program that is there or could not be judged', () => {
    for (const state of ['ok', 'unknown'] as const) {
      const found = codes(check(facts({ settings: [user], helpers: [helperOf(user, { state })] })));
      expect(found).toEqual(['claude-code/helper-not-run']);
    }
  });

  it('never shows a key written as the program', () => {
    const key = apiKey(3);
    const found = check(facts({ settings: [user], helpers: [helperOf(user, { program: key, state: 'missing' })] }));
    expect(JSON.stringify(found)).not.toContain(key);
  });
});

describe('claude-code/helper-in-project', () => {
  it('warns of a project or local helper, not a user or managed one', () => {
    for (const file of [project, local]) {
      const [found] = only(
        check(facts({ settings: [file], helpers: [helperOf(file)] })),
        'claude-code/helper-in-project',
      );
      expect(found?.args).toEqual({ path: file.path, layer: file.layer });
      expect(found?.severity).toBe('warning');
    }
    const managed = settingsFile('managed', {}, { apiKeyHelper: '/opt/get-key' });
    for (const file of [user, managed]) {
      expect(codes(check(facts({ settings: [file], helpers: [helperOf(file)] })))).not.toContain(
        'claude-code/helper-in-project',
      );
    }
  });
});

describe('claude-code/helper-literal and claude-code/helper-not-run', () => {
  it('shows a literal redacted and does not ask to run it', () => {
    const key = apiKey(4);
    const literal = helperOutput(key, user.apiKeyHelper!);
    const found = check(facts({ settings: [user], helpers: [helperOf(user, { literal })] }));
    expect(codes(found)).toEqual(['claude-code/helper-literal']);
    expect(found[0]?.args).toMatchObject({ path: '~/.claude/settings.json' });
    expect(only(found, 'claude-code/helper-literal')[0]?.args.credential).toMatch(/^sk-ant-api03-…/);
    expect(found[0]?.severity).toBe('info');
    expect(JSON.stringify(found)).not.toContain(key);
  });

  it('lists the helpers that were not run, and none once each has run', () => {
    const f = facts({ settings: [user, project], helpers: [helperOf(user), helperOf(project)] });
    const [found] = only(check(f), 'claude-code/helper-not-run');
    expect(found?.args).toEqual({ paths: ['~/.claude/settings.json', '.claude/settings.json'] });
    const ran = (file: typeof user) => ({
      helper: file.apiKeyHelper!,
      outcome: 'ok' as const,
      output: helperOutput(apiKey(5), file.apiKeyHelper!),
    });
    const one = { ...f, helperRuns: [ran(user)] };
    expect(only(check(one), 'claude-code/helper-not-run')[0]?.args).toEqual({ paths: ['.claude/settings.json'] });
    const both = { ...f, helperRuns: [ran(user), ran(project)] };
    expect(codes(check(both))).not.toContain('claude-code/helper-not-run');
  });
});

describe('claude-code/helper-failed', () => {
  it.each([
    ['failed', 1],
    ['timeout', undefined],
    ['not-found', 127],
  ] as const)('reports outcome %s with the exit code and the error output', (outcome, exitCode) => {
    const run = {
      helper: user.apiKeyHelper!,
      outcome,
      ...(exitCode === undefined ? {} : { exitCode }),
      stderr: 'op: not signed in',
    };
    const [found] = only(
      check(facts({ settings: [user], helpers: [helperOf(user)], helperRuns: [run] })),
      'claude-code/helper-failed',
    );
    expect(found?.args).toEqual({
      path: '~/.claude/settings.json',
      outcome,
      ...(exitCode === undefined ? {} : { exitCode }),
      stderr: 'op: not signed in',
    });
    expect(found?.severity).toBe('error');
  });

  it('scrubs a key the program printed on stderr', () => {
    const key = apiKey(6);
    const run = { helper: user.apiKeyHelper!, outcome: 'failed' as const, exitCode: 2, stderr: `bad key ${key}` };
    const found = check(facts({ settings: [user], helpers: [helperOf(user)], helperRuns: [run] }));
    expect(JSON.stringify(found)).not.toContain(key);
    expect(only(found, 'claude-code/helper-failed')[0]?.args.stderr).toMatch(/^bad key sk-ant-api03-…/);
  });
});

describe('claude-code/helper-output-invalid', () => {
  const run = (value: string) => ({
    helper: user.apiKeyHelper!,
    outcome: 'ok' as const,
    output: helperOutput(value, user.apiKeyHelper!),
  });
  const findings = (value: string) =>
    only(
      check(facts({ settings: [user], helpers: [helperOf(user)], helperRuns: [run(value)] })),
      'claude-code/helper-output-invalid',
    );

  it('accepts one printable token with the line break echo adds', () => {
    expect(findings(`${apiKey(1)}\n`)).toEqual([]);
    expect(findings('~!#$%&*()_+{}|:"<>?`-=[]\\;\',./')).toEqual([]);
  });

  it('refuses what Claude Code refuses, with the first bad position', () => {
    expect(findings('')[0]?.args).toEqual({ path: '~/.claude/settings.json', problems: ['empty'] });
    expect(findings('abc def')[0]?.args).toMatchObject({ problems: ['several-words'], position: 4 });
    expect(findings('abc\tdef')[0]?.args).toMatchObject({ problems: ['several-words'], position: 4 });
    expect(findings('Password: \nabcd')[0]?.args).toMatchObject({
      problems: ['several-words', 'line-break'],
      position: 10,
    });
    expect(findings('ab\r\ncd')[0]?.args).toMatchObject({ problems: ['line-break'], position: 3 });
    expect(findings('ab\0cd')[0]?.args).toMatchObject({ problems: ['control'], position: 3 });
    expect(findings('ab\u007fcd')[0]?.args).toMatchObject({ problems: ['control'] });
    expect(findings('ab\u001fcd')[0]?.args).toMatchObject({ problems: ['control'] });
    expect(findings('abcé')[0]?.args).toMatchObject({ problems: ['non-ascii'], position: 4 });
    expect(findings('ab\u00ffc')[0]?.args).toMatchObject({ problems: ['non-ascii'] });
    expect(findings('ab\u0100c')[0]?.args).toMatchObject({ problems: ['above-latin1'], position: 3 });
    expect(findings('ab\u200bc')[0]?.args).toMatchObject({ problems: ['above-latin1'] });
    expect(findings('~')).toEqual([]);
  });

  it('counts characters, not UTF-16 units, for the position', () => {
    expect(outputProblems('😀 x')).toEqual({ problems: ['above-latin1', 'several-words'], position: 1 });
    expect(outputProblems('a😀')).toEqual({ problems: ['above-latin1'], position: 2 });
  });
});
