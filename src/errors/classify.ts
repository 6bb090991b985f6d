// One reading of an error, for a pasted log and a live probe alike: the message rules of the matcher
// table on the normalised text first, then the envelope's (type, status), so that an error no rule
// names is still reported as the HTTP error it is.
import type { Code } from '../catalog/index.js';
import { MATCHERS, matchAnswer } from '../probe/matchers.js';
import { type Envelope, envelopeIn, normalize } from './envelope.js';

const TEXT_RULES = MATCHERS.filter((m) => m.text);
/** Every text rule at once (all ignore case): most candidate lines match none, and one pass tells. */
const ANY_RULE = new RegExp(TEXT_RULES.map((m) => `(?:${m.text!.source})`).join('|'), 'i');

/** The index in TEXT_RULES of the first rule that matches a normalised text, among those before `before`. */
export function firstRule(normalised: string, before = TEXT_RULES.length): number {
  if (!ANY_RULE.test(normalised)) return -1;
  for (let i = 0; i < before; i++) if (TEXT_RULES[i]!.text!.test(normalised)) return i;
  return -1;
}

export const ruleCode = (index: number): Code => TEXT_RULES[index]!.code;

/** The envelope's type, as Anthropic, an OpenAI-shaped gateway or Google name it. */
const TYPES: Record<string, Code> = {
  authentication_error: 'auth/invalid-api-key',
  permission_error: 'auth/permission-denied',
  not_found_error: 'api/endpoint-not-found',
  rate_limit_error: 'api/rate-limited',
  overloaded_error: 'api/overloaded',
  api_error: 'api/server-error',
  timeout_error: 'api/server-error',
  request_too_large: 'api/request-too-large',
  invalid_request_error: 'api/invalid-request',
  PERMISSION_DENIED: 'auth/vertex-permission-denied',
  RESOURCE_EXHAUSTED: 'api/cloud-quota-exceeded',
};

// A server's type is its own text: only the table's own keys count (never "constructor").
const typeCode = (envelope: Envelope | undefined): Code | undefined =>
  envelope?.type !== undefined && Object.hasOwn(TYPES, envelope.type) ? TYPES[envelope.type] : undefined;

/** A status that means the same whoever sent it; any other error status is an unexpected response. */
const STATUSES: Record<number, Code> = {
  413: 'api/request-too-large',
  429: 'api/rate-limited',
  500: 'api/server-error',
  502: 'api/server-error',
  503: 'api/server-error',
  504: 'api/server-error',
  529: 'api/overloaded',
};

/** What an envelope means when no message rule named it; undefined when it shows no HTTP error at all. */
export function fromEnvelope(envelope: Envelope | undefined): Code | undefined {
  if (!envelope) return undefined;
  const byType = typeCode(envelope);
  if (byType) return byType;
  if (envelope.status === undefined) return undefined;
  return STATUSES[envelope.status] ?? 'api/unexpected-response';
}

export interface Reading {
  code: Code;
  envelope?: Envelope;
}

/** An error text (a log line, a few rejoined lines, a response body): its code, or undefined. */
export function classifyText(text: string): Reading | undefined {
  const normalised = normalize(text);
  const index = firstRule(normalised);
  const envelope = envelopeIn(normalised);
  if (index !== -1) return { code: ruleCode(index), ...(envelope ? { envelope } : {}) };
  const code = fromEnvelope(envelope);
  return code ? { code, envelope } : undefined;
}

/**
 * A probe's answer in the API's (or a gateway's) envelope: the same reading as a pasted error, then the
 * status as the probe knows it (it asked the API itself, so a bare 401 is the API's refusal).
 */
export function classifyAnswer(text: string, status: number): Code {
  const normalised = normalize(text);
  const index = firstRule(normalised);
  if (index !== -1) return ruleCode(index);
  return typeCode(envelopeIn(normalised)) ?? matchAnswer('', status)?.code ?? 'api/unexpected-response';
}
