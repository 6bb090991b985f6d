// The secrets promise through aider's, Continue's and Goose's own sources: for any generated key or token,
// in any of their key, model, URL or name slots (YAML values, their .env files, their variables), no output
// format (text, json, github, sarif) in either language holds a 12-character piece of it.
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

const y = (raw: string) => JSON.stringify(raw);
const CONTINUE = (fields: string) =>
  `models:\n  - name: Claude\n    provider: anthropic\n    model: claude-sonnet-4-6\n${fields}`;
const GOOSE = 'GOOSE_PROVIDER: anthropic\n';

/** Each place: the files under the case (home/ and proj/, the working folder) and the variables. */
const PLACES: Record<string, (raw: string) => { files: Record<string, string>; env?: Record<string, string> }> = {
  'aider anthropic-api-key': (r) => ({ files: { 'home/.aider.conf.yml': `anthropic-api-key: ${y(r)}\n` } }),
  'aider api-key list': (r) => ({ files: { 'proj/.aider.conf.yml': `api-key:\n  - ${y(`anthropic=${r}`)}\n` } }),
  'aider model': (r) => ({ files: { 'home/.aider.conf.yml': `model: ${y(r)}\n` } }),
  'aider home .env': (r) => ({ files: { 'home/.env': `AIDER_ANTHROPIC_API_KEY='${r}'\n` } }),
  'aider git-root .env': (r) => ({
    files: { 'proj/.env': `ANTHROPIC_API_KEY='${r}'\n`, 'proj/sub/.aider.conf.yml': 'model: claude-sonnet-4-6\n' },
  }),
  'aider variable': (r) => ({ files: {}, env: { AIDER_ANTHROPIC_API_KEY: r } }),
  'continue apiKey': (r) => ({ files: { 'home/.continue/config.yaml': CONTINUE(`    apiKey: ${y(r)}\n`) } }),
  'continue apiBase': (r) => ({
    files: { 'home/.continue/config.yaml': CONTINUE(`    apiBase: ${y(`https://u:${r}@gw.example/v1/`)}\n`) },
  }),
  'continue name': (r) => ({
    files: { 'home/.continue/config.yaml': `models:\n  - name: ${y(r)}\n    provider: anthropic\n` },
  }),
  'continue ~/.continue/.env': (r) => ({
    files: {
      'home/.continue/config.yaml': CONTINUE(`    apiKey: \${{ secrets.WORK }}\n`),
      'home/.continue/.env': `WORK='${r}'\n`,
    },
  }),
  'continue workspace .env': (r) => ({
    files: {
      'home/.continue/config.yaml': CONTINUE(`    apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\n`),
      'proj/.continue/.env': `ANTHROPIC_API_KEY='${r}'\n`,
    },
  }),
  'continue shell secret': (r) => ({
    files: { 'home/.continue/config.yaml': CONTINUE(`    apiKey: \${{ secrets.WORK }}\n`) },
    env: { WORK: r },
  }),
  'goose secrets.yaml': (r) => ({
    files: {
      'home/.config/goose/config.yaml': GOOSE,
      'home/.config/goose/secrets.yaml': `ANTHROPIC_API_KEY: ${y(r)}\n`,
    },
    env: { GOOSE_DISABLE_KEYRING: '1' },
  }),
  'goose model': (r) => ({ files: { 'home/.config/goose/config.yaml': `${GOOSE}GOOSE_MODEL: ${y(r)}\n` } }),
  'goose host variable': (r) => ({
    files: { 'home/.config/goose/config.yaml': GOOSE },
    env: { ANTHROPIC_HOST: `https://gw.example/${r}` },
  }),
};

describe.skipIf(underStryker)('no raw key from an aider, Continue or Goose source in any output', () => {
  const root = mkdtempSync(join(tmpdir(), 'cd-secrets-yaml-'));
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
          for (const sub of ['home', 'proj/sub', 'proj/.git']) mkdirSync(join(dir, sub), { recursive: true });
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
            join(dir, 'proj/sub'),
          );
          expect(run.code).not.toBe(2);
          const output = withoutMasks(run.stdout + run.stderr + readFileSync(summary, 'utf8'));
          expect(fragmentLeaked(output, key, 12), `${place} ${JSON.stringify(raw)} leaked`).toBeUndefined();
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 200, seed: 20261201 },
    );
  }, 120_000);
});
