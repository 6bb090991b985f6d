// Precedence: which setting each client really uses, and which settings it ignores and why.
// Rules (the SDK's client options, python-dotenv and docker compose, OpenHands' config loader):
// - a variable from the process environment beats the same variable in a .env file, because dotenv,
//   python-dotenv and docker compose never override a variable that is already set (even an empty one);
// - across several files of one kind the first one given wins; within one .env file the last line wins;
// - the Anthropic SDK trims values and treats blank as unset; OpenHands skips empty values but does not
//   trim; LiteLLM falls back to ANTHROPIC_API_KEY / ANTHROPIC_API_BASE / ANTHROPIC_BASE_URL when
//   OpenHands passes no key or base URL for an Anthropic model;
// - OpenHands headless: env LLM_* beat config.toml [llm]; a named group [llm.x] inherits from [llm];
// - OpenHands Web UI (0.25+): settings.json replaces model, key and base URL; LLM_* are ignored, except
//   that from 0.62 a non-empty LLM_BASE_URL beats the saved base URL. A host file has no version, so
//   the newest rules apply.
import { compareVersions } from './sources/docker-images.js';
import type { Client, IgnoreReason, Profile, Setting } from './types.js';

type Slot = 'apiKey' | 'authToken' | 'model' | 'baseUrl' | 'provider' | 'apiVersion';
/** One variable or field a client reads; `path` narrows it to one file. */
interface Selector {
  name: string;
  path?: string;
}

interface ProfileRules {
  client: Client;
  label?: string;
  /** What the client reads for each slot, strongest first. */
  slots: Partial<Record<Slot, Selector[]>>;
  isSet: (value: string) => boolean;
}

const nonEmpty = (v: string) => v !== '';
const names = (...list: string[]): Selector[] => list.map((name) => ({ name }));

const SDK: ProfileRules = {
  client: 'anthropic-sdk',
  slots: {
    apiKey: names('ANTHROPIC_API_KEY'),
    authToken: names('ANTHROPIC_AUTH_TOKEN'),
    baseUrl: names('ANTHROPIC_BASE_URL'),
    model: names('ANTHROPIC_MODEL'),
  },
  isSet: (v) => v.trim() !== '',
};

const LITELLM_FALLBACK = {
  apiKey: names('ANTHROPIC_API_KEY'),
  baseUrl: names('ANTHROPIC_API_BASE', 'ANTHROPIC_BASE_URL'),
};

function headless(group?: string): ProfileRules {
  const own = (field: string) =>
    group ? names(`[${group}] ${field}`, `[llm] ${field}`) : names(`LLM_${field.toUpperCase()}`, `[llm] ${field}`);
  return {
    client: 'openhands-headless',
    label: group && `[${group}]`,
    slots: {
      apiKey: own('api_key'),
      model: own('model'),
      baseUrl: own('base_url'),
      provider: own('custom_llm_provider'),
      apiVersion: own('api_version'),
    },
    isSet: nonEmpty,
  };
}

function webUi(
  file: WebSettingsFile | undefined,
  version: string | undefined,
  label: string | undefined,
): ProfileRules {
  const saved = (name?: string): Selector[] => (file && name ? [{ name, path: file.path }] : []);
  // From 0.62 a non-empty LLM_BASE_URL beats the saved base URL; before, the env is not used at all.
  const envBaseUrl = !version || compareVersions(version, '0.62') >= 0 ? names('LLM_BASE_URL') : [];
  return {
    client: 'openhands-web',
    label: label ?? file?.path,
    slots: {
      apiKey: saved(file?.fields.apiKey),
      model: saved(file?.fields.model),
      baseUrl: [...envBaseUrl, ...saved(file?.fields.baseUrl)],
    },
    isSet: nonEmpty,
  };
}

/** LiteLLM's ANTHROPIC_* fallbacks apply only when the model goes to Anthropic. */
function isAnthropicModel(model: string | undefined): boolean {
  return model === undefined || /^(anthropic\/)?claude/i.test(model);
}

const SOURCE_ORDER: Record<Setting['source'], number> = {
  env: 0,
  argument: 0,
  dotenv: 1,
  'openhands-config': 2,
  'openhands-settings': 3,
};

/** The settings file a value came from, on the host or inside a container. */
function settingPath(s: Setting): string | undefined {
  if (s.location.kind === 'file') return s.location.path;
  return s.location.kind === 'container' && s.location.path ? `${s.location.name}:${s.location.path}` : undefined;
}

/**
 * Every setting a client could read, by name, strongest first; settings OpenHands throws away are left
 * out, and within one .env file only the last assignment of a name counts. Built once per resolution,
 * so a file with thousands of lines or groups costs one pass, not one pass per lookup.
 */
type Index = Map<string, Setting[]>;

function indexSettings(settings: Setting[]): Index {
  const lastInFile = new Map<string, Setting>();
  const index: Index = new Map();
  for (const s of settings) {
    if (s.dropped) continue;
    if (s.source === 'dotenv' && s.location.kind === 'file') {
      const key = `${s.name}\0${s.location.path}`;
      const seen = lastInFile.get(key);
      const line = (x: Setting) => (x.location.kind === 'file' ? (x.location.line ?? 0) : 0);
      if (!seen || line(seen) < line(s)) lastInFile.set(key, s);
    }
    const list = index.get(s.name) ?? [];
    list.push(s);
    index.set(s.name, list);
  }
  for (const [name, list] of index) {
    const kept = list.filter(
      (s) =>
        s.source !== 'dotenv' || s.location.kind !== 'file' || lastInFile.get(`${s.name}\0${s.location.path}`) === s,
    );
    index.set(
      name,
      kept.sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]),
    );
  }
  return index;
}

/** Candidates for one selector, strongest first. */
function candidates(index: Index, sel: Selector): Setting[] {
  const all = index.get(sel.name) ?? [];
  return sel.path ? all.filter((s) => settingPath(s) === sel.path) : all;
}

export interface Scope {
  /** An OpenHands app container: only its Web UI counts, with the rules of its version. */
  webUi?: { version?: string; label: string };
}

/** The settings that say which profiles exist: clients in use, config groups, settings files. */
function rulesFor(settings: Setting[], webFiles: WebSettingsFile[], scope: Scope): ProfileRules[] {
  if (scope.webUi) return [webUi(webFiles[0], scope.webUi.version, scope.webUi.label)];
  const present = (prefix: RegExp) => settings.some((s) => prefix.test(s.name));
  const rules: ProfileRules[] = [];
  if (present(/^ANTHROPIC_(API_KEY|AUTH_TOKEN|BASE_URL|MODEL)$/)) rules.push(SDK);
  if (present(/^(LLM_(API_KEY|MODEL|BASE_URL)|\[llm\] .*)$/)) rules.push(headless());
  const groups = new Set(settings.flatMap((s) => (s.group?.startsWith('llm.') && !s.dropped ? [s.group] : [])));
  for (const group of groups) rules.push(headless(group));
  for (const file of webFiles) rules.push(webUi(file, undefined, undefined));
  // With nothing configured at all, report against the plain SDK client, which is what most code uses.
  return rules.length ? rules : [SDK];
}

/** A Web UI settings file that was read, and the names of its fields in that file's shape. */
export interface WebSettingsFile {
  path: string;
  fields: { apiKey: string; model: string; baseUrl: string };
}

export function resolveProfiles(settings: Setting[], webFiles: WebSettingsFile[] = [], scope: Scope = {}): Profile[] {
  const index = indexSettings(settings);
  const dropped = settings.filter((s) => s.dropped);
  return rulesFor(settings, webFiles, scope).map((rules, i) => resolveOne(rules, index, dropped, `p${i + 1}`));
}

function resolveOne(rules: ProfileRules, index: Index, dropped: Setting[], id: string): Profile {
  const profile: Profile = { id, client: rules.client, ...(rules.label ? { label: rules.label } : {}), ignored: [] };
  const model = pick(rules, index, rules.slots.model ?? []);
  const litellm =
    rules.client !== 'anthropic-sdk' && isAnthropicModel(model.winner?.value) && !rules.label?.startsWith('[llm.');
  for (const slot of ['model', 'apiKey', 'authToken', 'baseUrl', 'provider', 'apiVersion'] as const) {
    const selectors = [
      ...(rules.slots[slot] ?? []),
      ...(litellm && slot in LITELLM_FALLBACK ? LITELLM_FALLBACK[slot as 'apiKey' | 'baseUrl'] : []),
    ];
    const { winner, ignored } = slot === 'model' ? model : pick(rules, index, selectors);
    if (winner) profile[slot] = winner;
    profile.ignored.push(...ignored);
  }
  // Settings OpenHands throws away never reach the client: say so where this client would read them.
  if (rules.client === 'openhands-headless' && !rules.label) {
    for (const s of dropped) {
      if (s.dropped === 'section' && s.group === 'llm')
        profile.ignored.push({ setting: s, reason: { kind: 'section-dropped' } });
      if (s.dropped === 'legacy') profile.ignored.push({ setting: s, reason: { kind: 'legacy-top-level' } });
    }
  }
  return profile;
}

function pick(rules: ProfileRules, index: Index, selectors: Selector[]) {
  const perSelector = selectors.map((sel) => candidates(index, sel));
  // Only the strongest candidate of a variable reaches the process: an empty variable in the
  // environment still stops dotenv from loading the .env value, and then counts as unset.
  const winner = perSelector.map((c) => c[0]).find((s) => s !== undefined && rules.isSet(s.value));
  const ignored: { setting: Setting; reason: IgnoreReason }[] = winner
    ? perSelector
        .flat()
        .filter((s) => s !== winner && rules.isSet(s.value))
        .map((setting) => ({ setting, reason: { kind: 'overridden', by: winner } }))
    : [];
  return { winner, ignored };
}

/** For each setting, the profiles that use it: one pass over the profiles, not one per setting. */
export function usersOfSettings(profiles: Profile[]): Map<Setting, Profile[]> {
  const users = new Map<Setting, Profile[]>();
  for (const p of profiles) {
    for (const s of new Set([p.apiKey, p.authToken, p.model, p.baseUrl, p.provider, p.apiVersion])) {
      if (!s) continue;
      const list = users.get(s);
      if (list) list.push(p);
      else users.set(s, [p]);
    }
  }
  return users;
}
