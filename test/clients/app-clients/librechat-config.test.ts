// LibreChat's librechat.yaml where CONFIG_PATH says (the environment first, then .env; a URL is never fetched),
// endpoints.anthropic's models, and an OpenAI-compatible endpoint to api.anthropic.com without /v1.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLibrechat } from '../../../src/clients/librechat/checks.js';
import { resolveLibrechat } from '../../../src/clients/librechat/precedence.js';
import { readLibrechat } from '../../../src/clients/librechat/sources.js';
import { anthropicApiNoV1, isAnthropicUrl } from '../../../src/clients/anthropic-urls.js';
import { caseDir } from './support.js';

let done = () => {};
afterEach(() => done());

function run(files: Record<string, string>, env: Record<string, string> = {}) {
  const c = caseDir(files);
  done = c.done;
  const read = readLibrechat({ cwd: c.cwd, home: c.home, env, useEnv: true, sharedReadsDotenv: true });
  const profiles = resolveLibrechat(read.settings, read.facts).map((p, i) => ({ ...p, id: `p${i + 1}` }));
  return { read, profiles, findings: checkLibrechat(read.facts, profiles), root: c.root };
}

const OWN = 'CREDS_KEY=x\n';
const ENDPOINT = (url: string, extra = '') =>
  `endpoints:\n  custom:\n    - name: Claude\n      apiKey: k\n      baseURL: "${url}"\n${extra}`;

describe('CONFIG_PATH', () => {
  it('names the file LibreChat reads, relative to its folder; ./librechat.yaml is then not read', () => {
    const { read } = run({
      'proj/.env': `${OWN}CONFIG_PATH=conf/lc.yaml\n`,
      'proj/conf/lc.yaml': ENDPOINT('https://api.anthropic.com/v1'),
      'proj/librechat.yaml': 'endpoints: [\n',
    });
    expect(read.sources).toEqual(['conf/lc.yaml']);
    expect(read.problems).toEqual([]);
    expect(read.settings.find((s) => s.role === 'base_url')?.location).toMatchObject({ path: 'conf/lc.yaml', line: 5 });
  });

  it('the environment beats .env; an empty value means ./librechat.yaml', () => {
    const files = {
      'proj/.env': `${OWN}CONFIG_PATH=missing.yaml\n`,
      'proj/other.yaml': ENDPOINT('https://api.anthropic.com/v1'),
      'proj/librechat.yaml': ENDPOINT('https://api.anthropic.com/v1'),
    };
    expect(run(files, { CONFIG_PATH: 'other.yaml' }).read.sources).toEqual(['other.yaml']);
    expect(run(files, { CONFIG_PATH: '' }).read.sources).toEqual(['librechat.yaml']);
  });

  it('a missing file is librechat/config-path-missing, naming the path and where CONFIG_PATH is set', () => {
    const { read } = run({ 'proj/.env': `${OWN}CONFIG_PATH=/nowhere/librechat.yaml\n` });
    expect(read.problems).toEqual([
      {
        code: 'librechat/config-path-missing',
        args: { path: '/nowhere/librechat.yaml', setAt: expect.objectContaining({ path: '.env', line: 2 }) },
        location: expect.objectContaining({ kind: 'file', path: '.env', line: 2, key: 'CONFIG_PATH' }),
      },
    ]);
  });

  it('a URL is librechat/config-url-not-read, shown without password or query', () => {
    const env = { CONFIG_PATH: 'https://u:pw@raw.example/lc/librechat.yaml?token=t#x' };
    const { read } = run({ 'proj/librechat.yaml': ENDPOINT('https://api.anthropic.com/v1') }, env);
    expect(read.problems).toEqual([
      {
        code: 'librechat/config-url-not-read',
        args: { url: 'https://raw.example/lc/librechat.yaml', setAt: { kind: 'env', name: 'CONFIG_PATH' } },
        location: { kind: 'env', name: 'CONFIG_PATH' },
      },
    ]);
    // LibreChat uses the remote file: the local one is not its configuration.
    expect(read.sources).toEqual([]);
    expect(read.facts.custom).toEqual([]);
  });

  it('a named file that is not YAML, binary, or a FIFO is a source finding, never a throw', () => {
    const env = { CONFIG_PATH: 'lc.yaml' };
    const bad = (text: string) => run({ 'proj/.env': OWN, 'proj/lc.yaml': text }, env).read.problems.map((p) => p.code);
    expect(bad('endpoints: [\n')).toEqual(['source/yaml-invalid']);
    expect(bad('a\u0000b')).toEqual(['source/not-text']);
    // A FIFO would block a plain read: the safe reader refuses it at once.
    const c = run({ 'proj/.env': OWN }, { CONFIG_PATH: 'pipe.yaml' });
    execFileSync('mkfifo', [join(c.root, 'proj', 'pipe.yaml')]);
    const input = { cwd: join(c.root, 'proj'), home: join(c.root, 'home'), useEnv: true, sharedReadsDotenv: true };
    const again = readLibrechat({ ...input, env: { CONFIG_PATH: 'pipe.yaml' } });
    expect(again.problems.map((p) => p.code)).toEqual(['source/unreadable']);
    const dir = run({ 'proj/.env': OWN, 'proj/d/x': '' }, { CONFIG_PATH: 'd' });
    expect(dir.read.problems.map((p) => p.code)).toEqual(['source/unreadable']);
  });

  it('CONFIG_PATH alone is no sign of LibreChat, unless it names a LibreChat file', () => {
    expect(run({}, { CONFIG_PATH: 'app/config.yaml' }).read).toMatchObject({ problems: [], sources: [] });
    expect(run({}, { CONFIG_PATH: 'deploy/librechat.yaml' }).read.problems.map((p) => p.code)).toEqual([
      'librechat/config-path-missing',
    ]);
  });
});

describe('endpoints.anthropic', () => {
  const YAML = [
    'endpoints:',
    '  anthropic:',
    '    titleModel: claude-3-5-haiku-20241022',
    '    models:',
    '      default: ["claude-sonnet-4-6", "claude-3-opus-20240229"]',
    '',
  ].join('\n');

  it('titleModel and each default model are model settings at their lines, read by the native profile', () => {
    const { read, profiles } = run({
      'proj/.env': `${OWN}ANTHROPIC_API_KEY=user_provided\n`,
      'proj/librechat.yaml': YAML,
    });
    const models = read.settings.filter((s) => s.role === 'model');
    expect(models.map((s) => [s.name, s.value, (s.location as { line: number }).line])).toEqual([
      ['endpoints.anthropic.titleModel', 'claude-3-5-haiku-20241022', 3],
      ['endpoints.anthropic.models.default[0]', 'claude-sonnet-4-6', 5],
      ['endpoints.anthropic.models.default[1]', 'claude-3-opus-20240229', 5],
    ]);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]!.reads).toEqual(models);
  });

  it('titleModel current_model is the chat model, not an id; through Vertex AI the names are not Anthropic ids', () => {
    const current = run({ 'proj/librechat.yaml': 'endpoints:\n  anthropic:\n    titleModel: current_model\n' });
    expect(current.read.settings).toEqual([]);
    const vertex = `${YAML}    vertex:\n      region: us-east5\n`;
    expect(run({ 'proj/librechat.yaml': vertex }).read.settings).toEqual([]);
  });

  it('Vertex AI (the YAML, or ANTHROPIC_USE_VERTEX=true) leaves the native endpoint no key to probe: librechat/vertex', () => {
    const key = 'ANTHROPIC_API_KEY=sk-ant-x\n';
    const yaml = run({
      'proj/.env': `${OWN}${key}`,
      'proj/librechat.yaml': `${YAML}    vertex:\n      region: us-east5\n`,
    });
    expect(yaml.profiles).toEqual([]);
    expect(yaml.read.settings.filter((s) => s.role === 'model')).toEqual([]);
    expect(yaml.findings).toEqual([
      expect.objectContaining({
        code: 'librechat/vertex',
        severity: 'info',
        args: { setting: 'endpoints.anthropic.vertex', keySet: true },
        location: { kind: 'file', path: 'librechat.yaml', line: 6, column: 5, key: 'endpoints.anthropic.vertex' },
      }),
    ]);
    // Its model names are Vertex AI deployments' (mapped by LibreChat), not Anthropic ids: no model settings.
    const env = run({
      'proj/.env': `${OWN}ANTHROPIC_USE_VERTEX=True\nANTHROPIC_MODELS=claude-sonnet-4.5\n`,
      'proj/librechat.yaml': `${YAML}    vertex:\n      enabled: false\n`,
    });
    expect(env.profiles).toEqual([]);
    expect(env.read.settings).toEqual([]);
    expect(env.findings).toEqual([
      expect.objectContaining({
        code: 'librechat/vertex',
        args: { setting: 'ANTHROPIC_USE_VERTEX=true', keySet: false },
        location: expect.objectContaining({ path: '.env', line: 2 }),
      }),
    ]);
    // The environment beats .env, as for every LibreChat name.
    const envWins = run({ 'proj/.env': `${OWN}${key}ANTHROPIC_USE_VERTEX=true\n` }, { ANTHROPIC_USE_VERTEX: 'false' });
    expect(envWins.findings).toEqual([]);
    expect(envWins.profiles).toHaveLength(1);
    // LibreChat's isEnabled trims and ignores case.
    const spaced = run({ 'proj/.env': `${OWN}${key}` }, { ANTHROPIC_USE_VERTEX: ' TRUE ' });
    expect(spaced.findings).toMatchObject([{ code: 'librechat/vertex', location: { kind: 'env' } }]);
    expect(spaced.profiles).toEqual([]);
  });

  it('vertex with enabled: false, or ANTHROPIC_USE_VERTEX other than true, keeps the key and the models', () => {
    const off = run({
      'proj/.env': `${OWN}ANTHROPIC_API_KEY=user_provided\nANTHROPIC_USE_VERTEX=1\n`,
      'proj/librechat.yaml': `${YAML}    vertex:\n      enabled: false\n      region: us-east5\n`,
    });
    expect(off.findings.map((f) => f.code)).toEqual(['librechat/user-provided']);
    expect(off.profiles).toHaveLength(1);
    expect(off.profiles[0]!.reads).toHaveLength(3);
  });

  it("a custom endpoint's titleModel and other default models are its profile's reads", () => {
    const yaml = ENDPOINT(
      'https://api.anthropic.com/v1',
      '      titleModel: claude-2.1\n      models:\n        default: [a, b]\n',
    );
    const { profiles } = run({ 'proj/librechat.yaml': yaml });
    expect(profiles[0]!.model?.value).toBe('a');
    expect(profiles[0]!.reads?.map((s) => [s.name, s.value])).toEqual([
      ['endpoints.custom[0].titleModel', 'claude-2.1'],
      ['endpoints.custom[0].models.default[1]', 'b'],
    ]);
  });
});

describe('librechat/base-url-no-v1', () => {
  const noV1 = (url: string, provider = '') => {
    const yaml = ENDPOINT(url).replace('      apiKey', `${provider}      apiKey`);
    return run({ 'proj/librechat.yaml': yaml }).findings.filter((f) => f.code === 'librechat/base-url-no-v1');
  };

  it('an OpenAI-compatible endpoint to api.anthropic.com without /v1, on its profile', () => {
    expect(noV1('https://api.anthropic.com')).toEqual([
      expect.objectContaining({
        severity: 'error',
        profile: 'p1',
        args: { url: 'https://api.anthropic.com', endpoint: 'Claude', field: 'endpoints.custom[0].baseURL' },
        location: expect.objectContaining({ path: 'librechat.yaml', line: 5, column: 16 }),
      }),
    ]);
    expect(noV1('https://API.Anthropic.com/')).toHaveLength(1);
    expect(noV1('https://api.anthropic.com/v1/messages')).toHaveLength(1);
  });

  it.each([
    'https://api.anthropic.com/v1',
    'https://api.anthropic.com/v1/',
    'https://api.anthropic.com.evil.example',
    'https://xapi.anthropic.com',
    'https://api.anthropic.com@evil.example',
    'https://gateway.example/anthropic',
  ])('not for %s', (url) => {
    expect(noV1(url)).toEqual([]);
  });

  it('not with provider: anthropic (the Anthropic SDK, which must not have /v1)', () => {
    expect(noV1('https://api.anthropic.com', '      provider: anthropic\n')).toEqual([]);
  });

  it('look-alike hosts are not Anthropic, nor its API host', () => {
    expect(isAnthropicUrl('https://api.anthropic.com.evil.example/v1')).toBe(false);
    expect(isAnthropicUrl('https://eu.anthropic.com')).toBe(true);
    expect(isAnthropicUrl('not a url')).toBe(false);
    expect(anthropicApiNoV1('https://xapi.anthropic.com')).toBeUndefined();
    expect(anthropicApiNoV1('ftp://api.anthropic.com')).toBeUndefined();
  });
});
