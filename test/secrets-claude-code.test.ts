// The secrets promise through Claude Code's own sources: for any generated key or token, placed in a
// settings file's env (every layer, a rejected lenient file, a broken one), an apiKeyHelper literal or a
// helper's stderr (with --run-helpers), ~/.claude.json, .credentials.json or a shell start-up file, no
// output format (text, json, github, sarif) in either language holds a 12-character piece of it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKey, oauthToken } from './support/keys.js';
import { fragmentLeaked, withoutMasks } from './support/leaks.js';
import { runMain } from './support/run-main.js';
import { credentialArb, plainDamageArb } from './support/secret-arbs.js';
import { underStryker } from './support/stryker.js';

const keyArb = credentialArb;
const damageArb = plainDamageArb;
const PLACES = [
  'user-env',
  'project-env',
  'local-env',
  'managed-env',
  'lenient-env',
  'broken-env',
  'helper-literal',
  'helper-stderr',
  'primary-key',
  'access-token',
  'refresh-token',
  'bashrc',
  'zshrc',
  'fish',
] as const;
type Place = (typeof PLACES)[number];
const SETTINGS: Partial<Record<Place, string>> = {
  'user-env': 'home/.claude/settings.json',
  'project-env': 'proj/.claude/settings.json',
  'local-env': 'proj/.claude/settings.local.json',
  'managed-env': 'managed/managed-settings.json',
};

/** The files that put `raw` in `place`, by path under the case's root. */
function filesFor(place: Place, variable: string, raw: string): Record<string, string> {
  const value = JSON.stringify(raw);
  const settings = SETTINGS[place];
  if (settings) return { [settings]: JSON.stringify({ env: { [variable]: raw } }, null, 2) };
  switch (place) {
    case 'lenient-env':
      return { 'proj/.claude/settings.json': `{\n  // team key\n  "env": { "${variable}": ${value}, },\n}\n` };
    case 'broken-env':
      return { 'home/.claude/settings.json': `{\n  "env": { "${variable}": ${value} "x" }\n` };
    case 'helper-literal':
      return { 'home/.claude/settings.json': JSON.stringify({ apiKeyHelper: `echo '${raw}'` }) };
    case 'helper-stderr':
      return { 'home/.claude/settings.json': JSON.stringify({ apiKeyHelper: `echo 'bad: ${raw}' >&2; exit 2` }) };
    case 'primary-key':
      return { 'home/.claude.json': JSON.stringify({ primaryApiKey: raw }) };
    case 'access-token':
    case 'refresh-token': {
      const slot = place === 'access-token' ? 'accessToken' : 'refreshToken';
      const oauth = { accessToken: oauthToken(5), expiresAt: 1, [slot]: raw };
      return { 'home/.claude/.credentials.json': JSON.stringify({ claudeAiOauth: oauth }) };
    }
    case 'bashrc':
      return { 'home/.bashrc': `export ${variable}='${raw}'\n` };
    case 'zshrc':
      return { 'home/.zshrc': `${variable}="${raw}"\n` };
    default:
      return { 'home/.config/fish/config.fish': `set -gx ${variable} '${raw}'\n` };
  }
}

describe.skipIf(underStryker)('no raw key from a Claude Code source in any output', () => {
  const root = mkdtempSync(join(tmpdir(), 'cd-secrets-cc-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  it('holds for every Claude Code source, reporter and language', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          key: keyArb,
          damage: damageArb,
          place: fc.constantFrom(...PLACES),
          variable: fc.constantFrom('ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN'),
          format: fc.constantFrom('text', 'json', 'github', 'sarif'),
          lang: fc.constantFrom('en', 'ja'),
          runHelpers: fc.boolean(),
        }),
        async ({ key, damage, place, variable, format, lang, runHelpers }) => {
          const raw = damage(key);
          const dir = join(root, String(n++));
          for (const [path, text] of Object.entries(filesFor(place, variable, raw))) {
            mkdirSync(dirname(join(dir, path)), { recursive: true });
            writeFileSync(join(dir, path), text, { mode: 0o600 });
          }
          for (const sub of ['home', 'proj', 'managed']) mkdirSync(join(dir, sub), { recursive: true });
          const summary = join(dir, 'summary.md');
          writeFileSync(summary, '');
          const args = ['check', '--offline', '--no-docker', '--lang', lang, '--format', format];
          const env = {
            PATH: process.env.PATH ?? '',
            HOME: join(dir, 'home'),
            CLAUDE_DOCTOR_MANAGED_DIR: join(dir, 'managed'),
            GITHUB_STEP_SUMMARY: summary,
            // A second credential, so conflict and override reports list both.
            ANTHROPIC_API_KEY: apiKey(99),
          };
          const run = await runMain([...args, ...(runHelpers ? ['--run-helpers'] : [])], env, join(dir, 'proj'));
          expect(run.code).not.toBe(2);
          const output = withoutMasks(run.stdout + run.stderr + readFileSync(summary, 'utf8'));
          expect(fragmentLeaked(output, key, 12), `${place} ${variable}=${JSON.stringify(raw)} leaked`).toBeUndefined();
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  }, 120_000);
});
