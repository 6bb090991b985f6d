// A case folder for the app clients' unit tests: a home and a working folder, files written as given.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Setting } from '../../../src/types.js';

export function caseDir(files: Record<string, string>): { root: string; cwd: string; home: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'cd-app-'));
  for (const sub of ['home', 'proj']) mkdirSync(join(root, sub), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return {
    root,
    cwd: join(root, 'proj'),
    home: join(root, 'home'),
    done: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The shared env source's setting of a variable, as doctor.ts hands it over. */
export const envSetting = (name: string, value: string, role: Setting['role'] = 'api_key'): Setting => ({
  role,
  name,
  value,
  source: 'env',
  location: { kind: 'env', name },
});

/** The shared dotenv source's setting of a variable of the working folder's .env. */
export const dotenvSetting = (name: string, value: string, line: number): Setting => ({
  role: 'api_key',
  name,
  value,
  source: 'dotenv',
  location: { kind: 'file', path: '.env', line, column: name.length + 2, key: name },
});
