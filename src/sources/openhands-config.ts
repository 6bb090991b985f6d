// The `openhands-config` source: OpenHands config.toml files, read as OpenHands reads them. `[llm]`
// holds the default LLM; `[llm.<name>]` groups inherit from it; one unknown key makes OpenHands drop
// the whole table; top-level LLM_API_KEY / LLM_MODEL are ignored since 0.27 (reference/openhands.md §1).
import { parse, TomlError } from 'smol-toml';
import { LLM_CONFIG_FIELDS } from '../data/openhands.js';
import { scrubCodeLine, scrubKeyShapes } from '../secrets.js';
import type { Location, Role, Setting, SourceProblem, SourceResult } from '../types.js';
import { locateTomlKey } from './toml-locate.js';
import { readFileSet, type FileSet } from './read-text.js';

const ROLE_OF_FIELD: Record<string, Role> = { api_key: 'api_key', model: 'model', base_url: 'base_url', custom_llm_provider: 'provider', api_version: 'api_version' };
const LEGACY_KEYS: Record<string, Role> = { LLM_API_KEY: 'api_key', LLM_MODEL: 'model', LLM_BASE_URL: 'base_url' };

export interface OpenHandsConfigFacts {
  path: string;
  /** Tables OpenHands drops, with the keys that make it do so. */
  dropped: { group: string; keys: string[]; location: Location }[];
  legacyKeys: string[];
  /** Named groups that [agent] / [condenser] point at through llm_config. */
  referencedGroups: string[];
}

export function readOpenHandsConfigs(files: FileSet): SourceResult & { configs: OpenHandsConfigFacts[] } {
  const result = { settings: [] as Setting[], problems: [] as SourceProblem[], configs: [] as OpenHandsConfigFacts[] };
  for (const file of readFileSet(files, result.problems)) {
    const path = file.path;
    let table: Record<string, unknown>;
    try {
      table = parse(file.text, { unsafeKeyBehaviour: 'throw' }) as Record<string, unknown>;
    } catch (error) {
      result.problems.push(parseProblem(path, file.text, error));
      continue;
    }
    const facts: OpenHandsConfigFacts = { path, dropped: [], legacyKeys: [], referencedGroups: referencedGroups(table) };
    const at = (group: string, key: string): Location => ({ kind: 'file', path, ...locateTomlKey(file.text, group, key), key });
    const llm = isTable(table.llm) ? table.llm : undefined;

    // Top-level LLM_API_KEY = "…" from before 0.27: read so it can be reported, never used.
    for (const [key, role] of Object.entries(LEGACY_KEYS)) {
      if (typeof table[key] !== 'string') continue;
      facts.legacyKeys.push(key);
      result.settings.push({ role, name: key, value: table[key] as string, source: 'openhands-config', group: '', dropped: 'legacy', location: at('', key) });
    }
    if (llm) {
      const groups = Object.entries(llm).filter(([, v]) => isTable(v)).map(([name]) => name);
      for (const group of ['', ...groups]) {
        const fields = group ? (llm[group] as Record<string, unknown>) : Object.fromEntries(Object.entries(llm).filter(([, v]) => !isTable(v)));
        const groupName = group ? `llm.${group}` : 'llm';
        const unknown = Object.keys(fields).filter((k) => !LLM_CONFIG_FIELDS.includes(k));
        if (unknown.length) facts.dropped.push({ group: groupName, keys: unknown, location: at(groupName, unknown[0]!) });
        // A named group matters when something points at it, or when it carries a key of its own.
        if (group && !facts.referencedGroups.includes(group) && !(typeof fields.api_key === 'string' && fields.api_key !== '')) continue;
        for (const [field, role] of Object.entries(ROLE_OF_FIELD)) {
          const value = fields[field];
          if (typeof value !== 'string') continue;
          result.settings.push({
            role, name: `[${groupName}] ${field}`, value, source: 'openhands-config', group: groupName,
            ...(unknown.length ? { dropped: 'section' as const } : {}), location: at(groupName, field),
          });
        }
      }
    }
    result.configs.push(facts);
  }
  return result;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function referencedGroups(table: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const visit = (t: unknown) => {
    if (!isTable(t)) return;
    if (typeof t.llm_config === 'string') names.add(t.llm_config);
    for (const v of Object.values(t)) if (isTable(v)) visit(v);
  };
  visit(table.agent);
  visit(table.condenser);
  return [...names];
}

/** A parse error with its line, column and a code frame in which values of key-like fields are redacted. */
function parseProblem(path: string, text: string, error: unknown): SourceProblem {
  const line = error instanceof TomlError ? error.line : 1;
  const column = error instanceof TomlError ? error.column : 1;
  const detail = scrubKeyShapes(String((error as Error).message).split('\n')[0]!.replace(/^Invalid TOML document: /, ''));
  const lines = text.split(/\r?\n/);
  const frame = lines
    .slice(Math.max(0, line - 2), line)
    .map((l, i) => `${String(line - Math.min(line - 1, 1) + i).padStart(4)} | ${scrubCodeLine(l)}`)
    .concat(`     | ${' '.repeat(Math.max(0, column - 1))}^`)
    .join('\n');
  return { code: 'openhands/config-parse-error', args: { path, line, column, detail, frame }, location: { kind: 'file', path, line, column } };
}
