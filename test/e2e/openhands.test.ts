// End to end: the built CLI on realistic OpenHands installations (fixtures/openhands/).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKey } from '../support/keys.js';
import { leaked, prepareCase, runJson, type JsonReport, codes } from '../support/fixture-case.js';

const find = (r: JsonReport, code: string) => r.findings.find((f) => f.code === code);
const profile = (r: JsonReport, client: string, label?: string) =>
  r.profiles.find(
    (p) => p.client === client && (label === undefined ? !p.label || client === 'openhands-web' : p.label === label),
  );

async function check(fixture: string, env: Record<string, string> = {}, args: string[] = []) {
  const dir = prepareCase(`openhands/${fixture}`);
  const run = await runJson(['check', ...args], dir, env);
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  return { ...run, dir };
}

describe('config.toml', () => {
  it('a working install: no findings, the [llm] key and model win, the named group inherits the key', async () => {
    const { json, code } = await check('good');
    expect(codes(json)).toEqual([]);
    expect(code).toBe(0);
    const headless = profile(json, 'openhands-headless')!;
    expect(headless.model).toBe('anthropic/claude-sonnet-4-6');
    expect(headless.sources.apiKey).toMatchObject({ kind: 'file', path: 'config.toml', line: 63 });
    const group = profile(json, 'openhands-headless', '[llm.claude-haiku]')!;
    expect(group.model).toBe('anthropic/claude-haiku-4-5');
    expect(group.sources.apiKey).toMatchObject({ path: 'config.toml', line: 63 });
  });

  it('reads CRLF line endings and a UTF-8 BOM', async () => {
    const { json, code } = await check('crlf-bom');
    expect(codes(json)).toEqual([]);
    expect(code).toBe(0);
    expect(profile(json, 'openhands-headless')!.sources.apiKey).toMatchObject({ line: 63 });
  });

  it('lets LLM_API_KEY beat config.toml, and lists the config key as ignored', async () => {
    const { json } = await check('good', { LLM_API_KEY: apiKey(2) });
    const headless = profile(json, 'openhands-headless')!;
    expect(headless.sources.apiKey).toMatchObject({ kind: 'env', name: 'LLM_API_KEY' });
    expect(headless.ignored).toContainEqual(
      expect.objectContaining({ name: '[llm] api_key', reason: { kind: 'envOverConfig' } }),
    );
    expect(codes(json)).toContain('key/conflict');
  });

  it('skips an empty LLM_API_KEY, as OpenHands does', async () => {
    const { json } = await check('good', { LLM_API_KEY: '' });
    expect(profile(json, 'openhands-headless')!.sources.apiKey).toMatchObject({ kind: 'file', path: 'config.toml' });
  });

  it('reports the untouched template', async () => {
    const { json, code } = await check('template');
    expect(codes(json)).toEqual(['key/empty', 'openhands/template-defaults']);
    expect(find(json, 'openhands/template-defaults')!.location).toMatchObject({ path: 'config.toml', line: 90 });
    expect(code).toBe(1);
  });

  it('says the model and an Anthropic key do not match', async () => {
    const { json } = await check('template', { LLM_API_KEY: apiKey(1) });
    expect(find(json, 'model/provider-mismatch')).toMatchObject({
      severity: 'error',
      location: { path: 'config.toml', line: 90 },
    });
  });

  it('reports an unknown key that drops [llm], and shows the key as ignored', async () => {
    const { json, code } = await check('unknown-key', { ANTHROPIC_API_KEY: apiKey(3) });
    const dropped = find(json, 'openhands/llm-section-dropped')!;
    expect(dropped).toMatchObject({ severity: 'error', location: { path: 'config.toml', line: 65 } });
    expect(dropped.message).toContain('anthropic_api_key');
    const headless = profile(json, 'openhands-headless')!;
    // With [llm] gone, LiteLLM falls back to ANTHROPIC_API_KEY, and to OpenHands' default model.
    expect(headless.sources.apiKey).toMatchObject({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(headless.ignored).toContainEqual(
      expect.objectContaining({ name: '[llm] api_key', reason: { kind: 'sectionDropped' } }),
    );
    expect(code).toBe(1);
  });

  it('reports top-level LLM_API_KEY / LLM_MODEL as ignored since 0.27', async () => {
    const { json } = await check('legacy');
    expect(find(json, 'openhands/legacy-top-level-keys')).toMatchObject({
      severity: 'error',
      location: { path: 'config.toml', line: 2 },
    });
    expect(codes(json)).toContain('key/missing');
  });

  it('reports a syntax error with line, column and a code frame that hides the key', async () => {
    const { json, stdout, stderr } = await check('parse-error');
    const error = find(json, 'openhands/config-parse-error')!;
    expect(error.location).toMatchObject({ path: 'config.toml', line: 63, column: 11 });
    expect(error.message).toContain('63 | api_key = sk-ant-api03-…');
    expect(stdout + stderr).not.toContain('Error:');
  });

  it.each([
    ['whitespace', 'key/whitespace', 63],
    ['bare-model', 'model/missing-provider-prefix', 90],
    ['bedrock-id', 'model/bedrock-id-without-prefix', 90],
    ['openhands-prefix', 'model/openhands-proxy', 90],
  ])('%s: %s at its line', async (fixture, code, line) => {
    const { json } = await check(fixture);
    expect(find(json, code)).toMatchObject({ location: { path: 'config.toml', line } });
  });

  it('reads custom_llm_provider and api_version, and a bare model routed by the provider is fine', async () => {
    const { json, code } = await check('custom-provider');
    expect(codes(json)).toEqual([]);
    expect(code).toBe(0);
    const headless = profile(json, 'openhands-headless')! as unknown as {
      provider: string;
      apiVersion: string;
      sources: Record<string, { line: number }>;
    };
    expect(headless).toMatchObject({ provider: 'anthropic', apiVersion: '2023-06-01' });
    expect(headless.sources.provider).toMatchObject({ line: 78 });
    expect(headless.sources.apiVersion).toMatchObject({ line: 69 });
  });

  it('checks the model of a named group that an agent uses', async () => {
    const { json } = await check('retired-group');
    const retired = find(json, 'model/retired')!;
    expect(retired.location).toMatchObject({ path: 'config.toml', line: 140 });
    expect(retired.profile).toBe(profile(json, 'openhands-headless', '[llm.claude-haiku]')!.id);
  });
});

describe('settings.json', () => {
  it('the Web UI uses its saved key, and says LLM_API_KEY and config.toml are ignored by it', async () => {
    const { json } = await check('settings-flat', { LLM_API_KEY: apiKey(1) });
    const web = profile(json, 'openhands-web', '~/.openhands/settings.json')!;
    expect(web.sources.apiKey).toMatchObject({ kind: 'file', path: '~/.openhands/settings.json', line: 8 });
    expect(find(json, 'openhands/ui-overrides-env')).toMatchObject({
      severity: 'warning',
      location: { path: '~/.openhands/settings.json', line: 8 },
    });
  });

  it('reads the nested 2026 shape', async () => {
    const { json, code } = await check('settings-nested');
    const web = profile(json, 'openhands-web')!;
    expect(web.model).toBe('anthropic/claude-opus-4-8');
    expect(web.sources.apiKey).toMatchObject({ line: 7 });
    expect(code).toBe(0);
  });

  it('reads the 0.18–0.44 location and spots a saved mask', async () => {
    const { json } = await check('settings-state-masked');
    expect(find(json, 'key/masked')).toMatchObject({ location: { path: '~/.openhands-state/settings.json' } });
    expect(find(json, 'model/retired')).toBeDefined();
  });

  it('reports an empty saved key, and that LLM_API_KEY does not help the UI', async () => {
    const { json } = await check('settings-empty-key', { LLM_API_KEY: apiKey(1) });
    expect(find(json, 'openhands/ui-key-empty')).toMatchObject({ severity: 'error' });
    expect(find(json, 'openhands/env-ignored-by-ui')).toMatchObject({ location: { kind: 'env', name: 'LLM_API_KEY' } });
  });

  it('reports the openhands/ model trap with the key going to the All Hands proxy', async () => {
    const { json } = await check('settings-proxy-model');
    expect(find(json, 'model/openhands-proxy')!.remediation.join(' ')).toContain('anthropic/claude-sonnet-4-6');
  });

  it('reports invalid JSON with its line, and still checks the other sources', async () => {
    const { json } = await check('settings-invalid', { LLM_API_KEY: ` ${apiKey(1)}` });
    expect(find(json, 'openhands/settings-unreadable')).toMatchObject({
      location: { path: '~/.openhands/settings.json', line: 9 },
    });
    expect(codes(json)).toContain('key/whitespace');
  });
});

describe('bad input', () => {
  const bad: [string, (dir: string) => void, string][] = [
    [
      'a binary config.toml',
      (d) => writeFileSync(join(d, 'config.toml'), Buffer.from([0x5b, 0x6c, 0x6c, 0x6d, 0x5d, 0, 1, 2])),
      'source/not-text',
    ],
    [
      'a config.toml in Latin-1',
      (d) => writeFileSync(join(d, 'config.toml'), Buffer.from('[llm]\nmodel = "caf\xe9"\n', 'latin1')),
      'source/not-text',
    ],
    ['a directory named config.toml', (d) => mkdirSync(join(d, 'config.toml')), 'source/unreadable'],
    [
      'deeply nested settings.json',
      (d) => {
        mkdirSync(join(d, 'home/.openhands'), { recursive: true });
        writeFileSync(join(d, 'home/.openhands/settings.json'), `{"a":${'['.repeat(100000)}${']'.repeat(100000)}}`);
      },
      'openhands/ui-key-empty',
    ],
    [
      'a settings.json that is a JSON array',
      (d) => {
        mkdirSync(join(d, 'home/.openhands'), { recursive: true });
        writeFileSync(join(d, 'home/.openhands/settings.json'), '[]');
      },
      'openhands/settings-unreadable',
    ],
    [
      'a TOML with a __proto__ table',
      (d) => writeFileSync(join(d, 'config.toml'), '[__proto__]\npolluted = true\n'),
      'openhands/config-parse-error',
    ],
  ];
  it.each(bad)('%s gives a finding, and the environment is still checked', async (_name, make, code) => {
    const dir = prepareCase();
    make(dir);
    const { json, stderr } = await runJson(['check'], dir, { LLM_API_KEY: `${apiKey(1)}\n` });
    expect(codes(json)).toContain(code);
    expect(codes(json)).toContain('key/whitespace');
    expect(stderr).toBe('');
  });
});

describe('hygiene', () => {
  const git = (dir: string, ...args: string[]) =>
    import('node:child_process').then(({ execFileSync }) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-C', dir, ...args], {
        stdio: 'ignore',
      }),
    );

  it('a key in a file git tracks, and a .env that is not ignored', async () => {
    const dir = prepareCase('openhands/good');
    writeFileSync(join(dir, '.env'), `LLM_MODEL=anthropic/claude-sonnet-4-6\nANTHROPIC_API_KEY=${apiKey(1)}\n`);
    chmodSync(join(dir, '.env'), 0o600);
    await git(dir, 'init', '-q');
    await git(dir, 'add', 'config.toml');
    await git(dir, 'commit', '-qm', 'config');
    const { json } = await runJson(['check', '--no-env'], dir);
    expect(find(json, 'hygiene/key-committed')).toMatchObject({
      severity: 'error',
      location: { path: 'config.toml', line: 63 },
    });
    expect(find(json, 'hygiene/env-file-not-ignored')).toMatchObject({ location: { path: '.env' } });
  });

  it('an ignored .env is fine; a world-readable one is not', async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, '.env'), `ANTHROPIC_API_KEY=${apiKey(1)}\n`);
    writeFileSync(join(dir, '.gitignore'), '.env\n');
    chmodSync(join(dir, '.env'), 0o644);
    await git(dir, 'init', '-q');
    const { json } = await runJson(['check', '--no-env'], dir);
    expect(codes(json)).toEqual(['hygiene/world-readable']);
    expect(find(json, 'hygiene/world-readable')!.remediation).toEqual(['`chmod 600 .env`']);
  });
});
