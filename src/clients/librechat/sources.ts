// LibreChat's files in the current folder (reference: other-clients.md section 7; LibreChat's .env.example
// and librechat.yaml docs): .env's ANTHROPIC_API_KEY (`user_provided`: each user types a key in the UI),
// ANTHROPIC_MODELS (a comma-separated list) and ANTHROPIC_REVERSE_PROXY (the Anthropic SDK's base URL), and
// the librechat.yaml that CONFIG_PATH names (config-path.ts): its endpoints (endpoints.ts). A .env is
// LibreChat's only when it holds a name of LibreChat's own, a librechat.yaml sits beside it, or CONFIG_PATH
// names a LibreChat file (CONFIG_PATH alone is a name many programs use).
import { roleOf } from '../../data/variables.js';
import type { Location, Role, Setting, SourceProblem } from '../../types.js';
import { dotenvVars, envVars, firstOf, type PlaceInput, type Var } from '../env-vars.js';
import type { OwnRead } from '../types.js';
import { parseYaml } from '../yaml-file.js';
import { CONFIG_VAR, chooseConfig } from './config-path.js';
import { readCustomEndpoints, readNativeEndpoint, USER_PROVIDED } from './endpoints.js';

export { USER_PROVIDED };
/** Names only LibreChat's .env has (its .env.example): they tell its .env from any other. */
const OWN_NAMES = ['ANTHROPIC_MODELS', 'ANTHROPIC_REVERSE_PROXY', 'CREDS_KEY', 'CREDS_IV', 'JWT_REFRESH_SECRET'];

export interface CustomEndpoint {
  /** `name`, scrubbed: it is printed as the profile's label. */
  label: string;
  index: number;
  /** `provider: anthropic`: LibreChat uses the Anthropic SDK, whose base URL has no /v1. */
  sdk: boolean;
  /** An OpenAI-compatible endpoint to api.anthropic.com without /v1 (the URL as shown). */
  noV1?: { url: string; field: string; at: Location };
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
  /** The native endpoint goes through Vertex AI (ANTHROPIC_USE_VERTEX=true or endpoints.anthropic.vertex): no key. */
  vertex?: { setting: string; at: Location };
}

export function readLibrechat(input: PlaceInput): OwnRead<LibrechatFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const facts: LibrechatFacts = { native: false, userProvided: [], custom: [], unresolved: [] };
  const markers: Location[] = [];
  const dotenv = dotenvVars(input, problems);
  const env = envVars(input);
  const lookup = firstOf(env, dotenv.vars);
  // LibreChat: `process.env.CONFIG_PATH || ./librechat.yaml`, so an empty value is unset.
  const set = lookup(CONFIG_VAR);
  const named = set?.value ? set : undefined;
  const found: SourceProblem[] = [];
  const choice = chooseConfig(input, named, found);
  const ours = choice.localExists || OWN_NAMES.some((n) => dotenv.vars.has(n)) || /librechat/i.test(named?.value ?? '');
  // Not LibreChat's place: only a broken ./librechat.yaml is worth a word.
  if (!ours) return { settings, problems: [...problems, ...(named ? [] : found)], sources: [], facts };
  problems.push(...found);
  const config = choice.file;
  // Problems of the source, not of a profile: they are reported even when LibreChat has no profile here.
  if (choice.url) {
    const { url, at } = choice.url;
    problems.push({ code: 'librechat/config-url-not-read', args: { url, setAt: at }, location: at });
  }
  if (choice.missing) {
    const { path, at } = choice.missing;
    problems.push({ code: 'librechat/config-path-missing', args: { path, setAt: at }, location: at });
  }
  // The current folder's .env is the shared source's to list when it reads it.
  const ownDotenv = dotenv.path && !input.sharedReadsDotenv ? [dotenv.path] : [];
  const sources = [...(config ? [config.path] : []), ...ownDotenv];
  readNative({ input, dotenv: dotenv.vars, lookup, facts, settings, markers });
  if (config) {
    const parsed = parseYaml(config.path, config.text);
    if (!parsed.ok) problems.push(parsed.problem);
    else {
      const endpointInput = { doc: parsed.doc, path: config.path, lookup, facts, settings };
      readNativeEndpoint(endpointInput);
      readCustomEndpoints(endpointInput);
    }
  }
  readNativeModel({ lookup, facts, settings });
  return { settings, problems, sources, markers, facts };
}

interface NativeInput {
  input: PlaceInput;
  dotenv: Map<string, Var>;
  lookup: (name: string) => Var | undefined;
  facts: LibrechatFacts;
  settings: Setting[];
  markers: Location[];
}

/** The native endpoint's .env names; the shared sources hold ANTHROPIC_API_KEY (the .env's too, unless --env-file). */
function readNative({ input, dotenv, lookup, facts, settings, markers }: NativeInput): void {
  const key = lookup('ANTHROPIC_API_KEY');
  facts.native = key !== undefined;
  // In its .env it is LibreChat's marker, even where the environment wins: a marked place is no client's key
  // (src/clients/markers.ts). In the environment it is rare (LibreChat's docs put it in .env), and not a key.
  const inFile = dotenv.get('ANTHROPIC_API_KEY');
  if (inFile?.value.trim() === USER_PROVIDED) markers.push(inFile.location);
  if (key?.value.trim() === USER_PROVIDED && key.location.kind === 'file')
    facts.userProvided.push({ path: key.location.path, at: key.location });
  else if (key && !input.sharedReadsDotenv && key.location.kind === 'file') own(settings, key, 'api_key');
  const proxy = lookup('ANTHROPIC_REVERSE_PROXY');
  if (proxy) own(settings, proxy, 'base_url');
  // LibreChat's isEnabled: the text `true`, whatever its case.
  const vertex = lookup('ANTHROPIC_USE_VERTEX');
  if (vertex?.value.trim().toLowerCase() === 'true')
    facts.vertex = { setting: 'ANTHROPIC_USE_VERTEX=true', at: vertex.location };
}

/** The first of ANTHROPIC_MODELS; through Vertex AI its names are deployments' (mapped), not Anthropic ids. */
function readNativeModel({ lookup, facts, settings }: Pick<NativeInput, 'lookup' | 'facts' | 'settings'>): void {
  const models = lookup('ANTHROPIC_MODELS');
  const first = models?.value.split(',')[0]?.trim();
  if (!facts.vertex && models && first && !roleOf(models.name)) own(settings, models, 'model', first);
}

/** A LibreChat name as a setting: from the environment, or from its .env. */
function own(settings: Setting[], v: Var, role: Role, value = v.value): void {
  const source = v.location.kind === 'env' ? 'env' : 'librechat-config';
  settings.push({ role, name: v.name, value, source, location: v.location });
}
