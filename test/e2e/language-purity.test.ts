// End to end: every string a user sees is in the language asked for. The built CLI runs every command
// and format under --lang ja and --lang en against the fixtures (findings of many kinds, broken files,
// usage errors, help, codes, explain, live probes against the fake API), and no Japanese line may hold
// an English sentence, nor an English line a Japanese character (test/support/language-purity.ts).
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi, type Scenario } from '../support/fake-anthropic.js';
import { prepareCase, ROOT, runCli } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { wrongLanguage } from '../support/language-purity.js';
import { runMain } from '../support/run-main.js';
import { CODES } from '../../src/catalog/index.js';

type Lang = 'en' | 'ja';
const LANGS: Lang[] = ['ja', 'en'];
const FORMATS = ['text', 'json', 'github', 'sarif'];

/** A fixture case as the e2e tests run it: its proj/ (when it has one) is the working folder, home/ is HOME. */
function fixtureCase(name: string) {
  const dir = prepareCase(name);
  const proj = readdirSync(dir).includes('proj') ? join(dir, 'proj') : dir;
  for (const sub of ['home', 'managed']) mkdirSync(join(dir, sub), { recursive: true });
  return { cwd: proj, env: { HOME: join(dir, 'home'), CLAUDE_DOCTOR_MANAGED_DIR: join(dir, 'managed') } };
}

/** One .env with many kinds of finding at once: the case the formats are checked on. */
function zooCase() {
  const c = fixtureCase('env/models-and-urls');
  const key = apiKey(5);
  const lines = [
    `ANTHROPIC_API_KEY=${key.slice(0, 20)}\u200b${key.slice(20)}`,
    `ANTHROPIC_AUTH_TOKEN=${key.slice(0, 60)}`,
    `CLAUDE_API_KEY=" ${apiKey(6)} "`,
    'ANTHROPIC_MODEL=claude-3-opus-20240229',
  ];
  writeFileSync(join(c.cwd, '.env.zoo'), `${lines.join('\n')}\n`);
  writeFileSync(join(c.cwd, 'config.toml'), '[llm]\nmodel = "anthropic/claude-3-haiku-20240307"\napi_key = \n');
  return c;
}

/** Files the tool cannot read: a directory, a dangling link, a link loop, a missing --env-file. */
function unreadableCase() {
  const c = fixtureCase('env/clean');
  mkdirSync(join(c.cwd, 'config.toml'));
  symlinkSync(join(c.cwd, 'nowhere'), join(c.cwd, 'dangling.env'));
  symlinkSync(join(c.cwd, 'loop.env'), join(c.cwd, 'loop.env'));
  mkdirSync(join(c.env.HOME, '.openhands'), { recursive: true });
  writeFileSync(join(c.env.HOME, '.openhands', 'settings.json'), '{"llm_model": "anthropic/claude-sonnet-4-6",}');
  return c;
}

const FIXTURE_DIRS = ['env', 'openhands', 'claude-code'].flatMap((group) =>
  readdirSync(join(ROOT, 'fixtures', group)).map((name) => `${group}/${name}`),
);

interface Case {
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

function expectPure(output: string, lang: Lang) {
  const wrong = wrongLanguage(output, lang);
  expect(wrong, `${wrong.length} line(s) not in ${lang}:\n${wrong.join('\n')}\n`).toEqual([]);
}

async function expectPureRun(c: Case, lang: Lang) {
  const run = await runCli([...c.args, '--lang', lang], c.cwd, c.env);
  expect(run.stderr + run.stdout).not.toMatch(/^\s+at .*(\.c?js|\.ts|node:\w+):\d+/m);
  expectPure(run.stdout, lang);
  expectPure(run.stderr, lang);
  return run;
}

describe.each(LANGS)('--lang %s', (lang) => {
  describe.concurrent('check on every fixture', () => {
    it.each(FIXTURE_DIRS)('%s', async (name) => {
      const c = fixtureCase(name);
      // The helpers' own output too (the fixtures' helpers write only inside their case).
      const helpers = name.startsWith('claude-code/') ? ['--run-helpers'] : [];
      await expectPureRun({ args: ['check', '--verbose', ...helpers], ...c }, lang);
    });
  });

  describe.concurrent('every format, --quiet and --verbose, on many findings', () => {
    const zoo = zooCase();
    const extra = ['--env-file', '.env', '--env-file', '.env.zoo', '--config', 'config.toml'];
    it.each([
      ...FORMATS.map((f) => ['--format', f]),
      ['--quiet'],
      ['--verbose'],
      ['--strict', '--format', 'github'],
      ['--show-secrets'],
    ])('%s %s', async (...args) => {
      await expectPureRun({ args: ['check', ...extra, ...args.filter((a) => typeof a === 'string')], ...zoo }, lang);
    });
  });

  it('inside GitHub Actions: annotations over the limit, masks, the job summary and the outputs', async () => {
    const c = zooCase();
    const files = Array.from({ length: 12 }, (_, i) => `.env.${i}`);
    for (const [i, name] of files.entries())
      writeFileSync(join(c.cwd, name), `ANTHROPIC_API_KEY=sk-ant-api03-cut${i}\n`);
    const env = { ...c.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_OUTPUT: 'out.txt' };
    const args = ['check', '--format', 'github', ...files.flatMap((f) => ['--env-file', f])];
    const run = await expectPureRun({ args, cwd: c.cwd, env }, lang);
    expect(run.stdout).toMatch(/^::notice title=claude-doctor::/m);
    expectPure(readFileSync(join(c.cwd, 'summary.md'), 'utf8'), lang);
  });

  describe.concurrent('files the tool cannot read', () => {
    const c = unreadableCase();
    it.each([
      [['check', '--env-file', 'missing.env']],
      [['check', '--env-file', 'dangling.env', '--env-file', 'loop.env', '--verbose']],
      [['check', '--env-file', 'dangling.env', '--format', 'github']],
      [['check', '--config', 'config.toml', '--format', 'sarif']],
      [['check', '--settings', join(c.env.HOME, '.openhands', 'settings.json'), '--format', 'json']],
      [['check', '--env-file', '.', '--verbose']],
      [['explain', '--file', 'missing.log']],
      [['explain', '--file', '.']],
      [['check', '--docker', '--docker-host', 'unix:///nonexistent/docker.sock', '--verbose']],
    ])('%j', async (args) => {
      await expectPureRun({ args, ...c }, lang);
    });
  });

  describe.concurrent('usage errors', () => {
    const c = fixtureCase('env/clean');
    it.each([
      [['--timeout', '0']],
      [['--timeout', 'abc']],
      [['--bogus']],
      [['--ofline']],
      [['chek']],
      [['frobnicate']],
      [['check', 'extra']],
      [['--quiet', '--verbose']],
      [['--format', 'xml']],
      [['--model']],
      [['--offline=maybe']],
      [['--ignore', 'key/nope']],
      [['codes', 'key/whitspace']],
      [['codes', 'a', 'b']],
      [['completion']],
      [['completion', 'tcsh']],
      [['help', 'nope']],
      [['explain', '--format', 'sarif', 'x']],
      [['status', '--timeout', '0']],
      [['--admin-key-env', 'sk-ant-x']],
      [['--api-key', 'sk-ant-x']],
    ])('%j', async (args) => {
      const run = await expectPureRun({ args, ...c }, lang);
      expect(run.code).toBe(2);
    });
  });

  describe.concurrent('help, version and codes', () => {
    const c = fixtureCase('env/clean');
    it.each([
      [['--help']],
      [['check', '--help']],
      [['explain', '--help']],
      [['codes', '--help']],
      [['completion', '--help']],
      [['status', '--help']],
      // The status page at a closed port (the runner's default): unknown, in the reader's language.
      [['status']],
      [['help']],
      [['help', 'explain']],
      [['version']],
      [['codes']],
      ...[
        'key/invisible-character',
        'key/truncated',
        'model/retired',
        'url/v1-suffix',
        'config/parse-error',
        'auth/invalid-api-key',
        'docker/key-differs-from-host',
      ].map((code) => [['codes', code]]),
    ])('%j', async (args) => {
      await expectPureRun({ args, ...c }, lang);
    });
  });

  describe.concurrent('explain', () => {
    const c = fixtureCase('env/clean');
    const real = (n: string) => join(ROOT, 'fixtures', 'real-errors', n);
    it.each([
      [['explain', '--file', real('002-claude-code-invalid-x-api-key-bun.txt')]],
      [['explain', '--file', real('008-litellm-openhands-anthropicerror.txt'), '--format', 'json']],
      [['explain', '--file', real('043-claude-code-econnrefused-bun.txt')]],
      [['explain', '--file', real('047-vibe-retired-model-404.txt')]],
      [['explain', '--file', real('070-open-webui-pipelines-compose-log.txt')]],
      [['explain', '--file', real('157-curl-success-message-no-error.txt')]],
      [['explain', 'nothing to see here']],
      [['explain', '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}']],
    ])('%j', async (args) => {
      await expectPureRun({ args, ...c }, lang);
    });
  });
});

describe('live probe outcomes', () => {
  let api: FakeApi;
  const scenarios: Scenario[] = [
    'ok',
    'credit',
    'rate-limited',
    'overloaded',
    'html-502',
    'oauth-expired',
    'cloudflare',
  ];
  beforeAll(async () => {
    api = await startFakeApi(Object.fromEntries(scenarios.map((s, i) => [apiKey(200 + i), s])));
  });
  afterAll(() => api.close());

  const probe = (env: Record<string, string>, lang: Lang, format = 'text') =>
    expectPureRun(
      {
        args: ['check', '--no-offline', '--format', format],
        cwd: prepareCase(),
        env: { ANTHROPIC_MODEL: 'claude-sonnet-4-6', ...env },
      },
      lang,
    );

  describe.each(LANGS)('--lang %s', (lang) => {
    it.concurrent.each(scenarios.map((s, i) => [s, i] as const))('%s', async (_s, i) => {
      await probe({ ANTHROPIC_API_KEY: apiKey(200 + i), ANTHROPIC_BASE_URL: api.url }, lang);
    });

    it.concurrent('an API that cannot be reached', async () => {
      await probe({ ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' }, lang);
      await probe({ ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' }, lang, 'json');
    });
  });
});

// Breadth in-process (the same main() the built CLI runs): every code's page, every real error text.
describe('every code page and every real error, in both languages', () => {
  const dir = prepareCase();
  const realErrors = readdirSync(join(ROOT, 'fixtures', 'real-errors')).filter((n) => n.endsWith('.txt'));

  it.each(LANGS)('codes <code> --lang %s', async (lang) => {
    const wrong: string[] = [];
    for (const code of CODES) {
      const run = await runMain(['codes', code, '--lang', lang], {}, dir);
      wrong.push(...wrongLanguage(run.stdout + run.stderr, lang).map((w) => `${code}: ${w}`));
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it.each(LANGS)('explain --lang %s on fixtures/real-errors, text and JSON', async (lang) => {
    const wrong: string[] = [];
    for (const name of realErrors) {
      for (const format of ['text', 'json']) {
        const file = join(ROOT, 'fixtures', 'real-errors', name);
        const run = await runMain(['explain', '--file', file, '--format', format, '--lang', lang], {}, dir);
        wrong.push(...wrongLanguage(run.stdout + run.stderr, lang).map((w) => `${name} ${format}: ${w}`));
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
