// librechat.yaml's endpoints: the native `anthropic` endpoint's models, and the endpoints.custom[] entries
// that reach Anthropic, with their `${VAR}` references resolved (LibreChat fills them from its environment,
// its .env included). The models an endpoint sends are its models.default list and its titleModel.
import { scrubKeyShapes } from '../../secrets.js';
import type { Location, Role, Setting } from '../../types.js';
import { resolveRefs, type Var } from '../env-vars.js';
import type { YamlDoc } from '../yaml-file.js';
import { anthropicApiNoV1, isAnthropicUrl } from '../anthropic-urls.js';
import type { LibrechatFacts } from './sources.js';

export const USER_PROVIDED = 'user_provided';
/** A list of thousands of models is not read model by model. */
const MAX_MODELS = 100;

export interface EndpointInput {
  doc: YamlDoc;
  path: string;
  lookup: (name: string) => Var | undefined;
  facts: LibrechatFacts;
  settings: Setting[];
}

const FIELDS: { field: 'apiKey' | 'baseURL'; role: Role }[] = [
  { field: 'apiKey', role: 'api_key' },
  { field: 'baseURL', role: 'base_url' },
];

/**
 * The models at `base`: titleModel (unless `current_model`, LibreChat's word for the chat's own model) and each
 * of models.default, named `${prefix}.titleModel` and `${prefix}.models.default[i]`; `skipFirst` leaves out the
 * first default, which the caller reads as the profile's model.
 */
function models(input: EndpointInput, base: (string | number)[], prefix: string, skipFirst = false): void {
  const { doc, path, settings } = input;
  const add = (s: { value: string; line: number; column: number } | undefined, name: string) => {
    if (!s || s.value.trim() === '') return;
    const location: Location = { kind: 'file', path, line: s.line, column: s.column, key: name };
    settings.push({ role: 'model', name, value: s.value, source: 'librechat-config', location });
  };
  const title = doc.scalar([...base, 'titleModel']);
  if (title?.value.trim() !== 'current_model') add(title, `${prefix}.titleModel`);
  const count = Math.min(doc.length([...base, 'models', 'default']), MAX_MODELS);
  for (let i = skipFirst ? 1 : 0; i < count; i++)
    add(doc.scalar([...base, 'models', 'default', i]), `${prefix}.models.default[${i}]`);
}

/**
 * endpoints.anthropic: LibreChat's own Anthropic endpoint. Its vertex object turns on Vertex AI unless it says
 * `enabled: false` (LibreChat's initialize.ts), as ANTHROPIC_USE_VERTEX=true does; either way the endpoint's
 * names are then Vertex AI deployments', not Anthropic ids.
 */
export function readNativeEndpoint(input: EndpointInput): void {
  const { doc, path, facts } = input;
  const base = ['endpoints', 'anthropic'];
  // ANTHROPIC_USE_VERTEX=true turns it on whatever the YAML says.
  if (doc.kind(base) !== 'map' || facts.vertex) return;
  const vertex = [...base, 'vertex'];
  // Only a YAML false turns it off (LibreChat compares `enabled !== false`).
  const off = doc.scalar([...vertex, 'enabled'])?.value.toLowerCase() === 'false';
  if (doc.kind(vertex) === 'map' && !off) {
    const at = doc.position(vertex);
    const location: Location = { kind: 'file', path, ...(at ?? {}), key: 'endpoints.anthropic.vertex' };
    facts.vertex = { setting: 'endpoints.anthropic.vertex', at: location };
    return;
  }
  models(input, base, 'endpoints.anthropic');
}

const isAnthropicEndpoint = (doc: YamlDoc, base: (string | number)[]) => {
  const text = (k: string) => doc.scalar([...base, k])?.value ?? '';
  return (
    text('provider').trim().toLowerCase() === 'anthropic' ||
    isAnthropicUrl(text('baseURL')) ||
    /\$\{ANTHROPIC_API_KEY\}/.test(text('apiKey'))
  );
};

/** endpoints.custom[] entries that reach Anthropic: one profile each. */
export function readCustomEndpoints(input: EndpointInput): void {
  const { doc, path, lookup, facts, settings } = input;
  for (let i = 0; i < doc.length(['endpoints', 'custom']); i++) {
    const base = ['endpoints', 'custom', i];
    if (!isAnthropicEndpoint(doc, base)) continue;
    const sdk =
      doc
        .scalar([...base, 'provider'])
        ?.value.trim()
        .toLowerCase() === 'anthropic';
    const label = scrubKeyShapes(doc.scalar([...base, 'name'])?.value || `endpoints.custom[${i}]`);
    const endpoint: LibrechatFacts['custom'][number] = { label, index: i, sdk };
    facts.custom.push(endpoint);
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
      // LibreChat's OpenAI client appends /chat/completions: Anthropic's API needs /v1 in this baseURL.
      const noV1 = role === 'base_url' && !sdk ? anthropicApiNoV1(r.value) : undefined;
      if (noV1) endpoint.noV1 = { url: noV1, field: name(field), at };
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
    models(input, base, `endpoints.custom[${i}]`, true);
  }
}
