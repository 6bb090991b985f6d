// Which credential, base URL and model Claude Code really uses (reference: Claude Code §1–§3).
// - A variable's value: the strongest settings file's `env` (managed > local > project > user; within
//   managed, a later managed-settings.d file beats an earlier one and the main file), then the shell's
//   environment, then a shell start-up file's export (what a new interactive shell would have).
//   A settings `env` value of "" still wins: it cancels the shell's export.
// - The credential: a cloud provider switch, then ANTHROPIC_AUTH_TOKEN, ANTHROPIC_API_KEY (unless the
//   user declined it), apiKeyHelper, CLAUDE_CODE_OAUTH_TOKEN, ANTHROPIC_PROFILE, the subscription login.
//   forceLoginMethod or forceLoginOrgUUID refuses the token, the key and the helper.
// - The model: ANTHROPIC_MODEL, then the strongest settings file's `model`.
import type { CredentialKind, IgnoreReason, Location, Profile, Setting } from '../../types.js';
import type { ClaudeCodeFacts, Entry, Layer, SettingsFile } from './facts.js';

const LAYER_RANK: Record<Layer, number> = { managed: 0, local: 1, project: 2, user: 3 };

/** One place a variable is set; lists of candidates are strongest first. */
export interface Candidate {
  entry: Entry;
  /** The settings file, when it comes from one. */
  file?: SettingsFile;
}

/**
 * The settings files Claude Code applies, strongest first: by layer, then a later managed-settings.d file
 * first. A file with comments or trailing commas is rejected whole (claude-code/settings-lenient-json).
 */
export function strongestFirst(files: readonly SettingsFile[]): SettingsFile[] {
  return files.filter((f) => !f.lenient).sort((a, b) => LAYER_RANK[a.layer] - LAYER_RANK[b.layer] || b.order - a.order);
}

/**
 * The key that forces a login: forceLoginMethod, or forceLoginOrgUUID (either makes Claude Code refuse the
 * token, the key and the helper), in the strongest settings file that has one.
 */
export function forcedLogin(facts: ClaudeCodeFacts): Entry | undefined {
  const file = strongestFirst(facts.settings).find((f) => f.forceLoginMethod ?? f.forceLoginOrgUUID);
  return file?.forceLoginMethod ?? file?.forceLoginOrgUUID;
}

/** Every place a variable is set, strongest first. */
export function candidatesOf(facts: ClaudeCodeFacts, name: string): Candidate[] {
  const fromFiles = strongestFirst(facts.settings).flatMap((file) =>
    file.env.filter((e) => e.name === name).map((entry) => ({ entry, file })),
  );
  const others = [...facts.shell, ...facts.rcExports].filter((e) => e.name === name).map((entry) => ({ entry }));
  return [...fromFiles, ...others];
}

/** The value Claude Code sees for a variable: the strongest place, even when it is empty. */
export function effective(facts: ClaudeCodeFacts, name: string): Candidate | undefined {
  return candidatesOf(facts, name)[0];
}

const isBlank = (c: Candidate | undefined) => !c || c.entry.value.trim() === '';
/** Claude Code's switches take 1 or true (docs: env-vars); other spellings are read the same way by its env parser. */
const isOn = (c: Candidate | undefined) => Boolean(c && /^(1|true|yes|on)$/i.test(c.entry.value.trim()));

export const CLOUD_SWITCHES = [
  'CLAUDE_CODE_USE_BEDROCK',
  'CLAUDE_CODE_USE_VERTEX',
  'CLAUDE_CODE_USE_FOUNDRY',
  'CLAUDE_CODE_USE_ANTHROPIC_AWS',
] as const;

const sameLocation = (a: Location, b: Location) => JSON.stringify(a) === JSON.stringify(b);

/** The role-bearing setting read from the same place as an entry (the shell's from the env source). */
function settingOf(entry: Entry, settings: readonly Setting[]): Setting | undefined {
  return settings.find((s) => s.name === entry.name && sameLocation(s.location, entry.location));
}

/** A credential that is present; one that is not a setting (a switch, a login) has none. Where such a
 * credential is set is the checks' business (checks/shared.ts, placeOfKind). */
interface Present {
  kind: CredentialKind;
  setting?: Setting;
}

/** Every credential that is present, strongest kind first; refused ones are returned apart. */
function presentCredentials(facts: ClaudeCodeFacts, settings: readonly Setting[]) {
  const present: Present[] = [];
  const refused: { setting: Setting; reason: IgnoreReason }[] = [];
  const files = strongestFirst(facts.settings);
  const forced = forcedLogin(facts);
  const cloud = CLOUD_SWITCHES.map((name) => effective(facts, name)).find(isOn);
  if (cloud) present.push({ kind: 'cloud-provider' });
  const variable = (kind: CredentialKind, name: string) => {
    const c = effective(facts, name);
    if (isBlank(c)) return;
    const setting = settingOf(c!.entry, settings);
    if (forced && kind !== 'oauth-token' && setting) {
      refused.push({ setting, reason: { kind: 'login-forced', at: forced.location } });
      return;
    }
    if (kind === 'api-key' && setting && declined(facts, setting.value)) {
      refused.push({ setting, reason: { kind: 'declined', path: facts.state!.path } });
      return;
    }
    present.push({ kind, ...(setting ? { setting } : {}) });
  };
  variable('auth-token', 'ANTHROPIC_AUTH_TOKEN');
  variable('api-key', 'ANTHROPIC_API_KEY');
  const helper = files.find((f) => f.apiKeyHelper);
  if (helper && !forced) present.push(helperCredential(facts, helper));
  variable('oauth-token', 'CLAUDE_CODE_OAUTH_TOKEN');
  const profile = effective(facts, 'ANTHROPIC_PROFILE');
  if (!isBlank(profile)) present.push({ kind: 'anthropic-profile' });
  if (facts.login?.hasAccessToken) present.push({ kind: 'subscription' });
  return { present, refused, cloud };
}

/** The helper's output when it is known (a literal, or --run-helpers ran it). */
function helperCredential(facts: ClaudeCodeFacts, file: SettingsFile): Present {
  const entry = file.apiKeyHelper!;
  const ran = facts.helperRuns.find((r) => sameLocation(r.helper.location, entry.location));
  const literal = facts.helpers.find((h) => sameLocation(h.helper.location, entry.location))?.literal;
  const setting = ran?.output ?? literal;
  return { kind: 'api-key-helper', ...(setting ? { setting } : {}) };
}

/** ~/.claude.json keeps the last 20 characters of each key the user declined. */
function declined(facts: ClaudeCodeFacts, key: string): boolean {
  const tail = key.trim().slice(-20);
  return Boolean(facts.state?.rejected.includes(tail));
}

/**
 * The variables' losers: a weaker place that sets the same variable is overridden by the winner. A
 * settings `env` value of "" is no setting (the sources emit none), but it wins all the same: it cancels
 * the others, and the report says where.
 */
function overridden(facts: ClaudeCodeFacts, settings: readonly Setting[], name: string) {
  const [first, ...others] = candidatesOf(facts, name);
  if (!first) return [];
  const winner = settingOf(first.entry, settings);
  // Only a settings file's "" has no setting (an rc file's "" is the weakest place: nothing to cancel).
  if (!winner && first.entry.value !== '') return [];
  const reason: IgnoreReason = winner
    ? { kind: 'overridden', by: winner }
    : { kind: 'cancelled', at: first.entry.location };
  return others.flatMap(({ entry }) => {
    const s = settingOf(entry, settings);
    return s && s.value.trim() !== '' ? [{ setting: s, reason }] : [];
  });
}

const MODEL_VARIABLES = [
  'ANTHROPIC_DEFAULT_OPUS_MODEL',
  'ANTHROPIC_DEFAULT_SONNET_MODEL',
  'ANTHROPIC_DEFAULT_HAIKU_MODEL',
  'ANTHROPIC_SMALL_FAST_MODEL',
];

/** The model: ANTHROPIC_MODEL, else the strongest settings file's `model`. */
function modelSetting(facts: ClaudeCodeFacts, settings: readonly Setting[]) {
  const variable = effective(facts, 'ANTHROPIC_MODEL');
  const fromVariable = isBlank(variable) ? undefined : settingOf(variable!.entry, settings);
  const keys = strongestFirst(facts.settings).flatMap((f) => (f.model ? [settingOf(f.model, settings)] : []));
  const all = [fromVariable, ...keys].filter((s): s is Setting => Boolean(s) && s!.value.trim() !== '');
  const [winner, ...losers] = all;
  return {
    winner,
    ignored: losers.map((setting) => ({ setting, reason: { kind: 'overridden', by: winner! } as IgnoreReason })),
  };
}

const OVERRIDABLE = [
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_AUTH_TOKEN',
  'CLAUDE_CODE_OAUTH_TOKEN',
  'ANTHROPIC_BASE_URL',
  'ANTHROPIC_MODEL',
  ...MODEL_VARIABLES,
];

export interface ResolveOptions {
  /** --probe-oauth: put an OAuth token in the profile's auth-token slot, so it is probed. */
  probeOauth?: boolean;
}

/** Claude Code's one profile on this machine (ids are given by the registry). */
export function resolveClaudeCode(
  facts: ClaudeCodeFacts,
  settings: readonly Setting[],
  opts: ResolveOptions = {},
): Profile {
  const { present, refused, cloud } = presentCredentials(facts, settings);
  const [winner, ...losers] = present;
  const profile: Profile = {
    id: 'p0',
    client: 'claude-code',
    ignored: [],
    credential: {
      kind: winner?.kind ?? 'none',
      ...(winner?.setting ? { setting: winner.setting } : {}),
      losers: losers.map((l) => ({ kind: l.kind, ...(l.setting ? { setting: l.setting } : {}) })),
    },
  };
  if (winner?.setting) {
    if (winner.kind === 'api-key' || winner.kind === 'api-key-helper') profile.apiKey = winner.setting;
    if (winner.kind === 'auth-token' || (winner.kind === 'oauth-token' && opts.probeOauth))
      profile.authToken = winner.setting;
  }
  for (const l of losers) {
    if (!l.setting) continue;
    const reason: IgnoreReason = cloud
      ? { kind: 'cloud-provider', name: cloud.entry.name, at: cloud.entry.location }
      : { kind: 'outranked', by: winner!.kind };
    profile.ignored.push({ setting: l.setting, reason });
  }
  profile.ignored.push(...refused);
  const baseUrl = effective(facts, 'ANTHROPIC_BASE_URL');
  const baseUrlSetting = isBlank(baseUrl) || cloud ? undefined : settingOf(baseUrl!.entry, settings);
  if (baseUrlSetting) profile.baseUrl = baseUrlSetting;
  const model = modelSetting(facts, settings);
  if (model.winner) profile.model = model.winner;
  profile.ignored.push(...model.ignored);
  for (const name of OVERRIDABLE) profile.ignored.push(...overridden(facts, settings, name));
  const reads = MODEL_VARIABLES.flatMap((name) => {
    const c = effective(facts, name);
    const s = c && settingOf(c.entry, settings);
    return s ? [s] : [];
  });
  if (reads.length) profile.reads = reads;
  return profile;
}
