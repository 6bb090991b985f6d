// What a report shows of a profile: each slot's value (credentials redacted), where it came from, and
// the settings the client ignores, with the reason.
import { escapeInvisible, redact, showText } from '../secrets.js';
import type { CredentialKind, Location, Profile, Setting } from '../types.js';
import { neutraliseDeep } from './neutralise.js';

export const SLOTS = ['apiKey', 'authToken', 'model', 'baseUrl', 'provider', 'apiVersion'] as const;
export type SlotName = (typeof SLOTS)[number];

export function showValue(setting: Setting, showSecrets: boolean): string {
  if (setting.role === 'api_key' || setting.role === 'auth_token') return redact(setting.value, showSecrets);
  // Any value can hold a key pasted into the wrong field: whatever looks like one is redacted (a URL's
  // user-info always).
  return setting.role === 'base_url' || !showSecrets ? showText(setting.value) : escapeInvisible(setting.value);
}

export type ReasonView =
  | {
      kind:
        | 'envOverDotenv'
        | 'firstFile'
        | 'sectionDropped'
        | 'legacyTopLevel'
        | 'uiWins'
        | 'envOverConfig'
        | 'settingsOverShell'
        | 'shellOverRc'
        | 'strongerLayer'
        | 'declined'
        | 'loginForced';
    }
  | { kind: 'cancelled'; at: Location }
  | { kind: 'otherVariable' | 'cloudProvider'; name: string }
  | { kind: 'outranked'; credential: CredentialKind };

const CLAUDE_CODE_FILES: ReadonlySet<Setting['source']> = new Set(['claude-code-settings', 'claude-code-state']);

function reasonView(setting: Setting, reason: Profile['ignored'][number]['reason']): ReasonView {
  if (reason.kind === 'section-dropped') return { kind: 'sectionDropped' };
  if (reason.kind === 'legacy-top-level') return { kind: 'legacyTopLevel' };
  if (reason.kind === 'declined') return { kind: 'declined' };
  if (reason.kind === 'login-forced') return { kind: 'loginForced' };
  if (reason.kind === 'cloud-provider') return { kind: 'cloudProvider', name: reason.name };
  if (reason.kind === 'outranked') return { kind: 'outranked', credential: reason.by };
  if (reason.kind === 'cancelled') return { kind: 'cancelled', at: reason.at };
  const by = reason.by;
  if (setting.source === 'shell-rc' && by.source === 'env') return { kind: 'shellOverRc' };
  if (CLAUDE_CODE_FILES.has(by.source) && setting.name === by.name)
    return CLAUDE_CODE_FILES.has(setting.source) ? { kind: 'strongerLayer' } : { kind: 'settingsOverShell' };
  if (by.source === 'openhands-settings') return { kind: 'uiWins' };
  if (setting.source === 'openhands-config' && (by.source === 'env' || by.source === 'dotenv'))
    return { kind: 'envOverConfig' };
  if (setting.name !== by.name) return { kind: 'otherVariable', name: by.name };
  return by.source === 'env' && setting.source !== 'env' ? { kind: 'envOverDotenv' } : { kind: 'firstFile' };
}

export interface ProfileView {
  id: string;
  client: Profile['client'];
  label?: string;
  values: Partial<Record<SlotName, { value: string; source: Location }>>;
  ignored: { name: string; value: string; location: Location; by?: Location; reason: ReasonView }[];
  /** Claude Code: the kind of credential that wins, where it is set, and the kinds that lose. */
  credential?: { kind: CredentialKind; source?: Location; losers: { kind: CredentialKind; source?: Location }[] };
}

const choiceView = (c: NonNullable<Profile['credential']>): NonNullable<ProfileView['credential']> => ({
  kind: c.kind,
  ...(c.setting ? { source: c.setting.location } : {}),
  losers: c.losers.map((l) => ({ kind: l.kind, ...(l.setting ? { source: l.setting.location } : {}) })),
});

export function viewProfile(p: Profile, showSecrets: boolean): ProfileView {
  const values: ProfileView['values'] = {};
  for (const slot of SLOTS) {
    const s = p[slot];
    if (s) values[slot] = { value: showValue(s, showSecrets), source: s.location };
  }
  const ignored = p.ignored.map(({ setting, reason }) => ({
    name: setting.name,
    value: showValue(setting, showSecrets),
    location: setting.location,
    ...(reason.kind === 'overridden' ? { by: reason.by.location } : {}),
    ...(reason.kind === 'cancelled' ? { by: reason.at } : {}),
    reason: reasonView(setting, reason),
  }));
  const credential = p.credential ? { credential: choiceView(p.credential) } : {};
  return { id: p.id, client: p.client, ...(p.label ? { label: p.label } : {}), values, ignored, ...credential };
}

/**
 * The view with every string neutralised, for the reports a person reads (text, the job summary):
 * labels, names and locations come from files, containers and group names. JSON keeps the data.
 */
export function printableView(view: ProfileView): ProfileView {
  return neutraliseDeep(view);
}
