// Variables an application gets from files beside it (a .env, a compose service's environment) or from the
// process environment, with where each is written, and `${VAR}` references resolved against them. Used by
// the Open WebUI and LibreChat clients, which are configured that way.
import { parseDotenv } from '../sources/dotenv-parse.js';
import { readFileSet } from '../sources/read-text.js';
import type { Location, SourceProblem } from '../types.js';
import { parseYaml, type YamlDoc } from './yaml-file.js';

export interface Var {
  name: string;
  value: string;
  location: Location;
}
export type Vars = Map<string, Var>;

export interface PlaceInput {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  useEnv: boolean;
  /** The shared dotenv source reads the current folder's .env (no --env-file) and reports its problems. */
  sharedReadsDotenv: boolean;
}

/** The current folder's .env as variables (dotenv's reading: the last assignment of a name wins). */
export function dotenvVars(input: PlaceInput, problems: SourceProblem[]): { path?: string; vars: Vars } {
  const own = input.sharedReadsDotenv ? [] : problems;
  const file = readFileSet({ paths: ['.env'], explicit: false, cwd: input.cwd, home: input.home }, own)[0];
  const vars: Vars = new Map();
  if (!file) return { vars };
  for (const e of parseDotenv(file.path, file.text).entries) {
    const location: Location = { kind: 'file', path: file.path, line: e.line, column: e.column, key: e.name };
    vars.set(e.name, { name: e.name, value: e.value, location });
  }
  return { path: file.path, vars };
}

/** The process environment's variables (none with --no-env). */
export function envVars(input: PlaceInput): Vars {
  const vars: Vars = new Map();
  if (!input.useEnv) return vars;
  for (const [name, value] of Object.entries(input.env))
    if (value !== undefined) vars.set(name, { name, value, location: { kind: 'env', name } });
  return vars;
}

// In the order Compose itself looks for them (compose.yaml is the preferred name).
export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** The first compose file's service whose `environment:` the predicate accepts, as variables. */
export function composeVars(
  input: PlaceInput,
  problems: SourceProblem[],
  want: { vars: (vars: Vars) => boolean; marker: RegExp },
): { path: string; vars: Vars } | undefined {
  for (const name of COMPOSE_FILES) {
    const found: SourceProblem[] = [];
    const file = readFileSet({ paths: [name], explicit: false, cwd: input.cwd, home: input.home }, found)[0];
    if (!file) continue;
    // A compose file of something else is not parsed (nor the YAML library loaded for it).
    if (!want.marker.test(file.text)) return undefined;
    const parsed = parseYaml(file.path, file.text);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      return undefined;
    }
    for (const service of parsed.doc.keys(['services'])) {
      const vars = serviceEnv(parsed.doc, file.path, service);
      if (want.vars(vars)) return { path: file.path, vars };
    }
    return undefined;
  }
  return undefined;
}

/** A service's environment, as a map (`KEY: value`) or a list (`- KEY=value`). */
function serviceEnv(doc: YamlDoc, path: string, service: string): Vars {
  const vars: Vars = new Map();
  const base = ['services', service, 'environment'];
  const at = (key: string, s: { line: number; column: number }): Location => ({ kind: 'file', path, ...pos(s), key });
  for (const key of doc.keys(base)) {
    const s = doc.scalar([...base, key]);
    if (s) vars.set(key, { name: key, value: s.value, location: at(key, s) });
  }
  for (let i = 0; i < doc.length(base); i++) {
    const s = doc.scalar([...base, i]);
    const m = s ? /^([A-Za-z_]\w*)=(.*)$/s.exec(s.value) : null;
    if (s && m) {
      const column = s.column + m[1]!.length + 1;
      vars.set(m[1]!, { name: m[1]!, value: m[2]!, location: at(m[1]!, { line: s.line, column }) });
    }
  }
  return vars;
}

const pos = (s: { line: number; column: number }) => ({ line: s.line, column: s.column });

/** `${X}`, and Compose's `${X:-default}` (unset or empty) and `${X-default}` (unset). */
const REF = /\$\{([A-Za-z_]\w*)(?:(:?-)([^}]*))?\}/g;

export interface Resolved {
  value: string;
  /** Referenced names set nowhere. */
  missing: string[];
  /** The whole value was one reference: the variable it came from, whose place is where the value is. */
  from?: Var;
}

/**
 * `${VAR}` references replaced by the first place that has VAR; an unset one is kept as written. `compose`:
 * also Compose's defaults, which stand in when VAR is unset (`-`) or unset or empty (`:-`).
 */
export function resolveRefs(value: string, lookup: (name: string) => Var | undefined, compose = false): Resolved {
  const missing: string[] = [];
  let from: Var | undefined;
  const one = value.trim();
  const out = value.replace(REF, (text, name: string, op: string | undefined, fallback = '') => {
    // LibreChat has no defaults: such a reference is text to it.
    if (op !== undefined && !compose) return text;
    const found = lookup(name);
    const defaulted = op !== undefined && (!found || (op === ':-' && found.value === ''));
    if (!found && !defaulted) missing.push(name);
    // The whole value is this one reference, and the variable (not a default) gives it.
    if (found && !defaulted && text === one) from = found;
    if (defaulted) return fallback;
    return found ? found.value : text;
  });
  return { value: out, missing, ...(from ? { from } : {}) };
}

/** The first of several variable sets that has a name. */
export const firstOf =
  (...sets: Vars[]) =>
  (name: string): Var | undefined => {
    for (const set of sets) {
      const found = set.get(name);
      if (found) return found;
    }
    return undefined;
  };
