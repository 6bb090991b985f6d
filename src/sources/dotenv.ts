// The `dotenv` source: .env files (./.env when present, or each --env-file), read as text and parsed
// the way the dotenv package and docker read them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { roleOf } from '../data/variables.js';
import type { Setting, SourceResult } from '../types.js';
import { parseDotenv } from './dotenv-parse.js';
import { readTextFile } from './read-text.js';

/** `path` is shown to the user as given; `cwd` resolves it for reading. */
export function readDotenvFiles(paths: string[], cwd: string, explicit: boolean): SourceResult {
  const result: Required<SourceResult> = { settings: [], problems: [], dotenvFiles: [] };
  for (const path of paths) {
    // The default ./.env is optional; a file the user named must exist.
    const absolute = resolve(cwd, path);
    if (!explicit && !existsSync(absolute)) continue;
    const file = readTextFile(absolute, path);
    if (!file.ok) {
      result.problems.push(file.problem);
      continue;
    }
    const parsed = parseDotenv(path, file.text);
    result.dotenvFiles.push(parsed);
    for (const e of parsed.entries) {
      const role = roleOf(e.name);
      if (!role) continue;
      const setting: Setting = {
        role, name: e.name, value: e.value, source: 'dotenv', dotenv: e.reading,
        location: { kind: 'file', path, line: e.line, column: e.column, key: e.name },
      };
      result.settings.push(setting);
    }
  }
  return result;
}
