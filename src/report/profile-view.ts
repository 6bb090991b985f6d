// What a report shows of a profile: each slot's value (credentials redacted) and where it came from.
import { redact, redactUrl, escapeInvisible } from '../secrets.js';
import type { Location, Profile, Setting } from '../types.js';

export const SLOTS = ['apiKey', 'authToken', 'model', 'baseUrl'] as const;
export type SlotName = (typeof SLOTS)[number];

export function showValue(setting: Setting, showSecrets: boolean): string {
  if (setting.role === 'api_key' || setting.role === 'auth_token') return redact(setting.value, showSecrets);
  return escapeInvisible(setting.role === 'base_url' ? redactUrl(setting.value) : setting.value);
}

export type OverrideReason = { kind: 'envOverDotenv' } | { kind: 'firstFile' } | { kind: 'otherVariable'; name: string };

export function overrideReason(setting: Setting, by: Setting): OverrideReason {
  if (setting.name !== by.name) return { kind: 'otherVariable', name: by.name };
  return by.source === 'env' && setting.source !== 'env' ? { kind: 'envOverDotenv' } : { kind: 'firstFile' };
}

export interface ProfileView {
  id: string;
  client: Profile['client'];
  values: Partial<Record<SlotName, { value: string; source: Location }>>;
  ignored: { name: string; value: string; location: Location; by: Location; reason: OverrideReason }[];
}

export function viewProfile(p: Profile, showSecrets: boolean): ProfileView {
  const values: ProfileView['values'] = {};
  for (const slot of SLOTS) {
    const s = p[slot];
    if (s) values[slot] = { value: showValue(s, showSecrets), source: s.location };
  }
  const ignored = p.overridden.map(({ setting, by }) => ({
    name: setting.name, value: showValue(setting, showSecrets), location: setting.location, by: by.location, reason: overrideReason(setting, by),
  }));
  return { id: p.id, client: p.client, values, ignored };
}
