// The `litellm-config` source: a LiteLLM proxy's config.yaml, read as the proxy reads it. Each model_list
// entry is one model the proxy serves; `os.environ/X` reads X from the proxy's own environment, which the
// file's environment_variables block, a .env beside it and the compose file that runs it also fill.
// Facts: docs.litellm.ai/docs/proxy/configs; reference/other-clients.md §1.
import { dirname, join } from 'node:path';
import { roleOf } from '../../data/variables.js';
import { COMPOSE_FILES } from '../env-vars.js';
import { parseYaml as parseYamlFile, type YamlDoc } from '../yaml-file.js';
import { parseDotenv } from '../../sources/dotenv-parse.js';
import { readFileSet, readTextFile, resolvePath, type FileSet } from '../../sources/read-text.js';
import type { Location, Role, Setting, SourceProblem } from '../../types.js';

/** One value of an entry (or of general_settings): written in the file, or read from a variable. */
export type Field =
  | { kind: 'literal'; setting: Setting }
  /** `os.environ/NAME`: where the reference is written. */
  | { kind: 'ref'; name: string; location: Location };

export interface LitellmEntry {
  /** model_name: what clients ask the proxy for. */
  name: string;
  location: Location;
  model?: Field;
  apiKey?: Field;
  baseUrl?: Field;
  provider?: Field;
}

/** A variable the proxy's environment gets from a file (environment_variables, a .env, a compose file). */
export type FileVariables = Map<string, Setting>;

export interface LitellmConfigFacts {
  path: string;
  /** Where the file is: a file on this machine, or a path inside a container. */
  at: Location;
  entries: LitellmEntry[];
  /** general_settings.master_key. */
  masterKey?: Field;
  /** A master_key under litellm_settings, where the proxy never looks. */
  misplacedMasterKey?: Location;
  /**
   * Variables from files: the environment_variables block, the compose service's environment, a .env
   * beside the config; and `env`, referenced variables of the process environment that no shared source reads.
   */
  variables: { block: FileVariables; compose: FileVariables; dotenv: FileVariables; env: FileVariables };
  /** Compose values that are `${X}`: compose fills them from the shell or the .env beside it. */
  composeRefs: Map<string, string>;
  /** Compose services' published ports and names, to know the proxy's URL. */
  proxyHosts: { hosts: string[]; ports: number[] };
  /** Values that look like a variable reference LiteLLM does not resolve (sent as they are). */
  literalRefs: { text: string; location: Location; field: string }[];
}

export const DEFAULT_PATHS = ['config.yaml', 'litellm_config.yaml'] as const;

/** LiteLLM's own config has a top-level model_list; anything else named config.yaml is not ours. */
const MODEL_LIST = /^model_list\s*:/m;
/** The proxy's reference syntax, exactly (litellm/secret_managers/main.py: get_secret). */
export const ENV_REF = /^os\.environ\/([A-Za-z_][A-Za-z0-9_]*)$/;
/** Reference shapes LiteLLM does not resolve: ${X}, $X, os.environ['X'], os.environ.X, os.getenv(X). */
// The whole value, nothing more: a key or password that merely starts with `$` is not quoted in a finding.
const LOOKS_LIKE_REF =
  /^(\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*|os\.environ\s*\[\s*["']?[A-Za-z_]\w*["']?\s*\]|os\.environ\.[A-Za-z_]\w*|os\.getenv\s*\(\s*["']?[A-Za-z_]\w*["']?\s*\)|os\.environ\s*\/\s*[A-Za-z_]\w*)$/;
/** Fields of litellm_params that become a profile's slots. */
const ROLE_OF_PARAM: Record<string, { role: Role; slot: 'model' | 'apiKey' | 'baseUrl' | 'provider' }> = {
  model: { role: 'model', slot: 'model' },
  api_key: { role: 'api_key', slot: 'apiKey' },
  api_base: { role: 'base_url', slot: 'baseUrl' },
  custom_llm_provider: { role: 'provider', slot: 'provider' },
};
const MAX_ENTRIES = 1000;

/** `env`: the process environment when it is read (--no-env: none). */
export function readLitellmConfigs(
  files: FileSet,
  env: NodeJS.ProcessEnv = {},
): {
  settings: Setting[];
  problems: SourceProblem[];
  configs: LitellmConfigFacts[];
} {
  const result = { settings: [] as Setting[], problems: [] as SourceProblem[], configs: [] as LitellmConfigFacts[] };
  for (const file of readFileSet(files, result.problems)) {
    // A default config.yaml without a model_list is another program's: yaml is not even loaded for it.
    if (!MODEL_LIST.test(file.text)) {
      if (files.explicit)
        result.problems.push({
          code: 'litellm/no-model-list',
          args: { path: file.path },
          location: { kind: 'file', path: file.path },
        });
      continue;
    }
    const parsed = parseYaml(file.path, file.text);
    if ('problem' in parsed) {
      result.problems.push(parsed.problem);
      continue;
    }
    const folder = dirname(resolvePath(file.path, files.cwd, files.home));
    const dotenv = readSideDotenv(join(folder, '.env'), join(dirname(file.path), '.env'));
    // The working directory's .env is the shared dotenv source's already, for the variables it knows.
    if (folder === files.cwd) for (const name of dotenv.keys()) if (roleOf(name)) dotenv.delete(name);
    const facts = readConfig(file.path, parsed, { dotenv, ...readCompose(folder, dirname(file.path)) });
    addEnvironment(facts, env, (name) => ({ kind: 'env', name }));
    result.configs.push(facts);
    result.settings.push(...settingsOf(facts));
  }
  return result;
}

/** Referenced variables of the proxy's environment that no shared source reads (those have a role). */
function addEnvironment(facts: LitellmConfigFacts, env: NodeJS.ProcessEnv, place: (name: string) => Location) {
  for (const name of referencedNames(facts)) {
    const value = env[name];
    if (value !== undefined && !roleOf(name))
      facts.variables.env.set(name, { role: 'api_key', name, value, source: 'env', location: place(name) });
  }
}

/** What a LiteLLM container runs with: its config file's text, its environment, and where each is. */
export interface ContainerConfig {
  /** The config's path inside the container, as findings show it. */
  path: string;
  text: string;
  /** The container's whole environment: os.environ/X reads any variable, not only the ones with a role. */
  env: NodeJS.ProcessEnv;
  place: Place;
  envPlace: (name: string) => Location;
  /** Names the proxy is reached by (the container's name, its compose service). */
  hosts: string[];
}

/**
 * A config read from inside a container (src/sources/docker.ts): os.environ/X resolves against the
 * container's own environment; no .env or compose file is beside it (compose already filled that env).
 * A file without a model_list is another program's, or a proxy whose models live in its database.
 */
export function readContainerConfig(input: ContainerConfig): {
  settings: Setting[];
  problems: SourceProblem[];
  facts?: LitellmConfigFacts;
} {
  if (!MODEL_LIST.test(input.text)) return { settings: [], problems: [] };
  const parsed = parseYaml(input.path, input.text);
  if ('problem' in parsed) return { settings: [], problems: [{ ...parsed.problem, location: input.place({}) }] };
  const around: Around = {
    dotenv: new Map(),
    compose: new Map(),
    composeRefs: new Map(),
    proxyHosts: { hosts: input.hosts, ports: [] },
  };
  const facts = readConfig(input.path, parsed, around, input.place);
  addEnvironment(facts, input.env, input.envPlace);
  return { settings: settingsOf(facts), problems: [], facts };
}

/** The config as the one YAML reader gives it (yaml-file.ts): aliases followed one step at a time, never expanded. */
type Parsed = YamlDoc;

export function parseYaml(path: string, text: string): Parsed | { problem: SourceProblem } {
  const parsed = parseYamlFile(path, text);
  return parsed.ok ? parsed.doc : parsed;
}

interface Around {
  dotenv: FileVariables;
  compose: FileVariables;
  composeRefs: Map<string, string>;
  proxyHosts: LitellmConfigFacts['proxyHosts'];
}

/** A place in the config: its line, column and field name, as a location of the file or of a container's. */
export type Place = (pos: { line?: number; column?: number; key?: string }) => Location;

export const filePlace =
  (path: string): Place =>
  (pos) => ({ kind: 'file', path, ...pos });

export function readConfig(
  path: string,
  parsed: Parsed,
  around: Around,
  place: Place = filePlace(path),
): LitellmConfigFacts {
  const doc = parsed;
  const at = (keys: (string | number)[], field?: string): Location => {
    const pos = doc.position(keys);
    return place({ ...(pos ? { line: pos.line, column: pos.column } : {}), ...(field ? { key: field } : {}) });
  };
  const facts: LitellmConfigFacts = {
    path,
    at: place({}),
    entries: [],
    variables: { block: new Map(), compose: around.compose, dotenv: around.dotenv, env: new Map() },
    proxyHosts: around.proxyHosts,
    composeRefs: around.composeRefs,
    literalRefs: [],
  };
  const field = (keys: (string | number)[], name: string, role: Role, label: string): Field | undefined => {
    const scalar = doc.scalar(keys);
    if (!scalar || scalar.isNull) return undefined;
    const text = scalar.value;
    const location = at(keys, name);
    const ref = ENV_REF.exec(text.trim());
    if (ref) return { kind: 'ref', name: ref[1]!, location };
    if (LOOKS_LIKE_REF.test(text.trim())) facts.literalRefs.push({ text: text.slice(0, 80), location, field: label });
    return {
      kind: 'literal',
      setting: { role, name: label, value: text, location, source: 'litellm-config' },
    };
  };
  for (const name of doc.keys(['environment_variables'])) {
    const value = doc.scalar(['environment_variables', name]);
    if (!value || value.isNull) continue;
    const location = at(['environment_variables', name], name);
    facts.variables.block.set(name, { role: 'api_key', name, value: value.value, location, source: 'litellm-config' });
  }
  const count = Math.min(doc.length(['model_list']), MAX_ENTRIES);
  for (let i = 0; i < count; i++) {
    if (doc.kind(['model_list', i]) !== 'map') continue;
    const modelName = doc.scalar(['model_list', i, 'model_name']);
    const name = modelName && !modelName.isNull ? modelName.value : `#${i + 1}`;
    const out: LitellmEntry = { name, location: at(['model_list', i]) };
    for (const [param, { role, slot }] of Object.entries(ROLE_OF_PARAM)) {
      const f = field(['model_list', i, 'litellm_params', param], param, role, `${name}: ${param}`);
      if (f) out[slot] = f;
    }
    facts.entries.push(out);
  }
  facts.masterKey = field(['general_settings', 'master_key'], 'master_key', 'api_key', 'general_settings.master_key');
  if (doc.keys(['litellm_settings']).includes('master_key'))
    facts.misplacedMasterKey = at(['litellm_settings', 'master_key'], 'master_key');
  return facts;
}

/** Every variable the config reads: its references, and LiteLLM's own fallbacks. */
export function referencedNames(facts: LitellmConfigFacts): string[] {
  const refs = [...facts.entries.flatMap((e) => [e.model, e.apiKey, e.baseUrl, e.provider]), facts.masterKey];
  return [
    ...new Set([
      ...refs.flatMap((f) => (f?.kind === 'ref' ? [f.name] : [])),
      ...FALLBACK_NAMES,
      ...facts.composeRefs.values(),
    ]),
  ];
}

/** The shared sources' settings of one variable (the process environment, the working directory's .env). */
export type SharedLookup = (source: 'env' | 'dotenv', name: string) => Setting | undefined;

/**
 * The value the proxy's os.environ holds for `name`: environment_variables (the proxy sets them over its
 * environment), then the process environment, then the compose service's environment (a `${X}` there
 * read from the shell or the .env beside the compose file), then a .env (LiteLLM loads one, not overriding).
 */
export function resolveName(facts: LitellmConfigFacts, name: string, shared: SharedLookup): Setting | undefined {
  const { block, env, compose, dotenv } = facts.variables;
  const outside = (n: string) => shared('env', n) ?? env.get(n);
  const files = (n: string) => dotenv.get(n) ?? shared('dotenv', n);
  const alias = facts.composeRefs.get(name);
  const viaCompose = alias ? (outside(alias) ?? files(alias)) : compose.get(name);
  return block.get(name) ?? outside(name) ?? viaCompose ?? files(name);
}

/** An entry's slot as the proxy fills it: its own field, or (for an Anthropic model) LiteLLM's fallback. */
export function slotValue(
  facts: LitellmConfigFacts,
  field: Field | undefined,
  fallback: readonly string[],
  shared: SharedLookup,
): Setting | undefined {
  if (field?.kind === 'literal') return field.setting;
  if (field?.kind === 'ref') return resolveName(facts, field.name, shared);
  for (const name of fallback) {
    const found = resolveName(facts, name, shared);
    if (found) return found;
  }
  return undefined;
}

/** A model LiteLLM sends to Anthropic: anthropic/…, a bare claude-… id, or custom_llm_provider anthropic. */
export function isAnthropicModel(model: string | undefined, provider: string | undefined): boolean {
  if (provider !== undefined) return provider.trim().toLowerCase() === 'anthropic';
  return model !== undefined && /^(anthropic\/|claude)/i.test(model.trim());
}

/** The variables LiteLLM reads for an Anthropic entry without api_key / api_base. */
export const FALLBACKS = {
  apiKey: ['ANTHROPIC_API_KEY'],
  baseUrl: ['ANTHROPIC_API_BASE', 'ANTHROPIC_BASE_URL'],
} as const;

/** What LiteLLM reads when an Anthropic entry has no api_key / api_base, and the proxy's own variables. */
export const FALLBACK_NAMES = [
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_API_BASE',
  'ANTHROPIC_BASE_URL',
  'LITELLM_MASTER_KEY',
  'LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY',
] as const;

/** The settings a config contributes: its literal values and the file variables its references read. */
function settingsOf(facts: LitellmConfigFacts): Setting[] {
  const out: Setting[] = [];
  const seen = new Set<Setting>();
  const add = (s: Setting) => {
    if (!seen.has(s)) out.push(s);
    seen.add(s);
  };
  // The shared sources' settings are theirs to list: only the config's own variables are added here.
  const none: SharedLookup = () => undefined;
  for (const e of facts.entries) {
    const model = slotValue(facts, e.model, [], none);
    const provider = slotValue(facts, e.provider, [], none);
    const anthropic = isAnthropicModel(model?.value, provider?.value);
    for (const [f, role, fallback] of [
      [e.model, 'model', []],
      [e.provider, 'provider', []],
      // Another provider's key and URL are not Anthropic's: claude-doctor neither checks nor probes them.
      ...(anthropic
        ? ([
            [e.apiKey, 'api_key', FALLBACKS.apiKey],
            [e.baseUrl, 'base_url', FALLBACKS.baseUrl],
          ] as const)
        : []),
    ] as const) {
      const variable = slotValue(facts, f, fallback, none);
      if (!variable) continue;
      // A variable the config reads is checked where it is written, as what it is used for.
      if (!seen.has(variable)) variable.role = role;
      add(variable);
    }
  }
  return out;
}

/** A .env beside the config (the proxy's folder), read by the one .env parser. */
function readSideDotenv(absolute: string, shown: string): FileVariables {
  const out: FileVariables = new Map();
  const file = readTextFile(absolute, shown);
  if (!file.ok) return out;
  for (const e of parseDotenv(shown, file.text).entries) {
    const location: Location = { kind: 'file', path: shown, line: e.line, column: e.column, key: e.name };
    out.set(e.name, { role: 'api_key', name: e.name, value: e.value, location, source: 'litellm-config' });
  }
  return out;
}

/** The `environment:` of the compose service that runs litellm, and the ports it publishes. */
function readCompose(folder: string, shownFolder: string): Omit<Around, 'dotenv'> {
  const none = { compose: new Map(), composeRefs: new Map(), proxyHosts: { hosts: [], ports: [] } };
  for (const name of COMPOSE_FILES) {
    const shown = join(shownFolder, name);
    const file = readTextFile(join(folder, name), shown);
    if (!file.ok) continue;
    if (!/litellm/i.test(file.text)) return none;
    const parsed = parseYaml(shown, file.text);
    if ('problem' in parsed || parsed.kind(['services']) !== 'map') return none;
    return composeService(parsed, shown);
  }
  return none;
}

function composeService(doc: Parsed, path: string): Omit<Around, 'dotenv'> {
  const text = (keys: (string | number)[]) => doc.scalar(keys)?.value ?? '';
  const service = doc
    .keys(['services'])
    .find(
      (name) =>
        doc.kind(['services', name]) === 'map' && /litellm/i.test(`${text(['services', name, 'image'])} ${name}`),
    );
  const compose: FileVariables = new Map();
  const composeRefs = new Map<string, string>();
  if (service === undefined) return { compose, composeRefs, proxyHosts: { hosts: [], ports: [] } };
  const envPath = ['services', service, 'environment'];
  const set = (name: string, value: string, key: string | number) => {
    const ref = /^\$\{?([A-Za-z_]\w*)(?::?-[^}]*)?\}?$/.exec(value.trim());
    if (ref) {
      composeRefs.set(name, ref[1]!);
      return;
    }
    const line = doc.position([...envPath, key])?.line;
    const location: Location = { kind: 'file', path, ...(line ? { line } : {}), key: name };
    compose.set(name, { role: 'api_key', name, value, location, source: 'litellm-config' });
  };
  if (doc.kind(envPath) === 'seq') {
    for (let i = 0; i < doc.length(envPath); i++) {
      const m = /^([A-Za-z_]\w*)=(.*)$/.exec(text([...envPath, i]));
      if (m) set(m[1]!, m[2]!, i);
    }
  } else {
    for (const name of doc.keys(envPath)) {
      const value = doc.scalar([...envPath, name]);
      if (value && !value.isNull) set(name, value.value, name);
    }
  }
  const portsPath = ['services', service, 'ports'];
  const ports = Array.from({ length: doc.length(portsPath) }, (_, i) => text([...portsPath, i])).flatMap((p) => {
    const m = /^(?:[\d.]+:)?(\d+):\d+/.exec(p);
    return m ? [Number(m[1])] : [];
  });
  return { compose, composeRefs, proxyHosts: { hosts: [service], ports } };
}
