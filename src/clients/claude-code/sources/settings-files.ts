// Claude Code's settings layers (reference: Claude Code, section 2): managed (the main file, then
// managed-settings.d/*.json by name), project local, project shared, user. From each, the `env` object
// and the few top-level keys that decide the credential, each with its line and column.
import { readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { claudeCodeRole } from '../../../data/claude-code.js';
import { scrubKeyShapes } from '../../../secrets.js';
import type { SourceProblem, Trust } from '../../../types.js';
import type { Entry, Layer, SettingsFile } from '../facts.js';
import { fileEntry, isObject, type Places, problem, readDefault, settingOf, showPath, trustOf } from './common.js';
import { parseJsonc } from '../../../sources/jsonc.js';

const TOP_KEYS = ['apiKeyHelper', 'model', 'forceLoginMethod', 'forceLoginOrgUUID'] as const;

/** An apiKeyHelper as written: `entry` is the scrubbed one the facts keep, `command` what would run. */
export interface RawHelper {
  entry: Entry;
  layer: Layer;
  command: string;
}

export interface SettingsPlaces extends Places {
  configDir: string;
  projectDir: string;
  managedDir: string;
}

/** Every settings file that exists, strongest layer first (managed main file, then .d by name). */
export function readSettingsFiles(
  places: SettingsPlaces,
  found: { problems: SourceProblem[]; helpers: RawHelper[]; existing: string[] },
): SettingsFile[] {
  // Another platform's managed folder (C:\Program Files\… seen from Linux) is no path here at all.
  const managed = isAbsolute(places.managedDir) ? places.managedDir : undefined;
  const candidates: { layer: Layer; absolute: string; order: number }[] = [
    ...(managed ? [{ layer: 'managed' as const, absolute: join(managed, 'managed-settings.json'), order: 0 }] : []),
    ...(managed ? dropIns(join(managed, 'managed-settings.d')) : []).map((absolute, i) => ({
      layer: 'managed' as const,
      absolute,
      order: i + 1,
    })),
    { layer: 'local', absolute: join(places.projectDir, '.claude', 'settings.local.json'), order: 0 },
    { layer: 'project', absolute: join(places.projectDir, '.claude', 'settings.json'), order: 0 },
    { layer: 'user', absolute: join(places.configDir, 'settings.json'), order: 0 },
  ];
  const files: SettingsFile[] = [];
  for (const { layer, absolute, order } of candidates) {
    const path = showPath(absolute, places);
    const before = found.problems.length;
    const text = readDefault(absolute, path, found.problems);
    if (text !== undefined || found.problems.length > before) found.existing.push(path);
    if (text === undefined) continue;
    const file = parseSettingsFile(text, { layer, path, order }, found);
    if (file) files.push(file);
  }
  return files;
}

/** managed-settings.d/*.json in name order; none when the folder is absent or unreadable. */
function dropIns(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort((a, b) => (a < b ? -1 : Number(a > b)))
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** One settings file's text as facts; undefined (and a problem) when it is not JSON. */
export function parseSettingsFile(
  text: string,
  file: { layer: Layer; path: string; order: number },
  found: { problems: SourceProblem[]; helpers: RawHelper[] },
): SettingsFile | undefined {
  const { problems, helpers } = found;
  const { path } = file;
  const parsed = parseJsonc(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed;
    problems.push(
      problem('claude-code/settings-invalid', { path, line, column, message }, { kind: 'file', path, line, column }),
    );
    return undefined;
  }
  const json = parsed.value;
  if (!isObject(json)) {
    const args = { path, line: 1, column: 1, message: 'the top level is not a JSON object' };
    problems.push(problem('claude-code/settings-invalid', args, { kind: 'file', path, line: 1, column: 1 }));
    return undefined;
  }
  const top = parsed.positions.get(json);
  const out: SettingsFile = { ...file, env: [], nonString: [] };
  if (parsed.comments) out.lenient = 'comments';
  else if (parsed.trailingComma) out.lenient = 'trailing-comma';
  const trust = trustOf(file.layer);
  const env = json.env;
  if (isObject(env)) {
    const where = parsed.positions.get(env);
    for (const [name, value] of Object.entries(env)) {
      const entry = fileEntry(name, typeof value === 'string' ? value : shownNonString(value), {
        path,
        at: where?.get(name),
        key: `env.${name}`,
      });
      if (typeof value !== 'string') out.nonString.push(entry);
      else out.env.push(withRole(entry, trust));
    }
  }
  for (const key of TOP_KEYS) {
    const value = json[key];
    if (typeof value !== 'string') continue;
    const entry = fileEntry(key, value, { path, at: top?.get(key), key });
    if (key === 'model') out.model = settingOf(entry, 'model', 'claude-code-settings', trust);
    else if (key === 'apiKeyHelper') {
      // The command can hold the key itself (`echo sk-ant-…`): the facts keep it scrubbed, the caller the raw one.
      out.apiKeyHelper = { ...entry, value: scrubKeyShapes(value) };
      helpers.push({ entry: out.apiKeyHelper, layer: file.layer, command: value });
    } else out[key] = entry;
  }
  return out;
}

/** A role-bearing entry is its own Setting (redacted by every reporter); others stay plain entries. */
function withRole(entry: Entry, trust: Trust): Entry {
  const role = claudeCodeRole(entry.name);
  return role ? settingOf(entry, role, 'claude-code-settings', trust) : entry;
}

/** Numbers, booleans and null as JSON; an array or object is named, never copied (it could hold a key). */
function shownNonString(value: unknown): string {
  if (Array.isArray(value)) return '(array)';
  return isObject(value) ? '(object)' : JSON.stringify(value);
}
