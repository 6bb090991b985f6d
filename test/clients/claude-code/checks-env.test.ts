// Cloud providers, models, the endpoint and network variables, and settings env over the shell.
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../src/catalog/index.js';
import { modelStyle } from '../../../src/clients/claude-code/checks/cloud.js';
import { check, codes, facts, login, only, rcExport, settingsFile, shellVar } from '../../support/claude-code.js';
import { apiKey } from '../../support/keys.js';

const vars = (env: Record<string, string>) => Object.entries(env).map(([k, v]) => shellVar(k, v));
const run = <C extends Code>(env: Record<string, string>, code: C) =>
  only(check(facts({ login: login(), shell: vars(env) })), code);

describe('claude-code/cloud-missing-variables', () => {
  const code = 'claude-code/cloud-missing-variables';

  it('Bedrock: a warning naming the region and the credentials that are missing', () => {
    const [found] = run({ CLAUDE_CODE_USE_BEDROCK: '1' }, code);
    expect(found?.args).toEqual({ provider: 'bedrock', missing: ['region', 'credentials'] });
    expect(found?.severity).toBe('warning');
    expect(found?.location).toEqual({ kind: 'env', name: 'CLAUDE_CODE_USE_BEDROCK' });
    expect(run({ CLAUDE_CODE_USE_BEDROCK: 'true', AWS_REGION: 'us-east-1' }, code)[0]?.args.missing).toEqual([
      'credentials',
    ]);
    for (const hint of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_BEARER_TOKEN_BEDROCK']) {
      expect(run({ CLAUDE_CODE_USE_BEDROCK: '1', [hint]: 'x' }, code)[0]?.args.missing).toEqual(['region']);
    }
    expect(run({ CLAUDE_CODE_USE_BEDROCK: '1', CLAUDE_CODE_SKIP_BEDROCK_AUTH: '1' }, code)[0]?.args.missing).toEqual([
      'region',
    ]);
    expect(run({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'eu-west-1', AWS_PROFILE: 'dev' }, code)).toEqual([]);
  });

  it('Vertex: an error naming the region and the project that are missing', () => {
    const [found] = run({ CLAUDE_CODE_USE_VERTEX: '1' }, code);
    expect(found?.args).toEqual({ provider: 'vertex', missing: ['region', 'project'] });
    expect(found?.severity).toBe('error');
    for (const p of [
      'ANTHROPIC_VERTEX_PROJECT_ID',
      'GCLOUD_PROJECT',
      'GOOGLE_CLOUD_PROJECT',
      'GOOGLE_APPLICATION_CREDENTIALS',
    ]) {
      expect(run({ CLAUDE_CODE_USE_VERTEX: '1', [p]: 'x' }, code)[0]?.args.missing).toEqual(['region']);
    }
    expect(run({ CLAUDE_CODE_USE_VERTEX: '1', CLOUD_ML_REGION: 'global' }, code)[0]?.args.missing).toEqual(['project']);
    expect(
      run({ CLAUDE_CODE_USE_VERTEX: '1', CLOUD_ML_REGION: 'us', CLAUDE_CODE_SKIP_VERTEX_AUTH: '1' }, code),
    ).toEqual([]);
  });

  it('nothing when the switch is off, blank, or set to "" by a settings file', () => {
    expect(run({ CLAUDE_CODE_USE_BEDROCK: '0' }, code)).toEqual([]);
    expect(run({ CLAUDE_CODE_USE_VERTEX: ' ' }, code)).toEqual([]);
    const cancelled = facts({
      shell: vars({ CLAUDE_CODE_USE_BEDROCK: '1' }),
      settings: [settingsFile('user', { CLAUDE_CODE_USE_BEDROCK: '' })],
    });
    expect(codes(check(cancelled))).not.toContain(code);
  });

  it('a region in the variables of a settings file counts', () => {
    const f = facts({
      shell: vars({ CLAUDE_CODE_USE_BEDROCK: '1' }),
      settings: [settingsFile('user', { AWS_REGION: 'us-west-2', AWS_PROFILE: 'p' })],
    });
    expect(codes(check(f))).not.toContain(code);
  });
});

describe('claude-code/cloud-model-mismatch', () => {
  const code = 'claude-code/cloud-model-mismatch';
  const bedrock = { CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1', AWS_PROFILE: 'p' };
  const vertex = { CLAUDE_CODE_USE_VERTEX: '1', CLOUD_ML_REGION: 'us-east5', ANTHROPIC_VERTEX_PROJECT_ID: 'p' };

  it('reads the model ids as each provider spells them', () => {
    expect(modelStyle('us.anthropic.claude-sonnet-4-6')).toBe('bedrock');
    expect(modelStyle('anthropic.claude-3-5-haiku-20241022-v1:0')).toBe('bedrock');
    expect(modelStyle('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc')).toBe('bedrock');
    expect(modelStyle('arn:aws-us-gov:bedrock:us-gov-west-1:1:inference-profile/x')).toBe('bedrock');
    expect(modelStyle('claude-sonnet-4-5@20250929')).toBe('vertex');
    expect(modelStyle(' claude-sonnet-4-6 ')).toBe('anthropic');
    expect(modelStyle('sonnet')).toBeUndefined();
    expect(modelStyle('opus[1m]')).toBeUndefined();
    expect(modelStyle('gpt-4o')).toBeUndefined();
    expect(modelStyle('arn:aws:s3:::bucket')).toBeUndefined();
  });

  it('Bedrock with an Anthropic or Vertex id is an error; a Bedrock id or an alias is fine', () => {
    const [found] = run({ ...bedrock, ANTHROPIC_MODEL: 'claude-sonnet-4-6' }, code);
    expect(found?.args).toEqual({
      name: 'ANTHROPIC_MODEL',
      model: 'claude-sonnet-4-6',
      needs: 'bedrock',
      has: 'anthropic',
      unverified: false,
    });
    expect(found?.severity).toBe('error');
    expect(found?.location).toEqual({ kind: 'env', name: 'ANTHROPIC_MODEL' });
    expect(run({ ...bedrock, ANTHROPIC_MODEL: 'claude-opus-4-1@20250805' }, code)[0]?.args.has).toBe('vertex');
    expect(run({ ...bedrock, ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-6' }, code)).toEqual([]);
    expect(run({ ...bedrock, ANTHROPIC_MODEL: 'sonnet' }, code)).toEqual([]);
  });

  it('Vertex with an id without @version is an unverified warning; a Bedrock id is an error', () => {
    const [found] = run({ ...vertex, ANTHROPIC_MODEL: 'claude-sonnet-4-6' }, code);
    expect(found?.args).toMatchObject({ needs: 'vertex', has: 'anthropic', unverified: true });
    expect(found?.severity).toBe('warning');
    const [arn] = run({ ...vertex, ANTHROPIC_DEFAULT_HAIKU_MODEL: 'us.anthropic.claude-haiku-4-5' }, code);
    expect(arn).toMatchObject({
      severity: 'error',
      args: { name: 'ANTHROPIC_DEFAULT_HAIKU_MODEL', has: 'bedrock', unverified: false },
    });
    expect(run({ ...vertex, ANTHROPIC_MODEL: 'claude-sonnet-4-5@20250929' }, code)).toEqual([]);
  });

  it('the Anthropic API with a Bedrock or Vertex id is an error, but not behind a gateway', () => {
    const [found] = run({ ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-6' }, code);
    expect(found?.args).toMatchObject({ needs: 'anthropic', has: 'bedrock' });
    expect(run({ ANTHROPIC_MODEL: 'claude-sonnet-4-5@20250929' }, code)[0]?.args.has).toBe('vertex');
    expect(run({ ANTHROPIC_MODEL: 'claude-sonnet-4-6' }, code)).toEqual([]);
    expect(
      run(
        { ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-6', ANTHROPIC_BASE_URL: 'https://api.anthropic.com/' },
        code,
      ),
    ).toHaveLength(1);
    const gateway = { ANTHROPIC_BASE_URL: 'https://gw.example.com', ANTHROPIC_DEFAULT_HAIKU_MODEL: 'h' };
    expect(run({ ...gateway, ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-6' }, code)).toEqual([]);
    expect(run({ CLAUDE_CODE_USE_FOUNDRY: '1', ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-6' }, code)).toEqual([]);
  });

  it('checks the model key of a settings file', () => {
    const user = settingsFile('user', {}, { model: 'claude-sonnet-4-6' });
    const found = only(check(facts({ login: login(), shell: vars(bedrock), settings: [user] })), code);
    expect(found.map((x) => [x.args.name, x.location])).toEqual([['model', user.model!.location]]);
  });
});

describe('claude-code/settings-env-overrides-shell', () => {
  const code = 'claude-code/settings-env-overrides-shell';

  it('names both places and shows a URL as it is', () => {
    const user = settingsFile('user', { ANTHROPIC_BASE_URL: 'http://localhost:1234' });
    const f = facts({
      login: login(),
      settings: [user],
      shell: vars({ ANTHROPIC_BASE_URL: 'https://api.anthropic.com' }),
    });
    const [found] = only(check(f), code);
    expect(found?.args).toEqual({
      name: 'ANTHROPIC_BASE_URL',
      shell: { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
      file: user.env[0]!.location,
      shellValue: '"https://api.anthropic.com"',
      fileValue: '"http://localhost:1234"',
    });
    expect(found?.location).toEqual(user.env[0]!.location);
    expect(found?.severity).toBe('info');
  });

  it('redacts a key, shows an empty value as "", and says nothing when both agree', () => {
    const key = apiKey(8);
    const user = settingsFile('user', { ANTHROPIC_API_KEY: apiKey(9), ANTHROPIC_MODEL: '' });
    const f = facts({ settings: [user], shell: vars({ ANTHROPIC_API_KEY: key, ANTHROPIC_MODEL: 'opus' }) });
    const found = only(check(f), code);
    expect(found.map((x) => x.args.name)).toEqual(['ANTHROPIC_API_KEY', 'ANTHROPIC_MODEL']);
    expect(found[0]?.args.shellValue).toMatch(/^sk-ant-api03-…/);
    expect(JSON.stringify(found)).not.toContain(key);
    expect(found[1]?.args).toMatchObject({ shellValue: '"opus"', fileValue: '""' });
    const same = facts({
      settings: [settingsFile('user', { ANTHROPIC_MODEL: 'opus' })],
      shell: vars({ ANTHROPIC_MODEL: 'opus' }),
    });
    expect(codes(check(same))).not.toContain(code);
  });

  it('is about the shell only: an rc line under a settings file is not reported', () => {
    const f = facts({
      settings: [settingsFile('user', { ANTHROPIC_MODEL: 'opus' })],
      rcExports: [rcExport('ANTHROPIC_MODEL', 'haiku')],
    });
    expect(codes(check(f))).not.toContain(code);
  });
});

describe('claude-code/gateway-no-haiku-mapping', () => {
  const code = 'claude-code/gateway-no-haiku-mapping';

  it('fires behind a gateway without a Haiku mapping', () => {
    const [found] = run({ ANTHROPIC_BASE_URL: 'https://gw.example.com/anthropic' }, code);
    expect(found?.args).toEqual({ url: 'https://gw.example.com/anthropic' });
    expect(found?.location).toEqual({ kind: 'env', name: 'ANTHROPIC_BASE_URL' });
    expect(found?.severity).toBe('warning');
  });

  it('not with a mapping, at api.anthropic.com, or under a cloud provider', () => {
    const gw = { ANTHROPIC_BASE_URL: 'https://gw.example.com' };
    expect(run({ ...gw, ANTHROPIC_DEFAULT_HAIKU_MODEL: 'small' }, code)).toEqual([]);
    expect(run({ ...gw, ANTHROPIC_SMALL_FAST_MODEL: 'small' }, code)).toEqual([]);
    expect(run({ ...gw, ANTHROPIC_DEFAULT_HAIKU_MODEL: ' ' }, code)).toHaveLength(1);
    expect(run({ ANTHROPIC_BASE_URL: 'https://api.anthropic.com' }, code)).toEqual([]);
    expect(run({ ...gw, CLAUDE_CODE_USE_BEDROCK: '1' }, code)).toEqual([]);
  });

  it('hides the password of a gateway URL', () => {
    const [found] = run({ ANTHROPIC_BASE_URL: 'https://user:s3cret-pass@gw.example.com' }, code);
    expect(found?.args.url).not.toContain('s3cret-pass');
  });
});

describe('claude-code/extra-ca-invalid', () => {
  it.each(['missing', 'not-a-file', 'unreadable', 'not-pem'] as const)('reports %s, naming the variable', (state) => {
    const e = shellVar('NODE_EXTRA_CA_CERTS', '/etc/ssl/corp.pem');
    const [found] = only(
      check(facts({ login: login(), paths: [{ entry: e, state }] })),
      'claude-code/extra-ca-invalid',
    );
    expect(found?.args).toEqual({ name: 'NODE_EXTRA_CA_CERTS', path: '/etc/ssl/corp.pem', state });
    expect(found?.location).toEqual(e.location);
  });

  it('says nothing of a good file', () => {
    const e = shellVar('CLAUDE_CODE_CLIENT_CERT', '/c.pem');
    expect(codes(check(facts({ login: login(), paths: [{ entry: e, state: 'ok' }] })))).not.toContain(
      'claude-code/extra-ca-invalid',
    );
  });
});

describe('claude-code/tls-verification-off', () => {
  it('fires on an effective 0 only', () => {
    expect(run({ NODE_TLS_REJECT_UNAUTHORIZED: '0' }, 'claude-code/tls-verification-off')[0]).toMatchObject({
      args: { name: 'NODE_TLS_REJECT_UNAUTHORIZED' },
      location: { kind: 'env', name: 'NODE_TLS_REJECT_UNAUTHORIZED' },
      severity: 'warning',
    });
    expect(run({ NODE_TLS_REJECT_UNAUTHORIZED: '1' }, 'claude-code/tls-verification-off')).toEqual([]);
    const fixed = facts({
      shell: vars({ NODE_TLS_REJECT_UNAUTHORIZED: '0' }),
      settings: [settingsFile('user', { NODE_TLS_REJECT_UNAUTHORIZED: '1' })],
    });
    expect(codes(check(fixed))).not.toContain('claude-code/tls-verification-off');
  });
});

describe('claude-code/custom-headers-invalid', () => {
  const code = 'claude-code/custom-headers-invalid';
  const lines = (value: string) => run({ ANTHROPIC_CUSTOM_HEADERS: value }, code)[0]?.args.lines;

  it('accepts Name: Value lines and blank lines', () => {
    expect(lines('X-Team: ml\nX-Trace-Id:abc\n\n')).toBeUndefined();
    expect(lines("A!#$%&'*+.^_`|~0-9: v é")).toBeUndefined();
  });

  it('reports each bad line by number, without its value', () => {
    expect(lines('X-Team: ml\nno colon here\n: empty name\nBad Name: v\nX-Ok: v\u2028x\nX-Nul: a\0b')).toEqual([
      { line: 2, problem: 'not-name-value' },
      { line: 3, problem: 'not-name-value' },
      { line: 4, problem: 'bad-name' },
      { line: 5, problem: 'bad-value' },
      { line: 6, problem: 'bad-value' },
    ]);
    expect(lines('X-A: b\r\nX-B: c')).toEqual([{ line: 1, problem: 'bad-value' }]);
    const token = apiKey(2);
    const found = run({ ANTHROPIC_CUSTOM_HEADERS: `Authorization Bearer ${token}` }, code);
    expect(found[0]?.args.lines).toEqual([{ line: 1, problem: 'not-name-value' }]);
    expect(JSON.stringify(found)).not.toContain(token);
    expect(found[0]?.location).toEqual({ kind: 'env', name: 'ANTHROPIC_CUSTOM_HEADERS' });
  });
});
