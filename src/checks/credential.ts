// key/*: every offline check of one credential value (an API key or an auth token).
import { finding, type Finding, type FindingExtras } from '../findings.js';
import { redact } from '../secrets.js';
import type { Setting } from '../types.js';
import { ANTHROPIC_PREFIXES, API03, MASKS, OTHER_PROVIDERS, PLACEHOLDERS } from '../data/key-shapes.js';
import { inspectText } from './credential-text.js';

export interface CredentialContext {
  /** Models of the profiles that use this value: another provider's key is right for its own models. */
  models: string[];
  /** A profile that uses this value sends it to a base URL other than api.anthropic.com. */
  viaProxy: boolean;
  showSecrets: boolean;
}

export function checkCredential(setting: Setting, ctx: CredentialContext): Finding[] {
  const { name, value, location } = setting;
  const at = { location, credential: redact(value, ctx.showSecrets) };
  if (value.trim() === '') return [finding('key/empty', { name }, { location })];

  const text = inspectText(value);
  // A placeholder or a masked display explains everything else about the value.
  const template = maskOrPlaceholder(name, text.unwrapped, value.trim(), at);
  if (template) return [template];
  const out: Finding[] = [];
  if (text.whitespace.length) out.push(finding('key/whitespace', { name, problems: text.whitespace }, at));
  if (text.quote) out.push(finding('key/quoted', { name, quote: text.quote }, at));
  if (text.headerPrefix) out.push(finding('key/bearer-prefix', { name, prefix: text.headerPrefix }, at));
  if (text.invisible.length) out.push(finding('key/invisible-character', { name, chars: text.invisible }, at));
  const shape = checkShape(text.cleaned, setting, ctx, at);
  if (shape) out.push(shape);
  return out;
}

function checkShape(
  key: string,
  { name, role }: Setting,
  ctx: CredentialContext,
  at: FindingExtras,
): Finding | undefined {
  const kind = ANTHROPIC_PREFIXES.find((p) => key.startsWith(p.prefix))?.kind;
  if (kind === 'api-key') {
    const truncated = api03Problems(key);
    if (!truncated) return undefined;
    return finding('key/truncated', { name, ...truncated }, at);
  }
  switch (kind) {
    case 'console-admin':
    case 'enterprise-admin':
      return finding('key/admin-key', { name, kind }, at);
    case 'oauth-access':
      // A subscription token is right where a Bearer token is expected.
      return role === 'auth_token' ? undefined : finding('key/oauth-token', { name }, at);
    case 'oauth-refresh':
      return finding('key/refresh-token', { name }, at);
    case 'other-anthropic':
      return finding('key/unknown-format', { name }, at);
  }
  const other = OTHER_PROVIDERS.find((p) => p.shape.test(key));
  if (other) {
    if (other.model && ctx.models.some((m) => other.model!.test(m))) return undefined;
    return finding('key/other-provider', { name, provider: other.provider }, at);
  }
  // Proxies and gateways issue keys of their own shape.
  return finding('key/unknown-format', { name }, { ...at, ...(ctx.viaProxy ? { severity: 'info' as const } : {}) });
}

function api03Problems(key: string) {
  const body = key.slice(API03.prefix.length);
  const problems: ('length' | 'ending' | 'alphabet')[] = [];
  if (key.length !== API03.length) problems.push('length');
  if (!key.endsWith(API03.ending)) problems.push('ending');
  const badPositions = [...body].flatMap((c, i) => (API03.body.test(c) ? [] : [API03.prefix.length + i + 1]));
  if (badPositions.length) problems.push('alphabet');
  return problems.length
    ? { length: key.length, expected: API03.length, problems, badPositions: badPositions.slice(0, 5) }
    : undefined;
}

function maskOrPlaceholder(name: string, key: string, shown: string, at: FindingExtras): Finding | undefined {
  // A well-formed key needs no early exit here: its alphabet holds no mask and it is longer than any template.
  const mask = MASKS.map((m) => m.exec(key)?.[0]).find(Boolean);
  // "sk-ant-..." alone is template text; "sk-ant-api03-abcd...wxAA" is a masked copy of a real key.
  const rest = mask ? key.replace(mask, '').replace(/^sk-ant-(api03-)?|^sk-/, '') : '';
  if (mask && (rest.length >= 4 || /^\*+$/.test(key))) return finding('key/masked', { name, mask }, at);
  // Template text is short; only short text is shown as it is, anything longer goes through redact.
  if (key.length <= 60 && PLACEHOLDERS.some((p) => p.test(key))) {
    return finding('key/placeholder', { name, placeholder: shown.length <= 40 ? shown : redact(shown) }, at);
  }
  return undefined;
}
