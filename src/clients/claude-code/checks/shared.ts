// What every Claude Code check reads, and the few readings of a variable they share.
import type { Finding } from '../../../findings.js';
import type { CredentialKind, Location, Profile, Setting } from '../../../types.js';
import type { ClaudeCodeFacts } from '../facts.js';
import { candidatesOf, effective, strongestFirst } from '../precedence.js';

export interface ClaudeCodeCheckInput {
  facts: ClaudeCodeFacts;
  profile: Profile;
  settings: Setting[];
  showSecrets: boolean;
  /** ms since the epoch: the login's expiry is compared with it. */
  now: number;
}

export type Check = (input: ClaudeCodeCheckInput) => Finding[];

/** A finding of this profile. */
export const of = (input: ClaudeCodeCheckInput, f: Finding): Finding => ({ ...f, profile: input.profile.id });

/** The variable's effective value when it is set to something other than blanks. */
export function setValue(facts: ClaudeCodeFacts, name: string): string | undefined {
  const value = effective(facts, name)?.entry.value.trim();
  return value ? value : undefined;
}

/** Claude Code's switches take 1 or true (docs: env-vars); its env parser reads yes and on the same way. */
export const isOn = (facts: ClaudeCodeFacts, name: string) => /^(1|true|yes|on)$/i.test(setValue(facts, name) ?? '');

/** Every place a variable is set to a non-blank value, strongest first. */
export const placesOf = (facts: ClaudeCodeFacts, name: string): Location[] =>
  candidatesOf(facts, name)
    .filter((c) => c.entry.value.trim() !== '')
    .map((c) => c.entry.location);

/** The strongest settings file's apiKeyHelper: the one Claude Code runs. */
export const activeHelper = (facts: ClaudeCodeFacts) => strongestFirst(facts.settings).find((f) => f.apiKeyHelper);

const SWITCHES = [
  'CLAUDE_CODE_USE_BEDROCK',
  'CLAUDE_CODE_USE_VERTEX',
  'CLAUDE_CODE_USE_FOUNDRY',
  'CLAUDE_CODE_USE_ANTHROPIC_AWS',
];
const VARIABLE_OF: Partial<Record<CredentialKind, string>> = {
  'auth-token': 'ANTHROPIC_AUTH_TOKEN',
  'api-key': 'ANTHROPIC_API_KEY',
  'oauth-token': 'CLAUDE_CODE_OAUTH_TOKEN',
  'anthropic-profile': 'ANTHROPIC_PROFILE',
};

/** Where a credential of a kind is set, for the kinds that have no setting of their own. */
export function placeOfKind(facts: ClaudeCodeFacts, kind: CredentialKind): Location | undefined {
  if (kind === 'subscription') return facts.login?.location;
  if (kind === 'api-key-helper') return activeHelper(facts)?.apiKeyHelper?.location;
  if (kind === 'cloud-provider') {
    const on = SWITCHES.find((name) => isOn(facts, name));
    return on ? effective(facts, on)?.entry.location : undefined;
  }
  const name = VARIABLE_OF[kind];
  return name ? effective(facts, name)?.entry.location : undefined;
}
