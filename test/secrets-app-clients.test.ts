// The secrets promise through Zed's, Open WebUI's and LibreChat's own sources: for any generated key or token,
// in any of their key, model, URL or name slots (settings.json, the OPENAI_API_* lists in .env, the
// environment or a compose file, LibreChat's .env and librechat.yaml with its references), no output format
// (text, json, github, sarif) in either language holds a 12-character piece of it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKey } from './support/keys.js';
import { fragmentLeaked, withoutMasks } from './support/leaks.js';
import { runMain } from './support/run-main.js';
import { credentialArb, plainDamageArb } from './support/secret-arbs.js';
import { underStryker } from './support/stryker.js';

const keyArb = credentialArb;
const damageArb = plainDamageArb;

const j = (raw: string) => JSON.stringify(raw);
const y = j;
const ZED = 'home/.config/zed/settings.json';
const zed = (anthropic: string) => `{ "language_models": { "anthropic": { ${anthropic} } } }\n`;
const LC = (entry: string) => `endpoints:\n  custom:\n    - name: Claude\n      provider: anthropic\n${entry}`;
const URLS = 'OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.anthropic.com/v1';

/** Each place: the files under the case (home/ and proj/, the working folder) and the variables. */
const PLACES: Record<string, (raw: string) => { files: Record<string, string>; env?: Record<string, string> }> = {
  'zed api_url': (r) => ({ files: { [ZED]: zed(`"api_url": ${j(`https://u:${r}@gw.example`)}`) } }),
  'zed model': (r) => ({ files: { [ZED]: zed(`"available_models": [{ "name": ${j(r)} }]`) } }),
  'zed default model': (r) => ({
    files: { [ZED]: `{ "agent": { "default_model": { "provider": "anthropic", "model": ${j(r)} } } }\n` },
  }),
  'zed environment key': (r) => ({
    files: { [ZED]: zed('"api_url": "https://api.anthropic.com"') },
    env: { ANTHROPIC_API_KEY: r },
  }),
  'open-webui .env key': (r) => ({ files: { 'proj/.env': `${URLS}\nOPENAI_API_KEYS='sk-x;${r}'\n` } }),
  'open-webui .env url': (r) => ({ files: { 'proj/.env': `OPENAI_API_BASE_URLS='https://api.anthropic.com/${r}'\n` } }),
  'open-webui environment key': (r) => ({
    files: {},
    env: { OPENAI_API_BASE_URLS: 'https://api.anthropic.com/v1', OPENAI_API_KEYS: r },
  }),
  'open-webui compose key': (r) => ({
    files: {
      'proj/compose.yaml': `services:\n  w:\n    environment:\n      ${URLS.replace('=', ': ')}\n      OPENAI_API_KEYS: ${y(`x;${r}`)}\n`,
    },
  }),
  'open-webui compose reference': (r) => ({
    files: {
      'proj/compose.yaml': `services:\n  w:\n    environment:\n      - ${URLS}\n      - OPENAI_API_KEYS=x;\${WORK}\n`,
      'proj/.env': `WORK='${r}'\n`,
    },
  }),
  'librechat .env key': (r) => ({ files: { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_API_KEY='${r}'\n` } }),
  'librechat .env models': (r) => ({ files: { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_MODELS='${r},x'\n` } }),
  'librechat .env proxy': (r) => ({
    files: { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_REVERSE_PROXY='https://gw.example/${r}'\n` },
  }),
  'librechat apiKey': (r) => ({ files: { 'proj/librechat.yaml': LC(`      apiKey: ${y(r)}\n`) } }),
  'librechat apiKey reference': (r) => ({
    files: { 'proj/librechat.yaml': LC(`      apiKey: "\${WORK}"\n`), 'proj/.env': `WORK='${r}'\n` },
  }),
  'librechat apiKey reference in the environment': (r) => ({
    files: { 'proj/librechat.yaml': LC(`      apiKey: "\${WORK}"\n`) },
    env: { WORK: r },
  }),
  'librechat baseURL': (r) => ({
    files: { 'proj/librechat.yaml': LC(`      baseURL: ${y(`https://gw.example/${r}/v1`)}\n`) },
  }),
  'librechat model': (r) => ({ files: { 'proj/librechat.yaml': LC(`      models:\n        default: [${y(r)}]\n`) } }),
  'librechat name': (r) => ({
    files: { 'proj/librechat.yaml': `endpoints:\n  custom:\n    - name: ${y(r)}\n      provider: anthropic\n` },
  }),
};

describe.skipIf(underStryker)('no raw key from a Zed, Open WebUI or LibreChat source in any output', () => {
  const root = mkdtempSync(join(tmpdir(), 'cd-secrets-app-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  it('holds for every source, reporter and language', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          key: keyArb,
          damage: damageArb,
          place: fc.constantFrom(...Object.keys(PLACES)),
          format: fc.constantFrom('text', 'json', 'github', 'sarif'),
          lang: fc.constantFrom('en', 'ja'),
        }),
        async ({ key, damage, place, format, lang }) => {
          const raw = damage(key);
          const dir = join(root, String(n++));
          const { files, env = {} } = PLACES[place]!(raw);
          for (const sub of ['home', 'proj']) mkdirSync(join(dir, sub), { recursive: true });
          for (const [path, text] of Object.entries(files)) {
            mkdirSync(dirname(join(dir, path)), { recursive: true });
            writeFileSync(join(dir, path), text, { mode: 0o600 });
          }
          const summary = join(dir, 'summary.md');
          writeFileSync(summary, '');
          const run = await runMain(
            ['check', '--offline', '--no-docker', '--verbose', '--lang', lang, '--format', format],
            // A second credential, so conflict and override reports list both.
            {
              PATH: process.env.PATH ?? '',
              HOME: join(dir, 'home'),
              GITHUB_STEP_SUMMARY: summary,
              ANTHROPIC_API_KEY: apiKey(99),
              ...env,
            },
            join(dir, 'proj'),
          );
          expect(run.code).not.toBe(2);
          const output = withoutMasks(run.stdout + run.stderr + readFileSync(summary, 'utf8'));
          expect(fragmentLeaked(output, key, 12), `${place} ${JSON.stringify(raw)} leaked`).toBeUndefined();
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 200, seed: 20261215 },
    );
  }, 120_000);
});
