// Hostile files where Zed, Open WebUI and LibreChat keep their settings: a key in every field they read,
// a file past the size limit, binary bytes, broken JSON and YAML, nesting thousands deep, a workflow command
// in a name. The promises: every problem is a finding, no key reaches any output in any format or language,
// no raw control character or workflow command reaches stdout, and every run ends quickly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMeasured } from '../support/fake-engine.js';
import { type JsonReport, leaked, prepareCase, runCli } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

const QUICK_MS = 5000;
const ZED = 'home/.config/zed/settings.json';

/** A case with files under it (home/…, and the working folder proj/). */
function caseWith(files: Record<string, string | Buffer>) {
  const dir = prepareCase();
  mkdirSync(join(dir, 'proj'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text, { mode: 0o600 });
  }
  return dir;
}
const check = (dir: string, format = 'json') =>
  runMeasured(['check', '--offline', '--no-docker', '--format', format], join(dir, 'proj'), {
    HOME: join(dir, 'home'),
  });
const codes = (stdout: string) => (JSON.parse(stdout) as JsonReport).findings.map((f) => f.code);

describe('a key in every field is never printed raw', () => {
  const key = apiKey(5);
  const zed = (anthropic: string) => `{ "language_models": { "anthropic": { ${anthropic} } } }`;
  const lc = (entry: string) => `endpoints:\n  custom:\n    - provider: anthropic\n${entry}`;
  const cases: [string, Record<string, string>][] = [
    ['zed api_url', { [ZED]: zed(`"api_url": "https://u:${key}@gw.example"`) }],
    ['zed api_url bare', { [ZED]: zed(`"api_url": "${key}"`) }],
    ['zed model', { [ZED]: zed(`"available_models": [{ "name": "${key}" }]`) }],
    [
      'zed default model',
      { [ZED]: `{ "agent": { "default_model": { "provider": "anthropic", "model": "${key}" } } }` },
    ],
    ['zed broken', { [ZED]: `{ "language_models": { "anthropic": { "api_url": ${key} } } }` }],
    ['open-webui url item', { 'proj/.env': `OPENAI_API_BASE_URLS=https://a.example/v1;${key}\nOPENAI_API_KEYS=a;b\n` }],
    [
      'open-webui key item',
      { 'proj/.env': `OPENAI_API_BASE_URLS=https://api.anthropic.com/v1\nOPENAI_API_KEYS=Bearer ${key}\n` },
    ],
    [
      'open-webui key damaged',
      { 'proj/.env': `OPENAI_API_BASE_URLS=x;https://api.anthropic.com\nOPENAI_API_KEYS=;${key.slice(0, 60)}\n` },
    ],
    [
      'open-webui compose',
      {
        'proj/compose.yaml': `services:\n  w:\n    environment:\n      OPENAI_API_BASE_URLS: "https://api.anthropic.com/v1"\n      OPENAI_API_KEYS: " ${key}"\n`,
      },
    ],
    [
      'open-webui compose broken',
      { 'proj/compose.yaml': `services: { w: { environment: [OPENAI_API_BASE_URLS=${key}` },
    ],
    ['librechat apiKey', { 'proj/librechat.yaml': lc(`      apiKey: "${key} "\n`) }],
    ['librechat baseURL', { 'proj/librechat.yaml': lc(`      baseURL: "https://gw.example/${key}"\n`) }],
    ['librechat name', { 'proj/librechat.yaml': lc(`      name: "${key}"\n      apiKey: "\${NOPE}"\n`) }],
    ['librechat model', { 'proj/librechat.yaml': lc(`      models:\n        default: ["${key}"]\n`) }],
    ['librechat broken', { 'proj/librechat.yaml': `endpoints: { custom: [ { apiKey: "${key}` }],
    ['librechat ref in .env', { 'proj/librechat.yaml': lc(`      apiKey: "\${K}"\n`), 'proj/.env': `K='${key}'\n` }],
    ['librechat .env models', { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_API_KEY=y\nANTHROPIC_MODELS=${key},x\n` }],
    ['librechat .env proxy', { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_REVERSE_PROXY=https://${key}.example\n` }],
  ];
  for (const [name, files] of cases) {
    it(name, async () => {
      const dir = caseWith(files);
      for (const format of ['text', 'json', 'github', 'sarif'])
        for (const lang of ['en', 'ja']) {
          const run = await runCli(['check', '--format', format, '--lang', lang, '--verbose'], join(dir, 'proj'), {
            HOME: join(dir, 'home'),
          });
          expect([0, 1], `${format} ${lang}: ${run.stderr}`).toContain(run.code);
          expect(run.stdout + run.stderr, `${format} ${lang}`).not.toContain(key.slice(20, 44));
          expect(leaked(run.stdout + run.stderr)).toEqual([]);
        }
    });
  }
});

describe('size, bytes and shape', () => {
  const limit = 1024 * 1024;
  // A compose file is Open WebUI's only when it sets its variables: one that cannot be read is no one's to report.
  const places = { zed: ZED, librechat: 'proj/librechat.yaml', compose: 'proj/compose.yaml' };
  const reported = (name: string) => name !== 'compose';

  for (const [name, path] of Object.entries(places)) {
    it(`${name}: a file past 1 MiB is source/too-large, quickly`, async () => {
      const text = `# OPENAI_API_BASE_URLS ${apiKey(6)}\n${'#'.repeat(limit)}\n`;
      const run = await check(caseWith({ [path]: name === 'zed' ? `//${text}{}` : text }));
      expect(run.ms).toBeLessThan(QUICK_MS);
      expect(codes(run.stdout).includes('source/too-large')).toBe(reported(name));
      expect(leaked(run.stdout + run.stderr)).toEqual([]);
    });

    it(`${name}: binary bytes are source/not-text, with no raw byte on stdout`, async () => {
      const bytes = Buffer.concat([
        Buffer.from(`OPENAI_API_BASE_URLS: ${apiKey(3)}\n`),
        Buffer.from([0, 0x1b, 0x9b, 0xff, 7]),
      ]);
      const run = await check(caseWith({ [path]: bytes }), 'text');
      expect(run.stdout.includes('source/not-text')).toBe(reported(name));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the attack is exactly these bytes
      expect(run.stdout).not.toMatch(/[\u0000\u0007\u001b\u009b]/);
      expect(leaked(run.stdout + run.stderr)).toEqual([]);
    });
  }

  it('zed: JSON nested 100 000 deep is zed/settings-invalid, not a stack overflow', async () => {
    const run = await check(caseWith({ [ZED]: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }));
    expect(run.ms).toBeLessThan(QUICK_MS);
    expect(codes(run.stdout)).toContain('zed/settings-invalid');
    expect(run.stderr).toBe('');
  });

  it('librechat: YAML nested 100 000 deep is source/yaml-invalid or nothing, never a crash', async () => {
    const yaml = `endpoints:\n  custom: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const run = await check(caseWith({ 'proj/librechat.yaml': yaml }));
    expect(run.ms).toBeLessThan(QUICK_MS);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).toBe('');
  });

  it('open-webui: 100 000 connections in one list end quickly', async () => {
    const urls = Array(100_000).fill('https://api.anthropic.com').join(';');
    const run = await check(caseWith({ 'proj/.env': `OPENAI_API_BASE_URLS=${urls}\n` }));
    expect(run.ms).toBeLessThan(QUICK_MS * 2);
    expect([0, 1]).toContain(run.code);
  });
});

describe('a workflow command or control character in a name never reaches stdout raw', () => {
  it('a LibreChat endpoint name and a reference', async () => {
    const name = 'Claude\\n::error::pwned\\u001b[31m';
    const yaml = `endpoints:\n  custom:\n    - name: "${name}"\n      provider: anthropic\n      apiKey: "\${NOPE}"\n`;
    const dir = caseWith({ 'proj/librechat.yaml': yaml });
    for (const format of ['text', 'github']) {
      const run = await runCli(['check', '--format', format], join(dir, 'proj'), { HOME: join(dir, 'home') });
      expect(run.stdout).not.toMatch(/^::error::pwned/m);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the attack is exactly this byte
      expect(run.stdout).not.toMatch(/\u001b\[31m/);
    }
  });
});
