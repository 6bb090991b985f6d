// LibreChat's files in the current folder (reference: other-clients.md section 7; LibreChat's .env.example
// and librechat.yaml docs): .env's ANTHROPIC_API_KEY (`user_provided`: each user types a key in the UI),
// ANTHROPIC_MODELS (a comma-separated list) and ANTHROPIC_REVERSE_PROXY (the Anthropic SDK's base URL), and
// librechat.yaml's endpoints.custom[] entries whose `${VAR}` references LibreChat fills from its environment,
// .env included (dotenv: a variable already in the environment wins). A .env is LibreChat's only when it
// holds a name of LibreChat's own, or a librechat.yaml sits beside it.
import { roleOf } from '../../data/variables.js';
import { scrubKeyShapes } from '../../secrets.js';
import { readFileSet } from '../../sources/read-text.js';
import type { Location, Role, Setting, SourceProblem } from '../../types.js';
import { dotenvVars, envVars, firstOf, type PlaceInput, resolveRefs, type Var } from '../env-vars.js';
import type { OwnRead } from '../types.js';
import { parseYaml, type YamlDoc } from '../yaml-file.js';

export const CONFIG_PATH = 'librechat.yaml';
/** Names only LibreChat's .env has (its .env.example): they tell its .env from any other. */
const OWN_NAMES = ['ANTHROPIC_MODELS', 'ANTHROPIC_REVERSE_PROXY', 'CREDS_KEY', 'CREDS_IV', 'JWT_REFRESH_SECRET'];
export const USER_PROVIDED = 'user_provided';

export interface CustomEndpoint {
  /** `name`, scrubbed: it is printed as the profile's label. */
  label: string;
  index: number;
  /** `provider: anthropic`: LibreChat uses the Anthropic SDK, whose base URL has no /v1. */
  sdk: boolean;
}

export interface Unresolved {
  name: string;
  field: string;
  at: Location;
}

export interface LibrechatFacts {
  /** The native Anthropic endpoint is set up (ANTHROPIC_API_KEY in its .env or the environment). */
  native: boolean;
  /** Where ANTHROPIC_API_KEY (native) or a custom apiKey is `user_provided`. */
  userProvided: { path: string; at: Location }[];
  custom: CustomEndpoint[];
  unresolved: Unresolved[];
}

const FIELDS: { field: 'apiKey' | 'baseURL'; role: Role }[] = [
  { field: 'apiKey', role: 'api_key' },
  { field: 'baseURL', role: 'base_url' },
];

export function readLibrechat(input: PlaceInput): OwnRead<LibrechatFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const facts: LibrechatFacts = { native: false, userProvided: [], custom: [], unresolved: [] };
  const markers: Location[] = [];
  const config = readFileSet({ paths: [CONFIG_PATH], explicit: false, cwd: input.cwd, home: input.home }, problems)[0];
  const dotenv = dotenvVars(input, problems);
  const ours = config !== undefined || OWN_NAMES.some((n) => dotenv.vars.has(n));
  if (!ours) return { settings, problems, sources: [], facts };
  const env = envVars(input);
  const lookup = firstOf(env, dotenv.vars);
  // The current folder's .env is the shared source's to list when it reads it.
  const ownDotenv = dotenv.path && !input.sharedReadsDotenv ? [dotenv.path] : [];
  const sources = [...(config ? [config.path] : []), ...ownDotenv];
  const own = (v: Var, role: Role, value = v.value) => {
    const source = v.location.kind === 'env' ? 'env' : 'librechat-config';
    settings.push({ role, name: v.name, value, source, location: v.location });
  };
  // The native endpoint: the shared sources hold ANTHROPIC_API_KEY (the .env's too, unless --env-file).
  const key = lookup('ANTHROPIC_API_KEY');
  facts.native = key !== undefined;
  // In its .env it is LibreChat's marker, even where the environment wins: a marked place is no client's key
  // (src/clients/markers.ts). In the environment it is rare (LibreChat's docs put it in .env), and not a key.
  const inFile = dotenv.vars.get('ANTHROPIC_API_KEY');
  if (inFile?.value.trim() === USER_PROVIDED) markers.push(inFile.location);
  if (key?.value.trim() === USER_PROVIDED && key.location.kind === 'file')
    facts.userProvided.push({ path: key.location.path, at: key.location });
  else if (key && !input.sharedReadsDotenv && key.location.kind === 'file') own(key, 'api_key');
  const models = lookup('ANTHROPIC_MODELS');
  const first = models?.value.split(',')[0]?.trim();
  if (models && first && !roleOf(models.name)) own(models, 'model', first);
  const proxy = lookup('ANTHROPIC_REVERSE_PROXY');
  if (proxy) own(proxy, 'base_url');
  if (config) {
    const parsed = parseYaml(config.path, config.text);
    if (!parsed.ok) problems.push(parsed.problem);
    else readCustom({ doc: parsed.doc, path: config.path, lookup, facts, settings });
  }
  return { settings, problems, sources, markers, facts };
}

interface CustomInput {
  doc: YamlDoc;
  path: string;
  lookup: (name: string) => Var | undefined;
  facts: LibrechatFacts;
  settings: Setting[];
}

const isAnthropicEndpoint = (doc: YamlDoc, base: (string | number)[]) => {
  const text = (k: string) => doc.scalar([...base, k])?.value ?? '';
  return (
    text('provider').trim().toLowerCase() === 'anthropic' ||
    /anthropic\.com/i.test(text('baseURL')) ||
    /\$\{ANTHROPIC_API_KEY\}/.test(text('apiKey'))
  );
};

/** endpoints.custom[] entries that reach Anthropic: one profile each, their `${VAR}` references resolved. */
function readCustom({ doc, path, lookup, facts, settings }: CustomInput) {
  for (let i = 0; i < doc.length(['endpoints', 'custom']); i++) {
    const base = ['endpoints', 'custom', i];
    if (!isAnthropicEndpoint(doc, base)) continue;
    const sdk =
      doc
        .scalar([...base, 'provider'])
        ?.value.trim()
        .toLowerCase() === 'anthropic';
    const label = scrubKeyShapes(doc.scalar([...base, 'name'])?.value || `endpoints.custom[${i}]`);
    facts.custom.push({ label, index: i, sdk });
    const name = (f: string) => `endpoints.custom[${i}].${f}`;
    for (const { field, role } of FIELDS) {
      const s = doc.scalar([...base, field]);
      if (!s) continue;
      const at: Location = { kind: 'file', path, line: s.line, column: s.column, key: name(field) };
      const r = resolveRefs(s.value, lookup);
      for (const missing of r.missing) facts.unresolved.push({ name: missing, field: name(field), at });
      if (r.missing.length) continue;
      if (role === 'api_key' && r.value.trim() === USER_PROVIDED) {
        facts.userProvided.push({ path, at });
        continue;
      }
      // An OpenAI-compatible endpoint's `…/v1` is the SDK's base without it.
      const value = role === 'base_url' && !sdk ? r.value.trim().replace(/\/v1\/*$/, '') : r.value;
      const location = r.from && role === 'api_key' ? r.from.location : at;
      settings.push({ role, name: name(field), value, source: 'librechat-config', location });
    }
    const model = doc.scalar([...base, 'models', 'default', 0]);
    if (model) {
      const location: Location = { kind: 'file', path, line: model.line, column: model.column, key: name('models') };
      settings.push({ role: 'model', name: name('models'), value: model.value, source: 'librechat-config', location });
    }
  }
}
