// The `openhands-settings` source: the Web UI's settings.json (and the new CLI's agent_settings.json),
// in the flat shape (llm_model, llm_api_key, llm_base_url; 0.16–0.62) or the nested one
// (agent_settings.llm.*, llm_profiles; 2026). Each value keeps its JSON path and line.
import type { WebSettingsFile } from './precedence.js';
import { scrubKeyShapes } from '../../secrets.js';
import type { Location, Role, Setting, SourceProblem, SourceResult } from '../../types.js';
import { parseJsonc, type Position } from '../../sources/jsonc.js';
import { readFileSet, type FileSet } from '../../sources/read-text.js';

const SHAPES: readonly {
  test: (j: Record<string, unknown>) => boolean;
  base: string[];
  fields: Partial<Record<Role, string>>;
}[] = [
  {
    test: (j) => isObject(j.agent_settings) && isObject(j.agent_settings.llm),
    base: ['agent_settings', 'llm'],
    fields: { api_key: 'api_key', model: 'model', base_url: 'base_url' },
  },
  { test: (j) => isObject(j.llm), base: ['llm'], fields: { api_key: 'api_key', model: 'model', base_url: 'base_url' } },
  { test: () => true, base: [], fields: { api_key: 'llm_api_key', model: 'llm_model', base_url: 'llm_base_url' } },
];

export interface OpenHandsSettingsFacts {
  path: string;
  /** The key field is missing, null or blank: the Web UI fails every conversation. */
  keyEmpty: boolean;
  keyField: string;
  location: Location;
}

export function readOpenHandsSettings(files: FileSet) {
  const result = {
    settings: [] as Setting[],
    problems: [] as SourceProblem[],
    files: [] as WebSettingsFile[],
    facts: [] as OpenHandsSettingsFacts[],
  };
  for (const { path, text } of readFileSet(files, result.problems)) {
    const parsed = parseSettings(text, path, (extra) => ({ kind: 'file', path, ...extra }));
    if ('problem' in parsed) {
      result.problems.push(parsed.problem);
      continue;
    }
    result.settings.push(...parsed.settings);
    result.facts.push(parsed.facts);
    result.files.push(parsed.file);
  }
  return result satisfies SourceResult;
}

type Place = (extra: { line?: number; column?: number; key?: string }) => Location;

/** One settings file's text: its values (each placed by `place`), or why it cannot be read. */
export function parseSettings(
  text: string,
  path: string,
  place: Place,
): { settings: Setting[]; facts: OpenHandsSettingsFacts; file: WebSettingsFile } | { problem: SourceProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: jsonProblem(path, text, error, place) };
  }
  if (!isObject(json)) {
    return {
      problem: {
        code: 'openhands/settings-unreadable',
        args: { path, detail: 'the top level is not a JSON object' },
        location: place({}),
      },
    };
  }
  const shape = SHAPES.find((s) => s.test(json as Record<string, unknown>))!;
  const container = shape.base.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), json) as Record<
    string,
    unknown
  >;
  const fieldName = (role: Role) => [...shape.base, shape.fields[role]!].join('.');
  const where = fieldPositions(text, shape.base);
  const settings: Setting[] = [];
  for (const role of ['api_key', 'model', 'base_url'] as const) {
    const field = shape.fields[role]!;
    const value = container[field];
    if (typeof value !== 'string' || (role === 'api_key' && value.trim() === '')) continue;
    const jsonPath = [...shape.base, field];
    settings.push({
      role,
      name: fieldName(role),
      value,
      source: 'openhands-settings',
      location: place({ ...where(field), key: jsonPath.join('.') }),
    });
  }
  const key = container[shape.fields.api_key!];
  return {
    settings,
    facts: {
      path,
      keyField: fieldName('api_key'),
      keyEmpty: typeof key !== 'string' || key.trim() === '',
      location: place({ key: fieldName('api_key') }),
    },
    file: { path, fields: { apiKey: fieldName('api_key'), model: fieldName('model'), baseUrl: fieldName('base_url') } },
  };
}

/**
 * Where each field of the object at `base` starts. The text is valid JSON (JSON.parse read it above, and its
 * error messages are the ones reported), so the position-keeping reader finds the same object.
 */
function fieldPositions(text: string, base: string[]): (field: string) => Partial<Position> {
  const read = parseJsonc(text);
  if (!read.ok) return () => ({});
  const object = base.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), read.value);
  const positions = isObject(object) ? read.positions.get(object) : undefined;
  return (field) => positions?.get(field) ?? {};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** V8 says "… in JSON at position 123 (line 4 column 7)" or just "at position 123". */
function jsonProblem(path: string, text: string, error: unknown, place: Place): SourceProblem {
  const message = String((error as Error).message);
  const position = /position (\d+)/.exec(message);
  const line =
    /line (\d+)/.exec(message)?.[1] ??
    (position ? String(text.slice(0, Number(position[1])).split('\n').length) : undefined);
  // V8 quotes part of the text after `, "`: never let that be a key, so keep only what comes before.
  const detail = scrubKeyShapes(message.split(/, (?:\.\.\.)?"| in JSON at position/)[0]!);
  return {
    code: 'openhands/settings-unreadable',
    args: {
      path,
      detail: error instanceof RangeError ? 'nested too deeply' : detail,
      ...(line ? { line: Number(line) } : {}),
    },
    location: place(line ? { line: Number(line) } : {}),
  };
}
