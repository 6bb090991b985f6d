// Zed's settings file (reference: other-clients.md section 5; zed.dev/docs/ai/use-api-access and
// llm-providers): ~/.config/zed/settings.json, JSON with comments, whose language_models.anthropic holds
// api_url (an Anthropic-SDK-style base URL: Zed posts to `${api_url}/v1/messages`) and available_models;
// agent.default_model names the model in use. The key is in the system keychain, which is never opened.
import { parseJsonc } from '../../sources/jsonc.js';
import { readFileSet } from '../../sources/read-text.js';
import { scrubKeyShapes } from '../../secrets.js';
import type { Location, Setting, SourceProblem } from '../../types.js';
import type { OwnRead } from '../types.js';

export const SETTINGS_PATH = '~/.config/zed/settings.json';

export interface ZedFacts {
  /** The settings file read, when it configures Anthropic (language_models.anthropic, or the default model). */
  anthropic?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readZed(input: { cwd: string; home: string }): OwnRead<ZedFacts> {
  const problems: SourceProblem[] = [];
  const settings: Setting[] = [];
  const facts: ZedFacts = {};
  const file = readFileSet({ paths: [SETTINGS_PATH], explicit: false, ...input }, problems)[0];
  if (!file) return { settings, problems, sources: [], facts };
  const { path } = file;
  const parsed = parseJsonc(file.text);
  if (!parsed.ok || !isObject(parsed.value)) {
    const at = parsed.ok ? { line: 1, column: 1 } : { line: parsed.line, column: parsed.column };
    const detail = parsed.ok ? 'the top level is not a JSON object' : scrubKeyShapes(parsed.message);
    problems.push({
      code: 'zed/settings-invalid',
      args: { path, ...at, detail },
      location: { kind: 'file', path, ...at },
    });
    return { settings, problems, sources: [path], facts };
  }
  const { positions } = parsed;
  const root = parsed.value;
  const at = (obj: Json, name: string, key: string): Location => ({
    kind: 'file',
    path,
    ...positions.get(obj)?.get(name),
    key,
  });
  const push = (role: Setting['role'], obj: Json, name: string, key: string) => {
    const value = obj[name];
    if (typeof value === 'string')
      settings.push({ role, name: key, value, source: 'zed-settings', location: at(obj, name, key) });
  };
  const anthropic = child(root, 'language_models', 'anthropic');
  const model = child(root, 'agent', 'default_model');
  const usesAnthropic = typeof model?.provider === 'string' && model.provider.trim().toLowerCase() === 'anthropic';
  if (anthropic) push('base_url', anthropic, 'api_url', 'language_models.anthropic.api_url');
  if (model && usesAnthropic) push('model', model, 'model', 'agent.default_model.model');
  else if (anthropic) firstCustomModel(anthropic, push);
  if (anthropic || usesAnthropic) facts.anthropic = path;
  return { settings, problems, sources: [path], facts };
}

const child = (root: Json, a: string, b: string): Json | undefined => {
  const outer = root[a];
  const inner = isObject(outer) ? outer[b] : undefined;
  return isObject(inner) ? inner : undefined;
};

/** Without a default model, the first of available_models is the one listed first in the Agent panel. */
function firstCustomModel(
  anthropic: Json,
  push: (role: Setting['role'], obj: Json, name: string, key: string) => void,
) {
  const list = anthropic.available_models;
  const first = Array.isArray(list) ? list[0] : undefined;
  if (isObject(first)) push('model', first, 'name', 'language_models.anthropic.available_models[0].name');
}
