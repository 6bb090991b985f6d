// What GET /api/oauth/usage answered (--probe-oauth), as a code and its arguments: plain data in, data out.
// The endpoint is undocumented. Its shape is taken from third-party clients of it (charlieyou/aim QUOTA_APIS.md,
// OmegAshEnr01n/GnomeCodexBar BREAKTHROUGH.md), not from Anthropic, and is unverified:
//   { "five_hour": { "utilization": 24.0, "resets_at": "2026-01-02T19:59:59.600956+00:00" },
//     "seven_day": { ... }, "seven_day_opus": null, "extra_usage": { "is_enabled": false, "utilization": null } }
// utilization in percent, resets_at possibly null; 403 for a token without the user:profile scope (the same
// sources). Also unverified: that a 401 there carries the messages API's envelope ("OAuth token has expired.").
import type { ApiArgs } from '../catalog/api.js';
import type { UncheckedArgs, UsageWindow } from '../catalog/oauth-usage.js';
import { USAGE_ENDPOINT } from '../catalog/words.js';
import { scrubKeyShapes } from '../secrets.js';
import { fromNetwork, fromStatus, ids } from './classify.js';

export type UsageOutcome =
  | {
      code: 'api/oauth-usage';
      status: number;
      requestId?: string;
      args: { usage: UsageWindow[] };
      usage: UsageWindow[];
    }
  | { code: 'api/oauth-usage-scope'; status: number; requestId?: string; args: { status: number; apiMessage?: string } }
  | { code: 'api/oauth-usage-unchecked'; status?: number; requestId?: string; args: UncheckedArgs }
  | {
      code: 'auth/oauth-expired' | 'auth/oauth-invalid' | 'auth/oauth-revoked';
      status: number;
      requestId?: string;
      args: ApiArgs;
    };

/** More windows than this are not shown (the real answer has about six). */
export const MAX_WINDOWS = 12;
/** A window's name is the server's text: this long at most. */
const NAME_LIMIT = 60;
/** The windows every known answer has (null when the plan has none): an object with neither is no usage answer. */
const KNOWN = ['five_hour', 'seven_day'];
const OAUTH_CODES: readonly string[] = ['auth/oauth-expired', 'auth/oauth-invalid', 'auth/oauth-revoked'];

const clip = (text: string) => (text.length > NAME_LIMIT ? `${text.slice(0, NAME_LIMIT - 1)}…` : text);

/** An ISO date-time as the API writes it (`2026-01-02T19:59:59.600956+00:00`), whole: nothing before or after. */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?$/;

/** The reset time, normalised; anything but an ISO date-time (a bare number Date.parse would take) is none. */
function isoTime(value: unknown): string | undefined {
  const match = typeof value === 'string' ? ISO.exec(value) : null;
  const ms = match ? Date.parse(match[0]) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The usage windows of a 200's body, or undefined when it is not the usage JSON (a web page, another object). */
export function parseUsage(text: string): UsageWindow[] | undefined {
  const body = json(text);
  // A number or a string has none of the names either.
  if (!body || Array.isArray(body) || !KNOWN.some((name) => Object.hasOwn(body, name))) return undefined;
  const windows: UsageWindow[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (windows.length >= MAX_WINDOWS) break;
    const { utilization, resets_at } = (value ?? {}) as { utilization?: unknown; resets_at?: unknown };
    // Number.isFinite is false for anything but a number (no coercion).
    if (!Number.isFinite(utilization)) continue;
    const resetsAt = isoTime(resets_at);
    windows.push({
      window: clip(scrubKeyShapes(name)),
      utilization: utilization as number,
      ...(resetsAt ? { resetsAt } : {}),
    });
  }
  return windows;
}

/** The parsed body, or undefined when it is no JSON. */
function json(text: string): object | undefined {
  try {
    return JSON.parse(text);
    // An empty catch returns undefined too, so the block's mutant is equivalent (marked on the block itself).
  } catch /* Stryker disable next-line BlockStatement: equivalent, as said above */ {
    return undefined;
  }
}

export interface UsageAnswer {
  status: number;
  text: string;
  /** The body went past the read limit and was cut off. */
  truncated: boolean;
  headers: Headers;
}

const unchecked = (args: UncheckedArgs, status?: number): UsageOutcome => ({
  code: 'api/oauth-usage-unchecked',
  ...(status !== undefined ? { status } : {}),
  args,
});

/** An HTTP answer: the usage, a refused token (401, or 403 revoked), a missing scope (403), or nothing usable. */
export function usageOutcome(answer: UsageAnswer): UsageOutcome {
  const { status } = answer;
  const { requestId } = ids(answer.headers);
  const id = requestId ? { requestId } : {};
  if (status === 200) {
    const usage = answer.truncated ? undefined : parseUsage(answer.text);
    if (!usage) return unchecked({ reason: 'garbled', status }, status);
    return { code: 'api/oauth-usage', status, ...id, args: { usage }, usage };
  }
  if (status !== 401 && status !== 403) return { ...unchecked({ reason: 'http', status }, status), ...id };
  // No SDK error here, so no SDK message to read beside the body.
  // Stryker disable next-line StringLiteral: equivalent, as said above
  const said = fromStatus({ status, headers: answer.headers, body: json(answer.text), message: '' });
  const args = said.args as ApiArgs;
  if (OAUTH_CODES.includes(said.code))
    return { code: said.code as 'auth/oauth-expired', status, ...id, args: { ...args, undocumented: USAGE_ENDPOINT } };
  if (status === 401)
    return { code: 'auth/oauth-expired', status, ...id, args: { ...args, undocumented: USAGE_ENDPOINT } };
  return {
    code: 'api/oauth-usage-scope',
    status,
    ...id,
    args: { status, ...(args.apiMessage ? { apiMessage: args.apiMessage } : {}) },
  };
}

/** No answer: the deadline, the proxy, a body that broke off, or a connection that failed. */
export function usageFailure(error: unknown, deadline: number, viaProxy: boolean): UsageOutcome {
  const said = fromNetwork(error, deadline, viaProxy);
  const detail = (said.args as ApiArgs).detail;
  const more = detail ? { detail } : {};
  if (said.code === 'net/timeout') return unchecked({ reason: 'timeout' });
  if (said.code === 'net/proxy') return unchecked({ reason: 'proxy', ...more });
  if (said.code === 'api/unexpected-response') return unchecked({ reason: 'garbled', ...more });
  return unchecked({ reason: 'unreachable', ...more });
}
