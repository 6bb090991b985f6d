// The secrets promise as one property over a client's places: for any generated key or token, damaged in
// the ways real values are, in any place a client reads, no output format (text, json, github, sarif) in
// either language holds a 12-character piece of it. Each client's test lists its places.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKey } from './keys.js';
import { fragmentLeaked, withoutMasks } from './leaks.js';
import { runMain } from './run-main.js';
import { credentialArb, plainDamageArb } from './secret-arbs.js';
import { underStryker } from './stryker.js';

/** A place: the files under the case (home/ and the working folder) and the variables, for a raw value. */
export type Places = Record<
  string,
  (raw: string) => { files: Record<string, string>; env?: Record<string, string>; args?: string[] }
>;

export interface LeakCase {
  /** The describe block's name. */
  name: string;
  places: Places;
  /** Folders made in every case (home/ and the working folder at least). */
  folders: string[];
  /** The working folder, relative to the case. */
  cwd: string;
  seed: number;
  /** Other forms of the key that must not leak either (its base64, for Kubernetes Secrets); the key itself always. */
  forms?: (key: string, raw: string) => string[];
}

export function noKeyLeaksFrom({ name, places, folders, cwd, seed, forms = () => [] }: LeakCase): void {
  describe.skipIf(underStryker)(name, () => {
    const root = mkdtempSync(join(tmpdir(), 'cd-secrets-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    let n = 0;

    it('holds for every source, reporter and language', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            key: credentialArb,
            damage: plainDamageArb,
            place: fc.constantFrom(...Object.keys(places)),
            format: fc.constantFrom('text', 'json', 'github', 'sarif'),
            lang: fc.constantFrom('en', 'ja'),
          }),
          async ({ key, damage, place, format, lang }) => {
            const raw = damage(key);
            const dir = join(root, String(n++));
            const { files, env = {}, args = [] } = places[place]!(raw);
            for (const sub of folders) mkdirSync(join(dir, sub), { recursive: true });
            for (const [path, text] of Object.entries(files)) {
              mkdirSync(dirname(join(dir, path)), { recursive: true });
              writeFileSync(join(dir, path), text, { mode: 0o600 });
            }
            const summary = join(dir, 'summary.md');
            writeFileSync(summary, '');
            const run = await runMain(
              ['check', '--offline', '--no-docker', '--verbose', '--lang', lang, '--format', format, ...args],
              // A second credential, so conflict and override reports list both.
              {
                PATH: process.env.PATH ?? '',
                HOME: join(dir, 'home'),
                GITHUB_STEP_SUMMARY: summary,
                ANTHROPIC_API_KEY: apiKey(99),
                ...env,
              },
              join(dir, cwd),
            );
            expect(run.code).not.toBe(2);
            const output = withoutMasks(run.stdout + run.stderr + readFileSync(summary, 'utf8'));
            for (const form of [key, ...forms(key, raw)])
              expect(fragmentLeaked(output, form, 12), `${place} ${JSON.stringify(raw)} leaked`).toBeUndefined();
            rmSync(dir, { recursive: true, force: true });
          },
        ),
        { numRuns: 200, seed },
      );
    }, 120_000);
  });
}
