// End to end: the rules across clients (other-clients.md, section 8) on the built CLI. One base URL that a
// client needing /v1 and one that must not have it both read; a subscription token in every client's key slot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type JsonReport, leaked, prepareCase, runCli, runJson } from '../support/fixture-case.js';
import { oauthToken } from '../support/keys.js';

const codes = (r: JsonReport) => r.findings.map((f) => f.code).sort();

describe('one base URL for the Anthropic SDK and Continue (/v1 right for one, wrong for the other)', () => {
  it('says one value cannot serve both, at its line, with each client its own value', async () => {
    const dir = prepareCase('cross-client/v1-shared');
    const run = await runJson(['check'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
    // Not url/v1-suffix: removing /v1 would break Continue.
    expect(codes(run.json)).toEqual(['url/v1-shared']);
    const [found] = run.json.findings;
    expect(found).toMatchObject({ severity: 'error', location: { path: '.env', line: 2 } });
    expect(found!.message).toContain('ANTHROPIC_BASE_URL (https://llm-gateway.example.com/v1)');
    expect(found!.remediation.join('\n')).toContain('ANTHROPIC_BASE_URL=https://llm-gateway.example.com (without /v1)');
    expect(found!.remediation.join('\n')).toContain('https://llm-gateway.example.com/v1/');
    expect(run.json.profiles.map((p) => p.client)).toEqual(['anthropic-sdk', 'continue']);
    expect(run.code).toBe(1);
  });

  it('in Japanese too', async () => {
    const dir = prepareCase('cross-client/v1-shared');
    const run = await runCli(['check', '--lang', 'ja'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(run.stdout).toContain('/v1 の要否が違うクライアントが同じベースURL を使っています');
    expect(run.stdout).toContain('一つの値で両方に合わせることはできません。');
  });

  it('only the SDK reads it: the plain /v1 finding, no cross-client one', async () => {
    const dir = prepareCase('cross-client/v1-shared');
    const run = await runJson(['check', '--client', 'anthropic-sdk'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(codes(run.json)).toEqual(['url/v1-suffix']);
  });
});

/** Each client's key slot, as a file under the case folder (home/ is $HOME, proj/ the current folder). */
const SLOTS: { client: string; files: Record<string, string>; at: string; env?: Record<string, string> }[] = [
  { client: 'anthropic-sdk', files: { 'proj/.env': 'ANTHROPIC_API_KEY=TOKEN\n' }, at: '.env' },
  {
    client: 'claude-code',
    files: { 'home/.claude/settings.json': '{"env":{"ANTHROPIC_API_KEY":"TOKEN"}}\n' },
    at: '~/.claude/settings.json',
  },
  {
    client: 'openhands-headless',
    files: { 'proj/config.toml': '[llm]\nmodel = "anthropic/claude-sonnet-4-6"\napi_key = "TOKEN"\n' },
    at: 'config.toml',
  },
  {
    client: 'openhands-web',
    files: { 'home/.openhands/settings.json': '{"llm_model":"anthropic/claude-sonnet-4-6","llm_api_key":"TOKEN"}\n' },
    at: '~/.openhands/settings.json',
  },
  {
    client: 'litellm',
    files: {
      'proj/config.yaml':
        'model_list:\n  - model_name: c\n    litellm_params:\n      model: anthropic/claude-sonnet-4-6\n      api_key: TOKEN\n',
    },
    at: 'config.yaml',
  },
  {
    client: 'aider',
    files: { 'home/.aider.conf.yml': 'model: anthropic/claude-sonnet-4-6\nanthropic-api-key: TOKEN\n' },
    at: '~/.aider.conf.yml',
  },
  {
    client: 'continue',
    files: {
      'home/.continue/config.yaml':
        'models:\n  - name: C\n    provider: anthropic\n    model: claude-sonnet-4-6\n    apiKey: TOKEN\n',
    },
    at: '~/.continue/config.yaml',
  },
  {
    client: 'goose',
    files: {
      'home/.config/goose/config.yaml': 'GOOSE_PROVIDER: anthropic\nGOOSE_MODEL: claude-sonnet-4-6\n',
      'home/.config/goose/secrets.yaml': 'ANTHROPIC_API_KEY: TOKEN\n',
    },
    at: '~/.config/goose/secrets.yaml',
    env: { GOOSE_DISABLE_KEYRING: '1' },
  },
];

describe('a subscription OAuth token in a third-party tool: every client is covered', () => {
  it.each(SLOTS)('$client: key/oauth-token at $at', async ({ client, files, at, env }) => {
    const dir = prepareCase();
    mkdirSync(join(dir, 'proj/.git'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text.replace('TOKEN', oauthToken(3)), { mode: 0o600 });
    }
    const run = await runJson(['check', '--client', client], join(dir, 'proj'), { HOME: join(dir, 'home'), ...env });
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
    expect(run.json.profiles.map((p) => p.client)).toContain(client);
    const found = run.json.findings.find((f) => f.code === 'key/oauth-token');
    expect(found?.location, JSON.stringify(codes(run.json))).toMatchObject({ path: at });
  });
});
