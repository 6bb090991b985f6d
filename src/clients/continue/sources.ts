// Continue's own files (reference: other-clients.md section 2): ~/.continue/config.yaml, whose models[]
// may hold `${{ secrets.NAME }}`, else the legacy ~/.continue/config.json (parsed as YAML, which JSON is, so
// its values keep their lines too). A secret is looked up in ~/.continue/.env, <workspace>/.continue/.env,
// <workspace>/.env (continuedev/continue core/config/yaml/LocalPlatformClient.ts), then, per the reference
// but not seen in that file's versions, the process environment. The workspace is the current folder.
import { roleOf } from '../../data/variables.js';
import { scrubKeyShapes } from '../../secrets.js';
import { parseDotenv } from '../../sources/dotenv-parse.js';
import { readFileSet } from '../../sources/read-text.js';
import type { Location, Role, Setting, SourceProblem } from '../../types.js';
import type { OwnRead } from '../types.js';
import { parseYaml, type YamlDoc } from '../yaml-file.js';

/** One field of a model: a literal value, or a secret reference to resolve. */
export type FieldRef = { literal: string; at: Location } | { secret: string; at: Location };

export interface ContinueModel {
  /** `name` (config.yaml) or `title` (config.json); the model id when neither is there. */
  label: string;
  provider: string;
  /** Where the model's provider is written: a missing apiKey is reported there. */
  at: Location;
  apiKey?: FieldRef;
  model?: FieldRef;
  apiBase?: FieldRef;
}

export interface ContinueFacts {
  config?: string;
  models: ContinueModel[];
  /** apiBase values whose requests do not reach `…/v1/messages`, with where they go instead. */
  badApiBases: { model: string; target: string; at: Location }[];
}

/** Where a secret is looked for, first found wins; `env` is the process environment. */
export const SECRET_FILES = ['~/.continue/.env', '.continue/.env', '.env'] as const;

const FIELDS: { field: 'apiKey' | 'model' | 'apiBase'; role: Role }[] = [
  { field: 'apiKey', role: 'api_key' },
  { field: 'model', role: 'model' },
  { field: 'apiBase', role: 'base_url' },
];

const SECRET = /^\s*\$\{\{\s*secrets\.([A-Za-z_][\w.-]*)\s*\}\}\s*$/;

export interface ContinueInput {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  useEnv: boolean;
  /** The shared dotenv source reads the current folder's .env (no --env-file): its role names are there. */
  sharedReadsDotenv: boolean;
}

export function readContinue(input: ContinueInput): OwnRead<ContinueFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const facts: ContinueFacts = { models: [], badApiBases: [] };
  const files = (paths: string[]) =>
    readFileSet({ paths, explicit: false, cwd: input.cwd, home: input.home }, problems);
  // config.yaml replaces config.json when both exist (Continue migrated to YAML).
  const config = files(['~/.continue/config.yaml'])[0] ?? files(['~/.continue/config.json'])[0];
  const sources: string[] = [];
  if (!config) return { settings, problems, sources, facts };
  sources.push(config.path);
  const parsed = parseYaml(config.path, config.text);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return { settings, problems, sources, facts };
  }
  facts.config = config.path;
  facts.models = modelsOf(parsed.doc, config.path);
  const wanted = new Map<string, Role>();
  // Other providers' models (ollama, openai…) are not claude-doctor's business: their values are not read.
  for (const m of facts.models.filter((x) => x.provider.trim().toLowerCase() === 'anthropic')) {
    for (const { field, role } of FIELDS) {
      const ref = m[field];
      if (!ref) continue;
      if ('secret' in ref) {
        wanted.set(ref.secret, role);
        continue;
      }
      const base = field === 'apiBase' ? sdkBase(ref.literal) : ref.literal;
      if (typeof base === 'string')
        settings.push({ role, name: nameOf(ref.at), value: base, source: 'continue-config', location: ref.at });
      else facts.badApiBases.push({ model: m.label, target: base.target, at: ref.at });
    }
  }
  if (!wanted.size) return { settings, problems, sources, facts };
  for (const path of SECRET_FILES) {
    // The workspace .env is the shared source's to report when it reads it.
    const shared = path === '.env' && input.sharedReadsDotenv;
    const read = shared
      ? readFileSet({ paths: [path], explicit: false, cwd: input.cwd, home: input.home }, [])
      : files([path]);
    for (const file of read) {
      if (!shared) sources.push(file.path);
      for (const e of parseDotenv(file.path, file.text).entries) {
        const role = wanted.get(e.name);
        // The shared source already holds the workspace .env's ANTHROPIC_* values: one Setting per value.
        if (!role || (shared && roleOf(e.name))) continue;
        const location: Location = { kind: 'file', path: file.path, line: e.line, column: e.column, key: e.name };
        settings.push({ role, name: e.name, value: asRead(role, e.value), source: 'continue-config', location });
      }
    }
  }
  if (input.useEnv) {
    for (const [name, role] of wanted) {
      const value = input.env[name];
      // The shared env source holds the variables with a role of their own.
      if (value !== undefined && !roleOf(name))
        settings.push({ role, name, value: asRead(role, value), source: 'env', location: { kind: 'env', name } });
    }
  }
  return { settings, problems, sources, facts };
}

/**
 * Continue posts to `new URL('messages', apiBase)` (core/llm/llms/Anthropic.ts; its default apiBase is
 * `https://api.anthropic.com/v1/`): the trailing `/v1/` is needed there, unlike the SDK's base URL. The
 * Setting carries the base the SDK would need for the same requests, so the shared URL checks and the probe
 * see what Continue really calls; an apiBase whose requests miss /v1/messages is reported, not probed.
 */
export function sdkBase(apiBase: string): string | { target: string } {
  let target: URL;
  try {
    target = new URL('messages', apiBase.trim());
  } catch {
    // Not a URL at all: the shared checks say so of the literal value.
    return apiBase;
  }
  const shown = `${target.origin}${target.pathname}`;
  if (!target.pathname.endsWith('/v1/messages')) return { target: shown };
  return `${target.origin}${target.pathname.slice(0, -'/v1/messages'.length)}`;
}

/**
 * A secret's value as the checks and the probe should see it: an apiBase given through a secret is converted
 * like a literal one. One whose requests miss /v1/messages stays as written (only a literal is reported so).
 */
function asRead(role: Role, value: string): string {
  if (role !== 'base_url') return value;
  const base = sdkBase(value);
  return typeof base === 'string' ? base : value;
}

const nameOf = (at: Location) => (at.kind === 'file' && at.key) || '';

/** Every model of models[] with its provider, and each field as a literal or a secret reference. */
function modelsOf(doc: YamlDoc, path: string): ContinueModel[] {
  const out: ContinueModel[] = [];
  for (let i = 0; i < doc.length(['models']); i++) {
    const p = doc.scalar(['models', i, 'provider']);
    const at: Location = { kind: 'file', path, ...(p ? { line: p.line, column: p.column } : {}), key: `models[${i}]` };
    const model: ContinueModel = { label: '', provider: p?.value ?? '', at };
    for (const { field } of FIELDS) {
      const s = doc.scalar(['models', i, field]);
      if (!s) continue;
      const at: Location = { kind: 'file', path, line: s.line, column: s.column, key: `models[${i}].${field}` };
      const secret = SECRET.exec(s.value)?.[1];
      model[field] = secret ? { secret, at } : { literal: s.value, at };
    }
    const name = doc.scalar(['models', i, 'name']) ?? doc.scalar(['models', i, 'title']);
    const label = name?.value || (model.model && 'literal' in model.model ? model.model.literal : `models[${i}]`);
    // The label is printed as the profile's name: a key pasted into `name` must not be.
    model.label = scrubKeyShapes(label);
    out.push(model);
  }
  return out;
}
