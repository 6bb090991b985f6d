// Which credential Claude Code uses, and the ones it ignores or refuses (reference: Claude Code §1, §4 1–5).
import type { Held } from '../../../catalog/claude-code.js';
import { finding, type Finding } from '../../../findings.js';
import { isDefaultEndpoint } from '../../../checks/base-url.js';
import { redact, redactUrl, showText } from '../../../secrets.js';
import type { CredentialKind, Setting } from '../../../types.js';
import type { Entry } from '../facts.js';
import { candidatesOf, forcedLogin } from '../precedence.js';
import { activeHelper, type ClaudeCodeCheckInput, of, placeOfKind, placesOf } from './shared.js';

const KEY_KINDS: readonly CredentialKind[] = ['api-key', 'auth-token', 'api-key-helper'];
const VARIABLE: Partial<Record<CredentialKind, string>> = {
  'api-key': 'ANTHROPIC_API_KEY',
  'auth-token': 'ANTHROPIC_AUTH_TOKEN',
  'api-key-helper': 'apiKeyHelper',
};

/** A key, a token or a helper wins while a subscription login is there: the subscription is not used. */
function overridesSubscription(input: ClaudeCodeCheckInput): boolean {
  const { kind } = input.profile.credential ?? { kind: 'none' };
  return KEY_KINDS.includes(kind) && Boolean(input.facts.login?.hasAccessToken);
}

export function checkKeyOverSubscription(input: ClaudeCodeCheckInput): Finding[] {
  if (!overridesSubscription(input)) return [];
  const { facts, profile, showSecrets } = input;
  const choice = profile.credential!;
  const name = VARIABLE[choice.kind]!;
  const places = choice.kind === 'api-key-helper' ? [placeOfKind(facts, choice.kind)!] : placesOf(facts, name);
  // ~/.claude.json keeps the last 20 characters of each approved key.
  const tail = choice.setting?.value.trim().slice(-20);
  const approved = choice.kind === 'api-key' && Boolean(tail && facts.state?.approved.includes(tail));
  const login = facts.login!.path;
  // Behind a gateway, the token is the gateway's: it bills, not a Console organization. A gateway is
  // usually chosen on purpose, so the unused login is worth knowing, not a warning.
  const baseUrl = profile.baseUrl?.value;
  const gateway = baseUrl && !isDefaultEndpoint(baseUrl) ? redactUrl(baseUrl.trim()) : undefined;
  const f = finding(
    'claude-code/api-key-overrides-subscription',
    { kind: choice.kind, name, places, approved, login, ...(gateway ? { gateway } : {}) },
    {
      ...(places[0] ? { location: places[0] } : {}),
      ...(choice.setting ? { credential: redact(choice.setting.value, showSecrets) } : {}),
      ...(gateway ? { severity: 'info' as const } : {}),
    },
  );
  return [of(input, f)];
}

function heldOf(input: ClaudeCodeCheckInput, kind: CredentialKind, setting?: Setting): Held {
  const at = setting?.location ?? placeOfKind(input.facts, kind);
  return {
    kind,
    ...(at ? { at } : {}),
    ...(setting ? { credential: redact(setting.value, input.showSecrets) } : {}),
  };
}

/** Several credentials: name the winner and each loser with its place ("Auth conflict" in Claude Code). */
export function checkAuthConflict(input: ClaudeCodeCheckInput): Finding[] {
  const choice = input.profile.credential;
  if (!choice) return [];
  // A login next to a cloud provider is normal, and next to a key it has its own finding.
  const quiet = choice.kind === 'cloud-provider' || overridesSubscription(input);
  const losers = choice.losers.filter((l) => !(quiet && l.kind === 'subscription'));
  if (!losers.length) return [];
  const winner = heldOf(input, choice.kind, choice.setting);
  const f = finding(
    'claude-code/auth-conflict',
    { winner, losers: losers.map((l) => heldOf(input, l.kind, l.setting)) },
    winner.at ? { location: winner.at } : {},
  );
  return [of(input, f)];
}

/** Keys Claude Code ignores or refuses: declined in ~/.claude.json, or refused by a forced login. */
export function checkRefused(input: ClaudeCodeCheckInput): Finding[] {
  const { facts, profile, showSecrets } = input;
  const out: Finding[] = [];
  const forced = forcedLogin(facts);
  for (const { setting, reason } of profile.ignored) {
    const extras = { location: setting.location, credential: redact(setting.value, showSecrets) };
    if (reason.kind === 'declined') {
      out.push(finding('claude-code/key-declined', { name: setting.name, path: reason.path }, extras));
    } else if (reason.kind === 'login-forced') {
      out.push(finding('claude-code/login-forced', { name: setting.name, ...forcedBy(forced), at: reason.at }, extras));
    }
  }
  // The precedence drops a helper under a forced login without listing it: Claude Code refuses it too.
  const helper = activeHelper(facts)?.apiKeyHelper;
  if (helper && forced) {
    const args = { name: 'apiKeyHelper', ...forcedBy(forced), at: forced.location };
    out.push(finding('claude-code/login-forced', args, { location: helper.location }));
  }
  return out.map((f) => of(input, f));
}

/** The key that forces the login (forceLoginMethod or forceLoginOrgUUID) and its value, as shown. */
const forcedBy = (forced: Entry | undefined) => ({ key: forced?.name ?? '', method: showText(forced?.value ?? '') });

export function checkNoCredential(input: ClaudeCodeCheckInput): Finding[] {
  if (!input.facts.present || input.profile.credential?.kind !== 'none') return [];
  // A key that a stronger settings layer cancels ("" in its env) is the cause: say so, not "log in".
  const lost = input.profile.ignored.find(
    (i) =>
      i.reason.kind === 'cancelled' &&
      (i.setting.role === 'api_key' || i.setting.role === 'auth_token') &&
      i.setting.value.trim() !== '',
  );
  const cause = lost?.reason.kind === 'cancelled' ? { cause: { name: lost.setting.name, at: lost.reason.at } } : {};
  const extras = lost ? { location: lost.setting.location } : {};
  return [of(input, finding('claude-code/no-credential', { configDir: input.facts.configDir, ...cause }, extras))];
}

const OAUTH_PREFIX = 'sk-ant-oat01-';
/**
 * The shortest body after the prefix that secret scanners accept (`sk-ant-oat01-[A-Za-z0-9_-]{40,}`).
 * Anthropic publishes no length: reports say 90 or about 108 characters in all (unverified).
 */
const OAUTH_BODY_MIN = 40;

/**
 * CLAUDE_CODE_OAUTH_TOKEN: an sk-ant-oat01- token. Whitespace in it is key/whitespace's finding (it names
 * the character and its position); this one is about the shape: another kind of credential, or a token
 * cut short (a copy that missed its end).
 */
export function checkOauthToken(input: ClaudeCodeCheckInput): Finding[] {
  return candidatesOf(input.facts, 'CLAUDE_CODE_OAUTH_TOKEN').flatMap(({ entry }) => {
    const value = entry.value.trim();
    if (value === '') return [];
    const body = value.startsWith(OAUTH_PREFIX) ? value.slice(OAUTH_PREFIX.length) : undefined;
    if (body !== undefined && body.length >= OAUTH_BODY_MIN) return [];
    const looksLike = body === undefined ? lookalike(value) : undefined;
    const args = {
      name: entry.name,
      problems: [body === undefined ? ('prefix' as const) : ('short' as const)],
      ...(looksLike ? { looksLike } : {}),
      ...(body === undefined ? {} : { bodyLength: body.length, minimum: OAUTH_BODY_MIN }),
    };
    const extras = { location: entry.location, credential: redact(entry.value, input.showSecrets) };
    return [of(input, finding('claude-code/oauth-token-malformed', args, extras))];
  });
}

function lookalike(value: string): 'api-key' | 'refresh-token' | undefined {
  if (value.startsWith('sk-ant-api')) return 'api-key';
  if (value.startsWith('sk-ant-ort')) return 'refresh-token';
  return undefined;
}

/** An OAuth token or the login wins: it is not probed unless --probe-oauth put it in the token slot. */
export function checkOauthNotProbed(input: ClaudeCodeCheckInput): Finding[] {
  const { profile, facts } = input;
  const kind = profile.credential?.kind;
  if ((kind !== 'oauth-token' && kind !== 'subscription') || profile.authToken) return [];
  const at = profile.credential?.setting?.location ?? placeOfKind(facts, kind);
  return [of(input, finding('claude-code/oauth-not-probed', { kind }, at ? { location: at } : {}))];
}
