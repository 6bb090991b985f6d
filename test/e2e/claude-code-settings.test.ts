// End to end: Claude Code's cloud, network and managed settings, --project, and settings files that are
// broken in the ways real ones are (comments, trailing commas, BOM, CRLF, 50 MB, a directory, invalid
// JSON, unreadable): always a finding with the path, never a stack trace, exit 0 or 1.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  caseEnv,
  checkCase,
  claudeProfile,
  codesOf,
  findingOf,
  placeOf,
  prepareClaudeCase,
} from '../support/claude-code-case.js';
import { CLI, type JsonReport, leaked } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { cannotRun, notRoot } from '../support/requires.js';

describe('cloud providers and the network', () => {
  it('Bedrock on without AWS_REGION: cloud-missing-variables at the switch', async () => {
    const { json, code } = await checkCase('subscription', { env: { CLAUDE_CODE_USE_BEDROCK: '1' } });
    expect(findingOf(json, 'claude-code/cloud-missing-variables')).toMatchObject({
      severity: 'warning',
      location: { kind: 'env', name: 'CLAUDE_CODE_USE_BEDROCK' },
      message: expect.stringContaining('AWS_REGION'),
    });
    // The subscription login is not used: no OAuth probe to skip.
    expect(codesOf(json)).not.toContain('claude-code/oauth-not-probed');
    expect(code).toBe(0);
    const set = await checkCase('subscription', {
      env: { CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1', AWS_PROFILE: 'work' },
    });
    expect(codesOf(set.json)).not.toContain('claude-code/cloud-missing-variables');
  });

  it('Vertex on with an Anthropic API model id: cloud-model-mismatch at ANTHROPIC_MODEL', async () => {
    const env = { CLAUDE_CODE_USE_VERTEX: '1', CLOUD_ML_REGION: 'us-east5', ANTHROPIC_VERTEX_PROJECT_ID: 'proj-1' };
    const { json } = await checkCase('subscription', { env: { ...env, ANTHROPIC_MODEL: 'claude-sonnet-4-6' } });
    expect(findingOf(json, 'claude-code/cloud-model-mismatch')).toMatchObject({
      location: { kind: 'env', name: 'ANTHROPIC_MODEL' },
      message: expect.stringContaining('Vertex'),
    });
    expect(claudeProfile(json)).toMatchObject({ model: 'claude-sonnet-4-6' });
  });

  it('NODE_EXTRA_CA_CERTS set in settings env to a missing file: extra-ca-invalid at that line', async () => {
    const { json, code, stderr } = await checkCase('ca-missing');
    expect(findingOf(json, 'claude-code/extra-ca-invalid')).toMatchObject({
      location: { path: '~/.claude/settings.json', line: 3 },
      message: expect.stringContaining('does not exist'),
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('NODE_EXTRA_CA_CERTS pointing at a file that is not PEM: extra-ca-invalid', async () => {
    const { json } = await checkCase('ca-not-pem');
    expect(findingOf(json, 'claude-code/extra-ca-invalid')!.message).toContain('no PEM certificate');
  });

  it('NODE_TLS_REJECT_UNAUTHORIZED=0: tls-verification-off', async () => {
    const { json } = await checkCase('subscription', { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });
    expect(placeOf(findingOf(json, 'claude-code/tls-verification-off'))).toEqual({
      path: 'NODE_TLS_REJECT_UNAUTHORIZED',
      line: undefined,
    });
  });

  it('a bad ANTHROPIC_CUSTOM_HEADERS line: custom-headers-invalid names the line', async () => {
    const { json, code } = await checkCase('subscription', {
      env: { ANTHROPIC_CUSTOM_HEADERS: 'X-Team: platform\nnot a header' },
    });
    expect(findingOf(json, 'claude-code/custom-headers-invalid')!.message).toContain('line 2');
    expect(code).toBe(1);
  });
});

describe('managed settings and --project', () => {
  it('forceLoginMethod in managed settings refuses ANTHROPIC_API_KEY: login-forced, and the login wins', async () => {
    const { json, dir, code } = await checkCase('managed-forced', { env: { ANTHROPIC_API_KEY: apiKey(1) } });
    const found = findingOf(json, 'claude-code/login-forced')!;
    expect(found.location).toEqual({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(found.message).toContain(`${join(dir, 'managed', 'managed-settings.json')}:2`);
    const profile = claudeProfile(json);
    expect(profile.apiKey).toBeUndefined();
    expect(profile.ignored).toEqual([expect.objectContaining({ reason: { kind: 'loginForced' } })]);
    expect(code).toBe(1);
  });

  it('a managed-settings.d file beats the main managed file and the user’s settings', async () => {
    const { json, dir } = await checkCase('managed-dropin');
    const profile = claudeProfile(json);
    expect(profile).toMatchObject({
      model: 'claude-sonnet-4-6',
      sources: { model: { path: join(dir, 'managed', 'managed-settings.d', '10-team.json'), line: 3 } },
    });
    expect(profile.ignored.map((i) => i.reason.kind)).toEqual(['strongerLayer', 'strongerLayer']);
  });

  it('--project reads another folder’s .claude/, not the working folder’s', async () => {
    const { json, dir } = await checkCase('project-flag', { args: ['--project', '../other'] });
    expect(claudeProfile(json)).toMatchObject({
      baseUrl: 'https://gateway.other.example.com',
      sources: { baseUrl: { path: join(dir, 'other', '.claude', 'settings.json'), line: 3 } },
    });
    const here = await checkCase('project-flag');
    expect(claudeProfile(here.json)).toMatchObject({ baseUrl: 'https://gateway.here.example.com' });
  });
});

const SETTINGS = '{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://gateway.example.com"\n  }\n}\n';
const PROJECT = 'proj/.claude/settings.json';
const writeSettings = (text: string) => (dir: string) => {
  mkdirSync(join(dir, 'proj', '.claude'), { recursive: true });
  writeFileSync(join(dir, PROJECT), text);
};

describe('bad settings files', () => {
  it.each([
    ['comments', 'lenient', 'comments'],
    ['trailing commas', undefined, 'trailing comma'],
  ])('%s: settings-lenient-json, and none of its values win', async (_name, fixture, words) => {
    const setup = fixture ? undefined : writeSettings(SETTINGS.replace('.com"', '.com",').replace('  }\n', '  },\n'));
    const { json, code } = await checkCase(fixture ?? 'subscription', setup ? { setup } : {});
    expect(findingOf(json, 'claude-code/settings-lenient-json')).toMatchObject({
      severity: 'error',
      location: { path: '.claude/settings.json' },
      message: expect.stringContaining(words),
    });
    expect(claudeProfile(json).baseUrl).toBeUndefined();
    expect(code).toBe(1);
  });

  it.each([
    ['a BOM', `\ufeff${SETTINGS}`],
    ['CRLF line ends', SETTINGS.replace(/\n/g, '\r\n')],
  ])('%s: read as Claude Code reads it, with the right line', async (_name, text) => {
    const { json } = await checkCase('subscription', { setup: writeSettings(text) });
    expect(claudeProfile(json)).toMatchObject({
      baseUrl: 'https://gateway.example.com',
      sources: { baseUrl: { path: '.claude/settings.json', line: 3, column: 27 } },
    });
    expect(codesOf(json).filter((c) => c.startsWith('source/') || c.includes('settings-'))).toEqual([]);
  });

  it('invalid JSON: settings-invalid with line and column', async () => {
    const { json, code } = await checkCase('invalid');
    expect(findingOf(json, 'claude-code/settings-invalid')).toMatchObject({
      severity: 'error',
      location: { path: '.claude/settings.json', line: 4, column: 5 },
      message: expect.stringContaining('line 4, column 5'),
    });
    expect(claudeProfile(json).baseUrl).toBeUndefined();
    expect(code).toBe(1);
  });

  it.each([
    [
      'a 50 MB file',
      'source/too-large',
      (dir: string) => {
        writeSettings(SETTINGS)(dir);
        truncateSync(join(dir, PROJECT), 50 * 1024 * 1024);
      },
    ],
    ['a directory', 'source/unreadable', (dir: string) => mkdirSync(join(dir, PROJECT), { recursive: true })],
  ])('%s: %s with the path, and the rest is still checked', async (_name, expected, setup) => {
    const started = Date.now();
    const { json, code } = await checkCase('subscription', { setup });
    expect(findingOf(json, expected)).toMatchObject({ severity: 'error', location: { path: '.claude/settings.json' } });
    expect(codesOf(json)).toContain('claude-code/oauth-not-probed');
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.skipIf(cannotRun('The unreadable-settings test', notRoot()))(
    'unreadable (as an unprivileged user; runs where tests run as root, as in CI)',
    async () => {
      const dir = prepareClaudeCase();
      writeSettings(SETTINGS)(dir);
      chmodSync(join(dir, PROJECT), 0o600);
      const args = ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '--', CLI, 'check'];
      const run = await new Promise<{ stdout: string; stderr: string; code: number }>((resolve) =>
        execFile(
          'setpriv',
          [...args, '--offline', '--no-docker', '--format', 'json'],
          { cwd: join(dir, 'proj'), env: { PATH: process.env.PATH ?? '', ...caseEnv(dir) } },
          (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? Number(error.code) : 0 }),
        ),
      );
      const json = JSON.parse(run.stdout) as JsonReport;
      expect(findingOf(json, 'source/unreadable')).toMatchObject({
        message: expect.stringContaining('permission denied'),
        location: { path: '.claude/settings.json' },
      });
      expect(leaked(run.stdout + run.stderr)).toEqual([]);
      expect(run.code).toBe(1);
    },
  );
});
