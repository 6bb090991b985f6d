// Open WebUI: OPENAI_API_BASE_URLS / OPENAI_API_KEYS paired by position, from a compose service, the
// environment or .env; a connection to Anthropic needs /v1; environment values are read on first start only.
import { afterEach, describe, expect, it } from 'vitest';
import { checkOpenWebui } from '../../../src/clients/open-webui/checks.js';
import { resolveOpenWebui } from '../../../src/clients/open-webui/precedence.js';
import { readOpenWebui, sdkBase } from '../../../src/clients/open-webui/sources.js';
import { apiKey, openaiKey } from '../../support/keys.js';
import { caseDir } from './support.js';

let done = () => {};
afterEach(() => done());

function run(files: Record<string, string>, env: Record<string, string> = {}, useEnv = true) {
  const c = caseDir(files);
  done = c.done;
  const read = readOpenWebui({ cwd: c.cwd, home: c.home, env, useEnv, sharedReadsDotenv: true });
  const profiles = resolveOpenWebui(read.settings, read.facts).map((p, i) => ({ ...p, id: `p${i + 1}` }));
  return { read, profiles, findings: checkOpenWebui(read.facts, profiles) };
}

const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

describe('Open WebUI', () => {
  it('pairs URLs and keys by position; the Anthropic connection with /v1 is a profile whose base has no /v1', () => {
    const env = {
      OPENAI_API_BASE_URLS: 'https://api.openai.com/v1;https://api.anthropic.com/v1',
      OPENAI_API_KEYS: `${openaiKey(1)};${apiKey(2)}`,
      ENABLE_PERSISTENT_CONFIG: 'False',
    };
    const { profiles, findings } = run({}, env);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      client: 'open-webui',
      label: 'OPENAI_API_BASE_URLS[2]',
      apiKey: { value: apiKey(2), name: 'OPENAI_API_KEYS[2]', location: { kind: 'env', name: 'OPENAI_API_KEYS' } },
      baseUrl: { value: 'https://api.anthropic.com', name: 'OPENAI_API_BASE_URLS[2]' },
    });
    expect(findings).toEqual([]);
  });

  it('the single OPENAI_API_BASE_URL and OPENAI_API_KEY, read when the lists are not set', () => {
    const compose = [
      'services:',
      '  open-webui:',
      '    image: ghcr.io/open-webui/open-webui:main',
      '    environment:',
      '      - OPENAI_API_BASE_URL=https://api.anthropic.com/v1',
      `      - OPENAI_API_KEY=${apiKey(3)}`,
      '',
    ].join('\n');
    const { profiles } = run({ 'proj/docker-compose.yml': compose });
    expect(profiles).toEqual([
      expect.objectContaining({
        label: 'OPENAI_API_BASE_URL[1]',
        apiKey: expect.objectContaining({
          value: apiKey(3),
          location: expect.objectContaining({ line: 6, column: 24 }),
        }),
        baseUrl: expect.objectContaining({ value: 'https://api.anthropic.com', name: 'OPENAI_API_BASE_URL[1]' }),
      }),
    ]);
    // The lists win, also in a place read later; an empty list is not set.
    const both = run(
      { 'proj/.env': `OPENAI_API_BASE_URLS=https://api.anthropic.com/v1\nOPENAI_API_KEYS=${apiKey(4)}\n` },
      { OPENAI_API_BASE_URL: 'https://api.anthropic.com', OPENAI_API_KEY: apiKey(5) },
    );
    expect(both.profiles.map((p) => [p.label, p.apiKey?.value])).toEqual([['OPENAI_API_BASE_URLS[1]', apiKey(4)]]);
    const empty = run({}, { OPENAI_API_BASE_URLS: ' ', OPENAI_API_BASE_URL: 'https://api.anthropic.com/v1' });
    expect(empty.profiles.map((p) => p.label)).toEqual(['OPENAI_API_BASE_URL[1]']);
    // OPENAI_API_KEY alone (any OpenAI program's) makes no connection.
    expect(run({}, { OPENAI_API_KEY: apiKey(6) }).profiles).toEqual([]);
  });

  it('a connection to Anthropic without /v1 (open-webui#2289 setups): base-url-no-v1 at its column in .env', () => {
    const dotenv = `OPENAI_API_BASE_URLS=https://api.openai.com/v1; https://api.anthropic.com\nOPENAI_API_KEYS=${openaiKey(1)};${apiKey(2)}\n`;
    const { profiles, findings } = run({ 'proj/.env': dotenv });
    expect(profiles[0]!.baseUrl).toBeUndefined();
    expect(profiles[0]!.apiKey?.location).toMatchObject({
      path: '.env',
      line: 2,
      column: 17 + openaiKey(1).length + 1,
    });
    const noV1 = findings.find((f) => f.code === 'open-webui/base-url-no-v1')!;
    expect(noV1).toMatchObject({
      severity: 'error',
      profile: 'p1',
      args: { url: 'https://api.anthropic.com', index: 2 },
      location: {
        path: '.env',
        line: 1,
        column: 22 + 'https://api.openai.com/v1; '.length,
        key: 'OPENAI_API_BASE_URLS[2]',
      },
    });
    // ENABLE_PERSISTENT_CONFIG is not set: the database's values win after the first start.
    expect(codes(findings)).toEqual(['open-webui/base-url-no-v1', 'open-webui/env-read-once']);
    expect(findings[1]).toMatchObject({
      args: { name: 'OPENAI_API_BASE_URLS' },
      severity: 'warning',
      location: { path: '.env', line: 1, column: 22 },
    });
  });

  it('a missing key at the connection position is open-webui/key-missing', () => {
    const env = {
      OPENAI_API_BASE_URLS: 'https://api.openai.com/v1;https://api.anthropic.com/v1/',
      OPENAI_API_KEYS: openaiKey(1),
      ENABLE_PERSISTENT_CONFIG: 'false',
    };
    const { profiles, findings } = run({}, env);
    expect(profiles[0]!.apiKey).toBeUndefined();
    expect(profiles[0]!.baseUrl?.value).toBe('https://api.anthropic.com');
    expect(findings.map((f) => [f.code, f.args, f.location, f.profile])).toEqual([
      [
        'open-webui/key-missing',
        { url: 'https://api.anthropic.com/v1/', index: 2 },
        { kind: 'env', name: 'OPENAI_API_BASE_URLS' },
        'p1',
      ],
    ]);
    expect(profiles).toEqual([
      expect.objectContaining({ client: 'open-webui', label: 'OPENAI_API_BASE_URLS[2]', ignored: [] }),
    ]);
  });

  it('a gateway URL with an Anthropic key is a connection to Anthropic too; other connections are not', () => {
    const env = {
      OPENAI_API_BASE_URLS: 'https://gw.example/v1;http://ollama:11434/v1',
      OPENAI_API_KEYS: `${apiKey(5)};none`,
      ENABLE_PERSISTENT_CONFIG: 'False',
    };
    const { profiles } = run({}, env);
    expect(profiles.map((p) => [p.label, p.baseUrl?.value])).toEqual([
      ['OPENAI_API_BASE_URLS[1]', 'https://gw.example'],
    ]);
  });

  it(`the compose service's environment wins, its \${X} filled from .env; the shell's value is not used`, () => {
    const compose = [
      'services:',
      '  open-webui:',
      '    image: ghcr.io/open-webui/open-webui:main',
      '    environment:',
      '      - OPENAI_API_BASE_URLS=https://api.anthropic.com/v1',
      `      - OPENAI_API_KEYS=\${ANTHROPIC_API_KEY}`,
      '      - ENABLE_PERSISTENT_CONFIG=False',
      '',
    ].join('\n');
    const files = { 'proj/compose.yaml': compose, 'proj/.env': `ANTHROPIC_API_KEY=${apiKey(6)}\n` };
    const { read, profiles, findings } = run(files, { OPENAI_API_BASE_URLS: 'https://elsewhere.example/v1' });
    expect(read.sources).toEqual(['compose.yaml']);
    expect(profiles[0]).toMatchObject({
      baseUrl: { value: 'https://api.anthropic.com', location: { path: 'compose.yaml', line: 5, column: 30 } },
      apiKey: { value: apiKey(6), location: { path: '.env', line: 1 } },
    });
    expect(findings).toEqual([]);
  });

  it('a compose map environment, and a compose file without these variables leaves the environment to win', () => {
    const map = 'services:\n  webui:\n    environment:\n      OPENAI_API_BASE_URLS: "https://api.anthropic.com"\n';
    expect(run({ 'proj/docker-compose.yml': map }).read.facts.connections).toMatchObject([
      { index: 1, noV1: true, noKey: true, at: { path: 'docker-compose.yml', line: 4 } },
    ]);
    const other = 'services:\n  db:\n    image: postgres\n';
    const env = { OPENAI_API_BASE_URLS: 'https://api.anthropic.com/v1', OPENAI_API_KEYS: apiKey(7) };
    expect(run({ 'proj/compose.yaml': other }, env).profiles[0]!.apiKey?.location).toEqual({
      kind: 'env',
      name: 'OPENAI_API_KEYS',
    });
  });

  it('a compose file that is not YAML is reported when it sets these variables, ignored otherwise', () => {
    const bad = 'services:\n  webui:\n    environment:\n      - OPENAI_API_BASE_URLS=x\n     bad: [\n';
    expect(run({ 'proj/compose.yaml': bad }).read.problems.map((p) => p.code)).toEqual(['source/yaml-invalid']);
    expect(run({ 'proj/compose.yaml': 'services: [\n' }).read.problems).toEqual([]);
  });

  it('an unrelated .env is not claimed, and --no-env leaves the environment out', () => {
    const { read } = run({ 'proj/.env': `ANTHROPIC_API_KEY=${apiKey(8)}\n` });
    expect(read).toMatchObject({ settings: [], sources: [], facts: { connections: [] } });
    const off = run({}, { OPENAI_API_BASE_URLS: 'https://api.anthropic.com/v1' }, false);
    expect(off.profiles).toEqual([]);
  });

  it('findings without a profile (another scope) carry none', () => {
    const { read } = run({}, { OPENAI_API_BASE_URLS: 'https://api.anthropic.com' });
    expect(checkOpenWebui(read.facts, []).map((f) => [f.code, 'profile' in f])).toEqual([
      ['open-webui/base-url-no-v1', false],
      ['open-webui/key-missing', false],
      ['open-webui/env-read-once', false],
    ]);
  });

  it('which connections are Anthropic: its hosts over http or https, not a look-alike host; fewer keys than URLs', () => {
    const env = {
      OPENAI_API_BASE_URLS: 'https://anthropic.com.evil.example/v1;http://api.anthropic.com/v1;https://x.example/v1',
      OPENAI_API_KEYS: 'a',
      ENABLE_PERSISTENT_CONFIG: ' False ',
    };
    const { read } = run({}, env);
    expect(read.facts.connections.map((c) => c.index)).toEqual([2]);
    expect(read.facts.readOnce).toBeUndefined();
  });

  it('with --env-file the .env it reads is listed among its own sources', () => {
    const c = caseDir({ 'proj/.env': 'OPENAI_API_BASE_URLS=https://api.anthropic.com/v1\n' });
    done = c.done;
    const read = readOpenWebui({ cwd: c.cwd, home: c.home, env: {}, useEnv: true, sharedReadsDotenv: false });
    expect(read.sources).toEqual(['.env']);
    expect(run({ 'proj/.env': 'OPENAI_API_BASE_URLS=https://api.anthropic.com/v1\n' }).read.sources).toEqual([]);
  });

  it('sdkBase: /v1 with or without a slash is dropped; anything else lacks it', () => {
    expect(sdkBase('https://api.anthropic.com/v1')).toBe('https://api.anthropic.com');
    expect(sdkBase(' https://gw.example/anthropic/v1// ')).toBe('https://gw.example/anthropic');
    expect(sdkBase('https://api.anthropic.com/v1/messages')).toBeUndefined();
    expect(sdkBase('https://api.anthropic.com')).toBeUndefined();
  });
});
