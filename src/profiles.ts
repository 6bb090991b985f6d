// Precedence: which setting each client really uses, and which settings it ignores.
// Rules (../shared/reference/anthropic-api.md §9, openhands.md §3 and §7.4):
// - a variable from the process environment beats the same variable in a .env file, because dotenv,
//   python-dotenv and docker compose never override a variable that is already set;
// - across several .env files the first one given wins (dotenv.config({ path: [...] })), within one
//   file the last line wins;
// - the Anthropic SDK trims values and treats blank as unset; OpenHands skips empty values but does
//   not trim; LiteLLM falls back to ANTHROPIC_API_KEY / ANTHROPIC_API_BASE / ANTHROPIC_BASE_URL when
//   OpenHands passes no key or base URL for an Anthropic model.
import type { Client, Profile, Setting } from './types.js';

type Slot = 'apiKey' | 'authToken' | 'model' | 'baseUrl';

interface ClientRules {
  client: Client;
  /** Variables read for each slot, strongest first. */
  slots: Partial<Record<Slot, string[]>>;
  /** Variables whose presence means the user runs this client. */
  own: string[];
  /** Whether a value counts as set. */
  isSet: (value: string) => boolean;
}

const CLIENTS: readonly ClientRules[] = [
  {
    client: 'anthropic-sdk',
    slots: { apiKey: ['ANTHROPIC_API_KEY'], authToken: ['ANTHROPIC_AUTH_TOKEN'], baseUrl: ['ANTHROPIC_BASE_URL'], model: ['ANTHROPIC_MODEL'] },
    own: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL'],
    isSet: (v) => v.trim() !== '',
  },
  {
    client: 'openhands-headless',
    slots: { apiKey: ['LLM_API_KEY', 'ANTHROPIC_API_KEY'], baseUrl: ['LLM_BASE_URL', 'ANTHROPIC_API_BASE', 'ANTHROPIC_BASE_URL'], model: ['LLM_MODEL'] },
    own: ['LLM_API_KEY', 'LLM_MODEL', 'LLM_BASE_URL'],
    isSet: (v) => v !== '',
  },
];

/** LiteLLM's ANTHROPIC_* fallbacks apply only when the model goes to Anthropic. */
function isAnthropicModel(model: string | undefined): boolean {
  return model === undefined || /^(anthropic\/)?claude/i.test(model);
}

const SOURCE_ORDER = { env: 0, dotenv: 1 } as const;

/** Candidates for one variable, strongest first: the environment, then .env files in the order given. */
function candidates(settings: Setting[], name: string): Setting[] {
  const forName = settings.filter((s) => s.name === name);
  // Within one .env file the last assignment wins, so keep only that one per file.
  const lastPerFile = forName.filter((s) =>
    s.source !== 'dotenv' || !forName.some((o) => o.source === 'dotenv' && o.location.kind === 'file' && s.location.kind === 'file' &&
      o.location.path === s.location.path && (o.location.line ?? 0) > (s.location.line ?? 0)));
  return lastPerFile.sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source]);
}

export function resolveProfiles(settings: Setting[]): Profile[] {
  const present = new Set(settings.map((s) => s.name));
  const used = CLIENTS.filter((c) => c.own.some((name) => present.has(name)));
  // With nothing configured at all, report against the plain SDK client, which is what most code uses.
  const clients = used.length ? used : CLIENTS.slice(0, 1);
  return clients.map((rules, i) => resolveOne(rules, settings, `p${i + 1}`));
}

function resolveOne(rules: ClientRules, settings: Setting[], id: string): Profile {
  const profile: Profile = { id, client: rules.client, overridden: [] };
  const model = pick(rules, settings, rules.slots.model ?? []);
  const anthropic = isAnthropicModel(model.winner?.value);
  for (const slot of ['model', 'apiKey', 'authToken', 'baseUrl'] as const) {
    let names = rules.slots[slot] ?? [];
    if (!anthropic) names = names.filter((n) => !n.startsWith('ANTHROPIC_') || rules.client === 'anthropic-sdk');
    const { winner, losers } = slot === 'model' ? model : pick(rules, settings, names);
    if (winner) profile[slot] = winner;
    profile.overridden.push(...losers);
  }
  return profile;
}

function pick(rules: ClientRules, settings: Setting[], names: string[]) {
  const perName = names.map((name) => candidates(settings, name));
  const all = perName.flat();
  // Only the strongest candidate of a variable reaches the process: an empty variable in the
  // environment still stops dotenv from loading the .env value, and then counts as unset.
  const winner = perName.map((c) => c[0]).find((s) => s !== undefined && rules.isSet(s.value));
  const losers = winner ? all.filter((s) => s !== winner).map((setting) => ({ setting, by: winner })) : [];
  return { winner, losers };
}

/** The profiles that use a setting. */
export function profilesUsing(profiles: Profile[], setting: Setting): Profile[] {
  return profiles.filter((p) => p.apiKey === setting || p.authToken === setting || p.model === setting || p.baseUrl === setting);
}
