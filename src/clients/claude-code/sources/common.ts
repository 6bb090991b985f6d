// What the Claude Code readers share: how a path is shown, how a default file is read (absent is
// not a problem), and who chose a value.
import { isAbsolute, relative, sep } from 'node:path';
import type { Code } from '../../../catalog/index.js';
import { readTextFile } from '../../../sources/read-text.js';
import type { Location, Role, Setting, SourceKind, SourceProblem, Trust } from '../../../types.js';
import type { Entry, Layer } from '../facts.js';
import type { Position } from '../../../sources/jsonc.js';

export interface Places {
  cwd: string;
  home: string;
}

/** The path under `folder`, with `/` separators, or undefined when it is not inside. */
function inside(folder: string, absolute: string): string | undefined {
  const rel = relative(folder, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** `.claude/settings.json` under the working folder, `~/.claude/settings.json` under home, else absolute. */
export function showPath(absolute: string, places: Places): string {
  const underCwd = places.cwd === places.home ? undefined : inside(places.cwd, absolute);
  if (underCwd !== undefined) return underCwd;
  const underHome = inside(places.home, absolute);
  return underHome === undefined ? absolute : `~/${underHome}`;
}

/** A default file's text; undefined when it is absent (silently) or unreadable (a problem). */
export function readDefault(absolute: string, shown: string, problems: SourceProblem[]): string | undefined {
  const file = readTextFile(absolute, shown);
  if (file.ok) return file.text;
  if (file.problem.code !== 'source/unreadable' || file.problem.args.reason !== 'missing') problems.push(file.problem);
  return undefined;
}

export function problem(code: string, args: Record<string, unknown>, location: Location): SourceProblem {
  // The catalogue entries for claude-code/* codes are written in parallel; the cast goes once they exist.
  return { code: code as Code, args, location };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fileEntry(name: string, value: string, where: { path: string; at?: Position; key: string }): Entry {
  return { name, value, location: { kind: 'file', path: where.path, ...(where.at ?? {}), key: where.key } };
}

/** Project and local settings come with a checked-out repository; everything else is the user's. */
export function trustOf(layer: Layer): Trust {
  return layer === 'project' || layer === 'local' ? 'project' : 'user';
}

export function settingOf(entry: Entry, role: Role, source: SourceKind, trust: Trust): Setting {
  return { role, name: entry.name, value: entry.value, location: entry.location, source, trust };
}
