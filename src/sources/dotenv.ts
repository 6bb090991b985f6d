// The `dotenv` source: .env files (./.env when present, or each --env-file), read as text and parsed
// the way the dotenv package and docker read them.
import { roleOf } from '../data/variables.js';
import type { SourceResult } from '../types.js';
import { parseDotenv } from './dotenv-parse.js';
import { readFileSet, type FileSet } from './read-text.js';

/** Paths are shown to the user as given, and read relative to the working directory. */
export function readDotenvFiles(files: FileSet): SourceResult {
  const result: Required<SourceResult> = { settings: [], problems: [], dotenvFiles: [], otherNames: [] };
  for (const { path, text } of readFileSet(files, result.problems)) {
    const parsed = parseDotenv(path, text);
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
