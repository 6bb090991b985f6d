// The `dotenv` source: .env files (./.env when present, or each --env-file), read as text and parsed
// the way the dotenv package and docker read them.
import { roleOf } from '../data/variables.js';
import type { SourceResult } from '../types.js';
import { parseDotenv } from './dotenv-parse.js';
import { readOptionalTextFile } from './read-text.js';

/** `path` is shown to the user as given; `cwd` resolves it for reading. */
export function readDotenvFiles(paths: string[], cwd: string, explicit: boolean, home?: string): SourceResult {
  const result: Required<SourceResult> = { settings: [], problems: [], dotenvFiles: [], otherNames: [] };
  for (const path of paths) {
    // The default ./.env is optional; a file the user named must exist.
    const file = readOptionalTextFile(path, cwd, explicit, home);
    if (!file) continue;
    if (!file.ok) {
      result.problems.push(file.problem);
      continue;
    }
    const parsed = parseDotenv(path, file.text);
    result.dotenvFiles.push(parsed);
    for (const e of parsed.entries) {
      const role = roleOf(e.name);
      const location = { kind: 'file', path, line: e.line, column: e.column, key: e.name } as const;
      if (!role) {
        result.otherNames.push({ name: e.name, location });
        continue;
      }
      result.settings.push({ role, name: e.name, value: e.value, source: 'dotenv', dotenv: e.reading, location });
    }
  }
  return result;
}
